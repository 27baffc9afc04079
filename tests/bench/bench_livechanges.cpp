// Live updates between consoles: latency from a commit in one process to the console models
// of another having applied it, on SQLite (PRAGMA data_version polled every 250 ms) and on
// PostgreSQL (LISTEN/NOTIFY; PostgreSQL when IPAM_TEST_PG_URL names a server).
//
// Two writers, 50 subnet creates each, a random pause (0 .. one poll interval) before each
// commit so that commits fall anywhere in the watcher's cycle, as real ones do:
//  - a second connection in this process (the feed includes this process's change sets):
//    from submit() returning (committed) to ConsoleModels::changeApplied;
//  - the ipamctl binary, a real second process: from the audit row's time (taken when the
//    write path starts, a millisecond or so before its commit) to changeApplied, wall clock.
// The console's models hold 10,000 subnets meanwhile. Baselines: the cost of one poll that
// finds nothing (what an idle console pays four times a second), and the promises
// (SQLite 1 s, PostgreSQL 200 ms). Prints figures; never fails on timing.

#include "items/consolemodels.h"
#include "items/subnetmodel.h"
#include "live/livechangefeed.h"
#include "live/sqlitechangewatcher.h"
#include "store/database.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ipam;

namespace {

constexpr int Changes = 50;

struct Figures
{
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
};

Figures summarize(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    auto at = [&](double q) {
        return values.at(qMin(values.size() - 1, qsizetype(q * values.size())));
    };
    return {at(0.5), at(0.95), values.constFirst(), values.constLast()};
}

void print(const char *backend, const char *writer, const QList<double> &latencies, int promiseMs)
{
    const Figures f = summarize(latencies);
    std::printf("  %-10s %-22s n=%2lld  median %7.2f ms  p95 %7.2f ms  min %7.2f  max %7.2f  "
                "(promise <= %d ms)\n",
                backend, writer, qlonglong(latencies.size()), f.median, f.p95, f.min, f.max,
                promiseMs);
    std::fflush(stdout);
}

// Runs the event loop until `done()` or `timeoutMs`.
template<typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void runBackend(const QString &backend)
{
    test::TestDatabase testDb(backend);
    if (!testDb.isValid()) {
        std::printf("  %-10s skipped: %s\n", qPrintable(backend), qPrintable(testDb.error()));
        return;
    }
    const bool sqlite = backend == QLatin1String("sqlite");
    const int promiseMs = sqlite ? 1000 : 200;
    const int pauseMaxMs = SqliteChangeWatcher::defaultIntervalMs;
    std::shared_ptr<Database> connection = testDb.open();
    WritePath writePath(connection, Principal::currentOsUser());
    {
        ChangeSet seed;
        for (int i = 0; i < 10000; ++i) {
            Subnet subnet;
            subnet.spaceId = writePath.store().defaultSpace()->id;
            subnet.networkId
                    = Prefix::parse(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256))
                              .value();
            seed.create(subnet);
        }
        const WriteResult seeded = writePath.submit(seed);
        if (!seeded.ok()) {
            std::printf("  seeding failed: %s\n", qPrintable(seeded.message));
            return;
        }
    }
    LiveChangeFeed feed(connection->location());
    if (!feed.isActive()) {
        std::printf("  %-10s no feed: %s\n", qPrintable(backend), qPrintable(feed.error()));
        return;
    }
    feed.setIncludeOwnProcess(true); // the second-connection writer is this process
    ConsoleModels models(writePath);
    models.load();
    QObject::connect(&feed, &LiveChangeFeed::changed, &models, &ConsoleModels::apply);
    QObject::connect(&feed, &LiveChangeFeed::reloadNeeded, &models, [&models] { models.load(); });
    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> appliedAtNs;     // audit id -> clock
    QHash<qint64, qint64> appliedAtWallMs; // audit id -> wall clock
    QObject::connect(&models, &ConsoleModels::changeApplied, &models,
                     [&](const ChangeEvent &event) {
                         if (event.local)
                             return;
                         appliedAtNs.insert(event.auditId, clock.nsecsElapsed());
                         appliedAtWallMs.insert(event.auditId, QDateTime::currentMSecsSinceEpoch());
                     });
    QRandomGenerator random(42);

