#include "changeapplier.h"

#include "domain/objectproperties.h"
#include "history/utilizationthreshold.h"
#include "store/multirowwriter.h"
#include "write/applyoutcome.h"
#include "write/writepath.h"

#include <numeric>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

using namespace applying;

namespace {

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

} // namespace

ChangeApplier::ChangeApplier(Store &store, const Principal &principal, Authorizer &authorizer,
                             qint64 nowMs, bool keepObjects)
    : m_store(store)
    , m_db(store.database())
    , m_principal(principal)
    , m_authorizer(authorizer)
    , m_keepObjects(keepObjects)
    , m_writer(store.database(), nowMs)
    , m_parents(store)
    , m_geometry(store.database())
    , m_validator(store, m_parents, m_geometry, m_recount, m_bulkSubnets)
    , m_fields(store.database())
{
    m_nowMs = nowMs;
    // A refusal by one of the database's constraints names the space as the checks would.
    m_writer.setSpaceNames([this](ObjectId spaceId) {
        const AddressSpace *space = m_parents.space(spaceId);
        return space ? space->name : QString();
    });
}

void ChangeApplier::prefetch(const ChangeSet &changes)
{
    m_parents.prefetchSubnets(changes);
    m_parents.prefetchParents(changes);
}

Outcome ChangeApplier::prepareBulk(const ChangeSet &changes, int *failedChange)
{
    if (Outcome failure = m_geometry.prepare(changes))
        return failure;
    return m_bulkSubnets.prevalidate(changes, m_store, m_parents, failedChange);
}

QList<int> ChangeApplier::applyOrder(const ChangeSet &changes) const
{
    QList<int> order(changes.changes.size());
    std::iota(order.begin(), order.end(), 0);
    if (!m_holdCreates)
        return order;
    // Parents before children: a set's parent references (Change::parentChange) run from a
    // space to its VM network and from a site to its subnets. Only kinds whose checks do not
    // depend on one another's order otherwise (no blocks or addresses, which map to subnets).
    auto rank = [](ObjectKind kind) {
        switch (kind) {
        case ObjectKind::AddressSpace:
            return 0;
        case ObjectKind::LogicalNetwork:
            return 1;
        case ObjectKind::NetworkSite:
            return 2;
        case ObjectKind::VmNetwork:
            return 3;
        case ObjectKind::Subnet:
            return 4;
        case ObjectKind::Range:
            return 5;
        default:
            return -1;
        }
    };
    for (const Change &change : changes.changes) {
        if (change.op != ChangeOp::Create || rank(kindOf(change.object)) < 0)
            return order;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return rank(kindOf(changes.changes.at(a).object))
                < rank(kindOf(changes.changes.at(b).object));
    });
    return order;
}

Outcome ChangeApplier::applyAll(const ChangeSet &changes, int *failedChange)
{
    Outcome failure = applyChunk(changes, failedChange);
    if (!failure)
        failure = finish();
    return failure;
}

void ChangeApplier::setBulkLoad()
{
    m_bulkSubnets.setAlwaysActive();
    m_geometry.setAlwaysActive();
}

