// Benchmark, not a test: a VMM pull of 100,000 objects from the SPF test peer into a fresh
// SQLite store through VmmSync (every object through the write path, audited), then a no-op
// re-sync of the same store (the first one after the pull records what it compared, the
// next is the steady state); the median of several runs beside the floor of the same
// machine: downloading and parsing the same pages with QNetworkAccessManager, nothing
// compared or written. The peer serves from its own thread (a real VMM is another machine)
// and reports its own share of the time.
//
//   bench_vmmsync [OBJECTS] [RUNS] [PAGE_SIZE] [sqlite|postgresql]
//                 (default 100000 3 1000 sqlite; postgresql: a fresh database per run on the
//                 server IPAM_TEST_PG_URL names, as the tests use)

#include "spfpeer.h"
#include "store/database.h"
#include "testdatabase.h"
#include "vmm/vmmsync.h"
#include "write/writepath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ipam;
using ipam::test::SpfEntityStore;
using ipam::test::SpfPeer;

namespace {

struct RunFigures
{
    qint64 ms = 0;
    double serverMs = 0;
    int gets = 0;
    int writes = 0;
    VmmSyncReport report;
};

qint64 median(std::vector<qint64> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The floor: every page of every set fetched and parsed, as any client must, nothing more.
qint64 downloadFloor(const QUrl &base, int *entities)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QElapsedTimer timer;
    timer.start();
    *entities = 0;
    for (const QString &set : SpfEntityStore::setNames()) {
        QUrl next(base.toString() + QLatin1Char('/') + set);
        while (next.isValid()) {
            QNetworkReply *reply = manager.get(QNetworkRequest(next));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            *entities += int(page.value(QStringLiteral("value")).toArray().size());
            next = QUrl(page.value(QStringLiteral("odata.nextLink")).toString());
        }
    }
    return timer.elapsed();
}

RunFigures runSync(WritePath &writePath, SpfPeer &peer)
{
    VmmSyncOptions options;
    options.baseUrl = peer.baseUrl();
    peer.clearRequests();
    const qint64 serverBefore = peer.serverNanoseconds();
    VmmSync sync(writePath, options);
    QElapsedTimer timer;
    timer.start();
    RunFigures figures;
    figures.report = sync.run();
    figures.ms = timer.elapsed();
    figures.serverMs = double(peer.serverNanoseconds() - serverBefore) / 1e6;
    for (const SpfPeer::Request &request : peer.requests()) {
        if (request.method == QLatin1String("GET") && request.tunnelledMethod.isEmpty())
            ++figures.gets;
        else
            ++figures.writes;
    }
    return figures;
}

void printRun(const char *label, int run, const RunFigures &f)
{
    std::printf("  run %d %-8s %7lld ms (peer %6.1f ms, %d GETs, %d writes): %s%s%s\n", run, label,
                f.ms, f.serverMs, f.gets, f.writes, qPrintable(f.report.summary()),
                f.report.completed ? "" : "; NOT COMPLETED: ",
                f.report.completed ? "" : qPrintable(f.report.error));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each run's line as it ends, also into a file
    const QStringList args = app.arguments();
    const int objects = args.size() > 1 ? args[1].toInt() : 100000;
    const int runs = std::max(1, args.size() > 2 ? args[2].toInt() : 3);
    const int pageSize = args.size() > 3 ? args[3].toInt() : 1000;
    const QString backend = args.size() > 4 ? args[4] : QStringLiteral("sqlite");

    ipam::test::SpfPeerThread peerThread;
    SpfPeer &peer = peerThread.peer();
    QElapsedTimer timer;
    timer.start();
    peer.generate(objects);
    peer.setPageSize(pageSize);
    if (!peerThread.listen()) {
        std::fprintf(stderr, "the test peer cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("SPF test peer: %d objects generated in %lld ms (%d logical networks, %d sites, "
                "%d pools, %d VM networks, %d VM subnets), %d per page\n",
                objects, timer.elapsed(), peer.count(QStringLiteral("LogicalNetworks")),
                peer.count(QStringLiteral("LogicalNetworkDefinitions")),
                peer.count(QStringLiteral("StaticIPAddressPools")),
                peer.count(QStringLiteral("VMNetworks")), peer.count(QStringLiteral("VMSubnets")),
                pageSize);

    int downloaded = 0;
    const qint64 floorMs = downloadFloor(peer.baseUrl(), &downloaded);
    std::printf("floor: %d objects downloaded and parsed in %lld ms\n", downloaded, floorMs);

    std::vector<qint64> pulls;
    std::vector<qint64> firsts;
    std::vector<qint64> noops;
    bool allCompleted = true;
    for (int run = 1; run <= runs; ++run) {
        ipam::test::TestDatabase store(backend);
        const std::shared_ptr<Database> db = store.isValid() ? store.open() : nullptr;
        if (!db) {
            std::fprintf(stderr, "no %s store: %s\n", qPrintable(backend),
                         qPrintable(store.error()));
            return 1;
        }
        WritePath writePath(db, Principal{QStringLiteral("vmm-sync"), {}});
        const RunFigures pull = runSync(writePath, peer);
        printRun("pull", run, pull);
        // The first re-sync compares in full what the pull could not hash (network sites,
        // whose values depend on subnets) and records their hashes, then marks IPAM as seen
        // whole; the next one reads nothing of IPAM and matches VMM's entities by their bytes.
        const RunFigures first = runSync(writePath, peer);
        printRun("re-sync", run, first);
        const RunFigures noop = runSync(writePath, peer);
        printRun("no-op", run, noop);
        pulls.push_back(pull.ms);
        firsts.push_back(first.ms);
        noops.push_back(noop.ms);
        allCompleted = allCompleted && pull.report.completed && first.report.completed
                && noop.report.completed;
    }

    std::printf("\n%-52s %12s %12s %10s\n", "figure (median of runs)", "ours", "floor", "goal");
    std::printf("%-52s %9lld ms %9lld ms %10s\n",
                qPrintable(QStringLiteral("pull of %1 VMM objects into a fresh %2 store")
                                   .arg(objects)
                                   .arg(backend)),
                median(pulls), floorMs, "<= 5 s");
    std::printf("%-52s %9lld ms %9lld ms %10s\n", "first re-sync after the pull (records hashes)",
                median(firsts), floorMs, "");
    std::printf("%-52s %9lld ms %9lld ms %10s\n", "no-op re-sync of the same store", median(noops),
                floorMs, "<= 0.5 s");
    std::printf("\nfloor: the same pages fetched and parsed by QNetworkAccessManager, nothing "
                "compared or written\n");
    if (!allCompleted)
        std::printf("WARNING: a sync did not complete; its figure measures a failure\n");
    return 0;
}
