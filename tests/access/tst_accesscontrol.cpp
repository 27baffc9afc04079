// Access control's rules one at a time, on SQLite and PostgreSQL: the catalogue and built-in
// roles, scope inheritance kept by the database, re-homing when scopes move or go, groups,
// custom roles, the exact refusal, reading.

#include "rbacfixture.h"

#include <QSqlQuery>
#include <QTest>

#include <set>

using namespace ipam;
using namespace ipam::test;

namespace {

ObjectId scopeId(RbacFixture &f, const QString &path)
{
    return f.adminAccess->tables().scopeTree().idForPath(path).value_or(0);
}

template<typename T>
T reread(RbacFixture &f, ObjectId id)
{
    return *f.admin->store().get<T>(id);
}

Range rangeIn(const RbacFixture::Location &l, const char *start, const char *end)
{
    Range r;
    r.spaceId = l.provider.id;
    r.startAddress = ip(QString::fromLatin1(start));
    r.endAddress = ip(QString::fromLatin1(end));
    return r;
}

Address addressIn(ObjectId spaceId, const char *text)
{
    Address a;
    a.spaceId = spaceId;
    a.ipAddress = ip(QString::fromLatin1(text));
    return a;
}

} // namespace

class TestAccessControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The model, no store.
    void catalogueKeysAreUniqueAndRoundTrip();
    void operationForCoversEveryKindAndChange();
    void scopePathsParseAsIpamWritesThem();

    void creatorHoldsAdministratorInGlobal_data() { addBackendRows(); }
    void creatorHoldsAdministratorInGlobal();
    void builtInRolesArePresentAndReadOnly_data() { addBackendRows(); }
    void builtInRolesArePresentAndReadOnly();
    void objectsInheritTheirParentsScope_data() { addBackendRows(); }
    void objectsInheritTheirParentsScope();
    void databaseKeepsInheritanceForDirectInserts_data() { addBackendRows(); }
    void databaseKeepsInheritanceForDirectInserts();
    void removingAScopeRehomesItsObjectsAndDropsItsPolicies_data() { addBackendRows(); }
    void removingAScopeRehomesItsObjectsAndDropsItsPolicies();
    void movingAScopeChangesWhoReachesIt_data() { addBackendRows(); }
    void movingAScopeChangesWhoReachesIt();
    void refusesToMoveAScopeIntoItselfOrTouchGlobal_data() { addBackendRows(); }
    void refusesToMoveAScopeIntoItselfOrTouchGlobal();
    void groupPoliciesGrantTheirMembers_data() { addBackendRows(); }
    void groupPoliciesGrantTheirMembers();
    void customRolesFollowTheRules_data() { addBackendRows(); }
    void customRolesFollowTheRules();
    void denialMessageIsExactAndAudited_data() { addBackendRows(); }
    void denialMessageIsExactAndAudited();
    void limitedAdministratorCannotGrantOutsideItsScope_data() { addBackendRows(); }
    void limitedAdministratorCannotGrantOutsideItsScope();
    void actingAsAnotherNeedsAdministratorOnSqliteOnly_data() { addBackendRows(); }
    void actingAsAnotherNeedsAdministratorOnSqliteOnly();
    void readingFollowsPolicies_data() { addBackendRows(); }
    void readingFollowsPolicies();
    void bulkCreateChecksEveryRowWithoutAQueryPerRow_data() { addBackendRows(); }
    void bulkCreateChecksEveryRowWithoutAQueryPerRow();
};

void TestAccessControl::catalogueKeysAreUniqueAndRoundTrip()
{
    std::set<QString> keys;
    for (Operation op : allOperations()) {
        QVERIFY(keys.insert(operationKey(op).toLower()).second);
        QVERIFY(operationFromString(operationKey(op)) == op);
        QVERIFY(operationFromString(toString(op).toUpper()) == op);
        QVERIFY(allOperationGroups().contains(operationInfo(op).group));
    }
    QCOMPARE(int(keys.size()), operationCount);
    QCOMPARE(int(OperationGroup::AccessPolicyOperations), 1);
    QCOMPARE(int(OperationGroup::DhcpScopeOperations), 6);
    for (OperationGroup group : allOperationGroups())
        QVERIFY2(!operationsOf(group).isEmpty(), qPrintable(toString(group)));
}

