// The utilization history as the write path keeps it (history/utilizationrecorder.h) and as
// trends read it (history/utilizationtrend.h): built step by step through the write path
// (creates, ranges, addresses, removals, an undo, a drop onto a logical network), each
// object's trend compared with a brute-force recount taken at every earlier step, on SQLite
// and PostgreSQL; the back-fill of a store written before the history; the forecast on
// constructed histories with known answers.

#include "history/utilizationalert.h"
#include "history/utilizationforecast.h"
#include "history/utilizationrecorder.h"
#include "history/utilizationtrend.h"
#include "store/migrations.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace ipam;
using namespace ipam::test;

namespace {

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec() || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

IpAddress ip(const QString &text)
{
    return IpAddress::parse(text).value();
}

// What a brute-force recount over the rows as they stand says, for one object.
struct Figures
{
    AddressCount total;
    AddressCount assigned;
    qint64 used = 0;
    friend bool operator==(const Figures &, const Figures &) = default;
};

QString describe(const Figures &f)
{
    return QStringLiteral("total %1 assigned %2 used %3")
            .arg(f.total.toString(), f.assigned.toString())
            .arg(f.used);
}

Figures recountSubnets(Store &store, const QList<Subnet> &subnets)
{
    Figures f;
    Database &db = store.database();
    for (const Subnet &subnet : subnets) {
        f.total += subnet.networkId.size();
        f.used += scalar(db, QStringLiteral("SELECT count(*) FROM ip_address WHERE subnet_id = ?"),
                         {subnet.id});
        for (const Range &range :
             store.select<Range>(QStringLiteral("subnet_id = ?"), {subnet.id}, QString()))
            f.assigned += AddressRange::make(range.startAddress, range.endAddress).value().size();
    }
    return f;
}

Figures recountRange(Store &store, ObjectId rangeId)
{
    const Range range = *store.get<Range>(rangeId);
    const AddressCount size
            = AddressRange::make(range.startAddress, range.endAddress).value().size();
    return {size, size,
            scalar(store.database(),
                   QStringLiteral("SELECT count(*) FROM ip_address WHERE range_id = ?"),
                   {rangeId})};
}

class History
{
public:
    explicit History(const QString &backend)
        : testDb(backend)
    { }
    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        if (!db)
            return false;
        writePath = std::make_unique<WritePath>(db, Principal{QStringLiteral("alice"), {}});
        return true;
    }
    Store &store() { return writePath->store(); }

    // Commits `set` as one step; later changes are at least a millisecond later.
    QList<AnyObject> step(const ChangeSet &set)
    {
        QThread::msleep(2);
        const WriteResult result = writePath->submit(set);
        if (!result.ok())
            qWarning("step failed: %s", qPrintable(result.message));
        QThread::msleep(2);
        return result.objects;
    }
    template<typename T>
    T create(T object)
    {
        ChangeSet set;
        set.create(object);
        const QList<AnyObject> written = step(set);
        return written.isEmpty() ? T() : std::get<T>(written.constFirst());
    }
    Address address(const char *text)
    {
        Address a;
        a.spaceId = store().defaultSpace()->id;
        a.ipAddress = ip(QLatin1String(text));
        return a;
    }

    Figures figuresOf(const ObjectRef &ref)
    {
        if (ref.kind == ObjectKind::Range)
            return recountRange(store(), ref.id);
        const QString where = ref.kind == ObjectKind::Subnet ? QStringLiteral("id = ?")
                : ref.kind == ObjectKind::LogicalNetwork ? QStringLiteral("logical_network_id = ?")
                                                         : QStringLiteral("space_id = ?");
        return recountSubnets(store(), store().select<Subnet>(where, {ref.id}, QString()));
    }
    Figures trendValue(const ObjectRef &ref, qint64 atMs, qint64 fromMs, qint64 toMs)
    {
        UtilizationTrendReader reader(*db);
        UtilizationTrend trend;
        QString error;
        if (!reader.read({ref}, fromMs, toMs, &trend, &error))
            qFatal("trend: %s", qPrintable(error));
        const TrendPoint p = trend.valueAt(atMs);
        return {trend.total, p.assigned, p.used};
    }

