#include "demodataset.h"

#include "access/accesscontrolstore.h"
#include "io/demodataplan.h"
#include "io/demohistory.h"
#include "write/writepath.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace ipam {

namespace {

using namespace demo;

// ---- the loader

// What to put into one planned subnet besides the subnet itself.
struct SubnetContents
{
    Load load = Load::Empty;
    bool withRange = false;
    QString managedByService = QStringLiteral("IPAM");
    QString serviceInstance = QStringLiteral("Localhost");
    AssignmentType poolAssignment = AssignmentType::Static;
    QString deviceType = QStringLiteral("Host");
    QString devicePrefix; // "DUB-SOFS"
    quint32 oui = hostOui;
    QString dnsServer;
    bool poolWhenEmpty = true; // an empty subnet may already have its range (half of them do)
    int poolLastOffset = 0;    // the range's last address within the subnet; 0: the last usable
};

// Writes the plan level by level, one ChangeSet each: the objects the write path hands back
// for a level (in change order) give the ids that the next level's objects refer to. The
// subnets are planned in full (with how full each is to be) before any is written, so the
// random generator is drawn from in one fixed order.
class DemoLoader
{
public:
    explicit DemoLoader(WritePath &writePath)
        : m_writePath(writePath)
        , m_rng(demoSeed)
    { }

    bool load(QString *error);

private:
    bool submit(const ChangeSet &changes, WriteResult *result, QString *error);
    void undo(QString *error);

    bool loadProviderSpaces(QString *error);
    bool loadLogicalNetworks(QString *error);
    bool loadSites(QString *error);
    bool loadCustomerSpaces(QString *error);
    bool loadVmNetworks(QString *error);
    bool loadBlocks(QString *error);
    bool loadSubnets(QString *error);
    bool loadRangesAndAddresses(QString *error);

    void planFabricSubnets();
    void planTenantSubnets();
    void planOfficeSubnets();
    void planStagingSubnets();
    void planExampleSubnets();
    void addToPlan(const Subnet &subnet, SubnetContents contents, const LoadWeights &weights);
    void planContents(const Subnet &subnet, const SubnetContents &contents, ChangeSet &ranges,
                      ChangeSet &addresses);
    int addressCount(Load load, const Prefix &prefix);
    Load pickLoad(const LoadWeights &weights);

