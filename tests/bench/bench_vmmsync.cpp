// Benchmark, not a test: a VMM pull of 100,000 objects from the SPF test peer into a fresh
// SQLite store through VmmSync (every object through the write path, audited), then a no-op
// re-sync of the same store (the first one after the pull records what it compared, the
// next is the steady state); the median of several runs beside the floor of the same
// machine: downloading and parsing the same pages with QNetworkAccessManager, nothing
// compared or written. The peer serves from its own thread (a real VMM is another machine)
// and reports its own share of the time.
//
//   bench_vmmsync [OBJECTS] [RUNS] [PAGE_SIZE] [sqlite|postgresql] [rls]
//                 (default 100000 3 1000 sqlite; postgresql: a fresh database per run on the
//                 server IPAM_TEST_PG_URL names, as the tests use)
//
// With "rls" (PostgreSQL), each run pulls twice, into two fresh stores, as a login of its own
// holding IPAM ASM Administrator Role in Global (what a VMM account holds) rather than as the
// owner: once with row-level security on (as schema version 9 leaves it), once with the owner
// having switched it off on every table, so the two figures differ by what RLS costs.

#include "access/accesscontrolstore.h"
#include "spfpeer.h"
#include "store/accesscontroltables.h"
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
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <optional>
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

// A connection to `store` as a new login holding the VMM account's role in Global; row-level
// security switched off first when `rowSecurity` is false. The login is dropped by the caller.
std::shared_ptr<Database> openAsLogin(ipam::test::TestDatabase &store, bool rowSecurity,
                                      QString *login)
{
    const std::shared_ptr<Database> owner = store.open();
    if (!owner)
        return nullptr;
    *login = QStringLiteral("ipam_bench_%1").arg(QRandomGenerator::global()->generate() % 1000000);
    QString error;
    if (!owner->exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(*login), &error))
        qFatal("%s", qPrintable(error));
    WritePath admin(owner, AccessControlTables(*owner).connectedPrincipal());
    if (!AccessControlStore(admin)
                 .addPolicy(*login, false, builtinroles::asmAdministrator, QStringLiteral("Global"))
                 .ok())
        qFatal("cannot add the bench login's policy");
    if (!rowSecurity) {
        for (const char *table :
             {"address_space", "logical_network", "network_site", "vm_network", "ip_block",
              "ip_subnet", "ip_range", "ip_address", "audit_log", "access_policy", "vmm_link",
              "vmm_conflict", "vmm_mark", "utilization_point"}) {
            if (!owner->exec(QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY")
                                     .arg(QLatin1StringView(table)),
                             &error))
                qFatal("%s", qPrintable(error));
        }
    }
    QUrl url(store.url());
    url.setUserName(*login);
    const Parsed<std::shared_ptr<Database>> db
            = Database::open(DatabaseLocation::parse(url.toString()).value());
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return db.value();
}

void dropLogin(ipam::test::TestDatabase &store, const QString &login)
{
    const std::shared_ptr<Database> owner = store.open();
    owner->exec(QStringLiteral("DROP OWNED BY \"%1\"").arg(login), nullptr);
    owner->exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login), nullptr);
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
    const bool compareRowSecurity = args.size() > 5 && args[5] == QLatin1String("rls");

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

    if (compareRowSecurity) {
        std::vector<qint64> with, without;
        for (int run = 1; run <= runs; ++run) {
            // Alternating which goes first, so that a warming server favours neither.
            for (const bool rowSecurity : {run % 2 == 1, run % 2 == 0}) {
                ipam::test::TestDatabase store(backend);
                QString login;
                const std::shared_ptr<Database> db
                        = store.isValid() ? openAsLogin(store, rowSecurity, &login) : nullptr;
                if (!db) {
                    std::fprintf(stderr, "no %s store: %s\n", qPrintable(backend),
                                 qPrintable(store.error()));
                    return 1;
                }
                {
                    WritePath writePath(db, AccessControlTables(*db).connectedPrincipal());
                    const RunFigures pull = runSync(writePath, peer);
                    printRun(rowSecurity ? "RLS on" : "RLS off", run, pull);
                    (rowSecurity ? with : without).push_back(pull.ms);
                    if (!pull.report.completed)
                        std::printf("WARNING: the pull did not complete\n");
                }
                dropLogin(store, login);
            }
        }
        const qint64 on = median(with), off = median(without);
        std::printf("\npull of %d VMM objects into a fresh PostgreSQL store as a login holding "
                    "IPAM ASM Administrator Role in Global (median of %d):\n",
                    objects, runs);
        std::printf("  row-level security off (baseline) %9lld ms\n", off);
        std::printf("  row-level security on             %9lld ms  (%+.1f %%, goal <= +20 %%)\n",
                    on, off ? 100.0 * double(on - off) / double(off) : 0.0);
        return 0;
    }

    // The backend asked for, then (when that is not SQLite) SQLite in the same run: each
    // figure is printed beside the same run's SQLite one.
    struct Medians
    {
        qint64 pull = 0, first = 0, noop = 0;
    };
    bool allCompleted = true;
    auto measure = [&](const QString &onBackend) -> std::optional<Medians> {
        std::vector<qint64> pulls;
        std::vector<qint64> firsts;
        std::vector<qint64> noops;
        for (int run = 1; run <= runs; ++run) {
            ipam::test::TestDatabase store(onBackend);
            const std::shared_ptr<Database> db = store.isValid() ? store.open() : nullptr;
            if (!db) {
                std::fprintf(stderr, "no %s store: %s\n", qPrintable(onBackend),
                             qPrintable(store.error()));
                return std::nullopt;
            }
            WritePath writePath(db, Principal{QStringLiteral("vmm-sync"), {}});
            const RunFigures pull = runSync(writePath, peer);
            printRun("pull", run, pull);
            // The first re-sync compares in full what the pull could not hash (network sites,
            // whose values depend on subnets) and records their hashes, then marks IPAM as seen
            // whole; the next one reads nothing of IPAM and matches VMM's entities by their
            // bytes.
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
        return Medians{median(pulls), median(firsts), median(noops)};
    };
    std::printf("%s:\n", qPrintable(backend));
    const std::optional<Medians> ours = measure(backend);
    if (!ours)
        return 1;
    std::optional<Medians> sqlite = ours;
    if (backend != QLatin1String("sqlite")) {
        std::printf("sqlite (the same run's baseline):\n");
        sqlite = measure(QStringLiteral("sqlite"));
        if (!sqlite)
            return 1;
    }

    std::printf("\n%-52s %12s %12s %12s %10s\n", "figure (median of runs)", "ours", "SQLite",
                "floor", "goal");
    std::printf("%-52s %9lld ms %9lld ms %9lld ms %10s\n",
                qPrintable(QStringLiteral("pull of %1 VMM objects into a fresh %2 store")
                                   .arg(objects)
                                   .arg(backend)),
                ours->pull, sqlite->pull, floorMs, "<= 5 s");
    std::printf("%-52s %9lld ms %9lld ms %9lld ms %10s\n",
                "first re-sync after the pull (records hashes)", ours->first, sqlite->first,
                floorMs, "");
    std::printf("%-52s %9lld ms %9lld ms %9lld ms %10s\n", "no-op re-sync of the same store",
                ours->noop, sqlite->noop, floorMs, "<= 0.5 s");
    std::printf("\nfloor: the same pages fetched and parsed by QNetworkAccessManager, nothing "
                "compared or written; the peer serves SPF's contract (sites derived from the "
                "pools)\n");
    if (!allCompleted)
        std::printf("WARNING: a sync did not complete; its figure measures a failure\n");
    return 0;
}
