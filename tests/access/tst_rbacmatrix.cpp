// The full RBAC matrix, on SQLite and PostgreSQL: every built-in role x every operation x an
// object in the policy's scope (Global/East), in a child scope (Global/East/Dublin) and
// outside (Global/West), each attempted through the write path by a principal holding only
// that role in Global/East. Allowed attempts commit; denied ones say exactly why, leave the
// store as it was and leave a "denied" audit row.

#include "rbacfixture.h"

#include <QTest>

#include <map>

using namespace ipam;
using namespace ipam::test;

namespace {

QString userFor(const QString &role)
{
    return QStringLiteral("user-") + QString(role).replace(QLatin1Char(' '), QLatin1Char('-'));
}

// One fixture per backend, shared by the rows of the matrix (fresh per row would cost
// minutes on PostgreSQL); each row works on objects of its own.
std::map<QString, std::unique_ptr<RbacFixture>> fixtures;

RbacFixture *fixtureFor(const QString &backend, QString *error)
{
    auto it = fixtures.find(backend);
    if (it != fixtures.end())
        return it->second.get();
    auto fixture = std::make_unique<RbacFixture>(backend);
    if (!fixture->start(error))
        return nullptr;
    for (const UserRole &role : builtInRoles()) {
        const WriteResult r = fixture->adminAccess->addPolicy(userFor(role.name), false, role.name,
                                                              QStringLiteral("East"));
        if (!r.ok()) {
            *error = r.message;
            return nullptr;
        }
    }
    return fixtures.emplace(backend, std::move(fixture)).first->second.get();
}

// Attempts `op` as the fixture's user on an object of location `l`. Setup runs as the admin,
// then `snapshot` is called, then the user's attempt. `target` is set to the scope the check
// concerns.
class Attempt
{
public:
    Attempt(RbacFixture &f, const RbacFixture::Location &l, std::function<void()> snapshot)
        : f(f)
        , l(l)
        , snapshot(std::move(snapshot))
        , n(++f.serial)
        , tag(QString::number(n))
    { }

    WriteResult run(Operation op, ObjectId *target);

private:
    template<typename T>
    T stored(ObjectId id)
    {
        return *f.admin->store().get<T>(id);
    }
    WriteResult user(const ChangeSet &set)
    {
        snapshot();
        return f.user->submit(set);
    }
    template<typename T>
    WriteResult userCreate(const T &object)
    {
        ChangeSet set;
        set.create(object);
        return user(set);
    }
    template<typename T>
    WriteResult userUpdate(const T &object)
    {
        ChangeSet set;
        set.update(object);
        return user(set);
    }
    template<typename T>
    WriteResult userRemove(const T &object)
    {
        ChangeSet set;
        set.remove(object);
        return user(set);
    }
    QString octets() const { return QStringLiteral("%1.%2").arg(n / 256).arg(n % 256); }
    Subnet newSubnet() const
    {
        Subnet s;
        s.spaceId = l.provider.id;
        s.networkId = prefix(QStringLiteral("10.%1.0/24").arg(octets()));
        s.networkType = NetworkType::Provider;
        return s;
    }
    Block newBlock() const
    {
        Block b;
        b.spaceId = l.provider.id;
        b.networkId = prefix(QStringLiteral("100.%1.0/24").arg(octets()));
        return b;
    }
    Range newRange() const
    {
        Range r;
        r.spaceId = l.provider.id;
        r.startAddress = ip(QStringLiteral("172.%1.%2.1").arg(16 + n / 256).arg(n % 256));
        r.endAddress = ip(QStringLiteral("172.%1.%2.200").arg(16 + n / 256).arg(n % 256));
        return r;
    }
    Address newAddress() const
    {
        Address a;
        a.spaceId = l.provider.id;
        a.ipAddress = ip(QStringLiteral("172.31.%1").arg(octets()));
        return a;
    }
    LogicalNetwork newLogicalNetwork() const
    {
        LogicalNetwork network;
        network.spaceId = l.provider.id;
        network.name = QStringLiteral("LN ") + tag;
        return network;
    }
    NetworkSite newSite() const
    {
        NetworkSite site;
        site.logicalNetworkId = l.logicalNetwork.id;
        site.name = QStringLiteral("Site ") + tag;
        return site;
    }
    VmNetwork newVmNetwork() const
    {
        VmNetwork network;
        network.spaceId = l.customer.id;
        network.name = QStringLiteral("VM network ") + tag;
        return network;
    }
    template<typename T>
    WriteResult editDescription(T object)
    {
        object.description = QStringLiteral("edited ") + tag;
        return userUpdate(object);
    }

