// Live updates between processes on PostgreSQL: a commit through one connection's write path
// reaches a ChangeListener on another connection as a ChangeEvent, after COMMIT only, within
// the 200 ms the console promises; a rolled-back (refused) change announces nothing. When its
// session is killed, the listener reconnects and catches up on what was committed meanwhile,
// including a change set whose audit id is older than one it already had (two writers that
// committed in the other order), each passed on once.

#include "live/changelistener.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
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
    void reconnectCatchesUpOutOfOrderCommits();
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

void TestChangeNotification::reconnectCatchesUpOutOfOrderCommits()
{
    test::TestDatabase testDb(QStringLiteral("postgresql"));
    IPAM_REQUIRE_DATABASE(testDb);
    ChangeListener listener(testDb.open());
    QVERIFY2(listener.isListening(), qPrintable(listener.stateText()));
    listener.setHeartbeatInterval(3600 * 1000); // checked by hand below
    listener.setReconnectDelays(10, 50);
    QSignalSpy spy(&listener, &ChangeListener::changed);
    std::shared_ptr<Database> first = testDb.open();
    std::shared_ptr<Database> second = testDb.open();
    std::shared_ptr<Database> admin = testDb.open();
    QVERIFY(first && second && admin);
    const QString origin = QStringLiteral("another-process");
    // An audit row as another process's write path leaves it; its id, or 0.
    auto insertRow = [&](Database &db, const QString &items) -> qint64 {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral(
                "INSERT INTO audit_log (at_ms, principal, operation, object, outcome, "
                "change_origin, change_items) VALUES (1, 'bob', 'subnet add', 'x', 'committed', "
                "?, ?) RETURNING id"));
        insert.addBindValue(origin);
        insert.addBindValue(items);
        if (!insert.exec() || !insert.next()) {
            qWarning("%s", qPrintable(Database::describe(insert.lastError())));
            return 0;
        }
        return insert.value(0).toLongLong();
    };
    auto notify = [&](qint64 auditId, const QString &items) {
        QSqlQuery query(second->connection());
        query.prepare(QStringLiteral("SELECT pg_notify('ipam_changes', ?)"));
        query.addBindValue(QStringLiteral("ipam1;%1;%2;%3").arg(origin).arg(auditId).arg(items));
        return query.exec();
    };

    // Two writers: the first takes its audit id, the second takes the next one and commits
    // first; the listener hears of the second only.
    QVERIFY(first->connection().transaction());
    const qint64 older = insertRow(*first, QStringLiteral("5,1001,1,0"));
    const qint64 newer = insertRow(*second, QStringLiteral("5,1002,1,0"));
    QVERIFY(older && newer > older);
    QVERIFY(notify(newer, QStringLiteral("5,1002,1,0")));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QCOMPARE(spy.at(0).at(0).value<ChangeEvent>().auditId, newer);

    // The session dies; meanwhile the first writer commits, and a third change set goes in.
    QSqlQuery kill(admin->connection());
    kill.prepare(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE application_name = ? AND datname = current_database()"));
    kill.addBindValue(QString::fromLatin1(ChangeListener::applicationName));
    QVERIFY(kill.exec() && kill.next());
    QCOMPARE(kill.value(0).toInt(), 1);
    QVERIFY(first->connection().commit());
    const qint64 third = insertRow(*second, QStringLiteral("5,1003,1,0"));
    QVERIFY(third > newer);

    QVERIFY(!listener.checkConnection());
    QCOMPARE(listener.state(), ChangeListener::State::Reconnecting);
    QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 2000);
    // Caught up in audit order: the one committed late, then the one made while away.
    QCOMPARE(spy.at(1).at(0).value<ChangeEvent>().auditId, older);
    QCOMPARE(spy.at(1).at(0).value<ChangeEvent>().items.value(0).id, ObjectId(1001));
    QCOMPARE(spy.at(2).at(0).value<ChangeEvent>().auditId, third);
    QCOMPARE(listener.lastAuditId(), third);

    // A late announcement of a change set it caught up on is not passed on again; a new one is.
    QVERIFY(notify(third, QStringLiteral("5,1003,1,0")));
    const qint64 fourth = insertRow(*second, QStringLiteral("5,1004,1,0"));
    QVERIFY(notify(fourth, QStringLiteral("5,1004,1,0")));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 4, 2000);
    QTest::qWait(100);
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.at(3).at(0).value<ChangeEvent>().auditId, fourth);
    QVERIFY(listener.checkConnection()); // alive: the heartbeat passes
}

QTEST_GUILESS_MAIN(TestChangeNotification)
#include "tst_changenotification.moc"
