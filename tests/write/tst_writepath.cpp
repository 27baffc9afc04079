// The store and its one write path, on SQLite and on a real PostgreSQL: migrations, the
// domain rules, optimistic concurrency, authorization, audit, change events, utilization.

#include "domain/objectproperties.h"
#include "store/migrations.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

namespace {

Prefix prefix(const char *text)
{
    const Parsed<Prefix> p = Prefix::parse(QString::fromLatin1(text));
    if (!p)
        qFatal("bad test prefix %s: %s", text, qPrintable(p.error()));
    return p.value();
}

IpAddress ip(const char *text)
{
    return IpAddress::parse(QString::fromLatin1(text)).value();
}

// Everything a test needs: a database, a write path acting as "alice", and shortcuts.
struct Fixture
{
    explicit Fixture(const QString &backend)
        : testDb(backend)
    { }

    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        if (!db)
            return false;
        writePath = std::make_unique<WritePath>(db, Principal{QStringLiteral("alice"), {}});
        return true;
    }
    Store &store() { return writePath->store(); }
    ObjectId defaultSpaceId() { return store().defaultSpace()->id; }

    template<typename T>
    T create(T object)
    {
        ChangeSet set;
        set.create(object);
        const WriteResult result = writePath->submit(set);
        if (!result.ok())
            qWarning("create failed: %s", qPrintable(result.message));
        return result.ok() ? std::get<T>(result.objects.constFirst()) : T();
    }
    template<typename T>
    WriteResult tryCreate(T object)
    {
        ChangeSet set;
        set.create(object);
        return writePath->submit(set);
    }

    AddressSpace provider(const QString &name)
    {
        AddressSpace space;
        space.name = name;
        return create(space);
    }
    AddressSpace customer(const QString &name, ObjectId providerId)
    {
        AddressSpace space;
        space.name = name;
        space.type = AddressSpaceType::Customer;
        space.associatedProviderSpaceId = providerId;
        space.isolationMethod = IsolationMethod::NVGRE;
        space.vmNetwork = name + QStringLiteral(" VM Network");
        return create(space);
    }
    LogicalNetwork logicalNetwork(const QString &name, ObjectId spaceId)
    {
        LogicalNetwork network;
        network.name = name;
        network.spaceId = spaceId;
        return create(network);
    }
    NetworkSite site(const QString &name, ObjectId logicalNetworkId)
    {
        NetworkSite s;
        s.name = name;
        s.logicalNetworkId = logicalNetworkId;
        s.vlanIds = {12};
        return create(s);
    }
    Subnet subnet(const char *text, ObjectId spaceId,
                  NetworkType type = NetworkType::NonVirtualized)
    {
        Subnet s;
        s.networkId = prefix(text);
        s.spaceId = spaceId;
        s.networkType = type;
        return create(s);
    }
    qint64 auditCount() { return store().auditLog(1000000).size(); }

    test::TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
};

#define START(fixture) \
    QFETCH(QString, backend); \
    Fixture fixture(backend); \
    IPAM_REQUIRE_DATABASE(fixture.testDb); \
    QVERIFY2(fixture.start(), "cannot open the test database")

class DenySubnetRemoval final : public Authorizer
{
public:
    Verdict authorize(const Principal &principal, Operation operation,
                      const AnyObject &object) override
    {
        if (operation == Operation::DeleteSubnet)
            return Verdict::refused(
                    QStringLiteral("permission denied: %1 may not %2 on %3")
                            .arg(principal.name, toString(operation), describe(object)));
        return Verdict::allowed();
    }
};

} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migratesAndHoldsDefaultSpace_data() { test::addBackendRows(); }
    void migratesAndHoldsDefaultSpace();
    void defaultSpaceCannotBeRemovedOrRenamed_data() { test::addBackendRows(); }
    void defaultSpaceCannotBeRemovedOrRenamed();
    void refusesOverlapInsideOneSpace_data() { test::addBackendRows(); }
    void refusesOverlapInsideOneSpace();
    void tenantsMayOverlapEachOther_data() { test::addBackendRows(); }
    void tenantsMayOverlapEachOther();
    void assignsOnlyWithinOwnProviderSpace_data() { test::addBackendRows(); }
    void assignsOnlyWithinOwnProviderSpace();
    void refusedChangeSetLeavesNothingBehind_data() { test::addBackendRows(); }
    void refusedChangeSetLeavesNothingBehind();
    void staleVersionIsAConflict_data() { test::addBackendRows(); }
    void staleVersionIsAConflict();
    void deniedChangeIsAuditedAndNotWritten_data() { test::addBackendRows(); }
    void deniedChangeIsAuditedAndNotWritten();
    void committedChangeIsAuditedAndPublished_data() { test::addBackendRows(); }
    void committedChangeIsAuditedAndPublished();
    void rangesAndAddressesDriveUtilization_data() { test::addBackendRows(); }
    void rangesAndAddressesDriveUtilization();
    void rangeNeedsAContainingSubnet_data() { test::addBackendRows(); }
    void rangeNeedsAContainingSubnet();
    void removalsRespectDependents_data() { test::addBackendRows(); }
    void removalsRespectDependents();
    void customerSpaceRules_data() { test::addBackendRows(); }
    void customerSpaceRules();
    void blocksNestButDoNotPartlyOverlap_data() { test::addBackendRows(); }
    void blocksNestButDoNotPartlyOverlap();
    void ipv6CountsAreExact_data() { test::addBackendRows(); }
    void ipv6CountsAreExact();
    void spaceUsageAddsUpExactly_data() { test::addBackendRows(); }
    void spaceUsageAddsUpExactly();
    void bulkCreateChecksOverlapAndKeepsIds_data() { test::addBackendRows(); }
    void bulkCreateChecksOverlapAndKeepsIds();
    void bulkRangeCreateCountsEverySubnet_data() { test::addBackendRows(); }
    void bulkRangeCreateCountsEverySubnet();
    void bulkRangeCreateRefusesTheBadOne_data();
    void bulkRangeCreateRefusesTheBadOne();
    void largeChangeSetMapsItsOwnAddresses_data() { test::addBackendRows(); }
    void largeChangeSetMapsItsOwnAddresses();
    void readsWhileItsStatementCacheTurnsOver();
    void parentFromAnEarlierChange_data() { test::addBackendRows(); }
    void parentFromAnEarlierChange();
    void postgresExclusionConstraintHoldsWithoutTheWritePath();
};

