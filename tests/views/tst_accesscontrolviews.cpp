// The ACCESS CONTROL views driven with QTest over a real store (the RBAC fixture: scopes
// Global > East > Dublin and Global > West, kim holding a custom role in East): the role
// dialog, the policy dialog, the scope tree's drag-move, effective permissions, the
// main window's integration, and a limited principal's disabled actions.

#include "rbacfixture.h"

#include "accesscontrolpage.h"
#include "accesspoliciespage.h"
#include "accessscopedialog.h"
#include "accessscopespage.h"
#include "effectivepermissionsdialog.h"
#include "items/accesspolicymodel.h"
#include "items/accessscopemodel.h"
#include "items/consolemodels.h"
#include "items/effectivepermissionsmodel.h"
#include "items/operationtreemodel.h"
#include "items/rolelistmodel.h"
#include "mainwindow.h"
#include "policydialog.h"
#include "roledialog.h"
#include "rolespage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace ipam;
using namespace ipam::test;

namespace {

QSet<QString> pairsOf(AccessControlStore &store, const QString &principal)
{
    AccessControlTables &t = store.tables();
    QSet<QString> pairs;
    for (const PrincipalPolicy &p :
         AccessPolicyModel::group(t.policies(), t.rolesById(), t.scopeTree())) {
        if (p.userOrGroup == principal) {
            for (const PrincipalPolicy::Pair &pair : p.pairs)
                pairs.insert(pair.role + QStringLiteral(" @ ") + pair.scopePath);
        }
    }
    return pairs;
}

void choose(QTableWidget *table, int row, const QString &role, const QString &scope)
{
    auto *roles = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
    auto *scopes = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
    QVERIFY(roles && scopes);
    roles->setCurrentIndex(roles->findText(role));
    scopes->setCurrentIndex(scopes->findText(scope));
    QCOMPARE(roles->currentText(), role);
    QCOMPARE(scopes->currentText(), scope);
}

// Drops `data` onto `target` of `view` the way a drag does: enter, move, drop on the viewport.
bool dropOnto(QAbstractItemView *view, QMimeData *data, const QModelIndex &target)
{
    const QPoint at = view->visualRect(target).center();
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

// Closed dialogs delete themselves later: wait until none of that type is left.
template<typename T>
bool noChildLeft(QWidget *parent)
{
    return QTest::qWaitFor([&] { return parent->findChild<T *>() == nullptr; }, 2000);
}

template<typename T>
T *waitForChild(QWidget *parent, const QString &name = QString())
{
    T *child = nullptr;
    if (!QTest::qWaitFor([&] { return (child = parent->findChild<T *>(name)) != nullptr; }, 2000))
        qFatal("no %s opened", T::staticMetaObject.className());
    return child;
}

} // namespace

class TestAccessControlViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roleDialogChecksGroupsCountsAndFilters_data() { addBackendRows(); }
    void roleDialogChecksGroupsCountsAndFilters();
    void roleDialogOpensBuiltInRolesReadOnly();
    void roleDialogShowsTheWritePathsRefusal();
    void rolesPageAddsCopiesAndRefusesToRemoveARoleInUse();
    void policyDialogAddsAndEditsPairs_data() { addBackendRows(); }
    void policyDialogAddsAndEditsPairs();
    void policyDialogSaysWhatWasAppliedBeforeARefusal();
    void scopesPageAddsRenamesAndRemoves();
    void scopeTreeMovesAScopeDraggedOntoAnother_data() { addBackendRows(); }
    void scopeTreeMovesAScopeDraggedOntoAnother();
    void effectivePermissionsShowWhy_data() { addBackendRows(); }
    void effectivePermissionsShowWhy();
    void effectivePermissionsFollowTheChosenPrincipal_data() { addBackendRows(); }
    void effectivePermissionsFollowTheChosenPrincipal();
    void mainWindowShowsTheAccessViewsAndFollowsCommits();
    void limitedPrincipalSeesEditActionsDisabled();

private:
    AccessControlStore &admin() { return *m_fixture->adminAccess; }
    ObjectId scope(const QString &name) { return m_fixture->locations.value(name).scopeId; }

