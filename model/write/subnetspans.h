#pragma once

#include "address/ipaddress.h"

#include <optional>
#include <vector>

namespace ipam {

// The address spans [first, last] of one address space's subnets of one family, as compact
// sorted keys (2 x 128 bits per subnet, no strings): what the overlap rule asks of a bulk load
// ("does this new prefix overlap any subnet stored or created before it?") answered in memory.
//
// Why a log-structured set rather than one sorted vector or a std::map: a load adds its spans
// chunk by chunk (10,000 at a time); merging each chunk into one vector of a million would move
// the whole vector a hundred times, and a map costs two pointers and an allocation per subnet.
// Here each added chunk becomes a sorted run, and runs of similar size are merged (a run is
// merged only when the next one is at least half its size), so adding n spans moves each about
// log2(n / chunk) times, and a look-up is one binary search per run (at most ~log2 of the run
// count). The spans of one space never overlap (the rule this checks), so within a run "the
// span starting at or before x" is the only candidate that can hold x.
class SubnetSpans
{
public:
    struct Span
    {
        uint128 first;
        uint128 last;
    };

    // A span of the set that shares an address with [first, last], if any.
    std::optional<Span> overlapping(uint128 first, uint128 last) const;
    // Adds spans that overlap neither each other nor the set; `spans` sorted by first.
    void add(std::vector<Span> spans);
    std::size_t size() const;

private:
    std::vector<std::vector<Span>> m_runs; // each sorted by first; sizes non-increasing
};

} // namespace ipam