void TestWritePath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    if (test::TestDatabase::postgresRequired())
        QVERIFY2(test::TestDatabase::postgresAvailable(&why), qPrintable(why));
}

void TestWritePath::migratesAndHoldsDefaultSpace()
{
    START(f);
    QCOMPARE(f.db->schemaVersion(), latestSchemaVersion());
    const auto space = f.store().defaultSpace();
    QVERIFY(space);
    QVERIFY(space->type == AddressSpaceType::Provider);
    // A second connection (another console) finds the schema in place and does not re-create it.
    std::shared_ptr<Database> again = f.testDb.open();
    QVERIFY(again);
    QCOMPARE(Store(again).count<AddressSpace>(), qint64(1));
}

void TestWritePath::defaultSpaceCannotBeRemovedOrRenamed()
{
    START(f);
    AddressSpace space = *f.store().defaultSpace();
    ChangeSet remove;
    remove.remove(space);
    WriteResult result = f.writePath->submit(remove);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(QLatin1String("Default")), qPrintable(result.message));
    QCOMPARE(result.exitCode(), 1);

    space.name = QStringLiteral("Renamed");
    ChangeSet rename;
    rename.update(space, space.version);
    QCOMPARE(f.writePath->submit(rename).status, WriteStatus::Refused);
    QVERIFY(f.store().defaultSpace());
}

void TestWritePath::refusesOverlapInsideOneSpace()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    QVERIFY(f.subnet("10.1.0.0/16", def).id);
    Subnet inner;
    inner.networkId = prefix("10.1.2.0/24");
    inner.spaceId = def;
    WriteResult result = f.tryCreate(inner);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(QLatin1String("10.1.2.0/24"))
                     && result.message.contains(QLatin1String("10.1.0.0/16")),
             qPrintable(result.message));

    Subnet outer;
    outer.networkId = prefix("10.0.0.0/8");
    outer.spaceId = def;
    QCOMPARE(f.tryCreate(outer).status, WriteStatus::Refused);

    Subnet same;
    same.networkId = prefix("10.1.0.0/16");
    same.spaceId = def;
    result = f.tryCreate(same);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(QLatin1String("already exists")), qPrintable(result.message));

    // Neighbours touch without overlapping.
    QVERIFY(f.subnet("10.2.0.0/16", def).id);
    QVERIFY(f.subnet("10.0.255.0/24", def).id);
    QCOMPARE(f.store().count<Subnet>(), qint64(3));
}

void TestWritePath::tenantsMayOverlapEachOther()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    const AddressSpace trey = f.customer(QStringLiteral("Trey Research"), def);
    const AddressSpace fabrikam = f.customer(QStringLiteral("Fabrikam"), def);
    QVERIFY(trey.id && fabrikam.id);
    QVERIFY(f.subnet("192.168.0.0/24", trey.id, NetworkType::Customer).id);
    QVERIFY(f.subnet("192.168.0.0/24", fabrikam.id, NetworkType::Customer).id);
    QVERIFY(f.subnet("192.168.0.0/24", def).id);
    // ... but not inside one tenant.
    Subnet again;
    again.networkId = prefix("192.168.0.128/25");
    again.spaceId = trey.id;
    again.networkType = NetworkType::Customer;
    QCOMPARE(f.tryCreate(again).status, WriteStatus::Refused);
    // Tenant subnets are Customer subnets and belong to the space's VM network.
    const auto subnet = f.store().subnetByPrefix(trey.id, prefix("192.168.0.0/24"));
    QVERIFY(subnet);
    QVERIFY(subnet->vmNetworkId != 0);
    QCOMPARE(f.store().get<VmNetwork>(subnet->vmNetworkId)->name,
             QStringLiteral("Trey Research VM Network"));
}

