// The VMM mapping on its own, both directions, per entity set, without HTTP:
//  - IPAM -> canonical values (VmmValueMapping): an IPAM object of each kind becomes the
//    canonical JSON text a link's baseline holds, its references as the linked remote IDs;
//    no database.
//  - canonical values -> IPAM (VmmChangeMapping): an entity of each set, as VMM sends it,
//    becomes the IPAM rows it stands for, written through the write path with its link, on
//    SQLite and PostgreSQL; and IPAM's values of what was written are the entity's values
//    again (the two directions agree, so the next run finds nothing to do).

#include "testdatabase.h"
#include "vmm/vmmadoption.h"
#include "vmm/vmmconflicts.h"
#include "vmm/vmmipamstate.h"
#include "vmm/vmmlinkindex.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmmapping.h"
#include "vmm/vmmsync.h"
#include "vmm/vmmsynccontext.h"
#include "vmm/vmmwritequeue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

const QUuid networkGuid = QUuid::fromString(u"11111111-1111-1111-1111-111111111111"_s);
const QUuid siteGuid = QUuid::fromString(u"22222222-2222-2222-2222-222222222222"_s);
const QUuid vmNetworkGuid = QUuid::fromString(u"33333333-3333-3333-3333-333333333333"_s);
const QUuid vmSubnetGuid = QUuid::fromString(u"44444444-4444-4444-4444-444444444444"_s);
const QUuid stampGuid = QUuid::fromString(u"99999999-9999-9999-9999-999999999999"_s);

QString guid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

VmmLink link(qint64 id, ObjectKind kind, ObjectId objectId, const QUuid &remoteId)
{
    VmmLink l;
    l.id = id;
    l.kind = kind;
    l.objectId = objectId;
    l.remoteSet = vmm::setOfKind(kind);
    l.remoteId = remoteId;
    return l;
}

// The objects of the values test: logical network 1 (linked), 2 (not linked); site 10 of
// network 1 (linked); VM network 20 of network 1 (linked); VM subnet 30 of VM network 20
// (linked), 31 of VM network 21 (not linked).
VmmLinkIndex linkedFabric()
{
    VmmLinkIndex index;
    index.load({link(1, ObjectKind::LogicalNetwork, 1, networkGuid),
                link(2, ObjectKind::NetworkSite, 10, siteGuid),
                link(3, ObjectKind::VmNetwork, 20, vmNetworkGuid),
                link(4, ObjectKind::Subnet, 30, vmSubnetGuid)});
    return index;
}

Subnet subnet(ObjectId id, const QString &prefix, NetworkType type)
{
    Subnet s;
    s.id = id;
    s.networkId = Prefix::parse(prefix).value();
    s.name = prefix;
    s.networkType = type;
    return s;
}

} // namespace

class TestVmmMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipamObjectBecomesCanonicalValues_data();
    void ipamObjectBecomesCanonicalValues();
    void entityOfEachSetBecomesIpamRows_data();
    void entityOfEachSetBecomesIpamRows();
};

