#include "consolefixture.h"

#include "assignsubnetsdialog.h"
#include "consolecommands.h"
#include "items/consoletreemodel.h"
#include "items/edithistory.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "subnetdialog.h"
#include "write/authorizer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoView>

using namespace ipam;
using namespace ipam::test;

namespace {

// Refuses every change to a subnet: the acting principal may not assign anything.
class DenySubnets final : public Authorizer
{
public:
    Verdict authorize(const Principal &, Operation, const AnyObject &object) override
    {
        if (kindOf(object) == ObjectKind::Subnet)
            return Verdict::refused(QStringLiteral("tester may not change subnets here"));
        return Verdict::allowed();
    }
};

} // namespace

// Drag-assign: subnets dropped onto console tree nodes (through the model's mime API and
// through synthetic drag events on the tree's viewport), the refusals, and undo / redo of
// every console edit through the write path, including a concurrent change from a second
// connection to the same store.
class TestDragAssign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropOnSiteAssignsSiteAndItsLogicalNetwork();
    void dropOnLogicalNetworkClearsSiteOfAnother();
    void dropOnProviderSpaceUnassigns();
    void dropOfManySubnetsIsOneUndoStep();
    void forbiddenDropsChangeNothing_data();
    void forbiddenDropsChangeNothing();
    void deniedPrincipalChangesNothing();
    void textPrefixesAssignThoseThatExist();
    void dragCarriesIdsAndPrefixesOfAllSelectedRows();
    void dragEventsOnTheTreeViewportAssign();
    void forbiddenDragIsRefusedWithReasonInStatusBar();
    void undoAndRedoActionsRoundTrip();
    void dialogEditsCreatesAndDeletesAreUndoable();
    void concurrentChangeMakesUndoFailCleanly();
    void concurrentChangeMakesRedoFailCleanly();
    void subnetDialogEditIsOneUndoStep();
    void assignDialogListsAllowedTargetsOnly();
    void cutAndPasteOntoANodeAssigns();

private:
    // The subnets as stored: id, version, logical network, site, name.
    QStringList snapshot();
    QMimeData *dragOf(const QList<ObjectId> &ids);
    QModelIndex node(ConsoleNodeKind kind, ObjectId id);
    bool drop(const QList<ObjectId> &ids, ConsoleNodeKind kind, ObjectId id);
    Subnet subnet(ObjectId id) { return *m_fixture->store().get<Subnet>(id); }
    ObjectId idOf(ObjectId space, const char *prefix);
    // Sends enter + move (+ drop) at the centre of `index` on the tree's viewport; whether the
    // move was accepted.
    bool dragOnto(const QModelIndex &index, QMimeData *data, bool dropIt);

    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestDragAssign::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestDragAssign::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->isValid());
    ConsoleModels &models = m_fixture->models();
    m_window = std::make_unique<MainWindow>(models);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(&models.tree(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(&models.subnets(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_window->resultPane()->itemView(ResultPane::View::Subnets)->model(), mode));
}

void TestDragAssign::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_fixture.reset();
}

QStringList TestDragAssign::snapshot()
{
    QStringList rows;
    for (const Subnet &s : m_fixture->store().select<Subnet>())
        rows << QStringLiteral("%1 v%2 ln%3 site%4 %5 %6")
                        .arg(s.id)
                        .arg(s.version)
                        .arg(s.logicalNetworkId)
                        .arg(s.siteId)
                        .arg(s.networkId.toString(), s.name);
    return rows;
}

QMimeData *TestDragAssign::dragOf(const QList<ObjectId> &ids)
{
    SubnetModel &subnets = m_fixture->models().subnets();
    QModelIndexList indexes;
    for (ObjectId id : ids)
        indexes << subnets.index(subnets.rowOf(id), 0);
    return subnets.mimeData(indexes);
}

QModelIndex TestDragAssign::node(ConsoleNodeKind kind, ObjectId id)
{
    return m_fixture->models().tree().indexOf(kind, id);
}

