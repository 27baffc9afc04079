#include "vmmderivedsites.h"

#include "store/database.h"
#include "vmm/jsontext.h"
#include "vmm/vmmipamstate.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmreader.h"
#include "vmm/vmmsynccontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace ipam {

using namespace Qt::StringLiterals;

VmmDerivedSites::VmmDerivedSites(VmmSyncContext &ctx, VmmLookups &lookups, VmmIpamState &ipam)
    : m_ctx(ctx)
    , m_lookups(lookups)
    , m_ipam(ipam)
{ }

namespace {

// What the pools say of one logical network definition.
struct Definition
{
    QUuid stampId;
    QStringList subnets; // sorted, each once
    QStringList hostGroups;
    QStringList pools; // names, for messages
};

QJsonObject valuesOf(const VmmSyncContext &ctx, const QString &set, const vmm::RemoteEntity &e)
{
    if (!e.sameAsBaseline)
        return e.values;
    const VmmLink *link = ctx.linkIndex.ofRemote(set, e.id);
    return link ? link->baseline.object() : QJsonObject();
}

// A VM network isolated by VLAN (or not at all) uses its logical network's own subnets: VMM
// makes its VM subnets from the network sites' SubnetVLans. So a VM subnet of one with a
// pool's subnet says which logical network that pool's site is on. By subnet, the logical
// network's ID.
QHash<QString, QString> vlanSubnetNetworks(VmmReader &reader)
{
    QHash<QString, QString> networkOfVmNetwork;
    for (const vmm::RemoteEntity &e : std::as_const(reader.entities(vmm::vmNetworks))) {
        const QJsonObject v = valuesOf(reader.context(), vmm::vmNetworks, e);
        if (v.value("IsolationType"_L1).toString() != "WindowsNetworkVirtualization"_L1)
            networkOfVmNetwork.insert(vmm::guidText(e.id),
                                      v.value("LogicalNetworkId"_L1).toString());
    }
    QHash<QString, QString> networkOfSubnet;
    if (networkOfVmNetwork.isEmpty())
        return networkOfSubnet;
    for (const vmm::RemoteEntity &e : std::as_const(reader.entities(vmm::vmSubnets))) {
        const QJsonObject v = valuesOf(reader.context(), vmm::vmSubnets, e);
        const QString network = networkOfVmNetwork.value(v.value("VMNetworkId"_L1).toString());
        if (!network.isEmpty())
            networkOfSubnet.insert(v.value("Subnet"_L1).toString(), network);
    }
    return networkOfSubnet;
}

} // namespace

