#include "consolemodels.h"

#include "alerts/utilizationalertmonitor.h"
#include "items/utilizationalertmodel.h"

#include "items/addressmodel.h"
#include "items/blockmodel.h"
#include "items/consoletreemodel.h"
#include "items/edithistory.h"
#include "items/networkdirectory.h"
#include "items/rangemodel.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"
#include "items/subnetstream.h"
#include "store/customfieldtables.h"
#include "write/writepath.h"

#include <QDateTime>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace ipam {

namespace {

// The state an event leaves one object in: the object, or nothing (removed).
struct NetChange
{
    ObjectKind kind;
    ObjectId id;
    std::optional<AnyObject> object;
    bool created = false; // new in this event: nothing inherits from it yet
};

template<typename T>
void split(const QList<NetChange> &changes, QList<T> *upserts, QList<ObjectId> *removals)
{
    for (const NetChange &change : changes) {
        if (change.kind != T::kind)
            continue;
        if (change.object)
            upserts->append(std::get<T>(*change.object));
        else
            removals->append(change.id);
    }
}

template<typename T>
QList<ObjectId> idsOf(const QList<T> &objects)
{
    QList<ObjectId> ids;
    ids.reserve(objects.size());
    for (const T &object : objects)
        ids.append(object.id);
    return ids;
}

QPair<int, ObjectId> keyOf(ObjectKind kind, ObjectId id)
{
    return {int(kind), id};
}

// Whether an event may have changed the principal's grants or the scopes of objects: the
// write path's administrative changes (AccessControlStore), and events from another process
// that list no objects (policies, roles and scopes touch none).
bool mayConcernAccess(const ChangeEvent &event)
{
    if (event.items.isEmpty())
        return true;
    const QString &label = event.label;
    return label == QLatin1String("set access scope")
            || label == QLatin1String("inherit access scope")
            || label.startsWith(QLatin1String("scope ")) || label.startsWith(QLatin1String("role "))
            || label.startsWith(QLatin1String("policy "));
}

// Kinds whose children inherit their scope: a change of theirs changes what lies below.
bool passesScopeDown(ObjectKind kind)
{
    return kind == ObjectKind::AddressSpace || kind == ObjectKind::LogicalNetwork
            || kind == ObjectKind::Subnet;
}

} // namespace

ConsoleModels::ConsoleModels(WritePath &writePath, QObject *parent)
    : QObject(parent)
    , m_writePath(writePath)
    , m_directory(std::make_unique<NetworkDirectory>())
{
    qRegisterMetaType<QList<ipam::Subnet>>();
    m_subnets = std::make_unique<SubnetModel>(*m_directory);
    m_ranges = std::make_unique<RangeModel>(*m_directory, *m_subnets);
    m_addresses = std::make_unique<AddressModel>(*m_directory, *m_subnets, *m_ranges);
    m_blocks = std::make_unique<BlockModel>(*m_directory, *m_subnets);
    m_tree = std::make_unique<ConsoleTreeModel>(*m_directory, *m_subnets);
    m_history = new EditHistory(writePath, this);
    m_assignment
            = new SubnetAssignment(*m_directory, *m_subnets, writePath.store(), *m_history, this);
    m_tree->setDropHandler([assignment = m_assignment](const QMimeData *data, ConsoleNodeKind kind,
                                                       ObjectId id, bool apply, QString *reason) {
        return assignment->handleDrop(data, kind, id, apply, reason);
    });
    m_drain = new QTimer(this);
    m_drain->setInterval(0);
    connect(m_drain, &QTimer::timeout, this, &ConsoleModels::drain);
    connect(&writePath, &WritePath::committed, this, &ConsoleModels::apply);
    // After the models applied a commit: its alert update is applied as the next change.
    m_alertMonitor = new UtilizationAlertMonitor(writePath, this);
    m_alerts = new UtilizationAlertModel(writePath, this);
    m_alerts->setVisibility([this](ObjectKind kind, ObjectId id) {
        return !filtering() || m_access.canView(scopeOf(kind, id));
    });
    connect(this, &ConsoleModels::changeApplied, m_alerts, [this] { m_alerts->refresh(); });
}