bool TestDragAssign::drop(const QList<ObjectId> &ids, ConsoleNodeKind kind, ObjectId id)
{
    ConsoleTreeModel &tree = m_fixture->models().tree();
    std::unique_ptr<QMimeData> data(dragOf(ids));
    const QModelIndex target = node(kind, id);
    if (!target.isValid())
        return false;
    if (!tree.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target))
        return false;
    return tree.dropMimeData(data.get(), Qt::CopyAction, -1, -1, target);
}

ObjectId TestDragAssign::idOf(ObjectId space, const char *prefix)
{
    return m_fixture->store()
            .subnetByPrefix(space, Prefix::parse(QString::fromLatin1(prefix)).value())
            ->id;
}

bool TestDragAssign::dragOnto(const QModelIndex &index, QMimeData *data, bool dropIt)
{
    QTreeView *tree = m_window->consoleTree();
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        tree->expand(parent);
    tree->scrollTo(index);
    const QPoint at = tree->visualRect(index).center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &move);
    const bool accepted = move.isAccepted();
    if (dropIt) {
        QDropEvent dropEvent(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &dropEvent);
        return dropEvent.isAccepted();
    }
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(tree->viewport(), &leave);
    return accepted;
}

void TestDragAssign::dropOnSiteAssignsSiteAndItsLogicalNetwork()
{
    ConsoleFixture &f = *m_fixture;
    const ObjectId unassigned = idOf(f.fabric, "10.1.10.0/24");
    const ObjectId inStorage = idOf(f.fabric, "10.1.6.0/24");
    QVERIFY(drop({unassigned, inStorage}, ConsoleNodeKind::NetworkSite, f.siteC));
    for (ObjectId id : {unassigned, inStorage}) {
        QCOMPARE(subnet(id).logicalNetworkId, f.backup);
        QCOMPARE(subnet(id).siteId, f.siteC);
    }
    QCOMPARE(f.models().history().count(), 1);
}

void TestDragAssign::dropOnLogicalNetworkClearsSiteOfAnother()
{
    ConsoleFixture &f = *m_fixture;
    const ObjectId atSiteA = idOf(f.fabric, "10.1.0.0/24");
    const ObjectId atSiteC = idOf(f.fabric, "10.1.8.0/24");
    QVERIFY(drop({atSiteA, atSiteC}, ConsoleNodeKind::LogicalNetwork, f.storage));
    // Site A is Storage's own site: kept; Site C belongs to Backup: cleared.
    QCOMPARE(subnet(atSiteA).logicalNetworkId, f.storage);
    QCOMPARE(subnet(atSiteA).siteId, f.siteA);
    QCOMPARE(subnet(atSiteC).logicalNetworkId, f.storage);
    QCOMPARE(subnet(atSiteC).siteId, ObjectId(0));
}

void TestDragAssign::dropOnProviderSpaceUnassigns()
{
    ConsoleFixture &f = *m_fixture;
    const ObjectId atSiteA = idOf(f.fabric, "10.1.0.0/24");
    const ObjectId inBackup = idOf(f.fabric, "10.1.8.0/24");
    QVERIFY(drop({atSiteA, inBackup}, ConsoleNodeKind::ProviderSpace, f.fabric));
    for (ObjectId id : {atSiteA, inBackup}) {
        QCOMPARE(subnet(id).logicalNetworkId, ObjectId(0));
        QCOMPARE(subnet(id).siteId, ObjectId(0));
    }
}

