#include "vmmadoption.h"

#include "store/database.h"
#include "store/objecttable.h"
#include "store/sqlitestatement.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmsynccontext.h"

#include <QJsonArray>

namespace ipam {

using namespace Qt::StringLiterals;

VmmAdoption::VmmAdoption(VmmSyncContext &ctx, VmmLookups &lookups)
    : m_ctx(ctx)
    , m_lookups(lookups)
{ }

namespace {

QString rangeKey(ObjectId spaceId, const IpAddress &start, const IpAddress &end)
{
    return QString::number(spaceId) + u' ' + start.toString() + u'-' + end.toString();
}

} // namespace

void VmmAdoption::loadNaturalKeys(ObjectKind kind)
{
    if (m_naturalKeysLoaded.contains(int(kind)))
        return;
    m_naturalKeysLoaded.insert(int(kind));
    // Only unlinked objects can be adopted.
    auto put = [this, kind](const QString &key, ObjectId id) {
        if (m_ctx.linkIndex.ofObject(kind, id))
            return;
        m_byNaturalKey[{int(kind), key}].append(id);
        ++m_unlinkedByKind[int(kind)];
    };
    const QVariantList provider{m_ctx.provider.id};
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        for (const auto &o : m_ctx.store.select<LogicalNetwork>(u"space_id = ?"_s, provider))
            put(o.name, o.id);
        break;
    case ObjectKind::NetworkSite:
        for (const auto &o : m_ctx.store.select<NetworkSite>(
                     u"logical_network_id IN (SELECT id FROM logical_network WHERE space_id = "
                     "?)"_s,
                     provider))
            put(QString::number(o.logicalNetworkId) + u' ' + o.name, o.id);
        break;
    case ObjectKind::VmNetwork:
        for (const VmNetwork &o : m_ctx.store.select<VmNetwork>(
                     u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s,
                     provider))
            put(o.name, o.id);
        break;
    case ObjectKind::Range:
        for (const QString &where :
             {u"space_id = ?"_s,
              u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s}) {
            for (const auto &o : m_ctx.store.select<Range>(where, provider))
                put(rangeKey(o.spaceId, o.startAddress, o.endAddress), o.id);
        }
        break;
    default:
        break;
    }
}

ObjectId VmmAdoption::adopt(const QString &set, const vmm::RemoteEntity &e)
{
    const QJsonObject &v = e.values;
    auto unlinked = [this](ObjectKind kind, ObjectId id) -> ObjectId {
        return m_ctx.linkIndex.ofObject(kind, id) ? 0 : id;
    };
    // A fresh pull asks this for every entity: after a few single queries, one read per kind.
    const ObjectKind kind = vmm::kindOfSet(set);
    const bool cached = kind != ObjectKind::Subnet && vmm::useCache(&m_adoptLookups[int(kind)]);
    if (cached)
        loadNaturalKeys(kind);
    auto byKey = [&](const QString &key) -> ObjectId {
        for (const ObjectId id : m_byNaturalKey.value({int(kind), key})) {
            if (unlinked(kind, id))
                return id;
        }
        return 0;
    };
    const bool useKeys = cached && m_naturalKeysLoaded.contains(int(kind));
    if (useKeys && !m_unlinkedByKind.value(int(kind)))
        return 0; // every object of the kind is linked already (a first pull: there are none)
    if (set == vmm::logicalNetworks) {
        if (useKeys)
            return byKey(e.name());
        if (const auto o = m_ctx.store.logicalNetworkByName(m_ctx.provider.id, e.name()))
            return unlinked(ObjectKind::LogicalNetwork, o->id);
    } else if (set == vmm::definitions) {
        const ObjectId network = m_ctx.linkIndex.objectFor(
                vmm::logicalNetworks, v.value("LogicalNetworkId"_L1).toString());
        if (network) {
            if (useKeys)
                return byKey(QString::number(network) + u' ' + e.name());
            if (const auto o = m_ctx.store.siteByName(network, e.name()))
                return unlinked(ObjectKind::NetworkSite, o->id);
        }
    } else if (set == vmm::vmNetworks) {
        if (useKeys)
            return byKey(e.name());
        for (const VmNetwork &o : m_ctx.store.select<VmNetwork>(
                     u"name = ? AND space_id IN (SELECT id FROM address_space WHERE "
                     "provider_space_id = ?)"_s,
                     {e.name(), m_ctx.provider.id})) {
            if (unlinked(ObjectKind::VmNetwork, o.id))
                return o.id;
        }
    } else if (set == vmm::vmSubnets) {
        const ObjectId network
                = m_ctx.linkIndex.objectFor(vmm::vmNetworks, v.value("VMNetworkId"_L1).toString());
        const auto vmNetwork = network ? m_lookups.vmNetworkById(network) : std::nullopt;
        const Parsed<Prefix> prefix = Prefix::parse(
                v.value("SubnetVLans"_L1).toArray().at(0).toObject().value("Subnet"_L1).toString());
        if (vmNetwork && prefix) {
            if (const auto o = m_lookups.subnetAt(vmNetwork->spaceId, prefix.value()))
                return unlinked(ObjectKind::Subnet, o->id);
        }
    } else if (set == vmm::pools) {
        ObjectId spaceId = m_ctx.provider.id;
        if (const QString vmSubnet = v.value("VMSubnetId"_L1).toString(); !vmSubnet.isEmpty()) {
            const auto subnet
                    = m_lookups.subnetById(m_ctx.linkIndex.objectFor(vmm::vmSubnets, vmSubnet));
            spaceId = subnet ? subnet->spaceId : 0;
        }
        const Parsed<IpAddress> start
                = IpAddress::parse(v.value("IPAddressRangeStart"_L1).toString());
        const Parsed<IpAddress> end = IpAddress::parse(v.value("IPAddressRangeEnd"_L1).toString());
        if (spaceId && start && end) {
            if (useKeys)
                return byKey(rangeKey(spaceId, start.value(), end.value()));
            if (const auto o = m_ctx.store.rangeByBounds(spaceId, start.value(), end.value()))
                return unlinked(ObjectKind::Range, o->id);
        }
    }
    return 0;
}

