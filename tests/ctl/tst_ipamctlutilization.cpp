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
    void thresholdsSetShowClear_data() { test::addBackendRows(); }
    void thresholdsSetShowClear();
    void alertsAcknowledgeAndSnooze_data() { test::addBackendRows(); }
    void alertsAcknowledgeAndSnooze();

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

void TestIpamCtlUtilization::thresholdsSetShowClear()
{
    QFETCH(QString, backend);
    test::TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    const QString db = testDb.url();
    EXPECT_EXIT(ctl(db, {u"lnet"_s, u"add"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.0.0/28"_s, u"--lnet"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.1.0/28"_s}), 0);
    // 10 of 16: 62.5 %, under the store-wide 80 %.
    for (int host = 1; host <= 10; ++host)
        EXPECT_EXIT(ctl(db, {u"address"_s, u"add"_s, u"10.0.0.%1"_s.arg(host)}), 0);
    const QStringList list
            = {u"--format"_s, u"json"_s, u"alert"_s, u"list"_s, u"--full-within"_s, u"0"_s};
    EXPECT_EXIT(ctl(db, list), 0);

    const Run set = ctl(db,
                        {u"--format"_s, u"json"_s, u"threshold"_s, u"set"_s, u"lnet"_s,
                         u"Storage"_s, u"--over"_s, u"60%"_s, u"--full-within"_s, u"14"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(set.first().value(u"OverPercent"_s).toDouble(), 60.0);
    QCOMPARE(set.first().value(u"FullWithinDays"_s).toInt(), 14);
    QCOMPARE(set.first().value(u"UnderPercent"_s).toString(), QString());

    // The subnet in Storage inherits it; the other keeps the store-wide figures.
    const Run shown = ctl(
            db,
            {u"--format"_s, u"json"_s, u"threshold"_s, u"show"_s, u"subnet"_s, u"10.0.0.0/28"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    QCOMPARE(shown.first().value(u"OverPercent"_s).toString(), QString());
    QCOMPARE(shown.first().value(u"EffectiveOverPercent"_s).toDouble(), 60.0);
    QVERIFY2(shown.first().value(u"OverFrom"_s).toString().contains(u"Storage"_s),
             shown.out.constData());
    QCOMPARE(shown.first().value(u"EffectiveUnderPercent"_s).toDouble(), 20.0);
    QCOMPARE(shown.first().value(u"UnderFrom"_s).toString(), u"store-wide"_s);
    QCOMPARE(shown.first().value(u"UnderAlerts"_s).toBool(), false);
    QCOMPARE(shown.first().value(u"EffectiveFullWithinDays"_s).toInt(), 14);
    const Run other = ctl(
            db,
            {u"--format"_s, u"json"_s, u"threshold"_s, u"show"_s, u"subnet"_s, u"10.0.1.0/28"_s});
    QCOMPARE(other.first().value(u"EffectiveOverPercent"_s).toDouble(), 80.0);

    const Run over = ctl(db, list);
    QCOMPARE(over.exitCode, 5);
    QCOMPARE(over.json().size(), 1);
    QCOMPARE(over.first().value(u"Condition"_s).toString(), u"OverThreshold"_s);
    QCOMPARE(over.first().value(u"Object"_s).toString(), u"10.0.0.0/28"_s);
    QCOMPARE(over.first().value(u"Threshold"_s).toDouble(), 60.0);

    // An under threshold on the space: the empty /28 raises an under alert.
    const Run under
            = ctl(db, {u"threshold"_s, u"set"_s, u"space"_s, u"Default"_s, u"--under"_s, u"5"_s});
    QVERIFY2(under.exitCode == 0, qPrintable(under.describe()));
    const Run both = ctl(db, list);
    QCOMPARE(both.exitCode, 5);
    QCOMPARE(both.json().size(), 2);
    QCOMPARE(both.json().at(1).toObject().value(u"Condition"_s).toString(), u"UnderThreshold"_s);

    // Refusals: each names the value and leaves the store as it was.
    const Run tooHigh = ctl(
            db, {u"threshold"_s, u"set"_s, u"subnet"_s, u"10.0.0.0/28"_s, u"--over"_s, u"101"_s});
    QCOMPARE(tooHigh.exitCode, 1);
    QVERIFY2(tooHigh.err.contains("threshold 101 %"), tooHigh.err.constData());
    const Run word = ctl(
            db, {u"threshold"_s, u"set"_s, u"subnet"_s, u"10.0.0.0/28"_s, u"--over"_s, u"high"_s});
    QCOMPARE(word.exitCode, 1);
    QVERIFY2(word.err.contains("--over high"), word.err.constData());
    const Run crossed = ctl(
            db, {u"threshold"_s, u"set"_s, u"subnet"_s, u"10.0.0.0/28"_s, u"--under"_s, u"70"_s});
    QCOMPARE(crossed.exitCode, 1);
    QVERIFY2(crossed.err.contains("above the over-utilization threshold 60 %"),
             crossed.err.constData());
    const Run nothing = ctl(db, {u"threshold"_s, u"set"_s, u"subnet"_s, u"10.0.0.0/28"_s});
    QCOMPARE(nothing.exitCode, 2);
    EXPECT_EXIT(ctl(db, {u"block"_s, u"add"_s, u"10.0.0.0/16"_s}), 0);
    const Run block = ctl(
            db, {u"threshold"_s, u"set"_s, u"block"_s, u"10.0.0.0/16"_s, u"--over"_s, u"50"_s});
    QCOMPARE(block.exitCode, 1);
    QVERIFY2(block.err.contains("hold utilization thresholds"), block.err.constData());
    const Run unchanged = ctl(
            db,
            {u"--format"_s, u"json"_s, u"threshold"_s, u"show"_s, u"subnet"_s, u"10.0.0.0/28"_s});
    QCOMPARE(unchanged.first().value(u"OverPercent"_s).toString(), QString());
    QCOMPARE(unchanged.first().value(u"UnderPercent"_s).toString(), QString());

    // The audit log has each edit.
    const Run audit = ctl(db, {u"--format"_s, u"json"_s, u"audit"_s, u"list"_s});
    QVERIFY2(audit.out.contains("threshold set"), audit.out.constData());

    // inherit unsets one figure; clear removes them all.
    const Run inherit = ctl(db,
                            {u"--format"_s, u"json"_s, u"threshold"_s, u"set"_s, u"lnet"_s,
                             u"Storage"_s, u"--full-within"_s, u"inherit"_s});
    QVERIFY2(inherit.exitCode == 0, qPrintable(inherit.describe()));
    QCOMPARE(inherit.first().value(u"OverPercent"_s).toDouble(), 60.0);
    QCOMPARE(inherit.first().value(u"FullWithinDays"_s).toString(), QString());
    EXPECT_EXIT(ctl(db, {u"threshold"_s, u"clear"_s, u"lnet"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"threshold"_s, u"clear"_s, u"space"_s, u"Default"_s}), 0);
    const Run cleared = ctl(db, list);
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
}

void TestIpamCtlUtilization::alertsAcknowledgeAndSnooze()
{
    QFETCH(QString, backend);
    test::TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    const QString db = testDb.url();
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.0.0/28"_s}), 0);
    EXPECT_EXIT(ctl(db, {u"subnet"_s, u"add"_s, u"10.0.1.0/28"_s}), 0);
    // 13 of 16: 81.25 %, raised as the 13th address commits.
    for (int host = 1; host <= 13; ++host)
        EXPECT_EXIT(ctl(db, {u"address"_s, u"add"_s, u"10.0.0.%1"_s.arg(host)}), 0);
    const QStringList list = {u"--format"_s, u"json"_s, u"alert"_s, u"list"_s};
    const Run raised = ctl(db, list);
    QCOMPARE(raised.exitCode, 5);
    QCOMPARE(raised.json().size(), 1);
    QCOMPARE(raised.first().value(u"State"_s).toString(), u"Raised"_s);
    QVERIFY(!raised.first().value(u"RaisedAt"_s).toString().isEmpty());
    const QString first = QString::number(raised.first().value(u"Id"_s).toInteger());
    QVERIFY(first.toLongLong() > 0);

    const Run ack = ctl(db, {u"alert"_s, u"ack"_s, first});
    QVERIFY2(ack.exitCode == 0, qPrintable(ack.describe()));
    const Run acknowledged = ctl(db, list);
    QVERIFY2(acknowledged.exitCode == 0, qPrintable(acknowledged.describe()));
    QCOMPARE(acknowledged.first().value(u"State"_s).toString(), u"Acknowledged"_s);
    QVERIFY(!acknowledged.first().value(u"AcknowledgedBy"_s).toString().isEmpty());
    QVERIFY(!acknowledged.first().value(u"AcknowledgedAt"_s).toString().isEmpty());

    // A second subnet over: exit 5 again, until it is snoozed.
    for (int host = 1; host <= 13; ++host)
        EXPECT_EXIT(ctl(db, {u"address"_s, u"add"_s, u"10.0.1.%1"_s.arg(host)}), 0);
    const Run two = ctl(db, list);
    QCOMPARE(two.exitCode, 5);
    QCOMPARE(two.json().size(), 2);
    const QString second = QString::number(two.json().at(1).toObject().value(u"Id"_s).toInteger());
    QVERIFY(second != first);
    const Run snooze = ctl(db, {u"alert"_s, u"snooze"_s, second, u"--for"_s, u"7d"_s});
    QVERIFY2(snooze.exitCode == 0, qPrintable(snooze.describe()));
    const Run snoozed = ctl(db, list);
    QVERIFY2(snoozed.exitCode == 0, qPrintable(snoozed.describe()));
    QCOMPARE(snoozed.json().at(1).toObject().value(u"State"_s).toString(), u"Snoozed"_s);
    QVERIFY(!snoozed.json().at(1).toObject().value(u"SnoozedUntil"_s).toString().isEmpty());

    // Refusals.
    const Run past = ctl(db, {u"alert"_s, u"snooze"_s, second, u"--until"_s, u"2000-01-01"_s});
    QCOMPARE(past.exitCode, 1);
    QVERIFY2(past.err.contains("not in the future"), past.err.constData());
    const Run unknown = ctl(db, {u"alert"_s, u"ack"_s, u"999999"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no utilization alert #999999"), unknown.err.constData());
    const Run word = ctl(db, {u"alert"_s, u"ack"_s, u"latest"_s});
    QCOMPARE(word.exitCode, 1);
    EXPECT_EXIT(ctl(db, {u"alert"_s, u"snooze"_s, second}), 2);
    EXPECT_EXIT(ctl(db,
                    {u"alert"_s, u"snooze"_s, second, u"--for"_s, u"1d"_s, u"--until"_s,
                     u"2099-01-01"_s}),
                2);

    // Under the threshold again: the first clears as the removal commits, and a cleared alert
    // cannot be acknowledged.
    EXPECT_EXIT(ctl(db, {u"address"_s, u"remove"_s, u"10.0.0.13"_s}), 0);
    const Run cleared = ctl(db, {u"alert"_s, u"ack"_s, first});
    QCOMPARE(cleared.exitCode, 1);
    QVERIFY2(cleared.err.contains("is cleared"), cleared.err.constData());
    // Raised again: a new alert, not acknowledged.
    EXPECT_EXIT(ctl(db, {u"address"_s, u"add"_s, u"10.0.0.13"_s}), 0);
    const Run again = ctl(db, list);
    QCOMPARE(again.exitCode, 5);
    QCOMPARE(again.json().size(), 2);
    QVERIFY(QString::number(again.first().value(u"Id"_s).toInteger()) != first);
    const Run audit = ctl(db, {u"--format"_s, u"json"_s, u"audit"_s, u"list"_s});
    QVERIFY2(audit.out.contains("alert acknowledge"), audit.out.constData());
    QVERIFY2(audit.out.contains("alert snooze"), audit.out.constData());
    QVERIFY2(audit.out.contains("alert update"), audit.out.constData());
}

QTEST_GUILESS_MAIN(TestIpamCtlUtilization)
#include "tst_ipamctlutilization.moc"
