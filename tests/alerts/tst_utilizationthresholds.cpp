// Utilization thresholds stored per object (history/utilizationthreshold.h) and edited through
// the write path (alerts/utilizationthresholdstore.h), on SQLite and PostgreSQL: inheritance
// space > logical network > site > subnet > range, bad values refused with the store left as
// it was, RBAC (Edit <kind> in the object's scope), the audit row, undo and redo with a
// conflict, removal with the object, and `evaluateAlerts` over the effective thresholds.

#include "alerts/utilizationthresholdstore.h"
#include "history/utilizationalert.h"
#include "items/thresholdchangecommand.h"
#include "rbacfixture.h"

#include <QJsonDocument>
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

ThresholdSetting setting(std::optional<double> over, std::optional<double> under = std::nullopt,
                         std::optional<int> days = std::nullopt)
{
    ThresholdSetting s;
    s.overPercent = over;
    s.underPercent = under;
    s.fullWithinDays = days;
    return s;
}

// Objects of East's provider space: an assigned subnet (to East's site) and an unassigned one,
// each a /28 (16 addresses), with `used` addresses in the first, and a range in it.
struct Scene
{
    RbacFixture::Location east;
    Subnet assigned;
    Subnet unassigned;
    Range range;
};

Scene makeScene(RbacFixture &f, int used)
{
    Scene s;
    s.east = f.locations.value(u"East"_s);
    Subnet a;
    a.spaceId = s.east.provider.id;
    a.networkType = NetworkType::Provider;
    a.networkId = prefix(u"10.50.0.0/28"_s);
    a.logicalNetworkId = s.east.logicalNetwork.id;
    a.siteId = s.east.site.id;
    s.assigned = f.adminCreate(a);
    Subnet b;
    b.spaceId = s.east.provider.id;
    b.networkType = NetworkType::Provider;
    b.networkId = prefix(u"10.50.1.0/28"_s);
    s.unassigned = f.adminCreate(b);
    Range r;
    r.spaceId = s.east.provider.id;
    r.startAddress = ip(u"10.50.0.1"_s);
    r.endAddress = ip(u"10.50.0.4"_s);
    s.range = f.adminCreate(r);
    for (int host = 1; host <= used; ++host) {
        Address address;
        address.spaceId = s.east.provider.id;
        address.ipAddress = ip(u"10.50.0.%1"_s.arg(host));
        f.adminCreate(address);
    }
    s.assigned = *f.admin->store().get<Subnet>(s.assigned.id);
    s.range = *f.admin->store().get<Range>(s.range.id);
    return s;
}

} // namespace

class TestUtilizationThresholds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void inheritsFromParents_data() { addBackendRows(); }
    void inheritsFromParents();
    void refusesBadValues_data();
    void refusesBadValues();
    void auditedAndPublished_data() { addBackendRows(); }
    void auditedAndPublished();
    void needsEditOfTheObject_data() { addBackendRows(); }
    void needsEditOfTheObject();
    void undoRedoAndConflict_data() { addBackendRows(); }
    void undoRedoAndConflict();
    void removedWithItsObject_data() { addBackendRows(); }
    void removedWithItsObject();
    void alertsUseEffectiveThresholds_data() { addBackendRows(); }
    void alertsUseEffectiveThresholds();
};

