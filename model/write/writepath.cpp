#include "writepath.h"

#include "domain/objectproperties.h"
#include "domain/rules.h"
#include "store/auditobjects.h"
#include "store/constraintrefusal.h"
#include "store/sqlitebulkinsert.h"
#include "store/sqlitestatement.h"
#include "write/changeitems.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <map>

namespace ipam {

int WriteResult::exitCode() const
{
    switch (status) {
    case WriteStatus::Committed:
        return 0;
    case WriteStatus::Refused:
        return 1;
    case WriteStatus::Denied:
        return 3;
    case WriteStatus::Conflict:
        return 4;
    case WriteStatus::Failed:
        return 1;
    }
    return 1;
}

namespace {

struct Failure
{
    WriteStatus status;
    QString message;
};
using Outcome = std::optional<Failure>;

Outcome refused(QString message)
{
    return Failure{WriteStatus::Refused, std::move(message)};
}

Outcome refused(const Verdict &verdict)
{
    if (verdict)
        return std::nullopt;
    return Failure{WriteStatus::Refused, verdict.reason()};
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Whether two states of a subnet differ at most in their logical network and site: such an
// update is an assignment (Operation::AssignSubnet), not an edit.
bool sameExceptAssignment(const Subnet &a, const Subnet &b)
{
    return a.spaceId == b.spaceId && a.networkId == b.networkId && a.name == b.name
            && a.networkType == b.networkType && a.vmNetworkId == b.vmNetworkId
            && a.vlanIds == b.vlanIds && a.virtualSubnetId == b.virtualSubnetId
            && a.owner == b.owner && a.description == b.description
            && a.customConfiguration == b.customConfiguration;
}

// Applies the changes of one ChangeSet inside the open transaction. One instance per submit:
// it caches the parents it looked up (a drop of 10,000 subnets asks for the same site 10,000
// times) and collects the subnets and ranges whose utilization must be recounted.
class ChangeApplier
{
public:
    ChangeApplier(Store &store, const Principal &principal, Authorizer &authorizer, qint64 nowMs,
                  bool keepObjects)
        : m_store(store)
        , m_db(store.database())
        , m_principal(principal)
        , m_authorizer(authorizer)
        , m_nowMs(nowMs)
        , m_keepObjects(keepObjects)
    { }

    // Fills `change`'s parent reference from the change it names (see Change::parentChange),
    // or says why it cannot.
    Outcome resolveParent(int index, Change *change) const;
    // Whether the customer space `space` creates gets its VM network from a later change of
    // the set (Change::parentChange) rather than by name (afterWrite).
    bool m_vmNetworkFollows = false;

    Outcome apply(const Change &change)
    {
        const bool bulkCreate = m_bulkSubnets && change.op == ChangeOp::Create
                && std::holds_alternative<Subnet>(change.object);
        if (!bulkCreate && !m_pendingSubnets.isEmpty()) {
            if (Outcome failure = flushPendingSubnets())
                return failure;
        }
        return std::visit([&](const auto &object) { return applyTyped(change, object); },
                          change.object);
    }

    // Recounts the utilization of touched subnets and ranges; called once before commit.
    Outcome finish();

    // Bulk mode for change sets that create many subnets (a CSV import of a million rows):
    // the overlap rule is checked for all of them at once in memory against the spaces'
    // existing subnets (one sorted read per space instead of one indexed query per row), and
    // the rows are inserted 100 per statement. Every other rule still runs per row. Measured
    // on SQLite: about 10x the per-row path. Returns the failing change's index on refusal.
    Outcome prevalidateSubnetCreates(const ChangeSet &changes, int *failedChange);
    static constexpr int bulkThreshold = 1000;
    // Switches on the in-memory range lookups (see SpaceGeometry) for change sets creating at
    // least bulkThreshold ranges.
    Outcome prepareRangeCreates(const ChangeSet &changes);
    // Reads the stored state of the subnets a change set updates or removes, 500 per query
    // instead of one query each: a drop of 10,000 subnets is 10,000 updates.
    void prefetchSubnets(const ChangeSet &changes);
    // Reads the parents the changes name (spaces, logical networks, sites, VM networks), 500
    // per query, into the caches the rules read them from: a VMM pull's batch of 5,000 pools
    // lies in thousands of customer spaces, one query each otherwise. Only found objects are
    // kept, so the caches hold what a first lookup would have read.
    void prefetchParents(const ChangeSet &changes);
    // Fills `known` for all of `spaceIds` at once: which hold an address matching `condition`
    // (spaceHasAddresses, spaceHasUnmappedAddresses ask one space per query otherwise).
    void prefetchAddressPresence(const QSet<ObjectId> &spaceIds, const QString &condition,
                                 QHash<ObjectId, bool> &known);

    ChangeEvent event;
    QJsonArray before;
    QJsonArray after;
    QList<AnyObject> written; // the changes' own objects, one per change (not derived ones)

private:
    template<typename T>
    Outcome applyTyped(const Change &change, const T &object);
    template<typename T>
    Outcome insert(T &object);
    template<typename T>
    Outcome update(T &object, qint64 expectedVersion);
    template<typename T>
    Outcome remove(const T &object);
    Outcome sqlFailure(const QSqlQuery &query, const AnyObject &object);
    Outcome authorize(Operation operation, const AnyObject &object);
    void record(ChangeOp op, const AnyObject &object, const AnyObject *previous);

    // Validation and derived fields, per kind. `before` is null for a create.
    Outcome prepare(AddressSpace &o, const AddressSpace *before);
    Outcome prepare(LogicalNetwork &o, const LogicalNetwork *before);
    Outcome prepare(NetworkSite &o, const NetworkSite *before);
    Outcome prepare(VmNetwork &o, const VmNetwork *before);
    Outcome prepare(Block &o, const Block *before);
    Outcome prepare(Subnet &o, const Subnet *before);
    Outcome prepare(Range &o, const Range *before);
    Outcome prepare(Address &o, const Address *before);
    // Checks that nothing still depends on an object about to be removed.
    Outcome removable(const AddressSpace &o);
    Outcome removable(const LogicalNetwork &o);
    Outcome removable(const NetworkSite &o);
    Outcome removable(const VmNetwork &o);
    Outcome removable(const Block &) { return std::nullopt; }
    Outcome removable(const Subnet &o);
    // Removing a range or an address changes its subnet's (and range's) utilization.
    Outcome removable(const Range &o)
    {
        m_touchedSubnets.insert(o.subnetId);
        return std::nullopt;
    }
    Outcome removable(const Address &o)
    {
        m_touchedSubnets.insert(o.subnetId);
        m_touchedRanges.insert(o.rangeId);
        return std::nullopt;
    }
    // After-write effects (address mapping, derived VM network).
    Outcome afterWrite(ChangeOp, const AddressSpace &o);
    Outcome afterWrite(ChangeOp, const LogicalNetwork &) { return std::nullopt; }
    Outcome afterWrite(ChangeOp, const NetworkSite &) { return std::nullopt; }
    Outcome afterWrite(ChangeOp, const VmNetwork &) { return std::nullopt; }
    Outcome afterWrite(ChangeOp, const Block &) { return std::nullopt; }
    Outcome afterWrite(ChangeOp op, const Subnet &o);
    Outcome afterWrite(ChangeOp op, const Range &o);
    Outcome afterWrite(ChangeOp, const Address &) { return std::nullopt; }

    const AddressSpace *space(ObjectId id);
    const LogicalNetwork *logicalNetwork(ObjectId id);
    const NetworkSite *site(ObjectId id);
    const VmNetwork *vmNetwork(ObjectId id);
    bool exec(QSqlQuery &query, QString *error);
    // Which of `names` the rows of `sql` ("... WHERE name IN (%1)") hold, 500 names per
    // query: row(r) for each; false when a query failed. Below 100 names, none is asked and
    // false returned: a few look-ups one by one are cheaper than gathering.
    template<typename Row>
    bool forEachNamed(const QString &sql, const QStringList &names, Row &&row);
    bool run(const QString &sql, const QVariantList &binds, QString *error,
             int *rowsAffected = nullptr);

    Store &m_store;
    Database &m_db;
    const Principal &m_principal;
    Authorizer &m_authorizer;
    qint64 m_nowMs;
    bool m_keepObjects;
    QHash<ObjectId, std::optional<AddressSpace>> m_spaces;
    QHash<ObjectId, std::optional<LogicalNetwork>> m_logicalNetworks;
    QHash<ObjectId, std::optional<NetworkSite>> m_sites;
    QHash<ObjectId, std::optional<VmNetwork>> m_vmNetworks;
    QSet<ObjectId> m_touchedSubnets;
    QSet<ObjectId> m_touchedRanges;

    Outcome flushPendingSubnets();
    QHash<ObjectId, std::optional<Subnet>> m_prefetchedSubnets;
    QHash<ObjectId, std::optional<VmNetwork>> m_prefetchedVmNetworks; // updated or removed
    // Of the names a change set's new spaces take, those stored when it began, plus every name
    // the set writes: a name not in it is free (prefetchParents), others are asked.
    QSet<QString> m_takenSpaceNames;
    bool m_spaceNamesKnown = false;
    // The same for new sites, by logical network.
    QSet<QPair<ObjectId, QString>> m_takenSiteNames;
    bool m_siteNamesKnown = false;
    // Spaces this set created, with the VM networks created in them: nothing else is in them
    // (a VMM pull creates thousands, each with its VM network).
    QSet<ObjectId> m_newSpaces;
    QSet<QPair<ObjectId, QString>> m_newSpaceVmNetworks;
    // Objects this set created go into the caches the rules read parents from: the next
    // change usually names one (a site's subnets, a space's VM network).
    template<typename T>
    void noteCreated(const T &object);
    Outcome recordPendingSubnets();
    std::unique_ptr<SqliteBulkInsert> m_sqliteInsert;
    bool spaceHasUnmappedAddresses(ObjectId spaceId);
    bool m_bulkSubnets = false;
    QList<Subnet> m_pendingSubnets;
    QHash<ObjectId, bool> m_unmappedAddresses;
    // Bulk mode for change sets that create many ranges (a VMM pull's pools, a CSV import):
    // the containing subnet and the range a new one would overlap are looked up in memory, in
    // maps read once per space in one sorted pass, instead of two indexed queries per range.
    // The maps answer exactly what Store::subnetContaining / rangeOverlapping answer inside
    // this transaction: subnets and ranges created here are added as they are written, and a
    // space whose subnets or ranges are edited or removed here is read again on next use.
    using GeometryKey = std::pair<int, uint128>; // (family number, first address)
    struct SpaceGeometry
    {
        std::map<GeometryKey, Subnet> subnets; // id, spaceId and networkId only
        std::map<GeometryKey, std::pair<IpAddress, IpAddress>> ranges; // start, end
    };
    SpaceGeometry *geometry(ObjectId spaceId, QString *error);
    bool loadGeometry(const QList<ObjectId> &spaceIds, QString *error);
    void forgetGeometry(ObjectId spaceId) { m_geometry.erase(spaceId); }
    static GeometryKey geometryKey(const IpAddress &first)
    {
        return {familyNumber(first.family()), first.value()};
    }
    static std::optional<Subnet> containingSubnet(const SpaceGeometry &shapes,
                                                  const AddressRange &range);
    static std::optional<std::pair<IpAddress, IpAddress>> overlappingRange(
            const SpaceGeometry &shapes, const AddressRange &range);
    bool m_bulkRanges = false;
    std::map<ObjectId, SpaceGeometry> m_geometry;
    // A customer subnet's VM network by the space's VM network name, and the prefixes of a
    // logical network's subnets (customerSubnetPlacement): one query per space / logical
    // network instead of one per subnet; dropped when VM networks or provider subnets change.
    QHash<QPair<ObjectId, QString>, ObjectId> m_vmNetworkIdByName;
    QHash<ObjectId, QList<Prefix>> m_logicalNetworkPrefixes;

    // Per space: holds any address (or gets one in this change set); see afterWrite(Range).
    bool spaceHasAddresses(ObjectId spaceId);
    QHash<ObjectId, bool> m_spaceHasAddresses;
    qint64 m_audited = 0;
};

template<typename T>
const T *cached(QHash<ObjectId, std::optional<T>> &cache, Store &store, ObjectId id)
{
    if (id == 0)
        return nullptr;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, store.get<T>(id));
    return it.value() ? &*it.value() : nullptr;
}

const AddressSpace *ChangeApplier::space(ObjectId id)
{
    return cached(m_spaces, m_store, id);
}
const LogicalNetwork *ChangeApplier::logicalNetwork(ObjectId id)
{
    return cached(m_logicalNetworks, m_store, id);
}
const NetworkSite *ChangeApplier::site(ObjectId id)
{
    return cached(m_sites, m_store, id);
}
const VmNetwork *ChangeApplier::vmNetwork(ObjectId id)
{
    return cached(m_vmNetworks, m_store, id);
}

template<typename Row>
bool ChangeApplier::forEachNamed(const QString &sql, const QStringList &names, Row &&row)
{
    if (names.size() < 100)
        return false;
    for (qsizetype i = 0; i < names.size(); i += 500) {
        const QStringList part = names.mid(i, 500);
        const QVariantList binds(part.cbegin(), part.cend());
        const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
        if (!forEachRow(m_db, sql.arg(marks), binds, nullptr, row))
            return false; // then every name is asked for, as without this
    }
    return true;
}

bool ChangeApplier::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = Database::describe(query.lastError());
    return false;
}

bool ChangeApplier::run(const QString &sql, const QVariantList &binds, QString *error,
                        int *rowsAffected)
{
    // On SQLite through the native statement (see SqliteStatement): a pull's batch recounts
    // tens of thousands of subnets, one UPDATE each.
    if (SqliteStatement *native = m_db.native(sql)) {
        native->reset();
        for (int i = 0; i < binds.size(); ++i)
            native->bind(i + 1, binds.at(i));
        const bool ok = native->exec();
        if (!ok && error)
            *error = native->error();
        if (ok && rowsAffected)
            *rowsAffected = int(native->changes());
        native->reset();
        return ok;
    }
    QSqlQuery &query = m_db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    const bool ok = exec(query, error);
    if (ok && rowsAffected)
        *rowsAffected = query.numRowsAffected();
    query.finish();
    return ok;
}

Outcome ChangeApplier::authorize(Operation operation, const AnyObject &object)
{
    const Verdict verdict = m_authorizer.authorize(m_principal, operation, object);
    if (verdict)
        return std::nullopt;
    return Failure{WriteStatus::Denied, verdict.reason()};
}

Outcome ChangeApplier::sqlFailure(const QSqlQuery &query, const AnyObject &object)
{
    const QSqlError error = query.lastError();
    const QString code = error.nativeErrorCode();
    const QString text = Database::describe(error);
    // A race lost inside the database reads as the write path's own refusal of the same thing.
    // (The space was read, and cached, by the checks: the failed transaction cannot read.)
    const Subnet *subnet = std::get_if<Subnet>(&object);
    const AddressSpace *owner = subnet ? space(subnet->spaceId) : nullptr;
    if (const auto words = constraintRefusal(error, object, owner ? owner->name : QString()))
        return refused(*words);
    // The database caught what a racing writer slipped past our checks: still a refusal.
    const bool constraint = code == QLatin1String("23505") || code == QLatin1String("23P01")
            || code == QLatin1String("23503") || code == QLatin1String("23514")
            || text.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
    if (constraint)
        return refused(
                QStringLiteral("%1 refused by the database: %2").arg(describe(object), text));
    // PostgreSQL's own access control (schema version 3) said no: its message is the denial.
    if (code == QLatin1String("42501")) {
        QString message = error.databaseText();
        if (const qsizetype context = message.indexOf(QLatin1String("CONTEXT:")); context >= 0)
            message.truncate(context);
        message = message.simplified();
        if (message.startsWith(QLatin1String("ERROR:")))
            message = message.mid(6).trimmed();
        return Failure{WriteStatus::Denied, message};
    }
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return Failure{WriteStatus::Conflict,
                       QStringLiteral("%1: concurrent change, try again (%2)")
                               .arg(describe(object), text)};
    return Failure{WriteStatus::Failed,
                   QStringLiteral("%1: database error: %2").arg(describe(object), text)};
}

template<typename T>
Outcome ChangeApplier::insert(T &object)
{
    // On SQLite through a native statement (SqliteBulkInsert): QtSql's bindValue was most of
    // an insert's cost, and a VMM pull inserts 100,000 objects.
    if (!m_db.isPostgreSql()) {
        if (!m_sqliteInsert)
            m_sqliteInsert = std::make_unique<SqliteBulkInsert>(m_db);
        if (m_sqliteInsert->isAvailable()) {
            QString error;
            if (m_sqliteInsert->insertOne(object, m_nowMs, &error))
                return std::nullopt;
            if (error.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
                return refused(QStringLiteral("%1 refused by the database: %2")
                                       .arg(describe(object), error));
            return Failure{WriteStatus::Failed,
                           QStringLiteral("%1: database error: %2").arg(describe(object), error)};
        }
    }
    static const QString sql = [] {
        const QStringList &columns = ObjectTable<T>::columns();
        QStringList marks(columns.size() + 1, QStringLiteral("?"));
        return QStringLiteral(
                       "INSERT INTO %1 (version, modified_ms, %2) VALUES (1, %3) RETURNING id")
                .arg(ObjectTable<T>::name(), columns.join(QStringLiteral(", ")),
                     marks.join(QStringLiteral(", ")));
    }();
    QSqlQuery &query = m_db.prepared(sql);
    query.addBindValue(m_nowMs);
    ObjectTable<T>::bind(query, object);
    if (!query.exec() || !query.next()) {
        Outcome failure = sqlFailure(query, object);
        query.finish();
        return failure;
    }
    object.id = query.value(0).toLongLong();
    query.finish();
    object.version = 1;
    object.lastModifiedMs = m_nowMs;
    return std::nullopt;
}

template<typename T>
Outcome ChangeApplier::update(T &object, qint64 expectedVersion)
{
    static const QString sql = [] {
        QStringList sets;
        for (const QString &column : ObjectTable<T>::columns())
            sets.append(column + QStringLiteral(" = ?"));
        return QStringLiteral(
                       "UPDATE %1 SET version = version + 1, modified_ms = ?, %2 WHERE id = ? "
                       "AND version = ?")
                .arg(ObjectTable<T>::name(), sets.join(QStringLiteral(", ")));
    }();
    if constexpr (std::is_same_v<T, Subnet>) {
        if (!m_db.isPostgreSql()) {
            if (!m_sqliteInsert)
                m_sqliteInsert = std::make_unique<SqliteBulkInsert>(m_db);
            if (m_sqliteInsert->isAvailable()) {
                int rows = 0;
                QString error;
                if (!m_sqliteInsert->update(object, expectedVersion, m_nowMs, &rows, &error))
                    return error.contains(QLatin1String("constraint"), Qt::CaseInsensitive)
                            ? refused(QStringLiteral("refused by the database: ") + error)
                            : Failure{WriteStatus::Failed, error};
                if (rows != 1)
                    return Failure{WriteStatus::Conflict,
                                   QStringLiteral("%1 was changed by someone else meanwhile; "
                                                  "refresh and try again")
                                           .arg(describe(object))};
                object.version = expectedVersion + 1;
                object.lastModifiedMs = m_nowMs;
                return std::nullopt;
            }
        }
    }
    QSqlQuery &query = m_db.prepared(sql);
    query.addBindValue(m_nowMs);
    ObjectTable<T>::bind(query, object);
    query.addBindValue(object.id);
    query.addBindValue(expectedVersion);
    if (!query.exec()) {
        Outcome failure = sqlFailure(query, object);
        query.finish();
        return failure;
    }
    const int rows = query.numRowsAffected();
    query.finish();
    if (rows != 1)
        return Failure{
                WriteStatus::Conflict,
                QStringLiteral("%1 was changed by someone else meanwhile; refresh and try again")
                        .arg(describe(object))};
    object.version = expectedVersion + 1;
    object.lastModifiedMs = m_nowMs;
    return std::nullopt;
}

template<typename T>
Outcome ChangeApplier::remove(const T &object)
{
    static const QString sql = QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?")
                                       .arg(ObjectTable<T>::name());
    QSqlQuery &query = m_db.prepared(sql);
    query.addBindValue(object.id);
    query.addBindValue(object.version);
    if (!query.exec()) {
        Outcome failure = sqlFailure(query, object);
        query.finish();
        return failure;
    }
    const int rows = query.numRowsAffected();
    query.finish();
    if (rows != 1)
        return Failure{
                WriteStatus::Conflict,
                QStringLiteral("%1 was changed by someone else meanwhile; refresh and try again")
                        .arg(describe(object))};
    return std::nullopt;
}

void ChangeApplier::record(ChangeOp op, const AnyObject &object, const AnyObject *previous)
{
    const StoredObject &stored = storedPart(object);
    event.items.append({op, kindOf(object), stored.id, stored.version});
    if (m_keepObjects)
        event.objects.append(object);
    // The audit row keeps the objects themselves for the first maxObjectsInAudit changes and
    // counts the rest: a million-row import writes one readable row, not a gigabyte of JSON.
    ++m_audited;
    if (m_audited <= WritePath::maxObjectsInAudit) {
        if (previous)
            before.append(toJson(storedProperties(*previous)));
        if (op != ChangeOp::Remove)
            after.append(toJson(storedProperties(object)));
        else if (!previous)
            before.append(toJson(storedProperties(object)));
    }
}

template<typename T>
Outcome ChangeApplier::applyTyped(const Change &change, const T &given)
{
    const ObjectKind kind = T::kind;
    T object = given;
    if constexpr (std::is_same_v<T, VmNetwork> || std::is_same_v<T, AddressSpace>)
        m_vmNetworkIdByName.clear(); // a space's VM network may appear, change or go
    if (change.op == ChangeOp::Create) {
        object.id = 0;
        if (Outcome failure = authorize(operationFor(ChangeOp::Create, kind), object))
            return failure;
        if (Outcome failure = prepare(object, nullptr))
            return failure;
        if constexpr (std::is_same_v<T, Subnet>) {
            if (m_bulkSubnets) {
                m_pendingSubnets.append(object);
                // PostgreSQL takes them 100 per INSERT; SQLite all at once, in key order.
                const bool batchFull = m_db.isPostgreSql() && m_pendingSubnets.size() >= 100;
                return batchFull ? flushPendingSubnets() : std::nullopt;
            }
        }
        if constexpr (std::is_same_v<T, Range>) {
            if (Outcome failure = insert(object))
                return failure;
        } else if (Outcome failure = insert(object)) {
            return failure;
        }
        record(ChangeOp::Create, object, nullptr);
        if (m_keepObjects)
            written.append(object);
        noteCreated(object);
        return afterWrite(ChangeOp::Create, object);
    }

    std::optional<T> stored;
    if constexpr (std::is_same_v<T, Subnet>)
        stored = m_prefetchedSubnets.take(object.id);
    if constexpr (std::is_same_v<T, VmNetwork>)
        stored = m_prefetchedVmNetworks.take(object.id);
    if (!stored)
        stored = m_store.get<T>(object.id);
    if (!stored)
        return Failure{WriteStatus::Conflict,
                       QStringLiteral("%1 no longer exists (removed by someone else?)")
                               .arg(describe(object))};
    if constexpr (std::is_same_v<T, Range> || std::is_same_v<T, Subnet>) {
        // Edited or removed geometry: the in-memory lookups of these spaces read it again.
        forgetGeometry(stored->spaceId);
        forgetGeometry(object.spaceId);
    }
    // The access scope is not the editor's to change here (AccessControlStore::setAccessScope
    // is): the new state keeps the stored one, and authorization sees it.
    object.accessScopeId = stored->accessScopeId;
    object.accessScopeInherited = stored->accessScopeInherited;
    const qint64 expected = change.expectedVersion >= 0 ? change.expectedVersion : stored->version;
    if (stored->version != expected)
        return Failure{WriteStatus::Conflict,
                       QStringLiteral("%1 was changed by someone else meanwhile (version %2, you "
                                      "edited version %3); refresh and try again")
                               .arg(describe(*stored))
                               .arg(stored->version)
                               .arg(expected)};

    if (change.op == ChangeOp::Remove) {
        if (Outcome failure = authorize(operationFor(ChangeOp::Remove, kind), *stored))
            return failure;
        if (Outcome failure = removable(*stored))
            return failure;
        // Unmap what refers to the object (a subnet's or range's addresses) before its row
        // goes: the foreign keys refuse the DELETE while references remain.
        if (Outcome failure = afterWrite(ChangeOp::Remove, *stored))
            return failure;
        if (Outcome failure = remove(*stored))
            return failure;
        // A parent read ahead (prefetchParents) is gone for the changes after this one.
        if constexpr (std::is_same_v<T, AddressSpace>)
            m_spaces.remove(stored->id);
        else if constexpr (std::is_same_v<T, LogicalNetwork>)
            m_logicalNetworks.remove(stored->id);
        else if constexpr (std::is_same_v<T, NetworkSite>)
            m_sites.remove(stored->id);
        else if constexpr (std::is_same_v<T, VmNetwork>)
            m_vmNetworks.remove(stored->id);
        record(ChangeOp::Remove, *stored, nullptr);
        if (m_keepObjects)
            written.append(*stored);
        return std::nullopt;
    }

    Operation operation = operationFor(ChangeOp::Update, kind);
    if constexpr (std::is_same_v<T, Subnet>) {
        // A change of the logical network / site alone is an assignment, which RBAC grants
        // separately from editing the subnet.
        if (sameExceptAssignment(object, *stored))
            operation = Operation::AssignSubnet;
    }
    if (Outcome failure = authorize(operation, *stored))
        return failure;
    if (Outcome failure = authorize(operation, object))
        return failure;
    if (Outcome failure = prepare(object, &*stored))
        return failure;
    if (Outcome failure = update(object, stored->version))
        return failure;
    const AnyObject previous(*stored);
    record(ChangeOp::Update, object, &previous);
    if (m_keepObjects)
        written.append(object);
    return afterWrite(ChangeOp::Update, object);
}

// ---- address spaces and the virtualized fabric

Outcome ChangeApplier::prepare(AddressSpace &o, const AddressSpace *before)
{
    const AddressSpace *provider = space(o.associatedProviderSpaceId);
    if (o.associatedProviderSpaceId != 0 && !provider)
        return refused(
                QStringLiteral("address space %1: its provider address space no longer exists")
                        .arg(quoted(o.name)));
    if (Outcome failure = refused(rules::addressSpaceIsValid(o, provider)))
        return failure;
    if (before) {
        if (before->isDefault() && !o.isDefault())
            return refused(QStringLiteral("address space \"Default\" cannot be renamed"));
        if (before->type != o.type)
            return refused(
                    QStringLiteral("address space %1 cannot change between provider and customer")
                            .arg(quoted(before->name)));
    }
    // Only a new space's name was gathered (prefetchParents): a rename asks.
    const bool surelyFree = !before && m_spaceNamesKnown && !m_takenSpaceNames.contains(o.name);
    if (const auto other = surelyFree ? std::nullopt : m_store.spaceByName(o.name);
        other && other->id != o.id)
        return refused(
                QStringLiteral("an address space named %1 already exists").arg(quoted(o.name)));
    if (m_spaceNamesKnown)
        m_takenSpaceNames.insert(o.name);
    m_spaces.remove(o.id);
    return std::nullopt;
}

template<typename T>
void ChangeApplier::noteCreated(const T &object)
{
    if constexpr (std::is_same_v<T, AddressSpace>) {
        m_spaces.insert(object.id, object);
        m_newSpaces.insert(object.id);
    } else if constexpr (std::is_same_v<T, LogicalNetwork>) {
        m_logicalNetworks.insert(object.id, object);
    } else if constexpr (std::is_same_v<T, NetworkSite>) {
        m_sites.insert(object.id, object);
    } else if constexpr (std::is_same_v<T, VmNetwork>) {
        m_vmNetworks.insert(object.id, object);
        if (m_newSpaces.contains(object.spaceId))
            m_newSpaceVmNetworks.insert({object.spaceId, object.name});
    }
}

Outcome ChangeApplier::resolveParent(int index, Change *change) const
{
    const int parent = change->parentChange;
    const AnyObject *written = parent >= 0 && parent < index && parent < this->written.size()
            ? &this->written.at(parent)
            : nullptr;
    const ObjectId parentId = written ? storedPart(*written).id : 0;
    auto refuse = [&](const QString &why) -> Outcome {
        return Failure{WriteStatus::Refused,
                       QStringLiteral("change %1 (%2): %3")
                               .arg(index + 1)
                               .arg(describe(change->object), why)};
    };
    if (change->op != ChangeOp::Create)
        return refuse(QStringLiteral("only a create takes its parent from an earlier change"));
    if (!written || parentId == 0)
        return refuse(QStringLiteral("its parent, change %1, is not an object created before it")
                              .arg(parent + 1));
    if (Subnet *subnet = std::get_if<Subnet>(&change->object);
        subnet && std::holds_alternative<NetworkSite>(*written)) {
        subnet->siteId = parentId;
        return std::nullopt;
    }
    if (VmNetwork *network = std::get_if<VmNetwork>(&change->object);
        network && std::holds_alternative<AddressSpace>(*written)) {
        network->spaceId = parentId;
        return std::nullopt;
    }
    return refuse(QStringLiteral("change %1 is no parent it can take").arg(parent + 1));
}

Outcome ChangeApplier::afterWrite(ChangeOp op, const AddressSpace &o)
{
    // IPAM shows a customer space's VM network as a field of the space; the VM network itself
    // is an object of its own (VMM's), created here when the space names one that is missing.
    if (op == ChangeOp::Remove || o.type != AddressSpaceType::Customer || o.vmNetwork.isEmpty())
        return std::nullopt;
    if (std::exchange(m_vmNetworkFollows, false))
        return std::nullopt; // a later change of the set creates it (Change::parentChange)
    // A space created just now has no VM network yet: no need to ask (a VMM pull creates
    // thousands of customer spaces per change set).
    if (op != ChangeOp::Create && m_store.vmNetworkByName(o.id, o.vmNetwork))
        return std::nullopt;
    VmNetwork network;
    network.spaceId = o.id;
    network.name = o.vmNetwork;
    network.isolation = VmNetworkIsolation::WindowsNetworkVirtualization;
    if (Outcome failure = insert(network))
        return failure;
    noteCreated(network);
    record(ChangeOp::Create, network, nullptr);
    return std::nullopt;
}

Outcome ChangeApplier::removable(const AddressSpace &o)
{
    if (o.isDefault())
        return refused(
                QStringLiteral("address space \"Default\" always exists and cannot be removed"));
    const QVariantList id{o.id};
    const qint64 customers
            = m_store.count<AddressSpace>(QStringLiteral("provider_space_id = ?"), id);
    if (customers)
        return refused(
                QStringLiteral("address space %1 is the provider of %2 customer address space(s)")
                        .arg(quoted(o.name))
                        .arg(customers));
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("space_id = ?"), id);
    const qint64 blocks = m_store.count<Block>(QStringLiteral("space_id = ?"), id);
    const qint64 addresses = m_store.count<Address>(QStringLiteral("space_id = ?"), id);
    const qint64 networks = m_store.count<LogicalNetwork>(QStringLiteral("space_id = ?"), id);
    if (subnets + blocks + addresses + networks)
        return refused(QStringLiteral("address space %1 still holds %2 subnet(s), %3 block(s), %4 "
                                      "address(es) and %5 logical network(s)")
                               .arg(quoted(o.name))
                               .arg(subnets)
                               .arg(blocks)
                               .arg(addresses)
                               .arg(networks));
    // Its VM networks go with it (they are the space's own networks).
    for (const VmNetwork &network : m_store.select<VmNetwork>(QStringLiteral("space_id = ?"), id)) {
        if (Outcome failure = remove(network))
            return failure;
        m_vmNetworks.remove(network.id);
        record(ChangeOp::Remove, network, nullptr);
    }
    return std::nullopt;
}

Outcome ChangeApplier::prepare(LogicalNetwork &o, const LogicalNetwork *before)
{
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::LogicalNetwork)))
        return failure;
    const AddressSpace *owner = space(o.spaceId);
    if (!owner)
        return refused(QStringLiteral("logical network %1 needs an existing provider address space")
                               .arg(quoted(o.name)));
    if (owner->type != AddressSpaceType::Provider)
        return refused(QStringLiteral("logical network %1 cannot live in customer address space %2")
                               .arg(quoted(o.name), quoted(owner->name)));
    if (before && before->spaceId != o.spaceId)
        return refused(QStringLiteral("logical network %1 cannot move to another address space")
                               .arg(quoted(o.name)));
    if (const auto other = m_store.logicalNetworkByName(o.spaceId, o.name);
        other && other->id != o.id)
        return refused(QStringLiteral("address space %1 already has a logical network named %2")
                               .arg(quoted(owner->name), quoted(o.name)));
    m_logicalNetworks.remove(o.id);
    return std::nullopt;
}