void ConsoleModels::refreshAlerts()
{
    Store &store = m_writePath.store();
    if (store.count<Subnet>() <= UtilizationAlertMonitor::maxObjects)
        m_alertMonitor->refresh(store.select<Subnet>(), true, QDateTime::currentMSecsSinceEpoch());
    m_alerts->refresh();
}

ConsoleModels::~ConsoleModels()
{
    stopStream();
    // Views may still hold the models: the tree first (it listens to the others).
    m_tree->setDropHandler({});
    m_tree.reset();
}

Store &ConsoleModels::store()
{
    return m_writePath.store();
}

void ConsoleModels::setAccessControlEnforced(bool enforced)
{
    m_access.setEnforced(enforced);
}

void ConsoleModels::setLoadPerScope(bool perScope)
{
    m_perScope = perScope;
    Store *store = perScope ? &m_writePath.store() : nullptr;
    m_ranges->setLoadPerScope(store);
    m_addresses->setLoadPerScope(store);
    m_ranges->setScreen([this](QList<Range> *page) { *page = visibleOnly(std::move(*page)); });
    m_addresses->setScreen([this](QList<Address> *page) { *page = visibleOnly(std::move(*page)); });
}

QList<Range> ConsoleModels::rangesOf(ObjectId subnetId)
{
    return visibleOnly(
            m_writePath.store().select<Range>(QStringLiteral("subnet_id = ?"), {subnetId}));
}

QList<Address> ConsoleModels::addressesOf(ObjectId subnetId)
{
    return visibleOnly(
            m_writePath.store().select<Address>(QStringLiteral("subnet_id = ?"), {subnetId}));
}

void ConsoleModels::loadRangesAndAddresses()
{
    if (m_perScope) {
        m_ranges->reloadScope();
        m_addresses->reloadScope();
        return;
    }
    m_ranges->reset(visibleOnly(m_writePath.store().select<Range>()));
    m_addresses->reset(visibleOnly(m_writePath.store().select<Address>()));
}

template<typename T>
QList<T> ConsoleModels::visibleOnly(QList<T> objects)
{
    if (!m_access.isEnforced())
        return objects;
    for (const T &object : std::as_const(objects))
        m_access.note(T::kind, object);
    if (!filtering())
        return objects;
    objects.removeIf(
            [this](const T &object) { return !m_access.canView(m_access.effectiveScope(object)); });
    if (!m_hiddenContainers.isEmpty()) {
        for (const T &object : std::as_const(objects)) {
            if constexpr (std::is_same_v<T, Subnet>)
                revealPathOf(object);
            else
                revealSpace(object.spaceId);
        }
    }
    return objects;
}

template<typename T>
void ConsoleModels::screen(QList<T> *upserts, QList<ObjectId> *removals)
{
    if (!m_access.isEnforced())
        return;
    for (const T &object : std::as_const(*upserts))
        m_access.note(T::kind, object);
    if (!filtering())
        return;
    // An update that takes an object out of sight removes its row (a no-op when not shown).
    QList<T> kept;
    kept.reserve(upserts->size());
    for (const T &object : std::as_const(*upserts)) {
        if (m_access.canView(m_access.effectiveScope(object)))
            kept.append(object);
        else
            removals->append(object.id);
    }
    for (const T &object : std::as_const(kept)) {
        if constexpr (std::is_same_v<T, Subnet>)
            revealPathOf(object);
        else
            revealSpace(object.spaceId);
    }
    *upserts = std::move(kept);
}

QList<Subnet> ConsoleModels::visibleSubnets(const QList<Subnet> &subnets)
{
    return visibleOnly(subnets);
}

