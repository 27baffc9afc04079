#include "backgroundsync.h"

#include "access/rbacauthorizer.h"
#include "store/database.h"
#include "write/writepath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <limits>
#include <optional>

namespace ipam {

// The worker thread's side: its own connection, write path and, during a run, the VmmSync.
// Everything it reports goes back to the BackgroundSync through queued calls (functors, so
// none of the report types needs registering as a meta type).
class SyncWorker : public QObject
{
public:
    SyncWorker(BackgroundSync *owner, DatabaseLocation location, Principal principal)
        : m_owner(owner)
        , m_location(std::move(location))
        , m_principal(std::move(principal))
    { }
    // Runs on the worker thread (QThread::finished -> deleteLater), where the connection was
    // opened.
    ~SyncWorker() override = default;

    void run(const VmmSyncOptions &options);
    void listConflicts(const VmmSyncOptions &options);
    void resolve(const VmmSyncOptions &options, qint64 conflictId, KeepSide keep);

    // Any thread.
    void cancel()
    {
        m_cancelRequested = true;
        const QMutexLocker locker(&m_mutex);
        if (m_current)
            m_current->cancel();
    }
    void clearCancel() { m_cancelRequested = false; }

private:
    template<typename F>
    void toOwner(F function)
    {
        QMetaObject::invokeMethod(m_owner, std::move(function), Qt::QueuedConnection);
    }
    bool ensureOpen(QString *error);
    // The open conflicts and what VMM would not take; endsJob: the answer to listConflicts()
    // (not the lists that follow a run or a resolve).
    void postConflicts(VmmSync &sync, bool endsJob);
    void forwardLines(VmmSync &sync);
    void flushLines();
    void flushProgress(bool force);

    BackgroundSync *const m_owner;
    const DatabaseLocation m_location;
    const Principal m_principal;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<WritePath> m_writePath;

    QMutex m_mutex;
    VmmSync *m_current = nullptr; // guarded by m_mutex
    std::atomic<bool> m_cancelRequested{false};

