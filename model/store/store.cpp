#include "store.h"

#include "store/auditobjects.h"
#include "store/sqlitestatement.h"

namespace ipam {

Store::Store(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QSqlQuery &Store::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = m_database->prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        m_lastError = Database::describe(query.lastError());
    return query;
}

template<typename T>
QList<T> Store::select(const QString &where, const QVariantList &binds, const QString &orderBy)
{
    QList<T> result;
    forEach<T>([&result](const T &object) { result.append(object); }, where, binds, orderBy);
    return result;
}

template<typename T>
bool Store::forEach(const std::function<void(const T &)> &visit, const QString &where,
                    const QVariantList &binds, const QString &orderBy)
{
    QString sql = QStringLiteral("SELECT ") + selectColumns<T>() + QStringLiteral(" FROM ")
            + ObjectTable<T>::name();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    // On SQLite through the native statement: QtSql turns every column of every row into a
    // QVariant, which cost more than SQLite's own work on wide rows (a subnet has 23 columns).
    return forEachRow(*m_database, sql, binds, &m_lastError, [&visit](const auto &row) {
        T object = ObjectTable<T>::read(row);
        readAccessScope<T>(object, row);
        visit(object);
    });
}

template<typename T>
qint64 Store::count(const QString &where, const QVariantList &binds)
{
    QString sql = QStringLiteral("SELECT count(*) FROM ") + ObjectTable<T>::name();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    QSqlQuery &query = run(sql, binds);
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

template<typename T>
std::optional<T> Store::get(ObjectId id)
{
    const QList<T> list = select<T>(QStringLiteral("id = ?"), {id}, QString());
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

#define IPAM_INSTANTIATE(Type) \
    template QList<Type> Store::select<Type>(const QString &, const QVariantList &, \
                                             const QString &); \
    template bool Store::forEach<Type>(const std::function<void(const Type &)> &, const QString &, \
                                       const QVariantList &, const QString &); \
    template qint64 Store::count<Type>(const QString &, const QVariantList &); \
    template std::optional<Type> Store::get<Type>(ObjectId);
IPAM_INSTANTIATE(AddressSpace)
IPAM_INSTANTIATE(LogicalNetwork)
IPAM_INSTANTIATE(NetworkSite)
IPAM_INSTANTIATE(VmNetwork)
IPAM_INSTANTIATE(Block)
IPAM_INSTANTIATE(Subnet)
IPAM_INSTANTIATE(Range)
IPAM_INSTANTIATE(Address)
#undef IPAM_INSTANTIATE

std::optional<AnyObject> Store::get(ObjectKind kind, ObjectId id)
{
    auto wrap = [](auto optional) -> std::optional<AnyObject> {
        if (!optional)
            return std::nullopt;
        return AnyObject(*optional);
    };
    switch (kind) {
    case ObjectKind::AddressSpace:
        return wrap(get<AddressSpace>(id));
    case ObjectKind::LogicalNetwork:
        return wrap(get<LogicalNetwork>(id));
    case ObjectKind::NetworkSite:
        return wrap(get<NetworkSite>(id));
    case ObjectKind::VmNetwork:
        return wrap(get<VmNetwork>(id));
    case ObjectKind::Block:
        return wrap(get<Block>(id));
    case ObjectKind::Subnet:
        return wrap(get<Subnet>(id));
    case ObjectKind::Range:
        return wrap(get<Range>(id));
    case ObjectKind::Address:
        return wrap(get<Address>(id));
    }
    return std::nullopt;
}

namespace {
template<typename T>
std::optional<T> first(const QList<T> &list)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}
} // namespace

std::optional<AddressSpace> Store::spaceByName(const QString &name)
{
    return first(select<AddressSpace>(QStringLiteral("name = ?"), {name}, QString()));
}

std::optional<LogicalNetwork> Store::logicalNetworkByName(ObjectId spaceId, const QString &name)
{
    return first(select<LogicalNetwork>(QStringLiteral("space_id = ? AND name = ?"),
                                        {spaceId, name}, QString()));
}

std::optional<NetworkSite> Store::siteByName(ObjectId logicalNetworkId, const QString &name)
{
    return first(select<NetworkSite>(QStringLiteral("logical_network_id = ? AND name = ?"),
                                     {logicalNetworkId, name}, QString()));
}

std::optional<VmNetwork> Store::vmNetworkByName(ObjectId spaceId, const QString &name)
{
    return first(select<VmNetwork>(QStringLiteral("space_id = ? AND name = ?"), {spaceId, name},
                                   QString()));
}

std::optional<Block> Store::blockByPrefix(ObjectId spaceId, const Prefix &prefix)
{
    return first(select<Block>(
            QStringLiteral("space_id = ? AND family = ? AND lo = ? AND prefix_length = ?"),
            {spaceId, familyNumber(prefix.family()), prefix.first().toBytes(), prefix.length()},
            QString()));
}

std::optional<Subnet> Store::subnetByPrefix(ObjectId spaceId, const Prefix &prefix)
{
    return first(select<Subnet>(
            QStringLiteral("space_id = ? AND family = ? AND lo = ? AND prefix_length = ?"),
            {spaceId, familyNumber(prefix.family()), prefix.first().toBytes(), prefix.length()},
            QString()));
}

std::optional<Range> Store::rangeByBounds(ObjectId spaceId, const IpAddress &start,
                                          const IpAddress &end)
{
    return first(select<Range>(
            QStringLiteral("space_id = ? AND family = ? AND lo = ? AND hi = ?"),
            {spaceId, familyNumber(start.family()), start.toBytes(), end.toBytes()}, QString()));
}

QList<Address> Store::addressesByIp(ObjectId spaceId, const IpAddress &ip)
{
    return select<Address>(QStringLiteral("space_id = ? AND family = ? AND ip = ?"),
                           {spaceId, familyNumber(ip.family()), ip.toBytes()});
}

std::optional<Subnet> Store::subnetOverlapping(ObjectId spaceId, const AddressRange &range,
                                               ObjectId exceptId)
{
    // The subnet starting nearest at or below the range's end is the only one that can
    // overlap it (subnets of a space are disjoint); skip `exceptId` (the subnet being edited).
    const QList<Subnet> candidates = select<Subnet>(
            QStringLiteral("space_id = ? AND family = ? AND lo <= ? AND id <> ?"),
            {spaceId, familyNumber(range.family()), range.last().toBytes(), exceptId},
            QStringLiteral("lo DESC LIMIT 1"));
    if (candidates.isEmpty() || candidates.constFirst().networkId.last() < range.first())
        return std::nullopt;
    return candidates.constFirst();
}

std::optional<Subnet> Store::subnetContaining(ObjectId spaceId, const AddressRange &range)
{
    std::optional<Subnet> subnet = subnetOverlapping(spaceId, range);
    if (subnet && subnet->networkId.contains(range.first())
        && subnet->networkId.contains(range.last()))
        return subnet;
    return std::nullopt;
}

std::optional<Range> Store::rangeOverlapping(ObjectId spaceId, const AddressRange &range,
                                             ObjectId exceptId)
{
    const QList<Range> candidates = select<Range>(
            QStringLiteral("space_id = ? AND family = ? AND lo <= ? AND id <> ?"),
            {spaceId, familyNumber(range.family()), range.last().toBytes(), exceptId},
            QStringLiteral("lo DESC LIMIT 1"));
    if (candidates.isEmpty() || candidates.constFirst().endAddress < range.first())
        return std::nullopt;
    return candidates.constFirst();
}

std::optional<Range> Store::rangeContaining(ObjectId subnetId, const IpAddress &ip,
                                            const QString &managedByService,
                                            const QString &serviceInstance)
{
    return first(
            select<Range>(QStringLiteral("subnet_id = ? AND lo <= ? AND hi >= ? AND "
                                         "managed_by_service = ? AND service_instance = ?"),
                          {subnetId, ip.toBytes(), ip.toBytes(), managedByService, serviceInstance},
                          QStringLiteral("lo DESC LIMIT 1")));
}

QList<Block> Store::blocksOverlapping(ObjectId spaceId, const AddressRange &range)
{
    return select<Block>(QStringLiteral("space_id = ? AND family = ? AND lo <= ? AND hi >= ?"),
                         {spaceId, familyNumber(range.family()), range.last().toBytes(),
                          range.first().toBytes()},
                         QStringLiteral("lo, prefix_length"));
}

QList<Subnet> Store::subnetsWithin(ObjectId spaceId, const AddressRange &range)
{
    return select<Subnet>(QStringLiteral("space_id = ? AND family = ? AND lo >= ? AND lo <= ?"),
                          {spaceId, familyNumber(range.family()), range.first().toBytes(),
                           range.last().toBytes()},
                          QStringLiteral("lo"));
}

AddressSet Store::subnetSpaceWithin(ObjectId spaceId, const Prefix &within)
{
    std::vector<AddressRange> ranges;
    // A subnet that starts below `within` but reaches into it (a supernet) counts too.
    if (std::optional<Subnet> below = subnetOverlapping(spaceId, AddressRange::of(within)))
        ranges.push_back(AddressRange::of(below->networkId));
    const QString sql
            = QStringLiteral("SELECT family, lo, hi FROM ip_subnet WHERE space_id = ? AND "
                             "family = ? AND lo >= ? AND lo <= ?");
    QSqlQuery &query = run(sql,
                           {spaceId, familyNumber(within.family()), within.first().toBytes(),
                            within.last().toBytes()});
    const Family family = within.family();
    while (query.next()) {
        const IpAddress lo = IpAddress::fromBytes(family, query.value(1).toByteArray());
        const IpAddress hi = IpAddress::fromBytes(family, query.value(2).toByteArray());
        ranges.push_back(AddressRange::make(lo, hi).value());
    }
    query.finish();
    return AddressSet::fromUnsorted(family, std::move(ranges));
}

AddressSet Store::usedAddressesIn(const Subnet &subnet)
{
    std::vector<AddressRange> used;
    const Family family = subnet.networkId.family();
    QSqlQuery &query
            = run(QStringLiteral("SELECT ip FROM ip_address WHERE subnet_id = ?"), {subnet.id});
    while (query.next()) {
        const IpAddress ip = IpAddress::fromBytes(family, query.value(0).toByteArray());
        used.push_back(AddressRange::make(ip, ip).value());
    }
    query.finish();
    // Reserved and VIP addresses of the subnet's ranges are not free either.
    for (const Range &range : select<Range>(QStringLiteral("subnet_id = ?"), {subnet.id})) {
        for (const QList<QString> *list : {&range.reservedAddresses, &range.vips}) {
            for (const QString &text : *list) {
                const Parsed<IpAddress> ip = IpAddress::parse(text);
                if (ip.ok() && ip.value().family() == family)
                    used.push_back(AddressRange::make(ip.value(), ip.value()).value());
            }
        }
    }
    return AddressSet::fromUnsorted(family, std::move(used));
}

Store::SpaceUsage Store::spaceUsage(ObjectId spaceId)
{
    SpaceUsage usage;
    QSqlQuery &query = run(
            QStringLiteral("SELECT family, prefix_length, count(*), sum(utilized_addresses) "
                           "FROM ip_subnet WHERE space_id = ? GROUP BY family, prefix_length"),
            {spaceId});
    while (query.next()) {
        const Family family = query.value(0).toInt() == 6 ? Family::V6 : Family::V4;
        const int f = family == Family::V4 ? 0 : 1;
        const qint64 subnets = query.value(2).toLongLong();
        const AddressCount each = AddressCount::ofPrefixLength(family, query.value(1).toInt());
        // subnets * each, exactly: doubling keeps it within AddressCount's arithmetic.
        AddressCount sum;
        AddressCount addend = each;
        for (qint64 n = subnets; n > 0; n >>= 1) {
            if (n & 1)
                sum += addend;
            addend += addend;
        }
        usage.total[f] += sum;
        usage.utilized[f] += query.value(3).toLongLong();
    }
    query.finish();
    return usage;
}

UtilizationThresholds Store::thresholds()
{
    UtilizationThresholds t;
    QSqlQuery &query = run(QStringLiteral("SELECT key, value FROM setting"), {});
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("MinimumUtilizationThreshold"))
            t.under = query.value(1).toDouble();
        else if (key == QLatin1String("MaximumUtilizationThreshold"))
            t.over = query.value(1).toDouble();
    }
    query.finish();
    return t;
}

