#include "spacegeometry.h"

#include "store/sqlitestatement.h"
#include "write/applyoutcome.h"

#include <QSet>

namespace ipam {

using namespace applying;

SpaceGeometry::SpaceGeometry(Database &database)
    : m_db(database)
{ }

SpaceGeometry::Shapes *SpaceGeometry::shapes(ObjectId spaceId, QString *error)
{
    if (m_spaces.find(spaceId) == m_spaces.end() && !load({spaceId}, error))
        return nullptr;
    return &m_spaces.at(spaceId);
}

void SpaceGeometry::addSubnet(const Subnet &subnet)
{
    if (const auto shapes = m_spaces.find(subnet.spaceId); shapes != m_spaces.end()) {
        Subnet shape;
        shape.id = subnet.id;
        shape.spaceId = subnet.spaceId;
        shape.networkId = subnet.networkId;
        shapes->second.subnets.insert_or_assign(key(subnet.networkId.first()), shape);
    }
}

bool SpaceGeometry::load(const QList<ObjectId> &spaceIds, QString *error)
{
    // 500 spaces per query (a VMM pull's pools lie in thousands of small customer spaces),
    // read in index order so that each row appends at its map's end.
    constexpr int perStatement = 500;
    for (qsizetype i = 0; i < spaceIds.size(); i += perStatement) {
        const QList<ObjectId> part = spaceIds.mid(i, perStatement);
        const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
        for (const ObjectId spaceId : part)
            m_spaces.insert_or_assign(spaceId, Shapes());
        QVariantList binds;
        for (const ObjectId spaceId : part)
            binds.append(spaceId);
        const bool subnetsRead = forEachRow(
                m_db,
                QStringLiteral("SELECT space_id, id, family, lo, prefix_length FROM ip_subnet "
                               "WHERE space_id IN (%1) ORDER BY space_id, family, lo")
                        .arg(marks),
                binds, error, [this](const auto &row) {
                    const ObjectId spaceId = row.value(0).toLongLong();
                    const Family family = row.value(2).toInt() == 6 ? Family::V6 : Family::V4;
                    const IpAddress first
                            = IpAddress::fromBytes(family, row.value(3).toByteArray());
                    Subnet shape;
                    shape.id = row.value(1).toLongLong();
                    shape.spaceId = spaceId;
                    shape.networkId = Prefix::make(first, row.value(4).toInt()).value();
                    auto &map = m_spaces.at(spaceId).subnets;
                    map.emplace_hint(map.end(), key(first), std::move(shape));
                });
        if (!subnetsRead)
            return false;
        const bool rangesRead = forEachRow(
                m_db,
                QStringLiteral("SELECT space_id, family, lo, hi FROM ip_range WHERE space_id IN "
                               "(%1) ORDER BY space_id, family, lo")
                        .arg(marks),
                binds, error, [this](const auto &row) {
                    const Family family = row.value(1).toInt() == 6 ? Family::V6 : Family::V4;
                    const IpAddress start
                            = IpAddress::fromBytes(family, row.value(2).toByteArray());
                    const IpAddress end = IpAddress::fromBytes(family, row.value(3).toByteArray());
                    auto &map = m_spaces.at(row.value(0).toLongLong()).ranges;
                    map.emplace_hint(map.end(), key(start), std::pair(start, end));
                });
        if (!rangesRead)
            return false;
    }
    return true;
}

// Store::subnetContaining over the map: the subnet starting nearest at or below the range's
// end is the only candidate (a space's subnets are disjoint).
std::optional<Subnet> SpaceGeometry::containingSubnet(const Shapes &shapes,
                                                      const AddressRange &range)
{
    auto next = shapes.subnets.upper_bound(key(range.last()));
    if (next == shapes.subnets.begin())
        return std::nullopt;
    const auto &[at, subnet] = *std::prev(next);
    if (at.first != familyNumber(range.family()) || !subnet.networkId.contains(range.first())
        || !subnet.networkId.contains(range.last()))
        return std::nullopt;
    return subnet;
}

// Store::rangeOverlapping over the map, by the same reasoning.
std::optional<std::pair<IpAddress, IpAddress>> SpaceGeometry::overlappingRange(
        const Shapes &shapes, const AddressRange &range)
{
    auto next = shapes.ranges.upper_bound(key(range.last()));
    if (next == shapes.ranges.begin())
        return std::nullopt;
    const auto &[at, bounds] = *std::prev(next);
    if (at.first != familyNumber(range.family()) || bounds.second < range.first())
        return std::nullopt;
    return bounds;
}

WriteOutcome SpaceGeometry::prepare(const ChangeSet &changes)
{
    int creates = 0;
    QList<ObjectId> spaceIds;
    QSet<ObjectId> seen;
    for (const Change &change : changes.changes) {
        if (change.op != ChangeOp::Create || !std::holds_alternative<Range>(change.object))
            continue;
        ++creates;
        const ObjectId spaceId = std::get<Range>(change.object).spaceId;
        // A space read by an earlier set of the same bulk load: its maps followed every write.
        if (!seen.contains(spaceId) && m_spaces.find(spaceId) == m_spaces.end()) {
            seen.insert(spaceId);
            spaceIds.append(spaceId);
        }
    }
    m_active = m_alwaysActive || creates >= bulkThreshold;
    // Read before any change of the set is applied: the maps then follow the set's writes.
    QString error;
    if (m_active && !load(spaceIds, &error))
        return Failure{WriteStatus::Failed, error};
    return std::nullopt;
}

} // namespace ipam
