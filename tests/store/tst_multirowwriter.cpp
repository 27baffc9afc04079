// MultiRowWriter on SQLite and PostgreSQL, inside a transaction it does not own: rows in
// batches get their own ids (also across a short last batch), a batch the database refuses is
// written again one by one so the refusal names its object as a one-row insert would, and a
// multi-row UPDATE sets exactly the rows it names.

#include "store/multirowwriter.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

namespace {

Subnet subnetAt(ObjectId spaceId, int i)
{
    Subnet s;
    s.spaceId = spaceId;
    s.networkId = Prefix::parse(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)).value();
    s.name = QStringLiteral("net %1").arg(i);
    return s;
}

struct Fixture
{
    explicit Fixture(const QString &backend)
        : testDb(backend)
    { }
    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        if (!db)
            return false;
        store = std::make_unique<Store>(db);
        spaceId = store->defaultSpace()->id;
        QString error;
        return db->beginWrite(&error);
    }
    ~Fixture()
    {
        if (db)
            db->rollback();
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    test::TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<Store> store;
    ObjectId spaceId = 0;
};

#define START(fixture) \
    QFETCH(QString, backend); \
    Fixture fixture(backend); \
    IPAM_REQUIRE_DATABASE(fixture.testDb); \
    QVERIFY2(fixture.start(), "cannot open the test database")

} // namespace

class TestMultiRowWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachRowGetsItsOwnId_data() { test::addBackendRows(); }
    void eachRowGetsItsOwnId();
    void aRefusedBatchNamesItsObject_data() { test::addBackendRows(); }
    void aRefusedBatchNamesItsObject();
    void aRefusedBatchCanBeLeftToTheCaller_data() { test::addBackendRows(); }
    void aRefusedBatchCanBeLeftToTheCaller();
    void updatesExactlyTheRowsItNames_data() { test::addBackendRows(); }
    void updatesExactlyTheRowsItNames();
};

void TestMultiRowWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    if (test::TestDatabase::postgresRequired())
        QVERIFY2(test::TestDatabase::postgresAvailable(&why), qPrintable(why));
}

void TestMultiRowWriter::eachRowGetsItsOwnId()
{
    START(f);
    ObjectWriter writer(*f.db, 1234);
    // Two full batches and a short one, in an order unlike the rows' keys.
    QList<Subnet> subnets;
    for (int i = 0; i < 2 * MultiRowWriter::rowsPerStatement + 345; ++i)
        subnets.append(subnetAt(f.spaceId, (i * 7919) % 3000));
    QList<Subnet *> objects;
    for (Subnet &s : subnets)
        objects.append(&s);
    int failed = -2;
    const WriteOutcome failure = MultiRowWriter(writer).insert(objects, &failed);
    QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
    QCOMPARE(failed, -1);
    QSet<ObjectId> ids;
    for (const Subnet &s : std::as_const(subnets)) {
        QVERIFY(s.id != 0);
        QCOMPARE(s.version, 1);
        QCOMPARE(s.lastModifiedMs, 1234);
        ids.insert(s.id);
        // The id is the row of exactly this subnet.
        const std::optional<Subnet> stored = f.store->get<Subnet>(s.id);
        QVERIFY(stored);
        QCOMPARE(stored->networkId, s.networkId);
        QCOMPARE(stored->name, s.name);
    }
    QCOMPARE(ids.size(), subnets.size());
}

void TestMultiRowWriter::aRefusedBatchNamesItsObject()
{
    START(f);
    ObjectWriter writer(*f.db, 1);
    QList<Subnet> subnets;
    for (int i = 0; i < 1500; ++i)
        subnets.append(subnetAt(f.spaceId, i));
    subnets[1100].networkId = subnets.at(10).networkId; // a second 10.0.10.0/24
    QList<Subnet *> objects;
    for (Subnet &s : subnets)
        objects.append(&s);
    int failed = -2;
    const WriteOutcome failure = MultiRowWriter(writer).insert(objects, &failed);
    QVERIFY(failure);
    QCOMPARE(failure->status, WriteStatus::Refused);
    QCOMPARE(failed, 1100);
    // Those before it are written, with their ids.
    QVERIFY(subnets.at(1099).id != 0);
    QCOMPARE(subnets.at(1100).id, 0);
    // In the words of a one-row insert of the same subnet after the one it duplicates.
    f.db->rollback();
    QString error;
    QVERIFY(f.db->beginWrite(&error));
    Subnet first = subnets.at(10);
    Subnet alone = subnets.at(1100);
    QVERIFY(!writer.insert(first));
    const WriteOutcome one = writer.insert(alone);
    QVERIFY(one);
    QCOMPARE(failure->message, one->message);
    QVERIFY2(failure->message.contains(QStringLiteral("10.0.10.0/24")),
             qPrintable(failure->message));
}

void TestMultiRowWriter::aRefusedBatchCanBeLeftToTheCaller()
{
    START(f);
    ObjectWriter writer(*f.db, 1);
    QList<Subnet> subnets;
    for (int i = 0; i < 1500; ++i)
        subnets.append(subnetAt(f.spaceId, i));
    subnets[1100].networkId = subnets.at(10).networkId;
    QList<Subnet *> objects;
    for (Subnet &s : subnets)
        objects.append(&s);
    const qint64 before = f.scalar(QStringLiteral("SELECT count(*) FROM ip_subnet"));
    int failed = -2;
    bool batchRefused = false;
    const WriteOutcome failure = MultiRowWriter(writer).insert(objects, &failed, &batchRefused);
    QVERIFY(failure);
    QVERIFY(batchRefused);
    // The first batch is written; nothing of the refused one.
    QCOMPARE(failed, MultiRowWriter::rowsPerStatement);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM ip_subnet")),
             before + MultiRowWriter::rowsPerStatement);
    QVERIFY(subnets.at(999).id != 0);
}

void TestMultiRowWriter::updatesExactlyTheRowsItNames()
{
    START(f);
    ObjectWriter writer(*f.db, 1);
    QList<Subnet> subnets;
    for (int i = 0; i < 1300; ++i)
        subnets.append(subnetAt(f.spaceId, i));
    QList<Subnet *> objects;
    for (Subnet &s : subnets)
        objects.append(&s);
    int failed = -2;
    QVERIFY(!MultiRowWriter(writer).insert(objects, &failed));
    // Every other subnet, across a full batch and a short one.
    QList<QVariantList> rows;
    for (int i = 0; i < subnets.size(); i += 2)
        rows.append({subnets.at(i).id, QString::number(i + 1), qint64(i)});
    QString error;
    QVERIFY2(MultiRowWriter(writer).update(
                     QStringLiteral("ip_subnet"),
                     {{QStringLiteral("assigned_addresses"), QStringLiteral("text")},
                      {QStringLiteral("utilized_addresses"), QStringLiteral("bigint")}},
                     rows, &error),
             qPrintable(error));
    for (int i : {0, 1, 2, 998, 1000, 1001, 1298, 1299}) {
        const Subnet stored = *f.store->get<Subnet>(subnets.at(i).id);
        QCOMPARE(stored.assignedAddresses.toString(),
                 i % 2 == 0 ? QString::number(i + 1) : QStringLiteral("0"));
        QCOMPARE(stored.utilizedAddresses, i % 2 == 0 ? qint64(i) : 0);
    }
}

QTEST_GUILESS_MAIN(TestMultiRowWriter)
#include "tst_multirowwriter.moc"
