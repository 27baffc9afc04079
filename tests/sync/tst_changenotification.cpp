// Live updates between processes on PostgreSQL: a commit through one connection's write path
// reaches a ChangeListener on another connection as a ChangeEvent, after COMMIT only, within
// the 200 ms the console promises; a rolled-back (refused) change announces nothing.

#include "sync/changenotification.h"
#include "sync/writepath.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

class TestChangeNotification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void payloadRoundTrips();
    void auditItemsRoundTrip();
    void otherConnectionSeesCommitsOnly();
};

void TestChangeNotification::payloadRoundTrips()
{
    ChangeEvent event;
    event.auditId = 42;
    event.items = {{ChangeOp::Create, ObjectKind::Subnet, 7, 1},
                   {ChangeOp::Remove, ObjectKind::Range, 9, 3}};
    QString origin;
    const std::optional<ChangeEvent> back = decodeChangeNotification(
            encodeChangeNotification(event, QStringLiteral("me")), &origin);
    QVERIFY(back);
    QCOMPARE(origin, QStringLiteral("me"));
    QCOMPARE(back->auditId, qint64(42));
    QCOMPARE(back->items.size(), 2);
    QVERIFY(back->items[1].kind == ObjectKind::Range);
    QCOMPARE(back->items[1].id, ObjectId(9));
    QCOMPARE(back->items[1].version, qint64(3));
    QVERIFY(back->items[1].op == ChangeOp::Remove);
    QVERIFY(!back->local);
    // Too many items for one NOTIFY: a reload marker instead.
    for (int i = 0; i < maxItemsInNotification + 1; ++i)
        event.items.append({ChangeOp::Update, ObjectKind::Subnet, i, 1});
    const std::optional<ChangeEvent> many = decodeChangeNotification(
            encodeChangeNotification(event, QStringLiteral("me")), &origin);
    QVERIFY(many && many->reloadAll && many->items.isEmpty());
    QVERIFY(!decodeChangeNotification(u"something else", &origin));
    QVERIFY(!decodeChangeNotification(u"ipam1;x;1;99,1,1,0", &origin)); // unknown kind
}

// The audit row's form (schema v4): the items alone, the same encoding as the payload's tail.
void TestChangeNotification::auditItemsRoundTrip()
{
    ChangeEvent event;
    QCOMPARE(encodeChangeItems(event), QString());
    event.items = {{ChangeOp::Create, ObjectKind::Subnet, 7, 1},
                   {ChangeOp::Update, ObjectKind::NetworkSite, 3, 4}};
    const QString items = encodeChangeItems(event);
    QVERIFY(encodeChangeNotification(event, QStringLiteral("me")).endsWith(u';' + items));
    ChangeEvent back;
    QVERIFY(decodeChangeItems(items, &back));
    QCOMPARE(back.items.size(), 2);
    QVERIFY(back.items[1].kind == ObjectKind::NetworkSite);
    QCOMPARE(back.items[1].version, qint64(4));
    QVERIFY(!back.reloadAll);
    for (int i = 0; i < maxItemsInNotification; ++i)
        event.items.append({ChangeOp::Update, ObjectKind::Subnet, i, 1});
    QCOMPARE(encodeChangeItems(event), QStringLiteral("*"));
    ChangeEvent reload;
    QVERIFY(decodeChangeItems(u"*", &reload));
    QVERIFY(reload.reloadAll && reload.items.isEmpty());
    ChangeEvent bad;
    QVERIFY(!decodeChangeItems(u"5,1,1", &bad));
    QVERIFY(!decodeChangeItems(u"5,1,1,9", &bad)); // no such operation
}

void TestChangeNotification::otherConnectionSeesCommitsOnly()
{
    test::TestDatabase testDb(QStringLiteral("postgresql"));
    IPAM_REQUIRE_DATABASE(testDb);
    std::shared_ptr<Database> writer = testDb.open();
    std::shared_ptr<Database> reader = testDb.open();
    QVERIFY(writer && reader);
    WritePath writePath(writer, Principal{QStringLiteral("alice"), {}});
    ChangeListener listener(reader);
    listener.setIncludeOwnProcess(true); // writer and listener share this test process
    QVERIFY(listener.isListening());
    QSignalSpy spy(&listener, &ChangeListener::changed);

    Subnet subnet;
    subnet.spaceId = writePath.store().defaultSpace()->id;
    subnet.networkId = Prefix::parse(u"10.40.0.0/24").value();
    ChangeSet set;
    set.create(subnet);
    QElapsedTimer timer;
    timer.start();
    const WriteResult result = writePath.submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 1, 200);
    qInfo("commit to listener: %.2f ms", double(timer.nsecsElapsed()) / 1e6);
    const ChangeEvent event = spy.at(0).at(0).value<ChangeEvent>();
    QVERIFY(!event.local);
    QCOMPARE(event.auditId, result.auditId);
    QCOMPARE(event.items.size(), 1);
    QVERIFY(event.items[0].kind == ObjectKind::Subnet);
    QCOMPARE(event.items[0].id, std::get<Subnet>(result.objects[0]).id);
    QCOMPARE(event.items[0].version, qint64(1));

    // A refused change (overlap) rolls back: nothing is announced.
    Subnet overlapping = subnet;
    overlapping.networkId = Prefix::parse(u"10.40.0.128/25").value();
    ChangeSet refused;
    refused.create(overlapping);
    QCOMPARE(writePath.submit(refused).status, WriteStatus::Refused);
    QTest::qWait(150);
    QCOMPARE(spy.count(), 1);

    // The listener skips its own process's writes unless asked (the console applies those
    // from the local event already).
    listener.setIncludeOwnProcess(false);
    Subnet another = subnet;
    another.networkId = Prefix::parse(u"10.41.0.0/24").value();
    ChangeSet again;
    again.create(another);
    QVERIFY(writePath.submit(again).ok());
    QTest::qWait(150);
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestChangeNotification)
#include "tst_changenotification.moc"
