// A bulk load (BulkLoad, and the CSV import streamed through it) on SQLite and on a real
// PostgreSQL: chunks written in one transaction, so every refusal anywhere in the file, a
// cancel and a killed ipamctl leave the store exactly as it was; a re-import of the same file
// writes nothing; the load leaves one bounded audit row in which every object finds itself.

#include "domain/userrole.h"
#include "io/csvimporter.h"
#include "rbacfixture.h"
#include "store/auditobjects.h"
#include "write/bulkload.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

// Row i of a subnet file: disjoint /28s of 10.0.0.0/8, shuffled a little so that the chunks
// are not sorted.
QString subnetPrefix(int i)
{
    const quint32 cell = quint32(i) ^ 0x5u;
    const quint32 network = (10u << 24) | (cell << 4);
    return u"%1.%2.%3.%4/28"_s.arg(network >> 24)
            .arg((network >> 16) & 255)
            .arg((network >> 8) & 255)
            .arg(network & 255);
}

// A subnet file of `rows` rows in `space`, with row `badLine` (a CSV line: 2 is the first
// row) replaced by `badRow` when it is given.
QByteArray subnetFile(int rows, const QString &space, int badLine = -1, const QString &badRow = {})
{
    QByteArray csv = "NetworkId,Name,AddressSpace,Owner,VlanId\n";
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        const QString row = line == badLine ? badRow
                                            : u"%1,Subnet-%2,%3,Team %4,%5"_s.arg(subnetPrefix(i))
                                                      .arg(i)
                                                      .arg(space)
                                                      .arg(i % 7)
                                                      .arg(i % 4000 + 1);
        csv += row.toUtf8() + '\n';
    }
    return csv;
}

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Everything, the audit log and its object index included.
QString fullFingerprint(RbacFixture &f)
{
    return f.fingerprint()
            + u" audit:%1/%2"_s.arg(countOf(*f.db, u"SELECT count(*) FROM audit_log"_s))
                      .arg(countOf(*f.db, u"SELECT count(*) FROM audit_object"_s));
}

ImportResult importBytes(WritePath &writePath, const QByteArray &csv, int chunk,
                         std::function<bool(qint64, qint64)> progress = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvImporter importer(writePath);
    importer.setChunkSize(chunk);
    if (progress)
        importer.setProgressHandler(std::move(progress));
    return importer.importFrom(ObjectKind::Subnet, &buffer, u"import subnet test.csv"_s);
}

} // namespace

class TestBulkLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusalAnywhereLeavesStoreUnchanged_data();
    void refusalAnywhereLeavesStoreUnchanged();
    void chunksOfChangeSetsCommitWholeOrNotAtAll_data() { addBackendRows(); }
    void chunksOfChangeSetsCommitWholeOrNotAtAll();
    void cancelLeavesStoreUnchanged_data() { addBackendRows(); }
    void cancelLeavesStoreUnchanged();
    void reimportWritesNothing_data() { addBackendRows(); }
    void reimportWritesNothing();
    void oneBoundedAuditRowEachObjectFindsIt_data() { addBackendRows(); }
    void oneBoundedAuditRowEachObjectFindsIt();
    void deniedRowLeavesStoreUnchanged_data() { addBackendRows(); }
    void deniedRowLeavesStoreUnchanged();
    void killedImportLeavesStoreUnchanged_data() { addBackendRows(); }
    void killedImportLeavesStoreUnchanged();
};

void TestBulkLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBulkLoad::refusalAnywhereLeavesStoreUnchanged_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QString>("badRow");
    QTest::addColumn<QString>("message");
    // 1,200 rows in chunks of 250: line 1,100 is in the fifth chunk, four chunks written.
    struct Case
    {
        const char *name;
        QString row;
        QString message;
    };
    const QList<Case> cases = {
            {"bad prefix", u"10.300.0.0/28,x,East fabric"_s, u"line 1100, column 1: "_s},
            {"unknown space", u"11.0.0.0/28,x,Nowhere"_s,
             u"line 1100, column 3: no such address space (\"Nowhere\")"_s},
            {"bad VLAN", u"11.0.0.0/28,x,East fabric,,5000"_s, u"line 1100, column 5: "_s},
            {"unprintable name", u"11.0.0.0/28,a\u0007b,East fabric"_s, u"line 1100, column 2: "_s},
            {"same key as an earlier chunk", subnetPrefix(3) + u",x,East fabric"_s,
             u"line 1100, column 1: the same object as line 5"_s},
            {"overlaps an earlier chunk", u"10.0.0.0/16,x,East fabric"_s,
             u"line 1100: subnet 10.0.0.0/16 overlaps subnet 10.0."_s},
            {"overlaps a stored subnet", u"172.16.5.0/24,x,East fabric"_s,
             u"line 1100: subnet 172.16.5.0/24 overlaps subnet 172.16.0.0/12"_s},
            {"fewer than bulk in the last chunk, overlapping", u"10.0.0.0/8,x,East fabric"_s,
             u"line 1100: subnet 10.0.0.0/8 overlaps subnet 10.0."_s},
    };
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        for (const Case &c : cases)
            QTest::newRow(qPrintable(backend + u": "_s + QLatin1StringView(c.name)))
                    << backend << 1100 << c.row << c.message;
    }
}

void TestBulkLoad::refusalAnywhereLeavesStoreUnchanged()
{
    IPAM_START_RBAC_FIXTURE(f);
    QFETCH(int, badLine);
    QFETCH(QString, badRow);
    QFETCH(QString, message);
    const QString before = fullFingerprint(f);
    QSignalSpy committed(f.admin.get(), &WritePath::committed);
    const ImportResult result
            = importBytes(*f.admin, subnetFile(1200, u"East fabric"_s, badLine, badRow), 250);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.startsWith(message), qPrintable(result.message));
    QCOMPARE(fullFingerprint(f), before);
    QCOMPARE(committed.count(), 0);
    // The same file without the bad row imports whole.
    const ImportResult good = importBytes(*f.admin, subnetFile(1200, u"East fabric"_s), 250);
    QVERIFY2(good.ok(), qPrintable(good.message));
    QCOMPARE(good.added, 1200);
}

void TestBulkLoad::chunksOfChangeSetsCommitWholeOrNotAtAll()
{
    IPAM_START_RBAC_FIXTURE(f);
    const ObjectId spaceId = f.locations.value(u"West"_s).provider.id;
    auto chunk = [&](int first, int count) {
        ChangeSet set;
        for (int i = first; i < first + count; ++i) {
            Subnet subnet;
            subnet.spaceId = spaceId;
            subnet.networkId = prefix(subnetPrefix(i));
            subnet.networkType = NetworkType::Provider;
            set.create(subnet);
        }
        return set;
    };
    const QString before = fullFingerprint(f);
    {
        BulkLoad load(*f.admin, u"bulk test"_s);
        WriteResult result;
        QVERIFY(load.begin(result));
        QVERIFY(load.apply(chunk(0, 1500)).ok());
        QVERIFY(load.apply(chunk(1500, 10)).ok());
        // Chunk 3 repeats a subnet of chunk 1 at its index 7: refused, all rolled back.
        ChangeSet third = chunk(3000, 20);
        third.changes[7] = chunk(42, 1).changes.constFirst();
        const WriteResult refused = load.apply(third);
        QCOMPARE(refused.status, WriteStatus::Refused);
        QCOMPARE(refused.failedChange, 7);
        QVERIFY2(refused.message.contains(u"already exists"_s), qPrintable(refused.message));
        QVERIFY(!load.isOpen());
    }
    QCOMPARE(fullFingerprint(f), before);
    {
        // Destroyed open: rolled back too.
        BulkLoad load(*f.admin, u"bulk test"_s);
        WriteResult result;
        QVERIFY(load.begin(result));
        QVERIFY(load.apply(chunk(0, 1500)).ok());
    }
    QCOMPARE(fullFingerprint(f), before);
    BulkLoad load(*f.admin, u"bulk test"_s);
    WriteResult result;
    QVERIFY(load.begin(result));
    QVERIFY(load.apply(chunk(0, 1500)).ok());
    QVERIFY(load.apply(chunk(1500, 10)).ok());
    const WriteResult done = load.commit();
    QVERIFY2(done.ok(), qPrintable(done.message));
    QCOMPARE(f.admin->store().count<Subnet>(u"space_id = ?"_s, {spaceId}), 1511); // + the /12
}