Outcome ChangeApplier::removable(const LogicalNetwork &o)
{
    const QVariantList id{o.id};
    const qint64 sites = m_store.count<NetworkSite>(QStringLiteral("logical_network_id = ?"), id);
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("logical_network_id = ?"), id);
    const qint64 vmNetworks
            = m_store.count<VmNetwork>(QStringLiteral("logical_network_id = ?"), id);
    if (sites + subnets + vmNetworks)
        return refused(
                QStringLiteral("logical network %1 still has %2 network site(s), %3 assigned "
                               "subnet(s) and %4 VM network(s)")
                        .arg(quoted(o.name))
                        .arg(sites)
                        .arg(subnets)
                        .arg(vmNetworks));
    return std::nullopt;
}

Outcome ChangeApplier::prepare(NetworkSite &o, const NetworkSite *before)
{
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::NetworkSite)))
        return failure;
    if (Outcome failure = refused(rules::vlanIdsAreValid(o.vlanIds)))
        return failure;
    const LogicalNetwork *network = logicalNetwork(o.logicalNetworkId);
    if (!network)
        return refused(QStringLiteral("network site %1 needs an existing logical network")
                               .arg(quoted(o.name)));
    if (before && before->logicalNetworkId != o.logicalNetworkId)
        return refused(QStringLiteral("network site %1 cannot move to another logical network")
                               .arg(quoted(o.name)));
    const QPair<ObjectId, QString> name(o.logicalNetworkId, o.name);
    const bool surelyFree = !before && m_siteNamesKnown && !m_takenSiteNames.contains(name);
    if (const auto other = surelyFree ? std::nullopt : m_store.siteByName(name.first, name.second);
        other && other->id != o.id)
        return refused(QStringLiteral("logical network %1 already has a network site named %2")
                               .arg(quoted(network->name), quoted(o.name)));
    if (m_siteNamesKnown)
        m_takenSiteNames.insert(name);
    m_sites.remove(o.id);
    return std::nullopt;
}

