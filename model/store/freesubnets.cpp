#include "freesubnets.h"

#include "store/store.h"

#include <algorithm>

namespace ipam {

QList<Prefix> freeSubnetContainers(Store &store, ObjectId spaceId, ObjectId logicalNetworkId,
                                   ObjectId siteId, Family family)
{
    const QList<Subnet> subnets = siteId != 0
            ? store.select<Subnet>(QStringLiteral("site_id = ?"), {siteId})
            : store.select<Subnet>(QStringLiteral("logical_network_id = ? AND site_id IS NOT NULL"),
                                   {logicalNetworkId});
    QList<Prefix> containers;
    for (const Subnet &subnet : subnets) {
        if (subnet.spaceId != spaceId || subnet.networkId.family() != family)
            continue;
        if (std::any_of(containers.cbegin(), containers.cend(), [&](const Prefix &container) {
                return container.contains(subnet.networkId);
            }))
            continue;
        // The innermost block that holds the subnet: the site's own allocation.
        std::optional<Prefix> best;
        for (const Block &block :
             store.blocksOverlapping(spaceId, AddressRange::of(subnet.networkId))) {
            if (block.networkId.contains(subnet.networkId)
                && (!best || block.networkId.length() > best->length()))
                best = block.networkId;
        }
        if (best)
            containers.append(*best);
    }
    std::sort(containers.begin(), containers.end(),
              [](const Prefix &a, const Prefix &b) { return a.first() < b.first(); });
    return containers;
}

} // namespace ipam
