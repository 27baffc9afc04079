// Benchmark of global search (not a test: not run by CTest) on an SQLite store of 1,000,000
// subnets (/24s, named "ln0000-site00-000", 20 owners, 50 descriptions) and 10,000,000 address
// records (10 per subnet, device names "host-0000000", MACs). Each figure is the median of 7,
// printed beside the same question answered the way it was before the trigram index (LIKE
// '%text%' over the same columns, a full scan) in the same run; goal <= 50 ms.
//
// The store is generated once (rows inserted by SQL in 1,000-row statements, the indexes' and
// triggers' cost included and reported) and kept: bench_search [--db FILE].

#include "search/globalsearch.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace ipam;

namespace {

constexpr int subnetCount = 1000000;
constexpr int addressesPerSubnet = 10;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template<typename Work>
double medianMs(int runs, Work &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 3 : 1);
}

QByteArray key(quint32 v4)
{
    QByteArray bytes(16, '\0');
    bytes[12] = char(v4 >> 24);
    bytes[13] = char(v4 >> 16);
    bytes[14] = char(v4 >> 8);
    bytes[15] = char(v4);
    return bytes;
}

QString dotted(quint32 v)
{
    return QStringLiteral("%1.%2.%3.%4")
            .arg(v >> 24)
            .arg((v >> 16) & 255)
            .arg((v >> 8) & 255)
            .arg(v & 255);
}

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    std::printf("SQL failed: %s\n", qPrintable(query.lastError().text()));
    return false;
}

// Rows in statements of `perStatement` VALUES tuples, in one transaction.
bool generate(Database &db)
{
    QSqlDatabase &c = db.connection();
    const auto start = Clock::now();
    QSqlQuery begin(c);
    begin.exec(QStringLiteral("BEGIN"));
    constexpr int perStatement = 1000;
    {
        QStringList tuples;
        for (int i = 0; i < perStatement; ++i)
            tuples << QStringLiteral("(1, 4, ?, ?, 24, ?, ?, 0, ?, ?)");
        QSqlQuery insert(c);
        insert.prepare(QStringLiteral("INSERT INTO ip_subnet (space_id, family, lo, hi, "
                                      "prefix_length, network_id, name, network_type, owner, "
                                      "description) VALUES ")
                       + tuples.join(u','));
        for (int first = 0; first < subnetCount; first += perStatement) {
            for (int i = first; i < first + perStatement; ++i) {
                const quint32 network = (quint32(11) << 24) + (quint32(i) << 8);
                insert.addBindValue(key(network));
                insert.addBindValue(key(network | 255));
                insert.addBindValue(dotted(network) + QStringLiteral("/24"));
                insert.addBindValue(QStringLiteral("ln%1-site%2-%3")
                                            .arg(i / 1000, 4, 10, QLatin1Char('0'))
                                            .arg((i / 100) % 10, 2, 10, QLatin1Char('0'))
                                            .arg(i % 100, 3, 10, QLatin1Char('0')));
                insert.addBindValue(QStringLiteral("CONTOSO\\team-%1").arg(i % 20));
                insert.addBindValue(QStringLiteral("Tenant workload pool %1").arg(i % 50));
            }
            if (!run(insert))
                return false;
        }
    }
    const double subnetMs = msSince(start);
    std::printf("  1,000,000 subnets inserted in %.1f s\n", subnetMs / 1000);
    {
        QStringList tuples;
        for (int i = 0; i < perStatement; ++i)
            tuples << QStringLiteral("(1, ?, 4, ?, ?, ?, ?)");
        QSqlQuery insert(c);
        insert.prepare(QStringLiteral("INSERT INTO ip_address (space_id, subnet_id, family, ip, "
                                      "ip_address, mac_address, device_name) VALUES ")
                       + tuples.join(u','));
        const int total = subnetCount * addressesPerSubnet;
        for (int first = 0; first < total; first += perStatement) {
            for (int n = first; n < first + perStatement; ++n) {
                const int subnet = n / addressesPerSubnet;
                const quint32 ip = (quint32(11) << 24) + (quint32(subnet) << 8)
                        + quint32(n % addressesPerSubnet) + 1;
                insert.addBindValue(qint64(subnet) + 1);
                insert.addBindValue(key(ip));
                insert.addBindValue(dotted(ip));
                insert.addBindValue(QStringLiteral("00-15-5D-%1-%2-%3")
                                            .arg((n >> 16) & 255, 2, 16, QLatin1Char('0'))
                                            .arg((n >> 8) & 255, 2, 16, QLatin1Char('0'))
                                            .arg(n & 255, 2, 16, QLatin1Char('0'))
                                            .toUpper());
                insert.addBindValue(QStringLiteral("host-%1").arg(n, 7, 10, QLatin1Char('0')));
            }
            if (!run(insert))
                return false;
            if (first % 1000000 == 0 && first > 0)
                std::printf("  %d addresses, %.0f s\n", first, msSince(start) / 1000);
        }
    }
    QSqlQuery commit(c);
    commit.exec(QStringLiteral("COMMIT"));
    std::printf("  10,000,000 addresses inserted; all in %.1f s\n", msSince(start) / 1000);
    return true;
}

