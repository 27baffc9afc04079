// ObjectValidator for blocks, subnets, ranges and addresses. Address spaces and the
// virtualized fabric: objectvalidator_fabric.cpp.
#include "objectvalidator.h"

#include "domain/rules.h"
#include "write/applyoutcome.h"
#include "write/bulksubnetcreate.h"
#include "write/parentcache.h"
#include "write/spacegeometry.h"
#include "write/utilizationrecount.h"
#include <QCoreApplication>

namespace ipam {

using namespace applying;

Outcome ObjectValidator::prepare(Block &o, const Block *)
{
    if (!m_parents.space(o.spaceId))
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "block %1 needs an existing address space")
                               .arg(o.networkId.toString()));
    if (o.startAddress == IpAddress() && o.endAddress == IpAddress()) {
        o.startAddress = o.networkId.first();
        o.endAddress = o.networkId.last();
    }
    if (Outcome failure = refused(rules::blockIsValid(o)))
        return failure;
    // Blocks nest (superblocks hold sub-blocks) but never overlap partly.
    const AddressRange mine = AddressRange::of(o.networkId);
    for (const Block &other : m_store.blocksOverlapping(o.spaceId, mine)) {
        if (other.id == o.id)
            continue;
        if (other.networkId == o.networkId)
            return refused(
                    QCoreApplication::translate("ipam::ObjectValidator", "block %1 already exists")
                            .arg(o.networkId.toString()));
        if (!other.networkId.contains(o.networkId) && !o.networkId.contains(other.networkId))
            return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                       "block %1 partly overlaps block %2")
                                   .arg(o.networkId.toString(), other.networkId.toString()));
    }
    return std::nullopt;
}

Outcome ObjectValidator::prepare(Subnet &o, const Subnet *before)
{
    const QString prefix = o.networkId.toString();
    const AddressSpace *owner = m_parents.space(o.spaceId);
    if (!owner)
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "subnet %1 needs an existing address space")
                               .arg(prefix));
    if (o.name.isEmpty())
        o.name = prefix;
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::Subnet)))
        return failure;
    if (Outcome failure = refused(rules::networkTypeFitsSpace(o.networkType, *owner)))
        return failure;
    if (before) {
        if (Outcome failure = refused(rules::networkTypeChange(before->networkType, o.networkType)))
            return failure;
        if (before->spaceId != o.spaceId)
            return refused(
                    QCoreApplication::translate("ipam::ObjectValidator",
                                                "subnet %1 cannot move to another address space")
                            .arg(prefix));
        // Utilization is derived, never edited.
        o.assignedAddresses = before->assignedAddresses;
        o.utilizedAddresses = before->utilizedAddresses;
        if (before->networkId != o.networkId) {
            const qint64 children = m_store.count<Range>(QStringLiteral("subnet_id = ?"), {o.id})
                    + m_store.count<Address>(QStringLiteral("subnet_id = ?"), {o.id});
            if (children)
                return refused(QCoreApplication::translate(
                                       "ipam::ObjectValidator",
                                       "subnet %1 holds ranges or addresses; its NetworkId "
                                       "cannot change to %2")
                                       .arg(before->networkId.toString(), prefix));
        }
    } else {
        o.assignedAddresses = AddressCount();
        o.utilizedAddresses = 0;
    }
    if (Outcome failure = refused(rules::vlanIdsAreValid(o.vlanIds)))
        return failure;

    // A site implies its logical network.
    const NetworkSite *targetSite = m_parents.site(o.siteId);
    if (o.siteId != 0 && !targetSite)
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "subnet %1: its network site does not exist")
                               .arg(prefix));
    if (targetSite && o.logicalNetworkId == 0)
        o.logicalNetworkId = targetSite->logicalNetworkId;
    const LogicalNetwork *target = m_parents.logicalNetwork(o.logicalNetworkId);
    if (o.logicalNetworkId != 0 && !target)
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "subnet %1: its logical network does not exist")
                               .arg(prefix));
    if (Outcome failure = refused(rules::subnetAssignment(o, *owner, target, targetSite)))
        return failure;

    if (owner->type == AddressSpaceType::Customer) {
        if (o.vmNetworkId == 0 && !owner->vmNetwork.isEmpty()) {
            if (const ObjectId named = m_parents.vmNetworkIdByName(owner->id, owner->vmNetwork))
                o.vmNetworkId = named;
        }
        const VmNetwork *network = m_parents.vmNetwork(o.vmNetworkId);
        if (o.vmNetworkId != 0 && (!network || network->spaceId != owner->id))
            return refused(QCoreApplication::translate(
                                   "ipam::ObjectValidator",
                                   "subnet %1: its VM network is not in address space %2")
                                   .arg(prefix, quoted(owner->name)));
        // The rule reads the logical network's subnets only without network virtualization.
        QList<Prefix> allowed;
        if (network && network->logicalNetworkId != 0
            && network->isolation != VmNetworkIsolation::WindowsNetworkVirtualization)
            allowed = m_parents.logicalNetworkPrefixes(network->logicalNetworkId);
        if (Outcome failure = refused(rules::customerSubnetPlacement(o, network, allowed)))
            return failure;
    } else if (o.vmNetworkId != 0) {
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "subnet %1: only customer subnets belong to a VM network")
                               .arg(prefix));
    }

    if (m_bulkSubnets.isActive() && !before)
        return std::nullopt; // checked for the whole set by BulkSubnetCreate::prevalidate
    if (before && before->networkId == o.networkId)
        return std::nullopt; // same prefix, same space: it overlapped nothing and still does
    if (const auto other
        = m_store.subnetOverlapping(o.spaceId, AddressRange::of(o.networkId), o.id)) {
        const QString what = other->networkId == o.networkId
                ? QCoreApplication::translate("ipam::ObjectValidator",
                                              "subnet %1 already exists in address space %2")
                          .arg(prefix, quoted(owner->name))
                : QCoreApplication::translate(
                          "ipam::ObjectValidator",
                          "subnet %1 overlaps subnet %2 (%3) in address space %4")
                          .arg(prefix, other->networkId.toString(), quoted(other->name),
                               quoted(owner->name));
        return refused(what);
    }
    return std::nullopt;
}

