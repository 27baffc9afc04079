#include "rbacfixture.h"

#include "actionspane.h"
#include "consolecommands.h"
#include "detailspane.h"
#include "effectivepermissionsdialog.h"
#include "items/addressmodel.h"
#include "items/blockmodel.h"
#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/effectivepermissionsmodel.h"
#include "items/networkdirectory.h"
#include "items/rangemodel.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "objectdialog.h"
#include "setaccessscopedialog.h"
#include "subnetdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace ipam;
using namespace ipam::test;

namespace {

const QString eve = QStringLiteral("eve");
const QString readerRole = QStringLiteral("Reader");

// Runs `body` on the next modal dialog of type T not handled before, once it is open
// (QDialog::exec() blocks the test until the dialog closes). Polls for at most 5 s, then
// closes whatever modal dialog is open so that a failing test does not hang.
template<typename T>
void whenDialogOpens(std::function<void(T *)> body)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, body] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        const bool fresh = dialog && !dialog->property("ipamTestSeen").toBool();
        *elapsed += 20;
        if (!fresh && *elapsed < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        if (!fresh) {
            if (auto *open = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                open->reject();
            return;
        }
        dialog->setProperty("ipamTestSeen", true);
        body(dialog);
    });
    timer->start(20);
}

// The models and commands of one console over `writePath`, with access control enforced and a
// QAbstractItemModelTester (Fatal) on every flat model while visibility changes. The console
// tree is watched between reloads (watchTree): Qt 6.4's tester runs its checks from its
// modelReset slot, and their fetchMore() inserts the lazy tree's children before the tester has
// marked the reset finished, which it then reports as a change inside a reset.
struct Console
{
    explicit Console(WritePath &writePath)
        : models(writePath)
    {
        models.setAccessControlEnforced(true);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(&models.subnets()),
                                          static_cast<QAbstractItemModel *>(&models.ranges()),
                                          static_cast<QAbstractItemModel *>(&models.addresses()),
                                          static_cast<QAbstractItemModel *>(&models.blocks())})
            testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                    model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        commands = std::make_unique<ConsoleCommands>(models, nullptr);
    }
    void watchTree()
    {
        treeTester = std::make_unique<QAbstractItemModelTester>(
                &models.tree(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void unwatchTree() { treeTester.reset(); }

    QSet<ObjectId> subnetIds()
    {
        QSet<ObjectId> ids;
        for (int row = 0; row < models.subnets().rowCount(); ++row)
            ids.insert(models.subnets().objectId(row));
        return ids;
    }
    QStringList spaceNames()
    {
        QStringList names;
        const NetworkDirectory &d = models.directory();
        for (ObjectId id :
             d.spaces(AddressSpaceType::Provider) + d.spaces(AddressSpaceType::Customer))
            names << d.name(ObjectKind::AddressSpace, id);
        names.sort();
        return names;
    }
    void select(ObjectKind kind, const QList<ObjectId> &ids,
                ConsoleNodeKind node = ConsoleNodeKind::Root, ObjectId nodeId = 0)
    {
        ConsoleContext context;
        context.node = node;
        context.nodeId = nodeId;
        context.selectionKind = kind;
        context.view = kind == ObjectKind::Subnet ? ResultPane::View::Subnets
                : kind == ObjectKind::Range       ? ResultPane::View::Ranges
                : kind == ObjectKind::Address     ? ResultPane::View::Addresses
                                                  : ResultPane::View::Blocks;
        context.selection = ids;
        commands->setContext(context);
    }
    QAction *action(ConsoleCommands::Command command) const { return commands->action(command); }

    ConsoleModels models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::unique_ptr<QAbstractItemModelTester> treeTester;
    std::unique_ptr<ConsoleCommands> commands;
};

// Another console's change, as it arrives from another process: no objects, no label.
void forward(Console &console, const ChangeEvent &event)
{
    ChangeEvent remote = event;
    remote.local = false;
    remote.objects.clear();
    remote.label.clear();
    console.models.apply(remote);
}

} // namespace

// The console's side of role-based access control: what a principal sees (only the objects
// of its scopes, kept right while policies and scopes change), which commands it may use
// (disabled with the missing operation named), "Set Access Scope..." and its inheritance, and
// an editor that meets another admin's change (optimistic concurrency). On both backends.
class TestConsolePermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
    }
    void effectiveScopeFollowsParents();
    void limitedPrincipalSeesOnlyItsScopes_data() { addBackendRows(); }
    void limitedPrincipalSeesOnlyItsScopes();
    void globalPolicySeesEverythingWithoutChecks_data() { addBackendRows(); }
    void globalPolicySeesEverythingWithoutChecks();
    void commandsNameTheMissingOperation_data() { addBackendRows(); }
    void commandsNameTheMissingOperation();
    void editorOpensReadOnlyWithoutEdit_data() { addBackendRows(); }
    void editorOpensReadOnlyWithoutEdit();
    void setAccessScopeMovesSelectionAndInheritRestores_data() { addBackendRows(); }
    void setAccessScopeMovesSelectionAndInheritRestores();
    void effectivePermissionsOfTheSelectedObject_data() { addBackendRows(); }
    void effectivePermissionsOfTheSelectedObject();
    void deniedSetAccessScopeLeavesStoreUnchanged_data() { addBackendRows(); }
    void deniedSetAccessScopeLeavesStoreUnchanged();
    void windowShowsReasonsAndHidesPathDetails_data() { addBackendRows(); }
    void windowShowsReasonsAndHidesPathDetails();
    void conflictReopensEditorOnStoredVersion_data() { addBackendRows(); }
    void conflictReopensEditorOnStoredVersion();