void TestUtilizationThresholds::inheritsFromParents()
{
    IPAM_START_RBAC_FIXTURE(f);
    const Scene s = makeScene(f, 0);
    UtilizationThresholdStore thresholds(*f.admin);
    const ObjectRef space{ObjectKind::AddressSpace, s.east.provider.id};
    const ObjectRef network{ObjectKind::LogicalNetwork, s.east.logicalNetwork.id};
    const ObjectRef site{ObjectKind::NetworkSite, s.east.site.id};
    const ObjectRef subnet{ObjectKind::Subnet, s.assigned.id};
    QVERIFY(thresholds.set(space, setting(90, std::nullopt, 60)).ok());
    QVERIFY(thresholds.set(network, setting(70)).ok());
    QVERIFY(thresholds.set(site, setting(std::nullopt, 10)).ok());
    QVERIFY(thresholds.set(subnet, setting(std::nullopt, std::nullopt, 7)).ok());

    const EffectiveThresholds atSubnet = *thresholds.effective(s.assigned);
    QCOMPARE(atSubnet.thresholds.over, 70.0);
    QVERIFY(atSubnet.overFrom == network);
    QCOMPARE(atSubnet.thresholds.under, 10.0);
    QVERIFY(atSubnet.underFrom == site);
    QVERIFY(atSubnet.underAlerts);
    QCOMPARE(atSubnet.fullWithinDays, 7);
    QVERIFY(atSubnet.fullWithinFrom == subnet);

    // The range inherits its subnet's chain; its own over wins.
    EffectiveThresholds atRange = *thresholds.effective(s.range);
    QCOMPARE(atRange.thresholds.over, 70.0);
    QCOMPARE(atRange.fullWithinDays, 7);
    QVERIFY(thresholds.set({ObjectKind::Range, s.range.id}, setting(50)).ok());
    atRange = *thresholds.effective(s.range);
    QCOMPARE(atRange.thresholds.over, 50.0);
    QVERIFY(atRange.overFrom == (ObjectRef{ObjectKind::Range, s.range.id}));

    // Unassigned: straight from the space, under from the store-wide setting (no alerts).
    const EffectiveThresholds atOther = *thresholds.effective(s.unassigned);
    QCOMPARE(atOther.thresholds.over, 90.0);
    QVERIFY(atOther.overFrom == space);
    QCOMPARE(atOther.thresholds.under, 20.0);
    QVERIFY(!atOther.underFrom);
    QVERIFY(!atOther.underAlerts);
    QCOMPARE(atOther.fullWithinDays, 60);

    // Another space: nothing set, the store-wide figures.
    const EffectiveThresholds west = *thresholds.effective(f.locations.value(u"West"_s).subnet);
    QCOMPARE(west.thresholds.over, 80.0);
    QCOMPARE(west.fullWithinDays, defaultFullWithinDays);
    QVERIFY(!west.overFrom && !west.fullWithinFrom);

    // Clearing the logical network's: the space's over shows through again.
    QVERIFY(thresholds.clear(network).ok());
    QCOMPARE(thresholds.effective(s.assigned)->thresholds.over, 90.0);
    QVERIFY(thresholds.own(network)->isEmpty());
}

void TestUtilizationThresholds::refusesBadValues_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    const QList<std::pair<const char *, const char *>> rows = {
            {"over 0", "threshold 0 %"},
            {"over 101", "threshold 101 %"},
            {"over nan", "threshold nan %"},
            {"under -1", "threshold -1 %"},
            {"under 100", "threshold 100 %"},
            {"days -1", "full within -1 days"},
            {"days 4000", "full within 4000 days"},
            {"under above inherited over",
             "under-utilization threshold 65 % (set here) is above "
             "the over-utilization threshold 60 % (inherited from"},
            {"under above own over",
             "under-utilization threshold 50 % (set here) is above the "
             "over-utilization threshold 40 % (set here)"},
            {"block", "hold utilization thresholds"},
    };
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        QString why;
        if (backend == u"postgresql"_s && !TestDatabase::postgresAvailable(&why)
            && !TestDatabase::postgresRequired())
            continue;
        for (const auto &[what, message] : rows)
            QTest::addRow("%s: %s", qPrintable(backend), what)
                    << backend << QString::fromLatin1(what) << QString::fromLatin1(message);
    }
}

void TestUtilizationThresholds::refusesBadValues()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    IPAM_START_RBAC_FIXTURE(f);
    const Scene s = makeScene(f, 0);
    UtilizationThresholdStore thresholds(*f.admin);
    QVERIFY(thresholds.set({ObjectKind::AddressSpace, s.east.provider.id}, setting(60)).ok());
    const QString before = f.fingerprint();
    const qint64 rows = scalar(*f.db, u"SELECT count(*) FROM utilization_threshold"_s);
    const qint64 audit = scalar(*f.db, u"SELECT count(*) FROM audit_log"_s);
    ObjectRef target{ObjectKind::Subnet, s.assigned.id};
    ThresholdSetting bad;
    if (what == u"over 0"_s)
        bad = setting(0);
    else if (what == u"over 101"_s)
        bad = setting(101);
    else if (what == u"over nan"_s)
        bad = setting(std::numeric_limits<double>::quiet_NaN());
    else if (what == u"under -1"_s)
        bad = setting(std::nullopt, -1);
    else if (what == u"under 100"_s)
        bad = setting(std::nullopt, 100);
    else if (what == u"days -1"_s)
        bad = setting(std::nullopt, std::nullopt, -1);
    else if (what == u"days 4000"_s)
        bad = setting(std::nullopt, std::nullopt, 4000);
    else if (what == u"under above inherited over"_s)
        bad = setting(std::nullopt, 65);
    else if (what == u"under above own over"_s)
        bad = setting(40, 50);
    else if (what == u"block"_s) {
        target = {ObjectKind::Block, s.east.block.id};
        bad = setting(70);
    }
    const WriteResult result = thresholds.set(target, bad);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(f.fingerprint(), before);
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM utilization_threshold"_s), rows);
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM audit_log"_s), audit);
}

