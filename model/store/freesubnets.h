#pragma once

#include "domain/entities.h"

#include <QList>

namespace ipam {

class Store;

// Where Find Free Subnet looks for a subnet of a logical network (or of one of its sites): the
// address blocks of the space that hold the subnets of that site, or of the logical network's
// sites, of `family`, in address order. A logical network's address space is what its sites
// carry; proposing a prefix from any other block of the space (its public block, say) would
// place the new subnet outside every site. Empty when none of them lies in a block.
QList<Prefix> freeSubnetContainers(Store &store, ObjectId spaceId, ObjectId logicalNetworkId,
                                   ObjectId siteId, Family family);

} // namespace ipam