Outcome ChangeApplier::applyChunk(const ChangeSet &changes, int *failedChange)
{
    prefetch(changes);
    Outcome failure = prepareBulk(changes, failedChange);
    const QList<Change> &list = changes.changes;
    m_changeCount = int(list.size());
    m_followedSpaces.clear(); // indexes of this chunk only
    m_heldFailed = -1;
    m_holdCreates = m_db.isPostgreSql();
    // A customer space whose VM network the next change creates, naming the space as its
    // parent, does not get one by name as well.
    for (int i = 0; i + 1 < list.size(); ++i) {
        const AddressSpace *space = std::get_if<AddressSpace>(&list.at(i).object);
        const Change &next = list.at(i + 1);
        const VmNetwork *network = std::get_if<VmNetwork>(&next.object);
        if (space && list.at(i).op == ChangeOp::Create && network && next.parentChange == i
            && next.op == ChangeOp::Create && network->name == space->vmNetwork)
            m_followedSpaces.insert(i);
    }
    for (const int i : applyOrder(changes)) {
        if (failure)
            break;
        const Change &change = list.at(i);
        m_current = i;
        // Held creates of another kind go first: this change may name one as its parent.
        if (!m_heldCreates.isEmpty()
            && (change.op != ChangeOp::Create
                || kindOf(change.object) != kindOf(m_heldCreates.constFirst().first)))
            failure = flushHeldCreates();
        if (failure) {
        } else if (change.parentChange >= 0) {
            Change resolved = change;
            failure = resolveParent(i, &resolved);
            if (!failure)
                failure = apply(resolved);
        } else {
            failure = apply(change);
        }
        if (failure)
            *failedChange = m_heldFailed >= 0 ? m_heldFailed : i;
    }
    // What the chunk still holds is written now: the next chunk (BulkLoad) or finish() may
    // read it.
    if (!failure) {
        failure = flushHeldCreates();
        if (!failure)
            failure = flushPendingSubnets();
        if (failure && m_heldFailed >= 0)
            *failedChange = m_heldFailed;
    }
    return failure;
}

Outcome ChangeApplier::apply(const Change &change)
{
    const bool bulkCreate = m_bulkSubnets.isActive() && change.op == ChangeOp::Create
            && std::holds_alternative<Subnet>(change.object);
    if (!bulkCreate && !m_bulkSubnets.isEmpty()) {
        if (Outcome failure = flushPendingSubnets())
            return failure;
    }
    if (!m_heldCreates.isEmpty()
        && (change.op != ChangeOp::Create
            || kindOf(change.object) != kindOf(m_heldCreates.constFirst().first))) {
        if (Outcome failure = flushHeldCreates())
            return failure;
    }
    return std::visit([&](const auto &object) { return applyTyped(change, object); },
                      change.object);
}

