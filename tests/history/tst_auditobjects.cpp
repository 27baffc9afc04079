// Every object of a change set finds the change in its own history: the audit's object index
// (store/auditobjects.h) as the write path fills it, as the Event Catalog and the AUDIT search
// read it, at a million objects per change set, and back-filled for stores written before it.

#include "items/auditfilterproxy.h"
#include "items/auditlogmodel.h"
#include "store/auditobjects.h"
#include "store/migrations.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

Subnet subnetAt(ObjectId space, const QString &prefix)
{
    Subnet subnet;
    subnet.spaceId = space;
    subnet.networkId = Prefix::parse(prefix).value();
    return subnet;
}

QList<ObjectId> idsOf(const WriteResult &result)
{
    QList<ObjectId> ids;
    for (const AnyObject &object : result.objects)
        ids.append(storedPart(object).id);
    return ids;
}

} // namespace

class TestAuditObjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void runsAreBoundedAndSplitAtBuckets();
    void everySubnetOfADropFindsItsChange_data() { addBackendRows(); }
    void everySubnetOfADropFindsItsChange();
    void millionObjectChangeSetStaysSmallAndFindable_data() { addBackendRows(); }
    void millionObjectChangeSetStaysSmallAndFindable();
    void migrationBackFillsExistingAuditRows_data() { addBackendRows(); }
    void migrationBackFillsExistingAuditRows();
    void migrationRewritesBareGateways_data() { addBackendRows(); }
    void migrationRewritesBareGateways();
};