    test::TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
};

// One recorded moment: when, and what a recount said then, per object.
struct Moment
{
    qint64 atMs;
    QHash<QString, Figures> figures;
};

} // namespace

class TestUtilizationHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void trendMatchesRecountAtEveryStep_data() { addBackendRows(); }
    void trendMatchesRecountAtEveryStep();
    void onlyMovedObjectsGetPoints_data() { addBackendRows(); }
    void onlyMovedObjectsGetPoints();
    void multiSelectionSumsAndCountsEachSubnetOnce_data() { addBackendRows(); }
    void multiSelectionSumsAndCountsEachSubnetOnce();
    void upgradeBackFillsFromTheFiguresAsTheyStand_data() { addBackendRows(); }
    void upgradeBackFillsFromTheFiguresAsTheyStand();
    void unknownObjectIsNamed_data() { addBackendRows(); }
    void unknownObjectIsNamed();
    void fullWithinAlertFollowsTheForecast_data() { addBackendRows(); }
    void fullWithinAlertFollowsTheForecast();
    void forecastOfLinearGrowth();
    void forecastWithoutGrowthHasNoDate();
    void forecastWhenAlreadyOver();
    void sampledStepsHoldTheLastValue();
};

void TestUtilizationHistory::trendMatchesRecountAtEveryStep()
{
    QFETCH(QString, backend);
    History h(backend);
    IPAM_REQUIRE_DATABASE(h.testDb);
    QVERIFY(h.start());
    const ObjectId def = h.store().defaultSpace()->id;
    QList<Moment> moments;
    QHash<QString, ObjectRef> objects;
    int membershipChangedAt = 0; // the logical network's sum holds from this moment on
    auto check = [&](const char *what) {
        Moment now{QDateTime::currentMSecsSinceEpoch(), {}};
        for (auto it = objects.cbegin(); it != objects.cend(); ++it)
            now.figures.insert(it.key(), h.figuresOf(it.value()));
        moments.append(now);
        const qint64 from = moments.constFirst().atMs - 1;
        for (qsizetype j = 0; j < moments.size(); ++j) {
            for (auto it = moments.at(j).figures.cbegin(); it != moments.at(j).figures.cend();
                 ++it) {
                const bool rollUp = it.key() == QLatin1String("Storage")
                        || it.key() == QLatin1String("Default");
                if (rollUp && j < membershipChangedAt)
                    continue; // a roll-up sums the subnets it holds now
                const Figures expected = it.value();
                Figures got
                        = h.trendValue(objects.value(it.key()), moments.at(j).atMs, from, now.atMs);
                // The total is the object's size as it stands.
                got.total = h.figuresOf(objects.value(it.key())).total;
                if (!(got == expected))
                    QFAIL(qPrintable(QStringLiteral("after %1, %2 at moment %3: trend %4, "
                                                    "recount %5")
                                             .arg(QLatin1String(what), it.key())
                                             .arg(j)
                                             .arg(describe(got), describe(expected))));
            }
        }
    };

    LogicalNetwork storage;
    storage.name = QStringLiteral("Storage");
    storage.spaceId = def;
    storage = h.create(storage);
    QVERIFY(storage.id);
    objects.insert(QStringLiteral("Storage"), {ObjectKind::LogicalNetwork, storage.id});
    objects.insert(QStringLiteral("Default"), {ObjectKind::AddressSpace, def});
    check("the logical network");
    if (QTest::currentTestFailed())
        return;

    ChangeSet subnets;
    for (const char *text : {"10.1.0.0/24", "10.1.1.0/24", "10.2.0.0/24"}) {
        Subnet s;
        s.spaceId = def;
        s.networkId = Prefix::parse(QString::fromLatin1(text)).value();
        if (QByteArray(text).startsWith("10.1."))
            s.logicalNetworkId = storage.id;
        subnets.create(s);
    }
    const QList<AnyObject> made = h.step(subnets);
    QCOMPARE(made.size(), 3);
    const Subnet a = std::get<Subnet>(made.at(0)), b = std::get<Subnet>(made.at(1)),
                 c = std::get<Subnet>(made.at(2));
    objects.insert(QStringLiteral("A"), {ObjectKind::Subnet, a.id});
    objects.insert(QStringLiteral("B"), {ObjectKind::Subnet, b.id});
    objects.insert(QStringLiteral("C"), {ObjectKind::Subnet, c.id});
    membershipChangedAt = moments.size();
    check("three subnets");
    if (QTest::currentTestFailed())
        return;

    Range r1;
    r1.spaceId = def;
    r1.startAddress = ip(QStringLiteral("10.1.0.1"));
    r1.endAddress = ip(QStringLiteral("10.1.0.100"));
    r1 = h.create(r1);
    QVERIFY(r1.id);
    objects.insert(QStringLiteral("R1"), {ObjectKind::Range, r1.id});
    check("a range");
    if (QTest::currentTestFailed())
        return;

    ChangeSet five;
    for (const char *text : {"10.1.0.10", "10.1.0.11", "10.1.0.12", "10.1.0.13", "10.1.0.14"})
        five.create(h.address(text));
    QCOMPARE(h.step(five).size(), 5);
    check("five addresses");
    if (QTest::currentTestFailed())
        return;

    QVERIFY(h.create(h.address("10.1.1.5")).id);
    check("an address outside any range");
    if (QTest::currentTestFailed())
        return;

    ChangeSet removeOne;
    removeOne.remove(h.store().addressesByIp(def, ip(QStringLiteral("10.1.0.12"))).constFirst());
    h.step(removeOne);
    check("an address removed");
    if (QTest::currentTestFailed())
        return;

    Range r2;
    r2.spaceId = def;
    r2.startAddress = ip(QStringLiteral("10.1.1.1"));
    r2.endAddress = ip(QStringLiteral("10.1.1.50"));
    const Range r2made = h.create(r2);
    QVERIFY(r2made.id);
    check("a range adopting an address");
    if (QTest::currentTestFailed())
        return;

    ChangeSet removeRange;
    removeRange.remove(*h.store().get<Range>(r2made.id));
    h.step(removeRange);
    check("the range removed");
    if (QTest::currentTestFailed())
        return;

    // Undo of the removal: the range again (the edit history re-creates it so).
    const Range r2again = h.create(r2);
    QVERIFY(r2again.id);
    objects.insert(QStringLiteral("R2"), {ObjectKind::Range, r2again.id});
    check("the removal undone");
    if (QTest::currentTestFailed())
        return;

    QVERIFY(h.create(h.address("10.2.0.7")).id);
    check("an address in the unassigned subnet");
    if (QTest::currentTestFailed())
        return;

    // A drop of C onto the logical network: its own history stays whole; the network's sum
    // counts it from now on.
    ChangeSet drop;
    Subnet moved = *h.store().get<Subnet>(c.id);
    moved.logicalNetworkId = storage.id;
    drop.update(moved, moved.version);
    h.step(drop);
    membershipChangedAt = moments.size();
    check("a drop onto the logical network");
    if (QTest::currentTestFailed())
        return;

    ChangeSet removeAll;
    for (const char *text : {"10.1.0.10", "10.1.0.11", "10.2.0.7"})
        removeAll.remove(h.store().addressesByIp(def, ip(QLatin1String(text))).constFirst());
    h.step(removeAll);
    check("three addresses removed in one set");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(moments.size(), 12);
}

