// The VMM connector against SPF's published contract (../shared/SPF-CONTRACT.md), as a new
// user would point it at a real SPF: every row runs against the SPF-exact peer (no site set:
// sites derived from the pools) and against the peer with the site set (the project's
// extension), in both JSON shapes, on SQLite and PostgreSQL. A full pull completes with
// nothing refused; a second run writes nothing; a run cut off mid-set completes on the next
// without duplicates; IPAM's edits reach the peer only with the verbs and properties SPF takes.

#include "rbacfixture.h"
#include "spfpeer.h"
#include "store/database.h"
#include "testdatabase.h"
#include "vmm/vmmsync.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

QString guid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Two logical networks (one virtualized, one VLAN-based), a site on each with a pool, four VM
// networks with all four isolation types, two tenants whose VM subnets and pools overlap, and
// SPF's extra properties (Owner, GrantedToList, AddedTime, decimals as strings) that the
// connector ignores: 16 entities. Served with the site set or not (the peer's switch).
struct Fabric
{
    QUuid fabric, edge, dublin, cork, tenantA, tenantB, edgeVlan, external, webA, webB;
};

Fabric seed(SpfPeer &peer)
{
    Fabric f;
    f.fabric = peer.add(u"LogicalNetworks"_s,
                        {{"Name"_L1, "Fabric"_L1},
                         {"Description"_L1, "HNV"_L1},
                         {"NetworkVirtualizationEnabled"_L1, true},
                         {"CloudId"_L1, QJsonValue::Null}});
    f.edge = peer.add(u"LogicalNetworks"_s,
                      {{"Name"_L1, "Edge"_L1}, {"NetworkVirtualizationEnabled"_L1, false}});
    auto vlan = [](const char *subnet, int id) {
        return QJsonArray{QJsonObject{{"Subnet"_L1, QLatin1StringView(subnet)},
                                      {"VLanID"_L1, id},
                                      {"SecondaryVLanID"_L1, 0},
                                      {"SupportsDHCP"_L1, true}}};
    };
    f.dublin = peer.add(u"LogicalNetworkDefinitions"_s,
                        {{"Name"_L1, "Fabric Dublin"_L1},
                         {"LogicalNetworkId"_L1, guid(f.fabric)},
                         {"SubnetVLans"_L1, vlan("10.10.0.0/24", 10)},
                         {"HostGroups"_L1, QJsonArray{u"All Hosts\\Dublin"_s}}});
    f.cork = peer.add(u"LogicalNetworkDefinitions"_s,
                      {{"Name"_L1, "Edge Cork"_L1},
                       {"LogicalNetworkId"_L1, guid(f.edge)},
                       {"SubnetVLans"_L1, vlan("10.20.0.0/24", 20)},
                       {"HostGroups"_L1, QJsonArray{u"All Hosts\\Cork"_s}}});
    auto pool
            = [&](const char *name, const char *parent, const QUuid &parentId, const char *subnet,
                  const char *start, const char *end, QJsonArray gateways, const char *hostGroup) {
                  QJsonObject o{{"Name"_L1, QLatin1StringView(name)},
                                {QLatin1StringView(parent), guid(parentId)},
                                {"Subnet"_L1, QLatin1StringView(subnet)},
                                {"IPAddressRangeStart"_L1, QLatin1StringView(start)},
                                {"IPAddressRangeEnd"_L1, QLatin1StringView(end)},
                                {"IPAddressReservedSet"_L1, ""_L1},
                                {"DefaultGatewayIPAddresses"_L1, gateways},
                                {"DNSServers"_L1, QJsonArray{}},
                                {"DNSSearchSuffixes"_L1, QJsonArray{u"corp.example"_s}},
                                {"AvailableAddresses"_L1, "90"_L1},
                                {"IsIPv4"_L1, true},
                                {"ExternalSyncTime"_L1, QJsonValue::Null}};
                  if (hostGroup)
                      o.insert("VMHostGroup"_L1, QLatin1StringView(hostGroup));
                  return peer.add(u"StaticIPAddressPools"_s, o);
              };
    pool("Dublin pool", "LogicalNetworkDefinitionId", f.dublin, "10.10.0.0/24", "10.10.0.10",
         "10.10.0.99", {u"10.10.0.1"_s}, "All Hosts\\Dublin");
    pool("Cork pool", "LogicalNetworkDefinitionId", f.cork, "10.20.0.0/24", "10.20.0.10",
         "10.20.0.99", {u"10.20.0.1"_s}, "All Hosts\\Cork");
    auto vmNetwork = [&](const char *name, const QUuid &network, const char *isolation) {
        return peer.add(u"VMNetworks"_s,
                        {{"Name"_L1, QLatin1StringView(name)},
                         {"LogicalNetworkId"_L1, guid(network)},
                         {"IsolationType"_L1, QLatin1StringView(isolation)},
                         {"AddedTime"_L1, "2019-04-30T12:42:37.01-05:00"_L1},
                         {"Owner"_L1,
                          QJsonObject{{"UserName"_L1, "CONTOSO\\admin"_L1},
                                      {"RoleName"_L1, QJsonValue::Null}}},
                         {"GrantedToList"_L1,
                          QJsonArray{QJsonObject{{"UserName"_L1, "CONTOSO\\tenant"_L1}}}}});
    };
    f.tenantA = vmNetwork("Tenant A", f.fabric, "WindowsNetworkVirtualization");
    f.tenantB = vmNetwork("Tenant B", f.fabric, "WindowsNetworkVirtualization");
    f.edgeVlan = vmNetwork("Edge VLAN", f.edge, "VLANNetwork");
    f.external = vmNetwork("Fabric direct", f.fabric, "External");
    auto vmSubnet = [&](const char *name, const QUuid &network, const char *subnet) {
        return peer.add(u"VMSubnets"_s,
                        {{"Name"_L1, QLatin1StringView(name)},
                         {"VMNetworkId"_L1, guid(network)},
                         {"Subnet"_L1, QLatin1StringView(subnet)}});
    };
    f.webA = vmSubnet("A web", f.tenantA, "192.168.1.0/24");
    f.webB = vmSubnet("B web", f.tenantB, "192.168.1.0/24"); // overlaps A's: another tenant
    vmSubnet("Edge VLAN 20", f.edgeVlan, "10.20.0.0/24");
    vmSubnet("Fabric direct", f.external, "10.10.0.0/24");
    pool("A pool", "VMSubnetId", f.webA, "192.168.1.0/24", "192.168.1.10", "192.168.1.20", {},
         nullptr);
    pool("B pool", "VMSubnetId", f.webB, "192.168.1.0/24", "192.168.1.10", "192.168.1.20", {},
         nullptr);
    return f;
}