void TestAuditObjects::runsAreBoundedAndSplitAtBuckets()
{
    std::vector<AuditObjectKey> keys;
    for (ObjectId id = 1'000'000; id >= 1; --id) // any order
        keys.push_back({ObjectKind::Subnet, id});
    keys.push_back({ObjectKind::Subnet, 17}); // twice in one set
    keys.push_back({ObjectKind::Address, 5});
    keys.push_back({ObjectKind::Address, 7});
    const std::vector<AuditObjectRun> runs = auditObjectRuns(std::move(keys));
    // Subnets 1..1,000,000 in buckets of 4,096 ids: 245 runs; two separate addresses.
    QCOMPARE(runs.size(), std::size_t(245 + 2));
    for (const AuditObjectRun &run : runs)
        QCOMPARE(run.firstId >> auditObjectBucketBits, run.lastId >> auditObjectBucketBits);
    QCOMPARE(runs.front(), (AuditObjectRun{ObjectKind::Subnet, 1, 4095}));
    QCOMPARE(runs.at(1), (AuditObjectRun{ObjectKind::Subnet, 4096, 8191}));
    QCOMPARE(runs.at(244), (AuditObjectRun{ObjectKind::Subnet, 999'424, 1'000'000}));
    QCOMPARE(runs.at(245), (AuditObjectRun{ObjectKind::Address, 5, 5}));
    QCOMPARE(runs.at(246), (AuditObjectRun{ObjectKind::Address, 7, 7}));
}

void TestAuditObjects::everySubnetOfADropFindsItsChange()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    WritePath writePath(db, Principal{QStringLiteral("alice"), {}});
    Store &store = writePath.store();
    const ObjectId def = store.defaultSpace()->id;
    ChangeSet create;
    for (int i = 0; i < 4; ++i)
        create.create(subnetAt(def, QStringLiteral("10.9.%1.0/24").arg(i)));
    const WriteResult created = writePath.submit(create);
    QVERIFY2(created.ok(), qPrintable(created.message));
    const QList<ObjectId> ids = idsOf(created);

    // A drop of the four onto new owners: one change set, one audit row named after the first.
    ChangeSet drop;
    drop.label = QStringLiteral("assign 4 subnets");
    for (const AnyObject &object : created.objects) {
        Subnet subnet = std::get<Subnet>(object);
        subnet.owner = QStringLiteral("storage team");
        drop.update(subnet, subnet.version);
    }
    const WriteResult dropped = writePath.submit(drop);
    QVERIFY2(dropped.ok(), qPrintable(dropped.message));

    for (ObjectId id : ids) {
        const QList<AuditEntry> history = store.auditLogOf(ObjectKind::Subnet, id, 10);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).id, dropped.auditId);
        QCOMPARE(history.at(0).operation, QStringLiteral("assign 4 subnets"));
        QCOMPARE(history.at(1).id, created.auditId);
    }
    QVERIFY(store.auditLogOf(ObjectKind::Range, ids.constFirst(), 10).isEmpty());

    // AUDIT search by the last subnet's prefix finds both rows, though both are named after
    // 10.9.0.0/24.
    AuditLogModel model(store);
    model.reload();
    AuditFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setText(QStringLiteral("10.9.3.0/24"));
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, AuditLogModel::ObjectColumn).data().toString(),
             QStringLiteral("subnet 10.9.0.0/24 and 3 more"));
    proxy.setText(QStringLiteral("10.9.7.0/24"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestAuditObjects::millionObjectChangeSetStaysSmallAndFindable()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    WritePath writePath(db, Principal{QStringLiteral("alice"), {}});
    Store &store = writePath.store();
    const ObjectId def = store.defaultSpace()->id;

    // Through the write path: 20,000 subnets in one change set, each in its own history.
    constexpr int created = 20'000;
    ChangeSet set;
    for (int i = 0; i < created; ++i)
        set.create(subnetAt(def, QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)));
    QElapsedTimer timer;
    timer.start();
    const WriteResult result = writePath.submit(set);
    const qint64 submitMs = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ObjectId first = store.subnetByPrefix(def, Prefix::parse(u"10.0.0.0/24"_qs).value())->id;
    const ObjectId last = store.subnetByPrefix(def, Prefix::parse(u"10.78.31.0/24"_qs).value())->id;
    for (ObjectId id : {first, first + created / 2, last}) {
        const QList<AuditEntry> history = store.auditLogOf(ObjectKind::Subnet, id, 10);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().id, result.auditId);
    }
    const qint64 runsOfSet = scalar(*db,
                                    QStringLiteral("SELECT count(*) FROM audit_object "
                                                   "WHERE audit_id = %1")
                                            .arg(result.auditId));
    QVERIFY2(runsOfSet <= created / 4096 + 2, qPrintable(QString::number(runsOfSet)));

    // A million objects in one audit row (as a million-row import writes), in the write path's
    // transaction: a few hundred rows, written and found in milliseconds.
    QString error;
    QVERIFY(db->beginWrite(&error));
    const qint64 auditId
            = scalar(*db,
                     QStringLiteral("INSERT INTO audit_log (at_ms, principal, operation, object, "
                                    "outcome) VALUES (0, 'alice', 'import', 'address 10.0.0.1 and "
                                    "999999 more', 'committed') RETURNING id"));
    QVERIFY(auditId > 0);
    std::vector<AuditObjectKey> keys;
    keys.reserve(1'000'000);
    for (ObjectId id = 5'000'001; id <= 6'000'000; ++id)
        keys.push_back({ObjectKind::Address, id});
    timer.restart();
    QVERIFY2(writeAuditObjects(*db, auditId, std::move(keys), &error), qPrintable(error));
    const qint64 writeMs = timer.elapsed();
    QVERIFY(db->commit(&error));
    const qint64 runs = scalar(*db,
                               QStringLiteral("SELECT count(*) FROM audit_object WHERE "
                                              "audit_id = %1")
                                       .arg(auditId));
    QVERIFY2(runs <= 1'000'000 / 4096 + 2, qPrintable(QString::number(runs)));
    timer.restart();
    for (ObjectId id = 5'000'001; id <= 6'000'000; id += 99'991)
        QCOMPARE(auditIdsOf(*db, ObjectKind::Address, id, 10), QList<qint64>{auditId});
    const double lookupMs = timer.nsecsElapsed() / 1e6 / 11;
    QVERIFY(auditIdsOf(*db, ObjectKind::Address, 6'000'001, 10).isEmpty());
    QVERIFY(auditIdsOf(*db, ObjectKind::Subnet, 5'000'001, 10).isEmpty());
    qInfo("%s: 20,000-subnet change set %lld ms (%lld index rows); 1,000,000 objects: %lld index "
          "rows written in %lld ms; one object's history %.2f ms",
          qPrintable(QString(QTest::currentDataTag())), submitMs, runsOfSet, runs, writeMs,
          lookupMs);
}