void TestAccessControl::operationForCoversEveryKindAndChange()
{
    QVERIFY(operationFor(ChangeOp::Create, ObjectKind::Subnet) == Operation::AddSubnet);
    QVERIFY(operationFor(ChangeOp::Update, ObjectKind::Address) == Operation::EditAddress);
    QVERIFY(operationFor(ChangeOp::Remove, ObjectKind::VmNetwork) == Operation::DeleteVmNetwork);
    QCOMPARE(toString(Operation::AssignSubnet), QStringLiteral("Assign subnet"));
    std::set<Operation> seen;
    for (int k = 0; k < objectKindCount; ++k) {
        for (ChangeOp op : {ChangeOp::Create, ChangeOp::Update, ChangeOp::Remove})
            QVERIFY(seen.insert(operationFor(op, ObjectKind(k))).second);
    }
    // The eight roles, and what the issue says of them.
    QCOMPARE(builtInRoles().size(), 8);
    QCOMPARE(builtInRole(builtinroles::administrator)->operations, OperationSet::all());
    const OperationSet asmRole = builtInRole(builtinroles::asmAdministrator)->operations;
    QVERIFY(asmRole.contains(Operation::AssignSubnet));
    QVERIFY(asmRole.contains(Operation::AddVmNetwork));
    QVERIFY(asmRole.contains(Operation::RunVmmSynchronization));
    QVERIFY(!asmRole.contains(Operation::AddAccessPolicy));
    const OperationSet records
            = builtInRole(builtinroles::ipAddressRecordAdministrator)->operations;
    QCOMPARE(records,
             OperationSet(
                     {Operation::AddAddress, Operation::EditAddress, Operation::DeleteAddress}));
    for (const QString &name :
         {builtinroles::msmAdministrator, builtinroles::dnsRecordAdministrator,
          builtinroles::dhcpAdministrator, builtinroles::dhcpScopeAdministrator,
          builtinroles::dhcpReservationsAdministrator}) {
        // DHCP and DNS only: nothing on this product's objects.
        for (int k = 0; k < objectKindCount; ++k) {
            for (ChangeOp op : {ChangeOp::Create, ChangeOp::Update, ChangeOp::Remove})
                QVERIFY(!builtInRole(name)->operations.contains(operationFor(op, ObjectKind(k))));
        }
        QVERIFY(!builtInRole(name)->operations.isEmpty());
    }
}

void TestAccessControl::scopePathsParseAsIpamWritesThem()
{
    const AccessScopeTree tree({{1, 0, QStringLiteral("Global"), {}},
                                {2, 1, QStringLiteral("East"), {}},
                                {3, 2, QStringLiteral("Dublin"), {}},
                                {4, 1, QStringLiteral("West"), {}}});
    QCOMPARE(tree.path(3), QStringLiteral("Global/East/Dublin"));
    QCOMPARE(tree.idForPath(QStringLiteral("Global/East/Dublin")), ObjectId(3));
    QCOMPARE(tree.idForPath(QStringLiteral("\\Global\\East\\Dublin")), ObjectId(3));
    QCOMPARE(tree.idForPath(QStringLiteral("east/dublin")), ObjectId(3));
    QCOMPARE(tree.idForPath(QStringLiteral("Global")), ObjectId(1));
    QVERIFY(!tree.idForPath(QStringLiteral("Global/North")));
    QVERIFY(tree.isWithin(3, 2));
    QVERIFY(tree.isWithin(3, 1));
    QVERIFY(!tree.isWithin(3, 4));
    QCOMPARE(tree.subtree(2), QList<ObjectId>({2, 3}));
    QCOMPARE(tree.scopes().size(), 4);
}

void TestAccessControl::creatorHoldsAdministratorInGlobal()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlTables &tables = f.adminAccess->tables();
    const QHash<ObjectId, UserRole> roles = tables.rolesById();
    bool found = false;
    for (const AccessPolicy &p : tables.policies()) {
        if (p.userOrGroup == f.adminPrincipal.name && !p.isGroup
            && roles.value(p.roleId).name == builtinroles::administrator
            && p.scopeId == AccessScope::globalId)
            found = true;
    }
    QVERIFY2(found, qPrintable(f.adminPrincipal.name));
    if (backend == QLatin1String("sqlite"))
        QCOMPARE(f.adminPrincipal.name, Principal::currentOsUser().name);
    const AccessGrants grants = f.adminAccess->grants();
    QCOMPARE(grants.operationsIn(AccessScope::globalId), OperationSet::all());
}

