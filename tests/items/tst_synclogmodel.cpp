// The sync log and conflict models of the VMM Synchronization pane, each under
// QAbstractItemModelTester (fatal mode) while lines stream in, the log trims itself and the
// connector's conflict list changes.

#include "items/syncconflictmodel.h"
#include "items/synclogmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ipam;

class TestSyncLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsConnectorLines_data();
    void readsConnectorLines();
    void appendsInBatchesAndTrimsTheOldestLines();
    void keepsOnlyTheTailOfABatchLongerThanTheLog();
    void clearsAndShrinks();
    void conflictListChangesOnlyWhatChanged();
    void conflictSummariesShowTheDifferingValues();
    void versionsTableHighlightsDifferences();
    void versionsOfARemovedSide();
};

void TestSyncLogModel::readsConnectorLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("detail");
    QTest::newRow("created") << QStringLiteral("created logical network \"Storage\"")
                             << int(SyncAction::Created)
                             << QStringLiteral("logical network \"Storage\"") << QString();
    QTest::newRow("refused with reason")
            << QStringLiteral("refused network site \"East: 1\": VLAN 5000 is out of range")
            << int(SyncAction::Refused) << QStringLiteral("network site \"East: 1\"")
            << QStringLiteral("VLAN 5000 is out of range");
    QTest::newRow("ipv6 object keeps its colons")
            << QStringLiteral("updated subnet 2001:db8:1::/64: VLAN 12 -> 13")
            << int(SyncAction::Updated) << QStringLiteral("subnet 2001:db8:1::/64")
            << QStringLiteral("VLAN 12 -> 13");
    QTest::newRow("not in VMM") << QStringLiteral("not in VMM: VM network \"T1\": 405 Method "
                                                  "Not Allowed")
                                << int(SyncAction::NotInVmm) << QStringLiteral("VM network \"T1\"")
                                << QStringLiteral("405 Method Not Allowed");
    QTest::newRow("stage tag") << QStringLiteral("[push] deleted range 10.1.0.10-10.1.0.20")
                               << int(SyncAction::Deleted)
                               << QStringLiteral("range 10.1.0.10-10.1.0.20")
                               << QStringLiteral("push");
    QTest::newRow("conflict") << QStringLiteral("Conflict logical network \"Backup\": changed on "
                                                "both sides")
                              << int(SyncAction::Conflict)
                              << QStringLiteral("logical network \"Backup\"")
                              << QStringLiteral("changed on both sides");
    QTest::newRow("word that only starts like an action")
            << QStringLiteral("createdAt is ignored") << int(SyncAction::Info) << QString()
            << QStringLiteral("createdAt is ignored");
    QTest::newRow("pushed") << QStringLiteral("created in VMM VM network \"T1\"")
                            << int(SyncAction::Created) << QStringLiteral("VM network \"T1\"")
                            << QStringLiteral("in VMM");
    QTest::newRow("deleted, why in parentheses")
            << QStringLiteral("deleted network site \"East\" (removed in VMM)")
            << int(SyncAction::Deleted) << QStringLiteral("network site \"East\"")
            << QStringLiteral("removed in VMM");
    QTest::newRow("numbered conflict")
            << QStringLiteral("conflict #12: logical network \"Storage\" changed in IPAM and in "
                              "VMM since the last sync; kept as it is until resolved")
            << int(SyncAction::Conflict) << QStringLiteral("logical network \"Storage\"")
            << QStringLiteral("#12: changed in IPAM and in VMM since the last sync; kept as it "
                              "is until resolved");
    QTest::newRow("dry run") << QStringLiteral("would updated subnet \"10.1.0.0/24\"")
                             << int(SyncAction::Updated) << QStringLiteral("subnet \"10.1.0.0/24\"")
                             << QStringLiteral("dry run, not written");
    QTest::newRow("summary") << QStringLiteral("created 2, updated 0, deleted 0, unchanged 0, "
                                               "conflicts 0, refused 0, not in VMM 0")
                             << int(SyncAction::Info) << QString()
                             << QStringLiteral("created 2, updated 0, deleted 0, unchanged 0, "
                                               "conflicts 0, refused 0, not in VMM 0");
    QTest::newRow("cut off") << QStringLiteral("sync cut off: HTTP 503; what was written is whole")
                             << int(SyncAction::Error)
                             << QStringLiteral("HTTP 503; what was written is whole") << QString();
    QTest::newRow("plain info") << QStringLiteral("reading LogicalNetworks (page 2)")
                                << int(SyncAction::Info) << QString()
                                << QStringLiteral("reading LogicalNetworks (page 2)");
}

