// Benchmark of the utilization history (not a test: not run by CTest). Every figure is printed
// beside its same-run baseline:
//  - the write path's cost with history kept, beside the same change sets with it off
//    (UtilizationRecorder::setEnabled(false)), alternating per run: one change set of 10,000
//    new addresses in 10,000 subnets (10,000 subnet + 10,000 range points), its removal, and
//    200 one-address change sets (a console's edits). Goal: within 10 %.
//  - storage: bytes per subnet-year (365 points per subnet: a year of daily activity) on
//    SQLite (file growth) and PostgreSQL (pg_total_relation_size), beside the subnet row's own.
//  - trend reads: one subnet over a year (goal <= 20 ms), a logical network of 10,000 subnets
//    with a year of weekly points each (goal <= 200 ms), beside reading the same rows' points
//    with a bare SELECT.
//  - forecasts: forecastUtilization over the 10,000 subnets' trends.
// On PostgreSQL when IPAM_TEST_PG_URL is set (a superuser URL), SQLite always.
//
//     bench_history [--runs N] [--reads-only] [--subnets N (1,000..60,000)]

#include "history/utilizationforecast.h"
#include "history/utilizationrecorder.h"
#include "history/utilizationtrend.h"
#include "store/sqlitestatement.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace ipam;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// This process's CPU time: on a machine shared with other builds, wall time of one change set
// swings by half; SQLite works inside the process, so its cost is CPU time here. (PostgreSQL's
// server time is not in it: its rows print wall time too.)
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void row(const char *what, double ours, double baseline, const char *baselineName, const char *goal)
{
    std::printf("  %-44s %9.2f ms   %-22s %9.2f ms  (%+.1f %%)  %s\n", what, ours, baselineName,
                baseline, baseline > 0 ? (ours / baseline - 1) * 100 : 0.0, goal);
    std::fflush(stdout);
}

QString addressText(int i)
{
    return QStringLiteral("10.%1.%2.9").arg(i / 256).arg(i % 256);
}

