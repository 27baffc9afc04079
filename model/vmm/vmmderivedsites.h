#pragma once

#include "vmm/vmmentities.h"

#include <QList>

namespace ipam {

struct VmmSyncContext;
class VmmLookups;
class VmmReader;

// Network sites where the service has no site set, as SPF never has: VMM's logical network
// definitions are visible only as their pools' LogicalNetworkDefinitionId. One site per
// definition the pools name, keyed by that ID (so the link, and with it the site's IPAM
// name, survives every re-sync), made as if VMM had sent it in the site set's shape:
//   SubnetVLans   the Subnet of each of its pools, each with IPAM's VLAN of that subnet (0
//                 for none): SPF says nothing of VLANs;
//   HostGroups    IPAM's host groups of the site, plus each pool's VMHostGroup;
//   Name          IPAM's name of the linked site; for a new one, that of an unlinked IPAM
//                 site already holding one of its subnets (so an admin names a site by
//                 creating it with the subnet), else "Network site <first subnet>";
//   LogicalNetworkId  the linked site's logical network; for a new one, that of the IPAM
//                 subnet at one of its prefixes, else that of a VM network isolated by VLAN
//                 (or not isolated) with a VM subnet of one of its subnets (VMM makes those
//                 from the site's SubnetVLans), else VMM's only logical network; else the
//                 site is refused, saying how to place it.
// Names and VLANs are thus IPAM's: an edit in IPAM is never a change to push (there is no set
// to write to) and never overwritten. The run reconciles these sites like any others
// (VmmSyncRun::reconcile), but only ever pulls. A no-op re-sync (every pool matched by its
// fingerprint, none gone, IPAM as the last run left it) reads nothing: each site's link
// stands for it.
class VmmDerivedSites
{
public:
    VmmDerivedSites(VmmSyncContext &ctx, VmmLookups &lookups);

    // Derives the sites from the reader's pools and hands them to it (VmmReader::setDerived);
    // pools of a site out of the host group scope are taken out of the reader's pools.
    void derive(VmmReader &reader);

private:
    bool unchangedSinceLastRun(VmmReader &reader);

    VmmSyncContext &m_ctx;
    VmmLookups &m_lookups;
};

} // namespace ipam