Outcome ChangeApplier::removable(const NetworkSite &o)
{
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("site_id = ?"), {o.id});
    if (subnets)
        return refused(QStringLiteral("network site %1 still has %2 subnet(s); unassign them first")
                               .arg(quoted(o.name))
                               .arg(subnets));
    return std::nullopt;
}

Outcome ChangeApplier::prepare(VmNetwork &o, const VmNetwork *before)
{
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::VmNetwork)))
        return failure;
    const AddressSpace *customer = space(o.spaceId);
    if (!customer || customer->type != AddressSpaceType::Customer)
        return refused(QStringLiteral("VM network %1 belongs in a customer address space")
                               .arg(quoted(o.name)));
    if (o.logicalNetworkId != 0) {
        const LogicalNetwork *network = logicalNetwork(o.logicalNetworkId);
        if (!network)
            return refused(QStringLiteral("VM network %1: its logical network does not exist")
                                   .arg(quoted(o.name)));
        if (network->spaceId != customer->associatedProviderSpaceId)
            return refused(
                    QStringLiteral("VM network %1: logical network %2 is not in the provider "
                                   "address space of %3")
                            .arg(quoted(o.name), quoted(network->name), quoted(customer->name)));
    }
    // An update keeping its name in its space: it was unique and still is. A create in a space
    // this set created: only this set's VM networks can be there.
    const bool sameName = before && before->spaceId == o.spaceId && before->name == o.name;
    const bool newSpace = m_newSpaces.contains(o.spaceId);
    if (!before && newSpace) {
        if (m_newSpaceVmNetworks.contains({o.spaceId, o.name}))
            return refused(QStringLiteral("address space %1 already has a VM network named %2")
                                   .arg(quoted(customer->name), quoted(o.name)));
    } else if (const auto other
               = sameName ? std::nullopt : m_store.vmNetworkByName(o.spaceId, o.name);
               other && other->id != o.id)
        return refused(QStringLiteral("address space %1 already has a VM network named %2")
                               .arg(quoted(customer->name), quoted(o.name)));
    if (newSpace)
        m_newSpaceVmNetworks.insert({o.spaceId, o.name}); // moved in by an update, too
    m_vmNetworks.remove(o.id);
    return std::nullopt;
}