void TestUtilizationHistory::onlyMovedObjectsGetPoints()
{
    QFETCH(QString, backend);
    History h(backend);
    IPAM_REQUIRE_DATABASE(h.testDb);
    QVERIFY(h.start());
    const ObjectId def = h.store().defaultSpace()->id;
    auto points = [&] {
        return scalar(*h.db, QStringLiteral("SELECT count(*) FROM utilization_point"));
    };
    ChangeSet subnets;
    for (int i = 0; i < 300; ++i) {
        Subnet s;
        s.spaceId = def;
        s.networkId = Prefix::parse(QStringLiteral("10.3.%1.0/24").arg(i % 256)).value();
        if (i >= 256)
            s.networkId = Prefix::parse(QStringLiteral("10.4.%1.0/24").arg(i - 256)).value();
        subnets.create(s);
    }
    QCOMPARE(h.step(subnets).size(), 300);
    QCOMPARE(points(), 0); // new, empty subnets need no point
    // 300 addresses, one per subnet, in one set: 300 subnet points in one go (256 + 32 + 8 + 4).
    ChangeSet addresses;
    for (int i = 0; i < 300; ++i)
        addresses.create(h.address(qPrintable(i < 256 ? QStringLiteral("10.3.%1.9").arg(i)
                                                      : QStringLiteral("10.4.%1.9").arg(i - 256))));
    h.step(addresses);
    QCOMPARE(points(), 300);
    // An edit that moves no count writes no point.
    Subnet one
            = h.store().select<Subnet>(QStringLiteral("1 = 1"), {}, QStringLiteral("id")).first();
    one.description = QStringLiteral("renamed");
    ChangeSet edit;
    edit.update(one, one.version);
    h.step(edit);
    QCOMPARE(points(), 300);
    // With history off (the benchmarks' baseline) nothing is written.
    UtilizationRecorder::setEnabled(false);
    QVERIFY(h.create(h.address("10.3.0.10")).id);
    UtilizationRecorder::setEnabled(true);
    QCOMPARE(points(), 300);
}