struct Fixture
{
    Fixture(const QString &backend, bool siteSet, SpfPeer::Shape shape)
        : testDb(backend)
    {
        peer.setSiteSet(siteSet);
        peer.setShape(shape);
        peer.setPageSize(3);
    }
    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        writePath = std::make_unique<WritePath>(db, Principal{u"vmmsync"_s, {}});
        return db && peer.listen();
    }
    VmmSyncOptions options() const
    {
        VmmSyncOptions o;
        o.baseUrl = peer.baseUrl();
        o.timeoutMs = 3000;
        o.retries = 0;
        o.retryDelayMs = 10;
        return o;
    }
    VmmSyncReport sync(VmmSyncOptions o)
    {
        VmmSync s(*writePath, o);
        return s.run();
    }
    VmmSyncReport sync() { return sync(options()); }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
    QStringList writes() const
    {
        QStringList out;
        for (const SpfPeer::Request &r : peer.requests()) {
            if (r.method != "GET"_L1)
                out << r.method + u' ' + r.set + u' ' + QString::fromUtf8(r.body);
        }
        return out;
    }
    // What IPAM holds, ids aside.
    QString fingerprint()
    {
        QStringList rows;
        Store &s = writePath->store();
        for (const auto &o : s.select<AddressSpace>())
            rows << u"space %1"_s.arg(o.name);
        for (const auto &o : s.select<LogicalNetwork>())
            rows << u"ln %1"_s.arg(o.name);
        for (const auto &o : s.select<NetworkSite>())
            rows << u"site %1 %2"_s.arg(o.name, o.hostGroup);
        for (const auto &o : s.select<VmNetwork>())
            rows << u"vmn %1 %2"_s.arg(o.name).arg(int(o.isolation));
        for (const auto &o : s.select<Subnet>())
            rows << u"subnet %1 %2 %3"_s.arg(o.networkId.toString(), o.name).arg(o.spaceId);
        for (const auto &o : s.select<Range>())
            rows << u"range %1-%2 %3 %4"_s.arg(o.startAddress.toString(), o.endAddress.toString(),
                                               o.description, o.gateways.join(u','));
        rows.sort();
        return rows.join(u'\n');
    }

    TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
    SpfPeer peer;
};

void addContractRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("siteSet");
    QTest::addColumn<SpfPeer::Shape>("shape");
    QStringList backends{u"sqlite"_s};
    if (TestDatabase::postgresAvailable(nullptr) || TestDatabase::postgresRequired())
        backends << u"postgresql"_s;
    for (const QString &backend : std::as_const(backends)) {
        for (const bool siteSet : {false, true}) {
            for (const auto shape : {SpfPeer::Shape::Light, SpfPeer::Shape::Verbose}) {
                QTest::addRow("%s %s %s", qPrintable(backend), siteSet ? "site-set" : "spf",
                              shape == SpfPeer::Shape::Light ? "light" : "verbose")
                        << backend << siteSet << shape;
            }
        }
    }
}

#define START(f) \
    do { \
        IPAM_REQUIRE_DATABASE((f).testDb); \
        QVERIFY((f).start()); \
    } while (false)

} // namespace

Q_DECLARE_METATYPE(ipam::test::SpfPeer::Shape)

class TestVmmSpfContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fullPullThenNothingThenCutOffConverges_data() { addContractRows(); }
    void fullPullThenNothingThenCutOffConverges();
    void ipamEditsUseOnlyAllowedVerbsAndProperties_data() { addContractRows(); }
    void ipamEditsUseOnlyAllowedVerbsAndProperties();
    void derivedSiteKeepsIpamNameAndVlansAcrossResyncs_data();
    void derivedSiteKeepsIpamNameAndVlansAcrossResyncs();
    void severalStampsAreRefusedUnlessOneIsPicked();
    void httpsTrustsTheCaFileOrThePinAndNothingElse();
    void ntlmSyncsWithTheRightPasswordOnly();
    void metadataWithoutARelieduponPropertyFailsNamingIt_data();
    void metadataWithoutARelieduponPropertyFailsNamingIt();
    void serviceWithoutMetadataStillSyncs();
};

