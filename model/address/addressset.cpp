#include "addressset.h"

#include <QDebug>

#include <algorithm>

namespace ipam {

template<typename Visit>
void AddressSet::forEachGap(uint128 first, uint128 last, Visit &&visit) const
{
    auto it = std::partition_point(m_intervals.begin(), m_intervals.end(),
                                   [first](const Interval &i) { return i.last < first; });
    uint128 cursor = first;
    for (; it != m_intervals.end() && it->first <= last; ++it) {
        if (it->first > cursor && !visit(cursor, it->first - 1))
            return;
        if (it->last >= last)
            return;
        cursor = it->last + 1; // it->last < last, so no overflow
    }
    visit(cursor, last);
}

void AddressSet::appendMerged(std::vector<Interval> &out, const Interval &interval)
{
    if (!out.empty()) {
        Interval &back = out.back();
        if (back.last == ~uint128(0) || interval.first <= back.last + 1) {
            back.last = std::max(back.last, interval.last);
            return;
        }
    }
    out.push_back(interval);
}

AddressSet AddressSet::fromUnsorted(Family family, std::vector<AddressRange> ranges)
{
    std::vector<Interval> sorted;
    sorted.reserve(ranges.size());
    for (const AddressRange &range : ranges) {
        Q_ASSERT_X(range.family() == family, "AddressSet::fromUnsorted", "family mismatch");
        if (range.family() == family)
            sorted.push_back({range.m_first, range.m_last});
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const Interval &a, const Interval &b) { return a.first < b.first; });
    AddressSet set(family);
    set.m_intervals.reserve(sorted.size());
    for (const Interval &interval : sorted)
        appendMerged(set.m_intervals, interval);
    return set;
}

void AddressSet::add(const AddressRange &range)
{
    Q_ASSERT_X(range.family() == m_family, "AddressSet::add", "family mismatch");
    if (range.family() != m_family)
        return;
    const uint128 first = range.m_first;
    const uint128 last = range.m_last;
    // [from, to): the intervals that overlap or touch the range and merge with it.
    const auto from = std::partition_point(
            m_intervals.begin(), m_intervals.end(),
            [first](const Interval &i) { return first > 0 && i.last < first - 1; });
    const auto to = std::partition_point(from, m_intervals.end(), [last](const Interval &i) {
        return last == ~uint128(0) || i.first <= last + 1;
    });
    if (from == to) {
        m_intervals.insert(from, {first, last});
        return;
    }
    from->first = std::min(from->first, first);
    from->last = std::max((to - 1)->last, last);
    m_intervals.erase(from + 1, to);
}

void AddressSet::remove(const AddressRange &range)
{
    Q_ASSERT_X(range.family() == m_family, "AddressSet::remove", "family mismatch");
    if (range.family() != m_family)
        return;
    const uint128 first = range.m_first;
    const uint128 last = range.m_last;
    // [from, to): the intervals that overlap the range.
    const auto from = std::partition_point(m_intervals.begin(), m_intervals.end(),
                                           [first](const Interval &i) { return i.last < first; });
    const auto to = std::partition_point(from, m_intervals.end(),
                                         [last](const Interval &i) { return i.first <= last; });
    if (from == to)
        return;
    Interval pieces[2];
    int kept = 0;
    if (from->first < first)
        pieces[kept++] = {from->first, first - 1};
    if ((to - 1)->last > last)
        pieces[kept++] = {last + 1, (to - 1)->last};
    const auto at = m_intervals.erase(from, to);
    m_intervals.insert(at, pieces, pieces + kept);
}

bool AddressSet::contains(IpAddress address) const
{
    return address.family() == m_family
            && contains(AddressRange(m_family, address.value(), address.value()));
}

bool AddressSet::contains(const AddressRange &range) const
{
    if (range.family() != m_family)
        return false;
    // The last interval starting at or before range.first must hold all of it (intervals
    // are merged, so a range can't span two).
    const auto after = std::partition_point(
            m_intervals.begin(), m_intervals.end(),
            [&range](const Interval &i) { return i.first <= range.m_first; });
    return after != m_intervals.begin() && (after - 1)->last >= range.m_last;
}

bool AddressSet::overlaps(const AddressRange &range) const
{
    if (range.family() != m_family)
        return false;
    const auto it
            = std::partition_point(m_intervals.begin(), m_intervals.end(),
                                   [&range](const Interval &i) { return i.last < range.m_first; });
    return it != m_intervals.end() && it->first <= range.m_last;
}

AddressSet AddressSet::united(const AddressSet &other) const
{
    if (other.m_family != m_family)
        return *this;
    AddressSet result(m_family);
    result.m_intervals.reserve(m_intervals.size() + other.m_intervals.size());
    auto a = m_intervals.begin();
    auto b = other.m_intervals.begin();
    while (a != m_intervals.end() || b != other.m_intervals.end()) {
        const bool takeA
                = b == other.m_intervals.end() || (a != m_intervals.end() && a->first <= b->first);
        appendMerged(result.m_intervals, takeA ? *a++ : *b++);
    }
    return result;
}