void TestUtilizationHistory::multiSelectionSumsAndCountsEachSubnetOnce()
{
    QFETCH(QString, backend);
    History h(backend);
    IPAM_REQUIRE_DATABASE(h.testDb);
    QVERIFY(h.start());
    const ObjectId def = h.store().defaultSpace()->id;
    LogicalNetwork ln;
    ln.name = QStringLiteral("Web");
    ln.spaceId = def;
    ln = h.create(ln);
    Subnet s1, s2;
    s1.spaceId = s2.spaceId = def;
    s1.networkId = Prefix::parse(QStringLiteral("10.5.0.0/24")).value();
    s2.networkId = Prefix::parse(QStringLiteral("10.6.0.0/23")).value();
    s1.logicalNetworkId = ln.id;
    s1 = h.create(s1);
    s2 = h.create(s2);
    QVERIFY(h.create(h.address("10.5.0.1")).id);
    QVERIFY(h.create(h.address("10.6.0.1")).id);
    QVERIFY(h.create(h.address("10.6.1.1")).id);
    UtilizationTrendReader reader(*h.db);
    UtilizationTrend trend;
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(reader.read({{ObjectKind::LogicalNetwork, ln.id},
                          {ObjectKind::Subnet, s1.id},
                          {ObjectKind::Subnet, s2.id}},
                         now - 60'000, now, &trend, &error),
             qPrintable(error));
    QCOMPARE(trend.total.toString(), QStringLiteral("768")); // 256 + 512, s1 once
    QCOMPARE(trend.points.constLast().used, qint64(3));
    QCOMPARE(trend.points.constFirst().used, qint64(0)); // a minute ago: nothing yet
    QCOMPARE(trend.points.size(), 4);                    // the start, then three changes
}

void TestUtilizationHistory::upgradeBackFillsFromTheFiguresAsTheyStand()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    ObjectId subnetId = 0, rangeId = 0;
    qint64 lastAddressMs = 0;
    {
        std::shared_ptr<Database> db = testDb.open();
        QVERIFY(db);
        WritePath writePath(db, Principal{QStringLiteral("alice"), {}});
        const ObjectId def = writePath.store().defaultSpace()->id;
        ChangeSet set;
        Subnet s;
        s.spaceId = def;
        s.networkId = Prefix::parse(QStringLiteral("10.9.0.0/24")).value();
        set.create(s);
        Range r;
        r.spaceId = def;
        r.startAddress = ip(QStringLiteral("10.9.0.1"));
        r.endAddress = ip(QStringLiteral("10.9.0.20"));
        set.create(r);
        for (int i = 1; i <= 4; ++i) {
            Address a;
            a.spaceId = def;
            a.ipAddress = ip(QStringLiteral("10.9.0.%1").arg(i));
            set.create(a);
        }
        const WriteResult result = writePath.submit(set);
        QVERIFY2(result.ok(), qPrintable(result.message));
        subnetId = storedPart(result.objects.at(0)).id;
        rangeId = storedPart(result.objects.at(1)).id;
        lastAddressMs = storedPart(result.objects.at(5)).lastModifiedMs;
        // As main's code left a store before the history: no table, no points.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE utilization_point")));
        int historyVersion = 0; // the history's migration, whatever number it landed as
        for (const Migration &m : migrations()) {
            if (QByteArray(m.description).startsWith("utilization history"))
                historyVersion = m.version;
        }
        QVERIFY(historyVersion > 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= %1")
                               .arg(historyVersion)));
    }
    std::shared_ptr<Database> db = testDb.open(); // migrates to the latest
    QVERIFY(db);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT max(version) FROM schema_version")),
             latestSchemaVersion());
    UtilizationTrendReader reader(*db);
    UtilizationTrend trend;
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(reader.read({{ObjectKind::Subnet, subnetId}}, lastAddressMs - 1, now, &trend, &error),
             qPrintable(error));
    QCOMPARE(trend.points.size(), 2);
    QCOMPARE(trend.points.at(1).atMs, lastAddressMs);
    QCOMPARE(trend.points.at(1).used, qint64(4));
    QCOMPARE(trend.points.at(1).assigned.toString(), QStringLiteral("20"));
    QVERIFY(reader.read({{ObjectKind::Range, rangeId}}, 0, now, &trend, &error));
    QCOMPARE(trend.points.constLast().used, qint64(4));
    QCOMPARE(trend.total.toString(), QStringLiteral("20"));
}