    std::unique_ptr<RbacFixture> m_fixture;
};

void TestAccessControlViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestAccessControlViews::init()
{
    // Tests with a "backend" column run on both stores; the others on SQLite.
    const char *tag = QTest::currentDataTag();
    m_fixture = std::make_unique<RbacFixture>(tag && qstrcmp(tag, "postgresql") == 0
                                                      ? QStringLiteral("postgresql")
                                                      : QStringLiteral("sqlite"));
    IPAM_REQUIRE_DATABASE(m_fixture->testDb);
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    QVERIFY(admin().addRole(QStringLiteral("Assigners"), {Operation::AssignSubnet}).ok());
    QVERIFY(admin().addPolicy(QStringLiteral("kim"), false, QStringLiteral("Assigners"),
                              QStringLiteral("Global/East"))
                    .ok());
}

void TestAccessControlViews::cleanup()
{
    // Message boxes and dialogs left open by a failed check must not leak into the next test.
    for (QWidget *w : QApplication::topLevelWidgets())
        delete w;
    m_fixture.reset();
}

void TestAccessControlViews::roleDialogChecksGroupsCountsAndFilters()
{
    RoleDialog dialog(admin(), RoleDialog::Mode::Add);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.countLabel()->text(), QStringLiteral("0 of %1 operations selected").arg(operationCount));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no name yet

    // Space on a group checks all of its operations.
    QTreeView *view = dialog.operationView();
    OperationTreeModel *model = dialog.operationModel();
    QSortFilterProxyModel *proxy = dialog.filterModel();
    view->setFocus();
    view->setCurrentIndex(
            proxy->mapFromSource(model->indexOf(OperationGroup::AddressSubnetOperations)));
    QTest::keyClick(view, Qt::Key_Space);
    for (Operation o : operationsOf(OperationGroup::AddressSubnetOperations))
        QVERIFY(model->operations().contains(o));
    QCOMPARE(dialog.countLabel()->text(), QStringLiteral("4 of %1 operations selected").arg(operationCount));

    // The filter hides what does not match; a matching operation keeps its group.
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("range"));
    QCOMPARE(proxy->rowCount(), 1);
    QVERIFY(!proxy->mapFromSource(model->indexOf(Operation::AddSubnet)).isValid());
    const QModelIndex addRange = proxy->mapFromSource(model->indexOf(Operation::AddRange));
    QVERIFY(addRange.isValid());
    QVERIFY(view->isExpanded(addRange.parent()));
    view->setCurrentIndex(addRange);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(dialog.countLabel()->text(), QStringLiteral("5 of %1 operations selected").arg(operationCount));
    dialog.filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), model->rowCount());

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Subnet editors"));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Subnets and ranges"));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // A taken name is caught while typing.
    dialog.nameEdit()->setText(QStringLiteral("assigners"));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("already exists")));
    dialog.nameEdit()->setText(QStringLiteral("Subnet editors"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<UserRole> role = admin().tables().roleByName(QStringLiteral("Subnet "
                                                                                    "editors"));
    QVERIFY(role);
    OperationSet expected = OperationSet::of(OperationGroup::AddressSubnetOperations);
    expected.insert(Operation::AddRange);
    QCOMPARE(role->operations, expected);
    QCOMPARE(role->description, QStringLiteral("Subnets and ranges"));
}

void TestAccessControlViews::roleDialogOpensBuiltInRolesReadOnly()
{
    const UserRole asm_ = *admin().tables().roleByName(builtinroles::asmAdministrator);
    RoleDialog dialog(admin(), RoleDialog::Mode::View, asm_);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Close));
    QVERIFY(dialog.nameEdit()->isReadOnly());
    QVERIFY(dialog.descriptionEdit()->isReadOnly());
    QCOMPARE(dialog.countLabel()->text(),
             QStringLiteral("%1 of %2 operations selected").arg(asm_.operations.size()).arg(operationCount));
    QTreeView *view = dialog.operationView();
    view->setFocus();
    view->setCurrentIndex(dialog.filterModel()->mapFromSource(
            dialog.operationModel()->indexOf(OperationGroup::AddressSubnetOperations)));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(dialog.operationModel()->operations(), asm_.operations);
    // The page opens built-ins this way too.
    AccessControlPage page(*m_fixture->admin);
    page.showNode(ConsoleNodeKind::Roles);
    RolesPage *roles = page.rolesPage();
    QVERIFY(roles->selectRole(builtinroles::asmAdministrator));
    QCOMPARE(roles->editAction()->text(), QStringLiteral("View User Role..."));
    QVERIFY(!roles->removeAction()->isEnabled());
    roles->editAction()->trigger();
    auto *opened = waitForChild<RoleDialog>(roles);
    QCOMPARE(opened->mode(), RoleDialog::Mode::View);
}