void TestVmmMapping::ipamObjectBecomesCanonicalValues_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("logical network")
            << u"logicalNetwork"_s
            << R"({"Description":"SAN fabric","Name":"Storage","NetworkVirtualizationEnabled":true})"_ba;
    QTest::newRow("network site: host groups sorted once each, subnets by prefix")
            << u"site"_s
            << (R"({"HostGroups":["All Hosts\\East","All Hosts\\West"],"LogicalNetworkId":")"_ba
                + guid(networkGuid).toLatin1()
                + R"(","Name":"Storage East","SubnetVLans":[{"Subnet":"10.1.0.0/24","VLanID":12},{"Subnet":"10.1.1.0/24","VLanID":0}]})"_ba);
    QTest::newRow("network site of a logical network VMM does not hold")
            << u"siteUnlinked"_s
            << R"({"HostGroups":[],"LogicalNetworkId":"","Name":"Lab","SubnetVLans":[]})"_ba;
    QTest::newRow("VM network")
            << u"vmNetwork"_s
            << (R"({"Description":"","IsolationType":"WindowsNetworkVirtualization","LogicalNetworkId":")"_ba
                + guid(networkGuid).toLatin1() + R"(","Name":"Tenant A"})"_ba);
    QTest::newRow("VM subnet: its prefix, no VLAN (SPF's VMSubnet has none)")
            << u"vmSubnet"_s
            << (R"({"Name":"Tenant A web","Subnet":"192.168.1.0/24","VMNetworkId":")"_ba
                + guid(vmNetworkGuid).toLatin1() + R"("})"_ba);
    QTest::newRow("VM subnet of a VM network VMM does not hold")
            << u"vmSubnetUnlinked"_s
            << R"({"Name":"Tenant B web","Subnet":"192.168.2.0/24","VMNetworkId":""})"_ba;
    QTest::newRow("pool on a site's subnet (provider)")
            << u"providerPool"_s
            << (R"({"DNSServers":[],"DefaultGatewayIPAddresses":[],"IPAddressRangeEnd":"10.1.0.99","IPAddressRangeStart":"10.1.0.10","IPAddressReservedSet":"10.1.0.10, 10.1.0.11","LogicalNetworkDefinitionId":")"_ba
                + guid(siteGuid).toLatin1()
                + R"(","Name":"East pool","Subnet":"10.1.0.0/24","VIPAddressSet":"10.1.0.90-10.1.0.99","VMSubnetId":""})"_ba);
    QTest::newRow("pool on a VM subnet (customer), named by its bounds")
            << u"customerPool"_s
            << (R"({"DNSServers":[],"DefaultGatewayIPAddresses":[],"IPAddressRangeEnd":"192.168.1.20","IPAddressRangeStart":"192.168.1.10","IPAddressReservedSet":"","LogicalNetworkDefinitionId":"","Name":"192.168.1.10-192.168.1.20","Subnet":"192.168.1.0/24","VIPAddressSet":"","VMSubnetId":")"_ba
                + guid(vmSubnetGuid).toLatin1() + R"("})"_ba);
}

void TestVmmMapping::ipamObjectBecomesCanonicalValues()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, expected);
    const VmmLinkIndex index = linkedFabric();
    const VmmValueMapping mapping(index);

    QByteArray text;
    if (kind == "logicalNetwork"_L1) {
        LogicalNetwork o;
        o.id = 1;
        o.name = u"Storage"_s;
        o.description = u"SAN fabric"_s;
        o.networkVirtualizationEnabled = true;
        text = mapping.valuesText(o);
    } else if (kind == "site"_L1 || kind == "siteUnlinked"_L1) {
        NetworkSite o;
        o.id = 10;
        o.logicalNetworkId = kind == "site"_L1 ? 1 : 2;
        o.name = kind == "site"_L1 ? u"Storage East"_s : u"Lab"_s;
        o.hostGroup = kind == "site"_L1 ? u" All Hosts\\West; All Hosts\\East;All Hosts\\West; "_s
                                        : QString();
        text = mapping.valuesText(
                o,
                kind == "site"_L1
                        ? QList<QPair<QString, int>>{{u"10.1.1.0/24"_s, 0}, {u"10.1.0.0/24"_s, 12}}
                        : QList<QPair<QString, int>>{});
    } else if (kind == "vmNetwork"_L1) {
        VmNetwork o;
        o.id = 20;
        o.name = u"Tenant A"_s;
        o.logicalNetworkId = 1;
        o.isolation = VmNetworkIsolation::WindowsNetworkVirtualization;
        text = mapping.valuesText(o);
    } else if (kind == "vmSubnet"_L1 || kind == "vmSubnetUnlinked"_L1) {
        const bool linked = kind == "vmSubnet"_L1;
        Subnet o = subnet(linked ? 30 : 31, linked ? u"192.168.1.0/24"_s : u"192.168.2.0/24"_s,
                          NetworkType::Customer);
        o.name = linked ? u"Tenant A web"_s : u"Tenant B web"_s;
        o.vmNetworkId = linked ? 20 : 21;
        o.vlanIds = linked ? QList<int>{7, 8} : QList<int>{};
        text = mapping.valuesText(o);
    } else if (kind == "providerPool"_L1) {
        Subnet s = subnet(40, u"10.1.0.0/24"_s, NetworkType::Provider);
        s.siteId = 10;
        Range o;
        o.subnetId = 40;
        o.startAddress = IpAddress::parse(u"10.1.0.10"_s).value();
        o.endAddress = IpAddress::parse(u"10.1.0.99"_s).value();
        o.description = u"East pool"_s;
        o.reservedAddresses = {u"10.1.0.10"_s, u"10.1.0.11"_s};
        o.vips = {u"10.1.0.90-10.1.0.99"_s};
        text = mapping.valuesText(o, s);
    } else if (kind == "customerPool"_L1) {
        Subnet s = subnet(30, u"192.168.1.0/24"_s, NetworkType::Customer);
        s.vmNetworkId = 20;
        Range o;
        o.subnetId = 30;
        o.startAddress = IpAddress::parse(u"192.168.1.10"_s).value();
        o.endAddress = IpAddress::parse(u"192.168.1.20"_s).value();
        text = mapping.valuesText(o, s);
    }
    QCOMPARE(text, expected);
    // The text is what QJsonDocument writes for the same values: a baseline compares byte
    // for byte with a parsed entity's text.
    const QJsonObject parsed = QJsonDocument::fromJson(text).object();
    QCOMPARE(QJsonDocument(parsed).toJson(QJsonDocument::Compact), expected);
}