void TestUtilizationThresholds::auditedAndPublished()
{
    IPAM_START_RBAC_FIXTURE(f);
    const Scene s = makeScene(f, 0);
    UtilizationThresholdStore thresholds(*f.admin);
    QSignalSpy committed(f.admin.get(), &WritePath::committed);
    const ObjectRef subnet{ObjectKind::Subnet, s.assigned.id};
    QVERIFY(thresholds.set(subnet, setting(85, 5, 14)).ok());
    QVERIFY(thresholds.set(subnet, setting(90)).ok());
    QCOMPARE(committed.size(), 2);
    const ChangeEvent event = committed.at(1).at(0).value<ChangeEvent>();
    QCOMPARE(event.items.size(), 1);
    QVERIFY(event.items.at(0).kind == ObjectKind::Subnet);
    QCOMPARE(event.items.at(0).id, s.assigned.id);
    const QList<AuditEntry> log = f.admin->store().auditLog(1);
    QCOMPARE(log.at(0).operation, u"threshold set"_s);
    QCOMPARE(log.at(0).object, u"utilization threshold of subnet 10.50.0.0/28"_s);
    const QJsonObject before
            = QJsonDocument::fromJson(log.at(0).beforeJson.toUtf8()).array().at(0).toObject();
    const QJsonObject after
            = QJsonDocument::fromJson(log.at(0).afterJson.toUtf8()).array().at(0).toObject();
    QCOMPARE(before.value(u"OverPercent"_s).toDouble(), 85.0);
    QCOMPARE(before.value(u"UnderPercent"_s).toDouble(), 5.0);
    QCOMPARE(before.value(u"FullWithinDays"_s).toInt(), 14);
    QCOMPARE(after.value(u"OverPercent"_s).toDouble(), 90.0);
    QVERIFY(!after.contains(u"UnderPercent"_s));
    QVERIFY(thresholds.clear(subnet).ok());
    QCOMPARE(f.admin->store().auditLog(1).at(0).operation, u"threshold clear"_s);
    QVERIFY(f.admin->store().auditLog(1).at(0).afterJson.isEmpty());
}

void TestUtilizationThresholds::needsEditOfTheObject()
{
    IPAM_START_RBAC_FIXTURE(f);
    const Scene s = makeScene(f, 0);
    f.user->setPrincipal(Principal{u"erin"_s, {}});
    // Erin may assign subnets in East and edit West's: not East's subnets.
    QVERIFY(f.adminAccess->addRole(u"Assigners"_s, {Operation::AssignSubnet}).ok());
    QVERIFY(f.adminAccess->addPolicy(u"erin"_s, false, u"Assigners"_s, u"Global/East"_s).ok());
    QVERIFY(f.adminAccess->addRole(u"Subnet editors"_s, {Operation::EditSubnet}).ok());
    QVERIFY(f.adminAccess->addPolicy(u"erin"_s, false, u"Subnet editors"_s, u"Global/West"_s).ok());
    UtilizationThresholdStore thresholds(*f.user);
    const QString before = f.fingerprint();
    const qint64 denied = f.deniedAuditRows();
    const WriteResult result = thresholds.set({ObjectKind::Subnet, s.assigned.id}, setting(70));
    QCOMPARE(result.status, WriteStatus::Denied);
    QVERIFY2(result.message.contains(u"may not edit subnet"_s), qPrintable(result.message));
    QCOMPARE(f.fingerprint(), before);
    QCOMPARE(f.deniedAuditRows(), denied + 1);
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM utilization_threshold"_s), 0);
    // West's subnet: allowed.
    const WriteResult west = thresholds.set(
            {ObjectKind::Subnet, f.locations.value(u"West"_s).subnet.id}, setting(70));
    QVERIFY2(west.ok(), qPrintable(west.message));
}

void TestUtilizationThresholds::undoRedoAndConflict()
{
    IPAM_START_RBAC_FIXTURE(f);
    const Scene s = makeScene(f, 0);
    EditHistory history(*f.admin);
    UtilizationThresholdStore thresholds(*f.admin);
    const ObjectRef subnet{ObjectKind::Subnet, s.assigned.id};
    QVERIFY(ThresholdChangeCommand::run(history, subnet, setting(70), u"Set thresholds"_s).ok());
    QVERIFY(ThresholdChangeCommand::run(history, subnet, setting(75, 5), u"Set thresholds"_s).ok());
    QCOMPARE(history.count(), 2);
    history.undo();
    QCOMPARE(*thresholds.own(subnet), setting(70));
    history.undo();
    QVERIFY(thresholds.own(subnet)->isEmpty());
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM utilization_threshold"_s), 0);
    history.redo();
    QCOMPARE(*thresholds.own(subnet), setting(70));
    QCOMPARE(f.admin->store().auditLog(1).at(0).operation, u"threshold set"_s);
    // Someone else sets it meanwhile: the redo is a conflict and leaves theirs.
    QVERIFY(thresholds.set(subnet, setting(99)).ok());
    QSignalSpy failed(&history, &EditHistory::failed);
    history.redo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"changed by someone else"_s),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(*thresholds.own(subnet), setting(99));
    QCOMPARE(history.count(), 1); // the failed step is dropped
}