Outcome ChangeApplier::authorize(Operation operation, const AnyObject &object)
{
    const Verdict verdict = m_authorizer.authorize(m_principal, operation, object);
    if (verdict)
        return std::nullopt;
    return Failure{WriteStatus::Denied, verdict.reason(), verdict.auditedReason()};
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

void ChangeApplier::recordFields(const QJsonObject &before, const QJsonObject &after)
{
    if (m_audited > WritePath::maxObjectsInAudit)
        return;
    auto add = [](QJsonArray &array, const QJsonObject &values) {
        if (values.isEmpty() || array.isEmpty())
            return;
        QJsonObject last = array.last().toObject();
        last.insert(QStringLiteral("CustomFields"), values);
        array.replace(array.size() - 1, last);
    };
    add(this->before, before);
    add(this->after, after);
}

Outcome ChangeApplier::writeFields(ObjectKind kind, ObjectId id, int change)
{
    // The values of a new object wait for its id (bulk and multi-row inserts write later).
    const auto it = m_pendingFields.constFind(change);
    if (it == m_pendingFields.constEnd())
        return std::nullopt;
    const FieldValueApplier::Prepared prepared = *it;
    m_pendingFields.erase(it);
    if (Outcome failure = m_fields.write(kind, id, prepared))
        return failure;
    recordFields({}, FieldValueApplier::json(prepared));
    return std::nullopt;
}

template<typename T>
Outcome ChangeApplier::applyTyped(const Change &change, const T &given)
{
    const ObjectKind kind = T::kind;
    T object = given;
    if constexpr (std::is_same_v<T, VmNetwork> || std::is_same_v<T, AddressSpace>)
        m_parents.clearVmNetworkNames(); // a space's VM network may appear, change or go
    // The custom field values, checked before the object is (a built-in field such as Device
    // Type sets the object's own property, which the object's checks then see).
    FieldValueApplier::Prepared fields;
    auto prepareFields = [&](ObjectId id) -> Outcome {
        if (change.fields.isEmpty())
            return std::nullopt;
        AnyObject any(object);
        if (Outcome failure = m_fields.prepare(&any, id, change.fields, &fields))
            return failure;
        object = std::get<T>(std::move(any));
        return std::nullopt;
    };
    if (change.op == ChangeOp::Create) {
        object.id = 0;
        if (Outcome failure = prepareFields(0))
            return failure;
        if (!fields.values.isEmpty())
            m_pendingFields.insert(m_current, fields);
        if (Outcome failure = authorize(operationFor(ChangeOp::Create, kind), object))
            return failure;
        if (Outcome failure = m_validator.prepare(object, nullptr))
            return failure;
        if constexpr (std::is_same_v<T, Subnet>) {
            if (m_bulkSubnets.isActive()) {
                m_bulkSubnets.add(object);
                m_bulkSubnetChanges.append(m_current);
                return m_bulkSubnets.batchFull(m_db) ? flushPendingSubnets() : std::nullopt;
            }
        }
        if (holdsCreate(object)) {
            m_heldCreates.append({object, m_current});
            return m_heldCreates.size() >= MultiRowWriter::rowsPerStatement ? flushHeldCreates()
                                                                            : std::nullopt;
        }
        if (Outcome failure = flushHeldCreates()) // what is held was checked first
            return failure;
        if (Outcome failure = m_writer.insert(object))
            return failure;
        return created(object, m_current);
    }

    std::optional<T> stored = m_parents.takeStored<T>(object.id);
    if (!stored)
        stored = m_store.get<T>(object.id);
    if (!stored)
        return Failure{WriteStatus::Conflict,
                       QCoreApplication::translate("ipam::ChangeApplier",
                                                   "%1 no longer exists (removed by someone else?)")
                               .arg(describe(object))};
    if constexpr (std::is_same_v<T, Range> || std::is_same_v<T, Subnet>) {
        // Edited or removed geometry: the in-memory lookups of these spaces read it again.
        m_geometry.forget(stored->spaceId);
        m_geometry.forget(object.spaceId);
    }
    if constexpr (std::is_same_v<T, Subnet>) {
        if (change.op == ChangeOp::Remove || stored->networkId != object.networkId
            || stored->spaceId != object.spaceId) {
            m_bulkSubnets.forget(stored->spaceId);
            m_bulkSubnets.forget(object.spaceId);
        }
    }
    // The access scope is not the editor's to change here (AccessControlStore::setAccessScope
    // is): the new state keeps the stored one, and authorization sees it.
    object.accessScopeId = stored->accessScopeId;
    object.accessScopeInherited = stored->accessScopeInherited;
    const qint64 expected = change.expectedVersion >= 0 ? change.expectedVersion : stored->version;
    if (stored->version != expected)
        return Failure{WriteStatus::Conflict,
                       QCoreApplication::translate(
                               "ipam::ChangeApplier",
                               "%1 was changed by someone else meanwhile (version %2, you "
                               "edited version %3); refresh and try again")
                               .arg(describe(*stored))
                               .arg(stored->version)
                               .arg(expected)};

    if (change.op == ChangeOp::Remove) {
        if (Outcome failure = authorize(operationFor(ChangeOp::Remove, kind), *stored))
            return failure;
        if (Outcome failure = m_validator.removable(*stored))
            return failure;
        if constexpr (std::is_same_v<T, AddressSpace>) {
            if (Outcome failure = removeVmNetworksOf(*stored))
                return failure;
        }
        // Unmap what refers to the object (a subnet's or range's addresses) before its row
        // goes: the foreign keys refuse the DELETE while references remain.
        if (Outcome failure = afterWrite(ChangeOp::Remove, *stored))
            return failure;
        if constexpr (canHoldThreshold(T::kind)) {
            if (Outcome failure = forgetUtilizationState({kind, stored->id}))
                return failure;
        }
        QJsonObject valuesBefore;
        if constexpr (fieldkinds::canHaveFields(T::kind)) {
            if (Outcome failure = m_fields.removeAll(kind, stored->id, &valuesBefore))
                return failure;
        }
        if (Outcome failure = m_writer.remove(*stored))
            return failure;
        // A parent read ahead (prefetchParents) is gone for the changes after this one.
        m_parents.forget<T>(stored->id);
        record(ChangeOp::Remove, *stored, nullptr);
        recordFields(valuesBefore, {});
        keepWritten(m_current, *stored);
        return std::nullopt;
    }

    if (Outcome failure = prepareFields(object.id))
        return failure;
    Operation operation = operationFor(ChangeOp::Update, kind);
    if constexpr (std::is_same_v<T, Subnet>) {
        // A change of the logical network / site alone is an assignment, which RBAC grants
        // separately from editing the subnet (custom field values are an edit).
        if (change.fields.isEmpty() && sameExceptAssignment(object, *stored))
            operation = Operation::AssignSubnet;
    }
    if (Outcome failure = authorize(operation, *stored))
        return failure;
    if (Outcome failure = authorize(operation, object))
        return failure;
    if (Outcome failure = m_validator.prepare(object, &*stored))
        return failure;
    if (Outcome failure = m_writer.update(object, stored->version))
        return failure;
    if (Outcome failure = m_fields.write(kind, object.id, fields))
        return failure;
    const AnyObject previous(*stored);
    record(ChangeOp::Update, object, &previous);
    recordFields(fields.before, FieldValueApplier::json(fields));
    keepWritten(m_current, object);
    return afterWrite(ChangeOp::Update, object);
}

void ChangeApplier::keepWritten(int change, const AnyObject &object)
{
    if (!m_keepObjects)
        return;
    // By the change's index: a set may be applied in another order (applyOrder).
    if (change < 0) {
        written.append(object);
        return;
    }
    if (written.size() < m_changeCount)
        written.resize(m_changeCount);
    written[change] = object;
}

template<typename T>
Outcome ChangeApplier::created(T &object, int change)
{
    record(ChangeOp::Create, object, nullptr);
    if constexpr (fieldkinds::canHaveFields(T::kind)) {
        if (Outcome failure = writeFields(T::kind, object.id, change))
            return failure;
    }
    keepWritten(change, object);
    m_parents.noteCreated(object);
    if constexpr (std::is_same_v<T, AddressSpace>)
        m_vmNetworkFollows = m_followedSpaces.contains(change);
    return afterWrite(ChangeOp::Create, object);
}

// What may wait for a batch: kinds whose checks against this set's other creates of the kind
// are held in memory (a new space's VM networks, ranges while SpaceGeometry is on) or backed
// by a constraint of the database (names of spaces, logical networks and sites), so a batch
// refused by the database is written again one by one, checked again (writeHeld).
template<typename T>
bool ChangeApplier::holdsCreate(const T &object) const
{
    if (!m_holdCreates)
        return false;
    if constexpr (
            std::is_same_v<
                    T,
                    AddressSpace> || std::is_same_v<T, LogicalNetwork> || std::is_same_v<T, NetworkSite>)
        return true;
    else if constexpr (std::is_same_v<T, VmNetwork>)
        return m_parents.isNewSpace(object.spaceId);
    else if constexpr (std::is_same_v<T, Range>)
        return m_geometry.isActive();
    else
        return false;
}

Outcome ChangeApplier::flushHeldCreates()
{
    if (m_heldCreates.isEmpty())
        return std::nullopt;
    QList<std::pair<AnyObject, int>> held = std::exchange(m_heldCreates, {});
    return std::visit(
            [&](const auto &first) {
                using T = std::decay_t<decltype(first)>;
                return writeHeld<T>(held);
            },
            held.constFirst().first);
}

template<typename T>
Outcome ChangeApplier::writeHeld(QList<std::pair<AnyObject, int>> &held)
{
    QList<T *> objects;
    objects.reserve(held.size());
    for (auto &entry : held)
        objects.append(&std::get<T>(entry.first));
    // Checked again one by one after a refused batch: those whose checks read the database
    // (a name taken by an earlier object of the same batch reads as the one-row refusal).
    constexpr bool checkAgain
            = std::is_same_v<
                      T,
                      AddressSpace> || std::is_same_v<T, LogicalNetwork> || std::is_same_v<T, NetworkSite>;
    int failed = -1;
    bool batchRefused = false;
    Outcome failure = MultiRowWriter(m_writer).insert(objects, &failed,
                                                      checkAgain ? &batchRefused : nullptr);
    const int done = failure ? std::max(failed, 0) : int(objects.size());
    for (int i = 0; i < done; ++i) {
        if (Outcome after = created(*objects.at(i), held.at(i).second)) {
            m_heldFailed = held.at(i).second;
            return after;
        }
    }
    if (failure && !batchRefused) {
        m_heldFailed = failed >= 0 ? held.at(failed).second : held.constFirst().second;
        return failure;
    }
    if constexpr (checkAgain) {
        for (int i = done; i < objects.size(); ++i) {
            T &object = *objects.at(i);
            failure = m_validator.prepare(object, nullptr);
            if (!failure)
                failure = m_writer.insert(object);
            if (!failure)
                failure = created(object, held.at(i).second);
            if (failure) {
                m_heldFailed = held.at(i).second;
                return failure;
            }
        }
    }
    return std::nullopt;
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
        return refuse(QCoreApplication::translate(
                "ipam::ChangeApplier", "only a create takes its parent from an earlier change"));
    if (!written || parentId == 0)
        return refuse(QCoreApplication::translate(
                              "ipam::ChangeApplier",
                              "its parent, change %1, is not an object created before it")
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
    return refuse(
            QCoreApplication::translate("ipam::ChangeApplier", "change %1 is no parent it can take")
                    .arg(parent + 1));
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
    if (Outcome failure = m_writer.insert(network))
        return failure;
    m_parents.noteCreated(network);
    record(ChangeOp::Create, network, nullptr);
    return std::nullopt;
}

Outcome ChangeApplier::forgetUtilizationState(const ObjectRef &object)
{
    QString error;
    if (!m_utilizationStateExists) {
        // Most stores hold no threshold and no raised alert: one look per change set, then
        // removals cost nothing here.
        QSqlQuery &query = m_db.prepared(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM utilization_threshold) OR EXISTS "
                               "(SELECT 1 FROM utilization_alert WHERE cleared_ms IS NULL)"));
        if (!query.exec() || !query.next()) {
            const QString why = Database::describe(query.lastError());
            query.finish();
            return Failure{WriteStatus::Failed, why};
        }
        m_utilizationStateExists = query.value(0).toBool();
        query.finish();
    }
    if (!*m_utilizationStateExists)
        return std::nullopt;
    if (!ThresholdTable(m_db).remove(object, &error))
        return Failure{WriteStatus::Failed, error};
    if (object.kind != ObjectKind::Subnet && object.kind != ObjectKind::Range)
        return std::nullopt;
    QSqlQuery &clear = m_db.prepared(QStringLiteral(
            "UPDATE utilization_alert SET cleared_ms = CASE WHEN raised_ms > ? THEN raised_ms "
            "ELSE ? END, version = version + 1 WHERE kind = ? AND object_id = ? AND cleared_ms IS "
            "NULL"));
    clear.bindValue(0, m_nowMs);
    clear.bindValue(1, m_nowMs);
    clear.bindValue(2, int(object.kind));
    clear.bindValue(3, object.id);
    const bool ok = clear.exec();
    const QString why = ok ? QString() : Database::describe(clear.lastError());
    clear.finish();
    if (!ok)
        return Failure{WriteStatus::Failed, why};
    return std::nullopt;
}