void TestVmmSpfContract::fullPullThenNothingThenCutOffConverges()
{
    QFETCH(QString, backend);
    QFETCH(bool, siteSet);
    QFETCH(SpfPeer::Shape, shape);
    Fixture f(backend, siteSet, shape);
    START(f);
    seed(f.peer);
    const VmmSyncReport pull = f.sync();
    QVERIFY2(pull.completed && pull.refused == 0,
             qPrintable(pull.error + u'\n' + pull.log.join(u'\n')));
    QCOMPARE(pull.created, 16);
    QCOMPARE(pull.sitesDerived, !siteSet);
    QCOMPARE(pull.log.join(u'\n').contains("derived from the pools"_L1), !siteSet);
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    QCOMPARE(s.select<LogicalNetwork>().size(), 2);
    QCOMPARE(s.select<NetworkSite>().size(), 2);
    QCOMPARE(s.select<VmNetwork>().size(), 4);
    QCOMPARE(s.select<Range>().size(), 4);
    // Sites under their logical networks, the pools as ranges in their subnets.
    const auto fabric = s.logicalNetworkByName(def, u"Fabric"_s);
    QVERIFY(fabric);
    const auto dublin = s.subnetByPrefix(def, prefix(u"10.10.0.0/24"_s));
    QVERIFY(dublin);
    QCOMPARE(dublin->logicalNetworkId, fabric->id);
    QVERIFY(dublin->siteId != 0);
    const auto site = s.get<NetworkSite>(dublin->siteId);
    QCOMPARE(site->name, siteSet ? u"Fabric Dublin"_s : u"Network site 10.10.0.0/24"_s);
    QCOMPARE(site->hostGroup, u"All Hosts\\Dublin"_s);
    // VLANs come from the site set only; SPF says nothing of them.
    QCOMPARE(dublin->vlanIds, siteSet ? QList<int>{10} : QList<int>{});
    const auto range = s.rangeByBounds(def, ip(u"10.10.0.10"_s), ip(u"10.10.0.99"_s));
    QVERIFY(range);
    QCOMPARE(range->subnetId, dublin->id);
    QCOMPARE(range->gateways, QList<QString>{u"10.10.0.1/Automatic"_s}); // wrapped in verbose
    // Overlapping tenants kept apart, each in its own customer space.
    for (const QString &tenant : {u"Tenant A"_s, u"Tenant B"_s}) {
        const auto space = s.spaceByName(tenant);
        QVERIFY(space);
        QVERIFY(s.subnetByPrefix(space->id, prefix(u"192.168.1.0/24"_s)));
        QVERIFY(s.rangeByBounds(space->id, ip(u"192.168.1.10"_s), ip(u"192.168.1.20"_s)));
    }
    const auto direct = s.spaceByName(u"Fabric direct"_s);
    QVERIFY(direct);
    QCOMPARE(int(s.vmNetworkByName(direct->id, u"Fabric direct"_s)->isolation),
             int(VmNetworkIsolation::External));

    // A second run writes nothing, on either side.
    const QString expected = f.fingerprint();
    const qint64 audit = f.scalar(u"SELECT count(*) FROM audit_log"_s);
    f.peer.clearRequests();
    const VmmSyncReport again = f.sync();
    QVERIFY2(again.completed, qPrintable(again.error));
    QCOMPARE(again.created + again.updated + again.deleted + again.conflicts + again.refused, 0);
    QCOMPARE(again.unchanged, 16);
    QCOMPARE(f.writes(), QStringList());
    QCOMPARE(f.scalar(u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(f.fingerprint(), expected);
    // Every request asked for JSON from the service root's sets; pages followed by key-valued
    // $skiptoken (the peer pages by 3).
    bool paged = false;
    for (const SpfPeer::Request &r : f.peer.requests())
        paged = paged || r.query.contains("$skiptoken=guid'"_L1);
    QVERIFY(paged);

    // A fresh database, a run cut off in the middle of the pools: the next one completes, with
    // each object once.
    Fixture cut(backend, siteSet, shape);
    START(cut);
    seed(cut.peer);
    bool armed = false;
    QObject::connect(&cut.peer, &SpfPeer::requestHandled, &cut.peer,
                     [&](const QString &method, const QString &path, int) {
                         if (!armed && method == "GET"_L1
                             && path.endsWith("StaticIPAddressPools"_L1)) {
                             armed = true;
                             cut.peer.truncateNext(1, u"StaticIPAddressPools"_s);
                         }
                     });
    const VmmSyncReport broken = cut.sync();
    QVERIFY(armed);
    QVERIFY(!broken.completed);
    const VmmSyncReport clean = cut.sync();
    QVERIFY2(clean.completed && clean.refused == 0,
             qPrintable(clean.error + u'\n' + clean.log.join(u'\n')));
    QCOMPARE(clean.created, 16);
    const VmmSyncReport settled = cut.sync();
    QCOMPARE(settled.created + settled.updated + settled.deleted, 0);
    QCOMPARE(cut.scalar(u"SELECT count(*) FROM vmm_link"_s), 16);
}

void TestVmmSpfContract::ipamEditsUseOnlyAllowedVerbsAndProperties()
{
    QFETCH(QString, backend);
    QFETCH(bool, siteSet);
    QFETCH(SpfPeer::Shape, shape);
    Fixture f(backend, siteSet, shape);
    START(f);
    const Fabric fabric = seed(f.peer);
    QVERIFY(f.sync().completed);
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    auto submit = [&](const AnyObject &object, bool create = false) {
        ChangeSet changes;
        if (create)
            changes.create(object);
        else
            changes.update(object, storedPart(object).version);
        const WriteResult r = f.writePath->submit(changes);
        QVERIFY2(r.ok(), qPrintable(r.message));
    };
    // A VM network renamed (a partial PUT) and given another isolation (create only: kept
    // out of the PUT, shown as not in VMM).
    const ObjectId tenantA = s.spaceByName(u"Tenant A"_s)->id;
    VmNetwork network = *s.vmNetworkByName(tenantA, u"Tenant A"_s);
    network.description = u"renamed in IPAM"_s;
    network.isolation = VmNetworkIsolation::VLANNetwork;
    submit(network);
    // A logical network's description: SPF's set is read-only.
    LogicalNetwork edge = *s.logicalNetworkByName(def, u"Edge"_s);
    edge.description = u"IPAM's words"_s;
    submit(edge);
    // A provider range edited: no PUT on pools.
    Range dublinPool = *s.rangeByBounds(def, ip(u"10.10.0.10"_s), ip(u"10.10.0.99"_s));
    dublinPool.endAddress = ip(u"10.10.0.98"_s);
    submit(dublinPool);
    // A VM subnet's prefix changed: no PUT on VM subnets, so a conflict, not delete-and-create.
    Subnet webB = *s.subnetByPrefix(s.spaceByName(u"Tenant B"_s)->id, prefix(u"192.168.1.0/24"_s));
    for (const Range &r : s.select<Range>(u"subnet_id = ?"_s, {webB.id})) {
        ChangeSet removal; // the range must go first to let the prefix change
        removal.remove(r, r.version);
        QVERIFY(f.writePath->submit(removal).ok());
    }
    webB = *s.get<Subnet>(webB.id);
    webB.networkId = prefix(u"192.168.2.0/24"_s);
    submit(webB);
    // A new range in Tenant A's VM subnet: a POST with every mandatory property.
    const Subnet webA = *s.subnetByPrefix(tenantA, prefix(u"192.168.1.0/24"_s));
    Range extra;
    extra.spaceId = tenantA;
    extra.subnetId = webA.id;
    extra.startAddress = ip(u"192.168.1.100"_s);
    extra.endAddress = ip(u"192.168.1.120"_s);
    extra.description = u"A extra"_s;
    submit(extra, true);

    f.peer.clearRequests();
    VmmSync sync(*f.writePath, f.options());
    const VmmSyncReport report = sync.run();
    QVERIFY2(report.completed, qPrintable(report.error + u'\n' + report.log.join(u'\n')));
    QCOMPARE(report.refused, 0);
    QCOMPARE(report.conflicts, 1);
    const QStringList writes = f.writes();
    for (const QString &w : writes) {
        QVERIFY2(!w.contains(" LogicalNetworks "_L1), qPrintable(w));
        QVERIFY2(!w.startsWith("PUT VMSubnets"_L1) && !w.startsWith("PUT StaticIPAddressPools"_L1),
                 qPrintable(w));
        if (w.startsWith("PUT "_L1)) {
            QVERIFY2(!w.contains("IsolationType"_L1) && !w.contains("LogicalNetworkId"_L1),
                     qPrintable(w));
        }
    }
    // The POST of the new pool, the partial PUT of the VM network, the DELETE of B's pool.
    QStringList verbs;
    for (const QString &w : writes)
        verbs << w.section(u' ', 0, 1);
    verbs.sort();
    QCOMPARE(verbs,
             QStringList({u"DELETE StaticIPAddressPools"_s, u"POST StaticIPAddressPools"_s,
                          u"PUT VMNetworks"_s}));
    QCOMPARE(f.peer.entity(u"VMNetworks"_s, fabric.tenantA)->value("Description"_L1).toString(),
             u"renamed in IPAM"_s);
    QCOMPARE(f.peer.entity(u"VMNetworks"_s, fabric.tenantA)->value("IsolationType"_L1).toString(),
             u"WindowsNetworkVirtualization"_s);
    const QString notIn = sync.notInVmm().join(u'\n');
    QVERIFY2(notIn.contains("read-only (GET only)"_L1), qPrintable(notIn));
    QVERIFY2(notIn.contains("StaticIPAddressPools set takes no PUT"_L1), qPrintable(notIn));
    QVERIFY2(notIn.contains("IsolationType"_L1), qPrintable(notIn));
    QCOMPARE(sync.conflicts().constFirst().remoteId, fabric.webB);
    // Not asked again while unchanged.
    f.peer.clearRequests();
    const VmmSyncReport again = f.sync();
    QCOMPARE(again.refused, 0);
    QCOMPARE(f.writes(), QStringList());
}

void TestVmmSpfContract::derivedSiteKeepsIpamNameAndVlansAcrossResyncs_data()
{
    QTest::addColumn<QString>("backend");
    addBackendRows();
}

void TestVmmSpfContract::derivedSiteKeepsIpamNameAndVlansAcrossResyncs()
{
    QFETCH(QString, backend);
    Fixture f(backend, false, SpfPeer::Shape::Light);
    START(f);
    const Fabric fabric = seed(f.peer);
    QVERIFY(f.sync().completed);
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    // The admin names the derived site and gives its subnet a VLAN, in IPAM.
    Subnet subnet = *s.subnetByPrefix(def, prefix(u"10.10.0.0/24"_s));
    NetworkSite site = *s.get<NetworkSite>(subnet.siteId);
    site.name = u"Dublin"_s;
    ChangeSet edit;
    edit.update(site, site.version);
    subnet.vlanIds = {10};
    edit.update(subnet, subnet.version);
    QVERIFY(f.writePath->submit(edit).ok());
    f.peer.clearRequests();
    const VmmSyncReport kept = f.sync();
    QVERIFY2(kept.completed && kept.refused == 0 && kept.conflicts == 0,
             qPrintable(kept.log.join(u'\n')));
    QCOMPARE(f.writes(), QStringList()); // no site set to write to
    QCOMPARE(s.get<NetworkSite>(site.id)->name, u"Dublin"_s);
    QCOMPARE(s.get<Subnet>(subnet.id)->vlanIds, QList<int>{10});
    // VMM adds a pool of the same definition in another subnet: the site takes it, named as
    // IPAM named it.
    f.peer.add(u"StaticIPAddressPools"_s,
               {{"Name"_L1, "Dublin 2"_L1},
                {"LogicalNetworkDefinitionId"_L1, guid(fabric.dublin)},
                {"Subnet"_L1, "10.11.0.0/24"_L1},
                {"IPAddressRangeStart"_L1, "10.11.0.10"_L1},
                {"IPAddressRangeEnd"_L1, "10.11.0.20"_L1}});
    // The peer checks a pool's subnet against its (hidden) definition: list it there.
    QJsonArray pairs = f.peer.entity(u"LogicalNetworkDefinitions"_s, fabric.dublin)
                               ->value("SubnetVLans"_L1)
                               .toArray();
    pairs.append(QJsonObject{{"Subnet"_L1, "10.11.0.0/24"_L1}, {"VLanID"_L1, 11}});
    f.peer.update(u"LogicalNetworkDefinitions"_s, fabric.dublin, {{"SubnetVLans"_L1, pairs}});
    const VmmSyncReport grown = f.sync();
    QVERIFY2(grown.completed && grown.refused == 0, qPrintable(grown.log.join(u'\n')));
    const auto added = s.subnetByPrefix(def, prefix(u"10.11.0.0/24"_s));
    QVERIFY(added);
    QCOMPARE(added->siteId, site.id);
    QCOMPARE(s.get<NetworkSite>(site.id)->name, u"Dublin"_s);
    QVERIFY(s.rangeByBounds(def, ip(u"10.11.0.10"_s), ip(u"10.11.0.20"_s)));
    const VmmSyncReport settled = f.sync();
    QCOMPARE(settled.created + settled.updated + settled.deleted + settled.conflicts, 0);
}

void TestVmmSpfContract::severalStampsAreRefusedUnlessOneIsPicked()
{
    Fixture f(u"sqlite"_s, false, SpfPeer::Shape::Light);
    START(f);
    seed(f.peer);
    const QUuid other = QUuid::createUuid();
    f.peer.addStamp(other);
    f.peer.add(u"LogicalNetworks"_s,
               {{"Name"_L1, "Other stamp's"_L1}, {"StampId"_L1, guid(other)}});
    const VmmSyncReport refused = f.sync();
    QVERIFY(!refused.completed);
    QVERIFY2(refused.error.contains(guid(other)) && refused.error.contains(guid(f.peer.stampId()))
                     && refused.error.contains("--stamp"_L1),
             qPrintable(refused.error));
    QCOMPARE(f.writePath->store().select<LogicalNetwork>().size(), 0);

    VmmSyncOptions o = f.options();
    o.stampId = f.peer.stampId();
    f.peer.clearRequests();
    const VmmSyncReport picked = f.sync(o);
    QVERIFY2(picked.completed && picked.refused == 0, qPrintable(picked.error));
    QCOMPARE(picked.created, 16);
    QVERIFY(!f.writePath->store().logicalNetworkByName(f.writePath->store().defaultSpace()->id,
                                                       u"Other stamp's"_s));
    for (const SpfPeer::Request &r : f.peer.requests()) {
        if (r.method == "GET"_L1 && !r.set.isEmpty() && !r.path.contains(u'('))
            QVERIFY2(r.query.contains(u"StampId eq guid'%1'"_s.arg(guid(f.peer.stampId()))),
                     qPrintable(r.query));
    }
}

// SPF serves HTTPS only. A certificate made now by openssl (Debian's), self-signed for
// 127.0.0.1: unknown to the system's CA store, trusted through the CA file or the pin, and
// refused with another CA file or another pin (even beside the right CA).
void TestVmmSpfContract::httpsTrustsTheCaFileOrThePinAndNothingElse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto makeCertificate = [&](const QString &name) {
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       dir.filePath(name + u".key"_s), u"-out"_s, dir.filePath(name + u".pem"_s),
                       u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s});
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
    };
    QVERIFY(makeCertificate(u"peer"_s));
    QVERIFY(makeCertificate(u"other"_s));
    auto read = [&](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    auto pinOf = [&](const QString &name) {
        return QString::fromLatin1(QSslCertificate(read(name + u".pem"_s))
                                           .digest(QCryptographicHash::Sha256)
                                           .toHex(':'));
    };

    Fixture f(u"sqlite"_s, false, SpfPeer::Shape::Light);
    QVERIFY(f.peer.useTls(read(u"peer.pem"_s), read(u"peer.key"_s)));
    START(f);
    QCOMPARE(f.peer.baseUrl().scheme(), u"https"_s);
    seed(f.peer);
    VmmSyncOptions o = f.options();
    const VmmSyncReport unknown = f.sync(o); // the system's CAs do not know it
    QVERIFY(!unknown.completed);
    QVERIFY2(unknown.error.contains("certificate"_L1, Qt::CaseInsensitive),
             qPrintable(unknown.error));
    o.caFile = dir.filePath(u"other.pem"_s);
    QVERIFY(!f.sync(o).completed);
    o.caFile = dir.filePath(u"peer.pem"_s);
    const VmmSyncReport trusted = f.sync(o);
    QVERIFY2(trusted.completed && trusted.refused == 0, qPrintable(trusted.error));
    QCOMPARE(trusted.created, 16);
    o.caFile.clear();
    o.pinnedSha256 = pinOf(u"peer"_s);
    const VmmSyncReport pinned = f.sync(o);
    QVERIFY2(pinned.completed, qPrintable(pinned.error));
    o.caFile = dir.filePath(u"peer.pem"_s);
    o.pinnedSha256 = pinOf(u"other"_s);
    const VmmSyncReport wrongPin = f.sync(o);
    QVERIFY(!wrongPin.completed);
    QVERIFY2(wrongPin.error.contains("not the pinned one"_L1), qPrintable(wrongPin.error));
    o.pinnedSha256.clear();
    o.caFile = dir.filePath(u"missing.pem"_s);
    const VmmSyncReport noFile = f.sync(o);
    QVERIFY(!noFile.completed);
    QVERIFY2(noFile.error.contains("missing.pem"_L1), qPrintable(noFile.error));

    // Windows authentication over HTTPS, as IIS serves SPF: no warning, nothing probed.
    o.caFile = dir.filePath(u"peer.pem"_s);
    f.peer.setRequiredWindows(u"CONTOSO"_s, u"svc-ipam"_s, u"Pa55w.rd"_s);
    o.credentials = {QString(), u"CONTOSO\\svc-ipam"_s, u"Pa55w.rd"_s};
    const VmmSyncReport windows = f.sync(o);
    QVERIFY2(windows.completed && windows.refused == 0, qPrintable(windows.error));
    QVERIFY2(windows.warnings.isEmpty(), qPrintable(windows.warnings.join(u'\n')));
}