void TestAccessControlViews::roleDialogShowsTheWritePathsRefusal()
{
    m_fixture->user->setPrincipal(Principal{QStringLiteral("kim"), {}});
    RoleDialog dialog(*m_fixture->userAccess, RoleDialog::Mode::Add);
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Mine"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.messageLabel()->text().startsWith(
                     QStringLiteral("permission denied: kim may not add role")),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!admin().tables().roleByName(QStringLiteral("Mine")));
}

void TestAccessControlViews::rolesPageAddsCopiesAndRefusesToRemoveARoleInUse()
{
    AccessControlPage page(*m_fixture->admin);
    page.setConfirmation([](const QString &, const QString &) { return true; });
    page.showNode(ConsoleNodeKind::Roles);
    page.show();
    RolesPage *roles = page.rolesPage();
    QCOMPARE(roles->model()->rowCount(), 9);
    QVERIFY(roles->addAction()->isEnabled());

    // Copy opens the Add dialog filled from the role; OK adds it and the list shows it.
    QVERIFY(roles->selectRole(QStringLiteral("Assigners")));
    roles->copyAction()->trigger();
    auto *copy = waitForChild<RoleDialog>(roles);
    QCOMPARE(copy->nameEdit()->text(), QStringLiteral("Copy of Assigners"));
    QCOMPARE(copy->operationModel()->operations(), OperationSet{Operation::AssignSubnet});
    QTest::mouseClick(copy->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(roles->model()->rowCount(), 10);
    QVERIFY(admin().tables().roleByName(QStringLiteral("Copy of Assigners")));
    QVERIFY(noChildLeft<RoleDialog>(roles));

    // Remove is refused by the store while kim's policy uses the role; its message is shown.
    QVERIFY(roles->selectRole(QStringLiteral("Assigners")));
    QVERIFY(roles->removeAction()->isEnabled());
    roles->removeAction()->trigger();
    QVERIFY2(roles->lastFailure().contains(QStringLiteral("is used by 1 access policy")),
             qPrintable(roles->lastFailure()));
    auto *box = waitForChild<QMessageBox>(roles, QStringLiteral("accessControlFailure"));
    QCOMPARE(box->text(), roles->lastFailure());
    box->close();
    QVERIFY(admin().tables().roleByName(QStringLiteral("Assigners")));
    // An unused one goes.
    QVERIFY(roles->selectRole(QStringLiteral("Copy of Assigners")));
    roles->removeAction()->trigger();
    QCOMPARE(roles->model()->rowCount(), 9);
    QVERIFY(!admin().tables().roleByName(QStringLiteral("Copy of Assigners")));
}

void TestAccessControlViews::policyDialogAddsAndEditsPairs()
{
    {
        PolicyDialog dialog(admin());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.principalEdit(), QStringLiteral("lee"));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no pair yet
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addPair"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.pairTable()->rowCount(), 2);
        choose(dialog.pairTable(), 0, QStringLiteral("Assigners"), QStringLiteral("Global/East"));
        choose(dialog.pairTable(), 1, builtinroles::asmAdministrator,
               QStringLiteral("Global/West"));
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(pairsOf(admin(), QStringLiteral("lee")),
             (QSet<QString>{QStringLiteral("Assigners @ Global/East"),
                            QStringLiteral("IPAM ASM Administrator Role @ Global/West")}));

    // Editing: the principal is fixed; one pair removed, one added, one kept.
    AccessControlPage page(*m_fixture->admin);
    page.setConfirmation([](const QString &, const QString &) { return true; });
    page.showNode(ConsoleNodeKind::AccessPolicies);
    page.show();
    AccessPoliciesPage *policies = page.policiesPage();
    QVERIFY(policies->selectPrincipal(QStringLiteral("lee")));
    policies->editAction()->trigger();
    auto *edit = waitForChild<PolicyDialog>(policies);
    QVERIFY(edit->principalEdit()->isReadOnly());
    QCOMPARE(edit->pairTable()->rowCount(), 2);
    edit->pairTable()->setCurrentCell(0, 0); // Assigners in East
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("removePair")), Qt::LeftButton);
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("addPair")), Qt::LeftButton);
    choose(edit->pairTable(), 1, builtinroles::ipAddressRecordAdministrator,
           QStringLiteral("Global/East/Dublin"));
    QTest::mouseClick(edit->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(pairsOf(admin(), QStringLiteral("lee")),
             (QSet<QString>{QStringLiteral("IPAM ASM Administrator Role @ Global/West"),
                            QStringLiteral("IP Address Record Administrator Role @ "
                                           "Global/East/Dublin")}));
    // The list shows it after the edit.
    const int row = policies->model()->rowOf(QStringLiteral("u:lee"));
    QTRY_COMPARE(policies->model()->index(row, AccessPolicyModel::PairsColumn).data().toString(),
                 QStringLiteral("IP Address Record Administrator Role in Global/East/Dublin; "
                                "IPAM ASM Administrator Role in Global/West"));
    // Delete removes every pair of the principal.
    QVERIFY(policies->selectPrincipal(QStringLiteral("lee")));
    policies->removeAction()->trigger();
    QVERIFY(pairsOf(admin(), QStringLiteral("lee")).isEmpty());
    QCOMPARE(policies->model()->rowOf(QStringLiteral("u:lee")), -1);
}

