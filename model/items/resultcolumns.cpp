#include "resultcolumns.h"

#include "items/networkdirectory.h"
#include "items/resultfilter.h"
#include "items/subnetmodel.h"

#include <QDateTime>

namespace ipam::ResultColumns {

QVariant count(const AddressCount &count)
{
    if (count.fitsIn64())
        return QVariant::fromValue(count.toUInt64());
    return count.toString();
}

QString time(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString logicalNetworkName(const Placement &placement, const NetworkDirectory &directory)
{
    return directory.name(ObjectKind::LogicalNetwork,
                          effectiveLogicalNetwork(placement, directory));
}

Placement placementOfChild(ObjectId subnetId, ObjectId spaceId, Family family,
                           const SubnetModel &subnets)
{
    if (subnetId != 0) {
        if (const auto row = subnets.table().find(subnetId))
            return subnets.table().placement(*row);
    }
    Placement placement;
    placement.spaceId = spaceId;
    placement.family = family;
    return placement;
}

QString subnetText(ObjectId subnetId, const SubnetModel &subnets)
{
    if (subnetId != 0) {
        if (const auto row = subnets.table().find(subnetId))
            return subnets.table().networkText(*row);
    }
    return {};
}

} // namespace ipam::ResultColumns
