#pragma once

#include "address/ipaddress.h"
#include "domain/entities.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

// The only SQL ipamctl writes: the conditions its list commands pass to Store::select (a
// where clause over the kind's columns, with positional parameters). Everything else goes
// through the Store's and the WritePath's own functions.

namespace ipam::ctl {

struct SqlCondition
{
    QString where;
    QVariantList binds;

    // Adds "clause" with AND; its ? marks take `values` in order.
    SqlCondition &add(const QString &clause, const QVariantList &values);
    // Adds another condition with AND (nothing when it is empty).
    SqlCondition &add(const SqlCondition &other);
};

// What `subnet list` filters on; unset members do not filter.
struct SubnetFilter
{
    std::optional<ObjectId> spaceId;
    std::optional<ObjectId> logicalNetworkId;
    std::optional<QList<ObjectId>> siteIds; // any of them
    std::optional<Family> family;
    std::optional<IpAddress> contains; // subnets holding this address
};

SqlCondition subnetCondition(const SubnetFilter &filter);
SqlCondition inSpace(std::optional<ObjectId> spaceId);
SqlCondition inLogicalNetwork(ObjectId logicalNetworkId);
SqlCondition inLogicalNetworks(const QList<ObjectId> &logicalNetworkIds);
SqlCondition inSubnet(ObjectId subnetId);

// Orders: IPv4 before IPv6, then by address.
QString orderByAddress();   // subnets, blocks, ranges (their `lo` key)
QString orderByIpAddress(); // addresses
QString orderById();        // creation order (spaces, logical networks, sites)

} // namespace ipam::ctl