void TestWritePath::assignsOnlyWithinOwnProviderSpace()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    const AddressSpace contoso = f.provider(QStringLiteral("Contoso"));
    const LogicalNetwork storage = f.logicalNetwork(QStringLiteral("Storage"), def);
    const LogicalNetwork backup = f.logicalNetwork(QStringLiteral("Backup"), def);
    const LogicalNetwork foreign = f.logicalNetwork(QStringLiteral("Storage"), contoso.id);
    const NetworkSite site1 = f.site(QStringLiteral("Site01"), storage.id);
    const NetworkSite backupSite = f.site(QStringLiteral("Site01"), backup.id);
    Subnet subnet = f.subnet("10.13.0.0/16", def, NetworkType::Provider);
    QVERIFY(subnet.id && foreign.id && site1.id && backupSite.id);

    struct Case
    {
        const char *name;
        ObjectId lnet;
        ObjectId site;
        bool allowed;
    };
    const Case cases[] = {
            {"logical network of another provider space", foreign.id, 0, false},
            {"site of a different logical network", storage.id, backupSite.id, false},
            {"logical network of its own space", storage.id, 0, true},
            {"site of that logical network", storage.id, site1.id, true},
            {"site alone implies its logical network", 0, backupSite.id, true},
            {"unassign", 0, 0, true},
    };
    for (const Case &c : cases) {
        const Subnet current = *f.store().get<Subnet>(subnet.id);
        Subnet edited = current;
        edited.logicalNetworkId = c.lnet;
        edited.siteId = c.site;
        ChangeSet set;
        set.update(edited, current.version);
        const WriteResult result = f.writePath->submit(set);
        QVERIFY2(result.ok() == c.allowed,
                 qPrintable(QLatin1String(c.name) + QLatin1String(": ") + result.message));
        const Subnet after = *f.store().get<Subnet>(subnet.id);
        if (!c.allowed) {
            QCOMPARE(after.logicalNetworkId, current.logicalNetworkId);
            QCOMPARE(after.version, current.version);
        }
    }
    QCOMPARE(f.store().get<Subnet>(subnet.id)->logicalNetworkId, ObjectId(0));
    // The site-only case filled in the logical network.
    QVERIFY(f.store().auditLog(10).size() >= 4);

    // Customer subnets are never assigned to logical networks.
    const AddressSpace tenant = f.customer(QStringLiteral("Tenant"), def);
    Subnet customerSubnet = f.subnet("10.13.0.0/16", tenant.id, NetworkType::Customer);
    customerSubnet.logicalNetworkId = storage.id;
    ChangeSet set;
    set.update(customerSubnet, customerSubnet.version);
    QCOMPARE(f.writePath->submit(set).status, WriteStatus::Refused);
}

void TestWritePath::refusedChangeSetLeavesNothingBehind()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    QVERIFY(f.subnet("10.9.0.0/16", def).id);
    const qint64 audits = f.auditCount();
    QSignalSpy spy(f.writePath.get(), &WritePath::committed);
    ChangeSet set;
    for (int i = 0; i < 50; ++i) {
        Subnet s;
        s.networkId = prefix(qPrintable(QStringLiteral("10.1.%1.0/24").arg(i)));
        s.spaceId = def;
        set.create(s);
    }
    Subnet bad;
    bad.networkId = prefix("10.9.9.0/24"); // inside 10.9.0.0/16
    bad.spaceId = def;
    set.create(bad);
    const WriteResult result = f.writePath->submit(set);
    QCOMPARE(result.status, WriteStatus::Refused);
    QCOMPARE(result.failedChange, 50);
    QCOMPARE(f.store().count<Subnet>(), qint64(1));
    QCOMPARE(f.auditCount(), audits);
    QCOMPARE(spy.count(), 0);
}

void TestWritePath::staleVersionIsAConflict()
{
    START(f);
    const Subnet subnet = f.subnet("10.5.0.0/24", f.defaultSpaceId());
    // Another console edits the subnet through its own connection.
    std::shared_ptr<Database> otherDb = f.testDb.open();
    QVERIFY(otherDb);
    WritePath other(otherDb, Principal{QStringLiteral("bob"), {}});
    Subnet theirs = subnet;
    theirs.description = QStringLiteral("bob was here");
    ChangeSet theirSet;
    theirSet.update(theirs, subnet.version);
    QVERIFY(other.submit(theirSet).ok());

    Subnet mine = subnet;
    mine.description = QStringLiteral("alice's edit");
    ChangeSet mySet;
    mySet.update(mine, subnet.version);
    const WriteResult result = f.writePath->submit(mySet);
    QCOMPARE(result.status, WriteStatus::Conflict);
    QCOMPARE(result.exitCode(), 4);
    QCOMPARE(f.store().get<Subnet>(subnet.id)->description, QStringLiteral("bob was here"));

    // Removing what someone else removed is a conflict too.
    ChangeSet removeTheirs;
    removeTheirs.remove(*other.store().get<Subnet>(subnet.id));
    QVERIFY(other.submit(removeTheirs).ok());
    ChangeSet removeMine;
    removeMine.remove(subnet, subnet.version);
    QCOMPARE(f.writePath->submit(removeMine).status, WriteStatus::Conflict);
}

void TestWritePath::deniedChangeIsAuditedAndNotWritten()
{
    START(f);
    const Subnet subnet = f.subnet("10.6.0.0/24", f.defaultSpaceId());
    f.writePath->setAuthorizer(std::make_shared<DenySubnetRemoval>());
    ChangeSet set;
    set.remove(subnet);
    const WriteResult result = f.writePath->submit(set);
    QCOMPARE(result.status, WriteStatus::Denied);
    QCOMPARE(result.exitCode(), 3);
    QVERIFY2(result.message.startsWith(QLatin1String("permission denied: alice")),
             qPrintable(result.message));
    QVERIFY(f.store().get<Subnet>(subnet.id));
    const AuditEntry last = f.store().auditLog(1).constFirst();
    QCOMPARE(last.outcome, QStringLiteral("denied"));
    QCOMPARE(last.principal, QStringLiteral("alice"));
}