    QList<SyncLogLine> m_lines;
    QElapsedTimer m_sinceLines;
    struct Progress
    {
        int done = 0;
        int total = 0;
        QString stage;
    };
    std::optional<Progress> m_progress; // not yet forwarded
    QElapsedTimer m_sinceProgress;
};

namespace {
constexpr int progressIntervalMs = 50;
constexpr int lineFlushIntervalMs = 100;
constexpr int lineBatch = 500;
} // namespace

bool SyncWorker::ensureOpen(QString *error)
{
    if (m_writePath)
        return true;
    Parsed<std::shared_ptr<Database>> opened = Database::open(m_location);
    if (!opened) {
        *error = QCoreApplication::translate("ipam::BackgroundSync", "cannot open the store: %1")
                         .arg(opened.error());
        return false;
    }
    m_database = opened.value();
    m_writePath = std::make_unique<WritePath>(m_database, m_principal);
    m_writePath->setAuthorizer(makeAuthorizer(m_database));
    // Each commit of the sync, to the console's models (queued: they live on the GUI thread).
    QObject::connect(m_writePath.get(), &WritePath::committed, m_writePath.get(),
                     [this](const ChangeEvent &event) {
                         BackgroundSync *owner = m_owner;
                         toOwner([owner, event] { owner->onWorkerCommitted(event); });
                     });
    return true;
}

void SyncWorker::flushLines()
{
    m_sinceLines.restart();
    if (m_lines.isEmpty())
        return;
    BackgroundSync *owner = m_owner;
    toOwner([owner, lines = std::exchange(m_lines, {})] { Q_EMIT owner->logLines(lines); });
}

void SyncWorker::flushProgress(bool force)
{
    if (!m_progress || (!force && m_sinceProgress.elapsed() < progressIntervalMs))
        return;
    m_sinceProgress.restart();
    BackgroundSync *owner = m_owner;
    toOwner([owner, p = *std::exchange(m_progress, std::nullopt)] {
        Q_EMIT owner->progress(p.done, p.total, p.stage);
    });
}

void SyncWorker::postConflicts(VmmSync &sync, bool endsJob)
{
    BackgroundSync *owner = m_owner;
    // What VMM refused to take comes first, so the job ends with the conflict list.
    toOwner([owner, objects = sync.notInVmm()] { Q_EMIT owner->notInVmmChanged(objects); });
    toOwner([owner, conflicts = sync.conflicts(), endsJob] {
        owner->onWorkerConflicts(conflicts, endsJob);
    });
}

void SyncWorker::run(const VmmSyncOptions &options)
{
    VmmSyncReport report;
    QString error;
    if (!ensureOpen(&error)) {
        report.error = error;
        BackgroundSync *owner = m_owner;
        toOwner([owner, report] { owner->onWorkerFinished(report); });
        return;
    }
    VmmSync sync(*m_writePath, options);
    forwardLines(sync);
    QObject::connect(&sync, &VmmSync::progress, &sync,
                     [this](int done, int total, const QString &stage) {
                         m_progress = Progress{done, total, stage};
                         flushProgress(done >= total);
                     });
    // The connector waits for each answer in a local event loop, where this timer fires:
    // lines and progress show up even while one slow request is pending.
    QTimer flush;
    flush.setInterval(lineFlushIntervalMs);
    QObject::connect(&flush, &QTimer::timeout, &sync, [this] {
        flushLines();
        flushProgress(false);
    });
    m_sinceProgress.start();
    flush.start();
    {
        const QMutexLocker locker(&m_mutex);
        m_current = &sync;
    }
    if (m_cancelRequested)
        sync.cancel();
    report = sync.run();
    {
        const QMutexLocker locker(&m_mutex);
        m_current = nullptr;
    }
    flush.stop();
    flushLines();
    flushProgress(true);
    // The report's own log duplicates the lines already sent: keep the summary small.
    report.log.clear();
    BackgroundSync *owner = m_owner;
    toOwner([owner, report] { owner->onWorkerFinished(report); });
    postConflicts(sync, false);
}

void SyncWorker::forwardLines(VmmSync &sync)
{
    m_sinceLines.start();
    QObject::connect(&sync, &VmmSync::logLine, &sync, [this](const QString &line) {
        m_lines.append({QDateTime::currentMSecsSinceEpoch(), line});
        if (m_lines.size() >= lineBatch || m_sinceLines.elapsed() >= lineFlushIntervalMs)
            flushLines();
    });
}

void SyncWorker::listConflicts(const VmmSyncOptions &options)
{
    QString error;
    BackgroundSync *owner = m_owner;
    if (!ensureOpen(&error)) {
        toOwner([owner] { owner->onJobDone(); });
        return;
    }
    VmmSync sync(*m_writePath, options);
    postConflicts(sync, true);
}

void SyncWorker::resolve(const VmmSyncOptions &options, qint64 conflictId, KeepSide keep)
{
    WriteResult result;
    BackgroundSync *owner = m_owner;
    if (!ensureOpen(&result.message)) {
        result.status = WriteStatus::Failed;
        toOwner([owner, conflictId, result] { owner->onWorkerResolved(conflictId, result); });
        return;
    }
    VmmSync sync(*m_writePath, options);
    forwardLines(sync);
    result = sync.resolve(conflictId, keep);
    flushLines();
    toOwner([owner, conflictId, result] { owner->onWorkerResolved(conflictId, result); });
    postConflicts(sync, false);
}

BackgroundSync::BackgroundSync(DatabaseLocation location, Principal principal, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_principal(std::move(principal))
{
    m_periodic = new QTimer(this);
    connect(m_periodic, &QTimer::timeout, this, [this] {
        if (!isBusy())
            start();
    });
    m_applyTimer = new QTimer(this);
    m_applyTimer->setSingleShot(true);
    // Commits arriving in a burst are merged; the models update at most ~20 times a second.
    m_applyTimer->setInterval(50);
    connect(m_applyTimer, &QTimer::timeout, this, [this] { drainCommitted(maxItemsPerEvent); });
}

BackgroundSync::~BackgroundSync()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void BackgroundSync::setOptions(const VmmSyncOptions &options)
{
    m_options = options;
}

bool BackgroundSync::isConfigured() const
{
    const QString scheme = m_options.baseUrl.scheme();
    return m_options.baseUrl.isValid() && !m_options.baseUrl.host().isEmpty()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void BackgroundSync::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (interval.count() <= 0) {
        m_periodic->stop();
        return;
    }
    m_periodic->start(interval);
}

qint64 BackgroundSync::remainingUntilNextRun() const
{
    return m_periodic->isActive() ? m_periodic->remainingTime() : -1;
}

void BackgroundSync::post(std::function<void(SyncWorker &)> job)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("VMM sync"));
        m_worker = new SyncWorker(this, m_location, m_principal);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();
    }
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, job = std::move(job)] { job(*worker); },
            Qt::QueuedConnection);
}