    // A second connection in this process.
    {
        WritePath writer(testDb.open(), Principal::currentOsUser());
        QList<double> latencies;
        for (int i = 0; i < Changes; ++i) {
            pause(int(random.bounded(pauseMaxMs)));
            Subnet subnet;
            subnet.spaceId = writer.store().defaultSpace()->id;
            subnet.networkId = Prefix::parse(QStringLiteral("10.200.%1.0/24").arg(i)).value();
            ChangeSet set;
            set.create(subnet);
            const WriteResult result = writer.submit(set);
            const qint64 committedNs = clock.nsecsElapsed();
            if (!result.ok()) {
                std::printf("  write failed: %s\n", qPrintable(result.message));
                return;
            }
            if (!spinUntil([&] { return appliedAtNs.contains(result.auditId); }, 5000)) {
                std::printf("  change %d never arrived\n", i);
                continue;
            }
            latencies.append(double(appliedAtNs.value(result.auditId) - committedNs) / 1e6);
        }
        print(qPrintable(backend), "second connection", latencies, promiseMs);
    }

    // ipamctl, a real second process; the console's event loop runs meanwhile.
    {
        QList<double> latencies;
        double processMs = 0;
        for (int i = 0; i < Changes; ++i) {
            pause(int(random.bounded(pauseMaxMs)));
            const int before = int(appliedAtWallMs.size());
            QProcess process;
            process.setProgram(QStringLiteral(IPAMCTL_PATH));
            process.setArguments({QStringLiteral("--db"), testDb.url(), QStringLiteral("subnet"),
                                  QStringLiteral("add"), QStringLiteral("10.201.%1.0/24").arg(i)});
            QElapsedTimer run;
            run.start();
            process.start();
            const bool ok = spinUntil(
                    [&] {
                        return process.state() == QProcess::NotRunning
                                && appliedAtWallMs.size() > before;
                    },
                    30000);
            processMs += double(run.elapsed());
            if (!ok || process.exitCode() != 0) {
                std::printf("  ipamctl run %d failed: %s\n", i,
                            process.readAllStandardError().constData());
                continue;
            }
            const qint64 auditId
                    = *std::max_element(appliedAtWallMs.keyBegin(), appliedAtWallMs.keyEnd());
            QSqlQuery query(connection->connection());
            query.prepare(QStringLiteral("SELECT at_ms FROM audit_log WHERE id = ?"));
            query.addBindValue(auditId);
            if (query.exec() && query.next())
                latencies.append(
                        double(appliedAtWallMs.value(auditId) - query.value(0).toLongLong()));
        }
        print(qPrintable(backend), "ipamctl process", latencies, promiseMs);
        std::printf("  %-10s (one ipamctl run, start to exit and applied: %.0f ms on average)\n",
                    qPrintable(backend), processMs / Changes);
    }

    if (sqlite) {
        // Baseline: an idle console's poll (nothing changed).
        SqliteChangeWatcher watcher(testDb.open());
        watcher.setInterval(3600 * 1000);
        constexpr int polls = 10000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < polls; ++i)
            watcher.poll();
        std::printf("  %-10s baseline: one idle poll (PRAGMA data_version) %.2f us; at 4 per "
                    "second %.4f %% of one core\n",
                    qPrintable(backend), double(timer.nsecsElapsed()) / 1e3 / polls,
                    double(timer.nsecsElapsed()) / polls * 4 / 1e9 * 100);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    std::printf("Live updates: commit in one process -> console models updated in another "
                "(%d changes per writer, random pause 0..%d ms before each)\n",
                Changes, SqliteChangeWatcher::defaultIntervalMs);
    runBackend(QStringLiteral("sqlite"));
    runBackend(QStringLiteral("postgresql"));
    return 0;
}
