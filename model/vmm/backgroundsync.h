#pragma once

#include "address/parsed.h"
#include "domain/principal.h"
#include "store/databaselocation.h"
#include "vmm/vmmsync.h"
#include "write/changeevent.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace ipam {

class Database;
class SyncWorker;

// One line the connector logged, stamped when it was written (not when the GUI got to it).
struct SyncLogLine
{
    qint64 timeMs = 0;
    QString text;
};

// Runs the VMM sync for the console without ever blocking its window. VmmSync::run() blocks
// (one request at a time, each in a local event loop), and a QSqlDatabase connection cannot
// cross threads, so the sync, the conflict list and every resolve run on one worker thread
// that opens its own Database on the console's DatabaseLocation and its own WritePath with
// the console's principal and an RBAC authorizer of its own (makeAuthorizer, as the
// console's). Jobs queue
// on that thread, so a resolve never races a run.
//
// Back on the GUI thread it re-emits what the worker reports, throttled so a sync of 100,000
// objects cannot flood the event loop: progress at most every 50 ms, log lines in batches,
// and the worker's committed change events merged into a few larger ones (committed()), for
// ConsoleModels::apply, which then updates the console's models like any other commit. All
// committed() events of a run are out before its finished().
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    BackgroundSync(DatabaseLocation location, Principal principal, QObject *parent = nullptr);
    ~BackgroundSync() override;

    const Principal &principal() const { return m_principal; }

    void setOptions(const VmmSyncOptions &options);
    const VmmSyncOptions &options() const { return m_options; }
    // When set, every start() (the periodic ones too) takes its options from here, so that
    // credentials are read afresh for each run and never kept longer than needed.
    using OptionsProvider = std::function<Parsed<VmmSyncOptions>()>;
    void setOptionsProvider(OptionsProvider provider) { m_optionsProvider = std::move(provider); }
    // A service URL is set (http or https).
    bool isConfigured() const;

    // The periodic run; zero turns it off. A tick while a run is going is skipped.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // Milliseconds to the next periodic run, -1 when none is planned.
    qint64 remainingUntilNextRun() const;

    // Starts a run; false (and nothing starts) when one is going, or, with startRefused(why),
    // when no URL is set or the options provider fails.
    bool start();
    // Asks the running sync to stop; it ends soon after with completed = false, having
    // written whole objects only.
    void cancel();
    bool isRunning() const { return m_running; }
    // A resolve or conflict listing is queued or going.
    bool isBusy() const { return m_running || m_pendingJobs > 0; }

    // Reads the open conflicts again (notInVmmChanged() and conflictsChanged() answer).
    void refreshConflicts();
    // Keeps one side of a conflict (resolved() answers, then conflictsChanged()).
    void resolve(qint64 conflictId, KeepSide keep);

    const VmmSyncReport &lastReport() const { return m_lastReport; }
    qint64 lastFinishedMs() const { return m_lastFinishedMs; }

    // The most items one committed() event carries: larger bursts are split over several
    // turns of the event loop.
    static constexpr int maxItemsPerEvent = 20000;

Q_SIGNALS:
    void started();
    void startRefused(const QString &reason);
    void runningChanged(bool running);
    void progress(int done, int total, const QString &stage);
    void logLines(const QList<ipam::SyncLogLine> &lines);
    void finished(const ipam::VmmSyncReport &report);
    void conflictsChanged(const QList<ipam::VmmConflict> &conflicts);
    // IPAM objects VMM refused to take (405/501), each with the reason; after every run,
    // resolve and refreshConflicts().
    void notInVmmChanged(const QStringList &objects);
    void resolved(qint64 conflictId, bool ok, const QString &message);
    // The worker's commits (sync writes, resolves), for ConsoleModels::apply.
    void committed(const ipam::ChangeEvent &event);

private:
    friend class SyncWorker;
    void post(std::function<void(SyncWorker &)> job);
    Parsed<VmmSyncOptions> currentOptions();
    void onWorkerCommitted(const ChangeEvent &event);
    void onWorkerFinished(const VmmSyncReport &report);
    void onWorkerConflicts(const QList<VmmConflict> &conflicts, bool endsJob);
    void onWorkerResolved(qint64 conflictId, const WriteResult &result);
    void onJobDone();
    void drainCommitted(int maxItems);

    DatabaseLocation m_location;
    Principal m_principal;
    VmmSyncOptions m_options;
    OptionsProvider m_optionsProvider;
    std::chrono::milliseconds m_interval{0};
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr; // lives in m_thread
    QTimer *m_periodic = nullptr;
    QTimer *m_applyTimer = nullptr;
    QList<ChangeEvent> m_pendingEvents;
    bool m_running = false;
    int m_pendingJobs = 0;
    VmmSyncReport m_lastReport;
    qint64 m_lastFinishedMs = 0;
};

} // namespace ipam