void TestAccessControl::builtInRolesArePresentAndReadOnly()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &access = *f.adminAccess;
    QStringList names;
    for (const UserRole &role : access.tables().roles()) {
        if (role.isBuiltIn) {
            names.append(role.name);
            QCOMPARE(role.operations, builtInRole(role.name)->operations);
        }
    }
    QCOMPARE(names.size(), 8);
    for (const UserRole &role : builtInRoles())
        QVERIFY2(names.contains(role.name), qPrintable(role.name));
    QCOMPARE(access.editRole(builtinroles::asmAdministrator, {Operation::AddAccessPolicy}, {})
                     .status,
             WriteStatus::Refused);
    QCOMPARE(access.removeRole(builtinroles::dnsRecordAdministrator).status, WriteStatus::Refused);
    QCOMPARE(access.tables().roles().size(), 8);
}

void TestAccessControl::objectsInheritTheirParentsScope()
{
    IPAM_START_RBAC_FIXTURE(f);
    const RbacFixture::Location &east = f.locations.value(QStringLiteral("East"));
    const ObjectId eastId = scopeId(f, QStringLiteral("Global/East"));
    const ObjectId westId = scopeId(f, QStringLiteral("Global/West"));
    const Range range = f.adminCreate(rangeIn(east, "172.16.0.1", "172.16.0.100"));
    const Address inRange = f.adminCreate(addressIn(east.provider.id, "172.16.0.10"));
    const Address unmapped = f.adminCreate(addressIn(east.provider.id, "192.0.2.1"));

    for (const StoredObject &o : std::initializer_list<StoredObject>{
                 reread<Subnet>(f, east.subnet.id), reread<Range>(f, range.id),
                 reread<Address>(f, inRange.id), reread<Address>(f, unmapped.id),
                 reread<LogicalNetwork>(f, east.logicalNetwork.id),
                 reread<NetworkSite>(f, east.site.id), reread<VmNetwork>(f, east.vmNetwork.id),
                 reread<Block>(f, east.block.id)}) {
        QCOMPARE(o.accessScopeId, eastId);
        QVERIFY(o.accessScopeInherited);
    }
    QVERIFY(!reread<AddressSpace>(f, east.provider.id).accessScopeInherited);

    // A subnet with a scope of its own takes its ranges and addresses along.
    QVERIFY(f.adminAccess
                    ->setAccessScope({{ObjectKind::Subnet, east.subnet.id}},
                                     QStringLiteral("Global/West"))
                    .ok());
    QCOMPARE(reread<Subnet>(f, east.subnet.id).accessScopeId, westId);
    QVERIFY(!reread<Subnet>(f, east.subnet.id).accessScopeInherited);
    QCOMPARE(reread<Range>(f, range.id).accessScopeId, westId);
    QCOMPARE(reread<Address>(f, inRange.id).accessScopeId, westId);
    QCOMPARE(reread<Address>(f, unmapped.id).accessScopeId, eastId);

    // The space moving to Global leaves the subnet where it was set.
    QVERIFY(f.adminAccess
                    ->setAccessScope({{ObjectKind::AddressSpace, east.provider.id}}, std::nullopt)
                    .ok());
    QCOMPARE(reread<AddressSpace>(f, east.provider.id).accessScopeId, AccessScope::globalId);
    QCOMPARE(reread<LogicalNetwork>(f, east.logicalNetwork.id).accessScopeId,
             AccessScope::globalId);
    QCOMPARE(reread<NetworkSite>(f, east.site.id).accessScopeId, AccessScope::globalId);
    QCOMPARE(reread<Address>(f, unmapped.id).accessScopeId, AccessScope::globalId);
    QCOMPARE(reread<Range>(f, range.id).accessScopeId, westId);

    // Inheriting again brings the subnet and its children back to the space's scope.
    QVERIFY(f.adminAccess->setAccessScope({{ObjectKind::Subnet, east.subnet.id}}, std::nullopt)
                    .ok());
    QCOMPARE(reread<Subnet>(f, east.subnet.id).accessScopeId, AccessScope::globalId);
    QVERIFY(reread<Subnet>(f, east.subnet.id).accessScopeInherited);
    QCOMPARE(reread<Range>(f, range.id).accessScopeId, AccessScope::globalId);
    QCOMPARE(reread<Address>(f, inRange.id).accessScopeId, AccessScope::globalId);

    // An address that moves into a subnet follows it.
    QVERIFY(f.adminAccess
                    ->setAccessScope({{ObjectKind::Subnet, east.subnet.id}},
                                     QStringLiteral("Global/West"))
                    .ok());
    Address moved = reread<Address>(f, unmapped.id);
    moved.ipAddress = ip(QStringLiteral("172.16.9.9"));
    ChangeSet set;
    set.update(moved);
    QVERIFY(f.admin->submit(set).ok());
    QCOMPARE(reread<Address>(f, unmapped.id).accessScopeId, westId);
}