void TestUtilizationThresholds::removedWithItsObject()
{
    IPAM_START_RBAC_FIXTURE(f);
    const Scene s = makeScene(f, 0);
    UtilizationThresholdStore thresholds(*f.admin);
    QVERIFY(thresholds.set({ObjectKind::Subnet, s.unassigned.id}, setting(70)).ok());
    QVERIFY(thresholds.set({ObjectKind::Range, s.range.id}, setting(70)).ok());
    ChangeSet removeRange;
    removeRange.remove(s.range);
    QVERIFY(f.admin->submit(removeRange).ok());
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM utilization_threshold"_s), 1);
    ChangeSet removeSubnet;
    removeSubnet.remove(*f.admin->store().get<Subnet>(s.unassigned.id));
    const WriteResult removed = f.admin->submit(removeSubnet);
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    QCOMPARE(scalar(*f.db, u"SELECT count(*) FROM utilization_threshold"_s), 0);
}

void TestUtilizationThresholds::alertsUseEffectiveThresholds()
{
    IPAM_START_RBAC_FIXTURE(f);
    // 10 of 16 addresses: 62.5 %.
    const Scene s = makeScene(f, 10);
    UtilizationThresholdStore thresholds(*f.admin);
    auto alerts = [&](bool under = false) {
        ThresholdResolver resolver;
        QString error;
        if (!resolver.load(f.admin->store(), &error))
            qFatal("%s", qPrintable(error));
        AlertRules rules;
        rules.thresholds = f.admin->store().thresholds();
        rules.resolver = &resolver;
        rules.under = under;
        rules.fullWithinDays = 0;
        QList<UtilizationAlert> raised;
        const QList<Subnet> subnets = {*f.admin->store().get<Subnet>(s.assigned.id),
                                       *f.admin->store().get<Subnet>(s.unassigned.id)};
        const QList<Range> ranges = {*f.admin->store().get<Range>(s.range.id)};
        if (!evaluateAlerts(*f.db, subnets, rules, QDateTime::currentMSecsSinceEpoch(), &raised,
                            &error, ranges))
            qFatal("%s", qPrintable(error));
        QStringList text;
        for (const UtilizationAlert &a : raised)
            text << u"%1 %2 %3"_s.arg(toString(a.condition), a.name).arg(a.threshold);
        return text;
    };
    QCOMPARE(alerts(), QStringList());
    // The logical network's 60 % reaches its assigned subnet only.
    QVERIFY(thresholds.set({ObjectKind::LogicalNetwork, s.east.logicalNetwork.id}, setting(60))
                    .ok());
    QCOMPARE(alerts(), QStringList{u"OverThreshold 10.50.0.0/28 60"_s});
    // An under threshold on the space: the empty subnet is under it, the assigned is over.
    QVERIFY(thresholds.set({ObjectKind::AddressSpace, s.east.provider.id}, setting(std::nullopt, 5))
                    .ok());
    QCOMPARE(alerts(),
             (QStringList{u"OverThreshold 10.50.0.0/28 60"_s, u"UnderThreshold 10.50.1.0/28 5"_s}));
    // The range (4 of 4 used) sets its own: it raises an alert of its own.
    QVERIFY(thresholds.set({ObjectKind::Range, s.range.id}, setting(90)).ok());
    QCOMPARE(alerts().size(), 3);
    QVERIFY(alerts().contains(u"OverThreshold 10.50.0.1-10.50.0.4 90"_s));
    // The subnet's own over is above its utilization: its alert clears.
    QVERIFY(thresholds.set({ObjectKind::Subnet, s.assigned.id}, setting(65)).ok());
    QCOMPARE(alerts(),
             (QStringList{u"UnderThreshold 10.50.1.0/28 5"_s,
                          u"OverThreshold 10.50.0.1-10.50.0.4 90"_s}));
}

QTEST_GUILESS_MAIN(TestUtilizationThresholds)
#include "tst_utilizationthresholds.moc"