Outcome ChangeApplier::removable(const VmNetwork &o)
{
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("vm_network_id = ?"), {o.id});
    if (subnets)
        return refused(QStringLiteral("VM network %1 still has %2 subnet(s)")
                               .arg(quoted(o.name))
                               .arg(subnets));
    return std::nullopt;
}

// ---- blocks, subnets, ranges, addresses

Outcome ChangeApplier::prepare(Block &o, const Block *)
{
    if (!space(o.spaceId))
        return refused(QStringLiteral("block %1 needs an existing address space")
                               .arg(o.networkId.toString()));
    if (o.startAddress == IpAddress() && o.endAddress == IpAddress()) {
        o.startAddress = o.networkId.first();
        o.endAddress = o.networkId.last();
    }
    if (Outcome failure = refused(rules::blockIsValid(o)))
        return failure;
    // Blocks nest (superblocks hold sub-blocks) but never overlap partly.
    const AddressRange mine = AddressRange::of(o.networkId);
    for (const Block &other : m_store.blocksOverlapping(o.spaceId, mine)) {
        if (other.id == o.id)
            continue;
        if (other.networkId == o.networkId)
            return refused(QStringLiteral("block %1 already exists").arg(o.networkId.toString()));
        if (!other.networkId.contains(o.networkId) && !o.networkId.contains(other.networkId))
            return refused(QStringLiteral("block %1 partly overlaps block %2")
                                   .arg(o.networkId.toString(), other.networkId.toString()));
    }
    return std::nullopt;
}