void TestSyncLogModel::readsConnectorLines()
{
    QFETCH(QString, line);
    QFETCH(int, action);
    QFETCH(QString, object);
    QFETCH(QString, detail);
    const SyncLogEntry entry = SyncLogEntry::fromLine(line, 1234);
    QCOMPARE(int(entry.action), action);
    QCOMPARE(entry.object, object);
    QCOMPARE(entry.detail, detail);
    QCOMPARE(entry.line, line);
    QCOMPARE(entry.timeMs, qint64(1234));
}

namespace {

QList<SyncLogEntry> lines(int first, int count)
{
    QList<SyncLogEntry> entries;
    for (int i = first; i < first + count; ++i)
        entries.append(SyncLogEntry::fromLine(
                QStringLiteral("created subnet 10.%1.%2.0/24").arg(i / 256).arg(i % 256), i));
    return entries;
}

} // namespace

void TestSyncLogModel::appendsInBatchesAndTrimsTheOldestLines()
{
    SyncLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMaximumRows(100);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.append(lines(0, 60));
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(inserted.size(), 1); // one notification per batch
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.index(0, SyncLogModel::ActionColumn).data().toString(),
             QStringLiteral("created"));
    QCOMPARE(model.index(0, SyncLogModel::ObjectColumn).data().toString(),
             QStringLiteral("subnet 10.0.0.0/24"));
    QCOMPARE(model.index(0, SyncLogModel::ActionColumn).data(SyncLogModel::ActionRole).toInt(),
             int(SyncAction::Created));

    // 60 + 70 > 100: the 30 oldest go first, exactly those, then the 70 arrive at the bottom.
    model.append(lines(60, 70));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 29);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 30);
    QCOMPARE(inserted.at(1).at(2).toInt(), 99);
    QCOMPARE(model.entry(0).timeMs, qint64(30));
    QCOMPARE(model.entry(99).timeMs, qint64(129));
    QCOMPARE(model.totalAppended(), qint64(130));

    // A steady stream of single lines keeps the newest 100.
    for (int i = 130; i < 400; ++i)
        model.appendLine(QStringLiteral("refused subnet x: overlaps"), i);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.entry(0).timeMs, qint64(300));
    QCOMPARE(model.entry(99).timeMs, qint64(399));
    QCOMPARE(model.index(99, SyncLogModel::DetailColumn).data().toString(),
             QStringLiteral("overlaps"));
    QVERIFY(model.index(99, SyncLogModel::ActionColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(99, SyncLogModel::ObjectColumn).data(Qt::ForegroundRole).isValid());
}

void TestSyncLogModel::keepsOnlyTheTailOfABatchLongerThanTheLog()
{
    SyncLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMaximumRows(50);
    model.append(lines(0, 20));
    model.append(lines(20, 500));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.entry(0).timeMs, qint64(470));
    QCOMPARE(model.entry(49).timeMs, qint64(519));
}

void TestSyncLogModel::clearsAndShrinks()
{
    SyncLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.append(lines(0, 10000));
    QCOMPARE(model.rowCount(), 10000); // the default cap
    model.append(lines(10000, 1));
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.entry(0).timeMs, qint64(1));
    model.setMaximumRows(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.entry(0).timeMs, qint64(9991));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    model.append({});
    QCOMPARE(model.rowCount(), 0);
}

