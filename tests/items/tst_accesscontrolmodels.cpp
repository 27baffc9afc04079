// The ACCESS CONTROL views' item models over a real store (SQLite and PostgreSQL), each under
// QAbstractItemModelTester (fatal) while roles, scopes and policies change through
// AccessControlStore: the roles table, the role dialog's operation tree and its filter proxy,
// the access scope tree with its object counts and drag-and-drop moves, the policies grouped by
// principal, and effective permissions with their reasons.

#include "rbacfixture.h"

#include "items/accesspolicymodel.h"
#include "items/accessscopemodel.h"
#include "items/effectivepermissionsmodel.h"
#include "items/operationfilterproxy.h"
#include "items/operationtreemodel.h"
#include "items/rolelistmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList roleNames(const RoleListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, RoleListModel::NameColumn).data().toString());
    return names;
}

// The tree as the model shows it: "Global(East(Dublin) West)".
QString shape(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        QString text = child.data().toString();
        if (model.rowCount(child) > 0)
            text += QLatin1Char('(') + shape(model, child) + QLatin1Char(')');
        parts.append(text);
    }
    return parts.join(QLatin1Char(' '));
}

std::unique_ptr<QMimeData> scopeMime(AccessScopeModel &model, ObjectId id)
{
    return std::unique_ptr<QMimeData>(model.mimeData({model.indexOf(id)}));
}

} // namespace

class TestAccessControlModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roleListFollowsRoleEdits_data() { addBackendRows(); }
    void roleListFollowsRoleEdits();
    void operationTreeChecksGroupsAndCounts();
    void operationTreeKeepsReservedAndReadOnlyOperations();
    void operationFilterShowsMatchingOperationsAndTheirGroups();
    void groupCheckboxChangesOnlyTheFilteredOperations();
    void scopeTreeFollowsScopeEdits_data() { addBackendRows(); }
    void scopeTreeFollowsScopeEdits();
    void scopeTreeCountsObjectsPerScope_data() { addBackendRows(); }
    void scopeTreeCountsObjectsPerScope();
    void scopeDropMovesThroughTheStore_data() { addBackendRows(); }
    void scopeDropMovesThroughTheStore();
    void scopeDropRefusesWithoutEditAccessScope_data() { addBackendRows(); }
    void scopeDropRefusesWithoutEditAccessScope();
    void policiesAreGroupedByPrincipal_data() { addBackendRows(); }
    void policiesAreGroupedByPrincipal();
    void effectivePermissionsSayWhy_data() { addBackendRows(); }
    void effectivePermissionsSayWhy();
};

void TestAccessControlModels::roleListFollowsRoleEdits()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &store = *f.adminAccess;
    RoleListModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setRoles(store.tables().roles());
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(model.index(0, 0).data(RoleListModel::IsBuiltInRole).toBool());
    const QPersistentModelIndex asm_(
            model.index(model.rowOf(store.tables().roleByName(builtinroles::asmAdministrator)->id),
                        RoleListModel::NameColumn));
    QVERIFY(asm_.isValid());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store.addRole(QStringLiteral("Auditors"), {Operation::ViewAuditLog}).ok());
    QVERIFY(store.addRole(QStringLiteral("Subnet editors"),
                          {Operation::AddSubnet, Operation::EditSubnet})
                    .ok());
    model.setRoles(store.tables().roles());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowCount(), 10);
    const int auditors = model.rowOf(store.tables().roleByName(QStringLiteral("Auditors"))->id);
    QCOMPARE(model.index(auditors, RoleListModel::OperationsColumn).data().toInt(), 1);
    QCOMPARE(model.index(auditors, RoleListModel::BuiltInColumn).data().toString(),
             QStringLiteral("Custom"));

    // A rename that re-sorts is a move; the row keeps its identity.
    const QPersistentModelIndex auditorsIndex(model.index(auditors, 0));
    UserRole renamed = *store.tables().roleByName(QStringLiteral("Auditors"));
    renamed.name = QStringLiteral("Zone auditors");
    renamed.operations.insert(Operation::ExportAddressSpace);
    QVERIFY(store.setRole(QStringLiteral("Auditors"), renamed).ok());
    model.setRoles(store.tables().roles());
    QCOMPARE(moved.size(), 1);
    QVERIFY(auditorsIndex.isValid());
    QCOMPARE(auditorsIndex.data().toString(), QStringLiteral("Zone auditors"));
    QCOMPARE(model.index(auditorsIndex.row(), RoleListModel::OperationsColumn).data().toInt(), 2);
    QVERIFY(!changed.isEmpty());

    QVERIFY(store.removeRole(QStringLiteral("Subnet editors")).ok());
    model.setRoles(store.tables().roles());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 9);
    QVERIFY(!roleNames(model).contains(QStringLiteral("Subnet editors")));
    QCOMPARE(roleNames(model).last(), QStringLiteral("Zone auditors"));
    QCOMPARE(asm_.data().toString(), builtinroles::asmAdministrator);
    // Nothing changed: no notification at all.
    changed.clear();
    moved.clear();
    model.setRoles(store.tables().roles());
    QVERIFY(changed.isEmpty() && moved.isEmpty());
}

