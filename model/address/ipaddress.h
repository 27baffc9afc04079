#pragma once

#include "parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>

QT_FORWARD_DECLARE_CLASS(QDebug)

namespace ipam {

// IPv6 needs 128 bits; GCC and Clang provide this type on every platform we build for.
using uint128 = unsigned __int128;

enum class Family : quint8 { V4 = 4, V6 = 6 };

constexpr int bitWidth(Family family)
{
    return family == Family::V4 ? 32 : 128;
}

// One IPv4 or IPv6 address: a family and a number. A plain value (32 bytes, trivially
// copyable) so that a million of them can sit in a model without per-item allocation.
//
// Parsing is strict and hand-written over QStringView rather than done with QHostAddress:
// QHostAddress accepts forms an IPAM must refuse ("10.1", "0x0a.1", scope ids such as
// "fe80::1%eth0"), reports no reason when it rejects text, and allocates on every call;
// CSV imports parse hundreds of thousands of cells per second, so a successful parse here
// allocates nothing. The accepted text forms and the error messages are those of
// AddressText (addresstext.h).
//
// toString() is the canonical form: dotted quad for IPv4; for IPv6 RFC 5952 (lower case,
// the longest run of two or more zero groups shortened to "::", the leftmost on a tie),
// exactly as Python 3.11's ipaddress prints it. That includes IPv4-mapped addresses, which
// Python 3.11 prints in hex ("::ffff:102:304" for "::ffff:1.2.3.4"); Python 3.13 changed to
// the dotted form, and we keep 3.11's output (Debian 12's python3) so stored text is stable.
class IpAddress
{
public:
    // 0.0.0.0
    constexpr IpAddress() = default;
    // IPv4 values are truncated to their 32 bits, so value() <= maxOf(family) always holds.
    constexpr IpAddress(Family family, uint128 value)
        : m_value(family == Family::V4 ? value & 0xffffffffu : value)
        , m_family(family)
    { }

    static Parsed<IpAddress> parse(QStringView text);
    QString toString() const;

    constexpr Family family() const { return m_family; }
    constexpr uint128 value() const { return m_value; }
    constexpr bool isV4() const { return m_family == Family::V4; }

    // value() as 16 bytes, big-endian, for both families: an SQL BLOB/bytea key whose
    // memcmp order is the numeric order (the family is stored beside it).
    QByteArray toBytes() const;
    // Reads bytes big-endian; fewer than 16 bytes are right-aligned (so the 4 bytes of an
    // IPv4 address work too). More than 16 is a programming error (asserted; the last 16
    // bytes are used).
    static IpAddress fromBytes(Family family, QByteArrayView bytes);

    static constexpr IpAddress maxOf(Family family) { return IpAddress(family, ~uint128(0)); }

    // Family first (every IPv4 address sorts before every IPv6 address), then value.
    friend constexpr std::strong_ordering operator<=>(const IpAddress &a, const IpAddress &b)
    {
        if (const auto byFamily = a.m_family <=> b.m_family; byFamily != 0)
            return byFamily;
        return a.m_value <=> b.m_value;
    }
    friend constexpr bool operator==(const IpAddress &a, const IpAddress &b) = default;

private:
    uint128 m_value = 0;
    Family m_family = Family::V4;
};

// Exact decimal text of a 128-bit number, e.g. for SQL columns that store it as text.
QString toDecimalString(uint128 value);
// The inverse of toDecimalString: ASCII digits only (no sign, no whitespace), at most
// 2^128 - 1. Leading zeros are accepted (decimal is not ambiguous).
Parsed<uint128> parseDecimal128(QStringView text);

inline size_t qHash(const IpAddress &address, size_t seed = 0) noexcept
{
    return qHashMulti(seed, quint64(address.value() >> 64), quint64(address.value()),
                      quint8(address.family()));
}

QDebug operator<<(QDebug debug, const IpAddress &address);

} // namespace ipam

Q_DECLARE_TYPEINFO(ipam::IpAddress, Q_RELOCATABLE_TYPE);