namespace {

VmmConflict conflict(qint64 id, const QString &name, const QString &ipamDescription,
                     const QString &vmmDescription)
{
    VmmConflict c;
    c.id = id;
    c.kind = ObjectKind::LogicalNetwork;
    c.objectId = id * 10;
    c.remoteSet = QStringLiteral("LogicalNetworks");
    c.remoteId = QUuid::createUuid();
    c.name = name;
    c.ipamVersion = {{QStringLiteral("Name"), name},
                     {QStringLiteral("Description"), ipamDescription},
                     {QStringLiteral("NetworkVirtualizationEnabled"), false}};
    c.vmmVersion = {{QStringLiteral("Name"), name},
                    {QStringLiteral("Description"), vmmDescription},
                    {QStringLiteral("NetworkVirtualizationEnabled"), false}};
    c.detectedMs = QDateTime::currentMSecsSinceEpoch();
    return c;
}

} // namespace

void TestSyncLogModel::conflictListChangesOnlyWhatChanged()
{
    SyncConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QList<VmmConflict> list;
    for (int i = 1; i <= 6; ++i)
        list.append(conflict(i, QStringLiteral("LN%1").arg(i), QStringLiteral("ipam"),
                             QStringLiteral("vmm")));
    model.setConflicts(list);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.size(), 1);

    // The same list again: nothing moves.
    model.setConflicts(list);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);

    // 2, 3 and 5 resolved elsewhere, 4 changed, 7 new: two removals (runs 2-3 and 5), one
    // change, one insert at the bottom; never a reset.
    QList<VmmConflict> next = {list.at(0), list.at(3), list.at(5)};
    next[1].vmmVersion[QStringLiteral("Description")] = QStringLiteral("vmm again");
    next.append(conflict(7, QStringLiteral("LN7"), QStringLiteral("a"), QStringLiteral("b")));
    model.setConflicts(next);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 4); // bottom-up: row 4 (LN5) first
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, SyncConflictModel::NameColumn).data().toString());
    QCOMPARE(names, QStringList({"LN1", "LN4", "LN6", "LN7"}));
    QCOMPARE(model.rowOf(4), 1);
    QCOMPARE(model.rowOf(2), -1);
    QCOMPARE(model.index(1, SyncConflictModel::VmmValueColumn).data().toString(),
             QStringLiteral("Description: vmm again"));
    QCOMPARE(model.index(1, 0).data(SyncConflictModel::ConflictIdRole).toLongLong(), qint64(4));

    QVERIFY(model.remove(4));
    QVERIFY(!model.remove(4));
    QCOMPARE(model.rowOf(6), 1);
    model.setConflicts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSyncLogModel::conflictSummariesShowTheDifferingValues()
{
    SyncConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    VmmConflict c = conflict(1, QStringLiteral("Storage"), QStringLiteral("edited in IPAM"),
                             QStringLiteral("edited in VMM"));
    c.vmmVersion[QStringLiteral("Name")] = QStringLiteral("Storage-2");
    VmmConflict gone = conflict(2, QStringLiteral("Backup"), {}, {});
    gone.vmmVersion = {};
    model.setConflicts({c, gone});
    QCOMPARE(model.index(0, SyncConflictModel::IpamValueColumn).data().toString(),
             QStringLiteral("Name: Storage; Description: edited in IPAM"));
    QCOMPARE(model.index(0, SyncConflictModel::VmmValueColumn).data().toString(),
             QStringLiteral("Name: Storage-2; Description: edited in VMM"));
    QCOMPARE(model.index(0, SyncConflictModel::KindColumn).data().toString(),
             displayName(ObjectKind::LogicalNetwork));
    QCOMPARE(model.index(0, SyncConflictModel::RemoteSetColumn).data().toString(),
             QStringLiteral("LogicalNetworks"));
    QCOMPARE(model.index(1, SyncConflictModel::VmmValueColumn).data().toString(),
             QStringLiteral("(removed in VMM)"));
    // Past three differing properties the cell ends in "...", the tooltip lists them all.
    VmmConflict many
            = conflict(3, QStringLiteral("Many"), QStringLiteral("x"), QStringLiteral("y"));
    for (const char *key : {"A", "B", "C"})
        many.vmmVersion[QLatin1String(key)] = QStringLiteral("v");
    model.setConflicts({c, gone, many});
    QCOMPARE(model.index(2, SyncConflictModel::VmmValueColumn).data().toString(),
             QStringLiteral("A: v; B: v; C: v; ..."));
    QCOMPARE(model.index(2, SyncConflictModel::VmmValueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("A: v\nB: v\nC: v\nDescription: y"));
    QCOMPARE(SyncConflictModel::displayValue(QJsonArray{QStringLiteral("a"), 12}),
             QStringLiteral("a, 12"));
    QCOMPARE(SyncConflictModel::displayValue(
                     QJsonObject{{QStringLiteral("Subnet"), QStringLiteral("10.0.0.0/24")}}),
             QStringLiteral("{\"Subnet\":\"10.0.0.0/24\"}"));
}

void TestSyncLogModel::versionsTableHighlightsDifferences()
{
    ConflictVersionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QJsonObject ipam{
            {QStringLiteral("ID"), QStringLiteral("x")},
            {QStringLiteral("Name"), QStringLiteral("East")},
            {QStringLiteral("SubnetVLans"),
             QJsonArray{QJsonObject{{QStringLiteral("Subnet"), QStringLiteral("10.1.0.0/24")},
                                    {QStringLiteral("VLanID"), 12}}}},
            {QStringLiteral("HostGroups"), QJsonArray{QStringLiteral("All Hosts")}}};
    QJsonObject vmm = ipam;
    vmm[QStringLiteral("HostGroups")] = QJsonArray{QStringLiteral("All Hosts\\East")};
    vmm[QStringLiteral("LogicalNetworkId")] = QStringLiteral("guid");
    model.setVersions(ipam, vmm);
    // ID only identifies: no row. Name first, then alphabetical.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.property(0), QStringLiteral("Name"));
    QCOMPARE(model.property(1), QStringLiteral("HostGroups"));
    QCOMPARE(model.property(2), QStringLiteral("LogicalNetworkId"));
    QCOMPARE(model.property(3), QStringLiteral("SubnetVLans"));
    QVERIFY(!model.isDifferent(0));
    QVERIFY(model.isDifferent(1));
    QVERIFY(model.isDifferent(2)); // only VMM has it
    QVERIFY(!model.isDifferent(3));
    QCOMPARE(model.index(1, ConflictVersionsModel::IpamColumn).data().toString(),
             QStringLiteral("All Hosts"));
    QCOMPARE(model.index(1, ConflictVersionsModel::VmmColumn).data().toString(),
             QStringLiteral("All Hosts\\East"));
    QVERIFY(model.index(1, ConflictVersionsModel::VmmColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, ConflictVersionsModel::VmmColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(1, 0).data(ConflictVersionsModel::DifferentRole).toBool());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSyncLogModel::versionsOfARemovedSide()
{
    ConflictVersionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setVersions({},
                      {{QStringLiteral("Name"), QStringLiteral("T1")},
                       {QStringLiteral("IsolationType"), QStringLiteral("VLANNetwork")}});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isDifferent(0) && model.isDifferent(1));
    QCOMPARE(model.index(0, ConflictVersionsModel::IpamColumn).data().toString(),
             QStringLiteral("(removed)"));
    QCOMPARE(model.index(0, ConflictVersionsModel::VmmColumn).data().toString(),
             QStringLiteral("T1"));
}

QTEST_MAIN(TestSyncLogModel)
#include "tst_synclogmodel.moc"
