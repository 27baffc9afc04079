#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace ipam {

struct VmmSyncContext;

// What the pull looks up per entity (the subnets of the provider space and its customer
// spaces, the VM networks), read once (after a few single look-ups, so a small incremental
// run stays a few queries) and kept current with what the run commits (noteCommitted).
class VmmLookups
{
public:
    explicit VmmLookups(VmmSyncContext &ctx);

    std::optional<Subnet> subnetById(ObjectId id);
    std::optional<Subnet> subnetAt(ObjectId spaceId, const Prefix &prefix);
    std::optional<VmNetwork> vmNetworkById(ObjectId id);
    // Every subnet of the provider space and its customer spaces, at once.
    void loadSubnets();
    const QHash<ObjectId, Subnet> &subnets() const { return m_subnetById; } // loadSubnets()
    // An object the run wrote (or removed) as committed.
    void noteCommitted(const AnyObject &object, bool removed);
    void forgetVmNetwork(ObjectId id) { m_vmNetworkById.remove(id); }

private:
    void cacheSubnet(const Subnet &subnet);

    VmmSyncContext &m_ctx;
    int m_subnetLookups = 0;
    bool m_subnetsLoaded = false;
    QHash<ObjectId, Subnet> m_subnetById; // the provider space's and its customer spaces'
    QHash<QPair<ObjectId, Prefix>, ObjectId> m_subnetByPrefix;
    int m_vmNetworkLookups = 0;
    bool m_vmNetworksLoaded = false;
    QHash<ObjectId, VmNetwork> m_vmNetworkById;
};

} // namespace ipam
