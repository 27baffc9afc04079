#include "networkdirectory.h"

#include "store/store.h"

#include <algorithm>

namespace ipam {

NetworkDirectory::NetworkDirectory(QObject *parent)
    : QObject(parent)
{ }

bool NetworkDirectory::holds(ObjectKind kind)
{
    return kind == ObjectKind::AddressSpace || kind == ObjectKind::LogicalNetwork
            || kind == ObjectKind::NetworkSite || kind == ObjectKind::VmNetwork;
}

void NetworkDirectory::clear()
{
    m_spaces.clear();
    m_logicalNetworks.clear();
    m_sites.clear();
    m_vmNetworks.clear();
    m_logicalNetworksBySpace.clear();
    m_sitesByLogicalNetwork.clear();
    m_vmNetworksBySpace.clear();
    m_defaultSpaceId = 0;
}

bool NetworkDirectory::load(Store &store, QString *error)
{
    clear();
    bool ok = store.forEach<AddressSpace>([this](const AddressSpace &o) { link(o); })
            && store.forEach<LogicalNetwork>([this](const LogicalNetwork &o) { link(o); })
            && store.forEach<NetworkSite>([this](const NetworkSite &o) { link(o); })
            && store.forEach<VmNetwork>([this](const VmNetwork &o) { link(o); });
    if (!ok && error)
        *error = store.lastError();
    Q_EMIT reset();
    return ok;
}

void NetworkDirectory::link(const AnyObject &object)
{
    if (const auto *o = std::get_if<AddressSpace>(&object)) {
        m_spaces.insert(o->id, *o);
        if (o->isDefault())
            m_defaultSpaceId = o->id;
    } else if (const auto *o = std::get_if<LogicalNetwork>(&object)) {
        m_logicalNetworks.insert(o->id, *o);
        m_logicalNetworksBySpace[o->spaceId].append(o->id);
    } else if (const auto *o = std::get_if<NetworkSite>(&object)) {
        m_sites.insert(o->id, *o);
        m_sitesByLogicalNetwork[o->logicalNetworkId].append(o->id);
    } else if (const auto *o = std::get_if<VmNetwork>(&object)) {
        m_vmNetworks.insert(o->id, *o);
        m_vmNetworksBySpace[o->spaceId].append(o->id);
    }
}

void NetworkDirectory::unlink(const AnyObject &object)
{
    if (const auto *o = std::get_if<AddressSpace>(&object)) {
        m_spaces.remove(o->id);
    } else if (const auto *o = std::get_if<LogicalNetwork>(&object)) {
        m_logicalNetworks.remove(o->id);
        m_logicalNetworksBySpace[o->spaceId].removeOne(o->id);
    } else if (const auto *o = std::get_if<NetworkSite>(&object)) {
        m_sites.remove(o->id);
        m_sitesByLogicalNetwork[o->logicalNetworkId].removeOne(o->id);
    } else if (const auto *o = std::get_if<VmNetwork>(&object)) {
        m_vmNetworks.remove(o->id);
        m_vmNetworksBySpace[o->spaceId].removeOne(o->id);
    }
}

void NetworkDirectory::upsert(const AnyObject &object)
{
    const ObjectKind kind = kindOf(object);
    if (!holds(kind))
        return;
    const ObjectId id = storedPart(object).id;
    bool existed = false;
    switch (kind) {
    case ObjectKind::AddressSpace:
        existed = m_spaces.contains(id);
        break;
    case ObjectKind::LogicalNetwork:
        existed = m_logicalNetworks.contains(id);
        break;
    case ObjectKind::NetworkSite:
        existed = m_sites.contains(id);
        break;
    case ObjectKind::VmNetwork:
        existed = m_vmNetworks.contains(id);
        break;
    default:
        break;
    }
    if (existed) {
        // Parents never change (the write path refuses moves), so the links stay.
        switch (kind) {
        case ObjectKind::AddressSpace:
            m_spaces[id] = std::get<AddressSpace>(object);
            break;
        case ObjectKind::LogicalNetwork:
            m_logicalNetworks[id] = std::get<LogicalNetwork>(object);
            break;
        case ObjectKind::NetworkSite:
            m_sites[id] = std::get<NetworkSite>(object);
            break;
        case ObjectKind::VmNetwork:
            m_vmNetworks[id] = std::get<VmNetwork>(object);
            break;
        default:
            break;
        }
        Q_EMIT objectChanged(kind, id);
        return;
    }
    link(object);
    Q_EMIT objectAdded(kind, id);
}

void NetworkDirectory::remove(ObjectKind kind, ObjectId id)
{
    std::optional<AnyObject> object;
    switch (kind) {
    case ObjectKind::AddressSpace:
        if (const auto *o = space(id))
            object = *o;
        break;
    case ObjectKind::LogicalNetwork:
        if (const auto *o = logicalNetwork(id))
            object = *o;
        break;
    case ObjectKind::NetworkSite:
        if (const auto *o = site(id))
            object = *o;
        break;
    case ObjectKind::VmNetwork:
        if (const auto *o = vmNetwork(id))
            object = *o;
        break;
    default:
        break;
    }
    if (!object)
        return;
    Q_EMIT objectAboutToBeRemoved(kind, id);
    unlink(*object);
    Q_EMIT objectRemoved(kind, id);
}

const AddressSpace *NetworkDirectory::space(ObjectId id) const
{
    auto it = m_spaces.constFind(id);
    return it == m_spaces.constEnd() ? nullptr : &*it;
}

const LogicalNetwork *NetworkDirectory::logicalNetwork(ObjectId id) const
{
    auto it = m_logicalNetworks.constFind(id);
    return it == m_logicalNetworks.constEnd() ? nullptr : &*it;
}

const NetworkSite *NetworkDirectory::site(ObjectId id) const
{
    auto it = m_sites.constFind(id);
    return it == m_sites.constEnd() ? nullptr : &*it;
}

const VmNetwork *NetworkDirectory::vmNetwork(ObjectId id) const
{
    auto it = m_vmNetworks.constFind(id);
    return it == m_vmNetworks.constEnd() ? nullptr : &*it;
}

bool NetworkDirectory::nameLess(const QString &a, ObjectId idA, const QString &b, ObjectId idB)
{
    const int byName = a.compare(b, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return idA < idB;
}

template<typename T>
QList<ObjectId> NetworkDirectory::sortedByName(const QHash<ObjectId, T> &objects,
                                               const QList<ObjectId> &ids) const
{
    QList<ObjectId> sorted = ids;
    std::sort(sorted.begin(), sorted.end(), [&](ObjectId a, ObjectId b) {
        return nameLess(objects.value(a).name, a, objects.value(b).name, b);
    });
    return sorted;
}

QList<ObjectId> NetworkDirectory::spaces(AddressSpaceType type) const
{
    QList<ObjectId> ids;
    for (auto it = m_spaces.cbegin(); it != m_spaces.cend(); ++it) {
        if (it->type == type)
            ids.append(it.key());
    }
    return sortedByName(m_spaces, ids);
}

QList<ObjectId> NetworkDirectory::logicalNetworksOf(ObjectId spaceId) const
{
    return sortedByName(m_logicalNetworks, m_logicalNetworksBySpace.value(spaceId));
}

QList<ObjectId> NetworkDirectory::sitesOf(ObjectId logicalNetworkId) const
{
    return sortedByName(m_sites, m_sitesByLogicalNetwork.value(logicalNetworkId));
}

QList<ObjectId> NetworkDirectory::vmNetworksOf(ObjectId spaceId) const
{
    return sortedByName(m_vmNetworks, m_vmNetworksBySpace.value(spaceId));
}

QList<ObjectId> NetworkDirectory::allLogicalNetworks() const
{
    return sortedByName(m_logicalNetworks, m_logicalNetworks.keys());
}

qsizetype NetworkDirectory::count(ObjectKind kind) const
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return m_spaces.size();
    case ObjectKind::LogicalNetwork:
        return m_logicalNetworks.size();
    case ObjectKind::NetworkSite:
        return m_sites.size();
    case ObjectKind::VmNetwork:
        return m_vmNetworks.size();
    default:
        return 0;
    }
}