void TestAccessControl::databaseKeepsInheritanceForDirectInserts()
{
    IPAM_START_RBAC_FIXTURE(f);
    const RbacFixture::Location &east = f.locations.value(QStringLiteral("East"));
    // A row written around the write path still lands in its parent's scope.
    QSqlQuery q(f.db->connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO logical_network (space_id, name) VALUES (%1, "
                                   "'Direct')")
                            .arg(east.provider.id)),
             qPrintable(q.lastError().text()));
    const auto network
            = f.admin->store().logicalNetworkByName(east.provider.id, QStringLiteral("Direct"));
    QVERIFY(network);
    QCOMPARE(network->accessScopeId, scopeId(f, QStringLiteral("Global/East")));
    QVERIFY(network->accessScopeInherited);
}

void TestAccessControl::removingAScopeRehomesItsObjectsAndDropsItsPolicies()
{
    IPAM_START_RBAC_FIXTURE(f);
    const RbacFixture::Location &dublin = f.locations.value(QStringLiteral("Dublin"));
    const ObjectId eastId = scopeId(f, QStringLiteral("Global/East"));
    QVERIFY(f.adminAccess->addScope(QStringLiteral("Global/East/Dublin/Docklands")).ok());
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("dora"), false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East/Dublin"))
                    .ok());
    const Subnet docks = f.adminCreate([&] {
        Subnet s;
        s.spaceId = dublin.provider.id;
        s.networkType = NetworkType::Provider;
        s.networkId = prefix(QStringLiteral("10.9.0.0/24"));
        return s;
    }());
    QVERIFY(f.adminAccess
                    ->setAccessScope({{ObjectKind::Subnet, docks.id}},
                                     QStringLiteral("Global/East/Dublin/Docklands"))
                    .ok());
    const qint64 policies = f.adminAccess->tables().policies().size();

    const WriteResult removed = f.adminAccess->removeScope(QStringLiteral("Global/East/Dublin"));
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    const AccessScopeTree tree = f.adminAccess->tables().scopeTree();
    QVERIFY(!tree.idForPath(QStringLiteral("Global/East/Dublin")));
    QVERIFY(!tree.idForPath(QStringLiteral("Global/East/Dublin/Docklands")));
    // Nothing is orphaned: the scopes' objects are in East now, explicitly as before.
    QCOMPARE(reread<AddressSpace>(f, dublin.provider.id).accessScopeId, eastId);
    QVERIFY(!reread<AddressSpace>(f, dublin.provider.id).accessScopeInherited);
    QCOMPARE(reread<Subnet>(f, dublin.subnet.id).accessScopeId, eastId);
    QCOMPARE(reread<NetworkSite>(f, dublin.site.id).accessScopeId, eastId);
    QCOMPARE(reread<Subnet>(f, docks.id).accessScopeId, eastId);
    for (int k = 0; k < objectKindCount; ++k) {
        QSqlQuery q(f.db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE access_scope_id NOT IN (SELECT id "
                              "FROM access_scope)")
                       .arg(tableName(ObjectKind(k))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
    }
    QCOMPARE(f.adminAccess->tables().policies().size(), policies - 1);
    QCOMPARE(f.admin->store().auditLog(1).constFirst().operation, QStringLiteral("scope remove"));
}

void TestAccessControl::movingAScopeChangesWhoReachesIt()
{
    IPAM_START_RBAC_FIXTURE(f);
    const RbacFixture::Location &dublin = f.locations.value(QStringLiteral("Dublin"));
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("erin"), false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    f.user->setPrincipal(Principal{QStringLiteral("erin"), {}});
    Subnet subnet = reread<Subnet>(f, dublin.subnet.id);
    subnet.description = QStringLiteral("before the move");
    ChangeSet set;
    set.update(subnet);
    QVERIFY(f.user->submit(set).ok());

    QVERIFY(f.adminAccess
                    ->moveScope(QStringLiteral("Global/East/Dublin"), QStringLiteral("Global/West"))
                    .ok());
    QCOMPARE(f.adminAccess->tables().scopeTree().path(
                     reread<Subnet>(f, dublin.subnet.id).accessScopeId),
             QStringLiteral("Global/West/Dublin"));
    subnet = reread<Subnet>(f, dublin.subnet.id);
    subnet.description = QStringLiteral("after the move");
    ChangeSet again;
    again.update(subnet);
    const WriteResult denied = f.user->submit(again);
    QCOMPARE(denied.status, WriteStatus::Denied);
    QVERIFY2(denied.message.endsWith(QStringLiteral("(scope Global/West/Dublin)")),
             qPrintable(denied.message));
}

void TestAccessControl::refusesToMoveAScopeIntoItselfOrTouchGlobal()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &access = *f.adminAccess;
    QCOMPARE(access.moveScope(QStringLiteral("Global/East"), QStringLiteral("Global/East/Dublin"))
                     .status,
             WriteStatus::Refused);
    QCOMPARE(access.removeScope(QStringLiteral("Global")).status, WriteStatus::Refused);
    QCOMPARE(access.moveScope(QStringLiteral("Global"), QStringLiteral("Global/West")).status,
             WriteStatus::Refused);
    QCOMPARE(access.editScope(QStringLiteral("Global"), QStringLiteral("World")).status,
             WriteStatus::Refused);
    QCOMPARE(access.addScope(QStringLiteral("Global/North/Oslo")).status, WriteStatus::Refused);
    QCOMPARE(access.addScope(QStringLiteral("Global/east")).status, WriteStatus::Refused);
    QVERIFY(access.editScope(QStringLiteral("Global/West"), QStringLiteral("Westward")).ok());
    QVERIFY(access.tables().scopeTree().idForPath(QStringLiteral("Global/Westward")));
}

