// ObjectValidator for address spaces and the virtualized fabric: logical networks, network
// sites and VM networks. Blocks, subnets, ranges and addresses: objectvalidator_address.cpp.
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

ObjectValidator::ObjectValidator(Store &store)
    : m_store(store)
    , m_ownParents(std::make_unique<ParentCache>(store))
    , m_ownGeometry(std::make_unique<SpaceGeometry>(store.database()))
    , m_ownRecount(std::make_unique<UtilizationRecount>())
    , m_ownBulk(std::make_unique<BulkSubnetCreate>())
    , m_parents(*m_ownParents)
    , m_geometry(*m_ownGeometry)
    , m_recount(*m_ownRecount)
    , m_bulkSubnets(*m_ownBulk)
{ }

ObjectValidator::ObjectValidator(Store &store, ParentCache &parents, SpaceGeometry &geometry,
                                 UtilizationRecount &recount, const BulkSubnetCreate &bulkSubnets)
    : m_store(store)
    , m_parents(parents)
    , m_geometry(geometry)
    , m_recount(recount)
    , m_bulkSubnets(bulkSubnets)
{ }

ObjectValidator::~ObjectValidator() = default;

Outcome ObjectValidator::prepare(AddressSpace &o, const AddressSpace *before)
{
    const AddressSpace *provider = m_parents.space(o.associatedProviderSpaceId);
    if (o.associatedProviderSpaceId != 0 && !provider)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "address space %1: its provider address space no longer exists")
                               .arg(quoted(o.name)));
    if (Outcome failure = refused(rules::addressSpaceIsValid(o, provider)))
        return failure;
    if (before) {
        if (before->isDefault() && !o.isDefault())
            return refused(QCoreApplication::translate(
                    "ipam::ObjectValidator", "address space \"Default\" cannot be renamed"));
        if (before->type != o.type)
            return refused(QCoreApplication::translate(
                                   "ipam::ObjectValidator",
                                   "address space %1 cannot change between provider and customer")
                                   .arg(quoted(before->name)));
    }
    // Only a new space's name was gathered (prefetchParents): a rename asks.
    const bool surelyFree = !before && m_parents.spaceNameSurelyFree(o.name);
    if (const auto other = surelyFree ? std::nullopt : m_store.spaceByName(o.name);
        other && other->id != o.id)
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "an address space named %1 already exists")
                               .arg(quoted(o.name)));
    m_parents.noteSpaceName(o.name);
    m_parents.forget<AddressSpace>(o.id);
    return std::nullopt;
}

Outcome ObjectValidator::removable(const AddressSpace &o)
{
    if (o.isDefault())
        return refused(QCoreApplication::translate(
                "ipam::ObjectValidator",
                "address space \"Default\" always exists and cannot be removed"));
    const QVariantList id{o.id};
    const qint64 customers
            = m_store.count<AddressSpace>(QStringLiteral("provider_space_id = ?"), id);
    if (customers)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "address space %1 is the provider of %2 customer address space(s)")
                               .arg(quoted(o.name))
                               .arg(customers));
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("space_id = ?"), id);
    const qint64 blocks = m_store.count<Block>(QStringLiteral("space_id = ?"), id);
    const qint64 addresses = m_store.count<Address>(QStringLiteral("space_id = ?"), id);
    const qint64 networks = m_store.count<LogicalNetwork>(QStringLiteral("space_id = ?"), id);
    if (subnets + blocks + addresses + networks)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "address space %1 still holds %2 subnet(s), %3 block(s), %4 "
                               "address(es) and %5 logical network(s)")
                               .arg(quoted(o.name))
                               .arg(subnets)
                               .arg(blocks)
                               .arg(addresses)
                               .arg(networks));
    // Its VM networks go with it (ChangeApplier removes them): they are the space's own.
    return std::nullopt;
}

Outcome ObjectValidator::prepare(LogicalNetwork &o, const LogicalNetwork *before)
{
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::LogicalNetwork)))
        return failure;
    const AddressSpace *owner = m_parents.space(o.spaceId);
    if (!owner)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "logical network %1 needs an existing provider address space")
                               .arg(quoted(o.name)));
    if (owner->type != AddressSpaceType::Provider)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "logical network %1 cannot live in customer address space %2")
                               .arg(quoted(o.name), quoted(owner->name)));
    if (before && before->spaceId != o.spaceId)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "logical network %1 cannot move to another address space")
                               .arg(quoted(o.name)));
    if (const auto other = m_store.logicalNetworkByName(o.spaceId, o.name);
        other && other->id != o.id)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "address space %1 already has a logical network named %2")
                               .arg(quoted(owner->name), quoted(o.name)));
    m_parents.forget<LogicalNetwork>(o.id);
    return std::nullopt;
}

