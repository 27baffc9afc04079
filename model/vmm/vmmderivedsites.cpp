#include "vmmderivedsites.h"

#include "store/database.h"
#include "vmm/jsontext.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmreader.h"
#include "vmm/vmmsynccontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace ipam {

using namespace Qt::StringLiterals;

VmmDerivedSites::VmmDerivedSites(VmmSyncContext &ctx, VmmLookups &lookups)
    : m_ctx(ctx)
    , m_lookups(lookups)
{ }

namespace {

// What the pools say of one logical network definition.
struct Definition
{
    QUuid stampId;
    QStringList subnets; // canonical, sorted, each once
    QStringList hostGroups;
    QStringList pools; // names, for messages
};

// The properties of an entity this needs, as VMM sent them. An entity matched by its
// fingerprint was not parsed: its own bytes are read here (not its link's baseline, which
// would be one database read per link).
QJsonObject sentValues(const vmm::RemoteEntity &e)
{
    if (!e.sameAsBaseline)
        return e.values;
    return QJsonDocument::fromJson(QByteArray::fromRawData(e.raw.data(), e.raw.size())).object();
}

QString canonicalPrefix(const QJsonValue &value)
{
    const Parsed<Prefix> prefix = Prefix::parse(value.toString().trimmed());
    return prefix ? prefix.value().toString() : QString();
}

// A VM network isolated by VLAN (or not at all, or External) uses its logical network's own
// subnets: VMM makes its VM subnets from the network sites' SubnetVLans. So a VM subnet of one
// with a pool's subnet says which logical network that pool's site is on. By subnet, the
// logical network's ID.
QHash<QString, QString> networksOfVlanSubnets(VmmReader &reader)
{
    QHash<QString, QString> networkOfVmNetwork;
    for (const vmm::RemoteEntity &e : std::as_const(reader.entities(vmm::vmNetworks))) {
        const QJsonObject v = sentValues(e);
        if (v.value("IsolationType"_L1).toString() != "WindowsNetworkVirtualization"_L1)
            networkOfVmNetwork.insert(
                    vmm::guidText(e.id),
                    vmm::guidText(QUuid::fromString(v.value("LogicalNetworkId"_L1).toString())));
    }
    QHash<QString, QString> networkOfSubnet;
    if (networkOfVmNetwork.isEmpty())
        return networkOfSubnet;
    for (const vmm::RemoteEntity &e : std::as_const(reader.entities(vmm::vmSubnets))) {
        const QJsonObject v = sentValues(e);
        const QString network = networkOfVmNetwork.value(
                vmm::guidText(QUuid::fromString(v.value("VMNetworkId"_L1).toString())));
        if (!network.isEmpty())
            networkOfSubnet.insert(canonicalPrefix(v.value("Subnet"_L1)), network);
    }
    return networkOfSubnet;
}

} // namespace

// The no-op path: every pool is as its link recorded it, none is gone, and IPAM is as the last
// completed run left it, so each derived site is what that run agreed on: its link stands for
// it, as a fingerprinted entity's does, and nothing is read.
bool VmmDerivedSites::unchangedSinceLastRun(VmmReader &reader)
{
    if (!m_ctx.ipamUnchanged || !m_ctx.options.hostGroups.isEmpty())
        return false;
    const QList<vmm::RemoteEntity> &pools = reader.entities(vmm::pools);
    for (const vmm::RemoteEntity &pool : pools) {
        if (!pool.sameAsBaseline)
            return false;
    }
    qsizetype poolLinks = 0;
    QList<vmm::RemoteEntity> sites;
    for (const VmmLink &link : std::as_const(m_ctx.linkIndex.byId())) {
        if (link.remoteId.isNull())
            continue;
        if (link.remoteSet == vmm::pools) {
            ++poolLinks;
        } else if (link.remoteSet == vmm::definitions) {
            if (link.remoteHash == 0)
                return false; // never seen settled: compare it in full
            vmm::RemoteEntity site;
            site.id = link.remoteId;
            site.stampId = link.stampId;
            site.hash = link.remoteHash;
            site.sameAsBaseline = true;
            sites.append(site);
        }
    }
    if (poolLinks != pools.size())
        return false;
    m_ctx.report.fingerprinted += int(sites.size());
    reader.setDerived(vmm::definitions, std::move(sites));
    return true;
}

