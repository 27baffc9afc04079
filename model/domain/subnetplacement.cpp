#include "subnetplacement.h"

namespace ipam {

void unassignSubnet(Subnet &subnet)
{
    subnet.logicalNetworkId = 0;
    subnet.siteId = 0;
}

void placeOnLogicalNetwork(Subnet &subnet, ObjectId logicalNetworkId, ObjectId currentSiteNetworkId)
{
    if (logicalNetworkId == 0) {
        unassignSubnet(subnet);
        return;
    }
    if (subnet.siteId != 0 && currentSiteNetworkId != logicalNetworkId)
        subnet.siteId = 0;
    subnet.logicalNetworkId = logicalNetworkId;
}

void placeOnSite(Subnet &subnet, ObjectId siteId, ObjectId siteLogicalNetworkId)
{
    subnet.logicalNetworkId = siteLogicalNetworkId;
    subnet.siteId = siteId;
}

void removeFromSite(Subnet &subnet)
{
    subnet.siteId = 0;
}

} // namespace ipam