void TestBulkLoad::cancelLeavesStoreUnchanged()
{
    IPAM_START_RBAC_FIXTURE(f);
    const QByteArray csv = subnetFile(1000, u"East fabric"_s);
    const QString before = fullFingerprint(f);
    QList<std::pair<qint64, qint64>> calls;
    const ImportResult cancelled = importBytes(*f.admin, csv, 200, [&](qint64 rows, qint64 bytes) {
        calls.append({rows, bytes});
        return calls.size() < 3;
    });
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.ok());
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).first, 200);
    QCOMPARE(calls.at(2).first, 600);
    QVERIFY(calls.at(0).second > 0 && calls.at(1).second > calls.at(0).second);
    QCOMPARE(fullFingerprint(f), before);

    // Not cancelled: the last call has read every row and byte.
    calls.clear();
    const ImportResult done = importBytes(*f.admin, csv, 200, [&](qint64 rows, qint64 bytes) {
        calls.append({rows, bytes});
        return true;
    });
    QVERIFY2(done.ok(), qPrintable(done.message));
    QVERIFY(!done.cancelled);
    QCOMPARE(calls.constLast(), std::pair(qint64(1000), qint64(csv.size())));
}

void TestBulkLoad::reimportWritesNothing()
{
    IPAM_START_RBAC_FIXTURE(f);
    const QByteArray csv = subnetFile(1500, u"East fabric"_s);
    const ImportResult first = importBytes(*f.admin, csv, 400);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(first.added, 1500);
    const QString before = fullFingerprint(f);
    QSignalSpy committed(f.admin.get(), &WritePath::committed);
    const ImportResult again = importBytes(*f.admin, csv, 400);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 1500);
    QCOMPARE(fullFingerprint(f), before);
    QCOMPARE(committed.count(), 0);

    // One changed row: exactly that one is written.
    QByteArray edited = csv;
    edited.replace("Subnet-700,", "Renamed-700,");
    const ImportResult third = importBytes(*f.admin, edited, 400);
    QVERIFY2(third.ok(), qPrintable(third.message));
    QCOMPARE(third.updated, 1);
    QCOMPARE(third.unchanged, 1499);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.at(0).at(0).value<ChangeEvent>().items.size(), 1);
}

void TestBulkLoad::oneBoundedAuditRowEachObjectFindsIt()
{
    IPAM_START_RBAC_FIXTURE(f);
    const int rows = 3000; // more than WritePath::maxObjectsInAudit
    const qint64 auditBefore = countOf(*f.db, u"SELECT count(*) FROM audit_log"_s);
    const qint64 maxBefore = countOf(*f.db, u"SELECT max(id) FROM audit_log"_s);
    QSignalSpy committed(f.admin.get(), &WritePath::committed);
    const ImportResult result = importBytes(*f.admin, subnetFile(rows, u"East fabric"_s), 700);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(countOf(*f.db, u"SELECT count(*) FROM audit_log"_s), auditBefore + 1);
    const qint64 auditId = countOf(*f.db, u"SELECT max(id) FROM audit_log"_s);
    QVERIFY(auditId > maxBefore);
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(
            u"SELECT after_json, object, operation FROM audit_log WHERE id = %1"_s.arg(auditId)));
    QVERIFY(q.next());
    const QString after = q.value(0).toString();
    QVERIFY2(after.startsWith(u"{\"count\":3000,"_s), qPrintable(after.left(80)));
    QVERIFY(after.size() < 1000 * 1024); // the first 1,000 objects, not 3,000
    QVERIFY2(q.value(1).toString().contains(u"and 2999 more"_s), qPrintable(q.value(1).toString()));
    // The object index holds id runs, not one row per object.
    QVERIFY(countOf(*f.db, u"SELECT count(*) FROM audit_object WHERE audit_id = %1"_s.arg(auditId))
            <= 3);
    // Each object, first, middle and last, finds the row in its own history.
    const QList<Subnet> subnets = f.admin->store().select<Subnet>(
            u"space_id = ? AND name LIKE 'Subnet-%'"_s, {f.locations.value(u"East"_s).provider.id});
    QCOMPARE(subnets.size(), rows);
    for (const Subnet &subnet : {subnets.constFirst(), subnets.at(rows / 2), subnets.constLast()})
        QCOMPARE(auditIdsOf(*f.db, ObjectKind::Subnet, subnet.id, 5).value(0), auditId);
    // One change event, listing the load (consoles of other processes get "*": reload).
    QCOMPARE(committed.count(), 1);
    QVERIFY(committed.at(0).at(0).value<ChangeEvent>().items.size() >= rows);
}

