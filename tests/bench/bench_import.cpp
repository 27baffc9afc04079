// Benchmark, not a test: CSV import of 1,000,000 subnets into a new SQLite store through the
// whole import path (CSV parse, prefix parse, name resolution, every rule, the overlap check
// across the set and the space, the write path's transaction and audit row), beside the
// ceiling of the same machine: the same rows inserted with plain QtSql multi-row INSERTs,
// nothing parsed or checked.
//
//   bench_import [ROWS]     (default 1000000)

#include "io/csvimporter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace ipam;

namespace {

struct Row
{
    QString networkId;
    QString name;
    QString owner;
    QString description;
    int vlan;
};

// Disjoint /28s of 10.0.0.0/8 in random order (2^20 of them exist), so the overlap check has
// to sort rather than being handed sorted input.
std::vector<Row> makeRows(int count)
{
    std::vector<quint32> cells(1u << 20);
    std::iota(cells.begin(), cells.end(), 0u);
    QRandomGenerator random(20261126);
    std::shuffle(cells.begin(), cells.end(), random);
    std::vector<Row> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint32 network = (10u << 24) | (cells[i] << 4);
        const QString prefix = QStringLiteral("%1.%2.%3.%4/28")
                                       .arg(network >> 24)
                                       .arg((network >> 16) & 255)
                                       .arg((network >> 8) & 255)
                                       .arg(network & 255);
        rows.push_back({prefix, QStringLiteral("Subnet-%1").arg(i),
                        QStringLiteral("Team %1").arg(i % 97),
                        QStringLiteral("Rack %1, row \"%2\"").arg(i % 1000).arg(i % 31),
                        int(i % 4000) + 1});
    }
    return rows;
}

double rate(qint64 rows, qint64 ms)
{
    return ms > 0 ? double(rows) * 1000.0 / double(ms) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    std::printf("Generating %d subnet rows...\n", count);
    const std::vector<Row> rows = makeRows(count);

    const QString csvPath = dir.filePath(QStringLiteral("subnets.csv"));
    {
        QFile file(csvPath);
        file.open(QIODevice::WriteOnly);
        QTextStream out(&file);
        out << "NetworkId,Name,Owner,Description,VlanId\n";
        for (const Row &row : rows) {
            QString description = row.description;
            description.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out << row.networkId << ',' << row.name << ',' << row.owner << ",\"" << description
                << "\"," << row.vlan << '\n';
        }
    }
    std::printf("CSV: %.1f MB\n", double(QFile(csvPath).size()) / 1e6);

    // Ours: the real import into a new store.
    Parsed<std::shared_ptr<Database>> db = Database::open(
            DatabaseLocation::parse(dir.filePath(QStringLiteral("ipam.sqlite"))).value());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    WritePath writePath(db.value(), Principal{QStringLiteral("bench"), {}});
    CsvImporter importer(writePath);
    QFile csv(csvPath);
    csv.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result
            = importer.importFrom(ObjectKind::Subnet, &csv, QStringLiteral("bench"));
    const qint64 importMs = timer.elapsed();
    if (!result.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.message));
        return 1;
    }

    // Baseline: the same rows straight into a bare table with the same columns and unique
    // index, 100 rows per INSERT, no parsing, no validation, no audit.
    const QString baseName = QStringLiteral("baseline");
    qint64 baselineMs = 0;
    {
        QSqlDatabase base = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), baseName);
        base.setDatabaseName(dir.filePath(QStringLiteral("baseline.sqlite")));
        base.open();
        QSqlQuery q(base);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral(
                "CREATE TABLE s (id INTEGER PRIMARY KEY, space_id INTEGER, lo BLOB, "
                "network_id TEXT, name TEXT, owner TEXT, description TEXT, vlan_ids TEXT)"));
        q.exec(QStringLiteral("CREATE UNIQUE INDEX s_lo ON s (space_id, lo)"));
        QStringList values(100, QStringLiteral("(1,?,?,?,?,?,?)"));
        QSqlQuery insert(base);
        insert.prepare(
                QStringLiteral("INSERT INTO s (space_id, lo, network_id, name, owner, description, "
                               "vlan_ids) VALUES ")
                + values.join(QLatin1Char(',')));
        timer.restart();
        base.transaction();
        for (int i = 0; i + 100 <= count; i += 100) {
            for (int j = i; j < i + 100; ++j) {
                const Row &row = rows[j];
                insert.addBindValue(row.networkId.toUtf8()); // stands in for the 16-byte key
                insert.addBindValue(row.networkId);
                insert.addBindValue(row.name);
                insert.addBindValue(row.owner);
                insert.addBindValue(row.description);
                insert.addBindValue(QString::number(row.vlan));
            }
            if (!insert.exec()) {
                std::fprintf(stderr, "baseline: %s\n", qPrintable(insert.lastError().text()));
                break;
            }
        }
        base.commit();
        baselineMs = timer.elapsed();
    }
    QSqlDatabase::removeDatabase(baseName);

    std::printf("\n%-58s %14s %14s %14s\n", "figure", "ours", "baseline", "goal");
    std::printf("%-58s %11.0f/s %11.0f/s %14s\n",
                "CSV import of subnets into SQLite, all validated (rows/s)", rate(count, importMs),
                rate(count, baselineMs), ">= 300000/s");
    std::printf("%-58s %12lld ms %12lld ms\n", "  wall time", importMs, baselineMs);
    std::printf("\nbaseline: plain QtSql 100-row INSERTs of the same rows, no parsing or checks\n");
    std::printf("imported: %lld added, %lld updated\n", result.added, result.updated);
    return 0;
}