void TestAccessControl::groupPoliciesGrantTheirMembers()
{
    IPAM_START_RBAC_FIXTURE(f);
    const RbacFixture::Location &east = f.locations.value(QStringLiteral("East"));
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("netops"), true,
                                builtinroles::ipAddressRecordAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    ChangeSet set;
    set.create(addressIn(east.provider.id, "172.16.1.1"));
    f.user->setPrincipal(Principal{QStringLiteral("frank"), {QStringLiteral("staff")}});
    QCOMPARE(f.user->submit(set).status, WriteStatus::Denied);
    // A user named like the group is not the group.
    f.user->setPrincipal(Principal{QStringLiteral("netops"), {}});
    QCOMPARE(f.user->submit(set).status, WriteStatus::Denied);
    f.user->setPrincipal(Principal{QStringLiteral("frank"),
                                   {QStringLiteral("staff"), QStringLiteral("netops")}});
    const WriteResult result = f.user->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestAccessControl::customRolesFollowTheRules()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlStore &access = *f.adminAccess;
    QVERIFY(access.addRole(QStringLiteral("Subnet editors"), {Operation::EditSubnet}).ok());
    QCOMPARE(access.addRole(QStringLiteral("subnet EDITORS"), {}).status, WriteStatus::Refused);
    QCOMPARE(access.addRole(QStringLiteral("Sneaky"), {Operation::AddAccessPolicy}).status,
             WriteStatus::Refused);
    QVERIFY(access.copyRole(builtinroles::administrator, QStringLiteral("Almost admin")).ok());
    const UserRole almost = *access.tables().roleByName(QStringLiteral("Almost admin"));
    QVERIFY(!almost.isBuiltIn);
    QVERIFY(almost.operations.contains(Operation::AddSubnet));
    QVERIFY(!almost.operations.contains(Operation::AddAccessPolicy));
    QVERIFY(access.editRole(QStringLiteral("Subnet editors"), {Operation::AssignSubnet},
                            {Operation::EditSubnet})
                    .ok());
    QCOMPARE(access.tables().roleByName(QStringLiteral("Subnet editors"))->operations,
             OperationSet({Operation::AssignSubnet}));
    // A reader: a role with no operations still lets its principal see its scope.
    QVERIFY(access.addRole(QStringLiteral("Readers"), {}).ok());
    QVERIFY(access.addPolicy(QStringLiteral("gina"), false, QStringLiteral("Readers"),
                             QStringLiteral("Global/East"))
                    .ok());
    QCOMPARE(access.removeRole(QStringLiteral("Readers")).status, WriteStatus::Refused);
    QVERIFY(access.removePolicies(QStringLiteral("gina")).ok());
    QVERIFY(access.removeRole(QStringLiteral("Readers")).ok());
    QVERIFY(!access.tables().roleByName(QStringLiteral("Readers")));
}

