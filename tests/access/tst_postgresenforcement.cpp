// PostgreSQL enforces access control itself: each admin connects with their own login, and
// what their IPAM roles do not allow fails inside the database, even in psql. Only the
// schema owner (here the superuser who created the test database) bypasses it.

#include "rbacfixture.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace ipam;
using namespace ipam::test;

namespace {

struct Outcome
{
    bool ok;
    QString error;
    QString code;
    int rows = 0;
    // Row-level security hides what a login may not see: an UPDATE or DELETE of such rows
    // succeeds and changes nothing.
    bool changed() const { return ok && rows > 0; }
};

Outcome run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return {true, {}, {}, q.numRowsAffected()};
    return {false, q.lastError().databaseText(), q.lastError().nativeErrorCode()};
}

QString hex(const char *address)
{
    return QStringLiteral("decode('%1', 'hex')")
            .arg(QString::fromLatin1(ip(QString::fromLatin1(address)).toBytes().toHex()));
}

} // namespace

class TestPostgresEnforcement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void limitedLoginCannotChangeWhatItsRolesDoNotAllow();
    void derivedChangesOfAllowedWritesPass();
    void assignmentIsItsOwnOperation();
    void databaseRolesActAsGroups();
    void accessControlTablesAreGuarded();
    void policyForANewUserCreatesItsLogin();
    void ownerBypasses();
    void roleEditsWorkForAnyHolder();
    void readsAreScopedInTheDatabase();
    void auditRowsNameTheLogin();
    void everyRoleThroughTheDatabase_data();
    void everyRoleThroughTheDatabase();

private:
    // A login role for this test run, holding `role` in `scope`; returns a connection as it.
    std::shared_ptr<Database> login(const QString &name, const QString &role, const QString &scope);

    std::unique_ptr<RbacFixture> f;
    QString suffix;
    QStringList roles; // created logins and groups, dropped in cleanup()
    QList<std::shared_ptr<Database>> connections;
};