void TestDragAssign::dropOfManySubnetsIsOneUndoStep()
{
    ConsoleFixture &f = *m_fixture;
    const QList<ObjectId> fabricV4 = f.subnetIds([&](const Subnet &s) {
        return s.spaceId == f.fabric && s.networkId.family() == Family::V4;
    });
    QCOMPARE(fabricV4.size(), 12);
    const QStringList before = snapshot();
    QSignalSpy committed(&f.writePath(), &WritePath::committed);
    QVERIFY(drop(fabricV4, ConsoleNodeKind::NetworkSite, f.siteB));
    QCOMPARE(committed.size(), 1); // one ChangeSet
    const QStringList after = snapshot();
    EditHistory &history = f.models().history();
    QCOMPARE(history.count(), 1);
    history.undo();
    QCOMPARE(f.subnetIds([&](const Subnet &s) { return s.siteId == f.siteB; }).size(), 2);
    // Same placements as before (versions moved on).
    auto placements = [](QStringList rows) {
        for (QString &row : rows)
            row.remove(QRegularExpression(QStringLiteral(" v\\d+")));
        return rows;
    };
    QCOMPARE(placements(snapshot()), placements(before));
    history.redo();
    QCOMPARE(placements(snapshot()), placements(after));
    QCOMPARE(f.subnetIds([&](const Subnet &s) { return s.siteId == f.siteB; }).size(), 12);
}

void TestDragAssign::forbiddenDropsChangeNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("customer subnet onto a logical network") << QStringLiteral("customer");
    QTest::newRow("Default subnet onto another space's logical network")
            << QStringLiteral("otherSpace");
    QTest::newRow("provider subnet onto a customer space") << QStringLiteral("customerSpace");
    QTest::newRow("provider subnet onto a VM network") << QStringLiteral("vmNetwork");
    QTest::newRow("Fabric subnet onto the Default space") << QStringLiteral("wrongSpace");
}

void TestDragAssign::forbiddenDropsChangeNothing()
{
    QFETCH(QString, what);
    ConsoleFixture &f = *m_fixture;
    QList<ObjectId> ids;
    ConsoleNodeKind kind = ConsoleNodeKind::LogicalNetwork;
    ObjectId target = f.storage;
    QString reason;
    if (what == QLatin1String("customer")) {
        ids = {idOf(f.tenant, "10.1.0.0/24")};
        reason = QStringLiteral("customer address space");
    } else if (what == QLatin1String("otherSpace")) {
        ids = {idOf(f.defaultSpace, "10.0.1.0/24")};
        reason = QStringLiteral("another provider address space");
    } else if (what == QLatin1String("customerSpace")) {
        ids = {idOf(f.fabric, "10.1.10.0/24")};
        kind = ConsoleNodeKind::CustomerSpace;
        target = f.tenant;
        reason = QStringLiteral("not to customer address space");
    } else if (what == QLatin1String("vmNetwork")) {
        ids = {idOf(f.fabric, "10.1.10.0/24")};
        kind = ConsoleNodeKind::VmNetwork;
        target = f.vmNetwork;
        reason = QStringLiteral("not to customer address space");
    } else {
        ids = {idOf(f.fabric, "10.1.0.0/24"), idOf(f.fabric, "10.1.10.0/24")};
        kind = ConsoleNodeKind::ProviderSpace;
        target = f.defaultSpace;
        reason = QStringLiteral("belongs to address space \"Fabric\"");
    }
    const QStringList before = snapshot();
    ConsoleTreeModel &tree = f.models().tree();
    std::unique_ptr<QMimeData> data(dragOf(ids));
    const QModelIndex index = node(kind, target);
    QVERIFY(index.isValid());
    QSignalSpy hints(&f.models().assignment(), &SubnetAssignment::hint);
    QVERIFY(!tree.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, index));
    QVERIFY(!hints.isEmpty());
    QVERIFY2(hints.last().at(0).toString().contains(reason),
             qPrintable(hints.last().at(0).toString()));
    QVERIFY(!tree.dropMimeData(data.get(), Qt::CopyAction, -1, -1, index));
    // Even asked directly, the assignment refuses with the same rule.
    const WriteResult result = f.models().assignment().assign(ids, kind, target);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
    QCOMPARE(f.models().history().count(), 0);
}