private:
    std::unique_ptr<RbacFixture> start();
};

std::unique_ptr<RbacFixture> TestConsolePermissions::start()
{
    QFETCH(QString, backend);
    auto fixture = std::make_unique<RbacFixture>(backend);
    QString error;
    if (!fixture->testDb.isValid()) {
        if (fixture->testDb.error().startsWith(QLatin1String("skip:")))
            return nullptr;
    }
    if (!fixture->start(&error))
        qFatal("fixture: %s", qPrintable(error));
    fixture->user->setPrincipal(Principal{eve, {}});
    const WriteResult reader = fixture->adminAccess->addRole(readerRole, OperationSet());
    if (!reader.ok())
        qFatal("reader role: %s", qPrintable(reader.message));
    return fixture;
}

#define START_FIXTURE(fx) \
    std::unique_ptr<RbacFixture> fx = start(); \
    if (!fx) \
        QSKIP("no PostgreSQL server configured");

void TestConsolePermissions::effectiveScopeFollowsParents()
{
    // Space 1 has scope 5 of its own; its logical network 2 and site 3 inherit it, VM network 4
    // has scope 7; subnet 10 inherits from the space, subnet 11 has scope 8, and what lies in
    // subnet 11 (range 20, address 30) inherits from it unless it has its own (address 31).
    ConsoleAccess access;
    AddressSpace space;
    space.id = 1;
    space.accessScopeId = 5;
    space.accessScopeInherited = false;
    access.note(AnyObject(space));
    LogicalNetwork network;
    network.id = 2;
    network.spaceId = 1;
    network.accessScopeId = 5;
    access.note(AnyObject(network));
    NetworkSite site;
    site.id = 3;
    site.logicalNetworkId = 2;
    access.note(AnyObject(site));
    VmNetwork vm;
    vm.id = 4;
    vm.spaceId = 1;
    vm.accessScopeId = 7;
    vm.accessScopeInherited = false;
    access.note(AnyObject(vm));
    Subnet scoped;
    scoped.id = 11;
    scoped.spaceId = 1;
    scoped.accessScopeId = 8;
    scoped.accessScopeInherited = false;
    access.note(ObjectKind::Subnet, scoped);
    Address own;
    own.id = 31;
    own.accessScopeId = 9;
    own.accessScopeInherited = false;
    access.note(ObjectKind::Address, own);

    QCOMPARE(access.containerScope(ObjectKind::AddressSpace, 1), ObjectId(5));
    QCOMPARE(access.containerScope(ObjectKind::LogicalNetwork, 2), ObjectId(5));
    QCOMPARE(access.containerScope(ObjectKind::NetworkSite, 3), ObjectId(5));
    QCOMPARE(access.containerScope(ObjectKind::VmNetwork, 4), ObjectId(7));
    QCOMPARE(access.containerScope(ObjectKind::AddressSpace, 99), AccessScope::globalId);
    QCOMPARE(access.subnetScope(10, 1), ObjectId(5));
    QCOMPARE(access.subnetScope(11, 1), ObjectId(8));
    QCOMPARE(access.leafScope(ObjectKind::Range, 20, 11, 1), ObjectId(8));
    QCOMPARE(access.leafScope(ObjectKind::Address, 30, 10, 1), ObjectId(5));
    QCOMPARE(access.leafScope(ObjectKind::Address, 31, 11, 1), ObjectId(9));
    QCOMPARE(access.leafScope(ObjectKind::Block, 40, 0, 1), ObjectId(5));
    // New objects (not read from the store: no scope yet) take their parent's.
    Range range;
    range.spaceId = 1;
    range.subnetId = 11;
    QCOMPARE(access.effectiveScope(AnyObject(range)), ObjectId(8));
    NetworkSite newSite;
    newSite.logicalNetworkId = 2;
    QCOMPARE(access.effectiveScope(AnyObject(newSite)), ObjectId(5));
    QCOMPARE(access.effectiveScope(AnyObject(AddressSpace())), AccessScope::globalId);
    // A subnet that inherits again forgets its own scope.
    scoped.accessScopeId = 5;
    scoped.accessScopeInherited = true;
    access.note(ObjectKind::Subnet, scoped);
    QCOMPARE(access.subnetScope(11, 1), ObjectId(5));
    QVERIFY(!access.hasOwnScope(ObjectKind::Subnet, 11));
    // Not enforced: everything visible, everything allowed.
    QVERIFY(access.seesEverything());
    QVERIFY(access.allows(Operation::DeleteSubnet, 5));
}