AddressSet AddressSet::subtracted(const AddressSet &other) const
{
    if (other.m_family != m_family)
        return *this;
    AddressSet result(m_family);
    auto cut = other.m_intervals.begin();
    const auto cutEnd = other.m_intervals.end();
    for (const Interval &interval : m_intervals) {
        while (cut != cutEnd && cut->last < interval.first)
            ++cut;
        uint128 cursor = interval.first;
        bool consumed = false;
        for (auto c = cut; c != cutEnd && c->first <= interval.last; ++c) {
            if (c->first > cursor)
                result.m_intervals.push_back({cursor, c->first - 1});
            if (c->last >= interval.last) {
                consumed = true;
                break;
            }
            cursor = c->last + 1;
            cut = c; // everything before c ends before the next interval starts
        }
        if (!consumed)
            result.m_intervals.push_back({cursor, interval.last});
    }
    return result;
}

AddressSet AddressSet::intersected(const AddressRange &range) const
{
    AddressSet result(m_family);
    if (range.family() != m_family)
        return result;
    auto it = std::partition_point(m_intervals.begin(), m_intervals.end(),
                                   [&range](const Interval &i) { return i.last < range.m_first; });
    for (; it != m_intervals.end() && it->first <= range.m_last; ++it) {
        result.m_intervals.push_back(
                {std::max(it->first, range.m_first), std::min(it->last, range.m_last)});
    }
    return result;
}

QList<AddressRange> AddressSet::ranges() const
{
    QList<AddressRange> result;
    result.reserve(qsizetype(m_intervals.size()));
    for (const Interval &interval : m_intervals)
        result.append(AddressRange(m_family, interval.first, interval.last));
    return result;
}

QList<Prefix> AddressSet::toPrefixes() const
{
    QList<Prefix> result;
    result.reserve(qsizetype(m_intervals.size()));
    for (const Interval &interval : m_intervals)
        AddressRange(m_family, interval.first, interval.last).appendPrefixes(result);
    return result;
}

AddressCount AddressSet::count() const
{
    AddressCount total;
    for (const Interval &interval : m_intervals)
        total += AddressCount::fromValue(interval.last - interval.first)
                + AddressCount::fromValue(1);
    return total;
}

QList<Prefix> AddressSet::freeBlocks(const Prefix &parent) const
{
    QList<Prefix> result;
    if (parent.family() != m_family)
        return result;
    forEachGap(parent.first().value(), parent.last().value(), [&](uint128 first, uint128 last) {
        AddressRange(m_family, first, last).appendPrefixes(result);
        return true;
    });
    return result;
}

QList<Prefix> AddressSet::firstFreePrefixes(const Prefix &parent, int length, int count) const
{
    QList<Prefix> result;
    if (parent.family() != m_family || length < parent.length() || length > bitWidth(m_family)
        || count < 1) {
        return result;
    }
    const uint128 hostBits = Prefix::hostMask(m_family, length);
    forEachGap(parent.first().value(), parent.last().value(), [&](uint128 first, uint128 last) {
        // The first aligned block at or after first; gaps lie inside parent, which is
        // aligned at least as coarsely, so rounding up can't leave the family's range
        // unless the gap is too small anyway.
        uint128 candidate = first;
        if (candidate & hostBits) {
            if ((candidate | hostBits) == ~uint128(0))
                return false;
            candidate = (candidate | hostBits) + 1;
        }
        while (candidate <= last && (candidate | hostBits) <= last) {
            result.append(Prefix(m_family, candidate, length));
            if (result.size() == count || (candidate | hostBits) == ~uint128(0))
                return false;
            candidate = (candidate | hostBits) + 1;
        }
        return true;
    });
    return result;
}

QList<IpAddress> AddressSet::firstFreeAddresses(const Prefix &subnet, int count) const
{
    QList<IpAddress> result;
    if (subnet.family() != m_family || count < 1)
        return result;
    uint128 first = subnet.first().value();
    uint128 last = subnet.last().value();
    if (m_family == Family::V4 && subnet.length() < 31) {
        ++first; // network address
        --last;  // broadcast address
    }
    forEachGap(first, last, [&](uint128 gapFirst, uint128 gapLast) {
        for (uint128 value = gapFirst;; ++value) {
            result.append(IpAddress(m_family, value));
            if (result.size() == count)
                return false;
            if (value == gapLast)
                return true;
        }
    });
    return result;
}

QDebug operator<<(QDebug debug, const AddressSet &set)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "AddressSet(";
    const QList<AddressRange> ranges = set.ranges();
    for (qsizetype i = 0; i < ranges.size(); ++i)
        debug << (i ? ", " : "") << ranges.at(i).toString();
    debug << ')';
    return debug;
}

} // namespace ipam