Outcome ChangeApplier::prepare(Subnet &o, const Subnet *before)
{
    const QString prefix = o.networkId.toString();
    const AddressSpace *owner = space(o.spaceId);
    if (!owner)
        return refused(QStringLiteral("subnet %1 needs an existing address space").arg(prefix));
    if (o.name.isEmpty())
        o.name = prefix;
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::Subnet)))
        return failure;
    if (Outcome failure = refused(rules::networkTypeFitsSpace(o.networkType, *owner)))
        return failure;
    if (before) {
        if (Outcome failure = refused(rules::networkTypeChange(before->networkType, o.networkType)))
            return failure;
        if (before->spaceId != o.spaceId)
            return refused(
                    QStringLiteral("subnet %1 cannot move to another address space").arg(prefix));
        // Utilization is derived, never edited.
        o.assignedAddresses = before->assignedAddresses;
        o.utilizedAddresses = before->utilizedAddresses;
        if (before->networkId != o.networkId) {
            const qint64 children = m_store.count<Range>(QStringLiteral("subnet_id = ?"), {o.id})
                    + m_store.count<Address>(QStringLiteral("subnet_id = ?"), {o.id});
            if (children)
                return refused(QStringLiteral("subnet %1 holds ranges or addresses; its NetworkId "
                                              "cannot change to %2")
                                       .arg(before->networkId.toString(), prefix));
        }
    } else {
        o.assignedAddresses = AddressCount();
        o.utilizedAddresses = 0;
    }
    if (Outcome failure = refused(rules::vlanIdsAreValid(o.vlanIds)))
        return failure;

    // A site implies its logical network.
    const NetworkSite *targetSite = site(o.siteId);
    if (o.siteId != 0 && !targetSite)
        return refused(QStringLiteral("subnet %1: its network site does not exist").arg(prefix));
    if (targetSite && o.logicalNetworkId == 0)
        o.logicalNetworkId = targetSite->logicalNetworkId;
    const LogicalNetwork *target = logicalNetwork(o.logicalNetworkId);
    if (o.logicalNetworkId != 0 && !target)
        return refused(QStringLiteral("subnet %1: its logical network does not exist").arg(prefix));
    if (Outcome failure = refused(rules::subnetAssignment(o, *owner, target, targetSite)))
        return failure;

    if (owner->type == AddressSpaceType::Customer) {
        if (o.vmNetworkId == 0 && !owner->vmNetwork.isEmpty()) {
            const QPair<ObjectId, QString> key(owner->id, owner->vmNetwork);
            auto named = m_vmNetworkIdByName.find(key);
            if (named == m_vmNetworkIdByName.end()) {
                const auto network = m_store.vmNetworkByName(owner->id, owner->vmNetwork);
                named = m_vmNetworkIdByName.insert(key, network ? network->id : 0);
            }
            if (named.value() != 0)
                o.vmNetworkId = named.value();
        }
        const VmNetwork *network = vmNetwork(o.vmNetworkId);
        if (o.vmNetworkId != 0 && (!network || network->spaceId != owner->id))
            return refused(QStringLiteral("subnet %1: its VM network is not in address space %2")
                                   .arg(prefix, quoted(owner->name)));
        // The rule reads the logical network's subnets only without network virtualization.
        QList<Prefix> allowed;
        if (network && network->logicalNetworkId != 0
            && network->isolation != VmNetworkIsolation::WindowsNetworkVirtualization) {
            auto prefixes = m_logicalNetworkPrefixes.find(network->logicalNetworkId);
            if (prefixes == m_logicalNetworkPrefixes.end()) {
                QList<Prefix> list;
                for (const Subnet &s : m_store.select<Subnet>(
                             QStringLiteral("logical_network_id = ?"), {network->logicalNetworkId}))
                    list.append(s.networkId);
                prefixes = m_logicalNetworkPrefixes.insert(network->logicalNetworkId, list);
            }
            allowed = prefixes.value();
        }
        if (Outcome failure = refused(rules::customerSubnetPlacement(o, network, allowed)))
            return failure;
    } else if (o.vmNetworkId != 0) {
        return refused(QStringLiteral("subnet %1: only customer subnets belong to a VM network")
                               .arg(prefix));
    }

    if (m_bulkSubnets && !before)
        return std::nullopt; // checked for the whole set by prevalidateSubnetCreates
    if (before && before->networkId == o.networkId)
        return std::nullopt; // same prefix, same space: it overlapped nothing and still does
    if (const auto other
        = m_store.subnetOverlapping(o.spaceId, AddressRange::of(o.networkId), o.id)) {
        const QString what = other->networkId == o.networkId
                ? QStringLiteral("subnet %1 already exists in address space %2")
                          .arg(prefix, quoted(owner->name))
                : QStringLiteral("subnet %1 overlaps subnet %2 (%3) in address space %4")
                          .arg(prefix, other->networkId.toString(), quoted(other->name),
                               quoted(owner->name));
        return refused(what);
    }
    return std::nullopt;
}

Outcome ChangeApplier::removable(const Subnet &o)
{
    const qint64 ranges = m_store.count<Range>(QStringLiteral("subnet_id = ?"), {o.id});
    if (ranges)
        return refused(
                QStringLiteral("subnet %1: there are %2 range(s) associated with this subnet; "
                               "remove them first")
                        .arg(o.networkId.toString())
                        .arg(ranges));
    return std::nullopt;
}

Outcome ChangeApplier::afterWrite(ChangeOp op, const Subnet &o)
{
    if (op != ChangeOp::Create || o.logicalNetworkId != 0)
        m_logicalNetworkPrefixes.clear();
    if (op == ChangeOp::Create) {
        if (const auto shapes = m_geometry.find(o.spaceId); shapes != m_geometry.end()) {
            Subnet shape;
            shape.id = o.id;
            shape.spaceId = o.spaceId;
            shape.networkId = o.networkId;
            shapes->second.subnets.insert_or_assign(geometryKey(o.networkId.first()), shape);
        }
    } else {
        forgetGeometry(o.spaceId);
    }
    QString error;
    bool ok = true;
    int adopted = 0;
    if (op == ChangeOp::Remove) {
        // Its addresses stay, unmapped, as IPAM keeps them.
        ok = run(QStringLiteral("UPDATE ip_address SET subnet_id = NULL, range_id = NULL WHERE "
                                "subnet_id = ?"),
                 {o.id}, &error);
    } else if (spaceHasUnmappedAddresses(o.spaceId)) {
        // Unmapped addresses of the space that fall inside the subnet now belong to it.
        ok = run(QStringLiteral("UPDATE ip_address SET subnet_id = ? WHERE subnet_id IS NULL AND "
                                "space_id = ? AND family = ? AND ip >= ? AND ip <= ?"),
                 {o.id, o.spaceId, familyNumber(o.networkId.family()),
                  o.networkId.first().toBytes(), o.networkId.last().toBytes()},
                 &error, &adopted);
        if (ok && adopted != 0)
            m_touchedSubnets.insert(o.id);
    }
    if (!ok)
        return Failure{WriteStatus::Failed,
                       QStringLiteral("subnet %1: %2").arg(o.networkId.toString(), error)};
    return std::nullopt;
}

Outcome ChangeApplier::prepare(Range &o, const Range *before)
{
    const Parsed<AddressRange> bounds = AddressRange::make(o.startAddress, o.endAddress);
    if (!bounds)
        return refused(bounds.error());
    const QString text = bounds.value().toString();
    if (!space(o.spaceId))
        return refused(QStringLiteral("range %1 needs an existing address space").arg(text));
    // A create in a change set of many (prepareRangeCreates) asks the in-memory maps.
    SpaceGeometry *shapes = nullptr;
    if (m_bulkRanges && !before) {
        QString error;
        shapes = geometry(o.spaceId, &error);
        if (!shapes)
            return Failure{WriteStatus::Failed, QStringLiteral("range %1: %2").arg(text, error)};
    }
    const std::optional<Subnet> subnet = shapes
            ? containingSubnet(*shapes, bounds.value())
            : m_store.subnetContaining(o.spaceId, bounds.value());
    if (!subnet)
        return refused(
                QStringLiteral("no subnet exists corresponding to the range %1 in address space %2")
                        .arg(text, quoted(space(o.spaceId)->name)));
    if (o.subnetId != 0 && o.subnetId != subnet->id)
        return refused(QStringLiteral("range %1 does not lie in its subnet").arg(text));
    o.subnetId = subnet->id;
    if (Outcome failure = refused(rules::rangeFitsSubnet(o, *subnet)))
        return failure;
    if (Outcome failure = refused(rules::normalizeGateways(o)))
        return failure;
    std::optional<std::pair<IpAddress, IpAddress>> other;
    if (shapes) {
        other = overlappingRange(*shapes, bounds.value());
    } else if (const auto range = m_store.rangeOverlapping(o.spaceId, bounds.value(), o.id)) {
        other.emplace(range->startAddress, range->endAddress);
    }
    if (other) {
        return refused(QStringLiteral("range %1 overlaps range %2-%3 in subnet %4")
                               .arg(text, other->first.toString(), other->second.toString(),
                                    subnet->networkId.toString()));
    }
    if (o.managedByService.isEmpty() || o.serviceInstance.isEmpty())
        return refused(
                QStringLiteral("range %1 needs ManagedByService and ServiceInstance").arg(text));
    if (o.managedByService.compare(QLatin1String("MS DHCP"), Qt::CaseInsensitive) == 0)
        return refused(
                QStringLiteral("range %1: ManagedByService \"MS DHCP\" is reserved for discovered "
                               "DHCP scopes")
                        .arg(text));
    o.utilizedAddresses = before ? before->utilizedAddresses : 0;
    if (shapes) // the next ranges of the set must not overlap this one
        shapes->ranges.insert_or_assign(geometryKey(o.startAddress),
                                        std::pair(o.startAddress, o.endAddress));
    if (before)
        m_touchedSubnets.insert(before->subnetId);
    m_touchedSubnets.insert(o.subnetId);
    return std::nullopt;
}

ChangeApplier::SpaceGeometry *ChangeApplier::geometry(ObjectId spaceId, QString *error)
{
    if (m_geometry.find(spaceId) == m_geometry.end() && !loadGeometry({spaceId}, error))
        return nullptr;
    return &m_geometry.at(spaceId);
}

bool ChangeApplier::loadGeometry(const QList<ObjectId> &spaceIds, QString *error)
{
    // 500 spaces per query (a VMM pull's pools lie in thousands of small customer spaces),
    // read in index order so that each row appends at its map's end.
    constexpr int perStatement = 500;
    for (qsizetype i = 0; i < spaceIds.size(); i += perStatement) {
        const QList<ObjectId> part = spaceIds.mid(i, perStatement);
        const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
        for (const ObjectId spaceId : part)
            m_geometry.insert_or_assign(spaceId, SpaceGeometry());
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
                    auto &map = m_geometry.at(spaceId).subnets;
                    map.emplace_hint(map.end(), geometryKey(first), std::move(shape));
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
                    auto &map = m_geometry.at(row.value(0).toLongLong()).ranges;
                    map.emplace_hint(map.end(), geometryKey(start), std::pair(start, end));
                });
        if (!rangesRead)
            return false;
    }
    return true;
}

// Store::subnetContaining over the map: the subnet starting nearest at or below the range's
// end is the only candidate (a space's subnets are disjoint).
std::optional<Subnet> ChangeApplier::containingSubnet(const SpaceGeometry &shapes,
                                                      const AddressRange &range)
{
    auto next = shapes.subnets.upper_bound(geometryKey(range.last()));
    if (next == shapes.subnets.begin())
        return std::nullopt;
    const auto &[key, subnet] = *std::prev(next);
    if (key.first != familyNumber(range.family()) || !subnet.networkId.contains(range.first())
        || !subnet.networkId.contains(range.last()))
        return std::nullopt;
    return subnet;
}

