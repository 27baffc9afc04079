#pragma once

#include "domain/utilization.h"
#include "items/consoleaccess.h"
#include "items/subnetstream.h"
#include "write/changeevent.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;
class QTimer;

namespace ipam {

class AddressModel;
class AddressObjectModel;
class BlockModel;
class ConsoleTreeModel;
class EditHistory;
class NetworkDirectory;
class RangeModel;
class Store;
class SubnetAssignment;
class SubnetModel;
class UtilizationAlertModel;
class UtilizationAlertMonitor;
class WritePath;

// The item models of one console over one write path, and the one place that feeds them the
// change feed. Each committed change set is reduced to its net effect per object (a create
// followed by a derived update is one upsert) and applied in dependency order: containers
// first (so new rows can show their names), then blocks, subnets, ranges and addresses, then
// removed containers last (after the rows that named them are gone). Addresses that the
// write path re-maps as a side effect of a subnet or range change are re-read from the store.
//
// Loading: load() reads everything at once (tests, small stores); startLoading() reads the
// containers, blocks, ranges and addresses, and streams the subnets from a worker thread
// (SubnetStream) so the first screenful appears at once; pages are applied in slices of
// 8,192 rows, one per turn of the event loop, so input and painting go on meanwhile. Change events
// that arrive during the stream wait and are applied after it, as upserts, so nothing is lost or
// applied twice.
//
// Access control: with setAccessControlEnforced(true) the models hold only what the acting
// principal may see (DESIGN section 2: any policy shows the objects of its scope's subtree).
// Every object is checked as it is loaded, streamed or applied from a change event, by its
// effective scope against the principal's visible scopes (ConsoleAccess: one hash lookup, and
// no check at all for a principal with a policy in Global). An update that moves an object out
// of sight removes its row. Containers out of sight are hidden too, unless visible objects lie
// inside them: then they stay as "path" nodes (name only, no details, no actions) so the tree
// can reach what the principal may see and rows can name their space. After a change to access
// control (a policy, role or scope, an object's access scope) the grants are read again, and
// what is shown is reloaded when visibility changed.
class ConsoleModels : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleModels(WritePath &writePath, QObject *parent = nullptr);
    ~ConsoleModels() override;

    bool load(QString *error = nullptr);
    bool startLoading(QString *error = nullptr);
    bool isLoading() const { return m_loading; }
    // Off by default (tests, small stores: ranges and addresses are read whole). On (the
    // console): the range and address models read only the scope the result pane shows, a page
    // at a time (ScopedRowModel), so a store of 10,000,000 addresses opens at once.
    void setLoadPerScope(bool perScope);
    bool loadsPerScope() const { return m_perScope; }

    WritePath &writePath() { return m_writePath; }
    Store &store();
    NetworkDirectory &directory() { return *m_directory; }
    SubnetModel &subnets() { return *m_subnets; }
    RangeModel &ranges() { return *m_ranges; }
    AddressModel &addresses() { return *m_addresses; }
    BlockModel &blocks() { return *m_blocks; }
    ConsoleTreeModel &tree() { return *m_tree; }
    // The console's undo stack, and the assignment of subnets (drops, dialog, paste).
    EditHistory &history() { return *m_history; }
    SubnetAssignment &assignment() { return *m_assignment; }
    // The ALERTS node's list, refreshed after every applied change set, and the monitor that
    // raises and clears alerts as this console's changes commit (alerts/). After loading, a
    // store of up to UtilizationAlertMonitor::maxObjects subnets is evaluated whole.
    UtilizationAlertModel &alerts() { return *m_alerts; }
    UtilizationAlertMonitor &alertMonitor() { return *m_alertMonitor; }
    const UtilizationThresholds &thresholds() const { return m_thresholds; }

    void apply(const ipam::ChangeEvent &event);

    // The ranges and addresses of one subnet (its address map), from the store: the models
    // may hold only the scope the result pane shows. Access control screens them as it does
    // the models' rows.
    QList<Range> rangesOf(ObjectId subnetId);
    QList<Address> addressesOf(ObjectId subnetId);

    // Off by default (the console's own tests run without RBAC); the console turns it on
    // before loading when its write path enforces role-based access control.
    void setAccessControlEnforced(bool enforced);
    const ConsoleAccess &access() const { return m_access; }
    // The effective access scope of an object the console shows (read from the store for
    // one it does not hold).
    ObjectId scopeOf(ObjectKind kind, ObjectId id);
    // A container shown only as the path to visible objects inside it.
    bool isPathOnly(ObjectKind kind, ObjectId id) const;

Q_SIGNALS:
    void loadingProgress(qint64 loaded, qint64 total);
    void loadingFinished(const QString &error);
    // After every model applied a change set.
    void changeApplied(const ipam::ChangeEvent &event);
    // The principal's grants were read again: enabled actions may differ.
    void accessChanged();

private:
    bool loadSmallTables(QString *error);
    void stopStream();
    void onPage(const QList<ipam::Subnet> &subnets);
    void onStreamFinished(const QString &error);
    void drain();
    void finishLoading();
    bool filtering() const { return !m_access.seesEverything(); }
    void noteContainersAndHide();
    void revealContainer(ObjectKind kind, ObjectId id);
    void revealPathOf(const Subnet &subnet);
    void revealSpace(ObjectId spaceId) { revealContainer(ObjectKind::AddressSpace, spaceId); }
    template<typename T>
    QList<T> visibleOnly(QList<T> objects);
    QList<Subnet> visibleSubnets(const QList<Subnet> &subnets);
    template<typename T>
    void screen(QList<T> *upserts, QList<ObjectId> *removals);
    void reload();
    void loadRangesAndAddresses();
    void refreshAlerts();
    // Custom field columns: definitions and every value (load, definitions changed), or the
    // values of the objects of a change event.
    void reloadFieldColumns(bool keepUnchanged = false);
    void refreshFieldValues(AddressObjectModel &model, const QList<ObjectId> &ids);

    WritePath &m_writePath;
    std::unique_ptr<NetworkDirectory> m_directory;
    std::unique_ptr<SubnetModel> m_subnets;
    std::unique_ptr<RangeModel> m_ranges;
    std::unique_ptr<AddressModel> m_addresses;
    std::unique_ptr<BlockModel> m_blocks;
    std::unique_ptr<ConsoleTreeModel> m_tree;
    EditHistory *m_history = nullptr;
    SubnetAssignment *m_assignment = nullptr;
    UtilizationAlertMonitor *m_alertMonitor = nullptr;
    UtilizationAlertModel *m_alerts = nullptr;
    UtilizationThresholds m_thresholds;

    ConsoleAccess m_access;
    // Containers the principal may not see, by (kind, id): path nodes are taken from here.
    QHash<QPair<int, ObjectId>, AnyObject> m_hiddenContainers;
    bool m_streamed = false; // the last load streamed the subnets (startLoading)
    bool m_perScope = false;

    bool m_loading = false;
    qint64 m_expected = 0;
    QThread *m_thread = nullptr;
    QPointer<SubnetStream> m_stream;
    QList<ChangeEvent> m_pending;
    // Pages read but not yet applied: applied a slice per event-loop turn, so the console
    // stays responsive while a million rows arrive.
    QList<QList<Subnet>> m_backlog;
    qsizetype m_backlogOffset = 0;
    QTimer *m_drain = nullptr;
    bool m_streamDone = false;
    QString m_streamError;
};

} // namespace ipam