void TestAccessControl::denialMessageIsExactAndAudited()
{
    IPAM_START_RBAC_FIXTURE(f);
    const RbacFixture::Location &west = f.locations.value(QStringLiteral("West"));
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("hank"), false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    f.user->setPrincipal(Principal{QStringLiteral("hank"), {}});
    Subnet subnet = reread<Subnet>(f, west.subnet.id);
    subnet.description = QStringLiteral("mine now");
    ChangeSet set;
    set.update(subnet);
    const WriteResult result = f.user->submit(set);
    QCOMPARE(result.status, WriteStatus::Denied);
    QCOMPARE(result.message,
             QStringLiteral("permission denied: hank may not edit subnet on "
                            "subnet 172.16.0.0/12 (scope Global/West)"));
    const AuditEntry audit = f.admin->store().auditLog(1).constFirst();
    QCOMPARE(audit.outcome, QStringLiteral("denied"));
    QCOMPARE(audit.principal, QStringLiteral("hank"));
    QCOMPARE(audit.afterJson, result.message);
    QCOMPARE(reread<Subnet>(f, west.subnet.id).description, QString());
}

void TestAccessControl::limitedAdministratorCannotGrantOutsideItsScope()
{
    IPAM_START_RBAC_FIXTURE(f);
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("ivy"), false, builtinroles::administrator,
                                QStringLiteral("Global/East"))
                    .ok());
    f.user->setPrincipal(Principal{QStringLiteral("ivy"), {}});
    AccessControlStore &ivy = *f.userAccess;
    QVERIFY(ivy.addScope(QStringLiteral("Global/East/Cork")).ok());
    QVERIFY(ivy.addPolicy(QStringLiteral("jack"), false, builtinroles::asmAdministrator,
                          QStringLiteral("Global/East/Cork"))
                    .ok());
    QCOMPARE(ivy.addPolicy(QStringLiteral("ivy"), false, builtinroles::administrator,
                           QStringLiteral("Global"))
                     .status,
             WriteStatus::Denied);
    QCOMPARE(ivy.addScope(QStringLiteral("Global/North")).status, WriteStatus::Denied);
    QCOMPARE(
            ivy.moveScope(QStringLiteral("Global/East/Cork"), QStringLiteral("Global/West")).status,
            WriteStatus::Denied);
    QCOMPARE(ivy.addRole(QStringLiteral("Mine"), {Operation::AddSubnet}).status,
             WriteStatus::Denied);
}

void TestAccessControl::actingAsAnotherNeedsAdministratorOnSqliteOnly()
{
    IPAM_START_RBAC_FIXTURE(f);
    AccessControlTables &tables = f.adminAccess->tables();
    if (backend == QLatin1String("postgresql")) {
        QVERIFY(!tables.mayActAsAnother(f.adminPrincipal));
        QVERIFY(!tables.actingPrincipal(QStringLiteral("someone-else")));
        QCOMPARE(tables.actingPrincipal().value().name, f.adminPrincipal.name);
        return;
    }
    QVERIFY(tables.mayActAsAnother(f.adminPrincipal));
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("mo"), false, builtinroles::administrator,
                                QStringLiteral("Global/East"))
                    .ok());
    const Verdict mo = tables.mayActAsAnother(Principal{QStringLiteral("mo"), {}});
    QVERIFY(!mo);
    QVERIFY(mo.reason().startsWith(QLatin1String("permission denied: mo may not act as")));
    // ipamctl's start: the OS user, or --as for an administrator.
    QCOMPARE(tables.actingPrincipal().value().name, Principal::currentOsUser().name);
    QCOMPARE(tables.actingPrincipal(QStringLiteral("script")).value().name,
             QStringLiteral("script"));
}