void TestAccessControlViews::policyDialogSaysWhatWasAppliedBeforeARefusal()
{
    // ann administers Global/East only: she may grant policies there, not in West.
    QVERIFY(admin().addPolicy(QStringLiteral("ann"), false, builtinroles::administrator,
                              QStringLiteral("Global/East"))
                    .ok());
    m_fixture->user->setPrincipal(Principal{QStringLiteral("ann"), {}});
    PolicyDialog dialog(*m_fixture->userAccess);
    dialog.show();
    dialog.principalEdit()->setText(QStringLiteral("lee"));
    dialog.addPair(QStringLiteral("Assigners"), QStringLiteral("Global/East/Dublin"));
    dialog.addPair(QStringLiteral("Assigners"), QStringLiteral("Global/West"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString message = dialog.messageLabel()->text();
    QVERIFY2(message.startsWith(QStringLiteral("permission denied: ann may not add access "
                                               "policy")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("(1 of 2 changes were applied before it)")),
             qPrintable(message));
    QCOMPARE(pairsOf(admin(), QStringLiteral("lee")),
             QSet<QString>{QStringLiteral("Assigners @ Global/East/Dublin")});
    // Without the refused pair, OK finds nothing left to do and closes.
    dialog.pairTable()->setCurrentCell(1, 0);
    dialog.removeCurrentPair();
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(pairsOf(admin(), QStringLiteral("lee")).size(), 1);
}

void TestAccessControlViews::scopesPageAddsRenamesAndRemoves()
{
    AccessControlPage page(*m_fixture->admin);
    page.setConfirmation([](const QString &, const QString &) { return true; });
    page.showNode(ConsoleNodeKind::AccessScopes);
    page.show();
    AccessScopesPage *scopes = page.scopesPage();
    QCOMPARE(scopes->currentScope(), AccessScope::globalId); // selected at first
    QVERIFY(scopes->addAction()->isEnabled());
    scopes->view()->clearSelection();
    QVERIFY(!scopes->addAction()->isEnabled());
    QCOMPARE(scopes->addAction()->toolTip(),
             QStringLiteral("Select the access scope to add under"));
    QVERIFY(scopes->selectScope(QStringLiteral("Global/East")));
    QVERIFY(scopes->addAction()->isEnabled());
    scopes->addAction()->trigger();
    auto *add = waitForChild<AccessScopeDialog>(scopes);
    QTest::keyClicks(add->nameEdit(), QStringLiteral("Galway"));
    QTest::keyClicks(add->descriptionEdit(), QStringLiteral("west coast"));
    add->accept();
    QVERIFY(noChildLeft<AccessScopeDialog>(scopes));
    QVERIFY(admin().tables().scopeTree().idForPath(QStringLiteral("Global/East/Galway")));
    AccessScopeModel *model = scopes->model();
    const ObjectId galway = *model->tree().idForPath(QStringLiteral("Global/East/Galway"));
    QCOMPARE(model->indexOf(galway, AccessScopeModel::DescriptionColumn).data().toString(),
             QStringLiteral("west coast"));

    QVERIFY(scopes->selectScope(QStringLiteral("Global/East/Galway")));
    scopes->editAction()->trigger();
    auto *rename = waitForChild<AccessScopeDialog>(scopes);
    rename->nameEdit()->setText(QStringLiteral("Gal/way"));
    QVERIFY(rename->messageLabel()->text().contains(QStringLiteral("cannot contain")));
    rename->nameEdit()->setText(QStringLiteral("Dublin")); // a sibling name: the store refuses
    rename->accept();
    QVERIFY(rename->isVisible());
    QVERIFY(rename->messageLabel()->text().contains(QStringLiteral("already exists")));
    rename->nameEdit()->setText(QStringLiteral("Connacht"));
    rename->accept();
    QCOMPARE(model->pathOf(model->indexOf(galway)), QStringLiteral("Global/East/Connacht"));

    // Global cannot be removed; a removed scope's objects go to its parent.
    QVERIFY(scopes->selectScope(QStringLiteral("Global")));
    QVERIFY(!scopes->removeAction()->isEnabled());
    QCOMPARE(scopes->removeAction()->toolTip(),
             QStringLiteral("Access scope Global cannot be deleted"));
    QVERIFY(scopes->selectScope(QStringLiteral("Global/East/Dublin")));
    scopes->removeAction()->trigger();
    QVERIFY(!admin().tables().scopeTree().idForPath(QStringLiteral("Global/East/Dublin")));
    QCOMPARE(model->objectCount(scope(QStringLiteral("East"))), 14);
}

void TestAccessControlViews::scopeTreeMovesAScopeDraggedOntoAnother()
{
    AccessControlPage page(*m_fixture->admin);
    page.showNode(ConsoleNodeKind::AccessScopes);
    page.resize(800, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    AccessScopesPage *scopes = page.scopesPage();
    AccessScopeModel *model = scopes->model();
    QTreeView *view = scopes->view();
    view->expandAll();
    const ObjectId dublin = scope(QStringLiteral("Dublin"));
    const ObjectId west = scope(QStringLiteral("West"));

    // Global cannot be dragged anywhere; Dublin onto West moves it there.
    std::unique_ptr<QMimeData> global(model->mimeData({model->indexOf(AccessScope::globalId)}));
    QVERIFY(!dropOnto(view, global.get(), model->indexOf(west)));
    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(dublin)}));
    // Onto its own child scope... Dublin has none: onto itself is refused.
    QVERIFY(!dropOnto(view, data.get(), model->indexOf(dublin)));
    QVERIFY(dropOnto(view, data.get(), model->indexOf(west)));
    QCOMPARE(admin().tables().scopeTree().path(dublin), QStringLiteral("Global/West/Dublin"));
    QCOMPARE(model->indexOf(dublin).parent(), model->indexOf(west));
    QVERIFY(view->isExpanded(model->indexOf(west)));
    // Kim's policy in East no longer reaches Dublin.
    const AccessGrants kim = admin().tables().grantsFor(Principal{QStringLiteral("kim"), {}});
    QVERIFY(!kim.allows(Operation::AssignSubnet, dublin));
}

