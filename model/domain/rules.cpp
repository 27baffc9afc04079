#include "rules.h"

#include "domain/gateway.h"
#include "domain/printabletext.h"
#include <QCoreApplication>

namespace ipam::rules {

namespace {
QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The kind in the user's language; displayName() stays English for labels and keys.
QString kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return QCoreApplication::translate("ipam::rules", "address space");
    case ObjectKind::LogicalNetwork:
        return QCoreApplication::translate("ipam::rules", "logical network");
    case ObjectKind::NetworkSite:
        return QCoreApplication::translate("ipam::rules", "network site");
    case ObjectKind::VmNetwork:
        return QCoreApplication::translate("ipam::rules", "VM network");
    case ObjectKind::Block:
        return QCoreApplication::translate("ipam::rules", "block");
    case ObjectKind::Subnet:
        return QCoreApplication::translate("ipam::rules", "subnet");
    case ObjectKind::Range:
        return QCoreApplication::translate("ipam::rules", "range");
    case ObjectKind::Address:
        return QCoreApplication::translate("ipam::rules", "address");
    }
    return displayName(kind);
}
} // namespace

NetworkType defaultNetworkType(const AddressSpace &space)
{
    if (space.type == AddressSpaceType::Customer)
        return NetworkType::Customer;
    return space.isDefault() ? NetworkType::NonVirtualized : NetworkType::Provider;
}

Verdict networkTypeFitsSpace(NetworkType type, const AddressSpace &space)
{
    const bool fits = space.type == AddressSpaceType::Customer
            ? type == NetworkType::Customer
            : (type == NetworkType::Provider
               || (type == NetworkType::NonVirtualized && space.isDefault()));
    if (fits)
        return Verdict::allowed();
    return Verdict::refused(
            QCoreApplication::translate("ipam::rules",
                                        "network type %1 does not fit address space %2 (%3)")
                    .arg(toString(type), quoted(space.name), toString(space.type)));
}

Verdict networkTypeChange(NetworkType from, NetworkType to)
{
    if (from == to || (from != NetworkType::Customer && to != NetworkType::Customer))
        return Verdict::allowed();
    return Verdict::refused(
            QCoreApplication::translate("ipam::rules", "network type cannot change from %1 to %2")
                    .arg(toString(from), toString(to)));
}

Verdict textIsPrintable(QStringView text, const QString &what)
{
    const qsizetype at = firstUnsafeCharacter(text);
    if (at < 0)
        return Verdict::allowed();
    const char16_t c = text[at].unicode();
    const bool bidi = c >= 0x202A;
    return Verdict::refused(
            QCoreApplication::translate("ipam::rules", "%1 %2 holds %3 %4 at character %5")
                    .arg(what, quoted(printableText(text)),
                         bidi ? QCoreApplication::translate("ipam::rules",
                                                            "the bidirectional control")
                              : QCoreApplication::translate("ipam::rules", "the control character"),
                         codePointName(c))
                    .arg(at + 1));
}

Verdict nameIsValid(const QString &name, ObjectKind kind)
{
    if (name.trimmed().isEmpty())
        return Verdict::refused(QCoreApplication::translate("ipam::rules", "a %1 needs a name")
                                        .arg(kindName(kind)));
    if (Verdict printable = textIsPrintable(
                name, QCoreApplication::translate("ipam::rules", "%1 name").arg(kindName(kind)));
        !printable)
        return printable;
    if (name != name.trimmed())
        return Verdict::refused(QCoreApplication::translate(
                                        "ipam::rules", "%1 name %2 has leading or trailing spaces")
                                        .arg(kindName(kind), quoted(name)));
    if (name.size() > 255)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules", "%1 name is longer than 255 characters")
                        .arg(kindName(kind)));
    return Verdict::allowed();
}

Verdict addressSpaceIsValid(const AddressSpace &space, const AddressSpace *associatedProvider)
{
    if (Verdict name = nameIsValid(space.name, ObjectKind::AddressSpace); !name)
        return name;
    if (space.type == AddressSpaceType::Provider) {
        if (space.associatedProviderSpaceId != 0)
            return Verdict::refused(
                    QCoreApplication::translate("ipam::rules",
                                                "provider address space %1 cannot have an "
                                                "associated provider address space")
                            .arg(quoted(space.name)));
        if (space.isolationMethod != IsolationMethod::None)
            return Verdict::refused(
                    QCoreApplication::translate("ipam::rules",
                                                "isolation method applies to customer "
                                                "address spaces only, not to %1")
                            .arg(quoted(space.name)));
        return Verdict::allowed();
    }
    if (space.isDefault())
        return Verdict::refused(QCoreApplication::translate(
                "ipam::rules", "address space \"Default\" is a provider space"));
    if (!associatedProvider)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules",
                                            "customer address space %1 needs an associated "
                                            "provider address space")
                        .arg(quoted(space.name)));
    if (associatedProvider->type != AddressSpaceType::Provider)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules",
                                            "%1 is a customer address space; a customer "
                                            "space must be associated with a provider space")
                        .arg(quoted(associatedProvider->name)));
    if (space.isolationMethod == IsolationMethod::None)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules",
                                            "customer address space %1 needs an isolation "
                                            "method (NVGRE or IPRewrite)")
                        .arg(quoted(space.name)));
    return Verdict::allowed();
}