Outcome ChangeApplier::removeVmNetworksOf(const AddressSpace &o)
{
    for (const VmNetwork &network :
         m_store.select<VmNetwork>(QStringLiteral("space_id = ?"), {o.id})) {
        if (Outcome failure = m_writer.remove(network))
            return failure;
        m_parents.forget<VmNetwork>(network.id);
        record(ChangeOp::Remove, network, nullptr);
    }
    return std::nullopt;
}

Outcome ChangeApplier::afterWrite(ChangeOp op, const Subnet &o)
{
    if (op != ChangeOp::Create || o.logicalNetworkId != 0)
        m_parents.clearLogicalNetworkPrefixes();
    if (op == ChangeOp::Create)
        m_geometry.addSubnet(o);
    else
        m_geometry.forget(o.spaceId);
    QString error;
    bool ok = true;
    int adopted = 0;
    if (op == ChangeOp::Remove) {
        // Its addresses stay, unmapped, as IPAM keeps them.
        ok = m_writer.run(QStringLiteral("UPDATE ip_address SET subnet_id = NULL, range_id = NULL "
                                         "WHERE subnet_id = ?"),
                          {o.id}, &error);
    } else if (m_parents.spaceHasUnmappedAddresses(o.spaceId)) {
        // Unmapped addresses of the space that fall inside the subnet now belong to it.
        ok = m_writer.run(QStringLiteral("UPDATE ip_address SET subnet_id = ? WHERE subnet_id IS "
                                         "NULL AND space_id = ? AND family = ? AND ip >= ? AND "
                                         "ip <= ?"),
                          {o.id, o.spaceId, familyNumber(o.networkId.family()),
                           o.networkId.first().toBytes(), o.networkId.last().toBytes()},
                          &error, &adopted);
        if (ok && adopted != 0)
            m_recount.touchSubnet(o.id);
    }
    if (!ok)
        return Failure{WriteStatus::Failed,
                       QStringLiteral("subnet %1: %2").arg(o.networkId.toString(), error)};
    return std::nullopt;
}