// Store::rangeOverlapping over the map, by the same reasoning.
std::optional<std::pair<IpAddress, IpAddress>> ChangeApplier::overlappingRange(
        const SpaceGeometry &shapes, const AddressRange &range)
{
    auto next = shapes.ranges.upper_bound(geometryKey(range.last()));
    if (next == shapes.ranges.begin())
        return std::nullopt;
    const auto &[key, bounds] = *std::prev(next);
    if (key.first != familyNumber(range.family()) || bounds.second < range.first())
        return std::nullopt;
    return bounds;
}

Outcome ChangeApplier::prepareRangeCreates(const ChangeSet &changes)
{
    int creates = 0;
    QList<ObjectId> spaceIds;
    QSet<ObjectId> seen;
    for (const Change &change : changes.changes) {
        if (change.op != ChangeOp::Create || !std::holds_alternative<Range>(change.object))
            continue;
        ++creates;
        const ObjectId spaceId = std::get<Range>(change.object).spaceId;
        if (!seen.contains(spaceId)) {
            seen.insert(spaceId);
            spaceIds.append(spaceId);
        }
    }
    m_bulkRanges = creates >= bulkThreshold;
    // Read before any change of the set is applied: the maps then follow the set's writes.
    QString error;
    if (m_bulkRanges && !loadGeometry(spaceIds, &error))
        return Failure{WriteStatus::Failed, error};
    return std::nullopt;
}

Outcome ChangeApplier::afterWrite(ChangeOp op, const Range &o)
{
    // Skipped where they cannot match (a VMM pull creates tens of thousands of ranges): no
    // address refers to a range just created, and a space without addresses has none to map.
    QString error;
    bool ok = op == ChangeOp::Create
            || run(QStringLiteral("UPDATE ip_address SET range_id = NULL WHERE range_id = ?"),
                   {o.id}, &error);
    if (ok && op != ChangeOp::Remove && spaceHasAddresses(o.spaceId)) {
        ok = run(QStringLiteral(
                         "UPDATE ip_address SET range_id = ? WHERE subnet_id = ? AND ip >= ? AND "
                         "ip <= ? AND managed_by_service = ? AND service_instance = ?"),
                 {o.id, o.subnetId, o.startAddress.toBytes(), o.endAddress.toBytes(),
                  o.managedByService, o.serviceInstance},
                 &error);
    }
    // A range created where no address can map to it keeps its count of 0: no recount.
    if (op == ChangeOp::Update || (op == ChangeOp::Create && spaceHasAddresses(o.spaceId)))
        m_touchedRanges.insert(o.id);
    m_touchedSubnets.insert(o.subnetId);
    if (!ok)
        return Failure{WriteStatus::Failed, QStringLiteral("range: %1").arg(error)};
    return std::nullopt;
}

Outcome ChangeApplier::prepare(Address &o, const Address *before)
{
    const QString ip = o.ipAddress.toString();
    const AddressSpace *owner = space(o.spaceId);
    if (!owner)
        return refused(QStringLiteral("address %1 needs an existing address space").arg(ip));
    m_spaceHasAddresses.insert(o.spaceId, true); // ranges written after it may map it
    if (Outcome failure = refused(rules::textIsPrintable(
                o.deviceName, QStringLiteral("address %1 device name").arg(ip))))
        return failure;
    if (o.managedByService.isEmpty() || o.serviceInstance.isEmpty())
        return refused(
                QStringLiteral("address %1 needs ManagedByService and ServiceInstance").arg(ip));
    for (const Address &other : m_store.addressesByIp(o.spaceId, o.ipAddress)) {
        if (other.id != o.id && other.managedByService == o.managedByService
            && other.serviceInstance == o.serviceInstance)
            return refused(
                    QStringLiteral("address %1 already exists in address space %2 (managed by %3 "
                                   "%4)")
                            .arg(ip, quoted(owner->name), o.managedByService, o.serviceInstance));
    }
    const IpAddress a = o.ipAddress;
    const std::optional<Subnet> subnet
            = m_store.subnetContaining(o.spaceId, AddressRange::make(a, a).value());
    o.subnetId = subnet ? subnet->id : 0;
    if (!subnet) // a subnet created after it in this change set adopts it
        m_unmappedAddresses.insert(o.spaceId, true);
    o.rangeId = 0;
    if (subnet) {
        if (const auto range
            = m_store.rangeContaining(subnet->id, a, o.managedByService, o.serviceInstance))
            o.rangeId = range->id;
    }
    if (before) {
        m_touchedSubnets.insert(before->subnetId);
        m_touchedRanges.insert(before->rangeId);
    }
    m_touchedSubnets.insert(o.subnetId);
    m_touchedRanges.insert(o.rangeId);
    return std::nullopt;
}

bool ChangeApplier::spaceHasAddresses(ObjectId spaceId)
{
    auto it = m_spaceHasAddresses.find(spaceId);
    if (it == m_spaceHasAddresses.end()) {
        const bool any = m_store.count<Address>(QStringLiteral("space_id = ?"), {spaceId}) > 0;
        it = m_spaceHasAddresses.insert(spaceId, any);
    }
    return it.value();
}

bool ChangeApplier::spaceHasUnmappedAddresses(ObjectId spaceId)
{
    auto it = m_unmappedAddresses.find(spaceId);
    if (it == m_unmappedAddresses.end()) {
        const bool any = m_store.count<Address>(
                                 QStringLiteral("space_id = ? AND subnet_id IS NULL"), {spaceId})
                > 0;
        it = m_unmappedAddresses.insert(spaceId, any);
    }
    return it.value();
}

template<typename T>
void prefetch(QHash<ObjectId, std::optional<T>> &cache, Store &store, const QSet<ObjectId> &ids)
{
    QVariantList part;
    auto flush = [&] {
        if (part.isEmpty())
            return;
        const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
        for (const T &object :
             store.select<T>(QStringLiteral("id IN (%1)").arg(marks), part, QString()))
            cache.insert(object.id, object);
        part.clear();
    };
    for (const ObjectId id : ids) {
        if (id == 0 || cache.contains(id))
            continue;
        part.append(id);
        if (part.size() == 500)
            flush();
    }
    flush();
}

void ChangeApplier::prefetchAddressPresence(const QSet<ObjectId> &spaceIds,
                                            const QString &condition, QHash<ObjectId, bool> &known)
{
    QList<ObjectId> ids;
    for (const ObjectId id : spaceIds) {
        if (id != 0 && !known.contains(id))
            ids.append(id);
    }
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        const QList<ObjectId> part = ids.mid(i, 500);
        QSqlQuery &query = m_db.prepared(
                QStringLiteral("SELECT DISTINCT space_id FROM ip_address WHERE %1space_id IN (%2)")
                        .arg(condition,
                             QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (qsizetype b = 0; b < part.size(); ++b)
            query.bindValue(int(b), part.at(b));
        if (!exec(query, nullptr))
            return; // then each space is asked on its own, as without this
        QSet<ObjectId> holding;
        while (query.next())
            holding.insert(query.value(0).toLongLong());
        query.finish();
        for (const ObjectId id : part)
            known.insert(id, holding.contains(id));
    }
}

void ChangeApplier::prefetchParents(const ChangeSet &changes)
{
    if (changes.changes.size() < 100)
        return; // a few lookups are cheaper than gathering
    QSet<ObjectId> spaces;
    QSet<ObjectId> logicalNetworks;
    QSet<ObjectId> sites;
    QSet<ObjectId> vmNetworks;
    QSet<ObjectId> storedVmNetworks;
    QStringList newSpaceNames;
    QStringList newSiteNames;
    QSet<ObjectId> rangeSpaces;  // of new ranges: map addresses to them?
    QSet<ObjectId> subnetSpaces; // of new subnets: adopt unmapped addresses?
    for (const Change &change : changes.changes) {
        std::visit(
                [&](const auto &o) {
                    using T = std::decay_t<decltype(o)>;
                    if constexpr (std::is_same_v<T, AddressSpace>) {
                        spaces.insert(o.associatedProviderSpaceId);
                        if (change.op == ChangeOp::Create)
                            newSpaceNames.append(o.name);
                    } else if constexpr (std::is_same_v<T, NetworkSite>) {
                        logicalNetworks.insert(o.logicalNetworkId);
                        if (change.op == ChangeOp::Create)
                            newSiteNames.append(o.name);
                    } else {
                        spaces.insert(o.spaceId);
                        if constexpr (std::is_same_v<T, VmNetwork>) {
                            logicalNetworks.insert(o.logicalNetworkId);
                            if (change.op != ChangeOp::Create)
                                storedVmNetworks.insert(o.id);
                        }
                        if (change.op == ChangeOp::Create) {
                            if constexpr (std::is_same_v<T, Range>)
                                rangeSpaces.insert(o.spaceId);
                            if constexpr (std::is_same_v<T, Subnet>)
                                subnetSpaces.insert(o.spaceId);
                        }
                        if constexpr (std::is_same_v<T, Subnet>) {
                            logicalNetworks.insert(o.logicalNetworkId);
                            sites.insert(o.siteId);
                            vmNetworks.insert(o.vmNetworkId);
                        }
                    }
                },
                change.object);
    }
    prefetch(m_spaces, m_store, spaces);
    prefetch(m_logicalNetworks, m_store, logicalNetworks);
    prefetch(m_sites, m_store, sites);
    prefetch(m_vmNetworks, m_store, vmNetworks);
    prefetch(m_prefetchedVmNetworks, m_store, storedVmNetworks);
    // Read before any change applies, as the per-space lookups would be on first use; the
    // changes keep them current (prepare(Address) marks its space).
    prefetchAddressPresence(rangeSpaces, QString(), m_spaceHasAddresses);
    prefetchAddressPresence(subnetSpaces, QStringLiteral("subnet_id IS NULL AND "),
                            m_unmappedAddresses);
    m_siteNamesKnown = forEachNamed(
            QStringLiteral("SELECT logical_network_id, name FROM network_site WHERE name IN (%1)"),
            newSiteNames, [this](const auto &row) {
                m_takenSiteNames.insert({row.value(0).toLongLong(), row.value(1).toString()});
            });
    m_spaceNamesKnown = forEachNamed(
            QStringLiteral("SELECT name FROM address_space WHERE name IN (%1)"), newSpaceNames,
            [this](const auto &row) { m_takenSpaceNames.insert(row.value(0).toString()); });
}

void ChangeApplier::prefetchSubnets(const ChangeSet &changes)
{
    QVariantList ids;
    auto flush = [&] {
        if (ids.isEmpty())
            return;
        QStringList marks(ids.size(), QStringLiteral("?"));
        for (const Subnet &subnet :
             m_store.select<Subnet>(QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(','))),
                                    ids, QString()))
            m_prefetchedSubnets.insert(subnet.id, subnet);
        ids.clear();
    };
    for (const Change &change : changes.changes) {
        if (change.op == ChangeOp::Create || !std::holds_alternative<Subnet>(change.object))
            continue;
        ids.append(std::get<Subnet>(change.object).id);
        if (ids.size() == 500)
            flush();
    }
    flush();
}

