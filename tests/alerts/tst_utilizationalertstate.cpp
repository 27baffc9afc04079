// Utilization alerts' shared state (alerts/utilizationalertstore.h), kept by the monitor on
// the write path (alerts/utilizationalertmonitor.h), on SQLite and PostgreSQL: raised as the
// change that crosses a threshold commits, cleared by the change that brings it back, by a
// threshold's change above it and by the object's removal; acknowledged and snoozed through
// the write path (Edit <kind> in the object's scope; a denial leaves nothing); another
// write path (another console) reads the same state.

#include "alerts/utilizationalertmonitor.h"
#include "alerts/utilizationalertstore.h"
#include "alerts/utilizationthresholdstore.h"
#include "rbacfixture.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

QStringList openAlerts(WritePath &writePath)
{
    QList<AlertRecord> records;
    QString error;
    if (!UtilizationAlertStore(writePath).open(&records, &error))
        qFatal("%s", qPrintable(error));
    QStringList text;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const AlertRecord &r : records)
        text << u"%1 %2 #%3 %4"_s.arg(toString(r.condition), toString(r.kind))
                        .arg(r.objectId)
                        .arg(toString(r.state(now)));
    return text;
}

} // namespace

class TestUtilizationAlertState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void raisedAndClearedAsChangesCommit_data() { addBackendRows(); }
    void raisedAndClearedAsChangesCommit();
    void acknowledgeAndSnooze_data() { addBackendRows(); }
    void acknowledgeAndSnooze();
};

void TestUtilizationAlertState::raisedAndClearedAsChangesCommit()
{
    IPAM_START_RBAC_FIXTURE(f);
    UtilizationAlertMonitor monitor(*f.admin);
    QSignalSpy changed(&monitor, &UtilizationAlertMonitor::alertsChanged);
    QSignalSpy failed(&monitor, &UtilizationAlertMonitor::failed);
    const RbacFixture::Location east = f.locations.value(u"East"_s);
    Subnet s;
    s.spaceId = east.provider.id;
    s.networkType = NetworkType::Provider;
    s.networkId = prefix(u"10.60.0.0/29"_s); // 8 addresses
    s.logicalNetworkId = east.logicalNetwork.id;
    s = f.adminCreate(s);
    QList<Address> addresses;
    for (int host = 1; host <= 6; ++host) { // 6 of 8: 75 %
        Address a;
        a.spaceId = east.provider.id;
        a.ipAddress = ip(u"10.60.0.%1"_s.arg(host));
        addresses.append(f.adminCreate(a));
    }
    QCOMPARE(openAlerts(*f.admin), QStringList());
    const QString over = u"OverThreshold Subnet #%1 Raised"_s.arg(s.id);
    // The 7th address: 87.5 %, raised as it commits.
    Address seventh;
    seventh.spaceId = east.provider.id;
    seventh.ipAddress = ip(u"10.60.0.7"_s);
    seventh = f.adminCreate(seventh);
    QCOMPARE(openAlerts(*f.admin), QStringList{over});
    QCOMPARE(changed.size(), 1);
    // Another console (its own connection and write path) reads the same state.
    WritePath other(f.testDb.open(), Principal{u"bob"_s, {}});
    QCOMPARE(openAlerts(other), QStringList{over});
    // Further changes that keep it raised write nothing.
    const qint64 auditRows = scalar(*f.db, u"SELECT count(*) FROM audit_log"_s);
    Address eighth;
    eighth.spaceId = east.provider.id;
    eighth.ipAddress = ip(u"10.60.0.8"_s);
    eighth = f.adminCreate(eighth);
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM audit_log"_s), auditRows + 1);
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM utilization_alert"_s), 1);
    // A threshold above it, on the logical network: cleared (the subnet inherits it).
    UtilizationThresholdStore thresholds(*f.admin);
    ThresholdSetting high;
    high.overPercent = 100;
    QVERIFY(thresholds.set({ObjectKind::LogicalNetwork, east.logicalNetwork.id}, high).ok());
    QCOMPARE(openAlerts(*f.admin), QStringList());
    QCOMPARE(
            scalar(*f.db, u"SELECT count(*) FROM utilization_alert WHERE cleared_ms IS NOT NULL"_s),
            1);
    // Back to the store-wide 80 %: raised again, a new alert.
    QVERIFY(thresholds.clear({ObjectKind::LogicalNetwork, east.logicalNetwork.id}).ok());
    QCOMPARE(openAlerts(*f.admin), QStringList{over});
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM utilization_alert"_s), 2);
    // Removing addresses brings it under: cleared as the removal commits.
    ChangeSet remove;
    remove.remove(*f.admin->store().get<Address>(eighth.id));
    remove.remove(*f.admin->store().get<Address>(seventh.id));
    QVERIFY(f.admin->submit(remove).ok());
    QCOMPARE(openAlerts(*f.admin), QStringList());
    // The subnet's removal clears its alert in the removal's own transaction.
    ChangeSet refill;
    for (const char *host : {"10.60.0.7", "10.60.0.8"}) {
        Address a;
        a.spaceId = east.provider.id;
        a.ipAddress = ip(QString::fromLatin1(host));
        refill.create(a);
    }
    QVERIFY(f.admin->submit(refill).ok());
    QCOMPARE(openAlerts(*f.admin).size(), 1);
    QObject::disconnect(f.admin.get(), nullptr, &monitor, nullptr);
    ChangeSet removeAll;
    for (const Address &a : f.admin->store().select<Address>(u"subnet_id = ?"_s, {s.id}))
        removeAll.remove(a);
    removeAll.remove(*f.admin->store().get<Subnet>(s.id));
    const WriteResult gone = f.admin->submit(removeAll);
    QVERIFY2(gone.ok(), qPrintable(gone.message));
    QCOMPARE(openAlerts(*f.admin), QStringList());
    QCOMPARE(failed.size(), 0);
}