void TestAccessControlViews::effectivePermissionsShowWhy()
{
    QVERIFY(admin().addPolicy(QStringLiteral("netops"), true, builtinroles::asmAdministrator,
                              QStringLiteral("Global/West"))
                    .ok());
    AccessControlPage page(*m_fixture->admin);
    EffectivePermissionsDialog *dialog
            = page.showEffectivePermissions(scope(QStringLiteral("Dublin")));
    QCOMPARE(dialog->scopeCombo()->currentText(), QStringLiteral("Global/East/Dublin"));
    dialog->principalEdit()->setText(QStringLiteral("kim"));
    EffectivePermissionsModel *model = dialog->model();
    const int assign = int(Operation::AssignSubnet);
    QVERIFY(model->index(assign, 0).data(EffectivePermissionsModel::AllowedRole).toBool());
    QCOMPARE(model->index(assign, EffectivePermissionsModel::GrantedByColumn).data().toString(),
             QStringLiteral("user kim: Assigners in Global/East"));
    QVERIFY(!model->index(int(Operation::AddSubnet), 0)
                     .data(EffectivePermissionsModel::AllowedRole)
                     .toBool());
    QCOMPARE(dialog->summaryLabel()->text(),
             QStringLiteral("kim may perform 1 of %1 operations in Global/East/Dublin, and can "
                            "see the objects there.")
                     .arg(operationCount));
    // kim as a member of netops, in West: the group's ASM role, not kim's own.
    dialog->groupsEdit()->setText(QStringLiteral("netops"));
    dialog->scopeCombo()->setCurrentIndex(dialog->scopeCombo()->findText(QStringLiteral("Global/"
                                                                                        "West")));
    QCOMPARE(model->index(int(Operation::AddSubnet), EffectivePermissionsModel::GrantedByColumn)
                     .data()
                     .toString(),
             QStringLiteral("group netops: IPAM ASM Administrator Role in Global/West"));
    QVERIFY(model->index(assign, 0).data(EffectivePermissionsModel::AllowedRole).toBool());
    QCOMPARE(model->reasons(Operation::AssignSubnet).size(), 1);
    // Someone without any policy sees nothing.
    dialog->groupsEdit()->clear();
    dialog->principalEdit()->setText(QStringLiteral("nobody"));
    QCOMPARE(model->allowedCount(), 0);
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("cannot see")));
}

