#pragma once

#include "ipaddress.h"

QT_FORWARD_DECLARE_CLASS(QDebug)

namespace ipam {

// An exact number of addresses. ::/0 holds 2^128 addresses, one more than a uint128 can
// hold, and totals over several spaces can be larger still; so the count keeps a 64-bit
// multiple of 2^128 above the 128 low bits. Sizes are shown and compared exactly; only
// percentages go through toDouble().
class AddressCount
{
public:
    constexpr AddressCount() = default;

    // 2^(bitWidth(family) - length); length is clamped to 0..bitWidth(family).
    static AddressCount ofPrefixLength(Family family, int length);
    static constexpr AddressCount fromValue(uint128 value) { return AddressCount(0, value); }

    friend AddressCount operator+(AddressCount a, AddressCount b) { return a += b; }
    // Saturates at 0: a count is never negative.
    friend AddressCount operator-(AddressCount a, AddressCount b) { return a -= b; }
    AddressCount &operator+=(AddressCount other);
    AddressCount &operator-=(AddressCount other);

    friend constexpr auto operator<=>(const AddressCount &, const AddressCount &) = default;
    friend constexpr bool operator==(const AddressCount &, const AddressCount &) = default;

    // Exact decimal, e.g. "340282366920938463463374607431768211456" for ::/0.
    QString toString() const;
    // Nearest double, for percentages and charts.
    double toDouble() const;
    bool fitsIn64() const { return m_high == 0 && (m_low >> 64) == 0; }
    // Saturates at the largest quint64 when !fitsIn64().
    quint64 toUInt64() const { return fitsIn64() ? quint64(m_low) : ~quint64(0); }

private:
    constexpr AddressCount(quint64 high, uint128 low)
        : m_high(high)
        , m_low(low)
    { }

    // Declared high first so that the defaulted comparisons compare high, then low.
    quint64 m_high = 0; // multiples of 2^128
    uint128 m_low = 0;
};

QDebug operator<<(QDebug debug, const AddressCount &count);

} // namespace ipam

Q_DECLARE_TYPEINFO(ipam::AddressCount, Q_RELOCATABLE_TYPE);