Outcome ChangeApplier::afterWrite(ChangeOp op, const Range &o)
{
    // Skipped where they cannot match (a VMM pull creates tens of thousands of ranges): no
    // address refers to a range just created, and a space without addresses has none to map.
    QString error;
    bool ok = op == ChangeOp::Create
            || m_writer.run(QStringLiteral("UPDATE ip_address SET range_id = NULL WHERE range_id "
                                           "= ?"),
                            {o.id}, &error);
    if (ok && op != ChangeOp::Remove && m_parents.spaceHasAddresses(o.spaceId)) {
        ok = m_writer.run(QStringLiteral("UPDATE ip_address SET range_id = ? WHERE subnet_id = ? "
                                         "AND ip >= ? AND ip <= ? AND managed_by_service = ? AND "
                                         "service_instance = ?"),
                          {o.id, o.subnetId, o.startAddress.toBytes(), o.endAddress.toBytes(),
                           o.managedByService, o.serviceInstance},
                          &error);
    }
    // A range created where no address can map to it keeps its count of 0: no recount.
    if (op == ChangeOp::Update
        || (op == ChangeOp::Create && m_parents.spaceHasAddresses(o.spaceId)))
        m_recount.touchRange(o.id);
    m_recount.touchSubnet(o.subnetId);
    if (!ok)
        return Failure{WriteStatus::Failed, QStringLiteral("range: %1").arg(error)};
    return std::nullopt;
}