void ConsoleModels::noteContainersAndHide()
{
    if (!m_access.isEnforced())
        return;
    const NetworkDirectory &d = *m_directory;
    QList<AnyObject> containers;
    const QList<ObjectId> spaces
            = d.spaces(AddressSpaceType::Provider) + d.spaces(AddressSpaceType::Customer);
    for (ObjectId id : spaces) {
        containers.append(*d.space(id));
        for (ObjectId network : d.vmNetworksOf(id))
            containers.append(*d.vmNetwork(network));
    }
    for (ObjectId id : d.allLogicalNetworks()) {
        containers.append(*d.logicalNetwork(id));
        for (ObjectId site : d.sitesOf(id))
            containers.append(*d.site(site));
    }
    for (const AnyObject &container : std::as_const(containers))
        m_access.note(container);
    if (!filtering())
        return;
    // Containers out of sight stay as the path to visible containers inside them.
    QSet<QPair<int, ObjectId>> path;
    for (const AnyObject &container : std::as_const(containers)) {
        if (!m_access.isVisible(container))
            continue;
        ObjectKind kind = kindOf(container);
        ObjectId id = storedPart(container).id;
        while (kind != ObjectKind::AddressSpace && id != 0) {
            const ObjectKind parentKind = kind == ObjectKind::NetworkSite
                    ? ObjectKind::LogicalNetwork
                    : ObjectKind::AddressSpace;
            id = d.parentOf(kind, id);
            kind = parentKind;
            path.insert(keyOf(kind, id));
        }
    }
    QList<QPair<int, ObjectId>> doomed;
    for (const AnyObject &container : std::as_const(containers)) {
        if (m_access.isVisible(container))
            continue;
        const QPair<int, ObjectId> key = keyOf(kindOf(container), storedPart(container).id);
        m_hiddenContainers.insert(key, container);
        if (!path.contains(key))
            doomed.append(key);
    }
    // Children before parents.
    for (ObjectKind kind : {ObjectKind::VmNetwork, ObjectKind::NetworkSite,
                            ObjectKind::LogicalNetwork, ObjectKind::AddressSpace}) {
        for (const auto &key : std::as_const(doomed)) {
            if (key.first == int(kind))
                m_directory->remove(kind, key.second);
        }
    }
}

namespace {
bool holdsContainer(const NetworkDirectory &d, ObjectKind kind, ObjectId id)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return d.space(id);
    case ObjectKind::LogicalNetwork:
        return d.logicalNetwork(id);
    case ObjectKind::NetworkSite:
        return d.site(id);
    case ObjectKind::VmNetwork:
        return d.vmNetwork(id);
    default:
        return false;
    }
}
} // namespace

void ConsoleModels::revealContainer(ObjectKind kind, ObjectId id)
{
    if (id == 0 || m_hiddenContainers.isEmpty() || holdsContainer(*m_directory, kind, id))
        return;
    const auto hidden = m_hiddenContainers.constFind(keyOf(kind, id));
    if (hidden == m_hiddenContainers.constEnd())
        return;
    const AnyObject object = *hidden;
    if (const auto *o = std::get_if<LogicalNetwork>(&object))
        revealSpace(o->spaceId);
    else if (const auto *o = std::get_if<VmNetwork>(&object))
        revealSpace(o->spaceId);
    else if (const auto *o = std::get_if<NetworkSite>(&object))
        revealContainer(ObjectKind::LogicalNetwork, o->logicalNetworkId);
    m_directory->upsert(object);
}

void ConsoleModels::revealPathOf(const Subnet &subnet)
{
    revealSpace(subnet.spaceId);
    revealContainer(ObjectKind::LogicalNetwork, subnet.logicalNetworkId);
    revealContainer(ObjectKind::NetworkSite, subnet.siteId);
    revealContainer(ObjectKind::VmNetwork, subnet.vmNetworkId);
}

bool ConsoleModels::isPathOnly(ObjectKind kind, ObjectId id) const
{
    return m_hiddenContainers.contains(keyOf(kind, id)) && holdsContainer(*m_directory, kind, id);
}

