#pragma once

#include "prefix.h"

#include <QList>

QT_FORWARD_DECLARE_CLASS(QDebug)

namespace ipam {

// A contiguous run of addresses of one family, first to last inclusive, not necessarily
// aligned to a prefix (DHCP pools, reserved ranges, the gaps between allocations).
// Always valid: make() refuses mixed families and reversed bounds.
class AddressRange
{
public:
    // 0.0.0.0-0.0.0.0
    constexpr AddressRange() = default;

    static Parsed<AddressRange> make(IpAddress first, IpAddress last);
    static constexpr AddressRange of(const Prefix &prefix)
    {
        return AddressRange(prefix.family(), prefix.first().value(), prefix.last().value());
    }

    constexpr IpAddress first() const { return IpAddress(m_family, m_first); }
    constexpr IpAddress last() const { return IpAddress(m_family, m_last); }
    constexpr Family family() const { return m_family; }
    AddressCount size() const;

    // Addresses and ranges of another family are never contained nor overlapping.
    constexpr bool contains(IpAddress address) const
    {
        return address.family() == m_family && address.value() >= m_first
                && address.value() <= m_last;
    }
    constexpr bool contains(const AddressRange &other) const
    {
        return other.m_family == m_family && other.m_first >= m_first && other.m_last <= m_last;
    }
    constexpr bool overlaps(const AddressRange &other) const
    {
        return other.m_family == m_family && other.m_first <= m_last && m_first <= other.m_last;
    }

    // The fewest prefixes that cover exactly this range, ascending (what Python's
    // ipaddress.summarize_address_range returns).
    QList<Prefix> toPrefixes() const;
    // The same, appended to out: for callers that cover many ranges into one list.
    void appendPrefixes(QList<Prefix> &out) const;

    // "first-last", e.g. "10.0.0.5-10.0.0.20".
    QString toString() const;

    friend constexpr bool operator==(const AddressRange &, const AddressRange &) = default;

private:
    friend class AddressSet;
    // Unchecked: first <= last, both within the family.
    constexpr AddressRange(Family family, uint128 first, uint128 last)
        : m_first(first)
        , m_last(last)
        , m_family(family)
    { }

    uint128 m_first = 0;
    uint128 m_last = 0;
    Family m_family = Family::V4;
};

QDebug operator<<(QDebug debug, const AddressRange &range);

} // namespace ipam

Q_DECLARE_TYPEINFO(ipam::AddressRange, Q_RELOCATABLE_TYPE);
