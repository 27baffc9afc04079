#pragma once

#include "domain/entities.h"

#include <QHash>

#include <vector>

namespace ipam {

// Where a row sits in the address space: its space, the logical network and network site it
// is assigned to, its VM network, its family and network type. A million subnets share a few
// thousand placements (one per site and family, plus the unassigned ones per space), so every
// structural filter of the console (tree scope, logical network and site choosers, IPv4/IPv6)
// is decided once per placement, not once per row.
struct Placement
{
    ObjectId spaceId = 0;
    ObjectId logicalNetworkId = 0;
    ObjectId siteId = 0;
    ObjectId vmNetworkId = 0;
    Family family = Family::V4;
    NetworkType networkType = NetworkType::NonVirtualized;

    friend bool operator==(const Placement &, const Placement &) = default;

    static Placement of(const Subnet &subnet)
    {
        return {subnet.spaceId,     subnet.logicalNetworkId,   subnet.siteId,
                subnet.vmNetworkId, subnet.networkId.family(), subnet.networkType};
    }
};

inline size_t qHash(const Placement &p, size_t seed = 0) noexcept
{
    return qHashMulti(seed, p.spaceId, p.logicalNetworkId, p.siteId, p.vmNetworkId,
                      quint8(p.family), quint8(p.networkType));
}

// Numbers the distinct placements; a number stays valid for the registry's lifetime.
class PlacementRegistry
{
public:
    using Index = quint32;

    Index indexOf(const Placement &placement)
    {
        auto it = m_indexes.constFind(placement);
        if (it != m_indexes.constEnd())
            return *it;
        const Index index = Index(m_placements.size());
        m_placements.push_back(placement);
        m_indexes.insert(placement, index);
        return index;
    }
    const Placement &at(Index index) const { return m_placements[index]; }
    qsizetype size() const { return qsizetype(m_placements.size()); }
    void clear()
    {
        m_placements.clear();
        m_indexes.clear();
    }

private:
    std::vector<Placement> m_placements;
    QHash<Placement, Index> m_indexes;
};

} // namespace ipam