Outcome ChangeApplier::prevalidateSubnetCreates(const ChangeSet &changes, int *failedChange)
{
    struct Interval
    {
        uint128 first;
        uint128 last;
        int change; // -1 for a stored subnet
        ObjectId storedId;
    };
    // (space, family) -> the new subnets, then merged with the stored ones.
    QHash<QPair<ObjectId, int>, std::vector<Interval>> groups;
    int creates = 0;
    for (int i = 0; i < changes.changes.size(); ++i) {
        const Change &change = changes.changes.at(i);
        if (change.op != ChangeOp::Create || !std::holds_alternative<Subnet>(change.object))
            continue;
        const Subnet &subnet = std::get<Subnet>(change.object);
        groups[{subnet.spaceId, familyNumber(subnet.networkId.family())}].push_back(
                {subnet.networkId.first().value(), subnet.networkId.last().value(), i, 0});
        ++creates;
    }
    if (creates < bulkThreshold)
        return std::nullopt;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        std::vector<Interval> &intervals = it.value();
        const Family family = it.key().second == 6 ? Family::V6 : Family::V4;
        QSqlQuery &query = m_db.prepared(QStringLiteral(
                "SELECT id, lo, hi FROM ip_subnet WHERE space_id = ? AND family = ?"));
        query.bindValue(0, it.key().first);
        query.bindValue(1, it.key().second);
        if (!query.exec())
            return Failure{WriteStatus::Failed, Database::describe(query.lastError())};
        while (query.next()) {
            intervals.push_back({IpAddress::fromBytes(family, query.value(1).toByteArray()).value(),
                                 IpAddress::fromBytes(family, query.value(2).toByteArray()).value(),
                                 -1, query.value(0).toLongLong()});
        }
        query.finish();
        std::sort(intervals.begin(), intervals.end(),
                  [](const Interval &a, const Interval &b) { return a.first < b.first; });
        // Sorted by start, a set of intervals is disjoint iff each starts after the furthest
        // end seen before it; report the later change of the first clash.
        const Interval *reach = nullptr;
        for (const Interval &interval : intervals) {
            if (reach && interval.first <= reach->last) {
                const bool newer = interval.change > reach->change;
                const Interval &offender = newer ? interval : *reach;
                const Interval &other = newer ? *reach : interval;
                *failedChange = offender.change;
                const Subnet &subnet = std::get<Subnet>(changes.changes.at(offender.change).object);
                const AddressSpace *owner = space(subnet.spaceId);
                QString otherText;
                if (other.change >= 0) {
                    otherText = std::get<Subnet>(changes.changes.at(other.change).object)
                                        .networkId.toString();
                } else if (const auto stored = m_store.get<Subnet>(other.storedId)) {
                    otherText = stored->networkId.toString();
                }
                const bool same = interval.first == reach->first && interval.last == reach->last;
                return refused(
                        same ? QStringLiteral("subnet %1 already exists in address space %2")
                                        .arg(subnet.networkId.toString(),
                                             quoted(owner ? owner->name : QString()))
                             : QStringLiteral("subnet %1 overlaps subnet %2 in address space %3")
                                        .arg(subnet.networkId.toString(), otherText,
                                             quoted(owner ? owner->name : QString())));
            }
            if (!reach || interval.last > reach->last)
                reach = &interval;
        }
    }
    m_bulkSubnets = true;
    return std::nullopt;
}

Outcome ChangeApplier::flushPendingSubnets()
{
    if (m_pendingSubnets.isEmpty())
        return std::nullopt;
    if (!m_db.isPostgreSql()) {
        if (!m_sqliteInsert)
            m_sqliteInsert = std::make_unique<SqliteBulkInsert>(m_db);
        if (m_sqliteInsert->isAvailable()) {
            // Inserting in key order keeps the (space, family, lo) index appending at its
            // right edge instead of touching random pages: a third faster for a shuffled file.
            std::vector<Subnet *> order;
            order.reserve(m_pendingSubnets.size());
            for (Subnet &subnet : m_pendingSubnets)
                order.push_back(&subnet);
            std::sort(order.begin(), order.end(), [](const Subnet *a, const Subnet *b) {
                return std::tuple(a->spaceId, a->networkId.first())
                        < std::tuple(b->spaceId, b->networkId.first());
            });
            QString error;
            if (!m_sqliteInsert->insert(order, m_nowMs, &error))
                return error.contains(QLatin1String("constraint"), Qt::CaseInsensitive)
                        ? refused(QStringLiteral("refused by the database: ") + error)
                        : Failure{WriteStatus::Failed, error};
            return recordPendingSubnets();
        }
    }
    const int rows = int(m_pendingSubnets.size());
    const QStringList &columns = ObjectTable<Subnet>::columns();
    const QString row = QLatin1Char('(')
            + QStringList(columns.size() + 2, QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
    const QString sql = QStringLiteral("INSERT INTO ip_subnet (version, modified_ms, %1) VALUES %2 "
                                       "RETURNING id, space_id, family, lo")
                                .arg(columns.join(QStringLiteral(", ")),
                                     QStringList(rows, row).join(QLatin1Char(',')));
    QSqlQuery &query = m_db.prepared(sql);
    for (const Subnet &subnet : std::as_const(m_pendingSubnets)) {
        query.addBindValue(1);
        query.addBindValue(m_nowMs);
        ObjectTable<Subnet>::bind(query, subnet);
    }
    if (!query.exec()) {
        Outcome failure = sqlFailure(query, m_pendingSubnets.constFirst());
        query.finish();
        return failure;
    }
    // RETURNING's row order is not promised, so match the ids back by the unique key.
    QHash<QPair<ObjectId, QByteArray>, ObjectId> ids;
    while (query.next()) {
        QByteArray key = query.value(3).toByteArray();
        key.prepend(char(query.value(2).toInt()));
        ids.insert({query.value(1).toLongLong(), key}, query.value(0).toLongLong());
    }
    query.finish();
    for (Subnet &subnet : m_pendingSubnets) {
        QByteArray key = subnet.networkId.first().toBytes();
        key.prepend(char(familyNumber(subnet.networkId.family())));
        subnet.id = ids.value({subnet.spaceId, key});
        subnet.version = 1;
        subnet.lastModifiedMs = m_nowMs;
    }
    return recordPendingSubnets();
}

Outcome ChangeApplier::recordPendingSubnets()
{
    for (const Subnet &subnet : std::as_const(m_pendingSubnets)) {
        record(ChangeOp::Create, subnet, nullptr);
        if (m_keepObjects)
            written.append(subnet);
        if (Outcome failure = afterWrite(ChangeOp::Create, subnet))
            return failure;
    }
    m_pendingSubnets.clear();
    return std::nullopt;
}

Outcome ChangeApplier::finish()
{
    if (Outcome failure = flushPendingSubnets())
        return failure;
    QString error;
    m_touchedRanges.remove(0);
    m_touchedSubnets.remove(0);
    // Recounted 500 objects per statement rather than a few statements each: a VMM pull or an
    // import writes thousands of ranges per change set, each touching its subnet.
    constexpr int perStatement = 500;
    auto inList = [](const QList<ObjectId> &ids, QVariantList *binds) {
        binds->clear();
        for (const ObjectId id : ids)
            binds->append(id);
        return QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    };
    QVariantList binds;
    const QList<ObjectId> ranges(m_touchedRanges.cbegin(), m_touchedRanges.cend());
    for (qsizetype i = 0; i < ranges.size(); i += perStatement) {
        const QString marks = inList(ranges.mid(i, perStatement), &binds);
        if (!run(QStringLiteral("UPDATE ip_range SET utilized_addresses = (SELECT count(*) FROM "
                                "ip_address WHERE ip_address.range_id = ip_range.id) WHERE id IN "
                                "(%1)")
                         .arg(marks),
                 binds, &error))
            return Failure{WriteStatus::Failed, error};
    }
    const QList<ObjectId> subnets(m_touchedSubnets.cbegin(), m_touchedSubnets.cend());
    for (qsizetype i = 0; i < subnets.size(); i += perStatement) {
        const QList<ObjectId> part = subnets.mid(i, perStatement);
        const QString marks = inList(part, &binds);
        QHash<ObjectId, Subnet> stored; // absent: removed in this change set
        for (const Subnet &subnet :
             m_store.select<Subnet>(QStringLiteral("id IN (%1)").arg(marks), binds, QString()))
            stored.insert(subnet.id, subnet);
        // Only the bounds of the subnets' ranges: a pull's batch touches thousands of subnets.
        QHash<ObjectId, AddressCount> assignedOf;
        const bool bounded = forEachRow(
                m_db,
                QStringLiteral("SELECT subnet_id, family, lo, hi FROM ip_range WHERE subnet_id IN "
                               "(%1)")
                        .arg(marks),
                binds, &error, [&assignedOf](const auto &row) {
                    const Family family = row.value(1).toInt() == 6 ? Family::V6 : Family::V4;
                    assignedOf[row.value(0).toLongLong()]
                            += AddressRange::make(
                                       IpAddress::fromBytes(family, row.value(2).toByteArray()),
                                       IpAddress::fromBytes(family, row.value(3).toByteArray()))
                                       .value()
                                       .size();
                });
        if (!bounded)
            return Failure{WriteStatus::Failed, error};
        QHash<ObjectId, qint64> utilizedOf;
        const bool counted = forEachRow(
                m_db,
                QStringLiteral("SELECT subnet_id, count(*) FROM ip_address WHERE subnet_id IN (%1) "
                               "GROUP BY subnet_id")
                        .arg(marks),
                binds, &error, [&utilizedOf](const auto &row) {
                    utilizedOf.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
                });
        if (!counted)
            return Failure{WriteStatus::Failed, error};
        for (const ObjectId subnetId : part) {
            const auto found = stored.find(subnetId);
            if (found == stored.end())
                continue;
            Subnet &subnet = found.value();
            const AddressCount assigned = assignedOf.value(subnetId);
            const qint64 utilized = utilizedOf.value(subnetId);
            if (assigned == subnet.assignedAddresses && utilized == subnet.utilizedAddresses)
                continue;
            if (!run(QStringLiteral(
                             "UPDATE ip_subnet SET assigned_addresses = ?, utilized_addresses = ? "
                             "WHERE id = ?"),
                     {assigned.toString(), utilized, subnetId}, &error))
                return Failure{WriteStatus::Failed, error};
            subnet.assignedAddresses = assigned;
            subnet.utilizedAddresses = utilized;
            // A derived update: no version bump (nobody edited the subnet), but listeners must
            // show the new utilization.
            event.items.append({ChangeOp::Update, ObjectKind::Subnet, subnet.id, subnet.version});
            if (m_keepObjects)
                event.objects.append(subnet);
        }
    }
    return std::nullopt;
}

QString summarize(const ChangeSet &changes)
{
    if (changes.changes.isEmpty())
        return QString();
    QString text = describe(changes.changes.constFirst().object);
    if (changes.changes.size() > 1)
        text += QStringLiteral(" and %1 more").arg(changes.changes.size() - 1);
    return text;
}

QString defaultLabel(const ChangeSet &changes)
{
    if (!changes.label.isEmpty() || changes.changes.isEmpty())
        return changes.label;
    const Change &first = changes.changes.constFirst();
    return toString(operationFor(first.op, kindOf(first.object)));
}

} // namespace