void VmmDerivedSites::derive(VmmReader &reader)
{
    if (unchangedSinceLastRun(reader))
        return;
    QList<vmm::RemoteEntity> &pools = reader.entities(vmm::pools);
    QMap<QString, Definition> definitions; // by the definition's ID: a stable order
    QHash<QUuid, QString> definitionOfPool;
    for (const vmm::RemoteEntity &pool : std::as_const(pools)) {
        const QJsonObject values = sentValues(pool);
        const QUuid definition
                = QUuid::fromString(values.value("LogicalNetworkDefinitionId"_L1).toString());
        if (definition.isNull())
            continue; // a pool of a VM subnet
        const QString id = vmm::guidText(definition);
        definitionOfPool.insert(pool.id, id);
        Definition &d = definitions[id];
        d.stampId = pool.stampId;
        const QString subnet = canonicalPrefix(values.value("Subnet"_L1));
        if (!subnet.isEmpty() && !d.subnets.contains(subnet))
            d.subnets.append(subnet);
        // Not a canonical value (parseEntity keeps it apart); in the bytes of a matched one.
        const QString hostGroup = pool.sameAsBaseline
                ? values.value("VMHostGroup"_L1).toString().trimmed()
                : pool.hostGroup;
        if (!hostGroup.isEmpty() && !d.hostGroups.contains(hostGroup))
            d.hostGroups.append(hostGroup);
        d.pools.append(values.value("Name"_L1).toString());
    }
    const QList<vmm::RemoteEntity> &networks = reader.entities(vmm::logicalNetworks);
    const QString onlyNetwork
            = networks.size() == 1 ? vmm::guidText(networks.first().id) : QString();
    std::optional<QHash<QString, QString>> networkOfSubnet; // read when a new site needs it

    // IPAM's sites, read once (not one query per definition).
    m_lookups.loadSubnets();
    QHash<ObjectId, NetworkSite> sitesById;
    for (const NetworkSite &site : m_ctx.store.select<NetworkSite>(
                 u"logical_network_id IN (SELECT id FROM logical_network WHERE space_id = ?)"_s,
                 {m_ctx.provider.id}))
        sitesById.insert(site.id, site);

    QList<vmm::RemoteEntity> sites;
    QSet<QString> outOfScope;
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        Definition &d = it.value();
        std::sort(d.subnets.begin(), d.subnets.end());
        QString name;
        QString network;
        QStringList groups = d.hostGroups;
        const VmmLink *link = m_ctx.linkIndex.ofRemote(vmm::definitions, it.key());
        if (const auto site = link ? sitesById.constFind(link->objectId) : sitesById.constEnd();
            site != sitesById.constEnd()) {
            name = site->name;
            network = m_ctx.linkIndex.remoteOf(ObjectKind::LogicalNetwork, site->logicalNetworkId);
            groups.append(vmm::hostGroupsOf(*site));
        }
        if (name.isEmpty() || network.isEmpty()) {
            // A new site: an IPAM subnet at one of its prefixes tells where it belongs.
            for (const QString &text : std::as_const(d.subnets)) {
                const auto subnet
                        = m_lookups.subnetAt(m_ctx.provider.id, Prefix::parse(text).value());
                if (!subnet)
                    continue;
                const auto site = sitesById.constFind(subnet->siteId);
                if (site != sitesById.constEnd()
                    && !m_ctx.linkIndex.ofObject(ObjectKind::NetworkSite, site->id)) {
                    name = site->name;
                    network = m_ctx.linkIndex.remoteOf(ObjectKind::LogicalNetwork,
                                                       site->logicalNetworkId);
                    groups.append(vmm::hostGroupsOf(*site));
                    break;
                }
                if (network.isEmpty() && subnet->logicalNetworkId)
                    network = m_ctx.linkIndex.remoteOf(ObjectKind::LogicalNetwork,
                                                       subnet->logicalNetworkId);
            }
            if (network.isEmpty()) {
                if (!networkOfSubnet)
                    networkOfSubnet = networksOfVlanSubnets(reader);
                for (const QString &text : std::as_const(d.subnets)) {
                    if (network.isEmpty())
                        network = networkOfSubnet->value(text);
                }
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
                    QCoreApplication::translate(
                            "ipam::VmmSync",
                            "SPF does not say which logical network the network site %1 of pools "
                            "%2 belongs to; create subnet %3 in IPAM on its logical network (or "
                            "on a site of it, which names the site) and sync again")
                            .arg(it.key(), vmm::quoted(d.pools.join(u"\", \""_s)),
                                 d.subnets.value(0)));
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
            const auto subnet = m_lookups.subnetAt(m_ctx.provider.id, Prefix::parse(text).value());
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
            return outOfScope.contains(definitionOfPool.value(pool.id));
        });
    }
    reader.setDerived(vmm::definitions, std::move(sites));
}

} // namespace ipam
