#include "userrole.h"

namespace ipam {

namespace {

OperationSet groupsOf(std::initializer_list<OperationGroup> groups)
{
    OperationSet set;
    for (OperationGroup g : groups)
        set |= OperationSet::of(g);
    return set;
}

} // namespace

const QList<UserRole> &builtInRoles()
{
    using G = OperationGroup;
    static const QList<UserRole> roles = [] {
        OperationSet addressSpace
                = groupsOf({G::AddressSpaceOperations, G::VirtualizedAddressSpaceOperations,
                            G::AddressBlockOperations, G::AddressSubnetOperations,
                            G::AddressRangeOperations, G::AddressOperations});
        addressSpace.insert(Operation::ImportAddressSpace);
        addressSpace.insert(Operation::ExportAddressSpace);
        addressSpace.insert(Operation::ViewAuditLog);
        addressSpace.insert(Operation::RunVmmSynchronization);
        const OperationSet dhcp = groupsOf(
                {G::DhcpServerOperations, G::DhcpScopeOperations, G::DhcpReservationOperations});
        const OperationSet dns = groupsOf({G::DnsZoneOperations, G::DnsRecordOperations});
        OperationSet servers = dhcp;
        servers |= dns;
        return QList<UserRole>{
                {0, builtinroles::administrator,
                 QStringLiteral("Manages all settings and objects in IPAM"), OperationSet::all(),
                 true},
                {0, builtinroles::asmAdministrator,
                 QStringLiteral("Completely manages IP addresses"), addressSpace, true},
                {0, builtinroles::msmAdministrator,
                 QStringLiteral("Completely manages DHCP and DNS servers"), servers, true},
                {0, builtinroles::ipAddressRecordAdministrator,
                 QStringLiteral("Manages IP addresses but not IP address spaces, ranges, blocks, "
                                "or subnets."),
                 OperationSet::of(G::AddressOperations), true},
                {0, builtinroles::dnsRecordAdministrator,
                 QStringLiteral("Manages DNS resource records"),
                 OperationSet::of(G::DnsRecordOperations), true},
                {0, builtinroles::dhcpAdministrator,
                 QStringLiteral("Completely manages DHCP servers"), dhcp, true},
                {0, builtinroles::dhcpScopeAdministrator, QStringLiteral("Manages DHCP scopes"),
                 OperationSet::of(G::DhcpScopeOperations), true},
                {0, builtinroles::dhcpReservationsAdministrator,
                 QStringLiteral("Manages DHCP reservations"),
                 OperationSet::of(G::DhcpReservationOperations), true},
        };
    }();
    return roles;
}

const UserRole *builtInRole(const QString &name)
{
    for (const UserRole &role : builtInRoles()) {
        if (role.name.compare(name, Qt::CaseInsensitive) == 0)
            return &role;
    }
    return nullptr;
}

} // namespace ipam
