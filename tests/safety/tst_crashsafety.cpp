// Crash safety of long writes: `ipamctl import` of 1,000,000 rows and `ipamctl sync` killed
// with SIGKILL at random points, on SQLite and PostgreSQL. The real binary, a real store: after
// each kill the store is either unchanged or complete, never half-written, and SQLite's
// integrity check says ok; a sync killed midway converges when run again.

#include "processrun.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int importRows = 1000000;
// On PostgreSQL the import looks each row up before it writes (one round trip per row, about
// 10,000 rows/s here): the 1M file reaches its first write only after 100 s or more, beyond a
// CI budget. Kills inside its writes use the first 100,000 rows of the same file there.
constexpr int smallImportRows = 100000;
constexpr int syncObjects = 5000;

struct Counts
{
    qint64 subnets = -1;
    qint64 logicalNetworks = -1;
    qint64 sites = -1;
    qint64 audit = -1;
    bool operator==(const Counts &) const = default;
};

qint64 count(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Counts countsOf(Database &database)
{
    return {count(database, u"ip_subnet"_s), count(database, u"logical_network"_s),
            count(database, u"network_site"_s), count(database, u"audit_log"_s)};
}

QString integrityCheck(Database &database)
{
    if (database.isPostgreSql())
        return u"ok"_s; // the server's own WAL: row counts are the check there
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"cannot run integrity_check"_s;
    return query.value(0).toString();
}

// 1,000,000 distinct /28s filling 10.0.0.0/8, in IPAM's CSV columns.
QByteArray subnetsCsv(int rows)
{
    QByteArray csv("NetworkId\n");
    csv.reserve(20 * rows);
    for (int i = 0; i < rows; ++i) {
        csv += "10." + QByteArray::number(i >> 12) + '.' + QByteArray::number((i >> 4) & 255) + '.'
                + QByteArray::number((i & 15) << 4) + "/28\n";
    }
    return csv;
}

// Waits until no other session works on the database: a killed client's server process
// finishes (rolling back) only once it notices the client is gone.
bool waitForOtherSessions(Database &database, int timeoutMs)
{
    if (!database.isPostgreSql())
        return true;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(database.connection());
    while (timer.elapsed() < timeoutMs) {
        if (query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                       "current_database() AND pid <> pg_backend_pid()"_s)
            && query.next() && query.value(0).toInt() == 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

// Whether a long ipamctl write has started writing: on SQLite its WAL grows, on PostgreSQL its
// session holds a transaction id (it wrote a row).
class WriteProbe
{
public:
    explicit WriteProbe(TestDatabase &db, const QString &url)
        : m_file(url)
    {
        if (url.startsWith("postgres"_L1))
            m_database = db.open();
        else
            m_walSize = QFileInfo(m_file + u"-wal"_s).size();
    }
    bool writing()
    {
        if (!m_database)
            return QFileInfo(m_file + u"-wal"_s).size() > m_walSize + (1 << 20);
        QSqlQuery query(m_database->connection());
        return query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                          "current_database() AND pid <> pg_backend_pid() AND backend_xid IS "
                          "NOT NULL"_s)
                && query.next() && query.value(0).toInt() > 0;
    }

private:
    QString m_file;
    std::shared_ptr<Database> m_database;
    qint64 m_walSize = 0;
};

struct KillPoint
{
    const char *name;
    bool afterWritesBegan; // else counted from the start
    int fromMs;
    int toMs;
};

struct Killed
{
    qint64 atMs = 0;
    qint64 writesBeganMs = -1;  // -1: not seen before the kill
    bool finishedFirst = false; // it completed before the kill came
};

// Starts ipamctl with `arguments` and kills it with SIGKILL at `point`.
Killed runAndKill(const QStringList &arguments, const KillPoint &point, WriteProbe &probe)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 delay = QRandomGenerator::global()->bounded(point.fromMs, point.toMs);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(IPAMCTL_PATH), arguments);
    Killed killed;
    if (!process.waitForStarted(10000))
        return killed;
    qint64 due = point.afterWritesBegan ? -1 : delay;
    while (!(killed.finishedFirst = process.waitForFinished(25))) {
        if (killed.writesBeganMs < 0 && probe.writing()) {
            killed.writesBeganMs = timer.elapsed();
            if (point.afterWritesBegan)
                due = killed.writesBeganMs + delay;
        }
        if (due >= 0 && timer.elapsed() >= due)
            break;
        if (timer.elapsed() > 180000)
            break; // never began writing: fail below rather than hang
    }
    killed.atMs = timer.elapsed();
    if (!killed.finishedFirst) {
        process.kill(); // SIGKILL: no handler runs, no rollback by the client
        process.waitForFinished(10000);
    }
    return killed;
}