ObjectId ConsoleModels::scopeOf(ObjectKind kind, ObjectId id)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
    case ObjectKind::LogicalNetwork:
    case ObjectKind::NetworkSite:
    case ObjectKind::VmNetwork:
        if (holdsContainer(*m_directory, kind, id) || m_hiddenContainers.contains(keyOf(kind, id)))
            return m_access.containerScope(kind, id);
        break;
    case ObjectKind::Subnet:
        if (const auto row = m_subnets->table().find(id))
            return m_access.subnetScope(id, m_subnets->table().placement(*row).spaceId);
        break;
    case ObjectKind::Block:
        if (const int row = m_blocks->rowOf(id); row >= 0)
            return m_access.leafScope(kind, id, 0, m_blocks->rowData(row).spaceId);
        break;
    case ObjectKind::Range:
        if (const int row = m_ranges->rowOf(id); row >= 0)
            return m_access.leafScope(kind, id, m_ranges->rowData(row).subnetId,
                                      m_ranges->rowData(row).spaceId);
        break;
    case ObjectKind::Address:
        if (const int row = m_addresses->rowOf(id); row >= 0)
            return m_access.leafScope(kind, id, m_addresses->rowData(row).subnetId,
                                      m_addresses->rowData(row).spaceId);
        break;
    }
    if (const std::optional<AnyObject> object = m_writePath.store().get(kind, id))
        return m_access.effectiveScope(*object);
    return AccessScope::globalId;
}

void ConsoleModels::reload()
{
    if (m_streamed)
        startLoading();
    else
        load();
}

bool ConsoleModels::loadSmallTables(QString *error)
{
    Store &store = m_writePath.store();
    m_hiddenContainers.clear();
    m_access.clearObjects();
    if (m_access.isEnforced())
        m_access.refresh(m_writePath.database(), m_writePath.principal());
    if (!m_directory->load(store, error))
        return false;
    noteContainersAndHide();
    m_thresholds = store.thresholds();
    m_subnets->setThresholds(m_thresholds);
    m_ranges->setThresholds(m_thresholds);
    m_blocks->setThresholds(m_thresholds);
    m_tree->setThresholds(m_thresholds);
    m_blocks->reset(visibleOnly(store.select<Block>()));
    if (!store.lastError().isEmpty() && error)
        *error = store.lastError();
    reloadFieldColumns();
    return true;
}

void ConsoleModels::reloadFieldColumns(bool keepUnchanged)
{
    CustomFieldTables tables(m_writePath.database());
    for (AddressObjectModel *model : std::initializer_list<AddressObjectModel *>{
                 m_blocks.get(), m_subnets.get(), m_ranges.get(), m_addresses.get()}) {
        QString error;
        if (!model->reloadFields(tables, &error, keepUnchanged))
            qWarning("custom field columns: %s", qPrintable(error));
    }
}

void ConsoleModels::refreshFieldValues(AddressObjectModel &model, const QList<ObjectId> &ids)
{
    CustomFieldTables tables(m_writePath.database());
    QString error;
    if (!model.refreshFieldValues(tables, ids, &error))
        qWarning("custom field values: %s", qPrintable(error));
}

bool ConsoleModels::load(QString *error)
{
    stopStream();
    m_streamed = false;
    if (!loadSmallTables(error))
        return false;
    m_subnets->reset(visibleOnly(m_writePath.store().select<Subnet>()));
    m_subnets->squeeze();
    m_ranges->setSuspended(false);
    m_addresses->setSuspended(false);
    loadRangesAndAddresses();
    refreshAlerts();
    return true;
}

