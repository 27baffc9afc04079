// SpfEntityStore::generate: a realistic VMM fabric for benchmarks and connector tests.

#include "spfentitystore.h"

#include <QJsonArray>

namespace ipam::test {

namespace {

const char *const siteNames[] = {"East", "West", "North", "South"};

// Provider subnet number n as a /24 under 10.0.0.0 and up: never two the same.
QString providerSubnet(int n, int host = -1)
{
    const QString net
            = QStringLiteral("%1.%2.%3.").arg(10 + n / 65536).arg((n / 256) % 256).arg(n % 256);
    return host < 0 ? net + QStringLiteral("0/24") : net + QString::number(host);
}

QString tenantSubnet(int n, int host = -1)
{
    const QString net = QStringLiteral("192.168.%1.").arg(n);
    return host < 0 ? net + QStringLiteral("0/24") : net + QString::number(host);
}

QJsonArray subnetVLan(const QString &subnet, int vlan)
{
    return QJsonArray{
            QJsonObject{{QStringLiteral("Subnet"), subnet}, {QStringLiteral("VLanID"), vlan}}};
}

} // namespace

// Exactly count entities, parents before children, in whole fabric units (the rest as lone
// logical networks). Per fabric unit (one logical network):
//  - 4 definitions (sites East/West/North/South, host groups "All Hosts\<site>"), 2 subnets
//    and VLANs each, one pool per subnet; provider subnets never overlap across the peer;
//  - even units enable network virtualization: 4 HNV VM networks with 2 VM subnets each
//    (tenant prefixes 192.168.x.0/24, overlapping between tenants as HNV allows) and a pool
//    per VM subnet;
//  - odd units are VLAN-based: 3 VLANNetwork VM networks whose VM subnets are the sites'
//    subnets;
//  - every unit first has a NoIsolation VM network ("Tenant <unit>-direct") with a VM subnet
//    of each site's first subnet, as VMM gives a VM network on the logical network's own
//    addresses: what tells a client of SPF proper (no site set) which logical network a pool's
//    site is on (VmmDerivedSites).
// Pools carry what SPF's pools carry besides: DefaultGatewayIPAddresses, DNSServers,
// DNSSearchSuffixes (verbose JSON wraps these), VMHostGroup, and read-only decimals as strings.
// IDs are name-based (UUIDv5 in the stamp's namespace): the same stamp gives the same IDs.
void SpfEntityStore::generate(int count)
{
    int remaining = count;
    auto put = [&](const QString &set, QJsonObject entity) -> QString {
        if (remaining <= 0)
            return {};
        --remaining;
        const QUuid id = QUuid::createUuidV5(
                m_stampId,
                set + QLatin1Char('/') + entity.value(QStringLiteral("Name")).toString());
        entity.insert(QStringLiteral("ID"), guidText(id));
        entity.insert(QStringLiteral("StampId"), guidText(m_stampId));
        add(set, std::move(entity));
        return guidText(id);
    };

    // Continue numbering after what is there, so generate() twice gives distinct objects.
    int unit = int(this->count(QStringLiteral("LogicalNetworks")));
    for (; remaining > 0; ++unit) {
        const bool virtualized = unit % 2 == 0;
        const QString fabric = QStringLiteral("Fabric %1").arg(unit + 1, 5, 10, QLatin1Char('0'));
        // Whole units only, so the fabric holds together however it is read; what is left is
        // made of logical networks alone (each consistent by itself).
        constexpr int virtualizedUnit = 1 + 1 + 4 + 4 + 8 + 4 + 8 + 8;
        constexpr int vlanUnit = 1 + 1 + 4 + 4 + 8 + 3 + 6;
        if (remaining < (virtualized ? virtualizedUnit : vlanUnit)) {
            for (int extra = 1; remaining > 0; ++extra) {
                put(QStringLiteral("LogicalNetworks"),
                    {{QStringLiteral("Name"), fabric + QStringLiteral(" extra %1").arg(extra)},
                     {QStringLiteral("Description"), QStringLiteral("Generated, no sites")},
                     {QStringLiteral("NetworkVirtualizationEnabled"), false}});
            }
            break;
        }
        const QString logicalNetwork
                = put(QStringLiteral("LogicalNetworks"),
                      {{QStringLiteral("Name"), fabric},
                       {QStringLiteral("Description"),
                        virtualized ? QStringLiteral("Generated fabric, network virtualization")
                                    : QStringLiteral("Generated fabric, VLAN-based")},
                       {QStringLiteral("NetworkVirtualizationEnabled"), virtualized}});

        // First the VM network on the logical network's own addresses, with a VM subnet of each
        // site's first subnet: so any prefix of the sequence that holds a pool holds what says
        // which logical network the pool's site is on.
        const QString direct
                = QStringLiteral("Tenant %1-direct").arg(unit + 1, 5, 10, QLatin1Char('0'));
        const QString directId
                = put(QStringLiteral("VMNetworks"),
                      {{QStringLiteral("Name"), direct},
                       {QStringLiteral("Description"), QStringLiteral("Generated NoIsolation")},
                       {QStringLiteral("LogicalNetworkId"), logicalNetwork},
                       {QStringLiteral("IsolationType"), QStringLiteral("NoIsolation")}});
        for (int site = 0; site < 4; ++site) {
            put(QStringLiteral("VMSubnets"),
                {{QStringLiteral("Name"),
                  direct + QLatin1Char(' ') + QLatin1String(siteNames[site])},
                 {QStringLiteral("VMNetworkId"), directId},
                 {QStringLiteral("Subnet"), providerSubnet(unit * 8 + site * 2)}});
        }

        for (int site = 0; site < 4; ++site) {
            const QString siteName = fabric + QLatin1Char(' ') + QLatin1String(siteNames[site]);
            QJsonArray pairs;
            for (int s = 0; s < 2; ++s) {
                const int n = unit * 8 + site * 2 + s;
                pairs.append(subnetVLan(providerSubnet(n), 1 + n % 4094).first());
            }
            const QString definition = put(
                    QStringLiteral("LogicalNetworkDefinitions"),
                    {{QStringLiteral("Name"), siteName},
                     {QStringLiteral("LogicalNetworkId"), logicalNetwork},
                     {QStringLiteral("SubnetVLans"), pairs},
                     {QStringLiteral("HostGroups"),
                      QJsonArray{QStringLiteral("All Hosts\\") + QLatin1String(siteNames[site])}}});
            for (int s = 0; s < 2; ++s) {
                const int n = unit * 8 + site * 2 + s;
                put(QStringLiteral("StaticIPAddressPools"),
                    {{QStringLiteral("Name"), siteName + QLatin1Char(' ') + providerSubnet(n)},
                     {QStringLiteral("LogicalNetworkDefinitionId"), definition},
                     {QStringLiteral("Subnet"), providerSubnet(n)},
                     {QStringLiteral("IPAddressRangeStart"), providerSubnet(n, 10)},
                     {QStringLiteral("IPAddressRangeEnd"), providerSubnet(n, 200)},
                     {QStringLiteral("IPAddressReservedSet"),
                      providerSubnet(n, 10) + QLatin1Char('-') + providerSubnet(n, 14)},
                     {QStringLiteral("VIPAddressSet"),
                      s == 0 ? providerSubnet(n, 190) + QLatin1Char('-') + providerSubnet(n, 199)
                             : QString()},
                     {QStringLiteral("DefaultGatewayIPAddresses"),
                      QJsonArray{providerSubnet(n, 1)}},
                     {QStringLiteral("DNSServers"), QJsonArray{}},
                     {QStringLiteral("DNSSearchSuffixes"), QJsonArray{}},
                     {QStringLiteral("VMHostGroup"),
                      QStringLiteral("All Hosts\\") + QLatin1String(siteNames[site])},
                     {QStringLiteral("AvailableAddresses"), QStringLiteral("181")}});
            }
        }

        for (int tenant = 0; tenant < (virtualized ? 4 : 3); ++tenant) {
            const QString isolation = virtualized ? QStringLiteral("WindowsNetworkVirtualization")
                                                  : QStringLiteral("VLANNetwork");
            const QString vmNetworkName = QStringLiteral("Tenant %1-%2")
                                                  .arg(unit + 1, 5, 10, QLatin1Char('0'))
                                                  .arg(tenant + 1);
            const QString vmNetwork = put(
                    QStringLiteral("VMNetworks"),
                    {{QStringLiteral("Name"), vmNetworkName},
                     {QStringLiteral("Description"), QStringLiteral("Generated ") + isolation},
                     {QStringLiteral("LogicalNetworkId"), logicalNetwork},
                     {QStringLiteral("IsolationType"), isolation}});
            for (int s = 0; s < 2; ++s) {
                const QString vmSubnetName
                        = vmNetworkName + QStringLiteral(" Subnet %1").arg(s + 1);
                const int n = unit * 8 + tenant * 2 + s;
                const QString subnet
                        = virtualized ? tenantSubnet(tenant * 2 + s) : providerSubnet(n);
                const QString vmSubnet = put(QStringLiteral("VMSubnets"),
                                             {{QStringLiteral("Name"), vmSubnetName},
                                              {QStringLiteral("VMNetworkId"), vmNetwork},
                                              {QStringLiteral("Subnet"), subnet}});
                if (!virtualized)
                    continue;
                const int t = tenant * 2 + s;
                put(QStringLiteral("StaticIPAddressPools"),
                    {{QStringLiteral("Name"), vmSubnetName + QStringLiteral(" pool")},
                     {QStringLiteral("VMSubnetId"), vmSubnet},
                     {QStringLiteral("Subnet"), tenantSubnet(t)},
                     {QStringLiteral("IPAddressRangeStart"), tenantSubnet(t, 2)},
                     {QStringLiteral("IPAddressRangeEnd"), tenantSubnet(t, 254)},
                     {QStringLiteral("IPAddressReservedSet"), QString()},
                     {QStringLiteral("VIPAddressSet"), QString()},
                     {QStringLiteral("DefaultGatewayIPAddresses"), QJsonArray{}},
                     {QStringLiteral("DNSServers"), QJsonArray{}},
                     {QStringLiteral("DNSSearchSuffixes"), QJsonArray{}}});
            }
        }
    }
}

} // namespace ipam::test
