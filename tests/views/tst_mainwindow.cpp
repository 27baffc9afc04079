#include "consolefixture.h"

#include "actionspane.h"
#include "addressmapwidget.h"
#include "auditpane.h"
#include "detailspane.h"
#include "items/consoletreemodel.h"
#include "items/itemroles.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "subnetdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace ipam;
using namespace ipam::test;

// The main window driven offscreen like an admin would: clicking console tree nodes along
// IPAM's filter path, using the logical network and site choosers, searching, switching the
// family and the current view, sorting, selecting, deleting with the keyboard; checking
// what the result pane lists against the store.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeNodesScopeTheResultPane();
    void choosersFilterAndTheTreeFollows();
    void unassignedChoicesListUnassignedSubnets();
    void searchAndContains();
    void familyAndCurrentViewSwitch();
    void sortsNumericallyByClickedColumn();
    void detailsAndActionsFollowTheSelection();
    void selectionSurvivesChangesFromElsewhere();
    void copiesSelectionAsCsv();
    void deleteKeyRemovesAfterConfirmation();
    void doubleClickOpensTheEditor();
    void layoutAndNodeAreRemembered();
    void eventCatalogListsEveryObjectOfAChangeSet();

private:
    QList<ObjectId> shown() const;
    void clickNode(const QModelIndex &index);
    bool choose(QComboBox *combo, const QString &text);
    static void answerNextModal(std::function<void(QWidget *)> answer);

    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestMainWindow::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->isValid());
    m_window = std::make_unique<MainWindow>(m_fixture->models());
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_treeTester = std::make_unique<QAbstractItemModelTester>(
            m_window->consoleTree()->model(),
            QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestMainWindow::cleanup()
{
    m_treeTester.reset();
    m_window.reset();
    m_fixture.reset();
}

QList<ObjectId> TestMainWindow::shown() const
{
    const QAbstractItemModel *model = m_window->resultPane()->currentItemView()->model();
    QList<ObjectId> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ItemRole::ObjectId).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestMainWindow::clickNode(const QModelIndex &index)
{
    QTreeView *tree = m_window->consoleTree();
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        tree->expand(parent);
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QCOMPARE(tree->currentIndex(), index);
}

bool TestMainWindow::choose(QComboBox *combo, const QString &text)
{
    // With the keyboard, as an admin would: Home, then Down until the entry is current.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

void TestMainWindow::answerNextModal(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(50, qApp, [answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal)
            answer(modal);
    });
}

void TestMainWindow::treeNodesScopeTheResultPane()
{
    ConsoleFixture &f = *m_fixture;
    ConsoleTreeModel &tree = f.models().tree();
    ResultPane *pane = m_window->resultPane();
    const auto v4 = [](const Subnet &s) { return s.networkId.family() == Family::V4; };

    clickNode(tree.indexOfPath(
            QStringLiteral("VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) { return v4(s) && s.spaceId == f.fabric; }));
    QCOMPARE(pane->logicalNetworkChooser()->currentText(), tr("Any logical network"));

    clickNode(tree.indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) {
        return v4(s) && s.logicalNetworkId == f.storage;
    }));
    QCOMPARE(pane->logicalNetworkChooser()->currentText(), QStringLiteral("Storage"));
    QCOMPARE(pane->siteChooser()->currentText(), tr("Any network site"));

    clickNode(tree.indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage/Site B")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) { return v4(s) && s.siteId == f.siteB; }));
    QCOMPARE(shown().size(), 2);
    QCOMPARE(pane->logicalNetworkChooser()->currentText(), QStringLiteral("Storage"));
    QCOMPARE(pane->siteChooser()->currentText(), QStringLiteral("Site B"));

    clickNode(tree.indexOfPath(
            QStringLiteral("VIRTUALIZED IP ADDRESS SPACE/Customer IP Address Space/Tenant")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) { return s.spaceId == f.tenant; }));
    clickNode(tree.indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Customer IP Address Space/Tenant/VMN-Tenant")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) { return s.vmNetworkId == f.vmNetwork; }));

    clickNode(tree.indexOfPath(QStringLiteral("IP ADDRESS SPACE/IP Address Blocks")));
    QCOMPARE(pane->currentView(), ResultPane::View::Blocks);
    QCOMPARE(shown().size(), 1); // the Default space's block

    clickNode(tree.indexOfPath(QStringLiteral("AUDIT")));
    QCOMPARE(m_window->centre()->currentWidget(), static_cast<QWidget *>(m_window->auditPane()));
}

void TestMainWindow::choosersFilterAndTheTreeFollows()
{
    ConsoleFixture &f = *m_fixture;
    ConsoleTreeModel &tree = f.models().tree();
    ResultPane *pane = m_window->resultPane();
    clickNode(tree.indexOfPath(
            QStringLiteral("VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric")));

    QVERIFY(choose(pane->logicalNetworkChooser(), QStringLiteral("Backup")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) {
        return s.networkId.family() == Family::V4 && s.logicalNetworkId == f.backup;
    }));
    QCOMPARE(tree.objectIdOf(m_window->consoleTree()->currentIndex()), f.backup);
    // The site list follows the logical network: Any, Unassigned, Site C.
    QCOMPARE(pane->siteChooser()->count(), 3);
    QVERIFY(choose(pane->siteChooser(), QStringLiteral("Site C")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) { return s.siteId == f.siteC; }));
    QCOMPARE(tree.kindOf(m_window->consoleTree()->currentIndex()), ConsoleNodeKind::NetworkSite);
    QCOMPARE(tree.objectIdOf(m_window->consoleTree()->currentIndex()), f.siteC);

    QVERIFY(choose(pane->logicalNetworkChooser(), tr("Any logical network")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) {
        return s.networkId.family() == Family::V4 && s.spaceId == f.fabric;
    }));
    QCOMPARE(tree.kindOf(m_window->consoleTree()->currentIndex()), ConsoleNodeKind::ProviderSpace);
}