void TestConsolePermissions::limitedPrincipalSeesOnlyItsScopes()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    const auto &dublin = fx->locations[QStringLiteral("Dublin")];
    const auto &west = fx->locations[QStringLiteral("West")];
    QVERIFY(fx->adminAccess
                    ->addPolicy(eve, false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    // A subnet of West with a scope of its own inside East: visible, inside an invisible space.
    Subnet own;
    own.spaceId = west.provider.id;
    own.networkId = prefix(QStringLiteral("10.9.0.0/24"));
    own.networkType = NetworkType::Provider;
    own = fx->adminCreate(own);
    QVERIFY(fx->adminAccess
                    ->setAccessScope({{ObjectKind::Subnet, own.id}},
                                     QStringLiteral("Global/East/Dublin"))
                    .ok());

    Console console(*fx->user);
    QVERIFY(console.models.load());
    console.watchTree();
    QVERIFY(!console.models.access().seesEverything());
    // East and its child Dublin; West only as the path to the subnet in Dublin's scope.
    QCOMPARE(console.subnetIds(), (QSet<ObjectId>{east.subnet.id, dublin.subnet.id, own.id}));
    QCOMPARE(console.spaceNames(),
             (QStringList{QStringLiteral("Dublin fabric"), QStringLiteral("Dublin tenant"),
                          QStringLiteral("East fabric"), QStringLiteral("East tenant"),
                          QStringLiteral("West fabric")}));
    QVERIFY(console.models.isPathOnly(ObjectKind::AddressSpace, west.provider.id));
    QVERIFY(!console.models.isPathOnly(ObjectKind::AddressSpace, east.provider.id));
    QVERIFY(!console.models.directory().logicalNetwork(west.logicalNetwork.id));
    QCOMPARE(console.models.blocks().rowCount(), 2); // East's and Dublin's
    // The row names its space although the space is out of sight.
    QCOMPARE(console.models.directory().name(ObjectKind::AddressSpace, own.spaceId),
             QStringLiteral("West fabric"));

    // Streaming the subnets from a worker (the console's start) filters the same way.
    {
        Console streamed(*fx->user);
        QSignalSpy finished(&streamed.models, &ConsoleModels::loadingFinished);
        QVERIFY(streamed.models.startLoading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toString(), QString());
        QCOMPARE(streamed.subnetIds(), console.subnetIds());
        QCOMPARE(streamed.spaceNames(), console.spaceNames());
        QCOMPARE(streamed.models.ranges().rowCount(), console.models.ranges().rowCount());
    }

    // Objects created in sight appear (local events), out of sight they do not.
    Subnet mine;
    mine.spaceId = east.provider.id;
    mine.networkId = prefix(QStringLiteral("10.1.0.0/24"));
    mine.networkType = NetworkType::Provider;
    ChangeSet create;
    create.create(mine);
    const WriteResult created = fx->user->submit(create);
    QVERIFY2(created.ok(), qPrintable(created.message));
    const ObjectId mineId = storedPart(created.objects.constFirst()).id;
    QVERIFY(console.subnetIds().contains(mineId));
    Range range;
    range.spaceId = east.provider.id;
    range.startAddress = ip(QStringLiteral("10.1.0.10"));
    range.endAddress = ip(QStringLiteral("10.1.0.20"));
    ChangeSet addRange;
    addRange.create(range);
    QVERIFY(fx->user->submit(addRange).ok());
    QCOMPARE(console.models.ranges().rowCount(), 1);

    // The admin moves West's provider space into East (another process): its subnets follow.
    console.unwatchTree(); // reloads from here on
    QObject::connect(fx->admin.get(), &WritePath::committed, &console.models,
                     [&console](const ChangeEvent &event) { forward(console, event); });
    QVERIFY(fx->adminAccess
                    ->setAccessScope({{ObjectKind::AddressSpace, west.provider.id}},
                                     QStringLiteral("Global/East"))
                    .ok());
    QVERIFY(console.subnetIds().contains(west.subnet.id));
    QVERIFY(!console.models.isPathOnly(ObjectKind::AddressSpace, west.provider.id));
    QVERIFY(console.models.directory().logicalNetwork(west.logicalNetwork.id));
    // Inheriting again takes it back out of sight.
    QVERIFY(fx->adminAccess
                    ->setAccessScope({{ObjectKind::AddressSpace, west.provider.id}}, std::nullopt)
                    .ok());
    QVERIFY(fx->adminAccess
                    ->setAccessScope({{ObjectKind::AddressSpace, west.provider.id}},
                                     QStringLiteral("Global/West"))
                    .ok());
    QVERIFY(!console.subnetIds().contains(west.subnet.id));

    // Policies change: eve now holds West instead of East.
    QSignalSpy accessChanged(&console.models, &ConsoleModels::accessChanged);
    QVERIFY(fx->adminAccess->addPolicy(eve, false, readerRole, QStringLiteral("Global/West")).ok());
    QVERIFY(fx->adminAccess
                    ->removePolicies(eve, builtinroles::asmAdministrator,
                                     QStringLiteral("Global/East"))
                    .ok());
    QVERIFY(accessChanged.count() >= 2);
    QCOMPARE(console.subnetIds(), (QSet<ObjectId>{west.subnet.id}));
    QCOMPARE(console.spaceNames(),
             (QStringList{QStringLiteral("West fabric"), QStringLiteral("West tenant")}));
    QCOMPARE(console.models.ranges().rowCount(), 0);
    // A new container in sight appears incrementally.
    console.watchTree();
    QVERIFY(fx->adminAccess
                    ->addPolicy(eve, false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/West"))
                    .ok()); // same visible scopes: no reload
    LogicalNetwork network;
    network.spaceId = west.provider.id;
    network.name = QStringLiteral("West LN 2");
    ChangeSet addNetwork;
    addNetwork.create(network);
    const WriteResult added = fx->user->submit(addNetwork);
    QVERIFY2(added.ok(), qPrintable(added.message));
    QVERIFY(console.models.directory().logicalNetwork(storedPart(added.objects.constFirst()).id));
}

void TestConsolePermissions::globalPolicySeesEverythingWithoutChecks()
{
    START_FIXTURE(fx);
    QVERIFY(fx->adminAccess->addPolicy(eve, false, readerRole, AccessScope::globalName).ok());
    Console console(*fx->user);
    QVERIFY(console.models.load());
    QVERIFY(console.models.access().seesEverything());
    QCOMPARE(qint64(console.models.subnets().rowCount()), fx->user->store().count<Subnet>());
    QCOMPARE(qint64(console.models.blocks().rowCount()), fx->user->store().count<Block>());
    // Nobody at all: sees nothing, and the tree still works.
    fx->user->setPrincipal(Principal{QStringLiteral("mallory"), {}});
    Console nobody(*fx->user);
    QVERIFY(nobody.models.load());
    QCOMPARE(nobody.models.subnets().rowCount(), 0);
    QCOMPARE(nobody.spaceNames(), QStringList());
}

void TestConsolePermissions::commandsNameTheMissingOperation()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    const auto &dublin = fx->locations[QStringLiteral("Dublin")];
    // Reads all of East, administers Dublin's address space.
    QVERIFY(fx->adminAccess->addPolicy(eve, false, readerRole, QStringLiteral("Global/East")).ok());
    QVERIFY(fx->adminAccess
                    ->addPolicy(eve, false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East/Dublin"))
                    .ok());
    Console console(*fx->user);
    QVERIFY(console.models.load());

    console.select(ObjectKind::Subnet, {east.subnet.id});
    QAction *remove = console.action(ConsoleCommands::DeleteSelection);
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(),
             QStringLiteral("Requires the operation \u201cDelete subnet\u201d in scope "
                            "Global/East"));
    QCOMPARE(remove->statusTip(), remove->toolTip());
    QVERIFY(!console.action(ConsoleCommands::AssignSelection)->isEnabled());
    QVERIFY(console.action(ConsoleCommands::AssignSelection)
                    ->toolTip()
                    .contains(QStringLiteral("\u201cAssign subnet\u201d")));
    QVERIFY(!console.action(ConsoleCommands::SetSelectionScope)->isEnabled());
    QVERIFY(console.action(ConsoleCommands::SetSelectionScope)
                    ->toolTip()
                    .contains(QStringLiteral("\u201cSet access scope\u201d in scope Global/East")));
    // Viewing is allowed: the editor is reachable, read-only.
    QVERIFY(console.action(ConsoleCommands::EditSelection)->isEnabled());
    QVERIFY(console.action(ConsoleCommands::EditSelection)
                    ->toolTip()
                    .startsWith(QStringLiteral("Read-only: Requires the operation \u201cEdit "
                                               "subnet\u201d")));

    console.select(ObjectKind::Subnet, {dublin.subnet.id});
    QVERIFY(remove->isEnabled());
    QVERIFY(!remove->toolTip().contains(QStringLiteral("Requires")));
    QVERIFY(console.action(ConsoleCommands::AssignSelection)->isEnabled());

    // A multi-selection needs the operation in every object's scope.
    console.select(ObjectKind::Subnet, {dublin.subnet.id, east.subnet.id});
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().endsWith(QStringLiteral("in scope Global/East")));

    // Adding goes into the node's container.
    console.select(ObjectKind::Subnet, {}, ConsoleNodeKind::ProviderSpace, east.provider.id);
    QAction *addSubnet = console.action(ConsoleCommands::AddSubnet);
    QVERIFY(!addSubnet->isEnabled());
    QCOMPARE(addSubnet->toolTip(),
             QStringLiteral("Requires the operation \u201cAdd subnet\u201d in scope Global/East"));
    QVERIFY(!console.action(ConsoleCommands::DeleteNode)->isEnabled());
    console.select(ObjectKind::Subnet, {}, ConsoleNodeKind::ProviderSpace, dublin.provider.id);
    QVERIFY(addSubnet->isEnabled());
    QVERIFY(console.action(ConsoleCommands::DeleteNode)->isEnabled());
    QVERIFY(!console.action(ConsoleCommands::AddSpace)->isEnabled()); // spaces land in Global
    QVERIFY(console.action(ConsoleCommands::AddSpace)
                    ->toolTip()
                    .contains(QStringLiteral("in scope Global")));

    // The actions pane's buttons carry the same tooltip.
    console.select(ObjectKind::Subnet, {east.subnet.id});
    ActionsPane pane;
    pane.setSections({{QStringLiteral("Subnet"), console.commands->selectionActions()}});
    QToolButton *button = nullptr;
    for (QToolButton *b : pane.findChildren<QToolButton *>()) {
        if (b->defaultAction() == remove)
            button = b;
    }
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), remove->toolTip());
    QVERIFY(console.commands->selectionActions().contains(
            console.action(ConsoleCommands::SetSelectionScope)));

    // A denied command does nothing even when triggered (a shortcut): the store is unchanged.
    const QString before = fx->fingerprint();
    remove->trigger();
    QCOMPARE(fx->fingerprint(), before);

    // New grants enable it at once.
    QVERIFY(fx->adminAccess
                    ->addPolicy(eve, false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    // The admin's change reaches this console as another process's would.
    forward(console, ChangeEvent{});
    QVERIFY(remove->isEnabled());
}

void TestConsolePermissions::editorOpensReadOnlyWithoutEdit()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    QVERIFY(fx->adminAccess->addPolicy(eve, false, readerRole, QStringLiteral("Global/East")).ok());
    Console console(*fx->user);
    QVERIFY(console.models.load());
    bool checked = false;
    whenDialogOpens<SubnetDialog>([&](SubnetDialog *dialog) {
        checked = true;
        QVERIFY(dialog->isReadOnly());
        QVERIFY(dialog->networkEdit()->isReadOnly());
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("space"))->isEnabled());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog->message().contains(QStringLiteral("\u201cEdit subnet\u201d in scope "
                                                          "Global/East")));
        dialog->accept(); // ignored: nothing is written
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    const QString before = fx->fingerprint();
    console.commands->edit(ObjectKind::Subnet, east.subnet.id);
    QVERIFY(checked);
    QCOMPARE(fx->fingerprint(), before);
}

