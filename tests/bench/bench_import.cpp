// Benchmark, not a test: CSV import of subnets, ranges and addresses into a new SQLite store
// through the whole import path (CSV parse, prefix parse, name resolution, every rule, the
// overlap checks across the file and the store, the write path's one transaction, audit row and
// recount), at 10k / 100k / 1M rows so the growth shows, each beside the same run's floor:
// bench_import_floor, a C program loading the same file's rows into a table with a UNIQUE
// index in one transaction. Each load runs in a process of its own (this program, as a child),
// so peak memory is that process's own; figures are medians of --reps runs, CPU time beside
// wall time (the machine is shared: CPU time is the fairer figure). Last, a re-import of the
// same subnets as updates that change nothing.
//
//   bench_import [--sizes 10000,100000,1000000] [--kinds subnet,range,address] [--reps 3]
//                [--addresses-per-subnet N]
//   bench_import --child KIND FILE.csv DB.sqlite [--reimport]      (one measured load)

#include "io/csvimporter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace ipam;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

std::optional<ObjectKind> kindNamed(const QString &name)
{
    if (name == QLatin1String("subnet"))
        return ObjectKind::Subnet;
    if (name == QLatin1String("range"))
        return ObjectKind::Range;
    if (name == QLatin1String("address"))
        return ObjectKind::Address;
    return std::nullopt;
}

// One load, measured from the first byte read to COMMIT, as the floor measures its own.
int child(const QStringList &args)
{
    const std::optional<ObjectKind> kind = kindNamed(args.value(0));
    const bool reimport = args.contains(QLatin1String("--reimport"));
    Parsed<std::shared_ptr<Database>> db
            = Database::open(DatabaseLocation::parse(args.value(2)).value());
    if (!kind || !db) {
        std::fprintf(stderr, "child: %s\n", db ? "bad kind" : qPrintable(db.error()));
        return 1;
    }
    WritePath writePath(db.value(), Principal{QStringLiteral("bench"), {}});
    auto load = [&] {
        QFile csv(args.value(1));
        csv.open(QIODevice::ReadOnly);
        return CsvImporter(writePath).importFrom(*kind, &csv, QStringLiteral("bench"));
    };
    if (reimport) {
        const ImportResult first = load();
        if (!first.ok()) {
            std::fprintf(stderr, "first import failed: %s\n", qPrintable(first.message));
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    const ImportResult result = load();
    const double cpu = cpuMs() - cpu0;
    const qint64 wall = timer.elapsed();
    if (!result.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.message));
        return 1;
    }
    std::printf("%lld %.0f %ld %lld %lld %lld\n", wall, cpu, peakKb(), result.added, result.updated,
                result.unchanged);
    return 0;
}

struct Figures
{
    double wallMs = 0;
    double cpuMs = 0;
    double peakMb = 0;
};

// Runs a measuring process `reps` times (each with `prepare` run first) and takes the median
// of wall and CPU time and the largest peak.
template<typename Prepare>
std::optional<Figures> measure(const QString &program, const QStringList &arguments, int reps,
                               Prepare &&prepare)
{
    std::vector<double> walls, cpus;
    double peak = 0;
    for (int i = 0; i < reps; ++i) {
        prepare();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, arguments);
        if (!process.waitForFinished(3600 * 1000) || process.exitCode() != 0) {
            std::fprintf(stderr, "%s %s failed\n", qPrintable(program),
                         qPrintable(arguments.join(QLatin1Char(' '))));
            return std::nullopt;
        }
        const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
        walls.push_back(fields.value(0).toDouble());
        cpus.push_back(fields.value(1).toDouble());
        peak = std::max(peak, fields.value(2).toDouble() / 1024.0);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return Figures{walls[walls.size() / 2], cpus[cpus.size() / 2], peak};
}

// The files: disjoint /28s of 10.0.0.0/8 (16.7 M of them... 2^20 in 10/8) in a scattered order
// (a multiplicative permutation), ranges .1-.14 inside them, addresses inside them.
quint32 subnetNetwork(qint64 i)
{
    const quint32 cell = quint32((quint64(i) * 2654435761u) & 0xFFFFFu);
    return (10u << 24) | (cell << 4);
}

QString dotted(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
            .arg(a >> 24)
            .arg((a >> 16) & 255)
            .arg((a >> 8) & 255)
            .arg(a & 255);
}

void writeSubnets(const QString &path, qint64 count)
{
    FILE *out = std::fopen(qPrintable(path), "w");
    std::fprintf(out, "NetworkId,Name,Owner,Description,VlanId\n");
    for (qint64 i = 0; i < count; ++i) {
        const quint32 n = subnetNetwork(i);
        std::fprintf(out,
                     "%u.%u.%u.%u/28,Subnet-%lld,Team %lld,\"Rack %lld, row \"\"%lld\"\"\",%lld\n",
                     n >> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255, i, i % 97, i % 1000, i % 31,
                     i % 4000 + 1);
    }
    std::fclose(out);
}

void writeRanges(const QString &path, qint64 count)
{
    FILE *out = std::fopen(qPrintable(path), "w");
    std::fprintf(out, "StartAddress,EndAddress,Owner,Description\n");
    for (qint64 i = 0; i < count; ++i) {
        const quint32 n = subnetNetwork(i);
        std::fprintf(out, "%s,%s,Team %lld,Pool %lld\n", qPrintable(dotted(n + 1)),
                     qPrintable(dotted(n + 14)), i % 97, i);
    }
    std::fclose(out);
}