Outcome ChangeApplier::flushPendingSubnets()
{
    if (m_bulkSubnets.isEmpty())
        return std::nullopt;
    int failed = -1;
    if (Outcome failure = m_bulkSubnets.insertPending(m_writer, &failed)) {
        // The refused subnet's own change, not the one whose turn it was.
        if (failed >= 0 && failed < m_bulkSubnetChanges.size()
            && m_bulkSubnetChanges.at(failed) >= 0)
            m_heldFailed = m_bulkSubnetChanges.at(failed);
        return failure;
    }
    return recordPendingSubnets();
}

Outcome ChangeApplier::recordPendingSubnets()
{
    const QList<int> changes = std::exchange(m_bulkSubnetChanges, {});
    const QList<Subnet> pending = m_bulkSubnets.takePending();
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const Subnet &subnet = pending.at(i);
        record(ChangeOp::Create, subnet, nullptr);
        if (i < changes.size()) {
            if (Outcome failure = writeFields(ObjectKind::Subnet, subnet.id, changes.at(i)))
                return failure;
        }
        keepWritten(i < changes.size() ? changes.at(i) : -1, subnet);
        if (Outcome failure = afterWrite(ChangeOp::Create, subnet))
            return failure;
    }
    return std::nullopt;
}

Outcome ChangeApplier::finish()
{
    if (Outcome failure = flushHeldCreates())
        return failure;
    if (Outcome failure = flushPendingSubnets())
        return failure;
    return m_recount.run(m_store, m_writer, event, m_keepObjects);
}

} // namespace ipam