void TestAuditObjects::migrationBackFillsExistingAuditRows()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    QList<ObjectId> ids;
    qint64 auditId = 0;
    {
        std::shared_ptr<Database> db = testDb.open();
        QVERIFY(db);
        WritePath writePath(db, Principal{QStringLiteral("alice"), {}});
        const ObjectId def = writePath.store().defaultSpace()->id;
        ChangeSet set;
        for (int i = 0; i < 3; ++i)
            set.create(subnetAt(def, QStringLiteral("10.8.%1.0/24").arg(i)));
        const WriteResult result = writePath.submit(set);
        QVERIFY2(result.ok(), qPrintable(result.message));
        ids = idsOf(result);
        auditId = result.auditId;
        // As a store of schema version 7 was: no object index.
        QVERIFY(exec(*db, QStringLiteral("DROP TABLE audit_object")));
        // Version 9 (PostgreSQL's hardening) and the later ones run again after it, over their
        // own work.
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM schema_version WHERE version >= 8")));
    }
    std::shared_ptr<Database> db = testDb.open(); // migrates to 8, and on to the latest
    QVERIFY(db);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT max(version) FROM schema_version")),
             latestSchemaVersion());
    Store store(db);
    for (ObjectId id : ids) {
        const QList<AuditEntry> history = store.auditLogOf(ObjectKind::Subnet, id, 10);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().id, auditId);
    }
}

void TestAuditObjects::migrationRewritesBareGateways()
{
    // Schema v8 also brings the gateways older stores hold as bare addresses (the old range
    // dialog's form) to IPAM's "<ip>/Automatic".
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    ObjectId bare = 0, two = 0, metric = 0;
    {
        std::shared_ptr<Database> db = testDb.open();
        QVERIFY(db);
        WritePath writePath(db, Principal{QStringLiteral("alice"), {}});
        const ObjectId def = writePath.store().defaultSpace()->id;
        ChangeSet set;
        set.create(subnetAt(def, QStringLiteral("10.7.0.0/24")));
        for (int i = 0; i < 3; ++i) {
            Range range;
            range.spaceId = def;
            range.startAddress
                    = IpAddress::parse(QStringLiteral("10.7.0.%1").arg(10 + 20 * i)).value();
            range.endAddress
                    = IpAddress::parse(QStringLiteral("10.7.0.%1").arg(19 + 20 * i)).value();
            set.create(range);
        }
        const WriteResult result = writePath.submit(set);
        QVERIFY2(result.ok(), qPrintable(result.message));
        bare = storedPart(result.objects.at(1)).id;
        two = storedPart(result.objects.at(2)).id;
        metric = storedPart(result.objects.at(3)).id;
        // As the old dialog stored them, behind the write path's back.
        QVERIFY(exec(*db,
                     QStringLiteral("UPDATE ip_range SET gateways = '10.7.0.1' WHERE id = %1")
                             .arg(bare)));
        QVERIFY(exec(*db,
                     QStringLiteral("UPDATE ip_range SET gateways = '10.7.0.1,10.7.0.2' "
                                    "WHERE id = %1")
                             .arg(two)));
        QVERIFY(exec(*db,
                     QStringLiteral("UPDATE ip_range SET gateways = '10.7.0.1/5' WHERE id = %1")
                             .arg(metric)));
        QVERIFY(exec(*db, QStringLiteral("DROP TABLE audit_object")));
        // Version 9 (PostgreSQL's hardening) and the later ones run again after it, over their
        // own work.
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM schema_version WHERE version >= 8")));
    }
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    Store store(db);
    QCOMPARE(store.get<Range>(bare)->gateways, QList<QString>{u"10.7.0.1/Automatic"_qs});
    QCOMPARE(store.get<Range>(two)->gateways,
             (QList<QString>{u"10.7.0.1/Automatic"_qs, u"10.7.0.2/Automatic"_qs}));
    QCOMPARE(store.get<Range>(metric)->gateways, QList<QString>{u"10.7.0.1/5"_qs});
}

QTEST_GUILESS_MAIN(TestAuditObjects)
#include "tst_auditobjects.moc"