QString describe(const Killed &killed)
{
    return killed.finishedFirst
            ? u"had finished at %1 ms"_s.arg(killed.atMs)
            : u"killed at %1 ms (writes began at %2)"_s.arg(killed.atMs)
                      .arg(killed.writesBeganMs < 0
                                   ? u"-"_s
                                   : QString::number(killed.writesBeganMs) + u" ms"_s);
}

QJsonObject syncReport(const QByteArray &out)
{
    const QJsonDocument document = QJsonDocument::fromJson(out);
    return document.isArray() ? document.array().at(0).toObject() : document.object();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedImportLeavesTheStoreUnchangedOrComplete_data() { addBackendRows(); }
    void killedImportLeavesTheStoreUnchangedOrComplete();
    void killedSyncLeavesAConsistentStoreThatConverges_data() { addBackendRows(); }
    void killedSyncLeavesAConsistentStoreThatConverges();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_smallCsv;
    QProcess m_peer;
    QString m_vmm;
    Counts m_reference; // a sync of the peer that was not interrupted
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(IPAMCTL_PATH)), IPAMCTL_PATH);
    m_csv = m_dir.filePath(u"million.csv"_s);
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(csv.write(subnetsCsv(importRows)) > 0);
    csv.close();
    m_smallCsv = m_dir.filePath(u"hundred-thousand.csv"_s);
    QFile small(m_smallCsv);
    QVERIFY(small.open(QIODevice::WriteOnly));
    QVERIFY(small.write(subnetsCsv(smallImportRows)) > 0);
    small.close();

    m_peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_peer.start(QStringLiteral(SPF_PEER_PATH), {u"--generate"_s, QString::number(syncObjects)});
    QVERIFY(m_peer.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_peer.canReadLine(), 30000);
    m_vmm = QString::fromUtf8(m_peer.readLine()).trimmed();
    QVERIFY2(m_vmm.startsWith("http://127.0.0.1"_L1), qPrintable(m_vmm));

    TestDatabase reference(u"sqlite"_s);
    QVERIFY(reference.isValid());
    const ProcessRun run = runToEnd(QStringLiteral(IPAMCTL_PATH),
                                    {u"--db"_s, reference.url(), u"sync"_s, u"--vmm"_s, m_vmm});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    m_reference = countsOf(*reference.open());
    QVERIFY(m_reference.subnets > 0 && m_reference.logicalNetworks > 0);
}

void TestCrashSafety::cleanupTestCase()
{
    if (m_peer.state() != QProcess::NotRunning) {
        m_peer.kill();
        m_peer.waitForFinished(5000);
    }
}