void TestWritePath::committedChangeIsAuditedAndPublished()
{
    START(f);
    QSignalSpy spy(f.writePath.get(), &WritePath::committed);
    Subnet subnet = f.subnet("10.7.0.0/24", f.defaultSpaceId());
    QCOMPARE(spy.count(), 1);
    subnet.owner = QStringLiteral("Network team");
    ChangeSet set;
    set.label = QStringLiteral("subnet set");
    set.update(subnet, subnet.version);
    QVERIFY(f.writePath->submit(set).ok());
    QCOMPARE(spy.count(), 2);
    const ChangeEvent event = spy.at(1).at(0).value<ChangeEvent>();
    QCOMPARE(event.items.size(), 1);
    QCOMPARE(event.items[0].op, ChangeOp::Update);
    QCOMPARE(event.items[0].id, subnet.id);
    QCOMPARE(event.items[0].version, subnet.version + 1);
    QCOMPARE(std::get<Subnet>(event.objects[0]).owner, QStringLiteral("Network team"));

    const AuditEntry entry = f.store().auditLog(1).constFirst();
    QCOMPARE(entry.principal, QStringLiteral("alice"));
    QCOMPARE(entry.operation, QStringLiteral("subnet set"));
    QCOMPARE(entry.object, QStringLiteral("subnet 10.7.0.0/24"));
    QCOMPARE(entry.outcome, QStringLiteral("committed"));
    QVERIFY2(entry.beforeJson.contains(QLatin1String("\"Owner\":\"\"")),
             qPrintable(entry.beforeJson));
    QVERIFY2(entry.afterJson.contains(QLatin1String("\"Owner\":\"Network team\"")),
             qPrintable(entry.afterJson));
}

void TestWritePath::rangesAndAddressesDriveUtilization()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    // An address added before its subnet is unmapped, then adopted by the subnet.
    Address early;
    early.spaceId = def;
    early.ipAddress = ip("10.8.0.5");
    QCOMPARE(f.create(early).subnetId, ObjectId(0));
    const Subnet subnet = f.subnet("10.8.0.0/24", def);
    QCOMPARE(f.store().get<Subnet>(subnet.id)->utilizedAddresses, qint64(1));

    Range range;
    range.spaceId = def;
    range.startAddress = ip("10.8.0.1");
    range.endAddress = ip("10.8.0.100");
    const Range created = f.create(range);
    QCOMPARE(created.subnetId, subnet.id);
    for (int i = 10; i < 20; ++i) {
        Address a;
        a.spaceId = def;
        a.ipAddress = ip(qPrintable(QStringLiteral("10.8.0.%1").arg(i)));
        QVERIFY(f.create(a).rangeId == created.id);
    }
    Subnet after = *f.store().get<Subnet>(subnet.id);
    QCOMPARE(after.utilizedAddresses, qint64(11));
    QCOMPARE(after.assignedAddresses.toString(), QStringLiteral("100"));
    QCOMPARE(f.store().get<Range>(created.id)->utilizedAddresses, qint64(11)); // 10.8.0.5 too
    // The same address twice (same service) is refused; by another service it is a duplicate
    // record.
    Address dup;
    dup.spaceId = def;
    dup.ipAddress = ip("10.8.0.10");
    QCOMPARE(f.tryCreate(dup).status, WriteStatus::Refused);
    dup.managedByService = QStringLiteral("VMM");
    dup.serviceInstance = QStringLiteral("vmm1.contoso.com");
    QVERIFY(f.tryCreate(dup).ok());
    // Removing an address recounts.
    ChangeSet remove;
    remove.remove(f.store().addressesByIp(def, ip("10.8.0.11")).constFirst());
    QVERIFY(f.writePath->submit(remove).ok());
    QCOMPARE(f.store().get<Subnet>(subnet.id)->utilizedAddresses, qint64(11));
}

void TestWritePath::rangeNeedsAContainingSubnet()
{
    START(f);
    Range range;
    range.spaceId = f.defaultSpaceId();
    range.startAddress = ip("172.16.19.10");
    range.endAddress = ip("172.16.19.110");
    const WriteResult result = f.tryCreate(range);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(QLatin1String("no subnet exists")),
             qPrintable(result.message));
    QVERIFY(f.subnet("172.16.19.0/24", f.defaultSpaceId()).id);
    QVERIFY(f.tryCreate(range).ok());
    Range overlapping = range;
    overlapping.startAddress = ip("172.16.19.50");
    overlapping.endAddress = ip("172.16.19.150");
    QCOMPARE(f.tryCreate(overlapping).status, WriteStatus::Refused);
}

void TestWritePath::removalsRespectDependents()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    const LogicalNetwork storage = f.logicalNetwork(QStringLiteral("Storage"), def);
    const NetworkSite site = f.site(QStringLiteral("Site01"), storage.id);
    Subnet subnet = f.subnet("10.20.0.0/24", def);
    subnet.siteId = site.id;
    ChangeSet assign;
    assign.update(subnet, subnet.version);
    QVERIFY(f.writePath->submit(assign).ok());

    ChangeSet removeSite;
    removeSite.remove(site);
    WriteResult result = f.writePath->submit(removeSite);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(QLatin1String("Site01")), qPrintable(result.message));
    ChangeSet removeNetwork;
    removeNetwork.remove(storage);
    QCOMPARE(f.writePath->submit(removeNetwork).status, WriteStatus::Refused);

    const AddressSpace contoso = f.provider(QStringLiteral("Contoso"));
    QVERIFY(f.subnet("10.20.0.0/24", contoso.id, NetworkType::Provider).id);
    ChangeSet removeSpace;
    removeSpace.remove(contoso);
    QCOMPARE(f.writePath->submit(removeSpace).status, WriteStatus::Refused);
}