void TestUtilizationAlertState::acknowledgeAndSnooze()
{
    IPAM_START_RBAC_FIXTURE(f);
    UtilizationAlertMonitor monitor(*f.admin);
    const RbacFixture::Location east = f.locations.value(u"East"_s);
    Subnet s;
    s.spaceId = east.provider.id;
    s.networkType = NetworkType::Provider;
    s.networkId = prefix(u"10.61.0.0/30"_s); // 4 addresses
    s = f.adminCreate(s);
    ChangeSet fill;
    for (int host = 0; host < 4; ++host) {
        Address a;
        a.spaceId = east.provider.id;
        a.ipAddress = ip(u"10.61.0.%1"_s.arg(host));
        fill.create(a);
    }
    QVERIFY(f.admin->submit(fill).ok());
    QList<AlertRecord> records;
    QString error;
    UtilizationAlertStore adminAlerts(*f.admin);
    QVERIFY(adminAlerts.open(&records, &error));
    // Full now: over the threshold, and "full within" (a forecast that is already there).
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(0).condition == UtilizationAlert::Condition::OverThreshold);
    QVERIFY(records.at(1).condition == UtilizationAlert::Condition::FullWithin);
    const qint64 id = records.at(0).id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(records.at(0).needsAttention(now));

    // Erin may assign subnets in East, not edit them: denied, nothing written but the denial.
    QVERIFY(f.adminAccess->addRole(u"Assigners"_s, {Operation::AssignSubnet}).ok());
    QVERIFY(f.adminAccess->addPolicy(u"erin"_s, false, u"Assigners"_s, u"Global/East"_s).ok());
    f.user->setPrincipal(Principal{u"erin"_s, {}});
    const QString before = f.fingerprint();
    const qint64 denied = f.deniedAuditRows();
    const WriteResult refused = UtilizationAlertStore(*f.user).acknowledge(id);
    QCOMPARE(refused.status, WriteStatus::Denied);
    QCOMPARE(f.fingerprint(), before);
    QCOMPARE(f.deniedAuditRows(), denied + 1);
    QVERIFY(adminAlerts.get(id, &error)->needsAttention(now));

    // Snoozed: no attention needed until then; acknowledged: none until it clears.
    const WriteResult snoozed = adminAlerts.snooze(id, now + 3'600'000);
    QVERIFY2(snoozed.ok(), qPrintable(snoozed.message));
    AlertRecord r = *adminAlerts.get(id, &error);
    QCOMPARE(toString(r.state(now)), toString(AlertRecord::State::Snoozed));
    QCOMPARE(toString(r.state(now + 2 * 3'600'000)), toString(AlertRecord::State::Raised));
    QCOMPARE(adminAlerts.snooze(id, now - 1).status, WriteStatus::Refused);
    QVERIFY(adminAlerts.acknowledge(id).ok());
    r = *adminAlerts.get(id, &error);
    QCOMPARE(toString(r.state(now + 2 * 3'600'000)), toString(AlertRecord::State::Acknowledged));
    QCOMPARE(r.acknowledgedBy, f.adminPrincipal.name);
    QVERIFY(r.acknowledgedMs.has_value());
    const QList<AuditEntry> log = f.admin->store().auditLog(1);
    QCOMPARE(log.at(0).operation, u"alert acknowledge"_s);
    QVERIFY2(log.at(0).afterJson.contains(u"AcknowledgedBy"_s), qPrintable(log.at(0).afterJson));
    QCOMPARE(adminAlerts.acknowledge(987654).status, WriteStatus::Refused);
}

QTEST_GUILESS_MAIN(TestUtilizationAlertState)
#include "tst_utilizationalertstate.moc"