    RbacFixture &f;
    const RbacFixture::Location &l;
    std::function<void()> snapshot;
    int n;
    QString tag;
};

WriteResult Attempt::run(Operation op, ObjectId *target)
{
    using O = Operation;
    *target = l.scopeId;
    AccessControlStore &access = *f.userAccess;
    AccessControlStore &adminAccess = *f.adminAccess;
    switch (op) {
    case O::AddAddressSpace: {
        AddressSpace space;
        space.name = QStringLiteral("Space ") + tag;
        *target = AccessScope::globalId; // a new space inherits Global
        return userCreate(space);
    }
    case O::EditAddressSpace:
        return editDescription(stored<AddressSpace>(l.provider.id));
    case O::DeleteAddressSpace: {
        AddressSpace space;
        space.name = QStringLiteral("Doomed space ") + tag;
        space = f.adminCreate(space);
        if (!adminAccess.setAccessScope({{ObjectKind::AddressSpace, space.id}}, l.scopePath).ok())
            qFatal("cannot set the scope of a space");
        return userRemove(stored<AddressSpace>(space.id));
    }
    case O::AddLogicalNetwork:
        return userCreate(newLogicalNetwork());
    case O::EditLogicalNetwork:
        return editDescription(stored<LogicalNetwork>(l.logicalNetwork.id));
    case O::DeleteLogicalNetwork:
        return userRemove(f.adminCreate(newLogicalNetwork()));
    case O::AddNetworkSite:
        return userCreate(newSite());
    case O::EditNetworkSite: {
        NetworkSite site = stored<NetworkSite>(l.site.id);
        site.hostGroup = QStringLiteral("edited ") + tag;
        return userUpdate(site);
    }
    case O::DeleteNetworkSite:
        return userRemove(f.adminCreate(newSite()));
    case O::AddVmNetwork:
        return userCreate(newVmNetwork());
    case O::EditVmNetwork:
        return editDescription(stored<VmNetwork>(l.vmNetwork.id));
    case O::DeleteVmNetwork:
        return userRemove(f.adminCreate(newVmNetwork()));
    case O::AddBlock:
        return userCreate(newBlock());
    case O::EditBlock:
        return editDescription(stored<Block>(l.block.id));
    case O::DeleteBlock:
        return userRemove(f.adminCreate(newBlock()));
    case O::AddSubnet:
        return userCreate(newSubnet());
    case O::EditSubnet:
        return editDescription(stored<Subnet>(l.subnet.id));
    case O::DeleteSubnet:
        return userRemove(f.adminCreate(newSubnet()));
    case O::AssignSubnet: {
        Subnet subnet = stored<Subnet>(f.adminCreate(newSubnet()).id);
        subnet.logicalNetworkId = l.logicalNetwork.id;
        return userUpdate(subnet);
    }
    case O::AddRange:
        return userCreate(newRange());
    case O::EditRange:
        return editDescription(stored<Range>(f.adminCreate(newRange()).id));
    case O::DeleteRange:
        return userRemove(stored<Range>(f.adminCreate(newRange()).id));
    case O::AddAddress:
        return userCreate(newAddress());
    case O::EditAddress:
        return editDescription(stored<Address>(f.adminCreate(newAddress()).id));
    case O::DeleteAddress:
        return userRemove(stored<Address>(f.adminCreate(newAddress()).id));
    case O::SetAccessScope: {
        const Subnet subnet = f.adminCreate(newSubnet());
        snapshot();
        return access.setAccessScope({{ObjectKind::Subnet, subnet.id}}, l.scopePath);
    }
    case O::AddAccessScope:
        snapshot();
        return access.addScope(l.scopePath + QStringLiteral("/Added ") + tag);
    case O::EditAccessScope: {
        const QString path = l.scopePath + QStringLiteral("/Edited ") + tag;
        if (!adminAccess.addScope(path).ok())
            qFatal("cannot add a scope");
        *target = *adminAccess.tables().scopeTree().idForPath(path);
        snapshot();
        return access.editScope(path, QStringLiteral("Renamed ") + tag);
    }
    case O::DeleteAccessScope: {
        const QString path = l.scopePath + QStringLiteral("/Doomed ") + tag;
        if (!adminAccess.addScope(path).ok())
            qFatal("cannot add a scope");
        *target = *adminAccess.tables().scopeTree().idForPath(path);
        snapshot();
        return access.removeScope(path);
    }
    case O::AddRole:
        *target = AccessScope::globalId;
        snapshot();
        return access.addRole(QStringLiteral("Role ") + tag, {O::AddSubnet});
    case O::EditRole:
        *target = AccessScope::globalId;
        if (!adminAccess.addRole(QStringLiteral("Role ") + tag, {O::AddSubnet}).ok())
            qFatal("cannot add a role");
        snapshot();
        return access.editRole(QStringLiteral("Role ") + tag, {O::EditSubnet}, {});
    case O::DeleteRole:
        *target = AccessScope::globalId;
        if (!adminAccess.addRole(QStringLiteral("Role ") + tag, {O::AddSubnet}).ok())
            qFatal("cannot add a role");
        snapshot();
        return access.removeRole(QStringLiteral("Role ") + tag);
    case O::AddAccessPolicy:
        snapshot();
        return access.addPolicy(QStringLiteral("someone-") + tag, false,
                                builtinroles::asmAdministrator, l.scopePath);
    case O::DeleteAccessPolicy:
        if (!adminAccess
                     .addPolicy(QStringLiteral("someone-") + tag, false,
                                builtinroles::asmAdministrator, l.scopePath)
                     .ok())
            qFatal("cannot add a policy");
        snapshot();
        return access.removePolicies(QStringLiteral("someone-") + tag);
    default:
        break;
    }
    // Operations without an address-space change of their own (import, export, audit, sync,
    // settings, DHCP, DNS): the write path's administrative entry checks them the same way.
    AdministrativeChange change;
    change.label = QStringLiteral("check ") + operationKey(op);
    change.object = QStringLiteral("the store");
    if (op == O::PurgeAuditLog || op == O::EditVmmConnection || op == O::EditSettings
        || op == O::EditAccessPolicy)
        *target = op == O::EditAccessPolicy ? l.scopeId : AccessScope::globalId;
    change.requirements.append({op, *target, change.object});
    snapshot();
    return f.user->submit(change);
}

} // namespace

class TestRbacMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRoleEveryOperationEveryPlace_data();
    void everyRoleEveryOperationEveryPlace();
    void cleanupTestCase() { fixtures.clear(); }
};

void TestRbacMatrix::everyRoleEveryOperationEveryPlace_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("location");
    for (const char *backend : {"sqlite", "postgresql"}) {
        for (const UserRole &role : builtInRoles()) {
            for (Operation op : allOperations()) {
                for (const char *location : {"East", "Dublin", "West"}) {
                    QTest::addRow("%s|%s|%s|%s", backend, qPrintable(role.name),
                                  qPrintable(operationKey(op)), location)
                            << QString::fromLatin1(backend) << role.name << int(op)
                            << QString::fromLatin1(location);
                }
            }
        }
    }
}

void TestRbacMatrix::everyRoleEveryOperationEveryPlace()
{
    QFETCH(QString, backend);
    QFETCH(QString, role);
    QFETCH(int, operation);
    QFETCH(QString, location);
    const Operation op = Operation(operation);

    QString error;
    RbacFixture *f = fixtureFor(backend, &error);
    if (!f) {
        if (error.startsWith(QLatin1String("skip:")))
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    const QString principal = userFor(role);
    f->user->setPrincipal(Principal{principal, {}});

    QString before;
    qint64 deniedBefore = 0;
    ObjectId target = 0;
    AccessScopeTree tree; // as the attempt found it (a removed scope is gone afterwards)
    Attempt attempt(*f, f->locations.value(location), [&] {
        before = f->fingerprint();
        deniedBefore = f->deniedAuditRows();
        tree = f->adminAccess->tables().scopeTree();
    });
    const WriteResult result = attempt.run(op, &target);
    QVERIFY2(!before.isEmpty(), "the attempt took no snapshot");

    const ObjectId east = *tree.idForPath(QStringLiteral("Global/East"));
    const bool holds = builtInRole(role)->operations.contains(op);
    const bool inScope = operationInfo(op).scopeAgnostic || tree.isWithin(target, east);
    const bool expected = holds && inScope;

    if (expected) {
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(f->deniedAuditRows(), deniedBefore);
    } else {
        QCOMPARE(int(result.status), int(WriteStatus::Denied));
        QCOMPARE(result.exitCode(), 3);
        QVERIFY2(result.message.startsWith(
                         QStringLiteral("permission denied: %1 may not ").arg(principal)),
                 qPrintable(result.message));
        QVERIFY2(result.message.endsWith(QStringLiteral("(scope %1)").arg(tree.path(target))),
                 qPrintable(result.message));
        QCOMPARE(f->fingerprint(), before);
        QCOMPARE(f->deniedAuditRows(), deniedBefore + 1);
    }
}

QTEST_GUILESS_MAIN(TestRbacMatrix)
#include "tst_rbacmatrix.moc"