void TestVmmMapping::entityOfEachSetBecomesIpamRows_data()
{
    addBackendRows();
}

// Parents first, as a run applies them: each entity is written (queue not batching: at once),
// becomes the IPAM rows named below, is linked to its entity, and IPAM's values of it equal
// the entity's canonical values.
void TestVmmMapping::entityOfEachSetBecomesIpamRows()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    WritePath writePath(db, Principal{u"vmmsync"_s, {}});
    Store &store = writePath.store();
    const std::optional<AddressSpace> provider = store.spaceByName(u"Default"_s);
    QVERIFY(provider);

    VmmSyncOptions options;
    VmmSync sync(writePath, options);
    const std::atomic<bool> cancelled{false};
    VmmSyncContext ctx(sync, writePath, options, cancelled);
    ctx.provider = *provider;
    ctx.linkIndex.load(ctx.links.all());
    VmmConflicts conflicts(ctx);
    VmmLookups lookups(ctx);
    VmmValueMapping values(ctx.linkIndex);
    VmmAdoption adoption(ctx, lookups);
    VmmIpamState ipam(ctx, lookups, values, adoption);
    VmmWriteQueue queue(ctx, conflicts, lookups, ipam);
    VmmChangeMapping mapping(ctx, lookups, values, ipam, queue);

    // Pulls one entity of `set` and returns the IPAM object it is linked to now.
    auto pull = [&](const QString &set, QJsonObject entity) -> ObjectId {
        entity.insert("StampId"_L1, guid(stampGuid));
        const Parsed<vmm::RemoteEntity> parsed = vmm::parseEntity(set, entity);
        if (!parsed) {
            qWarning() << set << parsed.error();
            return 0;
        }
        vmm::RemoteEntity e = parsed.value();
        e.valuesText = QJsonDocument(e.values).toJson(QJsonDocument::Compact);
        bool done = false;
        if (mapping.apply(set, e, 0, [&done] { done = true; }) != VmmOutcome::Applied || !done) {
            qWarning() << set << ctx.report.log;
            return 0;
        }
        const VmmLink *linked = ctx.linkIndex.ofRemote(set, e.id);
        if (!linked) {
            qWarning() << set << "not linked";
            return 0;
        }
        // Both directions agree: what IPAM now holds maps back to the entity's values, and the
        // link's baseline is them too.
        const std::optional<QJsonObject> back = ipam.ipamValues(linked->kind, linked->objectId);
        if (!back || *back != e.values || linked->baseline.object() != e.values) {
            qWarning() << set << "maps back to" << back.value_or(QJsonObject()) << "not"
                       << e.values;
            return 0;
        }
        return linked->objectId;
    };

    // LogicalNetworks -> a logical network of the provider space.
    const ObjectId networkId = pull(vmm::logicalNetworks,
                                    {{"ID"_L1, guid(networkGuid)},
                                     {"Name"_L1, "Storage"_L1},
                                     {"Description"_L1, "SAN fabric"_L1},
                                     {"NetworkVirtualizationEnabled"_L1, true}});
    QVERIFY(networkId);
    const std::optional<LogicalNetwork> network = store.get<LogicalNetwork>(networkId);
    QVERIFY(network);
    QCOMPARE(network->spaceId, provider->id);
    QCOMPARE(network->name, u"Storage"_s);
    QCOMPARE(network->description, u"SAN fabric"_s);
    QVERIFY(network->networkVirtualizationEnabled);
    QCOMPARE(network->remoteId, guid(networkGuid));

    // LogicalNetworkDefinitions -> a network site of that logical network, with its subnets
    // (provider subnets of the logical network, on the site, with their VLAN).
    const ObjectId siteId
            = pull(vmm::definitions,
                   {{"ID"_L1, guid(siteGuid)},
                    {"Name"_L1, "Storage East"_L1},
                    {"LogicalNetworkId"_L1, guid(networkGuid)},
                    {"SubnetVLans"_L1,
                     QJsonArray{QJsonObject{{"Subnet"_L1, "10.1.0.0/24"_L1}, {"VLanID"_L1, 12}},
                                QJsonObject{{"Subnet"_L1, "10.1.1.0/24"_L1}, {"VLanID"_L1, 13}}}},
                    {"HostGroups"_L1, QJsonArray{u"All Hosts\\East"_s}}});
    QVERIFY(siteId);
    const std::optional<NetworkSite> site = store.get<NetworkSite>(siteId);
    QVERIFY(site);
    QCOMPARE(site->logicalNetworkId, networkId);
    QCOMPARE(site->name, u"Storage East"_s);
    QCOMPARE(site->hostGroup, u"All Hosts\\East"_s);
    QCOMPARE(site->vlanIds, (QList<int>{12, 13}));
    const QList<Subnet> siteSubnets = store.select<Subnet>(u"site_id = ?"_s, {siteId});
    QCOMPARE(siteSubnets.size(), 2);
    for (const Subnet &s : siteSubnets) {
        QCOMPARE(s.spaceId, provider->id);
        QVERIFY(s.networkType == NetworkType::Provider);
        QCOMPARE(s.logicalNetworkId, networkId);
    }
    QCOMPARE(siteSubnets.at(0).networkId.toString(), u"10.1.0.0/24"_s);
    QCOMPARE(siteSubnets.at(0).vlanIds, QList<int>{12});
    QCOMPARE(siteSubnets.at(1).vlanIds, QList<int>{13});

    // StaticIPAddressPools on a site -> a range of the site's subnet, managed by VMM.
    const ObjectId poolId = pull(vmm::pools,
                                 {{"ID"_L1, "55555555-5555-5555-5555-555555555555"_L1},
                                  {"Name"_L1, "East pool"_L1},
                                  {"LogicalNetworkDefinitionId"_L1, guid(siteGuid)},
                                  {"Subnet"_L1, "10.1.0.0/24"_L1},
                                  {"IPAddressRangeStart"_L1, "10.1.0.10"_L1},
                                  {"IPAddressRangeEnd"_L1, "10.1.0.99"_L1},
                                  {"IPAddressReservedSet"_L1, "10.1.0.10, 10.1.0.11"_L1}});
    QVERIFY(poolId);
    const std::optional<Range> pool = store.get<Range>(poolId);
    QVERIFY(pool);
    QCOMPARE(pool->subnetId, siteSubnets.at(0).id);
    QCOMPARE(pool->startAddress.toString(), u"10.1.0.10"_s);
    QCOMPARE(pool->endAddress.toString(), u"10.1.0.99"_s);
    QCOMPARE(pool->description, u"East pool"_s);
    QCOMPARE(pool->reservedAddresses, (QStringList{u"10.1.0.10"_s, u"10.1.0.11"_s}));
    QCOMPARE(pool->managedByService, u"VMM"_s);

    // VMNetworks -> a customer address space of the provider space and its VM network.
    const ObjectId vmNetworkId = pull(vmm::vmNetworks,
                                      {{"ID"_L1, guid(vmNetworkGuid)},
                                       {"Name"_L1, "Tenant A"_L1},
                                       {"LogicalNetworkId"_L1, guid(networkGuid)},
                                       {"IsolationType"_L1, "WindowsNetworkVirtualization"_L1}});
    QVERIFY(vmNetworkId);
    const std::optional<VmNetwork> vmNetwork = store.get<VmNetwork>(vmNetworkId);
    QVERIFY(vmNetwork);
    QCOMPARE(vmNetwork->logicalNetworkId, networkId);
    QVERIFY(vmNetwork->isolation == VmNetworkIsolation::WindowsNetworkVirtualization);
    const std::optional<AddressSpace> tenant = store.get<AddressSpace>(vmNetwork->spaceId);
    QVERIFY(tenant);
    QCOMPARE(tenant->name, u"Tenant A"_s);
    QVERIFY(tenant->type == AddressSpaceType::Customer);
    QCOMPARE(tenant->associatedProviderSpaceId, provider->id);
    QVERIFY(tenant->isolationMethod == IsolationMethod::NVGRE);

    // VMSubnets -> a customer subnet of the VM network's space, on the VM network.
    const ObjectId vmSubnetId = pull(vmm::vmSubnets,
                                     {{"ID"_L1, guid(vmSubnetGuid)},
                                      {"Name"_L1, "Tenant A web"_L1},
                                      {"VMNetworkId"_L1, guid(vmNetworkGuid)},
                                      {"Subnet"_L1, "192.168.1.0/24"_L1}});
    QVERIFY(vmSubnetId);
    const std::optional<Subnet> vmSubnet = store.get<Subnet>(vmSubnetId);
    QVERIFY(vmSubnet);
    QCOMPARE(vmSubnet->spaceId, tenant->id);
    QVERIFY(vmSubnet->networkType == NetworkType::Customer);
    QCOMPARE(vmSubnet->vmNetworkId, vmNetworkId);
    QCOMPARE(vmSubnet->name, u"Tenant A web"_s);

    // StaticIPAddressPools on a VM subnet -> a range of the customer subnet.
    const ObjectId tenantPoolId = pull(vmm::pools,
                                       {{"ID"_L1, "66666666-6666-6666-6666-666666666666"_L1},
                                        {"Name"_L1, "Tenant A pool"_L1},
                                        {"VMSubnetId"_L1, guid(vmSubnetGuid)},
                                        {"Subnet"_L1, "192.168.1.0/24"_L1},
                                        {"IPAddressRangeStart"_L1, "192.168.1.10"_L1},
                                        {"IPAddressRangeEnd"_L1, "192.168.1.20"_L1}});
    QVERIFY(tenantPoolId);
    const std::optional<Range> tenantPool = store.get<Range>(tenantPoolId);
    QVERIFY(tenantPool);
    QCOMPARE(tenantPool->spaceId, tenant->id);
    QCOMPARE(tenantPool->subnetId, vmSubnetId);

    // Nothing was refused, and every change went through the write path (audited).
    QCOMPARE(ctx.report.refused, 0);

    // A child whose parent IPAM does not hold is refused before anything is written, naming it.
    vmm::RemoteEntity orphan
            = vmm::parseEntity(vmm::vmSubnets,
                               {{"ID"_L1, "77777777-7777-7777-7777-777777777777"_L1},
                                {"StampId"_L1, guid(stampGuid)},
                                {"Name"_L1, "Orphan"_L1},
                                {"VMNetworkId"_L1, "88888888-8888-8888-8888-888888888888"_L1},
                                {"Subnet"_L1, "192.168.9.0/24"_L1}})
                      .value();
    const qsizetype subnetsBefore = store.select<Subnet>().size();
    QCOMPARE(mapping.apply(vmm::vmSubnets, orphan, 0, [] {}), VmmOutcome::Refused);
    QCOMPARE(ctx.report.refused, 1);
    QCOMPARE(ctx.report.log.constLast(),
             u"refused subnet \"Orphan\": its VM network 88888888-8888-8888-8888-888888888888 is "
             "not in IPAM"_s);
    QCOMPARE(store.select<Subnet>().size(), subnetsBefore);
}

QTEST_GUILESS_MAIN(TestVmmMapping)
#include "tst_vmmmapping.moc"