bool ConsoleModels::startLoading(QString *error)
{
    stopStream();
    m_streamed = true;
    m_subnets->clear();
    if (!loadSmallTables(error))
        return false;
    if (m_perScope) {
        // Ranges and addresses are read per scope once the subnets they sit in are here.
        m_ranges->setSuspended(true);
        m_addresses->setSuspended(true);
    } else {
        m_ranges->reset(visibleOnly(m_writePath.store().select<Range>()));
        m_addresses->reset(visibleOnly(m_writePath.store().select<Address>()));
    }
    m_expected = m_writePath.store().count<Subnet>();
    m_loading = true;
    m_streamDone = false;
    m_streamError.clear();
    m_thread = new QThread(this);
    m_stream = new SubnetStream(m_writePath.database().location());
    m_stream->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_stream, &SubnetStream::run);
    connect(m_thread, &QThread::finished, m_stream, &QObject::deleteLater);
    connect(m_stream, &SubnetStream::page, this, &ConsoleModels::onPage, Qt::QueuedConnection);
    connect(m_stream, &SubnetStream::finished, this, &ConsoleModels::onStreamFinished,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ConsoleModels::stopStream()
{
    if (m_thread) {
        if (m_stream)
            m_stream->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_stream = nullptr;
    m_loading = false;
    m_streamDone = false;
    m_drain->stop();
    m_backlog.clear();
    m_backlogOffset = 0;
}

void ConsoleModels::onPage(const QList<Subnet> &subnets)
{
    if (!m_loading)
        return;
    m_backlog.append(visibleSubnets(subnets));
    if (!m_drain->isActive())
        m_drain->start();
}

void ConsoleModels::onStreamFinished(const QString &error)
{
    if (!m_loading)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_stream = nullptr;
    m_streamDone = true;
    m_streamError = error;
    if (m_backlog.isEmpty())
        finishLoading();
}

void ConsoleModels::drain()
{
    // 8,192 rows per turn: 16,384 measured turns of 132-166 ms on the shared machine.
    constexpr qsizetype slice = 8192;
    if (m_backlog.isEmpty()) {
        m_drain->stop();
        return;
    }
    const QList<Subnet> &page = m_backlog.constFirst();
    if (m_backlogOffset == 0 && page.size() <= slice) {
        m_subnets->apply(page, {});
    } else {
        m_subnets->apply(page.mid(m_backlogOffset, slice), {});
        m_backlogOffset += slice;
    }
    if (m_backlogOffset == 0 || m_backlogOffset >= page.size()) {
        m_backlog.removeFirst();
        m_backlogOffset = 0;
    }
    Q_EMIT loadingProgress(m_subnets->rowCount(), m_expected);
    if (m_backlog.isEmpty()) {
        m_drain->stop();
        if (m_streamDone)
            finishLoading();
    }
}

void ConsoleModels::finishLoading()
{
    m_loading = false;
    m_streamDone = false;
    m_subnets->squeeze();
    // Ranges and addresses show their subnet's prefix and placement: now they have them.
    m_ranges->setSuspended(false);
    m_addresses->setSuspended(false);
    loadRangesAndAddresses();
    const QList<ChangeEvent> pending = std::exchange(m_pending, {});
    for (const ChangeEvent &event : pending)
        apply(event);
    refreshAlerts();
    Q_EMIT loadingFinished(m_streamError);
}

void ConsoleModels::apply(const ChangeEvent &event)
{
    if (m_loading) {
        m_pending.append(event);
        return;
    }
    if (event.reloadAll) {
        // Another process changed too much to list (a bulk import): stream everything again;
        // loading re-reads the grants too.
        startLoading();
        Q_EMIT changeApplied(event);
        return;
    }
    Store &store = m_writePath.store();
    if (m_access.isEnforced() && mayConcernAccess(event)) {
        // New grants: read once per access-control change, not per row or per action.
        const bool visibilityChanged
                = m_access.refresh(m_writePath.database(), m_writePath.principal());
        // Removing a scope re-homes the objects of its subtree without listing them.
        const bool rehomed = event.label == QLatin1String("scope remove");
        if (visibilityChanged || rehomed) {
            reload();
            Q_EMIT accessChanged();
            Q_EMIT changeApplied(event);
            return;
        }
        Q_EMIT accessChanged();
    }
    if (event.definitionsChanged)
        reloadFieldColumns(true);
    const bool complete = event.local && event.objects.size() == event.items.size();
    if (!complete && event.items.size() > WritePath::maxObjectsInEvent) {
        // A bulk change without its objects: reading them one by one costs more than a reload.
        load();
        Q_EMIT changeApplied(event);
        return;
    }

    QList<NetChange> changes;
    QHash<QPair<int, ObjectId>, qsizetype> positions;
    for (qsizetype i = 0; i < event.items.size(); ++i) {
        const ChangeEvent::Item &item = event.items.at(i);
        std::optional<AnyObject> object;
        if (item.op != ChangeOp::Remove)
            object = complete ? std::optional<AnyObject>(event.objects.at(i))
                              : store.get(item.kind, item.id);
        const QPair<int, ObjectId> key(int(item.kind), item.id);
        const auto found = positions.constFind(key);
        if (found != positions.constEnd()) {
            changes[*found].object = object;
            changes[*found].created |= item.op == ChangeOp::Create;
        } else {
            positions.insert(key, changes.size());
            changes.append({item.kind, item.id, object, item.op == ChangeOp::Create});
        }
    }

    if (m_access.isEnforced()) {
        // An object moved into or out of sight whose children follow its scope: what lies
        // below it is not in the event, so read what is shown again.
        if (filtering()) {
            for (const NetChange &change : std::as_const(changes)) {
                if (!change.object || change.created || !passesScopeDown(change.kind))
                    continue;
                const ObjectId before = change.kind == ObjectKind::Subnet
                        ? m_access.subnetScope(change.id, std::get<Subnet>(*change.object).spaceId)
                        : m_access.containerScope(change.kind, change.id);
                const ObjectId after = m_access.effectiveScope(*change.object);
                if (m_access.canView(before) != m_access.canView(after)) {
                    reload();
                    Q_EMIT changeApplied(event);
                    return;
                }
            }
        }
        for (const NetChange &change : std::as_const(changes)) {
            if (change.object)
                m_access.note(*change.object);
            else
                m_access.forget(change.kind, change.id);
        }
    }

    // Containers created or updated, parents before children. One out of sight is kept aside
    // (a path node is taken from there), and updated in place when it is a path node.
    for (ObjectKind kind : {ObjectKind::AddressSpace, ObjectKind::LogicalNetwork,
                            ObjectKind::NetworkSite, ObjectKind::VmNetwork}) {
        for (const NetChange &change : std::as_const(changes)) {
            if (change.kind != kind || !change.object)
                continue;
            if (!filtering() || m_access.isVisible(*change.object)) {
                m_hiddenContainers.remove(keyOf(kind, change.id));
                if (filtering()) {
                    if (const auto *o = std::get_if<LogicalNetwork>(&*change.object))
                        revealSpace(o->spaceId);
                    else if (const auto *o = std::get_if<VmNetwork>(&*change.object))
                        revealSpace(o->spaceId);
                    else if (const auto *o = std::get_if<NetworkSite>(&*change.object))
                        revealContainer(ObjectKind::LogicalNetwork, o->logicalNetworkId);
                }
                m_directory->upsert(*change.object);
            } else {
                m_hiddenContainers.insert(keyOf(kind, change.id), *change.object);
                if (holdsContainer(*m_directory, kind, change.id))
                    m_directory->upsert(*change.object);
            }
        }
    }

    QList<Block> blocks;
    QList<ObjectId> removedBlocks;
    split(changes, &blocks, &removedBlocks);
    screen(&blocks, &removedBlocks);
    // Custom field values travel with their object's change: read them before the model
    // announces the rows, so every notification finds them.
    refreshFieldValues(*m_blocks, idsOf(blocks));
    m_blocks->apply(blocks, removedBlocks);
    m_blocks->forgetFieldValues(removedBlocks);

    QList<Subnet> subnets;
    QList<ObjectId> removedSubnets;
    split(changes, &subnets, &removedSubnets);
    screen(&subnets, &removedSubnets);
    QList<ObjectId> newSubnets;
    // A subnet whose placement moves it into or out of a scope read per scope: its ranges and
    // addresses are not in the event, so that scope is read again.
    bool rescopeRanges = false;
    bool rescopeAddresses = false;
    for (const Subnet &subnet : std::as_const(subnets)) {
        const auto row = m_subnets->table().find(subnet.id);
        if (!row) {
            newSubnets.append(subnet.id);
            continue;
        }
        const Placement before = m_subnets->table().placement(*row);
        const Placement after = Placement::of(subnet);
        if (before == after)
            continue;
        const ScopedLoad &ranges = m_ranges->scopedLoad();
        const ScopedLoad &addresses = m_addresses->scopedLoad();
        rescopeRanges |= ranges.accepts(before) != ranges.accepts(after);
        rescopeAddresses |= addresses.accepts(before) != addresses.accepts(after);
    }
    refreshFieldValues(*m_subnets, idsOf(subnets));
    m_subnets->apply(subnets, removedSubnets);
    m_subnets->forgetFieldValues(removedSubnets);

    QList<Range> ranges;
    QList<ObjectId> removedRanges;
    split(changes, &ranges, &removedRanges);
    screen(&ranges, &removedRanges);
    refreshFieldValues(*m_ranges, idsOf(ranges));
    m_ranges->apply(ranges, removedRanges);
    m_ranges->forgetFieldValues(removedRanges);

    QList<Address> addresses;
    QList<ObjectId> removedAddresses;
    split(changes, &addresses, &removedAddresses);

    // The write path re-maps addresses when subnets or ranges come and go (afterWrite); those
    // addresses are not in the event, so read them again.
    QList<ObjectId> changedRanges = removedRanges;
    QList<ObjectId> rangeSubnets;
    for (const Range &range : std::as_const(ranges)) {
        changedRanges.append(range.id);
        rangeSubnets.append(range.subnetId);
    }
    if (!newSubnets.isEmpty() || !removedSubnets.isEmpty() || !changedRanges.isEmpty()) {
        QSet<ObjectId> inEvent;
        for (const Address &address : std::as_const(addresses))
            inEvent.insert(address.id);
        for (ObjectId id : std::as_const(removedAddresses))
            inEvent.insert(id);
        QSet<ObjectId> reread;
        for (int row : m_addresses->rowsIn(removedSubnets, changedRanges))
            reread.insert(m_addresses->objectId(row));
        for (ObjectId subnetId : newSubnets + rangeSubnets) {
            for (const Address &address :
                 store.select<Address>(QStringLiteral("subnet_id = ?"), {subnetId}))
                reread.insert(address.id);
        }
        for (ObjectId id : std::as_const(reread)) {
            if (inEvent.contains(id))
                continue;
            if (const auto address = store.get<Address>(id))
                addresses.append(*address);
        }
    }
    screen(&addresses, &removedAddresses);
    refreshFieldValues(*m_addresses, idsOf(addresses));
    m_addresses->apply(addresses, removedAddresses);
    m_addresses->forgetFieldValues(removedAddresses);
    if (rescopeRanges)
        m_ranges->reloadScope();
    if (rescopeAddresses)
        m_addresses->reloadScope();

    // Ranges and addresses show (and filter by) their subnet's network, logical network and
    // site: tell their proxies.
    if (!subnets.isEmpty()) {
        QList<ObjectId> ids;
        for (const Subnet &subnet : std::as_const(subnets))
            ids.append(subnet.id);
        const QSet<ObjectId> changed(ids.begin(), ids.end());
        std::vector<int> rangeRows;
        for (int row = 0; row < m_ranges->rowCount(); ++row) {
            if (changed.contains(m_ranges->rowData(row).subnetId))
                rangeRows.push_back(row);
        }
        m_ranges->rowsDerivedChanged(rangeRows);
        m_addresses->rowsDerivedChanged(m_addresses->rowsIn(ids, {}));
    }

    // Containers removed, children before parents.
    for (ObjectKind kind : {ObjectKind::VmNetwork, ObjectKind::NetworkSite,
                            ObjectKind::LogicalNetwork, ObjectKind::AddressSpace}) {
        for (const NetChange &change : std::as_const(changes)) {
            if (change.kind == kind && !change.object) {
                m_hiddenContainers.remove(keyOf(kind, change.id));
                m_directory->remove(kind, change.id);
            }
        }
    }
    Q_EMIT changeApplied(event);
}

} // namespace ipam