bool BackgroundSync::start()
{
    if (m_running)
        return false;
    const Parsed<VmmSyncOptions> options = currentOptions();
    if (!options) {
        Q_EMIT startRefused(options.error());
        return false;
    }
    m_running = true;
    if (m_worker)
        m_worker->clearCancel();
    post([options = options.value()](SyncWorker &worker) { worker.run(options); });
    Q_EMIT started();
    Q_EMIT runningChanged(true);
    return true;
}

void BackgroundSync::cancel()
{
    if (m_running && m_worker)
        m_worker->cancel();
}

Parsed<VmmSyncOptions> BackgroundSync::currentOptions()
{
    if (m_optionsProvider) {
        const Parsed<VmmSyncOptions> provided = m_optionsProvider();
        if (!provided)
            return provided;
        // Kept without the credentials: they are read again for the next job.
        m_options = provided.value();
        m_options.credentials = {};
        if (!isConfigured())
            return Parsed<VmmSyncOptions>::failure(
                    tr("no VMM service URL is set (Synchronize > Settings)"));
        return provided;
    }
    if (!isConfigured())
        return Parsed<VmmSyncOptions>::failure(
                tr("no VMM service URL is set (Synchronize > Settings)"));
    return m_options;
}

void BackgroundSync::refreshConflicts()
{
    // Listing reads the store only: no credentials needed.
    ++m_pendingJobs;
    post([options = m_options](SyncWorker &worker) { worker.listConflicts(options); });
}

void BackgroundSync::resolve(qint64 conflictId, KeepSide keep)
{
    // Keeping IPAM's version writes to VMM: it needs the credentials.
    const Parsed<VmmSyncOptions> options = currentOptions();
    if (!options) {
        Q_EMIT resolved(conflictId, false, options.error());
        return;
    }
    ++m_pendingJobs;
    post([options = options.value(), conflictId, keep](SyncWorker &worker) {
        worker.resolve(options, conflictId, keep);
    });
}

void BackgroundSync::onJobDone()
{
    m_pendingJobs = qMax(0, m_pendingJobs - 1);
}

void BackgroundSync::onWorkerCommitted(const ChangeEvent &event)
{
    m_pendingEvents.append(event);
    if (!m_applyTimer->isActive())
        m_applyTimer->start();
}

void BackgroundSync::drainCommitted(int maxItems)
{
    // Consecutive events merged into one, up to maxItems items: ConsoleModels nets out repeats
    // of one object, and each event it applies costs a round of view updates.
    while (!m_pendingEvents.isEmpty()) {
        ChangeEvent merged;
        merged.label = QStringLiteral("VMM sync");
        bool complete = true;
        qsizetype taken = 0;
        for (const ChangeEvent &event : std::as_const(m_pendingEvents)) {
            if (taken > 0 && merged.items.size() + event.items.size() > maxItems)
                break;
            ++taken;
            complete = complete && event.local && event.objects.size() == event.items.size();
            merged.principal = event.principal;
            merged.auditId = event.auditId;
            merged.reloadAll = merged.reloadAll || event.reloadAll;
            merged.items.append(event.items);
            if (complete)
                merged.objects.append(event.objects);
        }
        m_pendingEvents.remove(0, taken);
        if (!complete) {
            // Some objects are missing: the models re-read every item instead.
            merged.local = false;
            merged.objects.clear();
        }
        Q_EMIT committed(merged);
        if (maxItems < std::numeric_limits<int>::max() && !m_pendingEvents.isEmpty()) {
            m_applyTimer->start();
            return;
        }
    }
}

void BackgroundSync::onWorkerFinished(const VmmSyncReport &report)
{
    // Every commit of the run reaches the models before anyone hears that it finished.
    m_applyTimer->stop();
    drainCommitted(std::numeric_limits<int>::max());
    m_running = false;
    m_lastReport = report;
    m_lastFinishedMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT finished(report);
    Q_EMIT runningChanged(false);
}

void BackgroundSync::onWorkerConflicts(const QList<VmmConflict> &conflicts, bool endsJob)
{
    if (endsJob)
        onJobDone();
    Q_EMIT conflictsChanged(conflicts);
}

void BackgroundSync::onWorkerResolved(qint64 conflictId, const WriteResult &result)
{
    // Its commit (keep VMM) is already queued ahead of this answer.
    m_applyTimer->stop();
    drainCommitted(std::numeric_limits<int>::max());
    onJobDone();
    Q_EMIT resolved(conflictId, result.ok(), result.message);
}

} // namespace ipam