void TestConsolePermissions::setAccessScopeMovesSelectionAndInheritRestores()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    const auto &west = fx->locations[QStringLiteral("West")];
    // Two more subnets of East's fabric, one holding a range.
    QList<ObjectId> ids;
    for (const char *text : {"10.2.0.0/24", "10.2.1.0/24"}) {
        Subnet s;
        s.spaceId = east.provider.id;
        s.networkId = prefix(QString::fromLatin1(text));
        s.networkType = NetworkType::Provider;
        ids.append(fx->adminCreate(s).id);
    }
    Range range;
    range.spaceId = east.provider.id;
    range.startAddress = ip(QStringLiteral("10.2.0.10"));
    range.endAddress = ip(QStringLiteral("10.2.0.20"));
    const ObjectId rangeId = fx->adminCreate(range).id;

    // The admin's console (a policy in Global): the command is enabled, the dialog moves both.
    Console console(*fx->admin);
    QVERIFY(console.models.load());
    console.select(ObjectKind::Subnet, ids);
    QAction *set = console.action(ConsoleCommands::SetSelectionScope);
    QVERIFY(set->isEnabled());
    bool shown = false;
    whenDialogOpens<SetAccessScopeDialog>([&](SetAccessScopeDialog *dialog) {
        shown = true;
        QCOMPARE(dialog->selectedPath(), QStringLiteral("Global/East")); // where they are
        QVERIFY(dialog->inheritBox()->isChecked());
        QVERIFY(!dialog->scopeTree()->isEnabled());
        dialog->inheritBox()->setChecked(false);
        QVERIFY(dialog->selectScope(QStringLiteral("Global/West")));
        dialog->accept();
        QVERIFY2(dialog->result().ok(), qPrintable(dialog->message()));
    });
    set->trigger();
    QVERIFY(shown);
    Store &store = fx->admin->store();
    for (ObjectId id : ids) {
        const Subnet s = *store.get<Subnet>(id);
        QCOMPARE(s.accessScopeId, west.scopeId);
        QVERIFY(!s.accessScopeInherited);
        QCOMPARE(console.models.scopeOf(ObjectKind::Subnet, id), west.scopeId);
        QVERIFY(console.models.access().hasOwnScope(ObjectKind::Subnet, id));
    }
    // The range inside follows its subnet (it inherits).
    QCOMPARE(store.get<Range>(rangeId)->accessScopeId, west.scopeId);
    QCOMPARE(console.models.scopeOf(ObjectKind::Range, rangeId), west.scopeId);

    // "Inherit access scope from parent" puts them back under their space's scope.
    shown = false;
    whenDialogOpens<SetAccessScopeDialog>([&](SetAccessScopeDialog *dialog) {
        shown = true;
        QCOMPARE(dialog->selectedPath(), QStringLiteral("Global/West"));
        QVERIFY(!dialog->inheritBox()->isChecked());
        dialog->inheritBox()->setChecked(true);
        dialog->accept();
        QVERIFY2(dialog->result().ok(), qPrintable(dialog->message()));
    });
    set->trigger();
    QVERIFY(shown);
    for (ObjectId id : ids) {
        const Subnet s = *store.get<Subnet>(id);
        QCOMPARE(s.accessScopeId, east.scopeId);
        QVERIFY(s.accessScopeInherited);
        QCOMPARE(console.models.scopeOf(ObjectKind::Subnet, id), east.scopeId);
    }
    QCOMPARE(store.get<Range>(rangeId)->accessScopeId, east.scopeId);

    // Set on a node's container (a logical network), through the node command.
    console.select(ObjectKind::Subnet, {}, ConsoleNodeKind::LogicalNetwork, east.logicalNetwork.id);
    QVERIFY(console.commands->nodeActions().contains(
            console.action(ConsoleCommands::SetNodeScope)));
    whenDialogOpens<SetAccessScopeDialog>([&](SetAccessScopeDialog *dialog) {
        dialog->inheritBox()->setChecked(false);
        QVERIFY(dialog->selectScope(QStringLiteral("Global/East/Dublin")));
        dialog->accept();
    });
    console.action(ConsoleCommands::SetNodeScope)->trigger();
    QCOMPARE(store.get<LogicalNetwork>(east.logicalNetwork.id)->accessScopeId,
             fx->locations[QStringLiteral("Dublin")].scopeId);
    QCOMPARE(store.get<NetworkSite>(east.site.id)->accessScopeId,
             fx->locations[QStringLiteral("Dublin")].scopeId);
}