Verdict vlanIdsAreValid(const QList<int> &vlanIds)
{
    for (int i = 0; i < vlanIds.size(); ++i) {
        const int vlan = vlanIds[i];
        if (vlan < 0 || vlan > 4094)
            return Verdict::refused(QCoreApplication::translate(
                                            "ipam::rules", "VLAN ID %1 is out of range (0..4094)")
                                            .arg(vlan));
        if (vlanIds.indexOf(vlan) != i)
            return Verdict::refused(
                    QCoreApplication::translate("ipam::rules", "VLAN ID %1 is listed twice")
                            .arg(vlan));
    }
    return Verdict::allowed();
}

Verdict subnetAssignment(const Subnet &subnet, const AddressSpace &subnetSpace,
                         const LogicalNetwork *logicalNetwork, const NetworkSite *site)
{
    const QString prefix = subnet.networkId.toString();
    if (!logicalNetwork) {
        if (site)
            return Verdict::refused(
                    QCoreApplication::translate("ipam::rules",
                                                "network site %1 needs its logical network")
                            .arg(quoted(site->name)));
        return Verdict::allowed();
    }
    if (subnetSpace.type == AddressSpaceType::Customer
        || subnet.networkType == NetworkType::Customer)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules",
                                            "subnet %1 is in customer address space %2; only "
                                            "provider subnets are assigned to logical networks")
                        .arg(prefix, quoted(subnetSpace.name)));
    if (logicalNetwork->spaceId != subnet.spaceId)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules",
                                            "logical network %1 belongs to another provider "
                                            "address space than subnet %2 (%3)")
                        .arg(quoted(logicalNetwork->name), prefix, quoted(subnetSpace.name)));
    if (site && site->logicalNetworkId != logicalNetwork->id)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules",
                                            "network site %1 is not a site of logical network %2")
                        .arg(quoted(site->name), quoted(logicalNetwork->name)));
    return Verdict::allowed();
}

Verdict customerSubnetPlacement(const Subnet &subnet, const VmNetwork *vmNetwork,
                                const QList<Prefix> &logicalNetworkSubnets)
{
    if (!vmNetwork || vmNetwork->logicalNetworkId == 0
        || vmNetwork->isolation == VmNetworkIsolation::WindowsNetworkVirtualization)
        return Verdict::allowed();
    for (const Prefix &allowed : logicalNetworkSubnets) {
        if (allowed.contains(subnet.networkId))
            return Verdict::allowed();
    }
    return Verdict::refused(
            QCoreApplication::translate("ipam::rules",
                                        "subnet %1 lies outside the subnets of VM network %2's "
                                        "logical network, which does not use network "
                                        "virtualization")
                    .arg(subnet.networkId.toString(), quoted(vmNetwork->name)));
}

Verdict normalizeGateways(Range &range)
{
    QList<QString> gateways;
    gateways.reserve(range.gateways.size());
    for (const QString &text : std::as_const(range.gateways)) {
        const Parsed<Gateway> gateway = Gateway::parse(text);
        if (!gateway)
            return Verdict::refused(gateway.error());
        if (gateway.value().address.family() != range.startAddress.family())
            return Verdict::refused(
                    QCoreApplication::translate("ipam::rules",
                                                "gateway \"%1\" is not of the range's family")
                            .arg(text));
        gateways.append(gateway.value().toString());
    }
    range.gateways = std::move(gateways);
    return Verdict::allowed();
}

Verdict rangeFitsSubnet(const Range &range, const Subnet &subnet)
{
    const QString text
            = range.startAddress.toString() + QLatin1Char('-') + range.endAddress.toString();
    if (range.startAddress.family() != range.endAddress.family())
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules", "range %1 mixes IPv4 and IPv6")
                        .arg(text));
    if (range.endAddress < range.startAddress)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules", "range %1 ends before it starts")
                        .arg(text));
    if (!subnet.networkId.contains(range.startAddress)
        || !subnet.networkId.contains(range.endAddress))
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules", "range %1 does not lie inside subnet %2")
                        .arg(text, subnet.networkId.toString()));
    return Verdict::allowed();
}

Verdict blockIsValid(const Block &block)
{
    const QString network = block.networkId.toString();
    if (!block.networkId.contains(block.startAddress)
        || !block.networkId.contains(block.endAddress))
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules",
                                            "block %1: start/end %2-%3 lie outside the network")
                        .arg(network, block.startAddress.toString(), block.endAddress.toString()));
    if (block.endAddress < block.startAddress)
        return Verdict::refused(
                QCoreApplication::translate("ipam::rules", "block %1 ends before it starts")
                        .arg(network));
    return Verdict::allowed();
}

} // namespace ipam::rules
