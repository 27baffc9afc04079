// Group by in the result pane, offscreen over the fixture's store: the chooser switches the
// subnets to GroupedSubnetView, groups show their value, count and summed utilization in the
// column's order, the selection is the subnets' (details pane, actions), the groups follow a
// change committed while grouped, and (none) goes back to the table. The README's screenshot is
// taken here (IPAM_UPDATE_SCREENSHOTS=1 writes it into resources/screenshots/).
#include "consolefixture.h"
#include "testpaths.h"

#include "groupedsubnetview.h"
#include "items/consoletreemodel.h"
#include "items/itemroles.h"
#include "items/subnetgroupmodel.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

class TestGroupBy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupsTheSubnetsOfTheNodeByAColumn();
};

void TestGroupBy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestGroupBy::groupsTheSubnetsOfTheNodeByAColumn()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    MainWindow window(fixture.models());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectNode(ConsoleNodeKind::ProviderSpace, fixture.fabric));
    ResultPane *result = window.resultPane();
    QCOMPARE(result->currentView(), ResultPane::View::Subnets);

    QComboBox *chooser = result->groupChooser();
    const int byNetwork = chooser->findData(int(SubnetModel::LogicalNetworkColumn));
    QVERIFY(byNetwork > 0);
    chooser->setCurrentIndex(byNetwork);
    GroupedSubnetView *grouped = result->groupedView();
    QVERIFY(grouped->isVisible());
    QCOMPARE(result->groupColumn(), int(SubnetModel::LogicalNetworkColumn));
    SubnetGroupModel *groups = grouped->groupModel();
    QAbstractItemModelTester tester(groups, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto labels = [groups] {
        QStringList list;
        for (int g = 0; g < groups->groupCount(); ++g)
            list << groups->groupIndex(g).data().toString();
        return list;
    };
    // Fabric's IPv4 subnets: 8 on Storage, 2 on Backup, 2 unassigned.
    QCOMPARE(labels(),
             QStringList({"(none) (2 subnets)", "Backup (2 subnets)", "Storage (8 subnets)"}));
    QCOMPARE(groups->groupIndex(2).siblingAtColumn(SubnetModel::TotalColumn).data().toULongLong(),
             8ull * 256);
    grouped->expandAll();
    QWidget *screen = window.centre();
    const QPixmap shot = screen->grab();
    QDir().mkpath(QStringLiteral(IPAM_BINARY_DIR "/screenshots"));
    shot.save(QStringLiteral(IPAM_BINARY_DIR "/screenshots/group-by.png"));
    if (qEnvironmentVariableIntValue("IPAM_UPDATE_SCREENSHOTS") == 1)
        shot.save(QStringLiteral(IPAM_SOURCE_DIR "/resources/screenshots/group-by.png"));

    // Selecting a subnet in a group is the result pane's selection.
    const QModelIndex backup = groups->groupIndex(1);
    const QModelIndex first = groups->index(0, 0, backup);
    grouped->selectionModel()->select(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    grouped->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    const ObjectId id = first.data(ItemRole::ObjectId).toLongLong();
    QVERIFY(id != 0);
    QCOMPARE(result->selectedIds(), QList<ObjectId>({id}));
    QCOMPARE(result->currentId(), id);

    // A change committed while grouped: an unassigned subnet joins Backup.
    const QList<Subnet> unassigned = fixture.store().select<Subnet>(
            QStringLiteral("space_id = ? AND logical_network_id IS NULL AND family = 4"),
            {fixture.fabric});
    QCOMPARE(unassigned.size(), 2);
    Subnet moved = unassigned.constFirst();
    moved.logicalNetworkId = fixture.backup;
    ChangeSet assign;
    assign.update(moved, moved.version);
    QVERIFY(fixture.writePath().submit(assign).ok());
    QCOMPARE(labels(),
             QStringList({"(none) (1 subnet)", "Backup (3 subnets)", "Storage (8 subnets)"}));
    // The selection survived.
    QCOMPARE(result->selectedIds(), QList<ObjectId>({id}));

    // Another view has no group-by; back to (none) shows the table again.
    result->setCurrentView(ResultPane::View::Ranges);
    QVERIFY(!chooser->isEnabled());
    result->setCurrentView(ResultPane::View::Subnets);
    QVERIFY(grouped->isVisible());
    chooser->setCurrentIndex(0);
    QCOMPARE(result->groupColumn(), -1);
    QVERIFY(result->currentItemView()->isVisible());
    QCOMPARE(result->selectedIds(), QList<ObjectId>({id}));
}

QTEST_MAIN(TestGroupBy)
#include "tst_groupby.moc"