void TestUtilizationHistory::unknownObjectIsNamed()
{
    QFETCH(QString, backend);
    History h(backend);
    IPAM_REQUIRE_DATABASE(h.testDb);
    QVERIFY(h.start());
    UtilizationTrendReader reader(*h.db);
    UtilizationTrend trend;
    QString error;
    QVERIFY(!reader.read({{ObjectKind::Subnet, 4242}}, 0, 1, &trend, &error));
    QCOMPARE(error, QStringLiteral("no ip_subnet with id 4242"));
    QVERIFY(!reader.read({{ObjectKind::Address, 1}}, 0, 1, &trend, &error));
    QVERIFY2(error.contains(QLatin1String("no utilization history")), qPrintable(error));
}

void TestUtilizationHistory::fullWithinAlertFollowsTheForecast()
{
    QFETCH(QString, backend);
    History h(backend);
    IPAM_REQUIRE_DATABASE(h.testDb);
    QVERIFY(h.start());
    Subnet s;
    s.spaceId = h.store().defaultSpace()->id;
    s.networkId = Prefix::parse(QStringLiteral("10.7.0.0/24")).value();
    s = h.create(s);
    QVERIFY(s.id);
    // A constructed history: 56 + 5 a day over the last 30 days (201 now): full (256) in 11
    // days at that rate, over 80 % (204.8) in one.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    QVERIFY(h.db->beginWrite(&error));
    for (int d = 0; d < 30; ++d)
        QVERIFY2(UtilizationRecorder::record(
                         *h.db, now - (29 - d) * msPerDay - 60'000,
                         {{ObjectKind::Subnet, s.id, AddressCount(), 56 + 5 * d}}, &error,
                         UtilizationRecorder::Dating::Given),
                 qPrintable(error));
    QVERIFY(h.db->commit(&error));
    AlertRules rules;
    rules.fullWithinDays = 30;
    QList<UtilizationAlert> alerts;
    QVERIFY2(evaluateAlerts(*h.db, {s}, rules, now, &alerts, &error), qPrintable(error));
    QCOMPARE(alerts.size(), 1);
    QVERIFY(alerts.at(0).condition == UtilizationAlert::Condition::FullWithin);
    QCOMPARE(UtilizationForecast::daysUntil(alerts.at(0).fullAtMs, now), qint64(11));
    rules.fullWithinDays = 10; // not within ten days
    QVERIFY(evaluateAlerts(*h.db, {s}, rules, now, &alerts, &error));
    QCOMPARE(alerts.size(), 0);
}