void TestAccessControlViews::effectivePermissionsFollowTheChosenPrincipal()
{
    QVERIFY(admin().addPolicy(QStringLiteral("netops"), true, builtinroles::asmAdministrator,
                              QStringLiteral("Global/West"))
                    .ok());
    const ObjectId west = scope(QStringLiteral("West"));
    const int addSubnet = int(Operation::AddSubnet);
    {
        // Opened for alice of netops; typing kim evaluates kim with kim's groups (none here:
        // kim is no OS user), not with alice's.
        EffectivePermissionsDialog dialog(
                admin(), Principal{QStringLiteral("alice"), {QStringLiteral("netops")}}, west);
        EffectivePermissionsModel *model = dialog.model();
        QCOMPARE(dialog.groupsEdit()->text(), QStringLiteral("netops"));
        QVERIFY(model->index(addSubnet, 0).data(EffectivePermissionsModel::AllowedRole).toBool());
        dialog.principalEdit()->selectAll();
        QTest::keyClicks(dialog.principalEdit(), QStringLiteral("kim"));
        QCOMPARE(dialog.groupsEdit()->text(), QString());
        QVERIFY(!model->index(addSubnet, 0).data(EffectivePermissionsModel::AllowedRole).toBool());
        QVERIFY(dialog.summaryLabel()->text().startsWith(QStringLiteral("kim may perform 0 ")));
        // An OS user brings its own groups.
        dialog.principalEdit()->setText(QStringLiteral("root"));
        QVERIFY(dialog.groupsEdit()
                        ->text()
                        .split(QStringLiteral(", "))
                        .contains(QStringLiteral("root")));
        dialog.principalEdit()->setText(QStringLiteral("alice"));
        QCOMPARE(dialog.groupsEdit()->text(), QStringLiteral("netops"));
    }
    // From Access Policies, the dialog opens on the selected user or group.
    AccessControlPage page(*m_fixture->admin);
    page.showNode(ConsoleNodeKind::AccessPolicies);
    page.resize(800, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.policiesPage()->selectPrincipal(QStringLiteral("kim")));
    EffectivePermissionsDialog *dialog = page.showEffectivePermissions(west);
    QCOMPARE(dialog->principalEdit()->text(), QStringLiteral("kim"));
    QCOMPARE(dialog->kindCombo()->currentData().toBool(), false);
    QCOMPARE(dialog->groupsEdit()->text(), QString());
    dialog->close();
    QVERIFY(page.policiesPage()->selectPrincipal(QStringLiteral("netops"), true));
    dialog = page.showEffectivePermissions(west);
    QCOMPARE(dialog->principalEdit()->text(), QStringLiteral("netops"));
    QCOMPARE(dialog->kindCombo()->currentData().toBool(), true);
    QVERIFY(dialog->model()
                    ->index(addSubnet, 0)
                    .data(EffectivePermissionsModel::AllowedRole)
                    .toBool());
    dialog->close();
}

