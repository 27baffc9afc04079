// ipamctl utilization history | forecast, driven as a program against SQLite and PostgreSQL:
// the figures each change left, roll-ups, fixed steps, CSV, and the refusals.

#include "processrun.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;
using namespace Qt::StringLiterals;

namespace {

using Run = ipam::test::ProcessRun;

} // namespace

#define EXPECT_EXIT(run, code) \
    do { \
        const Run expectExit_ = (run); \
        QVERIFY2(expectExit_.exitCode == (code), qPrintable(expectExit_.describe())); \
    } while (false)

class TestIpamCtlUtilization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void historyShowsEachChange_data() { test::addBackendRows(); }
    void historyShowsEachChange();
    void alertListExitsFiveWhileRaised_data() { test::addBackendRows(); }
    void alertListExitsFiveWhileRaised();
    void refusals_data() { test::addBackendRows(); }
    void refusals();

private:
    Run ctl(const QString &db, const QStringList &arguments)
    {
        return test::runToEnd(QStringLiteral(IPAMCTL_PATH), QStringList{u"--db"_s, db} + arguments);
    }
};

void TestIpamCtlUtilization::historyShowsEachChange()
{
    QFETCH(QString, backend);
    test::TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    const QString db = testDb.url();
    EXPECT_EXIT(ctl(db, {u"lnet"_s, u"add"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--lnet"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.1.0/24"_s, u"--lnet"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"range"_s, u"add"_s, u"10.0.0.10"_s, u"10.0.0.99"_s}), 0);
    for (const QString &ip : {u"10.0.0.11"_s, u"10.0.0.12"_s, u"10.0.1.5"_s})
        EXPECT_EXIT(ctl(db, {u"address"_s, u"add"_s, ip}), 0);

    const Run subnet = ctl(db,
                           {u"--format"_s, u"json"_s, u"utilization"_s, u"history"_s, u"subnet"_s,
                            u"10.0.0.0/24"_s});
    QVERIFY2(subnet.exitCode == 0, qPrintable(subnet.describe()));
    const QJsonArray points = subnet.json();
    // The start of the span (nothing yet), the range, two addresses.
    QCOMPARE(points.size(), 4);
    QCOMPARE(points.at(0).toObject().value(u"UtilizedAddresses"_s).toInt(), 0);
    QCOMPARE(points.at(1).toObject().value(u"AssignedAddresses"_s).toString(), u"90"_s);
    QCOMPARE(points.at(3).toObject().value(u"UtilizedAddresses"_s).toInt(), 2);
    QCOMPARE(points.at(3).toObject().value(u"TotalAddresses"_s).toString(), u"256"_s);
    QCOMPARE(points.at(3).toObject().value(u"PercentageUtilized"_s).toString(), u"0.78"_s);

    const Run range = ctl(db,
                          {u"--format"_s, u"json"_s, u"utilization"_s, u"history"_s, u"range"_s,
                           u"10.0.0.10-10.0.0.99"_s});
    QVERIFY2(range.exitCode == 0, qPrintable(range.describe()));
    QCOMPARE(range.json().last().toObject().value(u"UtilizedAddresses"_s).toInt(), 2);
    QCOMPARE(range.json().last().toObject().value(u"TotalAddresses"_s).toString(), u"90"_s);

    // The logical network sums its two subnets.
    const Run lnet = ctl(
            db,
            {u"--format"_s, u"json"_s, u"utilization"_s, u"history"_s, u"lnet"_s, u"Storage"_s});
    QVERIFY2(lnet.exitCode == 0, qPrintable(lnet.describe()));
    QCOMPARE(lnet.json().last().toObject().value(u"UtilizedAddresses"_s).toInt(), 3);
    QCOMPARE(lnet.json().last().toObject().value(u"TotalAddresses"_s).toString(), u"512"_s);

    // Fixed steps: a day a step over the last three days, the last one now.
    const QString from = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
    const Run steps = ctl(db,
                          {u"--format"_s, u"csv"_s, u"utilization"_s, u"history"_s, u"space"_s,
                           u"Default"_s, u"--from"_s, from, u"--step"_s, u"1d"_s});
    QVERIFY2(steps.exitCode == 0, qPrintable(steps.describe()));
    const QStringList lines = QString::fromUtf8(steps.out).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY2(lines.at(0).startsWith(u"Time,TotalAddresses,AssignedAddresses,UtilizedAddresses"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u",512,0,0,"_s), qPrintable(lines.at(1)));

    const Run forecast = ctl(db,
                             {u"--format"_s, u"json"_s, u"utilization"_s, u"forecast"_s,
                              u"subnet"_s, u"10.0.0.0/24"_s, u"--days"_s, u"7"_s});
    QVERIFY2(forecast.exitCode == 0, qPrintable(forecast.describe()));
    QCOMPARE(forecast.first().value(u"UtilizedAddresses"_s).toInt(), 2);
    QVERIFY(forecast.first().value(u"Method"_s).toString().contains(u"least squares"_s));
}