void TestConsolePermissions::deniedSetAccessScopeLeavesStoreUnchanged()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    QVERIFY(fx->adminAccess
                    ->addPolicy(eve, false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    Console console(*fx->user);
    QVERIFY(console.models.load());
    const QString before = fx->fingerprint();
    const qint64 denials = fx->deniedAuditRows();
    // The command is disabled; the dialog, opened anyway, is refused by the write path.
    console.select(ObjectKind::Subnet, {east.subnet.id});
    QVERIFY(!console.action(ConsoleCommands::SetSelectionScope)->isEnabled());
    SetAccessScopeDialog dialog(*fx->user, {{ObjectKind::Subnet, east.subnet.id}},
                                QStringLiteral("subnet"));
    dialog.show();
    QVERIFY(dialog.selectScope(QStringLiteral("Global/East/Dublin")));
    dialog.accept();
    QCOMPARE(dialog.result().status, WriteStatus::Denied);
    QVERIFY2(dialog.message().startsWith(QStringLiteral("permission denied: eve may not set "
                                                        "access scope")),
             qPrintable(dialog.message()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(fx->fingerprint(), before);
    QCOMPARE(fx->deniedAuditRows(), denials + 1);
    QCOMPARE(console.models.scopeOf(ObjectKind::Subnet, east.subnet.id), east.scopeId);
}

void TestConsolePermissions::windowShowsReasonsAndHidesPathDetails()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    const auto &west = fx->locations[QStringLiteral("West")];
    QVERIFY(fx->adminAccess->addPolicy(eve, false, readerRole, QStringLiteral("Global/East")).ok());
    // West's fabric gets a subnet of East's scope: West is then a path node for eve.
    Subnet inEast;
    inEast.spaceId = west.provider.id;
    inEast.networkId = prefix(QStringLiteral("10.7.0.0/24"));
    inEast.networkType = NetworkType::Provider;
    inEast = fx->adminCreate(inEast);
    QVERIFY(fx->adminAccess
                    ->setAccessScope({{ObjectKind::Subnet, inEast.id}},
                                     QStringLiteral("Global/East"))
                    .ok());
    ConsoleModels models(*fx->user);
    models.setAccessControlEnforced(true);
    QVERIFY(models.load());
    MainWindow window(models);
    window.show();
    QVERIFY(window.selectNode(ConsoleNodeKind::ProviderSpace, east.provider.id));
    QAction *addSubnet = window.commands()->action(ConsoleCommands::AddSubnet);
    QToolButton *button = nullptr;
    for (QToolButton *b : window.actionsPane()->findChildren<QToolButton *>()) {
        if (b->defaultAction() == addSubnet)
            button = b;
    }
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(),
             QStringLiteral("Requires the operation \u201cAdd subnet\u201d in scope Global/East"));
    // Menus show the tooltips of their actions (QMenu hides them by default).
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu()
            && (menu->text() == QStringLiteral("&Edit")
                || menu->text() == QStringLiteral("&Action")))
            QVERIFY(menu->menu()->toolTipsVisible());
    }
    // The details of a visible space list its access scope...
    auto propertyNames = [&window] {
        QStringList names;
        QTreeWidget *tree = window.detailsPane()->properties();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            names << tree->topLevelItem(i)->text(0);
        return names;
    };
    QVERIFY(propertyNames().contains(QStringLiteral("AccessScopePath")));
    QVERIFY(propertyNames().contains(QStringLiteral("Owner")));
    // ... a path node shows no properties of its own, and offers nothing to do with it.
    QVERIFY(models.isPathOnly(ObjectKind::AddressSpace, west.provider.id));
    QVERIFY(window.selectNode(ConsoleNodeKind::ProviderSpace, west.provider.id));
    QVERIFY(!propertyNames().contains(QStringLiteral("Owner")));
    QVERIFY(!window.commands()->action(ConsoleCommands::EditNode)->isEnabled());
    QVERIFY(window.commands()
                    ->action(ConsoleCommands::EditNode)
                    ->toolTip()
                    .startsWith(QStringLiteral("Outside your access scopes")));
    window.close();
}