// On SQLite the store reads through cached native statements, one per SQL text; lists of
// marks make a text per list length, so the cache drops idle ones past 256. A read still
// iterating (here: an outer loop whose every row runs reads of new texts) keeps its own.
void TestWritePath::readsWhileItsStatementCacheTurnsOver()
{
    Fixture f(QStringLiteral("sqlite"));
    QVERIFY(f.start());
    const LogicalNetwork network = f.logicalNetwork(QStringLiteral("Storage"), f.defaultSpaceId());
    QList<ObjectId> ids;
    ChangeSet set;
    for (int i = 0; i < 300; ++i) {
        NetworkSite site;
        site.name = QStringLiteral("site %1").arg(i);
        site.logicalNetworkId = network.id;
        set.create(site);
    }
    const WriteResult result = f.writePath->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    for (const AnyObject &object : result.objects)
        ids.append(storedPart(object).id);
    int outer = 0;
    int inner = 0;
    f.store().forEach<NetworkSite>(
            [&](const NetworkSite &site) {
                ++outer;
                // A text of its own per row: "id IN (?, ?, ...)" with as many marks as rows seen.
                QVariantList binds;
                for (int i = 0; i < outer; ++i)
                    binds.append(ids.at(i));
                const QString marks = QStringList(binds.size(), QStringLiteral("?")).join(u',');
                const QList<NetworkSite> some = f.store().select<NetworkSite>(
                        QStringLiteral("id IN (%1)").arg(marks), binds);
                inner += int(some.size());
                QCOMPARE(some.constLast().id, site.id);
            },
            QStringLiteral("logical_network_id = ?"), {network.id});
    QCOMPARE(outer, 300);
    QCOMPARE(inner, 300 * 301 / 2);
}

// Change::parentChange: a site with its subnets, a customer space with its VM network, each
// one change set whose later changes take their parent's new id; what cannot be resolved is
// refused by change number, and the set leaves nothing behind.
void TestWritePath::parentFromAnEarlierChange()
{
    START(f);
    const LogicalNetwork network = f.logicalNetwork(QStringLiteral("Storage"), f.defaultSpaceId());
    NetworkSite site;
    site.name = QStringLiteral("East");
    site.logicalNetworkId = network.id;
    ChangeSet set;
    set.create(site);
    for (const char *text : {"10.8.0.0/24", "10.8.1.0/24"}) {
        Subnet subnet;
        subnet.spaceId = f.defaultSpaceId();
        subnet.networkId = prefix(text);
        subnet.logicalNetworkId = network.id;
        set.changes.append({ChangeOp::Create, subnet, -1, 0});
    }
    WriteResult result = f.writePath->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ObjectId siteId = std::get<NetworkSite>(result.objects.at(0)).id;
    QCOMPARE(std::get<Subnet>(result.objects.at(1)).siteId, siteId);
    QCOMPARE(f.store().count<Subnet>(QStringLiteral("site_id = ?"), {siteId}), 2);

    // A customer space whose VM network is the next change: that one, with its own values,
    // and no second one by the space's name.
    AddressSpace space;
    space.name = QStringLiteral("Tenant");
    space.type = AddressSpaceType::Customer;
    space.associatedProviderSpaceId = f.defaultSpaceId();
    space.isolationMethod = IsolationMethod::NVGRE;
    space.vmNetwork = QStringLiteral("Tenant");
    VmNetwork vmNetwork;
    vmNetwork.name = QStringLiteral("Tenant");
    vmNetwork.description = QStringLiteral("from VMM");
    vmNetwork.logicalNetworkId = network.id;
    vmNetwork.isolation = VmNetworkIsolation::VLANNetwork;
    ChangeSet tenant;
    tenant.create(space);
    tenant.changes.append({ChangeOp::Create, vmNetwork, -1, 0});
    result = f.writePath->submit(tenant);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ObjectId spaceId = std::get<AddressSpace>(result.objects.at(0)).id;
    const QList<VmNetwork> networks
            = f.store().select<VmNetwork>(QStringLiteral("space_id = ?"), {spaceId});
    QCOMPARE(networks.size(), 1);
    QCOMPARE(networks.at(0).description, QStringLiteral("from VMM"));
    QCOMPARE(networks.at(0).logicalNetworkId, network.id);
    QVERIFY(networks.at(0).isolation == VmNetworkIsolation::VLANNetwork);

    // Not resolvable: a parent after the change, or of a kind it cannot take.
    const qint64 subnets = f.store().count<Subnet>();
    ChangeSet forward;
    Subnet orphan;
    orphan.spaceId = f.defaultSpaceId();
    orphan.networkId = prefix("10.9.0.0/24");
    forward.changes.append({ChangeOp::Create, orphan, -1, 1});
    site.name = QStringLiteral("West");
    forward.create(site);
    result = f.writePath->submit(forward);
    QCOMPARE(result.status, WriteStatus::Refused);
    QCOMPARE(result.failedChange, 0);
    QVERIFY2(result.message.startsWith(QLatin1String("change 1 (")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("change 2, is not an object created before")),
             qPrintable(result.message));
    ChangeSet wrongKind;
    wrongKind.create(site);
    wrongKind.changes.append({ChangeOp::Create, vmNetwork, -1, 0});
    result = f.writePath->submit(wrongKind);
    QCOMPARE(result.status, WriteStatus::Refused);
    QCOMPARE(result.failedChange, 1);
    QVERIFY2(result.message.contains(QLatin1String("change 1 is no parent it can take")),
             qPrintable(result.message));
    QCOMPARE(f.store().count<Subnet>(), subnets);
    QVERIFY(!f.store().siteByName(network.id, QStringLiteral("West")));
}