namespace {

// A /22 (1,024 addresses) whose used count grew by `perDay` each day for `days` days from
// `start` addresses, the last change `days - 1` days before `now`.
UtilizationTrend linearHistory(qint64 now, int days, qint64 start, qint64 perDay)
{
    UtilizationTrend trend;
    trend.total = AddressCount::fromValue(1024);
    trend.fromMs = now - days * msPerDay;
    trend.toMs = now;
    for (int d = 0; d < days; ++d)
        trend.points.append(
                {now - (days - 1 - d) * msPerDay - 1000, AddressCount(), start + perDay * d});
    return trend;
}

} // namespace

void TestUtilizationHistory::forecastOfLinearGrowth()
{
    const qint64 now = 1'800'000'000'000;
    // 100 + 10/day over 30 days: 390 now; over 80 % (819.2) in 42.92 days, full in 63.4.
    const UtilizationForecast f = forecastUtilization(linearHistory(now, 30, 100, 10), now, 80.0);
    QCOMPARE(qRound(f.usedPerDay * 1000), 10'000);
    QVERIFY(f.overThresholdAtMs && f.fullAtMs);
    QCOMPARE(UtilizationForecast::daysUntil(f.overThresholdAtMs, now), qint64(43));
    QCOMPARE(UtilizationForecast::daysUntil(f.fullAtMs, now), qint64(64));
    QVERIFY(qAbs(*f.fullAtMs - (now + qint64(63.4 * msPerDay))) < 60'000);
}

void TestUtilizationHistory::forecastWithoutGrowthHasNoDate()
{
    const qint64 now = 1'800'000'000'000;
    const UtilizationForecast flat = forecastUtilization(linearHistory(now, 30, 300, 0), now, 80.0);
    QCOMPARE(flat.usedPerDay, 0.0);
    QVERIFY(!flat.overThresholdAtMs);
    QVERIFY(!flat.fullAtMs);
    QCOMPARE(UtilizationForecast::daysUntil(flat.fullAtMs, now), qint64(-1));
    const UtilizationForecast shrinking
            = forecastUtilization(linearHistory(now, 30, 600, -5), now, 80.0);
    QVERIFY(shrinking.usedPerDay < 0);
    QVERIFY(!shrinking.fullAtMs);
}

void TestUtilizationHistory::forecastWhenAlreadyOver()
{
    const qint64 now = 1'800'000'000'000;
    // 850 of 1,024 now (over 80 %), growing 1/day: over is now, full in 174 days.
    const UtilizationForecast f = forecastUtilization(linearHistory(now, 30, 821, 1), now, 80.0);
    QCOMPARE(UtilizationForecast::daysUntil(f.overThresholdAtMs, now), qint64(0));
    QCOMPARE(UtilizationForecast::daysUntil(f.fullAtMs, now), qint64(174));
}

void TestUtilizationHistory::sampledStepsHoldTheLastValue()
{
    UtilizationTrend trend;
    trend.total = AddressCount::fromValue(256);
    trend.fromMs = 1000;
    trend.toMs = 5000;
    trend.points
            = {{1000, AddressCount(), 1}, {2500, AddressCount(), 7}, {4000, AddressCount(), 3}};
    const QList<TrendPoint> steps = trend.sampled(1000);
    QCOMPARE(steps.size(), 5);
    const QList<qint64> used = {1, 1, 7, 3, 3};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(steps.at(i).atMs, 1000 + 1000 * i);
        QCOMPARE(steps.at(i).used, used.at(i));
    }
    QCOMPARE(trend.valueAt(999).used, qint64(0));
}

QTEST_GUILESS_MAIN(TestUtilizationHistory)
#include "tst_utilizationhistory.moc"