qsizetype NetworkDirectory::childCount(ObjectKind kind, ObjectId id) const
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return m_logicalNetworksBySpace.value(id).size() + m_vmNetworksBySpace.value(id).size();
    case ObjectKind::LogicalNetwork:
        return m_sitesByLogicalNetwork.value(id).size();
    default:
        return 0;
    }
}

QString NetworkDirectory::name(ObjectKind kind, ObjectId id) const
{
    if (id == 0)
        return {};
    switch (kind) {
    case ObjectKind::AddressSpace:
        if (const auto *o = space(id))
            return o->name;
        break;
    case ObjectKind::LogicalNetwork:
        if (const auto *o = logicalNetwork(id))
            return o->name;
        break;
    case ObjectKind::NetworkSite:
        if (const auto *o = site(id))
            return o->name;
        break;
    case ObjectKind::VmNetwork:
        if (const auto *o = vmNetwork(id))
            return o->name;
        break;
    default:
        break;
    }
    return {};
}

ObjectId NetworkDirectory::logicalNetworkOfVmNetwork(ObjectId vmNetworkId) const
{
    const VmNetwork *network = vmNetwork(vmNetworkId);
    return network ? network->logicalNetworkId : 0;
}

ObjectId NetworkDirectory::parentOf(ObjectKind kind, ObjectId id) const
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        if (const auto *o = space(id))
            return o->associatedProviderSpaceId;
        break;
    case ObjectKind::LogicalNetwork:
        if (const auto *o = logicalNetwork(id))
            return o->spaceId;
        break;
    case ObjectKind::NetworkSite:
        if (const auto *o = site(id))
            return o->logicalNetworkId;
        break;
    case ObjectKind::VmNetwork:
        if (const auto *o = vmNetwork(id))
            return o->spaceId;
        break;
    default:
        break;
    }
    return 0;
}

} // namespace ipam