namespace {

// The ids alone (scopeObjects): no row becomes an object.
template<typename T>
QList<ObjectId> idsOf(Database &db, const QString &where, const QVariantList &binds)
{
    QList<ObjectId> ids;
    forEachRow(db, u"SELECT id FROM %1 WHERE %2 ORDER BY id"_s.arg(ObjectTable<T>::name(), where),
               binds, nullptr, [&ids](const auto &row) { ids.append(row.value(0).toLongLong()); });
    return ids;
}

} // namespace

QList<ObjectId> VmmAdoption::scopeObjects(ObjectKind kind)
{
    QList<ObjectId> ids;
    Database &db = m_ctx.writePath.database();
    const QVariantList provider{m_ctx.provider.id};
    const QString networksOfProvider = u"SELECT id FROM logical_network WHERE space_id = ?"_s;
    const QString vmNetworksOfProvider
            = u"SELECT v.id FROM vm_network v JOIN address_space a ON a.id = v.space_id WHERE "
              "a.provider_space_id = ?"_s;
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        return idsOf<LogicalNetwork>(db, u"space_id = ?"_s, provider);
    case ObjectKind::NetworkSite:
        if (m_ctx.options.hostGroups.isEmpty())
            return idsOf<NetworkSite>(db, u"logical_network_id IN (%1)"_s.arg(networksOfProvider),
                                      provider);
        for (const auto &o : m_ctx.store.select<NetworkSite>(
                     u"logical_network_id IN (%1)"_s.arg(networksOfProvider), provider)) {
            if (m_ctx.siteInScope(vmm::hostGroupsOf(o)))
                ids.append(o.id);
        }
        break;
    case ObjectKind::VmNetwork:
        return idsOf<VmNetwork>(
                db, u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s,
                provider);
    case ObjectKind::Subnet:
        return idsOf<Subnet>(db, u"vm_network_id IN (%1)"_s.arg(vmNetworksOfProvider), provider);
    case ObjectKind::Range:
        for (const QString &subnetsInScope :
             {u"SELECT id FROM ip_subnet WHERE logical_network_id IN (%1) AND site_id IS NOT "
              "NULL"_s.arg(networksOfProvider),
              u"SELECT id FROM ip_subnet WHERE vm_network_id IN (%1)"_s.arg(
                      vmNetworksOfProvider)}) {
            if (m_ctx.options.hostGroups.isEmpty()) {
                ids += idsOf<Range>(db, u"subnet_id IN (%1)"_s.arg(subnetsInScope), provider);
                continue;
            }
            for (const auto &o :
                 m_ctx.store.select<Range>(u"subnet_id IN (%1)"_s.arg(subnetsInScope), provider)) {
                const auto subnet = m_ctx.store.get<Subnet>(o.subnetId);
                const auto site = subnet && subnet->siteId
                        ? m_ctx.store.get<NetworkSite>(subnet->siteId)
                        : std::nullopt;
                if (!site || m_ctx.siteInScope(vmm::hostGroupsOf(*site)))
                    ids.append(o.id);
            }
        }
        break;
    default:
        break;
    }
    return ids;
}

} // namespace ipam