Outcome ObjectValidator::removable(const Subnet &o)
{
    const qint64 ranges = m_store.count<Range>(QStringLiteral("subnet_id = ?"), {o.id});
    if (ranges)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "subnet %1: there are %2 range(s) associated with this subnet; "
                               "remove them first")
                               .arg(o.networkId.toString())
                               .arg(ranges));
    return std::nullopt;
}

Outcome ObjectValidator::prepare(Range &o, const Range *before)
{
    const Parsed<AddressRange> bounds = AddressRange::make(o.startAddress, o.endAddress);
    if (!bounds)
        return refused(bounds.error());
    const QString text = bounds.value().toString();
    if (!m_parents.space(o.spaceId))
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "range %1 needs an existing address space")
                               .arg(text));
    // A create in a change set of many (SpaceGeometry::prepare) asks the in-memory maps.
    SpaceGeometry::Shapes *shapes = nullptr;
    if (m_geometry.isActive() && !before) {
        QString error;
        shapes = m_geometry.shapes(o.spaceId, &error);
        if (!shapes)
            return Failure{WriteStatus::Failed, QStringLiteral("range %1: %2").arg(text, error)};
    }
    const std::optional<Subnet> subnet = shapes
            ? SpaceGeometry::containingSubnet(*shapes, bounds.value())
            : m_store.subnetContaining(o.spaceId, bounds.value());
    if (!subnet)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "no subnet exists corresponding to the range %1 in address space %2")
                               .arg(text, quoted(m_parents.space(o.spaceId)->name)));
    if (o.subnetId != 0 && o.subnetId != subnet->id)
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "range %1 does not lie in its subnet")
                               .arg(text));
    o.subnetId = subnet->id;
    if (Outcome failure = refused(rules::rangeFitsSubnet(o, *subnet)))
        return failure;
    if (Outcome failure = refused(rules::normalizeGateways(o)))
        return failure;
    std::optional<std::pair<IpAddress, IpAddress>> other;
    if (shapes) {
        other = SpaceGeometry::overlappingRange(*shapes, bounds.value());
    } else if (const auto range = m_store.rangeOverlapping(o.spaceId, bounds.value(), o.id)) {
        other.emplace(range->startAddress, range->endAddress);
    }
    if (other) {
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "range %1 overlaps range %2-%3 in subnet %4")
                               .arg(text, other->first.toString(), other->second.toString(),
                                    subnet->networkId.toString()));
    }
    if (o.managedByService.isEmpty() || o.serviceInstance.isEmpty())
        return refused(
                QCoreApplication::translate("ipam::ObjectValidator",
                                            "range %1 needs ManagedByService and ServiceInstance")
                        .arg(text));
    if (o.managedByService.compare(QLatin1String("MS DHCP"), Qt::CaseInsensitive) == 0)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "range %1: ManagedByService \"MS DHCP\" is reserved for discovered "
                               "DHCP scopes")
                               .arg(text));
    o.utilizedAddresses = before ? before->utilizedAddresses : 0;
    if (shapes) // the next ranges of the set must not overlap this one
        shapes->ranges.insert_or_assign(SpaceGeometry::key(o.startAddress),
                                        std::pair(o.startAddress, o.endAddress));
    if (before)
        m_recount.touchSubnet(before->subnetId);
    m_recount.touchSubnet(o.subnetId);
    return std::nullopt;
}

