// Benchmark of the address engine (not a test: not run by CTest). Prints each figure beside
// a baseline and a goal:
// - an AddressSet over 10.0.0.0/8 holding 60,000 random, non-overlapping /24 and /26
//   allocations: building it from the unsorted list, freeBlocks(10.0.0.0/8), and
//   firstFreePrefixes(10.0.0.0/8, 20, 1); the baseline is the same computation in Python's
//   ipaddress on the same allocations, timed inside Python;
// - per-operation cost of Prefix::parse, IpAddress::parse and IpAddress::toString over
//   1,000,000 strings; baselines are Python's ip_network()/str() and QHostAddress.
//
//     bench_address [seed]

#include "address/addressset.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace ipam;

namespace {

using Clock = std::chrono::steady_clock;

// Median wall time of runs calls of work, in milliseconds.
template<typename Work>
double medianMs(int runs, Work &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Random aligned /24 and /26 slots of 10.0.0.0/8 (half each), skipping collisions.
std::vector<Prefix> makeAllocations(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    std::vector<bool> used(1 << 18); // one flag per /26 of the /8
    std::vector<Prefix> allocations;
    allocations.reserve(count);
    while (int(allocations.size()) < count) {
        const bool slash24 = random.bounded(2) == 0;
        const quint32 slot = slash24 ? random.bounded(1u << 16) * 4 : random.bounded(1u << 18);
        const quint32 granules = slash24 ? 4 : 1;
        if (std::any_of(used.begin() + slot, used.begin() + slot + granules,
                        [](bool b) { return b; }))
            continue;
        std::fill(used.begin() + slot, used.begin() + slot + granules, true);
        allocations.push_back(
                Prefix::make(IpAddress(Family::V4, (10u << 24) | slot << 6), slash24 ? 24 : 26)
                        .value());
    }
    return allocations;
}

// A mix like a real inventory: 70% IPv4 prefixes /8../32, 30% IPv6 /32../128 with zero runs.
QStringList makePrefixTexts(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QStringList texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Family family = random.bounded(10) < 7 ? Family::V4 : Family::V6;
        int length;
        uint128 value;
        if (family == Family::V4) {
            length = 8 + int(random.bounded(25));
            value = random.generate();
        } else {
            length = 32 + int(random.bounded(97));
            value = 0;
            for (int g = 0; g < 8; ++g)
                value = value << 16 | (random.bounded(3) ? random.bounded(65536) : 0);
        }
        value &= ~Prefix::hostMask(family, length);
        texts.append(Prefix::make(IpAddress(family, value), length).value().toString());
    }
    return texts;
}

struct PythonBaseline
{
    QString problem; // empty when the figures are valid
    QJsonObject figures;
    double value(const char *key) const { return figures.value(QLatin1String(key)).toDouble(-1); }
};

// The Python side, timed inside Python. Free blocks: collapse the allocations, walk the
// gaps inside the parent, summarize_address_range each gap: the usual way to do it with
// ipaddress (address_exclude per allocation takes minutes at this size).
const char *pythonBaselineScript = R"PY(
import ipaddress, json, statistics, sys, time
allocations_path, sample_path = sys.argv[1], sys.argv[2]
nets = [ipaddress.ip_network(line) for line in open(allocations_path).read().split()]
parent = ipaddress.ip_network("10.0.0.0/8")

def median_ms(work, runs):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result

def free_blocks(collapsed):
    cursor, end = int(parent.network_address), int(parent.broadcast_address)
    for net in collapsed:
        first = int(net.network_address)
        if first > cursor:
            yield from ipaddress.summarize_address_range(
                ipaddress.IPv4Address(cursor), ipaddress.IPv4Address(first - 1))
        cursor = int(net.broadcast_address) + 1
    if cursor <= end:
        yield from ipaddress.summarize_address_range(
            ipaddress.IPv4Address(cursor), ipaddress.IPv4Address(end))

def first_free(collapsed, length):
    for block in free_blocks(collapsed):
        if block.prefixlen <= length:
            return next(block.subnets(new_prefix=length))
    return None

collapse_ms, collapsed = median_ms(lambda: list(ipaddress.collapse_addresses(nets)), 3)
free_ms, blocks = median_ms(lambda: list(free_blocks(collapsed)), 3)
end_to_end_ms, _ = median_ms(lambda: list(free_blocks(ipaddress.collapse_addresses(nets))), 3)
first_free_ms, found = median_ms(lambda: first_free(collapsed, 20), 3)
sample = open(sample_path).read().split()
parse_ms, parsed = median_ms(lambda: [ipaddress.ip_network(s) for s in sample], 3)
addresses = [n.network_address for n in parsed]
str_ms, _ = median_ms(lambda: [str(a) for a in addresses], 3)
print(json.dumps({
    "python": sys.version.split()[0],
    "collapse_ms": collapse_ms, "free_ms": free_ms, "end_to_end_ms": end_to_end_ms,
    "first_free_ms": first_free_ms, "blocks": len(blocks),
    "first_free": str(found) if found else "",
    "parse_ns": parse_ms * 1e6 / len(sample), "str_ns": str_ms * 1e6 / len(sample),
}))
)PY";