Outcome ObjectValidator::removable(const LogicalNetwork &o)
{
    const QVariantList id{o.id};
    const qint64 sites = m_store.count<NetworkSite>(QStringLiteral("logical_network_id = ?"), id);
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("logical_network_id = ?"), id);
    const qint64 vmNetworks
            = m_store.count<VmNetwork>(QStringLiteral("logical_network_id = ?"), id);
    if (sites + subnets + vmNetworks)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "logical network %1 still has %2 network site(s), %3 assigned "
                               "subnet(s) and %4 VM network(s)")
                               .arg(quoted(o.name))
                               .arg(sites)
                               .arg(subnets)
                               .arg(vmNetworks));
    return std::nullopt;
}

Outcome ObjectValidator::prepare(NetworkSite &o, const NetworkSite *before)
{
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::NetworkSite)))
        return failure;
    if (Outcome failure = refused(rules::vlanIdsAreValid(o.vlanIds)))
        return failure;
    const LogicalNetwork *network = m_parents.logicalNetwork(o.logicalNetworkId);
    if (!network)
        return refused(
                QCoreApplication::translate("ipam::ObjectValidator",
                                            "network site %1 needs an existing logical network")
                        .arg(quoted(o.name)));
    if (before && before->logicalNetworkId != o.logicalNetworkId)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "network site %1 cannot move to another logical network")
                               .arg(quoted(o.name)));
    const QPair<ObjectId, QString> name(o.logicalNetworkId, o.name);
    const bool surelyFree = !before && m_parents.siteNameSurelyFree(name);
    if (const auto other = surelyFree ? std::nullopt : m_store.siteByName(name.first, name.second);
        other && other->id != o.id)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "logical network %1 already has a network site named %2")
                               .arg(quoted(network->name), quoted(o.name)));
    m_parents.noteSiteName(name);
    m_parents.forget<NetworkSite>(o.id);
    return std::nullopt;
}

Outcome ObjectValidator::removable(const NetworkSite &o)
{
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("site_id = ?"), {o.id});
    if (subnets)
        return refused(QCoreApplication::translate(
                               "ipam::ObjectValidator",
                               "network site %1 still has %2 subnet(s); unassign them first")
                               .arg(quoted(o.name))
                               .arg(subnets));
    return std::nullopt;
}

Outcome ObjectValidator::prepare(VmNetwork &o, const VmNetwork *before)
{
    if (Outcome failure = refused(rules::nameIsValid(o.name, ObjectKind::VmNetwork)))
        return failure;
    const AddressSpace *customer = m_parents.space(o.spaceId);
    if (!customer || customer->type != AddressSpaceType::Customer)
        return refused(
                QCoreApplication::translate("ipam::ObjectValidator",
                                            "VM network %1 belongs in a customer address space")
                        .arg(quoted(o.name)));
    if (o.logicalNetworkId != 0) {
        const LogicalNetwork *network = m_parents.logicalNetwork(o.logicalNetworkId);
        if (!network)
            return refused(
                    QCoreApplication::translate("ipam::ObjectValidator",
                                                "VM network %1: its logical network does not exist")
                            .arg(quoted(o.name)));
        if (network->spaceId != customer->associatedProviderSpaceId)
            return refused(
                    QCoreApplication::translate(
                            "ipam::ObjectValidator",
                            "VM network %1: logical network %2 is not in the provider "
                            "address space of %3")
                            .arg(quoted(o.name), quoted(network->name), quoted(customer->name)));
    }
    // An update keeping its name in its space: it was unique and still is. A create in a space
    // this set created: only this set's VM networks can be there.
    const bool sameName = before && before->spaceId == o.spaceId && before->name == o.name;
    const bool newSpace = m_parents.isNewSpace(o.spaceId);
    if (!before && newSpace) {
        if (m_parents.newSpaceHasVmNetwork(o.spaceId, o.name))
            return refused(QCoreApplication::translate(
                                   "ipam::ObjectValidator",
                                   "address space %1 already has a VM network named %2")
                                   .arg(quoted(customer->name), quoted(o.name)));
    } else if (const auto other
               = sameName ? std::nullopt : m_store.vmNetworkByName(o.spaceId, o.name);
               other && other->id != o.id)
        return refused(
                QCoreApplication::translate("ipam::ObjectValidator",
                                            "address space %1 already has a VM network named %2")
                        .arg(quoted(customer->name), quoted(o.name)));
    if (newSpace)
        m_parents.noteNewSpaceVmNetwork(o.spaceId, o.name); // moved in by an update, too
    m_parents.forget<VmNetwork>(o.id);
    return std::nullopt;
}

Outcome ObjectValidator::removable(const VmNetwork &o)
{
    const qint64 subnets = m_store.count<Subnet>(QStringLiteral("vm_network_id = ?"), {o.id});
    if (subnets)
        return refused(QCoreApplication::translate("ipam::ObjectValidator",
                                                   "VM network %1 still has %2 subnet(s)")
                               .arg(quoted(o.name))
                               .arg(subnets));
    return std::nullopt;
}

} // namespace ipam