void VmmDerivedSites::derive(VmmReader &reader)
{
    QList<vmm::RemoteEntity> &pools = reader.entities(vmm::pools);
    QMap<QString, Definition> definitions; // by the definition's ID: a stable order
    for (const vmm::RemoteEntity &pool : std::as_const(pools)) {
        // A pool matched by fingerprint was not read: its link's baseline is what it says.
        const QJsonObject values = valuesOf(m_ctx, vmm::pools, pool);
        const QString id = values.value("LogicalNetworkDefinitionId"_L1).toString();
        if (id.isEmpty())
            continue; // a pool of a VM subnet
        Definition &d = definitions[id];
        d.stampId = pool.stampId;
        const QString subnet = values.value("Subnet"_L1).toString();
        if (!subnet.isEmpty() && !d.subnets.contains(subnet))
            d.subnets.append(subnet);
        if (!pool.hostGroup.isEmpty() && !d.hostGroups.contains(pool.hostGroup))
            d.hostGroups.append(pool.hostGroup);
        d.pools.append(values.value("Name"_L1).toString());
    }
    const QList<vmm::RemoteEntity> &networks = reader.entities(vmm::logicalNetworks);
    const QString onlyNetwork
            = networks.size() == 1 ? vmm::guidText(networks.first().id) : QString();
    const QHash<QString, QString> networkOfSubnet = vlanSubnetNetworks(reader);

    QList<vmm::RemoteEntity> sites;
    QSet<QString> outOfScope;
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        Definition &d = it.value();
        std::sort(d.subnets.begin(), d.subnets.end());
        QString name;
        QString network;
        QStringList groups = d.hostGroups;
        if (const VmmLink *link = m_ctx.linkIndex.ofRemote(vmm::definitions, it.key())) {
            const std::optional<QJsonObject> ipam
                    = m_ipam.ipamValues(ObjectKind::NetworkSite, link->objectId);
            if (ipam) {
                name = ipam->value("Name"_L1).toString();
                network = ipam->value("LogicalNetworkId"_L1).toString();
                for (const QJsonValue &group : ipam->value("HostGroups"_L1).toArray())
                    groups.append(group.toString());
            }
        }
        if (name.isEmpty() || network.isEmpty()) {
            // A new site: an IPAM subnet at one of its prefixes tells where it belongs.
            for (const QString &text : std::as_const(d.subnets)) {
                const Parsed<Prefix> prefix = Prefix::parse(text);
                const auto subnet = prefix ? m_lookups.subnetAt(m_ctx.provider.id, prefix.value())
                                           : std::nullopt;
                if (!subnet)
                    continue;
                if (subnet->siteId
                    && !m_ctx.linkIndex.ofObject(ObjectKind::NetworkSite, subnet->siteId)) {
                    if (const auto site = m_ctx.store.get<NetworkSite>(subnet->siteId)) {
                        name = site->name;
                        network = m_ctx.linkIndex.remoteOf(ObjectKind::LogicalNetwork,
                                                           site->logicalNetworkId);
                        groups.append(vmm::hostGroupsOf(*site));
                        break;
                    }
                }
                if (network.isEmpty() && subnet->logicalNetworkId)
                    network = m_ctx.linkIndex.remoteOf(ObjectKind::LogicalNetwork,
                                                       subnet->logicalNetworkId);
            }
            for (const QString &text : std::as_const(d.subnets)) {
                if (network.isEmpty())
                    network = networkOfSubnet.value(text);
            }
            if (network.isEmpty())
                network = onlyNetwork;
            if (name.isEmpty())
                name = u"Network site %1"_s.arg(d.subnets.value(0, it.key()));
        }
        groups.sort();
        groups.removeDuplicates();
        groups.removeAll(QString());
        if (!m_ctx.siteInScope(groups)) {
            outOfScope.insert(it.key());
            continue;
        }
        if (network.isEmpty()) {
            m_ctx.refuse(
                    vmm::named(ObjectKind::NetworkSite, name),
                    u"SPF does not say which logical network the network site %1 of pools "
                    "%2 belongs to; create subnet %3 in IPAM on its logical network (or "
                    "on a site of it, which names the site) and sync again"_s.arg(
                            it.key(), vmm::quoted(d.pools.join(u"\", \""_s)), d.subnets.value(0)));
            continue;
        }
        JsonText json;
        json.beginObject().key("HostGroups"_L1).beginArray();
        for (const QString &group : std::as_const(groups))
            json.value(group);
        json.endArray();
        json.key("LogicalNetworkId"_L1).value(network);
        json.key("Name"_L1).value(name);
        QList<QPair<QString, int>> pairs;
        for (const QString &text : std::as_const(d.subnets)) {
            const Parsed<Prefix> prefix = Prefix::parse(text);
            const auto subnet
                    = prefix ? m_lookups.subnetAt(m_ctx.provider.id, prefix.value()) : std::nullopt;
            pairs.append({text, subnet ? subnet->vlanIds.value(0, 0) : 0});
        }
        vmm::writeSubnetVLans(json, pairs);
        vmm::RemoteEntity site;
        site.id = QUuid::fromString(it.key());
        site.stampId = d.stampId;
        site.valuesText = json.endObject().take();
        site.values = QJsonDocument::fromJson(site.valuesText).object();
        site.hash = vmm::fingerprint(site.valuesText);
        sites.append(site);
    }
    if (!outOfScope.isEmpty()) {
        pools.removeIf([&](const vmm::RemoteEntity &pool) {
            const QJsonObject values = valuesOf(m_ctx, vmm::pools, pool);
            return outOfScope.contains(values.value("LogicalNetworkDefinitionId"_L1).toString());
        });
    }
    reader.setDerived(vmm::definitions, std::move(sites));
}

} // namespace ipam
