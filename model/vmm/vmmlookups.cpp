#include "vmmlookups.h"

#include "store/database.h"
#include "vmm/vmmsynccontext.h"

namespace ipam {

using namespace Qt::StringLiterals;

VmmLookups::VmmLookups(VmmSyncContext &ctx)
    : m_ctx(ctx)
{ }

void VmmLookups::cacheSubnet(const Subnet &subnet)
{
    const auto old = m_subnetById.constFind(subnet.id);
    if (old != m_subnetById.constEnd() && old->networkId != subnet.networkId)
        m_subnetByPrefix.remove({old->spaceId, old->networkId});
    m_subnetById.insert(subnet.id, subnet);
    m_subnetByPrefix.insert({subnet.spaceId, subnet.networkId}, subnet.id);
}

void VmmLookups::loadSubnets()
{
    if (m_subnetsLoaded)
        return;
    m_subnetsLoaded = true;
    for (const QString &where :
         {u"space_id = ?"_s,
          u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s}) {
        for (const Subnet &subnet : m_ctx.store.select<Subnet>(where, {m_ctx.provider.id}))
            cacheSubnet(subnet);
    }
}

std::optional<Subnet> VmmLookups::subnetById(ObjectId id)
{
    if (id == 0)
        return std::nullopt;
    if (m_subnetsLoaded || vmm::useCache(&m_subnetLookups)) {
        loadSubnets();
        const auto it = m_subnetById.constFind(id);
        if (it != m_subnetById.constEnd())
            return *it;
    }
    return m_ctx.store.get<Subnet>(id);
}

std::optional<Subnet> VmmLookups::subnetAt(ObjectId spaceId, const Prefix &prefix)
{
    if (m_subnetsLoaded || vmm::useCache(&m_subnetLookups)) {
        loadSubnets();
        const auto it = m_subnetByPrefix.constFind({spaceId, prefix});
        if (it != m_subnetByPrefix.constEnd())
            return m_subnetById.value(*it);
        // A miss is final: loadSubnets() read every subnet of the provider space and its
        // customer spaces, and the run's own writes are added as they commit.
        return std::nullopt;
    }
    return m_ctx.store.subnetByPrefix(spaceId, prefix);
}

std::optional<VmNetwork> VmmLookups::vmNetworkById(ObjectId id)
{
    if (id == 0)
        return std::nullopt;
    if (m_vmNetworksLoaded || vmm::useCache(&m_vmNetworkLookups)) {
        if (!m_vmNetworksLoaded) {
            m_vmNetworksLoaded = true;
            for (const VmNetwork &network : m_ctx.store.select<VmNetwork>(
                         u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = "
                         "?)"_s,
                         {m_ctx.provider.id}))
                m_vmNetworkById.insert(network.id, network);
        }
        const auto it = m_vmNetworkById.constFind(id);
        if (it != m_vmNetworkById.constEnd())
            return *it;
    }
    return m_ctx.store.get<VmNetwork>(id);
}

void VmmLookups::noteCommitted(const AnyObject &object, bool removed)
{
    if (const Subnet *subnet = std::get_if<Subnet>(&object)) {
        if (removed) {
            m_subnetById.remove(subnet->id);
            m_subnetByPrefix.remove({subnet->spaceId, subnet->networkId});
        } else if (m_subnetsLoaded) {
            cacheSubnet(*subnet);
        }
    } else if (const VmNetwork *network = std::get_if<VmNetwork>(&object)) {
        if (removed)
            m_vmNetworkById.remove(network->id);
        else if (m_vmNetworksLoaded)
            m_vmNetworkById.insert(network->id, *network);
    }
}

} // namespace ipam
