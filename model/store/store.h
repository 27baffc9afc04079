#pragma once

#include "address/addressrange.h"
#include "address/addressset.h"
#include "domain/entities.h"
#include "domain/utilization.h"
#include "store/database.h"
#include "store/objecttable.h"

#include <QSqlError>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace ipam {

struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString principal;
    QString operation;
    QString object;
    QString outcome; // "committed" | "denied" | "refused" | "conflict"
    QString beforeJson;
    QString afterJson;
};

// Reads the store: objects by id, by their natural keys (names, prefixes), by geometry
// (which subnet holds an address, which subnet a prefix overlaps), and in bulk for the item
// models. Read-only by design: every write goes through WritePath.
class Store
{
public:
    explicit Store(std::shared_ptr<Database> database);

    Database &database() { return *m_database; }
    const std::shared_ptr<Database> &databasePointer() const { return m_database; }

    template<typename T>
    std::optional<T> get(ObjectId id);
    std::optional<AnyObject> get(ObjectKind kind, ObjectId id);

    // `where` is an SQL condition over the kind's columns with positional (?) parameters.
    template<typename T>
    QList<T> select(const QString &where = {}, const QVariantList &binds = {},
                    const QString &orderBy = QStringLiteral("id"));
    // Streams rows without holding them all (the models load a million subnets this way).
    template<typename T>
    bool forEach(const std::function<void(const T &)> &visit, const QString &where = {},
                 const QVariantList &binds = {}, const QString &orderBy = QStringLiteral("id"));
    template<typename T>
    qint64 count(const QString &where = {}, const QVariantList &binds = {});

    std::optional<AddressSpace> spaceByName(const QString &name);
    std::optional<AddressSpace> defaultSpace() { return spaceByName(AddressSpace::defaultName); }
    std::optional<LogicalNetwork> logicalNetworkByName(ObjectId spaceId, const QString &name);
    std::optional<NetworkSite> siteByName(ObjectId logicalNetworkId, const QString &name);
    std::optional<VmNetwork> vmNetworkByName(ObjectId spaceId, const QString &name);
    std::optional<Block> blockByPrefix(ObjectId spaceId, const Prefix &prefix);
    std::optional<Subnet> subnetByPrefix(ObjectId spaceId, const Prefix &prefix);
    std::optional<Range> rangeByBounds(ObjectId spaceId, const IpAddress &start,
                                       const IpAddress &end);
    QList<Address> addressesByIp(ObjectId spaceId, const IpAddress &ip);

    // Geometry, O(log n) through the (space_id, family, lo) indexes; subnets and ranges of one
    // space never overlap, so the nearest start at or below a point is the only candidate.
    std::optional<Subnet> subnetContaining(ObjectId spaceId, const AddressRange &range);
    std::optional<Subnet> subnetOverlapping(ObjectId spaceId, const AddressRange &range,
                                            ObjectId exceptId = 0);
    std::optional<Range> rangeContaining(ObjectId subnetId, const IpAddress &ip,
                                         const QString &managedByService,
                                         const QString &serviceInstance);
    std::optional<Range> rangeOverlapping(ObjectId spaceId, const AddressRange &range,
                                          ObjectId exceptId = 0);
    QList<Block> blocksOverlapping(ObjectId spaceId, const AddressRange &range);
    QList<Subnet> subnetsWithin(ObjectId spaceId, const AddressRange &range);
    // The subnets of one space inside `within`, as an address set for the free-space finders.
    AddressSet subnetSpaceWithin(ObjectId spaceId, const Prefix &within);
    // The addresses of one subnet that are taken: address records and (optionally) ranges'
    // reserved sets are not free.
    AddressSet usedAddressesIn(const Subnet &subnet);

    // Per family (index 0: IPv4, 1: IPv6) the addresses of a space's subnets and how many are
    // in use, aggregated by the database (one grouped scan, not a million rows read).
    struct SpaceUsage
    {
        AddressCount total[2];
        qint64 utilized[2] = {0, 0};
    };
    SpaceUsage spaceUsage(ObjectId spaceId);

    UtilizationThresholds thresholds();
    QList<AuditEntry> auditLog(int limit);
    // The audit rows that changed one object (as any object of a change set), newest first.
    QList<AuditEntry> auditLogOf(ObjectKind kind, ObjectId id, int limit);

    // The last database error of a read, for messages.
    QString lastError() const { return m_lastError; }

private:
    QSqlQuery &run(const QString &sql, const QVariantList &binds);

    std::shared_ptr<Database> m_database;
    QString m_lastError;
};

} // namespace ipam