// SPF behind IIS with Windows authentication (Negotiate, NTLM; Basic beside them): the
// connector answers in NTLM through QAuthenticator as DOMAIN\user. A wrong password fails
// after one handshake with a message naming the user and the URL (no retry, no loop of
// handshakes, nothing written); the right one syncs everything, every request authenticated.
// Over plain http both runs warn that NTLM is unprotected there.
void TestVmmSpfContract::ntlmSyncsWithTheRightPasswordOnly()
{
    Fixture f(u"sqlite"_s, false, SpfPeer::Shape::Light);
    START(f);
    seed(f.peer);
    f.peer.setRequiredWindows(u"CONTOSO"_s, u"svc-ipam"_s, u"Pa55w.rd"_s);
    f.peer.setRequiredBasic(u"other"_s, u"x"_s);
    VmmSyncOptions o = f.options();
    const QString url = f.peer.baseUrl().toString();

    o.credentials = {QString(), u"CONTOSO\\svc-ipam"_s, u"Pa55w.rd!"_s};
    f.peer.clearRequests();
    const VmmSyncReport wrong = f.sync(o);
    QVERIFY(!wrong.completed);
    for (const char *part : {"401", "CONTOSO\\svc-ipam", "NTLM", "password"})
        QVERIFY2(wrong.error.contains(QLatin1StringView(part)), qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(url), qPrintable(wrong.error));
    // Bounded, all on the service document: the probe (unanswered, to learn the scheme); Qt's
    // own NTLM negotiate from the probe's cached, empty authenticator, which it drops unanswered
    // (measured: 401 "NTLM challenge", then a bare request); then the one handshake with the
    // password (type 1, type 3). Never another round.
    QVERIFY2(f.peer.requestCount() <= 5, qPrintable(QString::number(f.peer.requestCount())));
    for (const SpfPeer::Request &r : f.peer.requests())
        QVERIFY2(r.set.isEmpty() && r.status == 401, qPrintable(r.path));
    QCOMPARE(f.peer.requests().last().authentication,
             u"NTLM refused: wrong password for CONTOSO\\svc-ipam"_s);
    QCOMPARE(f.writePath->store().select<LogicalNetwork>().size(), 0);
    QCOMPARE(wrong.warnings.size(), 1);

    o.credentials.password = u"Pa55w.rd"_s;
    f.peer.clearRequests();
    const VmmSyncReport right = f.sync(o);
    QVERIFY2(right.completed && right.refused == 0,
             qPrintable(right.error + u'\n' + right.log.join(u'\n')));
    QCOMPARE(right.created, 16);
    QCOMPARE(right.warnings.size(), 1);
    for (const char *part : {"NTLM", "plain http", "CONTOSO\\svc-ipam", "https"})
        QVERIFY2(right.warnings[0].contains(QLatin1StringView(part)),
                 qPrintable(right.warnings[0]));
    QVERIFY(right.log.join(u'\n').contains(u"warning: "_s + right.warnings[0]));
    int authenticated = 0;
    for (const SpfPeer::Request &r : f.peer.requests()) {
        if (r.status == 401)
            continue;
        QCOMPARE(r.authentication, u"NTLM CONTOSO\\svc-ipam"_s);
        ++authenticated;
    }
    QVERIFY(authenticated > 5); // the service document and every page of every set

    // No user at all: a clear message, and still no loop.
    o.credentials = {};
    f.peer.clearRequests();
    const VmmSyncReport none = f.sync(o);
    QVERIFY(!none.completed);
    QVERIFY2(none.error.contains("requires authentication"_L1) && none.error.contains(url),
             qPrintable(none.error));
    // The bare request and Qt's NTLM negotiate without a user (single sign-on, which only
    // Windows has); nothing more.
    QVERIFY2(f.peer.requestCount() <= 2, qPrintable(QString::number(f.peer.requestCount())));
}