    WritePath &m_writePath;
    QRandomGenerator m_rng;
    ObjectId m_defaultId = 0;
    QList<ObjectId> m_providerIds;               // per providerSpaces entry
    QList<ObjectId> m_networkIds;                // per networks entry
    QList<QList<NetworkSite>> m_sites;           // per networks entry, in site order
    QList<AddressSpace> m_tenantSpaces;          // per tenants entry
    QList<QList<ObjectId>> m_vmNetworkIds;       // per tenants entry: main [, second]
    QList<QPair<Subnet, SubnetContents>> m_plan; // subnets and what goes in them
    QHash<QString, int> m_deviceSerials;
    quint32 m_macSerial = 0x010000;
    quint32 m_virtualSubnetId = 5001;
    // What this load created, in creation order (for undo when a later level is refused).
    QList<AnyObject> m_created;
    QSet<QPair<int, ObjectId>> m_createdKeys;
};

bool DemoLoader::submit(const ChangeSet &changes, WriteResult *result, QString *error)
{
    *result = m_writePath.submit(changes);
    if (!result->ok()) {
        if (error)
            *error = QStringLiteral("demo data set (%1): %2").arg(changes.label, result->message);
        return false;
    }
    for (const AnyObject &object : std::as_const(result->objects)) {
        const QPair<int, ObjectId> key(int(kindOf(object)), storedPart(object).id);
        if (!m_createdKeys.contains(key)) {
            m_createdKeys.insert(key);
            m_created.append(object);
        }
    }
    return true;
}

void DemoLoader::undo(QString *error)
{
    if (m_created.isEmpty())
        return;
    ChangeSet removal;
    removal.label = QStringLiteral("demo data set: undo a partial load");
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
        removal.remove(*it);
    const WriteResult result = m_writePath.submit(removal);
    if (!result.ok() && error)
        *error += QStringLiteral("; removing the levels already loaded failed too: ")
                + result.message;
}

bool DemoLoader::load(QString *error)
{
    const std::optional<AddressSpace> defaultSpace = m_writePath.store().defaultSpace();
    if (!defaultSpace) {
        if (error)
            *error = QStringLiteral("demo data set: the store has no Default address space");
        return false;
    }
    m_defaultId = defaultSpace->id;
    if (!loadProviderSpaces(error))
        return false; // nothing written yet
    const bool loaded = loadLogicalNetworks(error) && loadSites(error) && loadCustomerSpaces(error)
            && loadVmNetworks(error) && loadBlocks(error) && loadSubnets(error)
            && loadRangesAndAddresses(error);
    if (!loaded)
        undo(error);
    return loaded;
}

bool DemoLoader::loadProviderSpaces(QString *error)
{
    ChangeSet changes;
    changes.label = QStringLiteral("demo data set: provider address spaces");
    for (int i = 1; i < providerSpaceCount; ++i) {
        const ProviderSpacePlan &plan = providerSpaces[i];
        AddressSpace space;
        space.name = latin(plan.name);
        space.type = AddressSpaceType::Provider;
        space.owner = latin(plan.owner);
        space.description = latin(plan.description);
        space.customConfiguration
                = QStringLiteral("ManagedByService=VMM;ServiceInstance=") + latin(plan.vmmServer);
        changes.create(space);
    }
    WriteResult result;
    if (!submit(changes, &result, error))
        return false;
    m_providerIds = {m_defaultId};
    for (const AnyObject &object : std::as_const(result.objects))
        m_providerIds.append(std::get<AddressSpace>(object).id);
    return true;
}

bool DemoLoader::loadLogicalNetworks(QString *error)
{
    ChangeSet changes;
    changes.label = QStringLiteral("demo data set: logical networks");
    for (const NetworkPlan &plan : networks) {
        LogicalNetwork network;
        network.spaceId = m_providerIds.at(plan.space);
        network.name = latin(plan.name);
        network.description = latin(plan.description);
        network.networkVirtualizationEnabled = plan.virtualization;
        changes.create(network);
    }
    WriteResult result;
    if (!submit(changes, &result, error))
        return false;
    for (const AnyObject &object : std::as_const(result.objects))
        m_networkIds.append(std::get<LogicalNetwork>(object).id);
    return true;
}

bool DemoLoader::loadSites(QString *error)
{
    ChangeSet changes;
    changes.label = QStringLiteral("demo data set: network sites");
    for (int n = 0; n < networkCount; ++n) {
        const NetworkPlan &plan = networks[n];
        for (int s = 0; s < plan.siteCount; ++s) {
            const int location = plan.firstSite + s;
            const LocationPlan &where = providerSpaces[plan.space].locations[location];
            NetworkSite site;
            site.logicalNetworkId = m_networkIds.at(n);
            site.name = latin(where.name);
            site.hostGroup = latin(where.hostGroup);
            site.vlanIds = {plan.vlanBase + location + 1};
            if (plan.trunkVlan)
                site.vlanIds.append(plan.vlanBase);
            changes.create(site);
        }
    }
    WriteResult result;
    if (!submit(changes, &result, error))
        return false;
    m_sites.resize(networkCount);
    int next = 0;
    for (int n = 0; n < networkCount; ++n) {
        for (int s = 0; s < networks[n].siteCount; ++s)
            m_sites[n].append(std::get<NetworkSite>(result.objects.at(next++)));
    }
    return true;
}

bool DemoLoader::loadCustomerSpaces(QString *error)
{
    ChangeSet changes;
    changes.label = QStringLiteral("demo data set: customer address spaces");
    for (const TenantPlan &plan : tenants) {
        AddressSpace space;
        space.name = latin(plan.name);
        space.type = AddressSpaceType::Customer;
        space.owner = latin(plan.owner);
        space.description = latin(plan.description);
        space.associatedProviderSpaceId = m_providerIds.at(plan.provider);
        space.tenant = latin(plan.tenantId);
        space.isolationMethod = plan.isolation;
        // The VM network is named once it exists (loadVmNetworks), so that it is created with
        // its logical network rather than derived from the name.
        changes.create(space);
    }
    WriteResult result;
    if (!submit(changes, &result, error))
        return false;
    for (const AnyObject &object : std::as_const(result.objects))
        m_tenantSpaces.append(std::get<AddressSpace>(object));
    return true;
}

bool DemoLoader::loadVmNetworks(QString *error)
{
    ChangeSet changes;
    changes.label = QStringLiteral("demo data set: VM networks");
    QList<int> perTenant;
    for (int t = 0; t < int(std::size(tenants)); ++t) {
        const TenantPlan &plan = tenants[t];
        ObjectId transit = 0;
        QString transitName;
        for (int n = 0; n < networkCount; ++n) {
            if (networks[n].space == plan.provider && networks[n].virtualization) {
                transit = m_networkIds.at(n);
                transitName = latin(networks[n].name);
            }
        }
        int count = 0;
        for (const char *name : {plan.vmNetwork, plan.secondVmNetwork}) {
            if (!name)
                continue;
            VmNetwork network;
            network.spaceId = m_tenantSpaces.at(t).id;
            network.logicalNetworkId = transit;
            network.name = latin(name);
            network.description
                    = QStringLiteral("%1 on %2 \\ %3")
                              .arg(latin(plan.name), latin(providerSpaces[plan.provider].name),
                                   transitName);
            network.isolation = VmNetworkIsolation::WindowsNetworkVirtualization;
            changes.create(network);
            ++count;
        }
        perTenant.append(count);
        AddressSpace space = m_tenantSpaces.at(t);
        space.vmNetwork = latin(plan.vmNetwork);
        changes.update(space, space.version);
    }
    WriteResult result;
    if (!submit(changes, &result, error))
        return false;
    int next = 0;
    for (int t = 0; t < int(std::size(tenants)); ++t) {
        QList<ObjectId> ids;
        for (int i = 0; i < perTenant.at(t); ++i)
            ids.append(std::get<VmNetwork>(result.objects.at(next++)).id);
        m_tenantSpaces[t] = std::get<AddressSpace>(result.objects.at(next++));
        m_vmNetworkIds.append(ids);
    }
    return true;
}

bool DemoLoader::loadBlocks(QString *error)
{
    ChangeSet changes;
    changes.label = QStringLiteral("demo data set: blocks");
    auto add = [&](ObjectId space, const Prefix &prefix, const QString &description,
                   const QString &owner, const QString &rir = QString()) {
        Block block;
        block.spaceId = space;
        block.networkId = prefix;
        block.description = description;
        block.owner = owner;
        block.rir = rir;
        changes.create(block);
    };
    for (int p = 0; p < providerSpaceCount; ++p) {
        const ProviderSpacePlan &plan = providerSpaces[p];
        const ObjectId space = m_providerIds.at(p);
        const QString owner = latin(plan.owner);
        const Prefix v4 = prefixOf(plan.v4Block);
        const Prefix internet = prefixOf(plan.publicBlock);
        add(space, v4, latin(plan.v4BlockDescription), owner);
        add(space, internet, QStringLiteral("Public addresses from %1").arg(latin(plan.rir)), owner,
            latin(plan.rir));
        for (int n = 0; n < networkCount; ++n) {
            if (networks[n].space != p)
                continue;
            const Prefix network = prefixOf(networks[n].prefix);
            if (network != v4 && network != internet)
                add(space, network, latin(networks[n].name) + QStringLiteral(" allocation"),
                    latin(networks[n].owner));
        }
        if (plan.stagingPrefix)
            add(space, prefixOf(plan.stagingPrefix),
                QStringLiteral("Staging: racked, not yet given to a logical network"), owner);
        if (p == 0) {
            for (const OfficePlan &office : offices)
                add(space, prefixOf(office.prefix),
                    QStringLiteral("Corporate network, %1 office").arg(latin(office.name)), owner);
        }
        add(space, prefixOf("2001:db8::/32"), QStringLiteral("IPv6 allocation, one /48 per site"),
            owner, latin(plan.rir));
        for (int l = 0; l < 6 && plan.locations[l].name; ++l)
            add(space, documentationPrefix48(plan.v6Site + l + 1),
                QStringLiteral("IPv6 for %1").arg(latin(plan.locations[l].name)), owner,
                latin(plan.rir));
    }
    for (int t = 0; t < int(std::size(tenants)); ++t) {
        const TenantPlan &plan = tenants[t];
        const ObjectId space = m_tenantSpaces.at(t).id;
        const QString owner = latin(plan.owner);
        add(space, prefixOf("192.168.0.0/16"), QStringLiteral("Tenant VM subnets"), owner);
        add(space, prefixOf("10.0.0.0/16"), QStringLiteral("Tenant back-end subnets"), owner);
        if (plan.ula)
            add(space, prefixOf(plan.ula), QStringLiteral("Tenant IPv6 (unique local)"), owner);
    }
    WriteResult result;
    return submit(changes, &result, error);
}

Load DemoLoader::pickLoad(const LoadWeights &weights)
{
    const int total = weights.empty + weights.light + weights.busy + weights.full;
    int pick = int(m_rng.bounded(total));
    if ((pick -= weights.empty) < 0)
        return Load::Empty;
    if ((pick -= weights.light) < 0)
        return Load::Light;
    if ((pick -= weights.busy) < 0)
        return Load::Busy;
    return Load::Full;
}

// Address records for a subnet at `load`: Light stays under 20 %, Busy between 25 and 60 %,
// Full over 80 % (as far as the usable addresses allow); IPv6 subnets get a handful.
int DemoLoader::addressCount(Load load, const Prefix &prefix)
{
    if (load == Load::Empty)
        return 0;
    if (prefix.family() == Family::V6)
        return 2 + int(m_rng.bounded(23));
    const int total = 1 << (32 - std::max(prefix.length(), 16));
    const int usable = total - 2;
    switch (load) {
    case Load::Empty:
        return 0;
    case Load::Light:
        return 1 + int(m_rng.bounded(std::max(1, std::min(total * 15 / 100, 16))));
    case Load::Busy:
        return std::max(1, total * int(m_rng.bounded(25, 61)) / 100);
    case Load::Full:
        return std::min(usable,
                        std::max(total * 81 / 100 + 1, total * int(m_rng.bounded(83, 98)) / 100));
    }
    return 0;
}

void DemoLoader::addToPlan(const Subnet &subnet, SubnetContents contents,
                           const LoadWeights &weights)
{
    contents.load = pickLoad(weights);
    // Pools exist in most subnets that hold addresses, and in some that do not yet.
    contents.withRange
            = contents.load != Load::Empty || (contents.poolWhenEmpty && m_rng.bounded(2) == 0);
    m_plan.append({subnet, contents});
}

void DemoLoader::planFabricSubnets()
{
    for (int n = 0; n < networkCount; ++n) {
        const NetworkPlan &net = networks[n];
        const ProviderSpacePlan &space = providerSpaces[net.space];
        const Prefix allocation = prefixOf(net.prefix);
        int ordinal = 1; // the network's place in its space, for IPv6 numbering
        for (int m = 0; m < n; ++m)
            ordinal += networks[m].space == net.space ? 1 : 0;

        SubnetContents contents;
        contents.managedByService = QStringLiteral("VMM");
        contents.serviceInstance = latin(space.vmmServer);
        contents.dnsServer = latin(space.dnsServer);
        Subnet base;
        base.spaceId = m_providerIds.at(net.space);
        base.networkType = NetworkType::Provider;
        base.logicalNetworkId = m_networkIds.at(n);
        base.owner = latin(net.owner);
        base.customConfiguration = QStringLiteral("ManagedByService=VMM;ServiceInstance=")
                + contents.serviceInstance;

        for (int s = 0; s < net.siteCount; ++s) {
            const NetworkSite &site = m_sites.at(n).at(s);
            const LocationPlan &where = space.locations[net.firstSite + s];
            contents.devicePrefix = latin(where.code) + QLatin1Char('-') + latin(net.role);
            Subnet subnet = base;
            subnet.siteId = site.id;
            subnet.vlanIds = site.vlanIds;
            subnet.description = QStringLiteral("%1, %2").arg(latin(net.description), site.name);
            int serial = 0;
            for (const Prefix &prefix : carve(sliceOf(allocation, s), net.carves)) {
                subnet.networkId = prefix;
                subnet.name = QStringLiteral("%1-%2-%3")
                                      .arg(latin(net.subnetTag), site.name, number(++serial, 3));
                addToPlan(subnet, contents, prefix.length() <= 24 ? fabricWide : fabricSmall);
            }
            for (int k = 0; k < net.v6PerSite; ++k) {
                subnet.networkId = documentationPrefix64(space.v6Site + net.firstSite + s + 1,
                                                         (ordinal << 8) | (k + 1));
                subnet.name = QStringLiteral("%1-%2-v6-%3")
                                      .arg(latin(net.subnetTag), site.name, number(k + 1, 2));
                addToPlan(subnet, contents, ipv6);
            }
        }
        // Assigned to the network, but not yet to one of its sites: no pool yet.
        contents.poolWhenEmpty = false;
        Subnet subnet = base;
        subnet.description
                = QStringLiteral("%1; network site not chosen yet").arg(latin(net.description));
        const Carve pending[2] = {{net.carves[0].length, unplacedPerNetwork}, {0, 0}};
        int serial = 0;
        for (const Prefix &prefix : carve(sliceOf(allocation, unplacedSlice), pending)) {
            subnet.networkId = prefix;
            subnet.name = QStringLiteral("%1-Unplaced-%2")
                                  .arg(latin(net.subnetTag), number(++serial, 3));
            addToPlan(subnet, contents, unplaced);
        }
    }
}

void DemoLoader::planTenantSubnets()
{
    for (int t = 0; t < int(std::size(tenants)); ++t) {
        const TenantPlan &tenant = tenants[t];
        const QList<ObjectId> &vmNetworks = m_vmNetworkIds.at(t);
        SubnetContents contents;
        contents.managedByService = QStringLiteral("VMM");
        contents.serviceInstance = latin(providerSpaces[tenant.provider].vmmServer);
        contents.deviceType = QStringLiteral("VM");
        contents.oui = hyperVOui;
        Subnet base;
        base.spaceId = m_tenantSpaces.at(t).id;
        base.networkType = NetworkType::Customer;
        base.owner = latin(tenant.owner);
        base.customConfiguration = QStringLiteral("ManagedByService=VMM;ServiceInstance=")
                + contents.serviceInstance;

        int serial = 0;
        auto add = [&](const Prefix &prefix, int tierIndex, ObjectId vmNetwork) {
            const QString tier = latin(tenantTiers[tierIndex % int(std::size(tenantTiers))]);
            Subnet subnet = base;
            subnet.networkId = prefix;
            subnet.vmNetworkId = vmNetwork;
            subnet.virtualSubnetId = m_virtualSubnetId++;
            subnet.name
                    = QStringLiteral("%1-%2-%3").arg(latin(tenant.code), tier, number(++serial, 2));
            subnet.description = QStringLiteral("%1, %2 tier").arg(latin(tenant.name), tier);
            contents.devicePrefix = QStringLiteral("%1-%2").arg(latin(tenant.code), tier.toUpper());
            addToPlan(subnet, contents,
                      prefix.family() == Family::V6   ? ipv6
                              : prefix.length() <= 24 ? tenantWide
                                                      : tenantSmall);
        };
        // Every tenant starts at 192.168.0.0/24 and 10.0.0.0/26: the prefixes overlap across
        // the customer spaces, which is legal because each space is its own network.
        const Carve front[2] = {{24, tenant.subnets24}, {0, 0}};
        const Carve back[2] = {{26, tenant.subnets26}, {0, 0}};
        const QList<Prefix> frontEnd = carve(prefixOf("192.168.0.0/16"), front);
        const QList<Prefix> backEnd = carve(prefixOf("10.0.0.0/16"), back);
        for (int i = 0; i < frontEnd.size(); ++i) {
            add(frontEnd.at(i), i, vmNetworks.constFirst());
            if (i == 0) { // so that 192.168.0.x is in use in every tenant
                m_plan.last().second.load = Load::Busy;
                m_plan.last().second.withRange = true;
            }
        }
        for (int i = 0; i < backEnd.size(); ++i)
            add(backEnd.at(i), i + 2, vmNetworks.constLast());
        if (tenant.ula) {
            const Prefix ula = prefixOf(tenant.ula);
            for (int k = 0; k < tenant.subnets64; ++k)
                add(prefixAt(Family::V6, ula.first().value() | (uint128(k + 1) << 64), 64), k,
                    vmNetworks.constFirst());
        }
    }
}

void DemoLoader::planOfficeSubnets()
{
    for (const OfficePlan &office : offices) {
        SubnetContents contents;
        contents.poolAssignment = AssignmentType::Dynamic;
        contents.devicePrefix = latin(office.code) + QStringLiteral("-WS");
        contents.dnsServer = latin(providerSpaces[0].dnsServer);
        Subnet subnet;
        subnet.spaceId = m_defaultId;
        subnet.networkType = NetworkType::NonVirtualized;
        subnet.owner = QStringLiteral("CONTOSO\\Desktop-Network");
        int serial = 0;
        for (const Prefix &prefix : carve(prefixOf(office.prefix), officeCarves)) {
            const QString tier = prefix.length() <= 24
                    ? QStringLiteral("Users")
                    : latin(officeTiers[1 + serial % (int(std::size(officeTiers)) - 1)]);
            subnet.networkId = prefix;
            subnet.name = QStringLiteral("Corp-%1-%2").arg(latin(office.name), number(++serial, 3));
            subnet.description = QStringLiteral("%1 office, %2").arg(latin(office.name), tier);
            addToPlan(subnet, contents, prefix.length() <= 24 ? officeWide : officeSmall);
        }
    }
}

void DemoLoader::planStagingSubnets()
{
    for (int p = 1; p < providerSpaceCount; ++p) {
        const ProviderSpacePlan &space = providerSpaces[p];
        SubnetContents contents;
        contents.devicePrefix = QStringLiteral("%1-NEW").arg(latin(space.locations[0].code));
        contents.poolWhenEmpty = false;
        Subnet subnet;
        subnet.spaceId = m_providerIds.at(p);
        subnet.networkType = NetworkType::Provider;
        subnet.owner = latin(space.owner);
        subnet.description
                = QStringLiteral("Racked and cabled; not yet given to a logical network");
        const Carve staging24[2] = {{24, space.stagingCount}, {0, 0}};
        int serial = 0;
        for (const Prefix &prefix : carve(prefixOf(space.stagingPrefix), staging24)) {
            subnet.networkId = prefix;
            subnet.name = QStringLiteral("Staging-%1").arg(number(++serial, 3));
            addToPlan(subnet, contents, staging);
        }
    }
}

// The IpamServer documentation's own examples, where they fit the plan (E4, E5, E9).
void DemoLoader::planExampleSubnets()
{
    int storage = -1;
    for (int n = 0; n < networkCount; ++n) {
        if (networks[n].space == 0 && QLatin1String(networks[n].name) == QLatin1String("Storage"))
            storage = n;
    }
    SubnetContents vmm;
    vmm.managedByService = QStringLiteral("VMM");
    vmm.serviceInstance = latin(providerSpaces[0].vmmServer);
    vmm.devicePrefix = QStringLiteral("S03-SAN");

    Subnet contoso3; // Add-IpamSubnet ex.2
    contoso3.spaceId = m_defaultId;
    contoso3.networkId = prefixOf("10.13.0.0/16");
    contoso3.name = QStringLiteral("Contoso_3");
    contoso3.networkType = NetworkType::Provider;
    contoso3.logicalNetworkId = m_networkIds.at(storage);
    contoso3.siteId = m_sites.at(storage).at(2).id; // Site03
    contoso3.vlanIds = {13, 10};
    contoso3.owner = QStringLiteral("CONTOSO\\Storage-Admins");
    contoso3.description = QStringLiteral("Storage for Site03 (one /16, as VMM created it)");
    m_plan.append({contoso3, vmm});
    m_plan.last().second.load = Load::Light;
    m_plan.last().second.withRange = true;

    Subnet contoso2; // Remove-IpamSubnet ex.1
    contoso2.spaceId = m_defaultId;
    contoso2.networkId = prefixOf("10.12.0.0/16");
    contoso2.name = QStringLiteral("Contoso_2");
    contoso2.networkType = NetworkType::NonVirtualized;
    contoso2.owner = QStringLiteral("CONTOSO\\NetOps");
    contoso2.description = QStringLiteral("Legacy flat network, being retired");
    m_plan.append({contoso2, SubnetContents()});

    Subnet datacenter; // Add-IpamRange ex.5: created by -CreateSubnetIfNotFound, so unassigned
    datacenter.spaceId = m_providerIds.at(1);
    datacenter.networkId = prefixOf("172.16.19.0/24");
    datacenter.name = QStringLiteral("172.16.19.0/24");
    datacenter.networkType = NetworkType::Provider;
    datacenter.owner = latin(providerSpaces[1].owner);
    SubnetContents ipam;
    ipam.devicePrefix = QStringLiteral("DUB-LAB");
    ipam.poolLastOffset = 110; // 172.16.19.10-172.16.19.110
    m_plan.append({datacenter, ipam});
    m_plan.last().second.load = Load::Busy;
    m_plan.last().second.withRange = true;
}

bool DemoLoader::loadSubnets(QString *error)
{
    planFabricSubnets();
    planTenantSubnets();
    planOfficeSubnets();
    planStagingSubnets();
    planExampleSubnets();
    ChangeSet changes;
    changes.label = QStringLiteral("demo data set: subnets");
    for (const auto &[subnet, contents] : std::as_const(m_plan))
        changes.create(subnet);
    WriteResult result;
    return submit(changes, &result, error);
}

// One range (a VMM IP pool or an IPAM range) and the address records of a planned subnet.
// Addresses fill the pool from its start with a few gaps; the gateway (.1) and, when the pool
// is full, the infrastructure addresses below the pool are recorded outside the range.
void DemoLoader::planContents(const Subnet &subnet, const SubnetContents &contents,
                              ChangeSet &ranges, ChangeSet &addresses)
{
    const Prefix &prefix = subnet.networkId;
    const bool v4 = prefix.family() == Family::V4;
    const uint128 total = prefix.last().value() - prefix.first().value() + 1;
    const uint128 poolOffset = !v4 ? 0x100 : total >= 256 ? 10 : total >= 64 ? 4 : 2;
    const IpAddress gateway = addressAt(prefix, 1);
    const IpAddress poolStart = addressAt(prefix, poolOffset);
    const IpAddress poolEnd = contents.poolLastOffset != 0
            ? addressAt(prefix, contents.poolLastOffset)
            : v4 ? addressAt(prefix, total - 2)
                 : addressAt(prefix, 0x3ff);
    const int wanted = addressCount(contents.load, prefix);

    if (contents.withRange) {
        Range range;
        range.spaceId = subnet.spaceId;
        range.startAddress = poolStart;
        range.endAddress = poolEnd;
        range.managedByService = contents.managedByService;
        range.serviceInstance = contents.serviceInstance;
        range.assignmentType = contents.poolAssignment;
        range.owner = subnet.owner;
        range.description = contents.managedByService == QLatin1String("VMM")
                ? QStringLiteral("IP pool %1").arg(subnet.name)
                : QStringLiteral("%1 (%2)").arg(subnet.name, toString(contents.poolAssignment));
        range.gateways = {gateway.toString() + QStringLiteral("/Automatic")};
        if (!contents.dnsServer.isEmpty() && v4)
            range.dnsServers = {contents.dnsServer};
        ranges.create(range);
    }

    // Candidates in the order they are handed out.
    QList<IpAddress> candidates;
    candidates.append(gateway);
    const uint128 poolLast = poolEnd.value() - prefix.first().value();
    const uint128 reach = std::min<uint128>(poolLast, poolOffset + uint128(wanted) * 2);
    for (uint128 offset = poolOffset; offset <= reach; ++offset)
        candidates.append(addressAt(prefix, offset));
    for (uint128 offset = 2; offset < poolOffset && candidates.size() < wanted; ++offset)
        candidates.append(addressAt(prefix, offset));

    int needed = std::min<int>(wanted, int(candidates.size()));
    for (int i = 0; i < candidates.size() && needed > 0; ++i) {
        const IpAddress ip = candidates.at(i);
        const qsizetype left = candidates.size() - i;
        if (i > 0 && left > needed && m_rng.bounded(6) == 0)
            continue; // a gap: released, or never handed out
        --needed;
        Address address;
        address.spaceId = subnet.spaceId;
        address.ipAddress = ip;
        address.owner = subnet.owner;
        const bool inPool = contents.withRange && ip >= poolStart && ip <= poolEnd;
        if (ip == gateway) {
            address.deviceName = subnet.name + QStringLiteral("-GW");
            address.deviceType = QStringLiteral("Gateway");
            address.description = QStringLiteral("Default gateway (VRRP)");
            if (v4)
                address.macAddress = macAddress(vrrpOui, 0x000100 | quint32(m_rng.bounded(1, 256)));
        } else if (inPool) {
            address.managedByService = contents.managedByService;
            address.serviceInstance = contents.serviceInstance;
            address.assignmentType = contents.poolAssignment;
            address.deviceType = contents.deviceType;
            const int serial = ++m_deviceSerials[contents.devicePrefix];
            address.deviceName = contents.devicePrefix + number(serial, 4);
            address.macAddress = macAddress(contents.oui, m_macSerial++);
            const quint32 roll = m_rng.bounded(100);
            address.ipAddressState = roll < 92 ? QStringLiteral("In-Use")
                    : roll < 98                ? QStringLiteral("Inactive")
                                               : QStringLiteral("Reserved");
        } else {
            address.deviceName = subnet.name + QStringLiteral("-INFRA-") + number(i, 2);
            address.deviceType = QStringLiteral("Host");
            address.assignmentType = AssignmentType::Reserved;
            address.ipAddressState = QStringLiteral("Reserved");
            address.description
                    = QStringLiteral("Switch, firewall or appliance (outside the pool)");
        }
        addresses.create(address);
    }
}

bool DemoLoader::loadRangesAndAddresses(QString *error)
{
    ChangeSet ranges;
    ranges.label = QStringLiteral("demo data set: ranges");
    ChangeSet addresses;
    addresses.label = QStringLiteral("demo data set: addresses");
    for (const auto &[subnet, contents] : std::as_const(m_plan))
        planContents(subnet, contents, ranges, addresses);
    WriteResult result;
    return submit(ranges, &result, error) && submit(addresses, &result, error);
}

} // namespace