WritePath::WritePath(std::shared_ptr<Database> database, Principal principal, QObject *parent)
    : QObject(parent)
    , m_store(std::move(database))
    , m_principal(std::move(principal))
    , m_authorizer(std::make_shared<AllowEverything>())
{
    qRegisterMetaType<ipam::ChangeEvent>();
}

WritePath::~WritePath() = default;

void WritePath::setAuthorizer(std::shared_ptr<Authorizer> authorizer)
{
    m_authorizer = authorizer ? std::move(authorizer) : std::make_shared<AllowEverything>();
}

qint64 WritePath::writeAudit(qint64 nowMs, const QString &label, const QString &object,
                             const QString &outcome, const QString &before, const QString &after,
                             QString *error, const QString &changeItems)
{
    // On PostgreSQL no login may write the audit log but through its function, which records
    // the session's login as the principal (the owner's own value passes).
    QSqlQuery &query = database().prepared(
            database().isPostgreSql()
                    ? QStringLiteral("SELECT ipam_append_audit(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    : QStringLiteral("INSERT INTO audit_log (at_ms, principal, operation, object, "
                                     "outcome, before_json, after_json, change_origin, "
                                     "change_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"));
    for (const QVariant &v : QVariantList{nowMs, m_principal.name, label, object, outcome, before,
                                          after, processOrigin(), changeItems}) {
        // A null QString would bind as SQL NULL into a NOT NULL column.
        const bool nullText
                = v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
    qint64 id = 0;
    if (query.exec() && query.next())
        id = query.value(0).toLongLong();
    else if (error)
        *error = Database::describe(query.lastError());
    query.finish();
    return id;
}

WriteResult WritePath::submit(const AdministrativeChange &change)
{
    WriteResult result;
    Database &db = m_store.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    if (!db.beginWrite(&error)) {
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("cannot start a transaction: ") + error;
        return result;
    }
    m_authorizer->beginChangeSet(db);
    for (const AdministrativeChange::Requirement &r : change.requirements) {
        const Verdict verdict
                = m_authorizer->authorizeInScope(m_principal, r.operation, r.scopeId, r.object);
        if (verdict)
            continue;
        db.rollback();
        result.status = WriteStatus::Denied;
        result.message = verdict.reason();
        if (db.beginWrite(&error)) {
            writeAudit(now, change.label, change.object, QStringLiteral("denied"), QString(),
                       result.message, &error);
            db.commit(&error);
        }
        return result;
    }
    QJsonArray before;
    QJsonArray after;
    QList<ObjectRef> touched;
    if (change.apply) {
        result = change.apply(db, before, after, touched);
        if (!result.ok()) {
            db.rollback();
            return result;
        }
    }
    auto json = [](const QJsonArray &array) {
        return array.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    ChangeEvent event;
    for (const ObjectRef &ref : std::as_const(touched)) {
        if (std::optional<AnyObject> object = m_store.get(ref.kind, ref.id)) {
            event.items.append({ChangeOp::Update, ref.kind, ref.id, storedPart(*object).version});
            event.objects.append(*object);
        }
    }
    const qint64 auditId = writeAudit(now, change.label, change.object, QStringLiteral("committed"),
                                      json(before), json(after), &error, encodeChangeItems(event));
    if (auditId == 0) {
        db.rollback();
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("cannot write the audit log: ") + error;
        return result;
    }
    event.auditId = auditId;
    if (!announceChanges(db, event, &error)) {
        db.rollback();
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("cannot announce the change: ") + error;
        return result;
    }
    if (!db.commit(&error)) {
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("commit failed: ") + error;
        return result;
    }
    result.auditId = auditId;
    result.objects = event.objects;
    event.principal = m_principal.name;
    event.label = change.label;
    event.auditId = auditId;
    Q_EMIT committed(event);
    return result;
}

WriteResult WritePath::submit(const ChangeSet &changes)
{
    WriteResult result;
    Database &db = m_store.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString label = defaultLabel(changes);
    const QString object = summarize(changes);
    if (changes.isEmpty())
        return result;

    QString error;
    if (!db.beginWrite(&error)) {
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("cannot start a transaction: ") + error;
        return result;
    }
    m_authorizer->beginChangeSet(db);
    const bool keepObjects = changes.changes.size() <= maxObjectsInEvent;
    ChangeApplier applier(m_store, m_principal, *m_authorizer, now, keepObjects);
    applier.prefetchSubnets(changes);
    applier.prefetchParents(changes);
    Outcome failure = applier.prepareRangeCreates(changes);
    if (!failure)
        failure = applier.prevalidateSubnetCreates(changes, &result.failedChange);
    const QList<Change> &list = changes.changes;
    for (int i = 0; i < list.size() && !failure; ++i) {
        const Change &change = list.at(i);
        // A customer space whose VM network the next change creates, naming the space as its
        // parent, does not get one by name as well.
        if (const AddressSpace *space = std::get_if<AddressSpace>(&change.object);
            space && change.op == ChangeOp::Create && i + 1 < list.size()) {
            const Change &next = list.at(i + 1);
            const VmNetwork *network = std::get_if<VmNetwork>(&next.object);
            applier.m_vmNetworkFollows = network && next.parentChange == i
                    && next.op == ChangeOp::Create && network->name == space->vmNetwork;
        }
        if (change.parentChange >= 0) {
            Change resolved = change;
            failure = applier.resolveParent(i, &resolved);
            if (!failure)
                failure = applier.apply(resolved);
        } else {
            failure = applier.apply(change);
        }
        if (failure)
            result.failedChange = i;
    }
    if (!failure)
        failure = applier.finish();
    if (!failure && changes.inTransaction) {
        // The caller's own rows, in the same transaction as the objects (ChangeSet).
        if (const QString hookError = changes.inTransaction(db, applier.written);
            !hookError.isEmpty())
            failure = Failure{WriteStatus::Failed, hookError};
    }

    auto writeAudit = [&](const QString &outcome, const QString &before, const QString &after,
                          const QString &changeItems = QString()) {
        return this->writeAudit(now, label, object, outcome, before, after, &error, changeItems);
    };

    if (failure) {
        db.rollback();
        result.status = failure->status;
        result.message = failure->message;
        if (failure->status == WriteStatus::Denied) {
            // A refusal for lack of rights is itself worth auditing, in its own transaction.
            if (db.beginWrite(&error)) {
                writeAudit(QStringLiteral("denied"), QString(), failure->message);
                db.commit(&error);
            }
        }
        return result;
    }

    auto json = [&applier](const QJsonArray &array) {
        const QString objects
                = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        if (applier.event.items.size() <= maxObjectsInAudit)
            return objects;
        return QStringLiteral("{\"count\":%1,\"first\":%2}")
                .arg(applier.event.items.size())
                .arg(objects);
    };
    qint64 auditId = writeAudit(QStringLiteral("committed"), json(applier.before),
                                json(applier.after), encodeChangeItems(applier.event));
    if (auditId != 0
        && !writeAuditObjects(db, auditId, auditObjectKeys(applier.event.items), &error))
        auditId = 0;
    if (auditId == 0) {
        db.rollback();
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("cannot write the audit log: ") + error;
        return result;
    }
    applier.event.auditId = auditId;
    // Other consoles learn of it after COMMIT (PostgreSQL delivers NOTIFY only then).
    if (!announceChanges(db, applier.event, &error)) {
        db.rollback();
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("cannot announce the change: ") + error;
        return result;
    }
    if (!db.commit(&error)) {
        result.status = WriteStatus::Failed;
        result.message = QStringLiteral("commit failed: ") + error;
        return result;
    }
    result.auditId = auditId;
    result.objects = std::move(applier.written);
    ChangeEvent event = std::move(applier.event);
    event.principal = m_principal.name;
    event.label = label;
    event.auditId = auditId;
    Q_EMIT committed(event);
    return result;
}

} // namespace ipam