void TestWritePath::customerSpaceRules()
{
    START(f);
    AddressSpace noProvider;
    noProvider.name = QStringLiteral("Tenant");
    noProvider.type = AddressSpaceType::Customer;
    noProvider.isolationMethod = IsolationMethod::NVGRE;
    WriteResult result = f.tryCreate(noProvider);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(QLatin1String("provider")), qPrintable(result.message));

    AddressSpace noIsolation = noProvider;
    noIsolation.associatedProviderSpaceId = f.defaultSpaceId();
    noIsolation.isolationMethod = IsolationMethod::None;
    QCOMPARE(f.tryCreate(noIsolation).status, WriteStatus::Refused);

    const AddressSpace tenant = f.customer(QStringLiteral("Tenant"), f.defaultSpaceId());
    QVERIFY(tenant.id);
    // Customer spaces hold Customer subnets only; provider spaces no Customer subnets.
    Subnet wrongType;
    wrongType.networkId = prefix("10.0.0.0/24");
    wrongType.spaceId = tenant.id;
    wrongType.networkType = NetworkType::Provider;
    QCOMPARE(f.tryCreate(wrongType).status, WriteStatus::Refused);
    wrongType.spaceId = f.defaultSpaceId();
    wrongType.networkType = NetworkType::Customer;
    QCOMPARE(f.tryCreate(wrongType).status, WriteStatus::Refused);
    // A logical network lives in a provider space only.
    LogicalNetwork inTenant;
    inTenant.name = QStringLiteral("Nope");
    inTenant.spaceId = tenant.id;
    QCOMPARE(f.tryCreate(inTenant).status, WriteStatus::Refused);
    // Names are unique.
    AddressSpace duplicate;
    duplicate.name = QStringLiteral("Tenant");
    QCOMPARE(f.tryCreate(duplicate).status, WriteStatus::Refused);
}

void TestWritePath::blocksNestButDoNotPartlyOverlap()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    Block big;
    big.spaceId = def;
    big.networkId = prefix("10.0.0.0/8");
    const Block created = f.create(big);
    QCOMPARE(created.startAddress, ip("10.0.0.0"));
    QCOMPARE(created.endAddress, ip("10.255.255.255"));
    Block sub = big;
    sub.networkId = prefix("10.1.0.0/16");
    QVERIFY(f.tryCreate(sub).ok());
    QCOMPARE(f.tryCreate(sub).status, WriteStatus::Refused); // twice
    Block other = big;
    other.networkId = prefix("11.0.0.0/8");
    QVERIFY(f.tryCreate(other).ok());
}

void TestWritePath::ipv6CountsAreExact()
{
    START(f);
    Subnet subnet = f.subnet("2001:db8::/48", f.defaultSpaceId());
    QVERIFY(subnet.id);
    Range range;
    range.spaceId = f.defaultSpaceId();
    range.startAddress = ip("2001:db8::");
    range.endAddress = ip("2001:db8:0:ffff:ffff:ffff:ffff:ffff");
    QVERIFY(f.tryCreate(range).ok());
    const Subnet after = *f.store().get<Subnet>(subnet.id);
    // 2^80 addresses: beyond 64 bits, kept exactly.
    QCOMPARE(after.assignedAddresses.toString(), QStringLiteral("1208925819614629174706176"));
    QCOMPARE(after.networkId.size().toString(), QStringLiteral("1208925819614629174706176"));
}

void TestWritePath::spaceUsageAddsUpExactly()
{
    START(f);
    const AddressSpace contoso = f.provider(QStringLiteral("Contoso"));
    QVERIFY(f.subnet("10.1.0.0/24", contoso.id, NetworkType::Provider).id);
    QVERIFY(f.subnet("10.2.0.0/26", contoso.id, NetworkType::Provider).id);
    QVERIFY(f.subnet("10.3.0.0/26", contoso.id, NetworkType::Provider).id);
    QVERIFY(f.subnet("2001:db8::/64", contoso.id, NetworkType::Provider).id);
    QVERIFY(f.subnet("2001:db8:1::/64", contoso.id, NetworkType::Provider).id);
    for (const char *text : {"10.1.0.1", "10.1.0.2", "10.2.0.9", "2001:db8::1"}) {
        Address a;
        a.spaceId = contoso.id;
        a.ipAddress = ip(text);
        QVERIFY(f.create(a).subnetId != 0);
    }
    const Store::SpaceUsage usage = f.store().spaceUsage(contoso.id);
    QCOMPARE(usage.total[0].toString(), QStringLiteral("384"));
    QCOMPARE(usage.utilized[0], qint64(3));
    QCOMPARE(usage.total[1].toString(), QStringLiteral("36893488147419103232")); // 2 * 2^64
    QCOMPARE(usage.utilized[1], qint64(1));
    QCOMPARE(f.store().spaceUsage(f.defaultSpaceId()).total[0].toString(), QStringLiteral("0"));
}

