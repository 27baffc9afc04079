#pragma once

// The mapping between IPAM's objects and VMM's entities, per entity set, in both directions.
// This is where a VMM logical network becomes an IPAM row, and where an IPAM row becomes the
// values VMM is compared with:
//
//   entity set (wire contract)    IPAM -> canonical values       canonical values -> IPAM
//                                  (VmmValueMapping::valuesText)  (VmmChangeMapping::apply...)
//   LogicalNetworks               LogicalNetwork                 applyLogicalNetwork: a logical
//                                                                network of the provider space
//   LogicalNetworkDefinitions     NetworkSite + its subnets'     applySite, applySiteSubnets: a
//                                 prefixes and VLANs             site of its logical network,
//                                 (SubnetVLans)                  then each subnet created or
//                                                                assigned to it, one write each
//   VMNetworks                    VmNetwork                      applyVmNetwork: a customer
//                                                                address space with its VM
//                                                                network, in one write
//   VMSubnets                     Subnet of a VM network         applyVmSubnet: a customer
//                                                                subnet of the VM network's space
//   StaticIPAddressPools          Range + its subnet             applyPool: a range of the
//                                                                site's (provider) or VM
//                                                                subnet's (customer) subnet
//   (removed in VMM)                                             removeFromIpam
//
// The canonical values are the wire contract's property names and values, normalised
// (vmm::parseEntity does the same for what VMM sends), written as canonical JSON text: what a
// link's baseline holds, so that "changed since the last sync" is a byte comparison. The
// reverse direction turns VMM's canonical values into IPAM changes, queued on the write queue
// with the link row each object is written with. What goes to VMM (POST/PUT/DELETE) is
// VmmPush's; this side only maps.

#include "vmm/vmmentities.h"
#include "vmm/vmmsynccontext.h"
#include "vmm/vmmwritequeue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ipam {

class VmmIpamState;
class VmmLinkIndex;
class VmmLookups;

// IPAM -> canonical values: an object's values in the wire contract's names, as canonical
// JSON text (what a link's baseline holds, byte for byte what QJsonDocument writes for the
// same values) and as a QJsonObject parsed from it (one definition of the values, not two).
// A reference to another object is its link's remote ID ("" when it has none).
class VmmValueMapping
{
public:
    explicit VmmValueMapping(const VmmLinkIndex &linkIndex);

    QByteArray valuesText(const LogicalNetwork &o) const;
    QByteArray valuesText(const NetworkSite &o, const QList<QPair<QString, int>> &subnets) const;
    QByteArray valuesText(const VmNetwork &o) const;
    QByteArray valuesText(const Subnet &o) const;
    QByteArray valuesText(const Range &o, const Subnet &subnet) const;
    template<typename... Args>
    QJsonObject valuesOf(const Args &...args) const
    {
        return QJsonDocument::fromJson(valuesText(args...)).object();
    }

private:
    const VmmLinkIndex &m_linkIndex;
};

// Canonical values -> IPAM changes: VMM's values of an entity into IPAM through the write
// queue (written at once unless batching), each object with its link row; `done` is called
// once the object is committed. Refused: refused before anything was queued (a parent not in
// IPAM, unreadable values).
class VmmChangeMapping
{
public:
    using Outcome = VmmOutcome;
    using Done = VmmWriteQueue::Done;

    VmmChangeMapping(VmmSyncContext &ctx, VmmLookups &lookups, const VmmValueMapping &values,
                     VmmIpamState &ipam, VmmWriteQueue &queue);

    // `objectId` 0: a new object.
    Outcome apply(const QString &set, const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    // apply() and write it now: whether it committed.
    Outcome applyNow(const QString &set, const vmm::RemoteEntity &e, ObjectId objectId);
    // The linked object goes from IPAM (its entity was removed in VMM); subnets stay.
    Outcome removeFromIpam(const VmmLink &link);

private:
    using LinkTarget = VmmWriteQueue::LinkTarget;
    using PendingWrite = VmmWriteQueue::PendingWrite;

    Outcome applyLogicalNetwork(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    // `whole`: a new site whose subnets are all new is written with them in one go.
    Outcome applySite(const vmm::RemoteEntity &e, ObjectId objectId, Done done, bool whole = true);
    void applySiteSubnets(const vmm::RemoteEntity &e, const NetworkSite &site, bool created,
                          bool linked, Done done);
    Outcome applyVmNetwork(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    void applyVmNetworkValues(const vmm::RemoteEntity &e, const VmNetwork &stored,
                              std::optional<AddressSpace> space, Done done);
    void linkVmNetworkAsWritten(PendingWrite &write);
    Outcome applyVmSubnet(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    Outcome applyPool(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    LinkTarget targetFor(const QString &set, const vmm::RemoteEntity &e, int writtenIndex);
    LinkTarget targetFor(const QString &set, const vmm::RemoteEntity &e, ObjectId objectId);

    VmmSyncContext &m_ctx;
    VmmLookups &m_lookups;
    const VmmValueMapping &m_mapping;
    VmmIpamState &m_ipam;
    VmmWriteQueue &m_queue;
};

} // namespace ipam
