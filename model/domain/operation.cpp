#include "operation.h"

#include <array>

namespace ipam {

namespace {

using G = OperationGroup;
using O = Operation;

// The catalogue, in enum order (checked at compile time below).
constexpr std::array<OperationInfo, operationCount> catalogue{{
        {O::AddAddressSpace, "AddAddressSpace", "Add address space", G::AddressSpaceOperations,
         false, false},
        {O::EditAddressSpace, "EditAddressSpace", "Edit address space", G::AddressSpaceOperations,
         false, false},
        {O::DeleteAddressSpace, "DeleteAddressSpace", "Delete address space",
         G::AddressSpaceOperations, false, false},
        {O::AddLogicalNetwork, "AddLogicalNetwork", "Add logical network",
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::EditLogicalNetwork, "EditLogicalNetwork", "Edit logical network",
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::DeleteLogicalNetwork, "DeleteLogicalNetwork", "Delete logical network",
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::AddNetworkSite, "AddNetworkSite", "Add network site",
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::EditNetworkSite, "EditNetworkSite", "Edit network site",
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::DeleteNetworkSite, "DeleteNetworkSite", "Delete network site",
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::AddVmNetwork, "AddVMNetwork", "Add VM network", G::VirtualizedAddressSpaceOperations,
         false, false},
        {O::EditVmNetwork, "EditVMNetwork", "Edit VM network", G::VirtualizedAddressSpaceOperations,
         false, false},
        {O::DeleteVmNetwork, "DeleteVMNetwork", "Delete VM network",
         G::VirtualizedAddressSpaceOperations, false, false},
        {O::AddBlock, "AddBlock", "Add block", G::AddressBlockOperations, false, false},
        {O::EditBlock, "EditBlock", "Edit block", G::AddressBlockOperations, false, false},
        {O::DeleteBlock, "DeleteBlock", "Delete block", G::AddressBlockOperations, false, false},
        {O::AddSubnet, "AddSubnet", "Add subnet", G::AddressSubnetOperations, false, false},
        {O::EditSubnet, "EditSubnet", "Edit subnet", G::AddressSubnetOperations, false, false},
        {O::DeleteSubnet, "DeleteSubnet", "Delete subnet", G::AddressSubnetOperations, false,
         false},
        {O::AssignSubnet, "AssignSubnet", "Assign subnet", G::AddressSubnetOperations, false,
         false},
        {O::AddRange, "AddRange", "Add range", G::AddressRangeOperations, false, false},
        {O::EditRange, "EditRange", "Edit range", G::AddressRangeOperations, false, false},
        {O::DeleteRange, "DeleteRange", "Delete range", G::AddressRangeOperations, false, false},
        {O::AddAddress, "AddAddress", "Add address", G::AddressOperations, false, false},
        {O::EditAddress, "EditAddress", "Edit address", G::AddressOperations, false, false},
        {O::DeleteAddress, "DeleteAddress", "Delete address", G::AddressOperations, false, false},
        {O::SetAccessScope, "SetAccessScope", "Set access scope", G::AccessScopeOperations, true,
         false},
        {O::AddAccessScope, "AddAccessScope", "Add access scope", G::AccessScopeOperations, true,
         false},
        {O::EditAccessScope, "EditAccessScope", "Edit access scope", G::AccessScopeOperations, true,
         false},
        {O::DeleteAccessScope, "DeleteAccessScope", "Delete access scope", G::AccessScopeOperations,
         true, false},
        {O::AddRole, "AddRole", "Add role", G::UserRoleOperations, true, false},
        {O::EditRole, "EditRole", "Edit role", G::UserRoleOperations, true, false},
        {O::DeleteRole, "DeleteRole", "Delete role", G::UserRoleOperations, true, false},
        {O::AddAccessPolicy, "AddAccessPolicy", "Add access policy", G::AccessPolicyOperations,
         true, false},
        {O::EditAccessPolicy, "EditAccessPolicy", "Edit access policy", G::AccessPolicyOperations,
         true, false},
        {O::DeleteAccessPolicy, "DeleteAccessPolicy", "Delete access policy",
         G::AccessPolicyOperations, true, false},
        {O::ImportAddressSpace, "ImportAddressSpace", "Import address space data",
         G::ImportExportOperations, false, true},
        {O::ExportAddressSpace, "ExportAddressSpace", "Export address space data",
         G::ImportExportOperations, false, true},
        {O::ViewAuditLog, "ViewAuditLog", "View audit log", G::AuditOperations, false, true},
        {O::PurgeAuditLog, "PurgeAuditLog", "Purge audit log", G::AuditOperations, true, false},
        {O::RunVmmSynchronization, "RunVmmSynchronization", "Run VMM synchronization",
         G::VmmSynchronizationOperations, false, true},
        {O::EditVmmConnection, "EditVmmConnection", "Edit VMM connection",
         G::VmmSynchronizationOperations, true, false},
        {O::EditSettings, "EditSettings", "Edit settings", G::SettingsOperations, true, false},
        {O::EditDhcpServer, "EditDhcpServer", "Edit DHCP server", G::DhcpServerOperations, false,
         false},
        {O::AddDhcpScope, "AddDhcpScope", "Add DHCP scope", G::DhcpScopeOperations, false, false},
        {O::EditDhcpScope, "EditDhcpScope", "Edit DHCP scope", G::DhcpScopeOperations, false,
         false},
        {O::DeleteDhcpScope, "DeleteDhcpScope", "Delete DHCP scope", G::DhcpScopeOperations, false,
         false},
        {O::AddDhcpReservation, "AddDhcpReservation", "Add DHCP reservation",
         G::DhcpReservationOperations, false, false},
        {O::EditDhcpReservation, "EditDhcpReservation", "Edit DHCP reservation",
         G::DhcpReservationOperations, false, false},
        {O::DeleteDhcpReservation, "DeleteDhcpReservation", "Delete DHCP reservation",
         G::DhcpReservationOperations, false, false},
        {O::EditDnsZone, "EditDnsZone", "Edit DNS zone", G::DnsZoneOperations, false, false},
        {O::AddDnsRecord, "AddDnsRecord", "Add DNS resource record", G::DnsRecordOperations, false,
         false},
        {O::EditDnsRecord, "EditDnsRecord", "Edit DNS resource record", G::DnsRecordOperations,
         false, false},
        {O::DeleteDnsRecord, "DeleteDnsRecord", "Delete DNS resource record",
         G::DnsRecordOperations, false, false},
        {O::EditCustomFields, "EditCustomFields", "Edit custom fields", G::SettingsOperations,
         false, false},
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
        {G::AccessPolicyOperations, "AccessPolicyOperations", "Access policy operations"},
        {G::AccessScopeOperations, "AccessScopeOperations", "Access scope operations"},
        {G::AddressBlockOperations, "AddressBlockOperations", "IP address block operations"},
        {G::AddressOperations, "AddressOperations", "IP address operations"},
        {G::AddressRangeOperations, "AddressRangeOperations", "IP address range operations"},
        {G::DhcpScopeOperations, "DhcpScopeOperations", "DHCP scope operations"},
        {G::AddressSpaceOperations, "AddressSpaceOperations", "IP address space operations"},
        {G::AddressSubnetOperations, "AddressSubnetOperations", "IP address subnet operations"},
        {G::VirtualizedAddressSpaceOperations, "VirtualizedAddressSpaceOperations",
         "Virtualized address space operations"},
        {G::UserRoleOperations, "UserRoleOperations", "User role operations"},
        {G::ImportExportOperations, "ImportExportOperations", "Import and export operations"},
        {G::AuditOperations, "AuditOperations", "Audit operations"},
        {G::VmmSynchronizationOperations, "VmmSynchronizationOperations",
         "VMM synchronization operations"},
        {G::SettingsOperations, "SettingsOperations", "Settings operations"},
        {G::DhcpServerOperations, "DhcpServerOperations", "DHCP server operations"},
        {G::DhcpReservationOperations, "DhcpReservationOperations", "DHCP reservation operations"},
        {G::DnsZoneOperations, "DnsZoneOperations", "DNS zone operations"},
        {G::DnsRecordOperations, "DnsRecordOperations", "DNS resource record operations"},
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
    return QString::fromLatin1(groupInfo(group).display);
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