void TestVmmSpfContract::metadataWithoutARelieduponPropertyFailsNamingIt_data()
{
    QTest::addColumn<bool>("siteSet");
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("property");
    QTest::newRow("VM subnet's Subnet") << false << u"VMSubnets"_s << u"Subnet"_s;
    QTest::newRow("pool's DNSServers") << false << u"StaticIPAddressPools"_s << u"DNSServers"_s;
    QTest::newRow("VM network's IsolationType") << false << u"VMNetworks"_s << u"IsolationType"_s;
    QTest::newRow("site's SubnetVLans")
            << true << u"LogicalNetworkDefinitions"_s << u"SubnetVLans"_s;
}

// The peer's $metadata is made from the documented entity types; without one property the
// connector relies on, the run stops before reading any set, naming the set and property,
// and writes nothing.
void TestVmmSpfContract::metadataWithoutARelieduponPropertyFailsNamingIt()
{
    QFETCH(bool, siteSet);
    QFETCH(QString, set);
    QFETCH(QString, property);
    Fixture f(u"sqlite"_s, siteSet, SpfPeer::Shape::Light);
    START(f);
    seed(f.peer);
    f.peer.omitFromMetadata(set, property);
    const VmmSyncReport report = f.sync();
    QVERIFY(!report.completed);
    QVERIFY2(report.error.contains(set) && report.error.contains(u"no property "_s + property),
             qPrintable(report.error));
    QCOMPARE(f.writePath->store().select<LogicalNetwork>().size(), 0);
    for (const SpfPeer::Request &r : f.peer.requests())
        QVERIFY2(r.set.isEmpty(), qPrintable(r.path)); // only the service document and $metadata
}

void TestVmmSpfContract::serviceWithoutMetadataStillSyncs()
{
    Fixture f(u"sqlite"_s, false, SpfPeer::Shape::Verbose);
    START(f);
    const Fabric fabric = seed(f.peer);
    const VmmSyncReport served = f.sync();
    QVERIFY2(served.completed, qPrintable(served.error));
    QVERIFY(!served.log.join(u'\n').contains("no usable $metadata"_L1));
    f.peer.setMetadataServed(false);
    f.peer.update(u"LogicalNetworks"_s, fabric.edge, {{"Description"_L1, "changed"_L1}});
    const VmmSyncReport notServed = f.sync();
    QVERIFY2(notServed.completed && notServed.refused == 0, qPrintable(notServed.error));
    QCOMPARE(notServed.updated, 1);
    QVERIFY2(notServed.log.join(u'\n').contains("no usable $metadata"_L1),
             qPrintable(notServed.log.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestVmmSpfContract)
#include "tst_vmmspfcontract.moc"
