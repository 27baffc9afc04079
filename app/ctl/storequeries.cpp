#include "storequeries.h"

#include "store/objecttable.h"

namespace ipam::ctl {

using namespace Qt::StringLiterals;

SqlCondition &SqlCondition::add(const QString &clause, const QVariantList &values)
{
    if (!where.isEmpty())
        where += u" AND "_s;
    where += clause;
    binds += values;
    return *this;
}

SqlCondition &SqlCondition::add(const SqlCondition &other)
{
    return other.where.isEmpty() ? *this : add(u"("_s + other.where + u')', other.binds);
}

namespace {

QString marks(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

QVariantList idList(const QList<ObjectId> &ids)
{
    QVariantList values;
    for (ObjectId id : ids)
        values.append(id);
    return values;
}

} // namespace

SqlCondition subnetCondition(const SubnetFilter &filter)
{
    SqlCondition condition;
    if (filter.spaceId)
        condition.add(u"space_id = ?"_s, {*filter.spaceId});
    if (filter.logicalNetworkId)
        condition.add(u"logical_network_id = ?"_s, {*filter.logicalNetworkId});
    if (filter.siteIds) {
        if (filter.siteIds->isEmpty())
            condition.add(u"1 = 0"_s, {});
        else
            condition.add(u"site_id IN (%1)"_s.arg(marks(filter.siteIds->size())),
                          idList(*filter.siteIds));
    }
    if (filter.family)
        condition.add(u"family = ?"_s, {familyNumber(*filter.family)});
    if (filter.contains) {
        const QByteArray key = filter.contains->toBytes();
        condition.add(u"family = ? AND lo <= ? AND hi >= ?"_s,
                      {familyNumber(filter.contains->family()), key, key});
    }
    return condition;
}

SqlCondition inSpace(std::optional<ObjectId> spaceId)
{
    SqlCondition condition;
    if (spaceId)
        condition.add(u"space_id = ?"_s, {*spaceId});
    return condition;
}

SqlCondition inLogicalNetwork(ObjectId logicalNetworkId)
{
    return SqlCondition().add(u"logical_network_id = ?"_s, {logicalNetworkId});
}

SqlCondition inLogicalNetworks(const QList<ObjectId> &logicalNetworkIds)
{
    if (logicalNetworkIds.isEmpty())
        return SqlCondition().add(u"1 = 0"_s, {});
    return SqlCondition().add(u"logical_network_id IN (%1)"_s.arg(marks(logicalNetworkIds.size())),
                              idList(logicalNetworkIds));
}

SqlCondition inSubnet(ObjectId subnetId)
{
    return SqlCondition().add(u"subnet_id = ?"_s, {subnetId});
}

QString orderByAddress()
{
    return u"family, lo, space_id"_s;
}

QString orderByIpAddress()
{
    return u"family, ip, space_id, id"_s;
}

QString orderById()
{
    return u"id"_s;
}

} // namespace ipam::ctl