void TestIpamCtlUtilization::alertListExitsFiveWhileRaised()
{
    QFETCH(QString, backend);
    test::TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    const QString db = testDb.url();
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.0.0/28"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.1.0/24"_s}), 0);
    const QStringList list
            = {u"--format"_s, u"json"_s, u"alert"_s, u"list"_s, u"--full-within"_s, u"0"_s};
    const Run none = ctl(db, list);
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.json().size(), 0);
    // 13 of 16 addresses: 81.25 %, over the 80 % threshold.
    for (int host = 1; host <= 13; ++host)
        EXPECT_EXIT(ctl(db, {u"address"_s, u"add"_s, u"10.0.0.%1"_s.arg(host)}), 0);
    const Run over = ctl(db, list);
    QCOMPARE(over.exitCode, 5);
    QCOMPARE(over.json().size(), 1);
    QCOMPARE(over.first().value(u"Condition"_s).toString(), u"OverThreshold"_s);
    QCOMPARE(over.first().value(u"Subnet"_s).toString(), u"10.0.0.0/28"_s);
    QCOMPARE(over.first().value(u"PercentageUtilized"_s).toString(), u"81.25"_s);
    // Under-utilized subnets only when asked: the empty /24.
    const Run under = ctl(db, list + QStringList{u"--under"_s});
    QCOMPARE(under.exitCode, 5);
    QCOMPARE(under.json().size(), 2);
    QCOMPARE(under.json().at(1).toObject().value(u"Condition"_s).toString(), u"UnderThreshold"_s);
    // The growth of today forecasts the /28 full within the year.
    const Run soon = ctl(
            db, {u"--format"_s, u"json"_s, u"alert"_s, u"list"_s, u"--full-within"_s, u"365"_s});
    QCOMPARE(soon.exitCode, 5);
    bool full = false;
    for (const QJsonValue &alert : soon.json())
        full |= alert.toObject().value(u"Condition"_s).toString() == u"FullWithin"_s;
    QVERIFY2(full, soon.out.constData());
    // A removal that brings it under the threshold clears the alert.
    EXPECT_EXIT(ctl(db, {u"address"_s, u"remove"_s, u"10.0.0.13"_s}), 0);
    const Run cleared = ctl(db, list);
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
    QCOMPARE(cleared.json().size(), 0);
}

void TestIpamCtlUtilization::refusals()
{
    QFETCH(QString, backend);
    test::TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    const QString db = testDb.url();
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s}), 0);
    const Run kind = ctl(db, {u"utilization"_s, u"history"_s, u"thing"_s, u"x"_s});
    QCOMPARE(kind.exitCode, 2);
    QVERIFY2(kind.err.contains("unknown object kind thing"), kind.err.constData());
    const Run step = ctl(
            db,
            {u"utilization"_s, u"history"_s, u"subnet"_s, u"10.0.0.0/24"_s, u"--step"_s, u"2x"_s});
    QCOMPARE(step.exitCode, 1);
    QVERIFY2(step.err.contains("--step 2x"), step.err.constData());
    const Run when = ctl(db,
                         {u"utilization"_s, u"history"_s, u"subnet"_s, u"10.0.0.0/24"_s,
                          u"--from"_s, u"yesterday"_s});
    QCOMPARE(when.exitCode, 1);
    QVERIFY2(when.err.contains("--from yesterday"), when.err.constData());
    const Run missing = ctl(db, {u"utilization"_s, u"history"_s, u"subnet"_s, u"10.9.0.0/24"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("no subnet 10.9.0.0/24"), missing.err.constData());
    const Run tooFine = ctl(db,
                            {u"utilization"_s, u"history"_s, u"subnet"_s, u"10.0.0.0/24"_s,
                             u"--from"_s, u"2000-01-01"_s, u"--step"_s, u"1m"_s});
    QCOMPARE(tooFine.exitCode, 1);
    QVERIFY2(tooFine.err.contains("more than 100,000 steps"), tooFine.err.constData());
}

QTEST_GUILESS_MAIN(TestIpamCtlUtilization)
#include "tst_ipamctlutilization.moc"