void writeAddresses(const QString &path, qint64 count, qint64 subnets)
{
    FILE *out = std::fopen(qPrintable(path), "w");
    std::fprintf(out, "IpAddress,DeviceName,MacAddress,Description\n");
    for (qint64 i = 0; i < count; ++i) {
        const quint32 a = subnetNetwork(i % subnets) + 1 + quint32(i / subnets);
        std::fprintf(out, "%s,host-%lld,00-15-5D-%02X-%02X-%02X,Server %lld\n",
                     qPrintable(dotted(a)), i, unsigned(i >> 16) & 255, unsigned(i >> 8) & 255,
                     unsigned(i) & 255, i % 1000);
    }
    std::fclose(out);
}

void copyStore(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(to + QLatin1String(suffix));
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix));
    }
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

void printRow(const char *what, qint64 rows, const Figures &ours, const Figures &floor)
{
    std::printf("%-9s %9lld | %8.0f %8.0f %7.0f | %8.0f %8.0f %7.0f | %5.1fx %5.1fx | %8.0f/s\n",
                what, rows, ours.wallMs, ours.cpuMs, ours.peakMb, floor.wallMs, floor.cpuMs,
                floor.peakMb, ours.wallMs / std::max(1.0, floor.wallMs),
                ours.cpuMs / std::max(1.0, floor.cpuMs),
                double(rows) * 1000.0 / std::max(1.0, ours.wallMs));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--child"))
        return child(args.mid(1));

    QList<qint64> sizes = {10000, 100000, 1000000};
    QStringList kinds
            = {QStringLiteral("subnet"), QStringLiteral("range"), QStringLiteral("address")};
    int reps = 3;
    qint64 addressesPerSubnet = 1;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &size : args[i + 1].split(QLatin1Char(',')))
                sizes.append(size.toLongLong());
        } else if (args[i] == QLatin1String("--kinds")) {
            kinds = args[i + 1].split(QLatin1Char(','));
        } else if (args[i] == QLatin1String("--reps")) {
            reps = std::max(1, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--addresses-per-subnet")) {
            addressesPerSubnet = std::max<qint64>(1, args[i + 1].toLongLong());
        }
    }
    const QString self = app.applicationFilePath();
    const QString floorProgram
            = QDir(app.applicationDirPath()).filePath(QStringLiteral("bench_import_floor"));
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("bench_import-XXXXXX")));
    auto path = [&](const QString &name) { return dir.filePath(name); };

    std::printf("median of %d; wall and CPU in ms, peak resident memory in MB of the whole "
                "process\n\n",
                reps);
    std::printf("%-9s %9s | %8s %8s %7s | %8s %8s %7s | %6s %6s | %10s\n", "kind", "rows", "wall",
                "CPU", "peak", "fl.wall", "fl.CPU", "fl.peak", "wall", "CPU", "ours");
    std::printf("%-9s %9s | %-25s | %-25s | %-13s |\n", "", "", "ours (import, validated)",
                "floor (C, UNIQUE index)", "ours / floor");
    for (const QString &kind : std::as_const(kinds)) {
        for (const qint64 rows : std::as_const(sizes)) {
            const QString csv = path(QStringLiteral("%1-%2.csv").arg(kind).arg(rows));
            const QString store = path(QStringLiteral("store.sqlite"));
            QString base; // a store holding the subnets the rows lie in
            const qint64 subnets = kind == QLatin1String("address")
                    ? std::max<qint64>(1, rows / addressesPerSubnet)
                    : rows;
            if (kind == QLatin1String("subnet")) {
                writeSubnets(csv, rows);
            } else {
                base = path(QStringLiteral("base-%1.sqlite").arg(subnets));
                if (!QFile::exists(base)) {
                    const QString subnetCsv = path(QStringLiteral("base-%1.csv").arg(subnets));
                    writeSubnets(subnetCsv, subnets);
                    if (!measure(self,
                                 {QStringLiteral("--child"), QStringLiteral("subnet"), subnetCsv,
                                  base},
                                 1, [] {}))
                        return 1;
                    QFile::remove(subnetCsv);
                }
                if (kind == QLatin1String("range"))
                    writeRanges(csv, rows);
                else
                    writeAddresses(csv, rows, subnets);
            }
            auto fresh = [&] {
                removeStore(store);
                if (!base.isEmpty())
                    copyStore(base, store);
            };
            const auto ours
                    = measure(self, {QStringLiteral("--child"), kind, csv, store}, reps, fresh);
            const auto floor
                    = measure(floorProgram, {kind, csv, store}, reps, [&] { removeStore(store); });
            if (!ours || !floor)
                return 1;
            printRow(qPrintable(kind), rows, *ours, *floor);
            if (kind == QLatin1String("subnet") && rows == sizes.constLast()) {
                const auto again = measure(
                        self,
                        {QStringLiteral("--child"), kind, csv, store, QStringLiteral("--reimport")},
                        reps, fresh);
                if (!again)
                    return 1;
                printRow("re-import", rows, *again, *floor);
            }
            QFile::remove(csv);
            removeStore(store);
        }
    }
    std::printf("\nfloor: bench_import_floor, the same file's rows into a bare table with a UNIQUE "
                "index, one transaction, nothing checked.\nre-import: the same subnets again "
                "(updates that change nothing), beside the floor's first load.\n");
    return 0;
}