void TestBulkLoad::deniedRowLeavesStoreUnchanged()
{
    IPAM_START_RBAC_FIXTURE(f);
    // May add subnets in East only.
    const QString user = u"bulk-east-asm"_s;
    const WriteResult granted
            = f.adminAccess->addPolicy(user, false, builtinroles::asmAdministrator, u"East"_s);
    QVERIFY2(granted.ok(), qPrintable(granted.message));
    f.user->setPrincipal(Principal{user, {}});
    const ImportResult allowed = importBytes(*f.user, subnetFile(600, u"East fabric"_s), 200);
    QVERIFY2(allowed.ok(), qPrintable(allowed.message));

    const QString before = f.fingerprint();
    const qint64 denials = f.deniedAuditRows();
    QByteArray csv = "NetworkId,Name,AddressSpace\n";
    for (int i = 0; i < 900; ++i) // line 852 is in West, in the fifth chunk
        csv += u"%1,D-%2,%3\n"_s.arg(subnetPrefix(2000 + i))
                       .arg(i)
                       .arg(i == 850 ? u"West fabric"_s : u"East fabric"_s)
                       .toUtf8();
    const ImportResult denied = importBytes(*f.user, csv, 200);
    QCOMPARE(denied.status, WriteStatus::Denied);
    QCOMPARE(denied.exitCode(), 3);
    QVERIFY2(denied.message.startsWith(u"line 852: "_s), qPrintable(denied.message));
    QCOMPARE(f.fingerprint(), before);
    QCOMPARE(f.deniedAuditRows(), denials + 1); // the denial itself is audited
}

void TestBulkLoad::killedImportLeavesStoreUnchanged()
{
    IPAM_START_RBAC_FIXTURE(f);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(subnetFile(400000, u"East fabric"_s));
    }
    const QString before = fullFingerprint(f);
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(IPAMCTL_PATH),
              {u"--db"_s, f.testDb.url(), u"import"_s, u"subnet"_s, path});
    QVERIFY(ctl.waitForStarted());
    // Killed while it writes: SQLite's WAL (or PostgreSQL's transaction id) shows the load's
    // transaction has written rows.
    auto writing = [&] {
        if (f.testDb.url().startsWith(u"postgres"_s))
            return countOf(*f.db,
                           u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                           "current_database() AND backend_xid IS NOT NULL AND pid <> "
                           "pg_backend_pid()"_s)
                    > 0;
        return QFileInfo(f.testDb.url() + u"-wal"_s).size() > 4 * 1024 * 1024;
    };
    QElapsedTimer timer;
    timer.start();
    while (!writing() && ctl.state() == QProcess::Running && timer.elapsed() < 120000)
        QThread::msleep(20);
    QVERIFY2(ctl.state() == QProcess::Running, "ipamctl ended before it was seen writing");
    QThread::msleep(QRandomGenerator::global()->bounded(200));
    ctl.kill();
    QVERIFY(ctl.waitForFinished());
    // A new connection, as the next process would open it.
    f.db = f.testDb.open();
    QCOMPARE(fullFingerprint(f), before);
}

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