PythonBaseline runPython(const std::vector<Prefix> &allocations, const QStringList &sample)
{
    PythonBaseline baseline;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        baseline.problem = QStringLiteral("python3 not on PATH");
        return baseline;
    }
    QTemporaryDir dir;
    QFile allocationsFile(dir.filePath(QStringLiteral("allocations.txt")));
    QFile sampleFile(dir.filePath(QStringLiteral("sample.txt")));
    if (!allocationsFile.open(QIODevice::WriteOnly) || !sampleFile.open(QIODevice::WriteOnly)) {
        baseline.problem = QStringLiteral("can't write temporary files");
        return baseline;
    }
    {
        QTextStream out(&allocationsFile);
        for (const Prefix &prefix : allocations)
            out << prefix.toString() << '\n';
        QTextStream sampleOut(&sampleFile);
        for (const QString &text : sample)
            sampleOut << text << '\n';
    }
    allocationsFile.close();
    sampleFile.close();

    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"), QString::fromUtf8(pythonBaselineScript),
                   allocationsFile.fileName(), sampleFile.fileName()});
    if (!process.waitForFinished(180000) || process.exitCode() != 0) {
        baseline.problem = QStringLiteral("python baseline failed: ")
                + QString::fromUtf8(process.readAllStandardError());
        return baseline;
    }
    baseline.figures = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return baseline;
}

QString ms(double value)
{
    if (value < 0)
        return QStringLiteral("n/a");
    return value < 10 ? QString::number(value, 'f', 3) + QStringLiteral(" ms")
                      : QString::number(value, 'f', 0) + QStringLiteral(" ms");
}

QString ns(double value)
{
    return value < 0 ? QStringLiteral("n/a")
                     : QString::number(value, 'f', 0) + QStringLiteral(" ns");
}

