#include "subnetspans.h"

#include <algorithm>

namespace ipam {

std::optional<SubnetSpans::Span> SubnetSpans::overlapping(uint128 first, uint128 last) const
{
    for (const std::vector<Span> &run : m_runs) {
        // The first span starting after `last`; the one before it is the only one that can
        // reach into [first, last] (spans of a run are disjoint and sorted).
        auto after = std::upper_bound(run.begin(), run.end(), last,
                                      [](uint128 value, const Span &s) { return value < s.first; });
        if (after != run.begin() && std::prev(after)->last >= first)
            return *std::prev(after);
    }
    return std::nullopt;
}

void SubnetSpans::add(std::vector<Span> spans)
{
    if (spans.empty())
        return;
    m_runs.push_back(std::move(spans));
    // Merge while the newest run is at least half the size of the one before it.
    while (m_runs.size() >= 2 && m_runs.back().size() * 2 >= m_runs[m_runs.size() - 2].size()) {
        std::vector<Span> newer = std::move(m_runs.back());
        m_runs.pop_back();
        std::vector<Span> &older = m_runs.back();
        const std::size_t middle = older.size();
        older.insert(older.end(), newer.begin(), newer.end());
        std::inplace_merge(older.begin(), older.begin() + std::ptrdiff_t(middle), older.end(),
                           [](const Span &a, const Span &b) { return a.first < b.first; });
    }
}

std::size_t SubnetSpans::size() const
{
    std::size_t total = 0;
    for (const std::vector<Span> &run : m_runs)
        total += run.size();
    return total;
}

} // namespace ipam
