#pragma once

#include "address/ipaddress.h"
#include "address/prefix.h"

#include <QList>
#include <QString>

#include <iterator>

// What the demo data set holds: its fixed tables and the helpers that turn them into
// prefixes, names and MAC addresses. Apart from the loader (demodataset.cpp) that writes it
// through the write path, so that the plan reads as one page of data.

namespace ipam::demo {

// ---- The plan. Fixed tables, described for users in resources/demo/README.md; keep the two
// in step. Everything not in these tables (which subnet is how full, device names, MAC
// addresses) comes from one random generator with a fixed seed, so each load is identical.

constexpr quint32 demoSeed = 20131018; // Windows Server 2012 R2 general availability

struct LocationPlan
{
    const char *name;      // the network site's name
    const char *code;      // prefix of device names ("DUB-SOFS0042")
    const char *hostGroup; // the VMM host group that may use the site
};

struct ProviderSpacePlan
{
    const char *name;
    const char *owner;
    const char *description;
    const char *vmmServer; // ServiceInstance of the VMM-managed ranges (IP pools)
    const char *v4Block;
    const char *v4BlockDescription;
    const char *publicBlock;
    const char *rir;
    const char *stagingPrefix; // racked but unassigned /24s, waiting for a logical network
    int stagingCount;
    int v6Site; // location n uses 2001:db8:<v6Site + n + 1>::/48
    const char *dnsServer;
    LocationPlan locations[6]; // unused entries are null
};

// Index 0 is Default, which every store has; its entry only plans its contents (the owner
// goes to its blocks).
// clang-format off
constexpr ProviderSpacePlan providerSpaces[] = {
    {"Default", "CONTOSO\\NetOps", "", "vmm1.contoso.com",
     "10.0.0.0/8", "IP block for Contoso", "131.107.0.0/16", "ARIN", nullptr, 0, 0x10, "10.2.0.10",
     {{"Site01", "S01", "All Hosts\\East"},
      {"Site02", "S02", "All Hosts\\West"},
      {"Site03", "S03", "All Hosts\\East"},
      {"Site04", "S04", "All Hosts\\West"}}},
    {"Contoso Datacenter", "CONTOSO\\DC-Network",
     "Provider address space for Contoso: the European datacenter fabric, managed by VMM",
     "vmm01.contoso.com",
     "172.16.0.0/12", "Contoso datacenter fabric", "65.52.0.0/14", "ARIN", "172.31.0.0/16", 40,
     0x100, "172.23.0.10",
     {{"Dublin", "DUB", "All Hosts\\Europe\\Dublin"},
      {"Amsterdam", "AMS", "All Hosts\\Europe\\Amsterdam"},
      {"London", "LON", "All Hosts\\Europe\\London"},
      {"Frankfurt", "FRA", "All Hosts\\Europe\\Frankfurt"},
      {"Paris", "PAR", "All Hosts\\Europe\\Paris"},
      {"Madrid", "MAD", "All Hosts\\Europe\\Madrid"}}},
    {"Woodgrove Fabric", "WOODGROVE\\Infra-Network",
     "Woodgrove Bank hosting fabric in North America (RFC 6598 shared address space)",
     "scvmm1.woodgrovebank.com",
     "100.64.0.0/10", "Woodgrove fabric", "20.20.0.0/16", "ARIN", "100.127.0.0/16", 40,
     0x200, "100.64.0.10",
     {{"Seattle", "SEA", "All Hosts\\North America\\Seattle"},
      {"Redmond", "RED", "All Hosts\\North America\\Redmond"},
      {"Chicago", "CHI", "All Hosts\\North America\\Chicago"},
      {"NewYork", "NYC", "All Hosts\\North America\\NewYork"},
      {"Dallas", "DAL", "All Hosts\\North America\\Dallas"}}},
    {"Northwind Hosting", "NORTHWIND\\CloudOps",
     "Northwind Traders' Asia-Pacific hosting fabric, a network of its own",
     "vmm-apac.northwindtraders.com",
     "10.192.0.0/10", "Northwind APAC fabric", "203.0.113.0/24", "APNIC", "10.255.0.0/16", 24,
     0x300, "10.192.0.10",
     {{"Singapore", "SIN", "All Hosts\\Asia Pacific\\Singapore"},
      {"Tokyo", "TYO", "All Hosts\\Asia Pacific\\Tokyo"},
      {"Sydney", "SYD", "All Hosts\\Asia Pacific\\Sydney"},
      {"HongKong", "HKG", "All Hosts\\Asia Pacific\\HongKong"}}},
};
// clang-format on
constexpr int providerSpaceCount = int(std::size(providerSpaces));

struct Carve
{
    int length; // prefix length of the subnets
    int count;
};

struct NetworkPlan
{
    int space; // index into providerSpaces
    const char *name;
    const char *subnetTag; // subnet names: "<tag>-<site>-<nnn>"
    const char *owner;
    const char *prefix; // IPv4 allocation, split into 8 slices: one per site, the last unplaced
    int firstSite;      // index of its first location in the space
    int siteCount;
    int vlanBase;        // location n carries VLAN vlanBase + n + 1
    bool trunkVlan;      // sites also carry vlanBase itself (as Storage Site03 carries {13, 10})
    bool virtualization; // the HNV provider network that tenants' VM networks run on
    const char *role;    // device role in host names
    Carve carves[2];     // per site slice, carved in this order
    int v6PerSite;       // /64s per site: 2001:db8:<location>:<network ordinal><nn>::/64
    const char *description;
};

// clang-format off
constexpr NetworkPlan networks[] = {
    // space, name, subnet tag, owner,
    //     prefix, first site, sites, VLAN base, trunk, HNV, role, carves, /64s per site,
    //     description
    // Default: the corporate datacenter of the IpamServer examples (E4, E12).
    {0, "Storage", "Storage", "CONTOSO\\Storage-Admins",
        "10.1.0.0/16", 0, 3, 10, true, false, "SAN", {{24, 12}, {26, 8}}, 1,
        "Storage network of the corporate datacenter (SMB3 and iSCSI)"},
    {0, "Public", "Public", "CONTOSO\\Edge-Team",
        "131.107.0.0/16", 2, 2, 70, false, false, "WEB", {{26, 10}, {27, 8}}, 1,
        "Internet-facing services published from the corporate datacenter"},
    {0, "Management", "Management", "CONTOSO\\NetOps",
        "10.2.0.0/16", 0, 2, 100, false, false, "BMC", {{24, 10}, {26, 8}}, 1,
        "Host, BMC and switch management"},

    {1, "Management", "Management", "CONTOSO\\DC-Network",
        "172.16.0.0/16", 0, 6, 100, false, false, "BMC", {{24, 10}, {26, 8}}, 1,
        "Hyper-V host, BMC and switch management"},
    {1, "Storage", "Storage", "CONTOSO\\Storage-Admins",
        "172.17.0.0/16", 0, 6, 200, true, false, "SOFS", {{24, 12}, {26, 8}}, 1,
        "Scale-out file servers and iSCSI targets (SMB Direct)"},
    {1, "Backup", "Backup", "CONTOSO\\Backup-Ops",
        "172.18.0.0/16", 0, 4, 300, false, false, "DPM", {{24, 8}, {26, 6}}, 0,
        "DPM backup traffic, kept off the storage fabric"},
    {1, "Live Migration", "LiveMigration", "CONTOSO\\DC-Network",
        "172.19.0.0/16", 0, 6, 400, false, false, "HV", {{24, 4}, {26, 10}}, 0,
        "Hyper-V live migration, routed only inside a site"},
    {1, "Cluster", "Cluster", "CONTOSO\\DC-Network",
        "172.20.0.0/16", 0, 4, 500, false, false, "CLU", {{24, 2}, {26, 10}}, 0,
        "Failover cluster heartbeat and CSV redirection"},
    {1, "Tenant Transit", "TenantTransit", "CONTOSO\\DC-Network",
        "172.21.0.0/16", 0, 6, 600, false, true, "HNV", {{24, 12}, {26, 4}}, 2,
        "HNV provider addresses, the NVGRE underlay of the tenants"},
    {1, "Public", "Public", "CONTOSO\\Edge-Team",
        "65.52.0.0/16", 0, 3, 700, false, false, "EDGE", {{26, 8}, {27, 8}}, 1,
        "Internet-facing VIPs and edge gateways"},
    {1, "Edge DMZ", "EdgeDMZ", "CONTOSO\\Edge-Team",
        "172.22.0.0/16", 0, 2, 800, false, false, "RP", {{24, 4}, {26, 8}}, 1,
        "Reverse proxies and WAF between Public and the tenants"},
    {1, "Infrastructure", "Infrastructure", "CONTOSO\\DC-Network",
        "172.23.0.0/16", 0, 3, 900, false, false, "INF", {{24, 6}, {26, 4}}, 1,
        "AD DS, DNS, WSUS, VMM and SQL of the fabric"},

    {2, "Management", "Management", "WOODGROVE\\Infra-Network",
        "100.64.0.0/16", 0, 5, 100, false, false, "BMC", {{24, 10}, {26, 8}}, 1,
        "Hyper-V host, BMC and switch management"},
    {2, "Storage", "Storage", "WOODGROVE\\Storage",
        "100.65.0.0/16", 0, 5, 200, true, false, "SOFS", {{24, 12}, {26, 8}}, 1,
        "Scale-out file servers (SMB Direct over RoCE)"},
    {2, "Backup", "Backup", "WOODGROVE\\Storage",
        "100.66.0.0/16", 0, 3, 300, false, false, "DPM", {{24, 8}, {26, 6}}, 0,
        "Backup and archive replication"},
    {2, "Live Migration", "LiveMigration", "WOODGROVE\\Infra-Network",
        "100.67.0.0/16", 0, 5, 400, false, false, "HV", {{24, 4}, {26, 10}}, 0,
        "Hyper-V live migration"},
    {2, "Tenant Transit", "TenantTransit", "WOODGROVE\\Infra-Network",
        "100.68.0.0/16", 0, 5, 600, false, true, "HNV", {{24, 12}, {26, 4}}, 2,
        "HNV provider addresses for tenant VM networks"},
    {2, "Public", "Public", "WOODGROVE\\Edge",
        "20.20.0.0/16", 0, 2, 700, false, false, "EDGE", {{26, 8}, {27, 8}}, 1,
        "Internet-facing VIPs"},
    {2, "Branch Connect", "BranchConnect", "WOODGROVE\\WAN",
        "100.69.0.0/16", 1, 4, 850, false, false, "RTR", {{24, 6}, {26, 8}}, 0,
        "WAN routers and VPN concentrators of the branches"},

    {3, "Management", "Management", "NORTHWIND\\CloudOps",
        "10.192.0.0/16", 0, 4, 100, false, false, "BMC", {{24, 10}, {26, 8}}, 1,
        "Hyper-V host, BMC and switch management"},
    {3, "Storage", "Storage", "NORTHWIND\\CloudOps",
        "10.193.0.0/16", 0, 4, 200, true, false, "S2D", {{24, 12}, {26, 8}}, 1,
        "Storage Spaces Direct east-west traffic"},
    {3, "Live Migration", "LiveMigration", "NORTHWIND\\CloudOps",
        "10.194.0.0/16", 0, 3, 400, false, false, "HV", {{24, 4}, {26, 10}}, 0,
        "Hyper-V live migration"},
    {3, "Tenant Transit", "TenantTransit", "NORTHWIND\\CloudOps",
        "10.195.0.0/16", 0, 4, 600, false, true, "HNV", {{24, 12}, {26, 4}}, 2,
        "HNV provider addresses for tenant VM networks"},
    {3, "Public", "Public", "NORTHWIND\\CloudOps",
        "203.0.113.0/24", 0, 3, 700, false, false, "EDGE", {{28, 1}, {29, 2}}, 1,
        "Internet-facing VIPs (one /24 from APNIC)"},
};
// clang-format on
constexpr int networkCount = int(std::size(networks));
constexpr int slicesPerNetwork = 8; // site slices are 3 bits longer than the network's prefix
constexpr int unplacedSlice = slicesPerNetwork - 1;
constexpr int unplacedPerNetwork = 4; // subnets assigned to a network but to none of its sites

// Tenants: customer address spaces whose VM networks run on their provider's Tenant Transit
// network with network virtualization, so each reuses the same private prefixes.
struct TenantPlan
{
    const char *name;
    const char *tenantId;
    int provider; // index into providerSpaces
    const char *vmNetwork;
    const char *secondVmNetwork; // may be null; holds the tenant's 10.0.0.0/16 subnets
    IsolationMethod isolation;
    const char *description;
    const char *owner;
    const char *code;
    const char *ula; // IPv6 /48 (unique local), may be null
    int subnets24;   // 192.168.n.0/24
    int subnets26;   // 10.0.n.x/26
    int subnets64;   // /64s of the ULA /48
};

constexpr TenantPlan tenants[] = {
        {"Trey Research", "1001", 1, "Trey Research_Network", "Trey Research_Lab",
         IsolationMethod::NVGRE, "A research and design company", "TREYRESEARCH\\IT-Ops", "TREY",
         "fd3c:9a51:7e20::/48", 14, 20, 4},
        {"Fabrikam", "1002", 1, "Fabrikam_Network", nullptr, IsolationMethod::NVGRE,
         "Manufacturing ERP and the Fabrikam web shop", "FABRIKAM\\CloudTeam", "FAB", nullptr, 12,
         16, 0},
        {"Wide World Importers", "1003", 1, "Wide World Importers_Network", nullptr,
         IsolationMethod::IPRewrite, "Import logistics and warehouse systems",
         "WWI\\Infrastructure", "WWI", nullptr, 8, 12, 0},
        {"Tailspin Toys", "2001", 2, "Tailspin Toys_Network", "Tailspin Toys_Staging",
         IsolationMethod::IPRewrite, "Online toy retailer", "TAILSPIN\\WebOps", "TST",
         "fd71:2b0e:44c1::/48", 10, 24, 3},
        {"Litware", "2002", 2, "Litware_Network", nullptr, IsolationMethod::NVGRE,
         "Software development and build farm", "LITWARE\\DevInfra", "LIT", "fdc0:5e11:9d02::/48",
         16, 20, 4},
        {"Adventure Works", "3001", 3, "Adventure Works_Network", nullptr, IsolationMethod::NVGRE,
         "Outdoor equipment stores and their point-of-sale back end", "ADVENTURE-WORKS\\IT", "AW",
         nullptr, 10, 14, 0},
};
constexpr const char *tenantTiers[] = {"Web", "App", "Data", "Mgmt", "DMZ", "Test", "Dev", "Build"};

// Corporate offices: NonVirtualized subnets in Default.
struct OfficePlan
{
    const char *name;
    const char *code;
    const char *prefix;
};

constexpr OfficePlan offices[] = {
        {"Redmond", "RED", "10.100.0.0/16"},  {"Dublin", "DUB", "10.101.0.0/16"},
        {"Reading", "RDG", "10.102.0.0/16"},  {"Munich", "MUC", "10.103.0.0/16"},
        {"Paris", "PAR", "10.104.0.0/16"},    {"Tokyo", "TYO", "10.105.0.0/16"},
        {"Sydney", "SYD", "10.106.0.0/16"},   {"Singapore", "SIN", "10.107.0.0/16"},
        {"SaoPaulo", "SAO", "10.108.0.0/16"}, {"Toronto", "TOR", "10.109.0.0/16"},
};
constexpr Carve officeCarves[2] = {{24, 8}, {26, 16}};
constexpr const char *officeTiers[] = {"Users", "Voice", "Printers", "Wireless", "Lab", "Guest"};

// How full a subnet is: weights of Empty / Light (under 20 %) / Busy (optimal) / Full (over
// 80 %) per kind of subnet, so that every colour of the utilization bar shows up.
enum class Load { Empty, Light, Busy, Full };

struct LoadWeights
{
    int empty, light, busy, full;
};

constexpr LoadWeights fabricWide = {56, 39, 4, 1};    // /24 and larger
constexpr LoadWeights fabricSmall = {36, 34, 20, 10}; // /25 and smaller
constexpr LoadWeights tenantWide = {35, 51, 10, 4};
constexpr LoadWeights tenantSmall = {25, 30, 28, 17};
constexpr LoadWeights officeWide = {25, 57, 15, 3};
constexpr LoadWeights officeSmall = {20, 30, 30, 20};
constexpr LoadWeights staging = {85, 15, 0, 0};
constexpr LoadWeights unplaced = {100, 0, 0, 0};
constexpr LoadWeights ipv6 = {40, 60, 0, 0};

// ---- helpers

inline Prefix prefixAt(Family family, uint128 network, int length)
{
    return Prefix::make(IpAddress(family, network), length).value();
}

// Table text is fixed: a bad entry is a programming error, caught by tst_demodataset.
inline Prefix prefixOf(const char *text)
{
    return Prefix::parse(QString::fromLatin1(text)).value();
}

inline IpAddress addressAt(const Prefix &prefix, uint128 offset)
{
    return IpAddress(prefix.family(), prefix.first().value() + offset);
}

inline uint128 sizeOf(Family family, int length)
{
    return uint128(1) << (bitWidth(family) - length);
}

// Slice `index` of `network`, three bits longer.
inline Prefix sliceOf(const Prefix &network, int index)
{
    const int length = network.length() + 3;
    return prefixAt(network.family(),
                    network.first().value() + uint128(index) * sizeOf(network.family(), length),
                    length);
}

// Subnets carved from the start of `within`, each carve aligned to its own size; as many as
// fit (a small network's unplaced slice holds fewer).
inline QList<Prefix> carve(const Prefix &within, const Carve (&carves)[2])
{
    QList<Prefix> out;
    const Family family = within.family();
    uint128 cursor = within.first().value();
    for (const Carve &c : carves) {
        if (c.count == 0)
            continue;
        const uint128 size = sizeOf(family, c.length);
        cursor = (cursor + size - 1) & ~(size - 1);
        for (int i = 0; i < c.count && cursor + size - 1 <= within.last().value(); ++i) {
            out.append(prefixAt(family, cursor, c.length));
            cursor += size;
        }
    }
    return out;
}

// 2001:db8:<site48>:<hextet4>::/64
inline Prefix documentationPrefix64(int site48, int hextet4)
{
    const uint128 value
            = (uint128(0x20010db8) << 96) | (uint128(site48) << 80) | (uint128(hextet4) << 64);
    return prefixAt(Family::V6, value, 64);
}

inline Prefix documentationPrefix48(int site48)
{
    return prefixAt(Family::V6, (uint128(0x20010db8) << 96) | (uint128(site48) << 80), 48);
}

inline QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

inline QString number(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

inline QString macAddress(quint32 oui, quint32 serial)
{
    const quint64 mac = (quint64(oui) << 24) | (serial & 0xffffff);
    QString text;
    for (int shift = 40; shift >= 0; shift -= 8) {
        if (!text.isEmpty())
            text += QLatin1Char('-');
        text += QStringLiteral("%1").arg(uint((mac >> shift) & 0xff), 2, 16, QLatin1Char('0'));
    }
    return text.toUpper();
}

constexpr quint32 hyperVOui = 0x00155d; // Microsoft's OUI for Hyper-V virtual NICs
constexpr quint32 hostOui = 0xd4ae52;   // a server vendor's OUI, for physical hosts
constexpr quint32 vrrpOui = 0x00005e;   // VRRP virtual router MACs (00-00-5E-00-01-xx)

} // namespace ipam::demo