void TestCrashSafety::killedImportLeavesTheStoreUnchangedOrComplete()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    IPAM_REQUIRE_DATABASE(db);
    // Something to keep: a subnet added before the imports.
    ProcessRun run = runToEnd(QStringLiteral(IPAMCTL_PATH),
                              {u"--db"_s, db.url(), u"subnet"_s, u"add"_s, u"192.168.0.0/24"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    Counts before;
    {
        const std::shared_ptr<Database> database = db.open();
        before = countsOf(*database);
    }
    QCOMPARE(before.subnets, 1);

    // Three kills: while the file is read and checked, early in the writes, late in them (or
    // after the commit, where a fast machine gets: then "complete" is what must hold).
    const QList<KillPoint> points = {{"reading", false, 200, 1500},
                                     {"early in the writes", true, 0, 500},
                                     {"late in the writes", true, 2000, 5000}};
    for (const KillPoint &point : points) {
        const bool small = backend == "postgresql"_L1 && point.afterWritesBegan;
        const QString file = small ? m_smallCsv : m_csv;
        const int rows = small ? smallImportRows : importRows;
        Killed killed;
        {
            WriteProbe probe(db, db.url()); // closed before the sessions are counted
            killed = runAndKill({u"--db"_s, db.url(), u"import"_s, u"subnet"_s, file}, point,
                                probe);
        }
        if (point.afterWritesBegan)
            QVERIFY2(killed.writesBeganMs >= 0 || killed.finishedFirst,
                     "the import never began writing");
        const std::shared_ptr<Database> database = db.open();
        QVERIFY(database);
        QVERIFY(waitForOtherSessions(*database, 60000));
        const Counts now = countsOf(*database);
        const bool unchanged = now == before;
        const bool complete = now.subnets == before.subnets + rows && now.audit > before.audit;
        qInfo("%s import of %d rows, %s: %s: %s (%lld subnets)", qPrintable(backend), rows,
              point.name, qPrintable(describe(killed)),
              unchanged          ? "unchanged"
                      : complete ? "complete"
                                 : "HALF-WRITTEN",
              now.subnets);
        QVERIFY2(unchanged || complete,
                 qPrintable(u"%1 subnets, %2 audit rows after a kill at %3 ms (before: %4, %5)"_s
                                    .arg(now.subnets)
                                    .arg(now.audit)
                                    .arg(killed.atMs)
                                    .arg(before.subnets)
                                    .arg(before.audit)));
        QCOMPARE(integrityCheck(*database), u"ok"_s);
        before = now; // a completed import is the state the next kill must keep or complete
    }
    // The store still takes writes afterwards.
    run = runToEnd(QStringLiteral(IPAMCTL_PATH),
                   {u"--db"_s, db.url(), u"subnet"_s, u"add"_s, u"192.168.1.0/24"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestCrashSafety::killedSyncLeavesAConsistentStoreThatConverges()
{
    // A sync commits in chunks (it resumes where it stopped), so a kill may leave part of a
    // run: each chunk whole, the store consistent, and the next run completes the rest.
    QFETCH(QString, backend);
    TestDatabase db(backend);
    IPAM_REQUIRE_DATABASE(db);
    const QStringList sync
            = {u"--db"_s, db.url(), u"--format"_s, u"json"_s, u"sync"_s, u"--vmm"_s, m_vmm};
    const QList<KillPoint> points = {{"before writing", false, 100, 400},
                                     {"early in the writes", true, 0, 300},
                                     {"later in the writes", true, 500, 1500}};
    for (const KillPoint &point : points) {
        Killed killed;
        {
            WriteProbe probe(db, db.url());
            killed = runAndKill(sync, point, probe);
        }
        const std::shared_ptr<Database> database = db.open();
        QVERIFY(database);
        QVERIFY(waitForOtherSessions(*database, 60000));
        const Counts now = countsOf(*database);
        qInfo("%s sync, %s: %s: %lld subnets, %lld logical networks", qPrintable(backend),
              point.name, qPrintable(describe(killed)), now.subnets, now.logicalNetworks);
        QCOMPARE(integrityCheck(*database), u"ok"_s);
        QVERIFY(now.subnets <= m_reference.subnets);
    }
    ProcessRun run = runToEnd(QStringLiteral(IPAMCTL_PATH), sync, {}, 240000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(syncReport(run.out).value("Completed"_L1).toBool());
    // Converged: the next run finds nothing to do, and the store holds what an uninterrupted
    // sync of the same peer holds.
    run = runToEnd(QStringLiteral(IPAMCTL_PATH), sync, {}, 240000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject report = syncReport(run.out);
    QCOMPARE(report.value("Created"_L1).toInt(), 0);
    QCOMPARE(report.value("Updated"_L1).toInt(), 0);
    QCOMPARE(report.value("Deleted"_L1).toInt(), 0);
    QCOMPARE(report.value("Conflicts"_L1).toInt(), 0);
    const std::shared_ptr<Database> database = db.open();
    const Counts now = countsOf(*database);
    QCOMPARE(now.subnets, m_reference.subnets);
    QCOMPARE(now.logicalNetworks, m_reference.logicalNetworks);
    QCOMPARE(now.sites, m_reference.sites);
    QCOMPARE(integrityCheck(*database), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