bool submit(WritePath &writePath, const ChangeSet &set)
{
    const WriteResult result = writePath.submit(set);
    if (!result.ok())
        std::fprintf(stderr, "bench_history: %s\n", qPrintable(result.message));
    return result.ok();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

int benchBackend(const QString &backend, int runs)
{
    test::TestDatabase testDb(backend);
    if (!testDb.isValid()) {
        std::printf("%s: %s\n", qPrintable(backend), qPrintable(testDb.error()));
        return backend == QLatin1String("sqlite") ? 2 : 0;
    }
    std::shared_ptr<Database> db = testDb.open();
    WritePath writePath(db, Principal{QStringLiteral("bench"), {}});
    const ObjectId def = writePath.store().defaultSpace()->id;
    int subnetCount = 10'000; // --subnets N
    if (const qsizetype i = QCoreApplication::arguments().indexOf(QStringLiteral("--subnets"));
        i >= 0 && i + 1 < QCoreApplication::arguments().size())
        subnetCount = qBound(1000, QCoreApplication::arguments().at(i + 1).toInt(), 60'000);
    LogicalNetwork network;
    network.name = QStringLiteral("Bench");
    network.spaceId = def;
    ChangeSet first;
    first.create(network);
    if (!submit(writePath, first))
        return 1;
    network.id
            = writePath.store().select<LogicalNetwork>(QStringLiteral("1 = 1"), {}, {}).first().id;
    ChangeSet subnets;
    for (int i = 0; i < subnetCount; ++i) {
        Subnet s;
        s.spaceId = def;
        s.logicalNetworkId = network.id;
        s.networkId
                = Prefix::parse(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)).value();
        subnets.create(s);
        Range r;
        r.spaceId = def;
        r.startAddress
                = IpAddress::parse(QStringLiteral("10.%1.%2.1").arg(i / 256).arg(i % 256)).value();
        r.endAddress = IpAddress::parse(QStringLiteral("10.%1.%2.200").arg(i / 256).arg(i % 256))
                               .value();
        subnets.create(r);
    }
    auto start = Clock::now();
    if (!submit(writePath, subnets))
        return 1;
    std::printf("%s: %d subnets with a range each in %.0f ms\n", qPrintable(backend), subnetCount,
                msSince(start));

    // Write cost, history on and off alternating (--reads-only: skipped).
    const bool readsOnly = QCoreApplication::arguments().contains(QStringLiteral("--reads-only"));
    std::vector<double> bulkOn, bulkOff, removeOn, removeOff, singleOn, singleOff;
    std::vector<double> bulkOnCpu, bulkOffCpu, removeOnCpu, removeOffCpu, singleOnCpu, singleOffCpu;
    for (int run = 0; run < (readsOnly ? 0 : runs * 2); ++run) {
        const bool on = run % 2 == 0;
        UtilizationRecorder::setEnabled(on);
        ChangeSet adds;
        for (int i = 0; i < subnetCount; ++i) {
            Address a;
            a.spaceId = def;
            a.ipAddress = IpAddress::parse(addressText(i)).value();
            adds.create(a);
        }
        start = Clock::now();
        double cpu = cpuMs();
        if (!submit(writePath, adds))
            return 1;
        (on ? bulkOn : bulkOff).push_back(msSince(start));
        (on ? bulkOnCpu : bulkOffCpu).push_back(cpuMs() - cpu);
        ChangeSet removes;
        for (const Address &a :
             writePath.store().select<Address>(QStringLiteral("1 = 1"), {}, QString()))
            removes.remove(a);
        start = Clock::now();
        cpu = cpuMs();
        if (!submit(writePath, removes))
            return 1;
        (on ? removeOn : removeOff).push_back(msSince(start));
        (on ? removeOnCpu : removeOffCpu).push_back(cpuMs() - cpu);
        // One-address sets, history on and off alternating per set (the machine's load
        // drifts over seconds).
        double single[2] = {0, 0}, singleCpu[2] = {0, 0};
        for (int i = 0; i < 400; ++i) {
            const bool kept = i % 2 == 0;
            UtilizationRecorder::setEnabled(kept);
            ChangeSet one;
            Address a;
            a.spaceId = def;
            a.ipAddress = IpAddress::parse(addressText((run * 400 + i) * 37 % subnetCount)).value();
            one.create(a);
            start = Clock::now();
            cpu = cpuMs();
            if (!submit(writePath, one))
                return 1;
            single[kept ? 1 : 0] += msSince(start);
            singleCpu[kept ? 1 : 0] += cpuMs() - cpu;
        }
        if (on) {
            singleOn.push_back(single[1] / 200);
            singleOff.push_back(single[0] / 200);
            singleOnCpu.push_back(singleCpu[1] / 200);
            singleOffCpu.push_back(singleCpu[0] / 200);
        }
        ChangeSet clear;
        for (const Address &a :
             writePath.store().select<Address>(QStringLiteral("1 = 1"), {}, QString()))
            clear.remove(a);
        if (!submit(writePath, clear))
            return 1;
    }
    UtilizationRecorder::setEnabled(true);
    if (!readsOnly) {
        std::printf(" write path, median of %d (history kept vs off, same run):\n", runs);
        row("N addresses in N subnets (--subnets), one set", median(bulkOn), median(bulkOff),
            "history off", "goal <= +10 %");
        row("their removal, one set", median(removeOn), median(removeOff), "history off",
            "goal <= +10 %");
        row("one address per set (200 + 200 sets), per set", median(singleOn), median(singleOff),
            "history off", "goal <= +10 %");
        std::printf(" the same, this process's CPU time:\n");
        row("N addresses in N subnets (--subnets), one set", median(bulkOnCpu), median(bulkOffCpu),
            "history off", "goal <= +10 %");
        row("their removal, one set", median(removeOnCpu), median(removeOffCpu), "history off",
            "goal <= +10 %");
        row("one address per set (200 + 200 sets), per set", median(singleOnCpu),
            median(singleOffCpu), "history off", "goal <= +10 %");
    }

    // A year of daily points for 1,000 subnets (storage), weekly for all 10,000 (reads).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 yearAgo = now - 365 * msPerDay;
    QSqlQuery wipe(db->connection());
    wipe.exec(QStringLiteral("DELETE FROM utilization_point"));
    const QList<Subnet> all
            = writePath.store().select<Subnet>(QStringLiteral("1 = 1"), {}, QStringLiteral("id"));
    auto sizeNow = [&]() -> qint64 {
        if (db->isPostgreSql())
            return scalar(*db,
                          QStringLiteral("SELECT pg_total_relation_size('utilization_point')"));
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return QFileInfo(testDb.url()).size();
    };
    const qint64 before = sizeNow();
    constexpr int yearSubnets = 1000;
    QString error;
    db->beginWrite(&error);
    for (int day = 0; day < 365; ++day) {
        QList<UtilizationSample> samples;
        for (int i = 0; i < yearSubnets; ++i)
            samples.append({ObjectKind::Subnet, all.at(i).id, AddressCount::fromValue(200),
                            qint64(day * 200 / 365 + i % 7)});
        if (!UtilizationRecorder::record(*db, yearAgo + day * msPerDay, samples, &error)) {
            std::fprintf(stderr, "bench_history: %s\n", qPrintable(error));
            return 1;
        }
    }
    db->commit(&error);
    const qint64 grown = sizeNow() - before;
    std::printf(" storage: %.0f bytes per subnet-year (365 points), %.1f per point; 1,000,000 "
                "subnets: %.1f GB\n",
                double(grown) / yearSubnets, double(grown) / (yearSubnets * 365.0),
                double(grown) / yearSubnets * 1e6 / 1e9);
    // The rest of the 10,000: a point a week.
    db->beginWrite(&error);
    for (int week = 0; week < 52; ++week) {
        QList<UtilizationSample> samples;
        for (int i = yearSubnets; i < subnetCount; ++i)
            samples.append({ObjectKind::Subnet, all.at(i).id, AddressCount::fromValue(200),
                            qint64(week * 3 + i % 11)});
        UtilizationRecorder::record(*db, yearAgo + week * 7 * msPerDay + 1000, samples, &error);
    }
    db->commit(&error);

    UtilizationTrendReader reader(*db);
    UtilizationTrend trend;
    std::vector<double> one, oneBare, lnRead, lnBare;
    for (int run = 0; run < runs; ++run) {
        start = Clock::now();
        reader.read({{ObjectKind::Subnet, all.at(17).id}}, yearAgo, now, &trend, &error);
        one.push_back(msSince(start));
        const qsizetype onePoints = trend.points.size();
        start = Clock::now();
        qint64 n = 0;
        forEachRow(*db,
                   QStringLiteral("SELECT at_ms, assigned, used FROM utilization_point WHERE kind "
                                  "= 5 AND object_id = ?"),
                   {all.at(17).id}, &error, [&n](const auto &) { ++n; });
        oneBare.push_back(msSince(start));
        start = Clock::now();
        reader.read({{ObjectKind::LogicalNetwork, network.id}}, yearAgo, now, &trend, &error);
        lnRead.push_back(msSince(start));
        start = Clock::now();
        n = 0;
        forEachRow(*db,
                   QStringLiteral("SELECT object_id, at_ms, assigned, used FROM utilization_point "
                                  "WHERE kind = 5"),
                   {}, &error, [&n](const auto &) { ++n; });
        lnBare.push_back(msSince(start));
        if (run == 0)
            std::printf(" trends (one subnet: %lld points; the logical network: %lld points from "
                        "%lld rows):\n",
                        qlonglong(onePoints), qlonglong(trend.points.size()), qlonglong(n));
    }
    row("trend of one subnet over a year", median(one), median(oneBare),
        "bare SELECT of its points", "goal <= 20 ms");
    row("trend of a logical network of 10,000 subnets", median(lnRead), median(lnBare),
        "bare SELECT of the rows", "goal <= 200 ms");

    // Forecasts of the 10,000 subnets, each from its own year.
    std::vector<UtilizationTrend> trends(all.size());
    start = Clock::now();
    for (int i = 0; i < all.size(); ++i)
        reader.read({{ObjectKind::Subnet, all.at(i).id}}, yearAgo, now, &trends[i], &error);
    const double readAll = msSince(start);
    start = Clock::now();
    int dated = 0;
    for (const UtilizationTrend &t : trends)
        dated += forecastUtilization(t, now, 80.0).fullAtMs.has_value();
    const double fitAll = msSince(start);
    std::printf("  forecasts of %lld subnets: %.1f ms to fit (%d with a date) after %.0f ms of "
                "one read per subnet\n",
                qlonglong(all.size()), fitAll, dated, readAll);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int runs = 3;
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--runs"));
        i >= 0 && i + 1 < arguments.size())
        runs = qMax(1, arguments.at(i + 1).toInt());
    int rc = benchBackend(QStringLiteral("sqlite"), runs);
    if (rc == 0 && !qEnvironmentVariableIsEmpty("IPAM_TEST_PG_URL"))
        rc = benchBackend(QStringLiteral("postgresql"), runs);
    return rc;
}