void row(const QString &figure, const QString &ours, const QString &baseline, const QString &goal)
{
    std::printf("%-46s %12s  %-30s %s\n", qPrintable(figure), qPrintable(ours),
                qPrintable(baseline), qPrintable(goal));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint32 seed = argc > 1 ? QByteArray(argv[1]).toUInt() : 2024;
    constexpr int allocationCount = 60000;
    constexpr int stringCount = 1000000;
    constexpr int pythonSampleCount = 100000;

    const Prefix parent = Prefix::parse(u"10.0.0.0/8").value();
    const std::vector<Prefix> allocations = makeAllocations(seed, allocationCount);
    std::vector<AddressRange> unsorted;
    for (const Prefix &prefix : allocations)
        unsorted.push_back(AddressRange::of(prefix));

    // The set.
    AddressSet set(Family::V4);
    const double buildMs
            = medianMs(9, [&] { set = AddressSet::fromUnsorted(Family::V4, unsorted); });
    QList<Prefix> blocks;
    const double freeMs = medianMs(9, [&] { blocks = set.freeBlocks(parent); });
    const double endToEndMs = medianMs(
            9, [&] { blocks = AddressSet::fromUnsorted(Family::V4, unsorted).freeBlocks(parent); });
    QList<Prefix> firstFree;
    const double firstFreeMs
            = medianMs(9, [&] { firstFree = set.firstFreePrefixes(parent, 20, 1); });

    // Text.
    const QStringList texts = makePrefixTexts(seed, stringCount);
    std::vector<Prefix> parsed(texts.size());
    const double parseMs = medianMs(5, [&] {
        for (qsizetype i = 0; i < texts.size(); ++i)
            parsed[size_t(i)] = Prefix::parse(texts.at(i)).valueOr(Prefix());
    });
    QStringList addressTexts(texts.size());
    const double toStringMs = medianMs(5, [&] {
        for (qsizetype i = 0; i < texts.size(); ++i)
            addressTexts[i] = parsed[size_t(i)].network().toString();
    });
    quint64 checksum = 0;
    const double addressParseMs = medianMs(5, [&] {
        for (const QString &text : std::as_const(addressTexts))
            checksum += quint64(IpAddress::parse(text).valueOr(IpAddress()).value());
    });
    QHostAddress host;
    const double qhostMs = medianMs(5, [&] {
        for (const QString &text : std::as_const(addressTexts))
            checksum += host.setAddress(text);
    });

    std::printf("Preparing the Python baseline (ipaddress, timed inside Python)...\n");
    std::fflush(stdout);
    const PythonBaseline python = runPython(allocations, texts.mid(0, pythonSampleCount));

    std::printf("\naddress engine benchmark, seed %u: %d allocations in %s (%lld merged ranges, "
                "%s addresses allocated)\n",
                seed, allocationCount, qPrintable(parent.toString()),
                static_cast<long long>(set.rangeCount()), qPrintable(set.count().toString()));
    if (!python.problem.isEmpty())
        std::printf("baseline unavailable: %s\n", qPrintable(python.problem));
    else
        std::printf("baseline: Python %s ipaddress\n",
                    qPrintable(python.figures[u"python"].toString()));
    std::printf("\n");
    row(QStringLiteral("figure"), QStringLiteral("ours"), QStringLiteral("baseline"),
        QStringLiteral("goal"));
    row(QStringLiteral("build AddressSet (60,000 unsorted)"), ms(buildMs),
        ms(python.value("collapse_ms")) + QStringLiteral(" (a)"), QStringLiteral("-"));
    row(QStringLiteral("freeBlocks(10.0.0.0/8)"), ms(freeMs),
        ms(python.value("free_ms")) + QStringLiteral(" (b)"), QStringLiteral("<= 5 ms"));
    row(QStringLiteral("build + freeBlocks"), ms(endToEndMs),
        ms(python.value("end_to_end_ms")) + QStringLiteral(" (c)"),
        QStringLiteral("- (Python expected ~1.1-1.5 s)"));
    row(QStringLiteral("firstFreePrefixes(10.0.0.0/8, 20, 1)"), ms(firstFreeMs),
        ms(python.value("first_free_ms")) + QStringLiteral(" (d)"), QStringLiteral("-"));
    row(QStringLiteral("Prefix::parse, per op (1,000,000)"), ns(parseMs * 1e6 / stringCount),
        ns(python.value("parse_ns")) + QStringLiteral(" (e)"), QStringLiteral("<= 330 ns (f)"));
    row(QStringLiteral("IpAddress::toString, per op (1,000,000)"),
        ns(toStringMs * 1e6 / stringCount), ns(python.value("str_ns")) + QStringLiteral(" (g)"),
        QStringLiteral("<= 330 ns (f)"));
    row(QStringLiteral("IpAddress::parse, per op (1,000,000)"),
        ns(addressParseMs * 1e6 / stringCount),
        ns(qhostMs * 1e6 / stringCount) + QStringLiteral(" (h)"), QStringLiteral("<= 330 ns (f)"));

    std::printf(
            "\n(a) collapse_addresses (sort + merge)\n"
            "(b) gaps between the collapsed allocations, summarize_address_range per gap\n"
            "(c) (a) then (b), from the unsorted allocations\n"
            "(d) walk (b) lazily to the first block of /20 or shorter\n"
            "(e) ip_network(text) over the first %d of the strings\n"
            "(f) own goal: a tenth of the per-row budget of a 300,000 rows/s CSV import\n"
            "(g) str(address) over the same %d\n"
            "(h) QHostAddress::setAddress (lenient, no reasons, allocates) on the same texts\n\n",
            pythonSampleCount, pythonSampleCount);

    // The figures only compare if the answers agree.
    const QString ourFirst = firstFree.isEmpty() ? QString() : firstFree.first().toString();
    std::printf("answers: %lld free blocks, first free /20 %s",
                static_cast<long long>(blocks.size()),
                ourFirst.isEmpty() ? "(none: every gap was visited, the worst case)"
                                   : qPrintable(ourFirst));
    if (python.problem.isEmpty()) {
        const bool same = python.figures[u"blocks"].toInt() == blocks.size()
                && python.figures[u"first_free"].toString() == ourFirst;
        std::printf("; Python: %d blocks, %s -> %s\n", python.figures[u"blocks"].toInt(),
                    python.figures[u"first_free"].toString().isEmpty()
                            ? "(none)"
                            : qPrintable(python.figures[u"first_free"].toString()),
                    same ? "same" : "DIFFERENT");
    } else {
        std::printf("\n");
    }
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return 0;
}