void TestConsolePermissions::conflictReopensEditorOnStoredVersion()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    // A second admin on a second connection to the same store.
    WritePath other(fx->testDb.open(), fx->adminPrincipal);
    other.setAuthorizer(makeAuthorizer(fx->db));
    Console console(*fx->admin);
    QVERIFY(console.models.load());
    const qint64 version = fx->admin->store().get<Subnet>(east.subnet.id)->version;

    QString conflictMessage;
    QString ownerShown;
    qint64 storedWhileReopened = -1;
    QString ownerWhileReopened;
    whenDialogOpens<SubnetDialog>([&](SubnetDialog *first) {
        first->findChild<QLineEdit *>(QStringLiteral("owner"))->setText(QStringLiteral("mine"));
        // Meanwhile the other admin edits the same subnet.
        Subnet theirs = *other.store().get<Subnet>(east.subnet.id);
        theirs.owner = QStringLiteral("theirs");
        ChangeSet change;
        change.update(theirs, theirs.version);
        const WriteResult r = other.submit(change);
        QVERIFY2(r.ok(), qPrintable(r.message));
        whenDialogOpens<SubnetDialog>([&](SubnetDialog *second) {
            conflictMessage = second->message();
            ownerShown = second->findChild<QLineEdit *>(QStringLiteral("owner"))->text();
            const Subnet stored = *fx->admin->store().get<Subnet>(east.subnet.id);
            storedWhileReopened = stored.version;
            ownerWhileReopened = stored.owner;
            // Make the change again on the stored version: it goes through.
            second->findChild<QLineEdit *>(QStringLiteral("owner"))
                    ->setText(QStringLiteral("mine"));
            second->accept();
        });
        first->accept(); // conflicts: nothing is written, the editor reopens
    });
    console.commands->edit(ObjectKind::Subnet, east.subnet.id);
    QVERIFY2(conflictMessage.contains(QStringLiteral("changed by someone else meanwhile")),
             qPrintable(conflictMessage));
    // The reopened editor shows the other admin's version; the first OK overwrote nothing.
    QCOMPARE(ownerShown, QStringLiteral("theirs"));
    QCOMPARE(ownerWhileReopened, QStringLiteral("theirs"));
    QCOMPARE(storedWhileReopened, version + 1);
    const Subnet final = *fx->admin->store().get<Subnet>(east.subnet.id);
    QCOMPARE(final.owner, QStringLiteral("mine"));
    QCOMPARE(final.version, version + 2);
}