Outcome ObjectValidator::removable(const Range &o)
{
    m_recount.touchSubnet(o.subnetId);
    return std::nullopt;
}

Outcome ObjectValidator::prepare(Address &o, const Address *before)
{
    const QString ip = o.ipAddress.toString();
    const AddressSpace *owner = m_parents.space(o.spaceId);
    if (!owner)
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "address %1 needs an existing address space")
                               .arg(ip));
    m_parents.noteAddressIn(o.spaceId); // ranges written after it may map it
    if (Outcome failure = refused(rules::textIsPrintable(
                o.deviceName,
                QCoreApplication::translate("ipam::ObjectValidator", "address %1 device name")
                        .arg(ip))))
        return failure;
    if (o.managedByService.isEmpty() || o.serviceInstance.isEmpty())
        return refused(
                QCoreApplication::translate("ipam::ObjectValidator",
                                            "address %1 needs ManagedByService and ServiceInstance")
                        .arg(ip));
    // A create in bulk mode (a bulk load: the importer has read every stored object its rows
    // name) asks the in-memory maps; the store's UNIQUE key still refuses a duplicate.
    SpaceGeometry::Shapes *shapes = nullptr;
    if (m_geometry.isActive() && !before) {
        QString error;
        shapes = m_geometry.shapes(o.spaceId, &error);
        if (!shapes)
            return Failure{WriteStatus::Failed, QStringLiteral("address %1: %2").arg(ip, error)};
    }
    const QList<Address> sameIp = shapes && m_geometry.isBulkLoad()
            ? QList<Address>()
            : m_store.addressesByIp(o.spaceId, o.ipAddress);
    for (const Address &other : sameIp) {
        if (other.id != o.id && other.managedByService == o.managedByService
            && other.serviceInstance == o.serviceInstance)
            return refused(
                    QCoreApplication::translate(
                            "ipam::ObjectValidator",
                            "address %1 already exists in address space %2 (managed by %3 "
                            "%4)")
                            .arg(ip, quoted(owner->name), o.managedByService, o.serviceInstance));
    }
    const IpAddress a = o.ipAddress;
    const AddressRange at = AddressRange::make(a, a).value();
    const std::optional<Subnet> subnet = shapes ? SpaceGeometry::containingSubnet(*shapes, at)
                                                : m_store.subnetContaining(o.spaceId, at);
    o.subnetId = subnet ? subnet->id : 0;
    if (!subnet) // a subnet created after it in this change set adopts it
        m_parents.noteUnmappedAddressIn(o.spaceId);
    o.rangeId = 0;
    if (subnet && (!shapes || SpaceGeometry::overlappingRange(*shapes, at))) {
        if (const auto range
            = m_store.rangeContaining(subnet->id, a, o.managedByService, o.serviceInstance))
            o.rangeId = range->id;
    }
    if (before) {
        m_recount.touchSubnet(before->subnetId);
        m_recount.touchRange(before->rangeId);
    }
    m_recount.touchSubnet(o.subnetId);
    m_recount.touchRange(o.rangeId);
    return std::nullopt;
}

Outcome ObjectValidator::removable(const Address &o)
{
    m_recount.touchSubnet(o.subnetId);
    m_recount.touchRange(o.rangeId);
    return std::nullopt;
}

} // namespace ipam