void TestAccessControlViews::mainWindowShowsTheAccessViewsAndFollowsCommits()
{
    ConsoleModels models(*m_fixture->admin);
    QString error;
    QVERIFY2(models.load(&error), qPrintable(error));
    MainWindow window(models);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AccessControlPage *page = window.accessControlPage();
    QVERIFY(window.selectNode(ConsoleNodeKind::Roles));
    QCOMPARE(window.centre()->currentWidget(), page);
    QCOMPARE(page->node(), ConsoleNodeKind::Roles);
    QVERIFY(page->rolesPage()->isVisible());
    QCOMPARE(page->rolesPage()->model()->rowCount(), 9);
    QVERIFY(window.selectNode(ConsoleNodeKind::AccessScopes));
    QVERIFY(page->scopesPage()->isVisible());
    QVERIFY(window.selectNode(ConsoleNodeKind::AccessPolicies));
    QVERIFY(page->policiesPage()->isVisible());
    QVERIFY(window.selectNode(ConsoleNodeKind::AccessControl));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("accessOverview"))->isVisible());

    // A change made elsewhere through the same write path (ipamctl-style) shows up.
    QVERIFY(window.selectNode(ConsoleNodeKind::Roles));
    AccessControlStore other(*m_fixture->admin);
    QVERIFY(other.addRole(QStringLiteral("External"), {Operation::ViewAuditLog}).ok());
    QTRY_COMPARE(page->rolesPage()->model()->rowCount(), 10);
    // While hidden, the views wait; they catch up when shown.
    QVERIFY(window.selectPath(QStringLiteral("IPAM/VIRTUALIZED IP ADDRESS SPACE")));
    QVERIFY(other.addScope(QStringLiteral("Global/North")).ok());
    QTest::qWait(10);
    QVERIFY(!page->scopesPage()->model()->tree().idForPath(QStringLiteral("Global/North")));
    QVERIFY(window.selectNode(ConsoleNodeKind::AccessScopes));
    AccessScopeModel *scopes = page->scopesPage()->model();
    QVERIFY(scopes->tree().idForPath(QStringLiteral("Global/North")));
    // Objects given another scope elsewhere: the counts follow.
    const ObjectId east = scope(QStringLiteral("East"));
    const ObjectId west = scope(QStringLiteral("West"));
    QCOMPARE(scopes->objectCount(east), 7);
    const RbacFixture::Location &westPlace = m_fixture->locations[QStringLiteral("West")];
    QVERIFY(other.setAccessScope({{ObjectKind::AddressSpace, westPlace.provider.id}},
                                 QStringLiteral("Global/East"))
                    .ok());
    // The provider space and the 4 objects that inherit from it.
    QTRY_COMPARE(scopes->objectCount(east), 12);
    QCOMPARE(scopes->objectCount(west), 2);
}