QTEST_MAIN(TestConsolePermissions)
// "Effective Permissions..." on one selected object opens at the object's scope for the acting
// principal: a limited admin sees what its East policy grants there, and why.
void TestConsolePermissions::effectivePermissionsOfTheSelectedObject()
{
    START_FIXTURE(fx);
    const auto &east = fx->locations[QStringLiteral("East")];
    QVERIFY(fx->adminAccess
                    ->addPolicy(eve, false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    Console console(*fx->user);
    QVERIFY(console.models.load());
    QAction *permissions = console.action(ConsoleCommands::SelectionPermissions);
    console.select(ObjectKind::Subnet, {});
    QVERIFY(!permissions->isEnabled()); // nothing selected
    console.select(ObjectKind::Subnet, {east.subnet.id});
    QVERIFY(permissions->isEnabled());
    QVERIFY(console.commands->selectionActions().contains(permissions));
    bool shown = false;
    whenDialogOpens<EffectivePermissionsDialog>([&](EffectivePermissionsDialog *dialog) {
        shown = true;
        QCOMPARE(dialog->model()->scopeId(), east.scopeId);
        QCOMPARE(dialog->principalEdit()->text(), fx->user->principal().name);
        // What the console's own grants allow there: the ASM Administrator's operations.
        const OperationSet granted = console.models.access().grants().operationsIn(east.scopeId);
        QVERIFY(granted.contains(Operation::EditSubnet));
        QCOMPARE(dialog->model()->allowedCount(), int(granted.size()));
        dialog->reject();
    });
    permissions->trigger();
    QVERIFY(shown);
}

#include "tst_consolepermissions.moc"