void TestDragAssign::deniedPrincipalChangesNothing()
{
    ConsoleFixture &f = *m_fixture;
    f.writePath().setAuthorizer(std::make_shared<DenySubnets>());
    const QStringList before = snapshot();
    QSignalSpy refused(&f.models().assignment(), &SubnetAssignment::refused);
    QVERIFY(!drop({idOf(f.fabric, "10.1.10.0/24")}, ConsoleNodeKind::NetworkSite, f.siteA));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.last().at(0).toString().contains(QLatin1String("may not")),
             qPrintable(refused.last().at(0).toString()));
    QCOMPARE(snapshot(), before);
    QCOMPARE(f.models().history().count(), 0);
    // With the authorizer given to the assignment too, the hover already says no, and why.
    f.models().assignment().setAuthorizer(std::make_shared<DenySubnets>());
    std::unique_ptr<QMimeData> data(dragOf({idOf(f.fabric, "10.1.10.0/24")}));
    QSignalSpy hints(&f.models().assignment(), &SubnetAssignment::hint);
    QVERIFY(!f.models().tree().canDropMimeData(data.get(), Qt::CopyAction, -1, -1,
                                               node(ConsoleNodeKind::NetworkSite, f.siteA)));
    QVERIFY(hints.last().at(0).toString().contains(QLatin1String("may not change subnets")));
    QCOMPARE(snapshot(), before);
}

void TestDragAssign::textPrefixesAssignThoseThatExist()
{
    ConsoleFixture &f = *m_fixture;
    ConsoleTreeModel &tree = f.models().tree();
    QMimeData data;
    data.setText(QStringLiteral("10.1.10.0/24\n 10.1.11.0/24 \n10.1.99.0/24\nnot a prefix\n"));
    const QModelIndex storage = node(ConsoleNodeKind::LogicalNetwork, f.storage);
    QVERIFY(tree.canDropMimeData(&data, Qt::CopyAction, -1, -1, storage));
    QVERIFY(tree.dropMimeData(&data, Qt::CopyAction, -1, -1, storage));
    QCOMPARE(subnet(idOf(f.fabric, "10.1.10.0/24")).logicalNetworkId, f.storage);
    QCOMPARE(subnet(idOf(f.fabric, "10.1.11.0/24")).logicalNetworkId, f.storage);
    // Text naming no subnet of the target's space is refused.
    QMimeData nothing;
    nothing.setText(QStringLiteral("192.0.2.0/24\n"));
    QVERIFY(!tree.canDropMimeData(&nothing, Qt::CopyAction, -1, -1, storage));
}