namespace {

// Access control to look at in the console's ACCESS CONTROL node: a scope per region and one
// for the tenants, the provider spaces and tenant spaces placed in them (their contents
// inherit), a custom role, and policies for the regional network teams (local groups that
// need not exist: a policy for a group nobody belongs to grants nothing).
WriteResult loadDemoAccessControl(WritePath &writePath)
{
    AccessControlStore access(writePath);
    const QString europe = QStringLiteral("Global/Europe");
    const QString americas = QStringLiteral("Global/North America");
    const QString asia = QStringLiteral("Global/Asia Pacific");
    const QString tenantScope = QStringLiteral("Global/Tenants");
    for (const QString &path : {europe, americas, asia, tenantScope}) {
        if (WriteResult result = access.addScope(path); !result.ok())
            return result;
    }
    const QHash<QString, QString> regionOf = {
            {QStringLiteral("Contoso Datacenter"), europe},
            {QStringLiteral("Woodgrove Fabric"), americas},
            {QStringLiteral("Northwind Hosting"), asia},
    };
    QHash<QString, QList<ObjectRef>> placed;
    for (const AddressSpace &space : writePath.store().select<AddressSpace>()) {
        if (space.type == AddressSpaceType::Customer)
            placed[tenantScope].append({ObjectKind::AddressSpace, space.id});
        else if (regionOf.contains(space.name))
            placed[regionOf.value(space.name)].append({ObjectKind::AddressSpace, space.id});
    }
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        if (WriteResult result = access.setAccessScope(it.value(), it.key()); !result.ok())
            return result;
    }
    const QString siteOperator = QStringLiteral("Network Site Operator Role");
    if (WriteResult result
        = access.addRole(siteOperator,
                         {Operation::EditSubnet, Operation::AssignSubnet, Operation::AddRange,
                          Operation::EditRange, Operation::AddAddress, Operation::EditAddress},
                         QStringLiteral("Keeps the subnets, ranges and addresses of network sites "
                                        "up to date; cannot add or remove subnets"));
        !result.ok())
        return result;
    struct Grant
    {
        const char *who;
        bool isGroup;
        const QString &role;
        const QString &scope;
    };
    const QString global = QStringLiteral("Global");
    const Grant grants[] = {
            {"netops-europe", true, builtinroles::asmAdministrator, europe},
            {"netops-americas", true, builtinroles::asmAdministrator, americas},
            {"netops-apac", true, builtinroles::asmAdministrator, asia},
            {"tenant-onboarding", true, siteOperator, tenantScope},
            {"vmm-sync", false, builtinroles::asmAdministrator, global},
    };
    for (const Grant &grant : grants) {
        if (WriteResult result = access.addPolicy(QString::fromLatin1(grant.who), grant.isGroup,
                                                  grant.role, grant.scope);
            !result.ok())
            return result;
    }
    return {};
}

} // namespace

bool loadDemoDataSet(WritePath &writePath, QString *error)
{
    DemoLoader loader(writePath);
    if (!loader.load(error))
        return false;
    // A year of history behind today's figures (io/demohistory.h).
    if (!writeDemoHistory(writePath.store().database(), QDateTime::currentMSecsSinceEpoch(), error))
        return false;
    if (const WriteResult result = loadDemoAccessControl(writePath); !result.ok()) {
        // Everything else loaded: the address space is usable, the demo's scopes are not.
        if (error)
            *error = QStringLiteral("demo data set (access control): %1").arg(result.message);
        return false;
    }
    return true;
}

} // namespace ipam