void TestPostgresEnforcement::init()
{
    QString why;
    if (!TestDatabase::postgresAvailable(&why)) {
        if (TestDatabase::postgresRequired())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    f = std::make_unique<RbacFixture>(QStringLiteral("postgresql"));
    QString error;
    QVERIFY2(f->start(&error), qPrintable(error));
    suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
}

void TestPostgresEnforcement::cleanup()
{
    connections.clear();
    if (f && f->db) {
        for (const QString &role : std::as_const(roles))
            run(*f->db, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
    }
    roles.clear();
    f.reset();
}

std::shared_ptr<Database> TestPostgresEnforcement::login(const QString &name, const QString &role,
                                                         const QString &scope)
{
    const QString user = QStringLiteral("ipam_%1_%2").arg(name, suffix);
    const Outcome created = run(*f->db, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(user));
    if (!created.ok)
        qFatal("cannot create login: %s", qPrintable(created.error));
    roles.append(user);
    if (!role.isEmpty() && !f->adminAccess->addPolicy(user, false, role, scope).ok())
        qFatal("cannot add a policy");
    QUrl url(f->testDb.url());
    url.setUserName(user);
    const Parsed<std::shared_ptr<Database>> db
            = Database::open(DatabaseLocation::parse(url.toString()).value());
    if (!db)
        qFatal("cannot connect as %s: %s", qPrintable(user), qPrintable(db.error()));
    connections.append(db.value());
    return db.value();
}

void TestPostgresEnforcement::limitedLoginCannotChangeWhatItsRolesDoNotAllow()
{
    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const RbacFixture::Location west = f->locations.value(QStringLiteral("West"));
    const std::shared_ptr<Database> ann
            = login(QStringLiteral("ann"), builtinroles::ipAddressRecordAdministrator,
                    QStringLiteral("Global/East"));

    // The direct UPDATE of psql fails, with the write path's words, and changes nothing.
    const Outcome edit = run(*ann,
                             QStringLiteral("UPDATE ip_subnet SET description = 'mine' "
                                            "WHERE id = %1")
                                     .arg(east.subnet.id));
    QVERIFY(!edit.ok);
    QCOMPARE(edit.code, QStringLiteral("42501"));
    QVERIFY2(
            edit.error.contains(QStringLiteral("permission denied: ipam_ann_%1 may not edit subnet "
                                               "on subnet #%2 (scope Global/East)")
                                        .arg(suffix)
                                        .arg(east.subnet.id)),
            qPrintable(edit.error));
    QCOMPARE(f->admin->store().get<Subnet>(east.subnet.id)->description, QString());

    // Its own operations work, in its scope only.
    QVERIFY(run(*ann,
                QStringLiteral("INSERT INTO ip_address (space_id, family, ip, ip_address) VALUES "
                               "(%1, 4, %2, '172.16.5.5')")
                        .arg(east.provider.id)
                        .arg(hex("172.16.5.5")))
                    .ok);
    const Outcome outside
            = run(*ann,
                  QStringLiteral("INSERT INTO ip_address (space_id, family, ip, ip_address) VALUES "
                                 "(%1, 4, %2, '172.16.5.5')")
                          .arg(west.provider.id)
                          .arg(hex("172.16.5.5")));
    QVERIFY(!outside.ok);
    QVERIFY2(outside.error.contains(QLatin1String("may not add address")),
             qPrintable(outside.error));
    // An inheriting row cannot be pointed at another scope by hand.
    QVERIFY(run(*ann,
                QStringLiteral("UPDATE ip_address SET access_scope_id = %1 WHERE space_id = "
                               "%2")
                        .arg(west.scopeId)
                        .arg(east.provider.id))
                    .ok);
    QCOMPARE(f->admin->store()
                     .addressesByIp(east.provider.id, ip(QStringLiteral("172.16.5.5")))
                     .constFirst()
                     .accessScopeId,
             east.scopeId);
    // Nor given a scope of its own without Set access scope.
    QVERIFY(!run(*ann,
                 QStringLiteral("UPDATE ip_address SET access_scope_inherited = 0, "
                                "access_scope_id = %1 WHERE space_id = %2")
                         .arg(west.scopeId)
                         .arg(east.provider.id))
                     .ok);
    QVERIFY(!run(*ann, QStringLiteral("DELETE FROM ip_subnet WHERE id = %1").arg(east.subnet.id))
                     .ok);
}

void TestPostgresEnforcement::derivedChangesOfAllowedWritesPass()
{
    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const std::shared_ptr<Database> bea
            = login(QStringLiteral("bea"), builtinroles::ipAddressRecordAdministrator,
                    QStringLiteral("Global/East"));
    // On PostgreSQL the login is the principal.
    WritePath path(bea, AccessControlTables(*bea).connectedPrincipal());
    path.setAuthorizer(makeAuthorizer(bea));
    QCOMPARE(path.principal().name, QStringLiteral("ipam_bea_%1").arg(suffix));
    Address address;
    address.spaceId = east.provider.id;
    address.ipAddress = ip(QStringLiteral("172.16.7.7"));
    ChangeSet set;
    set.create(address);
    // The address's subnet's utilization is updated too: derived, so allowed.
    const WriteResult result = path.submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(f->admin->store().get<Subnet>(east.subnet.id)->utilizedAddresses, 1);
    ChangeSet edit;
    Subnet subnet = *path.store().get<Subnet>(east.subnet.id);
    subnet.description = QStringLiteral("no");
    edit.update(subnet);
    QCOMPARE(path.submit(edit).status, WriteStatus::Denied);
    // When the application would allow what the database refuses (here: a write path with no
    // authorizer), the database's refusal is still a denial, with its message.
    WritePath unchecked(bea, path.principal());
    const WriteResult refused = unchecked.submit(edit);
    QCOMPARE(refused.status, WriteStatus::Denied);
    QCOMPARE(refused.exitCode(), 3);
    QVERIFY2(refused.message.startsWith(
                     QStringLiteral("permission denied: ipam_bea_%1 may not edit subnet")
                             .arg(suffix)),
             qPrintable(refused.message));
}

void TestPostgresEnforcement::assignmentIsItsOwnOperation()
{
    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const RbacFixture::Location west = f->locations.value(QStringLiteral("West"));
    QVERIFY(f->adminAccess->addRole(QStringLiteral("Assigners"), {Operation::AssignSubnet}).ok());
    const std::shared_ptr<Database> cy
            = login(QStringLiteral("cy"), QStringLiteral("Assigners"), QStringLiteral("East"));
    QVERIFY(run(*cy,
                QStringLiteral("UPDATE ip_subnet SET logical_network_id = %1 WHERE id = %2")
                        .arg(east.logicalNetwork.id)
                        .arg(east.subnet.id))
                    .ok);
    QVERIFY(!run(*cy,
                 QStringLiteral("UPDATE ip_subnet SET logical_network_id = %1 WHERE id = %2")
                         .arg(west.logicalNetwork.id)
                         .arg(west.subnet.id))
                     .changed());
    QVERIFY(!run(*cy,
                 QStringLiteral("UPDATE ip_subnet SET logical_network_id = NULL, name = "
                                "'renamed' WHERE id = %1")
                         .arg(east.subnet.id))
                     .ok);
}

void TestPostgresEnforcement::databaseRolesActAsGroups()
{
    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const QString group = QStringLiteral("ipam_netops_%1").arg(suffix);
    QVERIFY(run(*f->db, QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(group)).ok);
    roles.append(group);
    QVERIFY(f->adminAccess
                    ->addPolicy(group, true, builtinroles::asmAdministrator,
                                QStringLiteral("Global/East"))
                    .ok());
    const std::shared_ptr<Database> dan = login(QStringLiteral("dan"), QString(), QString());
    const QString update = QStringLiteral("UPDATE ip_subnet SET description = 'via group' WHERE "
                                          "id = %1")
                                   .arg(east.subnet.id);
    QVERIFY(!run(*dan, update).changed());
    QVERIFY(run(*f->db, QStringLiteral("GRANT \"%1\" TO \"ipam_dan_%2\"").arg(group, suffix)).ok);
    QVERIFY(run(*dan, update).ok);
    // And the application sees the same groups.
    QVERIFY(AccessControlTables(*dan).connectedPrincipal().groups.contains(group));
}

void TestPostgresEnforcement::accessControlTablesAreGuarded()
{
    const std::shared_ptr<Database> eve = login(
            QStringLiteral("eve"), builtinroles::asmAdministrator, QStringLiteral("Global/East"));
    const QString me = QStringLiteral("ipam_eve_%1").arg(suffix);
    QVERIFY(!run(*eve,
                 QStringLiteral("INSERT INTO access_policy (user_or_group, role_id, scope_id) "
                                "SELECT '%1', id, 1 FROM user_role WHERE name = '%2'")
                         .arg(me, builtinroles::administrator))
                     .ok);
    QVERIFY(!run(*eve, QStringLiteral("UPDATE user_role_operation SET operation = 'AddRole'")).ok);
    QVERIFY(!run(*eve,
                 QStringLiteral("INSERT INTO access_scope (parent_id, name) VALUES (1, "
                                "'Mine')"))
                     .ok);
    QVERIFY(!run(*eve, QStringLiteral("DELETE FROM audit_log")).ok);
    QVERIFY(!run(*eve, QStringLiteral("UPDATE setting SET value = '1'")).ok);
    QVERIFY(!run(*eve, QStringLiteral("DELETE FROM schema_version")).ok);
    // An administrator of East grants within East, and only there.
    const std::shared_ptr<Database> fay = login(QStringLiteral("fay"), builtinroles::administrator,
                                                QStringLiteral("Global/East"));
    QVERIFY(run(*fay,
                QStringLiteral("INSERT INTO access_policy (user_or_group, role_id, scope_id) "
                               "SELECT 'someone', id, %1 FROM user_role WHERE name = '%2'")
                        .arg(f->locations.value(QStringLiteral("Dublin")).scopeId)
                        .arg(builtinroles::asmAdministrator))
                    .ok);
    QVERIFY(!run(*fay,
                 QStringLiteral("INSERT INTO access_policy (user_or_group, role_id, "
                                "scope_id) SELECT 'someone', id, 1 FROM user_role WHERE "
                                "name = '%1'")
                         .arg(builtinroles::asmAdministrator))
                     .ok);
    QVERIFY(!run(*fay, QStringLiteral("DELETE FROM user_role_operation WHERE role_id = 1")).ok);
}

void TestPostgresEnforcement::policyForANewUserCreatesItsLogin()
{
    const QString user = QStringLiteral("ipam_newcomer_%1").arg(suffix);
    roles.append(user);
    f->adminAccess->setCreateMissingLogins(true);
    const WriteResult added = f->adminAccess->addPolicy(user, false, builtinroles::asmAdministrator,
                                                        QStringLiteral("Global/East"));
    QVERIFY2(added.ok(), qPrintable(added.message));
    QSqlQuery q(f->db->connection());
    QVERIFY(q.exec(
            QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(user)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
}

void TestPostgresEnforcement::ownerBypasses()
{
    const RbacFixture::Location west = f->locations.value(QStringLiteral("West"));
    QVERIFY(run(*f->db,
                QStringLiteral("UPDATE ip_subnet SET description = 'owner' WHERE id = %1")
                        .arg(west.subnet.id))
                    .ok);
    QCOMPARE(f->admin->store().get<Subnet>(west.subnet.id)->description, QStringLiteral("owner"));
}

// A second IPAM Administrator (not the owner) edits roles as ipamctl's role commands do.
void TestPostgresEnforcement::roleEditsWorkForAnyHolder()
{
    const std::shared_ptr<Database> gil
            = login(QStringLiteral("gil"), builtinroles::administrator, QStringLiteral("Global"));
    WritePath path(gil, AccessControlTables(*gil).connectedPrincipal());
    path.setAuthorizer(makeAuthorizer(gil));
    AccessControlStore access(path);
    WriteResult r = access.addRole(QStringLiteral("Auditors"), {Operation::ViewAuditLog});
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = access.copyRole(QStringLiteral("Auditors"), QStringLiteral("Auditors 2"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = access.editRole(QStringLiteral("Auditors 2"), {Operation::ExportAddressSpace}, {});
    QVERIFY2(r.ok(), qPrintable(r.message));
    UserRole values = *f->adminAccess->tables().roleByName(QStringLiteral("Auditors 2"));
    values.description = QStringLiteral("read the log, export");
    r = access.setRole(QStringLiteral("Auditors 2"), values);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(f->adminAccess->tables().roleByName(QStringLiteral("Auditors 2"))->operations,
             OperationSet({Operation::ViewAuditLog, Operation::ExportAddressSpace}));
    r = access.removeRole(QStringLiteral("Auditors 2"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(!f->adminAccess->tables().roleByName(QStringLiteral("Auditors 2")));
    // Built-in roles stay read-only, and a holder of no role operation cannot edit roles.
    QVERIFY(!access.editRole(builtinroles::asmAdministrator, {}, {Operation::AddSubnet}).ok());
    const std::shared_ptr<Database> hal = login(
            QStringLiteral("hal"), builtinroles::asmAdministrator, QStringLiteral("Global"));
    const Outcome edit = run(*hal,
                             QStringLiteral("INSERT INTO user_role_operation (role_id, "
                                            "operation) SELECT id, 'AddRole' FROM user_role "
                                            "WHERE name = 'Auditors'"));
    QVERIFY(!edit.ok);
    QCOMPARE(edit.code, QStringLiteral("42501"));
}

// What a login reads is what the console shows it: the objects of its scopes and below, the
// audit log with View audit log, the policies that apply to it or that it administers.
void TestPostgresEnforcement::readsAreScopedInTheDatabase()
{
    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const RbacFixture::Location dublin = f->locations.value(QStringLiteral("Dublin"));
    const RbacFixture::Location west = f->locations.value(QStringLiteral("West"));
    const std::shared_ptr<Database> ivy
            = login(QStringLiteral("ivy"), builtinroles::ipAddressRecordAdministrator,
                    QStringLiteral("Global/East"));
    auto count = [](Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    };
    const QString inScopes = QStringLiteral("SELECT count(*) FROM %1 WHERE access_scope_id IN "
                                            "(%2, %3)");
    for (const char *table : {"address_space", "logical_network", "network_site", "vm_network",
                              "ip_block", "ip_subnet"}) {
        const QString all = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        const qint64 mine = count(
                *f->db, inScopes.arg(QLatin1String(table)).arg(east.scopeId).arg(dublin.scopeId));
        QVERIFY(mine >= 2);
        QCOMPARE(count(*ivy, all), mine);
        QVERIFY(count(*f->db, all) > mine);
    }
    // And through the store, as the console loads it.
    WritePath path(ivy, AccessControlTables(*ivy).connectedPrincipal());
    QVERIFY(path.store().get<Subnet>(east.subnet.id));
    QVERIFY(path.store().get<Subnet>(dublin.subnet.id));
    QVERIFY(!path.store().get<Subnet>(west.subnet.id));
    QCOMPARE(count(*ivy, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QVERIFY(count(*ivy, QStringLiteral("SELECT count(*) FROM audit_change")) > 0);
    QCOMPARE(count(*ivy, QStringLiteral("SELECT count(*) FROM access_policy")), 1);

    QVERIFY(f->adminAccess->addRole(QStringLiteral("Auditors"), {Operation::ViewAuditLog}).ok());
    const std::shared_ptr<Database> joe = login(QStringLiteral("joe"), QStringLiteral("Auditors"),
                                                QStringLiteral("Global/East/Dublin"));
    QCOMPARE(count(*joe, QStringLiteral("SELECT count(*) FROM audit_log")),
             count(*f->db, QStringLiteral("SELECT count(*) FROM audit_log")));
    // An administrator of East sees the policies of East's subtree, not Global's.
    const std::shared_ptr<Database> kim = login(QStringLiteral("kim"), builtinroles::administrator,
                                                QStringLiteral("Global/East"));
    QCOMPARE(count(*kim, QStringLiteral("SELECT count(*) FROM access_policy WHERE scope_id = 1")),
             0);
    QCOMPARE(
            count(*kim, QStringLiteral("SELECT count(*) FROM access_policy")),
            count(*f->db,
                  inScopes.arg(QStringLiteral("access_policy"))
                          .arg(east.scopeId)
                          .arg(dublin.scopeId)
                          .replace(QStringLiteral("access_scope_id"), QStringLiteral("scope_id"))));
}

// The write path's audit rows carry the session's login, whatever principal the client names.
void TestPostgresEnforcement::auditRowsNameTheLogin()
{
    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const std::shared_ptr<Database> lou
            = login(QStringLiteral("lou"), builtinroles::ipAddressRecordAdministrator,
                    QStringLiteral("Global/East"));
    WritePath path(lou, Principal{QStringLiteral("postgres"), {}});
    Address address;
    address.spaceId = east.provider.id;
    address.ipAddress = ip(QStringLiteral("172.16.8.8"));
    ChangeSet set;
    set.create(address);
    const WriteResult result = path.submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QSqlQuery q(f->db->connection());
    QVERIFY(q.exec(
            QStringLiteral("SELECT principal FROM audit_log WHERE id = %1").arg(result.auditId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ipam_lou_%1").arg(suffix));
}

void TestPostgresEnforcement::everyRoleThroughTheDatabase_data()
{
    QTest::addColumn<QString>("role");
    for (const UserRole &role : builtInRoles())
        QTest::newRow(qPrintable(role.name)) << role.name;
}

// Each built-in role, as a login holding it in Global/East, tries in psql's way every
// address-space operation (add, edit, delete of each kind, assign, set access scope) in East,
// Dublin and West, each in a transaction rolled back afterwards; the database allows exactly
// what the role holds in East's subtree, and refuses the rest with SQLSTATE 42501.
void TestPostgresEnforcement::everyRoleThroughTheDatabase()
{
    QFETCH(QString, role);
    const OperationSet holds = builtInRole(role)->operations;
    const std::shared_ptr<Database> db
            = login(QStringLiteral("r%1").arg(QString::number(qHash(role) % 100000)), role,
                    QStringLiteral("Global/East"));
    int checked = 0;
    for (const QString &where :
         {QStringLiteral("East"), QStringLiteral("Dublin"), QStringLiteral("West")}) {
        const RbacFixture::Location l = f->locations.value(where);
        const bool inside = where != QLatin1String("West");
        // Objects with nothing depending on them, for the deletes (rolled back each time).
        AddressSpace spareSpace;
        spareSpace.name = QStringLiteral("Spare ") + where;
        spareSpace = f->adminCreate(spareSpace);
        QVERIFY(f->adminAccess
                        ->setAccessScope({{ObjectKind::AddressSpace, spareSpace.id}}, l.scopePath)
                        .ok());
        LogicalNetwork spareNetwork;
        spareNetwork.spaceId = l.provider.id;
        spareNetwork.name = QStringLiteral("Spare LN");
        spareNetwork = f->adminCreate(spareNetwork);
        NetworkSite spareSite;
        spareSite.logicalNetworkId = l.logicalNetwork.id;
        spareSite.name = QStringLiteral("Spare site");
        spareSite = f->adminCreate(spareSite);
        VmNetwork spareVmNetwork;
        spareVmNetwork.spaceId = l.customer.id;
        spareVmNetwork.name = QStringLiteral("Spare VM network");
        spareVmNetwork = f->adminCreate(spareVmNetwork);
        Block spareBlock;
        spareBlock.spaceId = l.provider.id;
        spareBlock.networkId = prefix(QStringLiteral("100.200.0.0/16"));
        spareBlock = f->adminCreate(spareBlock);
        Subnet spareSubnet;
        spareSubnet.spaceId = l.provider.id;
        spareSubnet.networkType = NetworkType::Provider;
        spareSubnet.networkId = prefix(QStringLiteral("10.200.0.0/24"));
        spareSubnet = f->adminCreate(spareSubnet);
        Range spareRange;
        spareRange.spaceId = l.provider.id;
        spareRange.startAddress = ip(QStringLiteral("172.20.0.1"));
        spareRange.endAddress = ip(QStringLiteral("172.20.0.50"));
        spareRange = f->adminCreate(spareRange);
        Address spareAddress;
        spareAddress.spaceId = l.provider.id;
        spareAddress.ipAddress = ip(QStringLiteral("172.21.0.1"));
        spareAddress = f->adminCreate(spareAddress);

        using O = Operation;
        struct Case
        {
            Operation operation;
            QString sql;
        };
        const QString id = QStringLiteral(" WHERE id = %1");
        const QList<Case> cases = {
                {O::AddAddressSpace,
                 QStringLiteral("INSERT INTO address_space (name, type) VALUES ('direct', 0)")},
                {O::EditAddressSpace,
                 QStringLiteral("UPDATE address_space SET description = 'x'")
                         + id.arg(l.provider.id)},
                {O::DeleteAddressSpace,
                 QStringLiteral("DELETE FROM address_space") + id.arg(spareSpace.id)},
                {O::AddLogicalNetwork,
                 QStringLiteral("INSERT INTO logical_network (space_id, name) VALUES (%1, "
                                "'direct')")
                         .arg(l.provider.id)},
                {O::EditLogicalNetwork,
                 QStringLiteral("UPDATE logical_network SET description = 'x'")
                         + id.arg(l.logicalNetwork.id)},
                {O::DeleteLogicalNetwork,
                 QStringLiteral("DELETE FROM logical_network") + id.arg(spareNetwork.id)},
                {O::AddNetworkSite,
                 QStringLiteral("INSERT INTO network_site (logical_network_id, name) VALUES (%1, "
                                "'direct')")
                         .arg(l.logicalNetwork.id)},
                {O::EditNetworkSite,
                 QStringLiteral("UPDATE network_site SET host_group = 'x'") + id.arg(l.site.id)},
                {O::DeleteNetworkSite,
                 QStringLiteral("DELETE FROM network_site") + id.arg(spareSite.id)},
                {O::AddVmNetwork,
                 QStringLiteral("INSERT INTO vm_network (space_id, name) VALUES (%1, 'direct')")
                         .arg(l.customer.id)},
                {O::EditVmNetwork,
                 QStringLiteral("UPDATE vm_network SET description = 'x'")
                         + id.arg(l.vmNetwork.id)},
                {O::DeleteVmNetwork,
                 QStringLiteral("DELETE FROM vm_network") + id.arg(spareVmNetwork.id)},
                {O::AddBlock,
                 QStringLiteral("INSERT INTO ip_block (space_id, family, lo, hi, prefix_length, "
                                "start_address, end_address) VALUES (%1, 4, %2, %3, 24, "
                                "'100.201.0.0', '100.201.0.255')")
                         .arg(l.provider.id)
                         .arg(hex("100.201.0.0"), hex("100.201.0.255"))},
                {O::EditBlock,
                 QStringLiteral("UPDATE ip_block SET description = 'x'") + id.arg(l.block.id)},
                {O::DeleteBlock, QStringLiteral("DELETE FROM ip_block") + id.arg(spareBlock.id)},
                {O::AddSubnet,
                 QStringLiteral("INSERT INTO ip_subnet (space_id, family, lo, hi, prefix_length, "
                                "network_id, network_type) VALUES (%1, 4, %2, %3, 24, "
                                "'10.77.0.0/24', 1)")
                         .arg(l.provider.id)
                         .arg(hex("10.77.0.0"), hex("10.77.0.255"))},
                {O::EditSubnet,
                 QStringLiteral("UPDATE ip_subnet SET description = 'x'") + id.arg(l.subnet.id)},
                {O::DeleteSubnet, QStringLiteral("DELETE FROM ip_subnet") + id.arg(spareSubnet.id)},
                {O::AssignSubnet,
                 QStringLiteral("UPDATE ip_subnet SET site_id = %1, logical_network_id = %2")
                                 .arg(l.site.id)
                                 .arg(l.logicalNetwork.id)
                         + id.arg(l.subnet.id)},
                {O::AddRange,
                 QStringLiteral("INSERT INTO ip_range (space_id, subnet_id, family, lo, hi, "
                                "start_address, end_address) VALUES (%1, %2, 4, %3, %4, "
                                "'172.22.0.1', '172.22.0.9')")
                         .arg(l.provider.id)
                         .arg(l.subnet.id)
                         .arg(hex("172.22.0.1"), hex("172.22.0.9"))},
                {O::EditRange,
                 QStringLiteral("UPDATE ip_range SET description = 'x'") + id.arg(spareRange.id)},
                {O::DeleteRange, QStringLiteral("DELETE FROM ip_range") + id.arg(spareRange.id)},
                {O::AddAddress,
                 QStringLiteral("INSERT INTO ip_address (space_id, family, ip, ip_address) "
                                "VALUES (%1, 4, %2, '192.0.2.1')")
                         .arg(l.provider.id)
                         .arg(hex("192.0.2.1"))},
                {O::EditAddress,
                 QStringLiteral("UPDATE ip_address SET device_name = 'x'")
                         + id.arg(spareAddress.id)},
                {O::DeleteAddress,
                 QStringLiteral("DELETE FROM ip_address") + id.arg(spareAddress.id)},
                {O::SetAccessScope,
                 QStringLiteral("UPDATE ip_subnet SET access_scope_inherited = 0, "
                                "access_scope_id = %1")
                                 .arg(l.scopeId)
                         + id.arg(spareSubnet.id)},
        };
        for (const Case &c : cases) {
            QVERIFY(run(*db, QStringLiteral("BEGIN")).ok);
            const Outcome outcome = run(*db, c.sql);
            run(*db, QStringLiteral("ROLLBACK"));
            // A new address space inherits Global, outside every test policy.
            const bool expected
                    = inside && c.operation != O::AddAddressSpace && holds.contains(c.operation);
            QVERIFY2(outcome.changed() == expected,
                     qPrintable(QStringLiteral("%1 in %2: %3 (%4)")
                                        .arg(operationKey(c.operation), where,
                                             outcome.changed() ? QStringLiteral("allowed")
                                                               : QStringLiteral("denied"),
                                             outcome.error)));
            if (!outcome.ok)
                QCOMPARE(outcome.code, QStringLiteral("42501"));
            // West is out of sight: refused, or nothing there to change.
            if (!inside && outcome.ok)
                QCOMPARE(outcome.rows, 0);
            ++checked;
        }
        // The next role starts from the same store: remove the spares again.
        ChangeSet cleanup;
        for (const AnyObject &o :
             {AnyObject(spareAddress), AnyObject(spareRange), AnyObject(spareSubnet),
              AnyObject(spareBlock), AnyObject(spareVmNetwork), AnyObject(spareSite),
              AnyObject(spareNetwork), AnyObject(spareSpace)}) {
            if (std::optional<AnyObject> stored
                = f->admin->store().get(kindOf(o), storedPart(o).id))
                cleanup.remove(*stored);
        }
        const WriteResult cleaned = f->adminSubmit(cleanup);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.message));
    }
    QCOMPARE(checked, 3 * 26);
}

QTEST_GUILESS_MAIN(TestPostgresEnforcement)
#include "tst_postgresenforcement.moc"