void TestDragAssign::dragCarriesIdsAndPrefixesOfAllSelectedRows()
{
    ConsoleFixture &f = *m_fixture;
    QVERIFY(m_window->selectNode(ConsoleNodeKind::NetworkSite, f.siteA));
    QTableView *view = m_window->resultPane()->itemView(ResultPane::View::Subnets);
    view->selectAll();
    const QList<ObjectId> selected = m_window->resultPane()->selectedIds();
    QCOMPARE(selected.size(), 4); // 10.1.0-3.0/24 (the pane shows one family, IPv4)
    QVERIFY(view->model()->flags(view->model()->index(0, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(
            view->model()->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(data->hasFormat(SubnetModel::mimeType()));
    const QList<QByteArray> ids = data->data(SubnetModel::mimeType()).trimmed().split('\n');
    QCOMPARE(ids.size(), selected.size());
    QStringList prefixes = data->text().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(prefixes.size(), selected.size());
    QVERIFY(prefixes.contains(QStringLiteral("10.1.2.0/24")));
}

void TestDragAssign::dragEventsOnTheTreeViewportAssign()
{
    ConsoleFixture &f = *m_fixture;
    QVERIFY(m_window->selectNode(ConsoleNodeKind::LogicalNetwork, f.storage));
    ResultPane *pane = m_window->resultPane();
    QTableView *view = pane->itemView(ResultPane::View::Subnets);
    const QList<ObjectId> moving = {idOf(f.fabric, "10.1.4.0/24"), idOf(f.fabric, "10.1.6.0/24")};
    pane->selectIds(moving);
    QCOMPARE(pane->selectedIds().size(), 2);
    QMimeData *data = view->model()->mimeData(view->selectionModel()->selectedIndexes());
    // Onto Site A of the same logical network: the rows stay in the view, and selected.
    QVERIFY(dragOnto(node(ConsoleNodeKind::NetworkSite, f.siteA), data, true));
    delete data;
    for (ObjectId id : moving) {
        QCOMPARE(subnet(id).siteId, f.siteA);
        QCOMPARE(subnet(id).logicalNetworkId, f.storage);
    }
    QList<ObjectId> selected = pane->selectedIds();
    std::sort(selected.begin(), selected.end());
    QList<ObjectId> expected = moving;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Assigned 2 subnets")));
    // The tree's count for Site A followed the change event.
    const QModelIndex siteA = node(ConsoleNodeKind::NetworkSite, f.siteA);
    QCOMPARE(f.models().tree().totalsOf(siteA).count, 6u);
}

void TestDragAssign::forbiddenDragIsRefusedWithReasonInStatusBar()
{
    ConsoleFixture &f = *m_fixture;
    const QStringList before = snapshot();
    std::unique_ptr<QMimeData> data(dragOf({idOf(f.defaultSpace, "10.0.2.0/24")}));
    QVERIFY(!dragOnto(node(ConsoleNodeKind::NetworkSite, f.siteA), data.get(), false));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                     QLatin1String("another provider address space")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!dragOnto(node(ConsoleNodeKind::NetworkSite, f.siteA), data.get(), true));
    QCOMPARE(snapshot(), before);
}

void TestDragAssign::undoAndRedoActionsRoundTrip()
{
    ConsoleFixture &f = *m_fixture;
    const QStringList start = snapshot();
    const ObjectId id = idOf(f.fabric, "10.1.10.0/24");
    QVERIFY(!m_window->undoAction()->isEnabled());
    QVERIFY(drop({id}, ConsoleNodeKind::NetworkSite, f.siteB));
    QVERIFY(m_window->undoAction()->isEnabled());
    QCOMPARE(m_window->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(m_window->redoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(m_window->undoView()->stack(), &f.models().history());
    m_window->undoAction()->trigger();
    QCOMPARE(subnet(id).siteId, ObjectId(0));
    QCOMPARE(subnet(id).logicalNetworkId, ObjectId(0));
    QCOMPARE(subnet(id).version, 3); // assign, then undo: each a versioned write
    QVERIFY(m_window->redoAction()->isEnabled());
    m_window->redoAction()->trigger();
    QCOMPARE(subnet(id).siteId, f.siteB);
    QCOMPARE(subnet(id).logicalNetworkId, f.storage);
    m_window->undoAction()->trigger();
    // The models followed: the row shows as unassigned again.
    SubnetModel &subnets = f.models().subnets();
    QCOMPARE(subnets.placementOf(subnets.rowOf(id)).logicalNetworkId, ObjectId(0));
    QCOMPARE(snapshot().size(), start.size());
}

void TestDragAssign::dialogEditsCreatesAndDeletesAreUndoable()
{
    ConsoleFixture &f = *m_fixture;
    EditHistory &history = f.models().history();
    // An edit (what a dialog's OK runs).
    Subnet edited = subnet(idOf(f.fabric, "10.1.10.0/24"));
    const QString oldName = edited.name;
    edited.name = QStringLiteral("renamed");
    ChangeSet edit;
    edit.label = QStringLiteral("edit subnet");
    edit.update(edited, edited.version);
    QVERIFY(history.run(edit).ok());
    QCOMPARE(subnet(edited.id).name, QStringLiteral("renamed"));
    history.undo();
    QCOMPARE(subnet(edited.id).name, oldName);
    history.redo();
    QCOMPARE(subnet(edited.id).name, QStringLiteral("renamed"));
    // A create: undo removes it, redo creates it again.
    Subnet created;
    created.spaceId = f.fabric;
    created.networkType = NetworkType::Provider;
    created.networkId = Prefix::parse(u"10.1.200.0/24").value();
    ChangeSet create;
    create.label = QStringLiteral("add subnet");
    create.create(created);
    QVERIFY(history.run(create).ok());
    QVERIFY(f.store().subnetByPrefix(f.fabric, created.networkId));
    history.undo();
    QVERIFY(!f.store().subnetByPrefix(f.fabric, created.networkId));
    history.redo();
    QVERIFY(f.store().subnetByPrefix(f.fabric, created.networkId));
    // A delete: undo brings it back.
    const Subnet doomed = subnet(idOf(f.fabric, "10.1.11.0/24"));
    ChangeSet remove;
    remove.label = QStringLiteral("delete subnet");
    remove.remove(doomed, doomed.version);
    QVERIFY(history.run(remove).ok());
    QVERIFY(!f.store().subnetByPrefix(f.fabric, doomed.networkId));
    history.undo();
    const auto back = f.store().subnetByPrefix(f.fabric, doomed.networkId);
    QVERIFY(back);
    QCOMPARE(back->logicalNetworkId, doomed.logicalNetworkId);
    QCOMPARE(history.count(), 3);
    QCOMPARE(history.index(), 2);
}

void TestDragAssign::concurrentChangeMakesUndoFailCleanly()
{
    ConsoleFixture &f = *m_fixture;
    EditHistory &history = f.models().history();
    const ObjectId a = idOf(f.fabric, "10.1.10.0/24");
    const ObjectId b = idOf(f.fabric, "10.1.11.0/24");
    QVERIFY(drop({a}, ConsoleNodeKind::NetworkSite, f.siteA));
    QVERIFY(drop({b}, ConsoleNodeKind::NetworkSite, f.siteC));
    QCOMPARE(history.count(), 2);
    // Another console (a second connection to the same SQLite file) renames b.
    WritePath other(f.database().open(), Principal{QStringLiteral("other"), {}});
    Subnet theirs = *other.store().get<Subnet>(b);
    theirs.name = QStringLiteral("theirs");
    ChangeSet change;
    change.update(theirs, theirs.version);
    QVERIFY(other.submit(change).ok());
    const QStringList before = snapshot();

    QSignalSpy failed(&history, &EditHistory::failed);
    history.undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.last().at(0).toString().contains(QLatin1String("someone else")),
             qPrintable(failed.last().at(0).toString()));
    // Their change stands; the failed step left the history, the one below is intact.
    QCOMPARE(snapshot(), before);
    QCOMPARE(subnet(b).name, QStringLiteral("theirs"));
    QCOMPARE(subnet(b).siteId, f.siteC);
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.index(), 1);
    QVERIFY(!history.canRedo());
    history.undo();
    QCOMPARE(subnet(a).siteId, ObjectId(0));
    QCOMPARE(history.index(), 0);
}

void TestDragAssign::concurrentChangeMakesRedoFailCleanly()
{
    ConsoleFixture &f = *m_fixture;
    EditHistory &history = f.models().history();
    const ObjectId a = idOf(f.fabric, "10.1.10.0/24");
    QVERIFY(drop({a}, ConsoleNodeKind::NetworkSite, f.siteA));
    history.undo();
    QCOMPARE(subnet(a).siteId, ObjectId(0));
    WritePath other(f.database().open(), Principal{QStringLiteral("other"), {}});
    Subnet theirs = *other.store().get<Subnet>(a);
    theirs.logicalNetworkId = f.backup;
    theirs.siteId = f.siteC;
    ChangeSet change;
    change.update(theirs, theirs.version);
    QVERIFY(other.submit(change).ok());
    QSignalSpy failed(&history, &EditHistory::failed);
    history.redo();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(subnet(a).siteId, f.siteC);
    QCOMPARE(history.count(), 0);
    QCOMPARE(history.index(), 0);
}

void TestDragAssign::subnetDialogEditIsOneUndoStep()
{
    ConsoleFixture &f = *m_fixture;
    const Subnet original = subnet(idOf(f.fabric, "10.1.3.0/24"));
    SubnetDialog dialog(f.models(), original);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->setText(QStringLiteral("web-backend"));
    QVERIFY(dialog.isAcceptable());
    dialog.accept();
    QCOMPARE(dialog.result().status, WriteStatus::Committed);
    QCOMPARE(subnet(original.id).name, QStringLiteral("web-backend"));
    EditHistory &history = f.models().history();
    QCOMPARE(history.count(), 1);
    m_window->undoAction()->trigger();
    QCOMPARE(subnet(original.id).name, original.name);
    QCOMPARE(subnet(original.id).siteId, original.siteId);
    m_window->redoAction()->trigger();
    QCOMPARE(subnet(original.id).name, QStringLiteral("web-backend"));
}

void TestDragAssign::assignDialogListsAllowedTargetsOnly()
{
    ConsoleFixture &f = *m_fixture;
    auto names = [](QTreeWidget *tree) {
        QStringList list;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            list << (*it)->text(0);
        return list;
    };
    {
        AssignSubnetsDialog dialog(f.models(), {idOf(f.tenant, "10.1.0.0/24")});
        QVERIFY(names(dialog.targets()).isEmpty()); // customer subnets go nowhere
    }
    const QList<ObjectId> ids = {idOf(f.fabric, "10.1.10.0/24"), idOf(f.fabric, "10.1.0.0/24")};
    AssignSubnetsDialog dialog(f.models(), ids);
    QCOMPARE(names(dialog.targets()),
             QStringList({QStringLiteral("Fabric"), QStringLiteral("Backup"),
                          QStringLiteral("Site C"), QStringLiteral("Storage"),
                          QStringLiteral("Site A"), QStringLiteral("Site B")}));
    QVERIFY(!dialog.selectTarget(ConsoleNodeKind::ProviderSpace, f.defaultSpace));
    QVERIFY(dialog.selectTarget(ConsoleNodeKind::NetworkSite, f.siteC));
    dialog.accept();
    QCOMPARE(dialog.result().status, WriteStatus::Committed);
    for (ObjectId id : ids)
        QCOMPARE(subnet(id).siteId, f.siteC);
    QCOMPARE(f.models().history().count(), 1);
}

void TestDragAssign::cutAndPasteOntoANodeAssigns()
{
    ConsoleFixture &f = *m_fixture;
    ConsoleCommands *commands = m_window->commands();
    QVERIFY(m_window->selectNode(ConsoleNodeKind::LogicalNetwork, f.storage));
    const QList<ObjectId> moving = {idOf(f.fabric, "10.1.4.0/24"), idOf(f.fabric, "10.1.5.0/24")};
    m_window->resultPane()->selectIds(moving);
    QVERIFY(commands->action(ConsoleCommands::CutSelection)->isEnabled());
    commands->action(ConsoleCommands::CutSelection)->trigger();
    const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
    QVERIFY(clip && clip->hasFormat(SubnetModel::mimeType()));
    QCOMPARE(clip->text(), QStringLiteral("10.1.4.0/24\n10.1.5.0/24\n"));
    QCOMPARE(subnet(moving.first()).siteId, f.siteB); // a cut alone changes nothing
    QVERIFY(m_window->selectNode(ConsoleNodeKind::NetworkSite, f.siteA));
    QVERIFY(commands->action(ConsoleCommands::PasteOnNode)->isEnabled());
    QVERIFY(commands->nodeActions().contains(commands->action(ConsoleCommands::PasteOnNode)));
    commands->action(ConsoleCommands::PasteOnNode)->trigger();
    for (ObjectId id : moving)
        QCOMPARE(subnet(id).siteId, f.siteA);
    QCOMPARE(f.models().history().count(), 1);
    // Paste onto a node that takes no subnets is not offered.
    QVERIFY(m_window->selectNode(ConsoleNodeKind::Audit));
    QVERIFY(!commands->action(ConsoleCommands::PasteOnNode)->isEnabled());
    QGuiApplication::clipboard()->clear();
}

QTEST_MAIN(TestDragAssign)
#include "tst_dragassign.moc"