void TestAccessControlViews::limitedPrincipalSeesEditActionsDisabled()
{
    m_fixture->user->setPrincipal(Principal{QStringLiteral("kim"), {}});
    ConsoleModels models(*m_fixture->user);
    QString error;
    QVERIFY2(models.load(&error), qPrintable(error));
    MainWindow window(models);
    window.show();
    AccessControlPage *page = window.accessControlPage();

    QVERIFY(window.selectNode(ConsoleNodeKind::Roles));
    RolesPage *roles = page->rolesPage();
    QVERIFY(!roles->addAction()->isEnabled());
    QCOMPARE(roles->addAction()->toolTip(), QStringLiteral("Requires the operation: Add role"));
    QVERIFY(roles->selectRole(QStringLiteral("Assigners")));
    QVERIFY(!roles->removeAction()->isEnabled());
    QCOMPARE(roles->removeAction()->toolTip(),
             QStringLiteral("Requires the operation: Delete role"));
    // Reading stays possible: the role opens read-only.
    QCOMPARE(roles->editAction()->text(), QStringLiteral("View User Role..."));
    QCOMPARE(roles->editAction()->toolTip(),
             QStringLiteral("Read-only. Requires the operation: Edit role"));
    roles->editAction()->trigger();
    QCOMPARE(waitForChild<RoleDialog>(roles)->mode(), RoleDialog::Mode::View);

    QVERIFY(window.selectNode(ConsoleNodeKind::AccessScopes));
    AccessScopesPage *scopes = page->scopesPage();
    QVERIFY(scopes->selectScope(QStringLiteral("Global/East")));
    QVERIFY(!scopes->addAction()->isEnabled());
    QCOMPARE(scopes->addAction()->toolTip(),
             QStringLiteral("Requires the operation: Add access scope"));
    QCOMPARE(scopes->editAction()->toolTip(),
             QStringLiteral("Requires the operation: Edit access scope"));
    QCOMPARE(scopes->removeAction()->toolTip(),
             QStringLiteral("Requires the operation: Delete access scope"));
    const ObjectId east = scope(QStringLiteral("East"));
    QVERIFY(!(scopes->model()->flags(scopes->model()->indexOf(east)) & Qt::ItemIsDragEnabled));

    QVERIFY(window.selectNode(ConsoleNodeKind::AccessPolicies));
    AccessPoliciesPage *policies = page->policiesPage();
    QVERIFY(!policies->addAction()->isEnabled());
    QCOMPARE(policies->addAction()->toolTip(),
             QStringLiteral("Requires the operation: Add access policy"));
    QVERIFY(policies->selectPrincipal(QStringLiteral("kim")));
    QCOMPARE(policies->removeAction()->toolTip(),
             QStringLiteral("Requires the operation: Delete access policy"));

    // An administrator's grants enable them (the same page, another principal).
    QVERIFY(admin().addPolicy(QStringLiteral("kim"), false, builtinroles::administrator,
                              QStringLiteral("Global"))
                    .ok());
    page->refresh();
    QVERIFY(policies->addAction()->isEnabled());
    QCOMPARE(policies->addAction()->toolTip(),
             QStringLiteral("Grant a user or group roles in access scopes"));
}

QTEST_MAIN(TestAccessControlViews)
#include "tst_accesscontrolviews.moc"