void TestAccessControl::readingFollowsPolicies()
{
    IPAM_START_RBAC_FIXTURE(f);
    QVERIFY(f.adminAccess->addRole(QStringLiteral("Readers"), {}).ok());
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("kim"), false, QStringLiteral("Readers"),
                                QStringLiteral("Global/East"))
                    .ok());
    const AccessGrants kim
            = f.adminAccess->tables().grantsFor(Principal{QStringLiteral("kim"), {}});
    const ObjectId east = scopeId(f, QStringLiteral("Global/East"));
    const ObjectId dublin = scopeId(f, QStringLiteral("Global/East/Dublin"));
    const ObjectId west = scopeId(f, QStringLiteral("Global/West"));
    QVERIFY(kim.canView(east));
    QVERIFY(kim.canView(dublin));
    QVERIFY(!kim.canView(west));
    QVERIFY(!kim.canView(AccessScope::globalId));
    QCOMPARE(kim.visibleScopes(), QSet<ObjectId>({east, dublin}));
    QVERIFY(kim.operationsIn(east).isEmpty());
    // The condition the views and ipamctl filter with: kim sees East's and Dublin's subnets.
    QVariantList binds;
    const QString where = AccessControlTables::visibleCondition(kim, &binds);
    QStringList seen;
    for (const Subnet &s : f.admin->store().select<Subnet>(where, binds))
        seen.append(f.admin->store().get<AddressSpace>(s.spaceId)->name);
    seen.sort();
    QCOMPARE(seen, QStringList({QStringLiteral("Dublin fabric"), QStringLiteral("East fabric")}));
    QVariantList none;
    QCOMPARE(AccessControlTables::visibleCondition(f.adminAccess->grants(), &none), QString());
    const AccessGrants nobody
            = f.adminAccess->tables().grantsFor(Principal{QStringLiteral("nobody"), {}});
    QVERIFY(!nobody.holdsAnyPolicy());
    QVERIFY(nobody.visibleScopes().isEmpty());
    // The why of a grant.
    const AccessGrants admin = f.adminAccess->grants();
    const QList<AccessGrants::Grant> why = admin.reasons(Operation::AddSubnet, dublin);
    QCOMPARE(why.size(), 1);
    QCOMPARE(why.constFirst().roleName, builtinroles::administrator);
    QCOMPARE(why.constFirst().scopePath, QStringLiteral("Global"));
}

void TestAccessControl::bulkCreateChecksEveryRowWithoutAQueryPerRow()
{
    IPAM_START_RBAC_FIXTURE(f);
    const RbacFixture::Location &east = f.locations.value(QStringLiteral("East"));
    QVERIFY(f.adminAccess
                    ->addPolicy(QStringLiteral("lee"), false, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    // One subnet with a scope of its own inside the import's range: its addresses land there.
    QVERIFY(f.adminAccess
                    ->setAccessScope({{ObjectKind::Subnet, east.subnet.id}},
                                     QStringLiteral("Global/West"))
                    .ok());
    RbacAuthorizer authorizer(f.db);
    authorizer.beginChangeSet(*f.db);
    const Principal lee{QStringLiteral("lee"), {}};
    // Warm the caches (one read of the grants, one of the space, one of its scoped subnets),
    // then count nothing but hash lookups: time 20,000 checks against a generous bound.
    Address probe = addressIn(east.provider.id, "172.16.0.1");
    QCOMPARE(authorizer.authorize(lee, Operation::AddAddress, probe).isAllowed(), false);
    QCOMPARE(authorizer.scopeOf(probe), scopeId(f, QStringLiteral("Global/West")));
    Subnet subnet;
    subnet.spaceId = east.provider.id;
    subnet.networkType = NetworkType::Provider;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20000; ++i) {
        subnet.networkId = prefix(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256));
        QVERIFY(authorizer.authorize(lee, Operation::AddSubnet, subnet).isAllowed());
        probe.ipAddress = ip(QStringLiteral("192.168.%1.%2").arg(i / 256 % 256).arg(i % 256));
        QVERIFY(authorizer.authorize(lee, Operation::AddAddress, probe).isAllowed());
    }
    qInfo("40,000 checks: %lld ms", qint64(timer.elapsed()));
    QVERIFY(timer.elapsed() < 5000);

    // And through the write path: a 2,000-subnet change set as lee, all in East.
    f.user->setPrincipal(lee);
    ChangeSet set;
    for (int i = 0; i < 2000; ++i) {
        subnet.networkId = prefix(QStringLiteral("10.200.%1.%2/29").arg(i / 32).arg(i % 32 * 8));
        set.create(subnet);
    }
    const WriteResult result = f.user->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