void TestAccessControlModels::operationTreeChecksGroupsAndCounts()
{
    OperationTreeModel model;
    QAbstractItemModelTester tester(&model, fatal);
    QSignalSpy operationsChanged(&model, &OperationTreeModel::operationsChanged);
    const QModelIndex subnets = model.indexOf(OperationGroup::AddressSubnetOperations);
    QVERIFY(subnets.isValid());
    QCOMPARE(model.rowCount(subnets), 4);
    QCOMPARE(subnets.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    QVERIFY(model.setData(subnets, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 4);
    for (Operation o : operationsOf(OperationGroup::AddressSubnetOperations))
        QCOMPARE(model.indexOf(o).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(subnets.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    // One operation off: the group is partially checked.
    QVERIFY(model.setData(model.indexOf(Operation::AssignSubnet), Qt::Unchecked,
                          Qt::CheckStateRole));
    QCOMPARE(subnets.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    QCOMPARE(model.operations(),
             (OperationSet{Operation::AddSubnet, Operation::EditSubnet, Operation::DeleteSubnet}));
    // Unchecking the group clears the rest.
    QVERIFY(model.setData(subnets, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 0);
    QCOMPARE(operationsChanged.size(), 3);

    model.setOperations(OperationSet::of(OperationGroup::AddressRangeOperations));
    QCOMPARE(model.checkedCount(), 3);
    QCOMPARE(model.indexOf(OperationGroup::AddressRangeOperations)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
             Qt::Checked);
}

void TestAccessControlModels::operationTreeKeepsReservedAndReadOnlyOperations()
{
    OperationTreeModel model;
    QAbstractItemModelTester tester(&model, fatal);
    // Reserved to IPAM Administrator Role: not checkable in a custom role, and a group of
    // them only cannot be checked either.
    const QModelIndex addScope = model.indexOf(Operation::AddAccessScope);
    QVERIFY(!(model.flags(addScope) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(addScope, Qt::Checked, Qt::CheckStateRole));
    const QModelIndex scopes = model.indexOf(OperationGroup::AccessScopeOperations);
    QVERIFY(!model.setData(scopes, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 0);
    QVERIFY(model.index(addScope.row(), 0, scopes)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(builtinroles::administrator));
    // A group with reserved and ordinary operations checks the ordinary ones.
    const QModelIndex audit = model.indexOf(OperationGroup::AuditOperations);
    QVERIFY(model.setData(audit, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.operations(), OperationSet{Operation::ViewAuditLog});
    QCOMPARE(audit.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);

    // Read-only (a built-in role): shows the administrator's operations, changes nothing.
    model.setOperations(builtInRole(builtinroles::administrator)->operations);
    model.setReadOnly(true);
    QCOMPARE(model.checkedCount(), operationCount);
    QVERIFY(model.flags(addScope) & Qt::ItemIsEnabled);
    QVERIFY(!model.setData(audit, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.indexOf(Operation::AddSubnet), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), operationCount);
}

void TestAccessControlModels::operationFilterShowsMatchingOperationsAndTheirGroups()
{
    OperationTreeModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(OperationTreeModel::FilterTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
    QAbstractItemModelTester tester(&proxy, fatal);
    QAbstractItemModelTester sourceTester(&model, fatal);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    proxy.setFilterFixedString(QStringLiteral("assign"));
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex group = proxy.index(0, 0);
    QCOMPARE(group.data(OperationTreeModel::GroupRole).toInt(),
             int(OperationGroup::AddressSubnetOperations));
    QCOMPARE(proxy.rowCount(group), 1);
    QCOMPARE(proxy.index(0, 0, group).data().toString(), QStringLiteral("Assign subnet"));
    QVERIFY(!proxy.mapFromSource(model.indexOf(Operation::AddSubnet)).isValid());

    // The key matches too, and a matching group shows all its operations.
    proxy.setFilterFixedString(QStringLiteral("AddRange"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("range operations"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 3);
    // Checking through the proxy while filtered reaches the model.
    QVERIFY(proxy.setData(proxy.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.operations(), OperationSet::of(OperationGroup::AddressRangeOperations));
    proxy.setFilterFixedString(QStringLiteral("no such operation"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestAccessControlModels::groupCheckboxChangesOnlyTheFilteredOperations()
{
    OperationTreeModel model;
    OperationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    QAbstractItemModelTester sourceTester(&model, fatal);
    const OperationSet ranges = OperationSet::of(OperationGroup::AddressRangeOperations);
    OperationSet held = OperationSet::of(OperationGroup::AddressSubnetOperations);
    held |= ranges;
    model.setOperations(held);
    const int before = model.checkedCount();

    // "AddRange" shows one operation of the range group: the group's box is about that one.
    proxy.setFilterFixedString(QStringLiteral("AddRange"));
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex group = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(group), 1);
    QCOMPARE(group.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(proxy.setData(group, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), before - 1);
    QVERIFY(!model.operations().contains(Operation::AddRange));
    for (Operation o : ranges.toList()) {
        if (o != Operation::AddRange)
            QVERIFY2(model.operations().contains(o), qPrintable(operationKey(o)));
    }
    QCOMPARE(group.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(proxy.setData(group, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.operations(), held);

    // Without a filter the group box is the whole group, as before.
    proxy.setFilterFixedString(QString());
    const QModelIndex whole
            = proxy.mapFromSource(model.indexOf(OperationGroup::AddressRangeOperations));
    QVERIFY(proxy.setData(whole, Qt::Unchecked, Qt::CheckStateRole));
    for (Operation o : ranges.toList())
        QVERIFY(!model.operations().contains(o));
}

void TestAccessControlModels::scopeTreeFollowsScopeEdits()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &store = *f.adminAccess;
    AccessScopeModel model(store);
    QAbstractItemModelTester tester(&model, fatal);
    model.refresh();
    QCOMPARE(shape(model), QStringLiteral("Global(East(Dublin) West)"));
    const ObjectId dublin = f.locations.value(QStringLiteral("Dublin")).scopeId;
    const QPersistentModelIndex dublinIndex(model.indexOf(dublin));
    QCOMPARE(dublinIndex.data(AccessScopeModel::PathRole).toString(),
             QStringLiteral("Global/East/Dublin"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(store.addScope(QStringLiteral("Global/West/Cork")).ok());
    QVERIFY(store.addScope(QStringLiteral("Global/Central")).ok());
    model.refresh();
    QCOMPARE(shape(model), QStringLiteral("Global(Central East(Dublin) West(Cork))"));
    QCOMPARE(inserted.size(), 2);

    // A rename re-sorts among siblings; a move goes under another parent. Both are moves.
    QVERIFY(store.editScope(QStringLiteral("Global/Central"), QStringLiteral("Zentral"),
                            QStringLiteral("the middle"))
                    .ok());
    QVERIFY(store.moveScope(QStringLiteral("Global/East/Dublin"), QStringLiteral("Global/West"))
                    .ok());
    model.refresh();
    QCOMPARE(shape(model), QStringLiteral("Global(East West(Cork Dublin) Zentral)"));
    // Moves only (no remove + insert), so selections and expansion survive.
    QVERIFY(moved.size() >= 2);
    QCOMPARE(inserted.size(), 2);
    QVERIFY(removed.isEmpty());
    QVERIFY(dublinIndex.isValid());
    QCOMPARE(dublinIndex.data(AccessScopeModel::PathRole).toString(),
             QStringLiteral("Global/West/Dublin"));
    const QModelIndex zentral
            = model.index(2, AccessScopeModel::DescriptionColumn, model.index(0, 0));
    QCOMPARE(zentral.data().toString(), QStringLiteral("the middle"));

    // Removing a scope removes its subtree in one notification.
    QVERIFY(store.addScope(QStringLiteral("Global/Zentral/Inner")).ok());
    model.refresh();
    removed.clear();
    QVERIFY(store.removeScope(QStringLiteral("Global/Zentral")).ok());
    model.refresh();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(shape(model), QStringLiteral("Global(East West(Cork Dublin))"));
    QVERIFY(reset.isEmpty());
    QCOMPARE(model.rowCount(model.indexOf(AccessScope::globalId)), 2);
}

void TestAccessControlModels::scopeTreeCountsObjectsPerScope()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &store = *f.adminAccess;
    AccessScopeModel model(store);
    QAbstractItemModelTester tester(&model, fatal);
    model.refresh();
    // Each location: 2 spaces, a VM network, a logical network, a site, a block, a subnet.
    const ObjectId east = f.locations.value(QStringLiteral("East")).scopeId;
    const ObjectId dublin = f.locations.value(QStringLiteral("Dublin")).scopeId;
    QCOMPARE(model.objectCount(east), 7);
    QCOMPARE(model.objectCount(dublin), 7);
    QCOMPARE(model.indexOf(east, AccessScopeModel::ObjectsColumn).data().toLongLong(), 7);
    // The grouped query agrees with the per-scope count for every scope, Global included.
    const AccessScopeTree tree = store.tables().scopeTree();
    for (const AccessScope &scope : tree.scopes())
        QCOMPARE(model.objectCount(scope.id), store.tables().objectCount(scope.id));

    // An address in Dublin's subnet and a subnet given its own scope: counts follow.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const RbacFixture::Location dublinPlace = f.locations.value(QStringLiteral("Dublin"));
    Address address;
    address.spaceId = dublinPlace.provider.id;
    address.ipAddress = ip(QStringLiteral("172.16.0.9"));
    f.adminCreate(address);
    QVERIFY(store.setAccessScope({{ObjectKind::Subnet, dublinPlace.subnet.id}},
                                 QStringLiteral("Global/West"))
                    .ok());
    model.refresh();
    // The address inherits from its subnet and follows it to West.
    const ObjectId west = f.locations.value(QStringLiteral("West")).scopeId;
    QCOMPARE(model.objectCount(dublin), 6);
    QCOMPARE(model.objectCount(west), 9);
    QCOMPARE(changed.size(), 2);
    for (const AccessScope &scope : tree.scopes())
        QCOMPARE(model.objectCount(scope.id), store.tables().objectCount(scope.id));
}

void TestAccessControlModels::scopeDropMovesThroughTheStore()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &store = *f.adminAccess;
    AccessScopeModel model(store);
    QAbstractItemModelTester tester(&model, fatal);
    model.refresh();
    const ObjectId east = f.locations.value(QStringLiteral("East")).scopeId;
    const ObjectId dublin = f.locations.value(QStringLiteral("Dublin")).scopeId;
    const ObjectId west = f.locations.value(QStringLiteral("West")).scopeId;
    const auto dublinData = scopeMime(model, dublin);
    QVERIFY(dublinData);
    QVERIFY(model.flags(model.indexOf(dublin)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model.flags(model.indexOf(AccessScope::globalId)) & Qt::ItemIsDragEnabled));

    // Refused before the drop: onto itself, onto its parent (no move), Global, descendants.
    QVERIFY(!model.canDropMimeData(dublinData.get(), Qt::MoveAction, -1, -1,
                                   model.indexOf(dublin)));
    QVERIFY(!model.canDropMimeData(dublinData.get(), Qt::MoveAction, -1, -1, model.indexOf(east)));
    QVERIFY(!model.canDropMimeData(dublinData.get(), Qt::CopyAction, -1, -1, model.indexOf(west)));
    const auto eastData = scopeMime(model, east);
    QVERIFY(!model.canDropMimeData(eastData.get(), Qt::MoveAction, -1, -1, model.indexOf(dublin)));
    QVERIFY(model.whyNotMove(east, dublin).contains(QStringLiteral("into itself")));
    const auto globalData = scopeMime(model, AccessScope::globalId);
    QVERIFY(!model.canDropMimeData(globalData.get(), Qt::MoveAction, -1, -1, model.indexOf(west)));
    QVERIFY(model.canDropMimeData(dublinData.get(), Qt::MoveAction, -1, -1, model.indexOf(west)));
    // A refused drop changes nothing.
    QVERIFY(!model.dropMimeData(eastData.get(), Qt::MoveAction, -1, -1, model.indexOf(dublin)));
    QCOMPARE(store.tables().scopeTree().path(east), QStringLiteral("Global/East"));

    QSignalSpy moved(&model, &AccessScopeModel::scopeMoved);
    const QPersistentModelIndex dublinIndex(model.indexOf(dublin));
    QVERIFY(model.dropMimeData(dublinData.get(), Qt::MoveAction, -1, -1, model.indexOf(west)));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(store.tables().scopeTree().path(dublin), QStringLiteral("Global/West/Dublin"));
    QCOMPARE(shape(model), QStringLiteral("Global(East West(Dublin))"));
    QCOMPARE(dublinIndex.parent(), model.indexOf(west));
    // Audited like every change.
    QSqlQuery audit(f.db->connection());
    QVERIFY(audit.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE operation = 'scope move' AND outcome = "
            "'committed'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
}

void TestAccessControlModels::scopeDropRefusesWithoutEditAccessScope()
{
    IPAM_START_RBAC_FIXTURE(f);
    // kim may see every scope but edit none: a drag of Dublin onto West is refused before the
    // drop, with the missing operation, and the store stays as it was.
    QVERIFY(f.adminAccess->addRole(QStringLiteral("Readers"), {}).ok());
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("kim"), false, QStringLiteral("Readers"),
                                QStringLiteral("Global"))
                    .ok());
    f.user->setPrincipal(Principal{QStringLiteral("kim"), {}});
    AccessScopeModel model(*f.userAccess);
    QAbstractItemModelTester tester(&model, fatal);
    model.refresh();
    const ObjectId dublin = f.locations.value(QStringLiteral("Dublin")).scopeId;
    const ObjectId west = f.locations.value(QStringLiteral("West")).scopeId;
    QVERIFY(!(model.flags(model.indexOf(dublin)) & Qt::ItemIsDragEnabled));
    const auto data = scopeMime(model, dublin);
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(west)));
    QCOMPARE(model.whyNotMove(dublin, west),
             QStringLiteral("Requires the operation: Edit access scope"));
    QSignalSpy refused(&model, &AccessScopeModel::moveRefused);
    const QString before = f.fingerprint();
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(west)));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(f.fingerprint(), before);
}

void TestAccessControlModels::policiesAreGroupedByPrincipal()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &store = *f.adminAccess;
    AccessPolicyModel model;
    QAbstractItemModelTester tester(&model, fatal);
    auto reload = [&] {
        AccessControlTables &t = store.tables();
        model.setPolicies(t.policies(), t.rolesById(), t.scopeTree());
    };
    reload();
    QCOMPARE(model.rowCount(), 1); // the creator
    QVERIFY(store.addPolicy(QStringLiteral("kim"), false, builtinroles::asmAdministrator,
                            QStringLiteral("Global/East"))
                    .ok());
    QVERIFY(store.addPolicy(QStringLiteral("kim"), false,
                            builtinroles::ipAddressRecordAdministrator,
                            QStringLiteral("Global/West"))
                    .ok());
    QVERIFY(store.addPolicy(QStringLiteral("netops"), true, builtinroles::asmAdministrator,
                            QStringLiteral("Global"))
                    .ok());
    reload();
    QCOMPARE(model.rowCount(), 3);
    const int kim = model.rowOf(QStringLiteral("u:kim"));
    QVERIFY(kim >= 0);
    QCOMPARE(model.policy(kim).pairs.size(), 2);
    QCOMPARE(model.index(kim, AccessPolicyModel::PairsColumn).data().toString(),
             QStringLiteral("IP Address Record Administrator Role in Global/West; IPAM ASM "
                            "Administrator Role in Global/East"));
    const int netops = model.rowOf(QStringLiteral("g:netops"));
    QCOMPARE(model.index(netops, AccessPolicyModel::TypeColumn).data().toString(),
             QStringLiteral("Group"));

    // A pair less is a changed row; the principal's last pair gone removes its row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(store.removePolicies(QStringLiteral("kim"), builtinroles::asmAdministrator,
                                 QStringLiteral("Global/East"))
                    .ok());
    reload();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.policy(model.rowOf(QStringLiteral("u:kim"))).pairs.size(), 1);
    QVERIFY(store.removePolicies(QStringLiteral("netops")).ok());
    reload();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("g:netops")), -1);
    // Removing a scope takes the pairs granted in it.
    QVERIFY(store.removeScope(QStringLiteral("Global/West")).ok());
    reload();
    QCOMPARE(model.rowOf(QStringLiteral("u:kim")), -1);
    QCOMPARE(model.rowCount(), 1);
}

void TestAccessControlModels::effectivePermissionsSayWhy()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &store = *f.adminAccess;
    QVERIFY(store.addRole(QStringLiteral("Assigners"), {Operation::AssignSubnet}).ok());
    QVERIFY(store.addPolicy(QStringLiteral("kim"), false, QStringLiteral("Assigners"),
                            QStringLiteral("Global/East"))
                    .ok());
    QVERIFY(store.addPolicy(QStringLiteral("netops"), true, builtinroles::asmAdministrator,
                            QStringLiteral("Global/East/Dublin"))
                    .ok());
    AccessControlTables &t = store.tables();
    EffectivePermissionsModel model;
    QAbstractItemModelTester tester(&model, fatal);
    QCOMPARE(model.rowCount(), operationCount);
    const ObjectId dublin = f.locations.value(QStringLiteral("Dublin")).scopeId;
    const ObjectId west = f.locations.value(QStringLiteral("West")).scopeId;
    const Principal kim{QStringLiteral("kim"), {QStringLiteral("netops")}};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setGrants(AccessGrants(kim, t.scopeTree(), t.policies(), t.rolesById()), dublin);
    QCOMPARE(changed.size(), 1);

    const int assign = int(Operation::AssignSubnet);
    QVERIFY(model.index(assign, 0).data(EffectivePermissionsModel::AllowedRole).toBool());
    // Two reasons: kim's own policy in East, and the group's ASM role in Dublin.
    const QList<AccessGrants::Grant> why = model.reasons(Operation::AssignSubnet);
    QCOMPARE(why.size(), 2);
    const QString text
            = model.index(assign, EffectivePermissionsModel::GrantedByColumn).data().toString();
    QVERIFY2(text.contains(QStringLiteral("user kim: Assigners in Global/East")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("group netops: IPAM ASM Administrator Role in "
                                          "Global/East/Dublin")),
             qPrintable(text));
    // Only the group grants adding a subnet; nobody grants adding a role.
    QCOMPARE(model.reasons(Operation::AddSubnet).size(), 1);
    QCOMPARE(model.reasons(Operation::AddSubnet).constFirst().policy.userOrGroup,
             QStringLiteral("netops"));
    const int addRole = int(Operation::AddRole);
    QCOMPARE(model.index(addRole, EffectivePermissionsModel::AllowedColumn).data().toString(),
             QStringLiteral("Denied"));

    // In West no policy's scope reaches kim: only what is checked in any scope (import,
    // export, the audit log, running a sync, all in the ASM role) is allowed.
    model.setGrants(AccessGrants(kim, t.scopeTree(), t.policies(), t.rolesById()), west);
    QVERIFY(model.allowedCount() > 0);
    for (Operation o : allOperations()) {
        const bool allowed
                = model.index(int(o), 0).data(EffectivePermissionsModel::AllowedRole).toBool();
        QCOMPARE(allowed,
                 operationInfo(o).scopeAgnostic
                         && builtInRole(builtinroles::asmAdministrator)->operations.contains(o));
    }
    QVERIFY(!model.index(assign, 0).data(EffectivePermissionsModel::AllowedRole).toBool());
    QVERIFY(model.index(assign, EffectivePermissionsModel::GrantedByColumn)
                    .data()
                    .toString()
                    .isEmpty());
    // The ASM role's operations in Dublin, for kim without the group: only Assign subnet.
    model.setGrants(AccessGrants(Principal{QStringLiteral("kim"), {}}, t.scopeTree(), t.policies(),
                                 t.rolesById()),
                    dublin);
    QCOMPARE(model.allowedCount(), 1);
}

QTEST_GUILESS_MAIN(TestAccessControlModels)
#include "tst_accesscontrolmodels.moc"