void TestMainWindow::unassignedChoicesListUnassignedSubnets()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(
            QStringLiteral("VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric")));
    QVERIFY(choose(pane->logicalNetworkChooser(), tr("Unassigned")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) {
        return s.networkId.family() == Family::V4 && s.spaceId == f.fabric
                && s.logicalNetworkId == 0;
    }));
    QVERIFY(choose(pane->logicalNetworkChooser(), QStringLiteral("Storage")));
    QVERIFY(choose(pane->siteChooser(), tr("Unassigned")));
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) {
        return s.networkId.family() == Family::V4 && s.logicalNetworkId == f.storage
                && s.siteId == 0;
    }));
}

void TestMainWindow::searchAndContains()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(QStringLiteral("VIRTUALIZED IP ADDRESS SPACE")));
    QTest::keyClicks(pane->searchBox(), QStringLiteral("contains 10.1.5.77"));
    QTest::keyClick(pane->searchBox(), Qt::Key_Return);
    QCOMPARE(shown(), f.subnetIds([](const Subnet &s) {
        return s.networkId.toString() == QLatin1String("10.1.5.0/24");
    }));
    pane->searchBox()->clear();
    QTest::keyClicks(pane->searchBox(), QStringLiteral("WEB"));
    QTest::keyClick(pane->searchBox(), Qt::Key_Return);
    QCOMPARE(shown(),
             f.subnetIds([](const Subnet &s) { return s.name == QLatin1String("web-frontend"); }));
    pane->searchBox()->clear();
    QTest::keyClicks(pane->searchBox(), QStringLiteral("contains 10.1"));
    QTest::keyClick(pane->searchBox(), Qt::Key_Return);
    QVERIFY(shown().isEmpty());
    QVERIFY(!pane->searchBox()->toolTip().isEmpty()); // says what is wrong
}

