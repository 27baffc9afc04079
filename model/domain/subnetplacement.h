#pragma once

#include "domain/entities.h"

// Where a subnet sits in the fabric: the logical network it is assigned to and, within it, the
// network site. The one place that says how an assignment moves those two fields, so that a
// drop in the console, the subnet dialog, `ipamctl subnet assign|add|set`, a CSV import and a
// VMM pull move them alike. Whether the result is allowed is rules::subnetAssignment's to say
// (the write path asks it): these only place.

namespace ipam {

// No logical network, no site (dropped onto the provider space, `subnet unassign`).
void unassignSubnet(Subnet &subnet);

// Onto a logical network. A site belongs to one logical network, so the subnet keeps its site
// only when that site is of the new network: `currentSiteNetworkId` is the logical network of
// the subnet's current site (0 when it has none or it is not known).
void placeOnLogicalNetwork(Subnet &subnet, ObjectId logicalNetworkId,
                           ObjectId currentSiteNetworkId);

// Onto a network site: the site implies its logical network.
void placeOnSite(Subnet &subnet, ObjectId siteId, ObjectId siteLogicalNetworkId);
inline void placeOnSite(Subnet &subnet, const NetworkSite &site)
{
    placeOnSite(subnet, site.id, site.logicalNetworkId);
}

// Off its site, still on its logical network (a site that no longer lists the subnet).
void removeFromSite(Subnet &subnet);

} // namespace ipam