namespace {

AuditEntry auditEntryOf(const QSqlQuery &query)
{
    AuditEntry e;
    e.id = query.value(0).toLongLong();
    e.atMs = query.value(1).toLongLong();
    e.principal = query.value(2).toString();
    e.operation = query.value(3).toString();
    e.object = query.value(4).toString();
    e.outcome = query.value(5).toString();
    e.beforeJson = query.value(6).toString();
    e.afterJson = query.value(7).toString();
    return e;
}

} // namespace

QList<AuditEntry> Store::auditLogOf(ObjectKind kind, ObjectId id, int limit)
{
    QList<AuditEntry> entries;
    for (qint64 auditId : auditIdsOf(database(), kind, id, limit)) {
        QSqlQuery &query = run(QStringLiteral("SELECT id, at_ms, principal, operation, object, "
                                              "outcome, before_json, after_json FROM audit_log "
                                              "WHERE id = ?"),
                               {auditId});
        if (query.next())
            entries.append(auditEntryOf(query));
        query.finish();
    }
    return entries;
}

QList<AuditEntry> Store::auditLog(int limit)
{
    QList<AuditEntry> entries;
    QSqlQuery &query
            = run(QStringLiteral("SELECT id, at_ms, principal, operation, object, outcome, "
                                 "before_json, after_json FROM audit_log ORDER BY id DESC "
                                 "LIMIT ?"),
                  {limit});
    while (query.next())
        entries.append(auditEntryOf(query));
    query.finish();
    return entries;
}

} // namespace ipam
