#include "consolemodels.h"

#include "items/addressmodel.h"
#include "items/blockmodel.h"
#include "items/consoletreemodel.h"
#include "items/edithistory.h"
#include "items/networkdirectory.h"
#include "items/rangemodel.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"
#include "items/subnetstream.h"
#include "sync/writepath.h"

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

bool ConsoleModels::loadSmallTables(QString *error)
{
    Store &store = m_writePath.store();
    if (!m_directory->load(store, error))
        return false;
    m_thresholds = store.thresholds();
    m_subnets->setThresholds(m_thresholds);
    m_ranges->setThresholds(m_thresholds);
    m_blocks->setThresholds(m_thresholds);
    m_tree->setThresholds(m_thresholds);
    m_blocks->reset(store.select<Block>());
    if (!store.lastError().isEmpty() && error)
        *error = store.lastError();
    return true;
}

bool ConsoleModels::load(QString *error)
{
    stopStream();
    if (!loadSmallTables(error))
        return false;
    m_subnets->reset(m_writePath.store().select<Subnet>());
    m_subnets->squeeze();
    m_ranges->reset(m_writePath.store().select<Range>());
    m_addresses->reset(m_writePath.store().select<Address>());
    return true;
}

bool ConsoleModels::startLoading(QString *error)
{
    stopStream();
    m_subnets->clear();
    if (!loadSmallTables(error))
        return false;
    m_ranges->reset(m_writePath.store().select<Range>());
    m_addresses->reset(m_writePath.store().select<Address>());
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
    m_backlog.append(subnets);
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
    constexpr qsizetype slice = 16384;
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
    m_ranges->reset(m_writePath.store().select<Range>());
    m_addresses->reset(m_writePath.store().select<Address>());
    const QList<ChangeEvent> pending = std::exchange(m_pending, {});
    for (const ChangeEvent &event : pending)
        apply(event);
    Q_EMIT loadingFinished(m_streamError);
}

void ConsoleModels::apply(const ChangeEvent &event)
{
    if (m_loading) {
        m_pending.append(event);
        return;
    }
    Store &store = m_writePath.store();
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
        } else {
            positions.insert(key, changes.size());
            changes.append({item.kind, item.id, object});
        }
    }

    // Containers created or updated, parents before children.
    for (ObjectKind kind : {ObjectKind::AddressSpace, ObjectKind::LogicalNetwork,
                            ObjectKind::NetworkSite, ObjectKind::VmNetwork}) {
        for (const NetChange &change : std::as_const(changes)) {
            if (change.kind == kind && change.object)
                m_directory->upsert(*change.object);
        }
    }

    QList<Block> blocks;
    QList<ObjectId> removedBlocks;
    split(changes, &blocks, &removedBlocks);
    m_blocks->apply(blocks, removedBlocks);

    QList<Subnet> subnets;
    QList<ObjectId> removedSubnets;
    split(changes, &subnets, &removedSubnets);
    QList<ObjectId> newSubnets;
    for (const Subnet &subnet : std::as_const(subnets)) {
        if (m_subnets->rowOf(subnet.id) < 0)
            newSubnets.append(subnet.id);
    }
    m_subnets->apply(subnets, removedSubnets);

    QList<Range> ranges;
    QList<ObjectId> removedRanges;
    split(changes, &ranges, &removedRanges);
    m_ranges->apply(ranges, removedRanges);

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
    m_addresses->apply(addresses, removedAddresses);

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
            if (change.kind == kind && !change.object)
                m_directory->remove(kind, change.id);
        }
    }
    Q_EMIT changeApplied(event);
}

} // namespace ipam