void row(const char *what, double ours, double baseline, qsizetype hits)
{
    std::printf("  %-44s %12s   %-16s %6lld hits   <= 50 ms\n", what, qPrintable(ms(ours)),
                baseline < 0 ? "" : qPrintable(ms(baseline)), qlonglong(hits));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    QString path = QStringLiteral("/tmp/ipam-bench-search.sqlite");
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--db"));
        i >= 0 && i + 1 < arguments.size())
        path = arguments.at(i + 1);
    const bool existed = QFileInfo::exists(path);
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(path);
    if (!location) {
        std::printf("%s\n", qPrintable(location.error()));
        return 1;
    }
    Parsed<std::shared_ptr<Database>> opened = Database::open(location.value());
    if (!opened) {
        std::printf("cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error()));
        return 1;
    }
    std::shared_ptr<Database> db = opened.value();
    Store store(db);
    if (!existed || store.count<Subnet>() == 0) {
        std::printf("Generating %s (once)...\n", qPrintable(path));
        if (!generate(*db))
            return 1;
    }
    std::printf("bench_search: %lld subnets, %lld addresses (%s, %.0f MB)\n",
                qlonglong(store.count<Subnet>()), qlonglong(store.count<Address>()),
                qPrintable(path), double(QFileInfo(path).size()) / 1e6);
    std::printf("  %-44s %12s   %-16s\n", "", "ours", "LIKE scan");

    GlobalSearch search(store);
    // The way before: LIKE over the same text columns (every row read on a miss).
    auto scan = [&](const QString &needle) {
        const QString pattern = SearchText::likePattern(needle);
        return store
                .select<Subnet>(QStringLiteral("name LIKE ? ESCAPE '\\' OR owner LIKE ? ESCAPE "
                                               "'\\' OR description LIKE ? ESCAPE '\\'"),
                                {pattern, pattern, pattern}, QStringLiteral("id LIMIT 201"))
                .size();
    };
    struct Case
    {
        const char *what;
        QString text;
        bool baseline;
    };
    const Case cases[] = {
            {"name, a miss (\"zzqx\")", QStringLiteral("zzqx"), true},
            {"name, one subnet (\"ln0500-site05-042\")", QStringLiteral("ln0500-site05-042"), true},
            {"name, common (\"site05\", first 200)", QStringLiteral("site05"), true},
            {"owner (\"team-7\", first 200)", QStringLiteral("team-7"), true},
            {"device name, one address (\"host-5000000\")", QStringLiteral("host-5000000"), false},
            {"MAC, one address (\"00:15:5d:4c:4b:40\")", QStringLiteral("00:15:5d:4c:4b:40"),
             false},
            {"short needle (\"q9\": the small tables only)", QStringLiteral("q9"), false},
            {"contains 11.7.161.3", QStringLiteral("contains 11.7.161.3"), false},
            {"contains 11.7.161.0/25", QStringLiteral("11.7.161.0/25"), false},
            {"contains 192.0.2.1 (nothing)", QStringLiteral("contains 192.0.2.1"), false},
    };
    for (const Case &c : cases) {
        SearchResults results;
        const double ours = medianMs(c.baseline || c.text == QLatin1String("q9") ? 3 : 7,
                                     [&] { results = search.find(c.text); });
        if (!results.error.isEmpty())
            std::printf("  !! %s\n", qPrintable(results.error));
        const double baseline = c.baseline ? medianMs(3, [&] { scan(c.text); }) : -1;
        row(c.what, ours, baseline, results.hits.size());
    }
    return 0;
}