void TestMainWindow::familyAndCurrentViewSwitch()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage")));
    QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("ipv6")), Qt::LeftButton);
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) {
        return s.networkId.family() == Family::V6 && s.logicalNetworkId == f.storage;
    }));
    QCOMPARE(f.models()
                     .tree()
                     .indexOf(ConsoleNodeKind::LogicalNetwork, f.storage)
                     .data(ItemRole::SubnetCount)
                     .toInt(),
             2);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
    QCOMPARE(pane->family(), Family::V4);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(pane->currentView(), ResultPane::View::Ranges);
    QCOMPARE(shown().size(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(pane->currentView(), ResultPane::View::Addresses);
    QCOMPARE(shown().size(), 20);
    auto *viewChooser = pane->findChild<QComboBox *>(QStringLiteral("currentView"));
    QVERIFY(choose(viewChooser, ResultPane::viewTitle(ResultPane::View::Subnets)));
    QCOMPARE(pane->currentView(), ResultPane::View::Subnets);
}

void TestMainWindow::sortsNumericallyByClickedColumn()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(
            QStringLiteral("VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric")));
    QTableView *view = pane->currentItemView();
    QHeaderView *header = view->horizontalHeader();
    // Network ascending by default: 10.1.2.0 before 10.1.10.0 (numeric, not text).
    QCOMPARE(header->sortIndicatorSection(), int(SubnetModel::NetworkColumn));
    QStringList networks;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        networks << view->model()->index(row, 0).data().toString();
    QVERIFY(networks.indexOf(QStringLiteral("10.1.2.0/24"))
            < networks.indexOf(QStringLiteral("10.1.10.0/24")));
    // Click "Used": ascending by the number.
    const int x = header->sectionViewportPosition(SubnetModel::UsedColumn)
            + header->sectionSize(SubnetModel::UsedColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(SubnetModel::UsedColumn));
    qint64 previous = -1;
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const qint64 used = view->model()->index(row, SubnetModel::UsedColumn).data().toLongLong();
        if (row > 0)
            QVERIFY(ascending ? used >= previous : used <= previous);
        previous = used;
    }
    // Hide and show a column; columns move.
    view->setColumnHidden(SubnetModel::OwnerColumn, true);
    QVERIFY(header->isSectionHidden(SubnetModel::OwnerColumn));
    header->moveSection(header->visualIndex(SubnetModel::NameColumn), 0);
    QCOMPARE(header->logicalIndex(0), int(SubnetModel::NameColumn));
}

void TestMainWindow::detailsAndActionsFollowTheSelection()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage/Site A")));
    QVERIFY(m_window->actionsPane()->titles().contains(QStringLiteral("Site A")));
    pane->selectIds(f.subnetIds([](const Subnet &s) {
        return s.networkId.toString() == QLatin1String("10.1.1.0/24");
    }));
    QCOMPARE(m_window->detailsPane()->title(), QStringLiteral("subnet 10.1.1.0/24"));
    QVERIFY(!m_window->detailsPane()->addressMap()->isEmpty()); // a /24 is large enough for a map
    QVERIFY(m_window->actionsPane()->titles().contains(QStringLiteral("subnet 10.1.1.0/24")));
    QVERIFY(m_window->countLabel()->text().contains(QStringLiteral("1 selected")));
    QTableView *view = pane->currentItemView();
    view->selectAll();
    QVERIFY(m_window->detailsPane()->title().startsWith(QStringLiteral("4 ")));
    // A block: its subnets on the address map.
    clickNode(f.models().tree().indexOfPath(QStringLiteral("IP ADDRESS SPACE/IP Address Blocks")));
    m_window->resultPane()->currentItemView()->setCurrentIndex(
            m_window->resultPane()->currentItemView()->model()->index(0, 0));
    QCOMPARE(m_window->detailsPane()->title(), QStringLiteral("block 10.0.0.0/8"));
    const auto &cells = m_window->detailsPane()->addressMap()->map().cells();
    QCOMPARE(int(cells.size()), 256);
    QVERIFY(cells[0].covered > 0); // 10.0.0.0/16 holds the Default subnets
}

void TestMainWindow::selectionSurvivesChangesFromElsewhere()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(
            QStringLiteral("VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric")));
    const QList<ObjectId> selected = f.subnetIds([](const Subnet &s) {
        return s.networkId.toString() == QLatin1String("10.1.6.0/24")
                || s.networkId.toString() == QLatin1String("10.1.9.0/24");
    });
    pane->selectIds(selected);
    // Someone else (another console, ipamctl) adds, moves and removes other subnets.
    f.subnet(f.fabric, QStringLiteral("10.1.50.0/24"), f.storage, f.siteA);
    Subnet moved
            = f.store().subnetByPrefix(f.fabric, Prefix::parse(u"10.1.11.0/24").value()).value();
    moved.logicalNetworkId = f.backup;
    moved.siteId = f.siteC;
    ChangeSet changes;
    changes.update(moved, moved.version);
    const Subnet gone
            = f.store().subnetByPrefix(f.fabric, Prefix::parse(u"10.1.0.0/24").value()).value();
    changes.remove(gone, gone.version);
    QVERIFY(f.writePath().submit(changes).ok());
    QList<ObjectId> now = pane->selectedIds();
    std::sort(now.begin(), now.end());
    QCOMPARE(now, selected);
    QCOMPARE(shown(), f.subnetIds([&](const Subnet &s) {
        return s.networkId.family() == Family::V4 && s.spaceId == f.fabric;
    }));
}

