#pragma once

#include "addressrange.h"

#include <QList>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QDebug)

namespace ipam {

// A set of addresses of one family: what is allocated inside a space, and the allocation
// queries over it (free blocks, the first free prefixes, the first free addresses).
//
// Stored as sorted, disjoint, non-adjacent (merged) intervals in one flat std::vector of
// {first, last} pairs rather than a tree or a QMap: lookups are a binary search (O(log n))
// over contiguous memory, so they are cache-friendly; there is no per-node allocation,
// and a 60,000-allocation space builds in one sort (fromUnsorted). Single add()/remove()
// calls are O(n) because of the vector shift, which is cheap at these sizes.
//
// Ranges and prefixes of another family than the set's are a caller error: add() and
// remove() ignore them (asserting in debug builds), the queries answer false or an empty
// list, and united()/subtracted() return *this unchanged. Callers validate first.
class AddressSet
{
public:
    explicit AddressSet(Family family)
        : m_family(family)
    { }

    // Sorts and merges in O(n log n): the way to load many allocations at once.
    static AddressSet fromUnsorted(Family family, std::vector<AddressRange> ranges);

    void add(const AddressRange &range);
    void add(const Prefix &prefix) { add(AddressRange::of(prefix)); }
    void remove(const AddressRange &range);
    void remove(const Prefix &prefix) { remove(AddressRange::of(prefix)); }

    // O(log n).
    bool contains(IpAddress address) const;
    bool contains(const AddressRange &range) const;
    bool overlaps(const AddressRange &range) const;

    // O(n + m).
    AddressSet united(const AddressSet &other) const;
    AddressSet subtracted(const AddressSet &other) const;
    AddressSet intersected(const AddressRange &range) const;

    // The merged intervals, ascending.
    QList<AddressRange> ranges() const;
    qsizetype rangeCount() const { return qsizetype(m_intervals.size()); }
    // The fewest prefixes covering exactly the set, ascending (Python's collapse_addresses).
    QList<Prefix> toPrefixes() const;
    AddressCount count() const;
    bool isEmpty() const { return m_intervals.empty(); }
    Family family() const { return m_family; }

    // The free space inside parent as the fewest prefixes, ascending.
    QList<Prefix> freeBlocks(const Prefix &parent) const;
    // The first count prefixes of this length inside parent (aligned, so every one is a
    // valid subnet) that share no address with the set, ascending. Walks the gaps, so the
    // cost is O(log n + gaps visited + count), not the number of candidates. Empty when
    // length is outside parent.length()..bitWidth, count < 1, or the family differs.
    QList<Prefix> firstFreePrefixes(const Prefix &parent, int length, int count) const;
    // The first count addresses of subnet that are not in the set, ascending. IPv4 subnets
    // shorter than /31 skip their network and broadcast addresses (RFC 3021 lets /31 use
    // both); IPv6 skips nothing. Empty when count < 1 or the family differs.
    QList<IpAddress> firstFreeAddresses(const Prefix &subnet, int count) const;

    friend bool operator==(const AddressSet &, const AddressSet &) = default;

private:
    struct Interval
    {
        uint128 first;
        uint128 last;
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    // Calls visit(gapFirst, gapLast) for each maximal run of [first, last] outside the set,
    // ascending, until visit returns false.
    template<typename Visit>
    void forEachGap(uint128 first, uint128 last, Visit &&visit) const;
    // Appends, merging with the last interval when they overlap or touch.
    static void appendMerged(std::vector<Interval> &out, const Interval &interval);

    Family m_family;
    std::vector<Interval> m_intervals;
};

QDebug operator<<(QDebug debug, const AddressSet &set);

} // namespace ipam