void TestWritePath::bulkCreateChecksOverlapAndKeepsIds()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    QVERIFY(f.subnet("10.200.0.0/16", def).id);
    auto makeSet = [&](int count, const char *extra) {
        ChangeSet set;
        for (int i = 0; i < count; ++i) {
            Subnet s;
            s.networkId
                    = prefix(qPrintable(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)));
            s.spaceId = def;
            s.owner = QStringLiteral("owner %1").arg(i);
            set.create(s);
        }
        if (extra) {
            Subnet s;
            s.networkId = prefix(extra);
            s.spaceId = def;
            set.create(s);
        }
        return set;
    };
    // Clash with a stored subnet, and clash inside the set itself: both refused, nothing written.
    for (const char *clash : {"10.200.3.0/24", "10.2.0.0/16"}) {
        const WriteResult result = f.writePath->submit(makeSet(1500, clash));
        QCOMPARE(result.status, WriteStatus::Refused);
        QCOMPARE(result.failedChange, 1500);
        QVERIFY2(result.message.contains(QLatin1String(clash)), qPrintable(result.message));
        QCOMPARE(f.store().count<Subnet>(), qint64(1));
    }
    const WriteResult result = f.writePath->submit(makeSet(1500, nullptr));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.objects.size(), 1500);
    QCOMPARE(f.store().count<Subnet>(), qint64(1501));
    for (int i : {0, 99, 100, 777, 1499}) {
        const Subnet written = std::get<Subnet>(result.objects.at(i));
        const auto stored = f.store().get<Subnet>(written.id);
        QVERIFY(stored);
        QCOMPARE(stored->networkId, written.networkId);
        QCOMPARE(stored->owner, QStringLiteral("owner %1").arg(i));
    }
}

// 20 stored /24 subnets of the Default space, one stored range (10.50.0.1-10.50.0.5), and a
// change set of 2,000 range creates (95 per stored subnet, then a new subnet 10.51.0.0/24 in
// the middle of the set and 100 ranges in it): big enough for the write path's bulk range
// lookups, with a subnet the in-memory maps must learn while the set is applied.
struct RangeBatch
{
    static constexpr int subnetChange = 1000; // the new subnet's index in the change set

    explicit RangeBatch(Fixture &f)
        : space(f.defaultSpaceId())
    {
        ChangeSet subnets;
        for (int i = 0; i < 20; ++i) {
            Subnet s;
            s.networkId = prefix(qPrintable(QStringLiteral("10.50.%1.0/24").arg(i)));
            s.spaceId = space;
            subnets.create(s);
        }
        ok = f.writePath->submit(subnets).ok();
        ok = ok && f.create(range("10.50.0.1", "10.50.0.5")).id != 0;
        for (int i = 0; i < 20; ++i) {
            for (int j = 0; j < 95; ++j)
                ranges.append(range(QStringLiteral("10.50.%1.%2").arg(i).arg(10 + 2 * j),
                                    QStringLiteral("10.50.%1.%2").arg(i).arg(11 + 2 * j)));
        }
        for (int j = 0; j < 100; ++j)
            ranges.append(range(QStringLiteral("10.51.0.%1").arg(10 + 2 * j),
                                QStringLiteral("10.51.0.%1").arg(11 + 2 * j)));
    }
    Range range(const QString &start, const QString &end) const
    {
        Range r;
        r.spaceId = space;
        r.startAddress = IpAddress::parse(start).value();
        r.endAddress = IpAddress::parse(end).value();
        r.owner = start;
        return r;
    }
    Range range(const char *start, const char *end) const
    {
        return range(QString::fromLatin1(start), QString::fromLatin1(end));
    }
    ChangeSet changeSet() const
    {
        ChangeSet set;
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            if (i == subnetChange) {
                Subnet s;
                s.networkId = prefix("10.51.0.0/24");
                s.spaceId = space;
                set.create(s);
            }
            set.create(ranges.at(i));
        }
        return set;
    }

    ObjectId space;
    bool ok = false;
    QList<Range> ranges; // in change order, the subnet left out
};

void TestWritePath::bulkRangeCreateCountsEverySubnet()
{
    START(f);
    RangeBatch batch(f);
    QVERIFY(batch.ok);
    QSignalSpy published(f.writePath.get(), &WritePath::committed);
    const qint64 audits = f.auditCount();
    const WriteResult result = f.writePath->submit(batch.changeSet());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.objects.size(), 2001);
    QCOMPARE(f.store().count<Range>(), qint64(2001));
    QCOMPARE(f.auditCount(), audits + 1);
    QCOMPARE(published.size(), 1);

    // Each range found its own subnet, the new one included, and kept its values.
    const Subnet added = std::get<Subnet>(result.objects.at(RangeBatch::subnetChange));
    for (int i : {0, 94, 95, 999, 1001, 1500, 1900, 1901, 2000}) {
        const Range written = std::get<Range>(result.objects.at(i));
        const auto stored = f.store().get<Range>(written.id);
        QVERIFY(stored);
        QCOMPARE(stored->startAddress, written.startAddress);
        QCOMPARE(stored->owner, written.startAddress.toString());
        const auto subnet = f.store().get<Subnet>(stored->subnetId);
        QVERIFY(subnet);
        QVERIFY(subnet->networkId.contains(stored->startAddress));
        QVERIFY(subnet->networkId.contains(stored->endAddress));
        if (i >= 1901) // the last 100 ranges (after the subnet's change)
            QCOMPARE(stored->subnetId, added.id);
    }
    // Utilization: 95 ranges of 2 addresses in each stored subnet (plus the 5 of the stored
    // range in the first), 100 in the new one.
    for (const Subnet &subnet : f.store().select<Subnet>()) {
        const QString text = subnet.networkId.toString();
        const QString expected = text == QLatin1String("10.50.0.0/24") ? QStringLiteral("195")
                : text == QLatin1String("10.51.0.0/24")                ? QStringLiteral("200")
                                                                       : QStringLiteral("190");
        QCOMPARE(subnet.assignedAddresses.toString(), expected);
    }
    // The committed change event lists the ranges and the recounted subnets.
    const ChangeEvent event = published.constFirst().constFirst().value<ChangeEvent>();
    int rangeItems = 0;
    for (const ChangeEvent::Item &item : event.items)
        rangeItems += item.kind == ObjectKind::Range ? 1 : 0;
    QCOMPARE(rangeItems, 2000);
}

