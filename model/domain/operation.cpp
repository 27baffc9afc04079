#include "operation.h"

#include <QCoreApplication>

#include <array>

namespace ipam {

namespace {

using G = OperationGroup;
using O = Operation;

// The catalogue, in enum order (checked at compile time below).
constexpr std::array<OperationInfo, operationCount> catalogue{{
        {O::AddAddressSpace, "AddAddressSpace",
         QT_TRANSLATE_NOOP("ipam::Operation", "Add address space"), G::AddressSpaceOperations,
         false, false},
        {O::EditAddressSpace, "EditAddressSpace",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit address space"), G::AddressSpaceOperations,
         false, false},
        {O::DeleteAddressSpace, "DeleteAddressSpace",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete address space"), G::AddressSpaceOperations,
         false, false},
        {O::AddLogicalNetwork, "AddLogicalNetwork",
         QT_TRANSLATE_NOOP("ipam::Operation", "Add logical network"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::EditLogicalNetwork, "EditLogicalNetwork",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit logical network"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::DeleteLogicalNetwork, "DeleteLogicalNetwork",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete logical network"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::AddNetworkSite, "AddNetworkSite",
         QT_TRANSLATE_NOOP("ipam::Operation", "Add network site"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::EditNetworkSite, "EditNetworkSite",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit network site"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::DeleteNetworkSite, "DeleteNetworkSite",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete network site"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::AddVmNetwork, "AddVMNetwork", QT_TRANSLATE_NOOP("ipam::Operation", "Add VM network"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::EditVmNetwork, "EditVMNetwork", QT_TRANSLATE_NOOP("ipam::Operation", "Edit VM network"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::DeleteVmNetwork, "DeleteVMNetwork",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete VM network"),
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::AddBlock, "AddBlock", QT_TRANSLATE_NOOP("ipam::Operation", "Add block"),
         G::AddressBlockOperations, false, false},
        {O::EditBlock, "EditBlock", QT_TRANSLATE_NOOP("ipam::Operation", "Edit block"),
         G::AddressBlockOperations, false, false},
        {O::DeleteBlock, "DeleteBlock", QT_TRANSLATE_NOOP("ipam::Operation", "Delete block"),
         G::AddressBlockOperations, false, false},
        {O::AddSubnet, "AddSubnet", QT_TRANSLATE_NOOP("ipam::Operation", "Add subnet"),
         G::AddressSubnetOperations, false, false},
        {O::EditSubnet, "EditSubnet", QT_TRANSLATE_NOOP("ipam::Operation", "Edit subnet"),
         G::AddressSubnetOperations, false, false},
        {O::DeleteSubnet, "DeleteSubnet", QT_TRANSLATE_NOOP("ipam::Operation", "Delete subnet"),
         G::AddressSubnetOperations, false, false},
        {O::AssignSubnet, "AssignSubnet", QT_TRANSLATE_NOOP("ipam::Operation", "Assign subnet"),
         G::AddressSubnetOperations, false, false},
        {O::AddRange, "AddRange", QT_TRANSLATE_NOOP("ipam::Operation", "Add range"),
         G::AddressRangeOperations, false, false},
        {O::EditRange, "EditRange", QT_TRANSLATE_NOOP("ipam::Operation", "Edit range"),
         G::AddressRangeOperations, false, false},
        {O::DeleteRange, "DeleteRange", QT_TRANSLATE_NOOP("ipam::Operation", "Delete range"),
         G::AddressRangeOperations, false, false},
        {O::AddAddress, "AddAddress", QT_TRANSLATE_NOOP("ipam::Operation", "Add address"),
         G::AddressOperations, false, false},
        {O::EditAddress, "EditAddress", QT_TRANSLATE_NOOP("ipam::Operation", "Edit address"),
         G::AddressOperations, false, false},
        {O::DeleteAddress, "DeleteAddress", QT_TRANSLATE_NOOP("ipam::Operation", "Delete address"),
         G::AddressOperations, false, false},
        {O::SetAccessScope, "SetAccessScope",
         QT_TRANSLATE_NOOP("ipam::Operation", "Set access scope"), G::AccessScopeOperations, true,
         false},
        {O::AddAccessScope, "AddAccessScope",
         QT_TRANSLATE_NOOP("ipam::Operation", "Add access scope"), G::AccessScopeOperations, true,
         false},
        {O::EditAccessScope, "EditAccessScope",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit access scope"), G::AccessScopeOperations, true,
         false},
        {O::DeleteAccessScope, "DeleteAccessScope",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete access scope"), G::AccessScopeOperations,
         true, false},
        {O::AddRole, "AddRole", QT_TRANSLATE_NOOP("ipam::Operation", "Add role"),
         G::UserRoleOperations, true, false},
        {O::EditRole, "EditRole", QT_TRANSLATE_NOOP("ipam::Operation", "Edit role"),
         G::UserRoleOperations, true, false},
        {O::DeleteRole, "DeleteRole", QT_TRANSLATE_NOOP("ipam::Operation", "Delete role"),
         G::UserRoleOperations, true, false},
        {O::AddAccessPolicy, "AddAccessPolicy",
         QT_TRANSLATE_NOOP("ipam::Operation", "Add access policy"), G::AccessPolicyOperations, true,
         false},
        {O::EditAccessPolicy, "EditAccessPolicy",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit access policy"), G::AccessPolicyOperations,
         true, false},
        {O::DeleteAccessPolicy, "DeleteAccessPolicy",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete access policy"), G::AccessPolicyOperations,
         true, false},
        {O::ImportAddressSpace, "ImportAddressSpace",
         QT_TRANSLATE_NOOP("ipam::Operation", "Import address space data"),
         G::ImportExportOperations, false, true},
        {O::ExportAddressSpace, "ExportAddressSpace",
         QT_TRANSLATE_NOOP("ipam::Operation", "Export address space data"),
         G::ImportExportOperations, false, true},
        {O::ViewAuditLog, "ViewAuditLog", QT_TRANSLATE_NOOP("ipam::Operation", "View audit log"),
         G::AuditOperations, false, true},
        {O::PurgeAuditLog, "PurgeAuditLog", QT_TRANSLATE_NOOP("ipam::Operation", "Purge audit log"),
         G::AuditOperations, true, false},
        {O::RunVmmSynchronization, "RunVmmSynchronization",
         QT_TRANSLATE_NOOP("ipam::Operation", "Run VMM synchronization"),
         G::VmmSynchronizationOperations, false, true},
        {O::EditVmmConnection, "EditVmmConnection",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit VMM connection"),
         G::VmmSynchronizationOperations, true, false},
        {O::EditSettings, "EditSettings", QT_TRANSLATE_NOOP("ipam::Operation", "Edit settings"),
         G::SettingsOperations, true, false},
        {O::EditDhcpServer, "EditDhcpServer",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit DHCP server"), G::DhcpServerOperations, false,
         false},
        {O::AddDhcpScope, "AddDhcpScope", QT_TRANSLATE_NOOP("ipam::Operation", "Add DHCP scope"),
         G::DhcpScopeOperations, false, false},
        {O::EditDhcpScope, "EditDhcpScope", QT_TRANSLATE_NOOP("ipam::Operation", "Edit DHCP scope"),
         G::DhcpScopeOperations, false, false},
        {O::DeleteDhcpScope, "DeleteDhcpScope",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete DHCP scope"), G::DhcpScopeOperations, false,
         false},
        {O::AddDhcpReservation, "AddDhcpReservation",
         QT_TRANSLATE_NOOP("ipam::Operation", "Add DHCP reservation"), G::DhcpReservationOperations,
         false, false},
        {O::EditDhcpReservation, "EditDhcpReservation",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit DHCP reservation"),
         G::DhcpReservationOperations, false, false},
        {O::DeleteDhcpReservation, "DeleteDhcpReservation",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete DHCP reservation"),
         G::DhcpReservationOperations, false, false},
        {O::EditDnsZone, "EditDnsZone", QT_TRANSLATE_NOOP("ipam::Operation", "Edit DNS zone"),
         G::DnsZoneOperations, false, false},
        {O::AddDnsRecord, "AddDnsRecord",
         QT_TRANSLATE_NOOP("ipam::Operation", "Add DNS resource record"), G::DnsRecordOperations,
         false, false},
        {O::EditDnsRecord, "EditDnsRecord",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit DNS resource record"), G::DnsRecordOperations,
         false, false},
        {O::DeleteDnsRecord, "DeleteDnsRecord",
         QT_TRANSLATE_NOOP("ipam::Operation", "Delete DNS resource record"), G::DnsRecordOperations,
         false, false},
        {O::EditCustomFields, "EditCustomFields",
         QT_TRANSLATE_NOOP("ipam::Operation", "Edit custom fields"), G::SettingsOperations, false,
         false},
}};

constexpr bool catalogueIsInEnumOrder()
{
    for (int i = 0; i < operationCount; ++i) {
        if (int(catalogue[std::size_t(i)].operation) != i)
            return false;
    }
    return true;
}
static_assert(catalogueIsInEnumOrder(),
              "the operation catalogue must list every operation in "
              "enum order");

struct GroupInfo
{
    OperationGroup group;
    const char *key;
    const char *display;
};

constexpr std::array<GroupInfo, 18> groups{{
        {G::AccessPolicyOperations, "AccessPolicyOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "Access policy operations")},
        {G::AccessScopeOperations, "AccessScopeOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "Access scope operations")},
        {G::AddressBlockOperations, "AddressBlockOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "IP address block operations")},
        {G::AddressOperations, "AddressOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "IP address operations")},
        {G::AddressRangeOperations, "AddressRangeOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "IP address range operations")},
        {G::DhcpScopeOperations, "DhcpScopeOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "DHCP scope operations")},
        {G::AddressSpaceOperations, "AddressSpaceOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "IP address space operations")},
        {G::AddressSubnetOperations, "AddressSubnetOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "IP address subnet operations")},
        {G::VirtualizedAddressSpaceOperations, "VirtualizedAddressSpaceOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "Virtualized address space operations")},
        {G::UserRoleOperations, "UserRoleOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "User role operations")},
        {G::ImportExportOperations, "ImportExportOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "Import and export operations")},
        {G::AuditOperations, "AuditOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "Audit operations")},
        {G::VmmSynchronizationOperations, "VmmSynchronizationOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "VMM synchronization operations")},
        {G::SettingsOperations, "SettingsOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "Settings operations")},
        {G::DhcpServerOperations, "DhcpServerOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "DHCP server operations")},
        {G::DhcpReservationOperations, "DhcpReservationOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "DHCP reservation operations")},
        {G::DnsZoneOperations, "DnsZoneOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "DNS zone operations")},
        {G::DnsRecordOperations, "DnsRecordOperations",
         QT_TRANSLATE_NOOP("ipam::Operation", "DNS resource record operations")},
}};

const GroupInfo &groupInfo(OperationGroup group)
{
    for (const GroupInfo &info : groups) {
        if (info.group == group)
            return info;
    }
    return groups.front();
}

} // namespace

const OperationInfo &operationInfo(Operation operation)
{
    return catalogue[std::size_t(operation)];
}

const QList<Operation> &allOperations()
{
    static const QList<Operation> list = [] {
        QList<Operation> l;
        for (const OperationInfo &info : catalogue)
            l.append(info.operation);
        return l;
    }();
    return list;
}

QList<Operation> operationsOf(OperationGroup group)
{
    QList<Operation> list;
    for (const OperationInfo &info : catalogue) {
        if (info.group == group)
            list.append(info.operation);
    }
    return list;
}

Operation operationFor(ChangeOp op, ObjectKind kind)
{
    static constexpr Operation table[objectKindCount][3] = {
            {O::AddAddressSpace, O::EditAddressSpace, O::DeleteAddressSpace},
            {O::AddLogicalNetwork, O::EditLogicalNetwork, O::DeleteLogicalNetwork},
            {O::AddNetworkSite, O::EditNetworkSite, O::DeleteNetworkSite},
            {O::AddVmNetwork, O::EditVmNetwork, O::DeleteVmNetwork},
            {O::AddBlock, O::EditBlock, O::DeleteBlock},
            {O::AddSubnet, O::EditSubnet, O::DeleteSubnet},
            {O::AddRange, O::EditRange, O::DeleteRange},
            {O::AddAddress, O::EditAddress, O::DeleteAddress},
    };
    return table[int(kind)][int(op)];
}

QString toString(Operation operation)
{
    return QString::fromLatin1(operationInfo(operation).display);
}

QString operationKey(Operation operation)
{
    return QString::fromLatin1(operationInfo(operation).key);
}

std::optional<Operation> operationFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const OperationInfo &info : catalogue) {
        if (trimmed.compare(QLatin1StringView(info.key), Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1StringView(info.display), Qt::CaseInsensitive) == 0)
            return info.operation;
    }
    return std::nullopt;
}

const QList<OperationGroup> &allOperationGroups()
{
    static const QList<OperationGroup> list = [] {
        QList<OperationGroup> l;
        for (const GroupInfo &info : groups)
            l.append(info.group);
        return l;
    }();
    return list;
}

QString toString(OperationGroup group)
{
    return QString::fromLatin1(groupInfo(group).key);
}

QString displayName(OperationGroup group)
{
    return QCoreApplication::translate("ipam::Operation", groupInfo(group).display);
}

QString displayName(Operation operation)
{
    return QCoreApplication::translate("ipam::Operation", operationInfo(operation).display);
}

std::optional<OperationGroup> operationGroupFromString(QStringView text)
{
    for (const GroupInfo &info : groups) {
        if (text.compare(QLatin1StringView(info.key), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1StringView(info.display), Qt::CaseInsensitive) == 0)
            return info.group;
    }
    return std::nullopt;
}

OperationSet OperationSet::of(OperationGroup group)
{
    OperationSet set;
    for (Operation o : operationsOf(group))
        set.insert(o);
    return set;
}

QList<Operation> OperationSet::toList() const
{
    QList<Operation> list;
    for (int i = 0; i < operationCount; ++i) {
        if (m_bits.test(std::size_t(i)))
            list.append(Operation(i));
    }
    return list;
}

} // namespace ipam