void TestMainWindow::copiesSelectionAsCsv()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage/Site A")));
    pane->selectIds(f.subnetIds([&](const Subnet &s) {
        return s.siteId == f.siteA && s.networkId.family() == Family::V4;
    }));
    const QStringList lines = pane->toCsv(false).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Network,Name,Prefix Length")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("10.1.0.0/24,")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Storage")));
}

void TestMainWindow::deleteKeyRemovesAfterConfirmation()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Backup")));
    const QList<ObjectId> ids
            = f.subnetIds([&](const Subnet &s) { return s.logicalNetworkId == f.backup; });
    QCOMPARE(ids.size(), 2);
    pane->selectIds(ids);
    pane->currentItemView()->setFocus();
    answerNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("2 objects")));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(pane->currentItemView(), Qt::Key_Delete);
    QVERIFY(f.subnetIds([&](const Subnet &s) { return s.logicalNetworkId == f.backup; }).isEmpty());
    QVERIFY(shown().isEmpty());
}

void TestMainWindow::doubleClickOpensTheEditor()
{
    ConsoleFixture &f = *m_fixture;
    ResultPane *pane = m_window->resultPane();
    clickNode(f.models().tree().indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage/Site B")));
    QTableView *view = pane->currentItemView();
    const QModelIndex first = view->model()->index(0, SubnetModel::NameColumn);
    const ObjectId id = first.data(ItemRole::ObjectId).toLongLong();
    answerNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<SubnetDialog *>(modal);
        QVERIFY(dialog);
        auto *owner = dialog->findChild<QLineEdit *>(QStringLiteral("owner"));
        owner->setText(QStringLiteral("network team"));
        QVERIFY(dialog->isAcceptable());
        dialog->accept();
    });
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QCOMPARE(f.store().get<Subnet>(id)->owner, QStringLiteral("network team"));
    QCOMPARE(view->model()->index(0, SubnetModel::OwnerColumn).data().toString(),
             QStringLiteral("network team"));
}

void TestMainWindow::layoutAndNodeAreRemembered()
{
    ConsoleFixture &f = *m_fixture;
    const QString path = QStringLiteral(
            "IPAM/VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage/Site B");
    clickNode(f.models().tree().indexOfPath(path));
    m_window->resultPane()->currentItemView()->setColumnHidden(SubnetModel::VlanColumn, true);
    m_window->close();
    MainWindow again(f.models());
    QCOMPARE(f.models().tree().pathOf(again.consoleTree()->currentIndex()), path);
    QVERIFY(again.resultPane()->currentItemView()->isColumnHidden(SubnetModel::VlanColumn));
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestMainWindow::eventCatalogListsEveryObjectOfAChangeSet()
{
    // A drop-like change set of four subnets is audited under the first; the fourth's Event
    // Catalog still lists it.
    ConsoleFixture &f = *m_fixture;
    QList<Subnet> subnets
            = f.store().select<Subnet>(QStringLiteral("space_id = ?"), {f.defaultSpace});
    QVERIFY(subnets.size() >= 4);
    ChangeSet set;
    set.label = QStringLiteral("owner change");
    for (int i = 0; i < 4; ++i) {
        subnets[i].owner = QStringLiteral("storage team");
        set.update(subnets[i], subnets[i].version);
    }
    QVERIFY(f.writePath().submit(set).ok());
    DetailsPane *details = m_window->detailsPane();
    details->showObjects(ObjectKind::Subnet, {subnets[3].id});
    auto *history = details->findChild<QTreeWidget *>(QStringLiteral("history"));
    QVERIFY(history);
    QStringList operations;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        operations.append(history->topLevelItem(i)->text(2));
    QVERIFY2(operations.contains(QStringLiteral("owner change")),
             qPrintable(operations.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