void TestWritePath::bulkRangeCreateRefusesTheBadOne_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("expected"); // in the message
    QTest::addColumn<bool>("badAlone");    // refused on its own too, not just in the set
    for (const char *backend : {"sqlite", "postgresql"}) {
        const QString b = QString::fromLatin1(backend);
        auto row = [&](const char *name, int index, const char *start, const char *end,
                       const char *expected, bool badAlone) {
            QTest::addRow("%s/%s", backend, name)
                    << b << index << QString::fromLatin1(start) << QString::fromLatin1(end)
                    << QString::fromLatin1(expected) << badAlone;
        };
        row("overlaps stored range", 1234, "10.50.0.3", "10.50.0.4",
            "overlaps range 10.50.0.1-10.50.0.5", true);
        row("overlaps range after the new subnet", 1990, "10.51.0.11", "10.51.0.11",
            "overlaps range 10.51.0.10-10.51.0.11", false);
        row("no subnet", 1999, "10.99.0.1", "10.99.0.2", "no subnet exists", true);
        row("spans two subnets", 7, "10.50.1.250", "10.50.2.3", "no subnet exists", true);
        row("ends before it starts", 0, "10.50.3.9", "10.50.3.1", "10.50.3.9", true);
    }
}

void TestWritePath::bulkRangeCreateRefusesTheBadOne()
{
    START(f);
    QFETCH(int, index);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, expected);
    QFETCH(bool, badAlone);
    RangeBatch batch(f);
    QVERIFY(batch.ok);
    const Range bad = batch.range(start, end);
    batch.ranges[index] = bad;
    const qint64 audits = f.auditCount();
    QSignalSpy published(f.writePath.get(), &WritePath::committed);
    const WriteResult result = f.writePath->submit(batch.changeSet());
    QCOMPARE(result.status, WriteStatus::Refused);
    // failedChange counts the subnet create in the middle of the set.
    QCOMPARE(result.failedChange, index < RangeBatch::subnetChange ? index : index + 1);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QVERIFY2(result.message.contains(start), qPrintable(result.message));
    // Nothing of the set is left: no range, not the new subnet, counters as they were.
    QCOMPARE(f.store().count<Range>(), qint64(1));
    QCOMPARE(f.store().count<Subnet>(), qint64(20));
    QCOMPARE(f.store()
                     .subnetByPrefix(batch.space, prefix("10.50.0.0/24"))
                     ->assignedAddresses.toString(),
             QStringLiteral("5"));
    QCOMPARE(f.auditCount(), audits);
    QCOMPARE(published.size(), 0);
    // Where the bad range is bad on its own, the per-row path says exactly the same.
    if (badAlone)
        QCOMPARE(f.tryCreate(bad).message, result.message);
}

// A large change set reads ahead which spaces hold addresses; what it writes itself still
// counts: an unmapped address created early is adopted by a subnet created later, and a
// range created after an address maps it.
void TestWritePath::largeChangeSetMapsItsOwnAddresses()
{
    START(f);
    const ObjectId def = f.defaultSpaceId();
    ChangeSet set;
    Address address;
    address.spaceId = def;
    address.ipAddress = ip("10.77.0.5");
    set.create(address);
    for (int i = 0; i < 150; ++i) {
        Subnet s;
        s.networkId = prefix(qPrintable(QStringLiteral("10.77.%1.0/24").arg(i)));
        s.spaceId = def;
        set.create(s);
    }
    Range range;
    range.spaceId = def;
    range.startAddress = ip("10.77.0.1");
    range.endAddress = ip("10.77.0.9");
    set.create(range);
    const WriteResult result = f.writePath->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const Subnet subnet = *f.store().subnetByPrefix(def, prefix("10.77.0.0/24"));
    const Address stored = f.store().addressesByIp(def, ip("10.77.0.5")).constFirst();
    QCOMPARE(stored.subnetId, subnet.id);
    QCOMPARE(stored.rangeId, std::get<Range>(result.objects.constLast()).id);
    QCOMPARE(subnet.utilizedAddresses, qint64(1));
    QCOMPARE(subnet.assignedAddresses.toString(), QStringLiteral("9"));
}

void TestWritePath::postgresExclusionConstraintHoldsWithoutTheWritePath()
{
    test::TestDatabase testDb(QStringLiteral("postgresql"));
    IPAM_REQUIRE_DATABASE(testDb);
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    // A client that bypasses the write path (psql, a buggy script) still cannot store overlap.
    QSqlQuery query(db->connection());
    const QString insert
            = QStringLiteral("INSERT INTO ip_subnet (space_id, family, lo, hi, prefix_length, "
                             "network_id, network_type) "
                             "VALUES (1, 4, '\\x%3'::bytea, '\\x%3'::bytea, %1, '%2', 0)");
    QVERIFY2(query.exec(
                     insert.arg(16).arg(QStringLiteral("10.1.0.0/16"), QStringLiteral("0a010000"))),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(
            insert.arg(24).arg(QStringLiteral("10.1.2.0/24"), QStringLiteral("0a010200"))));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("23P01"));
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
