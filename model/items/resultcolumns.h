#pragma once

#include "address/addresscount.h"
#include "address/addressrange.h"
#include "items/placement.h"

#include <QString>
#include <QVariant>

namespace ipam {

class NetworkDirectory;
class SubnetModel;

// Helpers the result models share: how a count, a time or a placement's names are shown.
namespace ResultColumns {

QVariant count(const AddressCount &count);
QString time(qint64 msSinceEpoch);
QString logicalNetworkName(const Placement &placement, const NetworkDirectory &directory);
// The placement of an object that lives in a subnet: the subnet's, or only space and family
// when it has none (unmapped addresses).
Placement placementOfChild(ObjectId subnetId, ObjectId spaceId, Family family,
                           const SubnetModel &subnets);
QString subnetText(ObjectId subnetId, const SubnetModel &subnets);
// -1, 0, 1.
template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace ResultColumns

} // namespace ipam
