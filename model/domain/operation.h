#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <bitset>
#include <optional>

namespace ipam {

enum class ChangeOp : quint8 { Create, Update, Remove };

// An operation group of IPAM's catalogue (MS-IPAMM2 2.2.5.70 ipam1:OperationGroup, and
// ADM_AdminOperationGroupsTable). The first six carry the protocol's own values; the rest of
// the protocol's enumeration is not retrievable here, so the remaining groups are named in
// IPAM's style ("<Object>Operations") and numbered after them.
enum class OperationGroup : quint8 {
    AccessPolicyOperations = 1,
    AccessScopeOperations = 2,
    AddressBlockOperations = 3,
    AddressOperations = 4,
    AddressRangeOperations = 5,
    DhcpScopeOperations = 6,
    // IPAM-style names (not from the protocol's table):
    AddressSpaceOperations,
    AddressSubnetOperations,
    VirtualizedAddressSpaceOperations, // VMM logical networks, network sites, VM networks
    UserRoleOperations,
    ImportExportOperations,
    AuditOperations,
    VmmSynchronizationOperations,
    SettingsOperations,
    DhcpServerOperations,
    DhcpReservationOperations,
    DnsZoneOperations,
    DnsRecordOperations,
};

// One kind of change or view that RBAC can grant. The write path asks the authorization hook
// for the operation of every change it applies (operationFor), so the catalogue is the one
// vocabulary shared by the write path, the console's enabled actions, ipamctl and the audit
// log. Roles store operations by their key (operationKey: "AddSubnet"), never by number, so
// the enum may grow anywhere; new values go at the end by habit.
//
// IPAM's complete operation list (MS-IPAMM2 3.1.1.1.36.1 ADM_AdminOperationsTable) is only in
// the protocol's PDF, which is not retrievable here: the operations below are named in IPAM's
// console style ("Add IP address subnet" -> "Add subnet") and grouped by the protocol's
// operation groups. The DHCP and DNS operations exist so that the built-in DHCP/DNS roles are
// what IPAM says they are; this product has no DHCP or DNS objects yet, so they grant nothing.
enum class Operation : quint16 {
    AddAddressSpace,
    EditAddressSpace,
    DeleteAddressSpace,
    AddLogicalNetwork,
    EditLogicalNetwork,
    DeleteLogicalNetwork,
    AddNetworkSite,
    EditNetworkSite,
    DeleteNetworkSite,
    AddVmNetwork,
    EditVmNetwork,
    DeleteVmNetwork,
    AddBlock,
    EditBlock,
    DeleteBlock,
    AddSubnet,
    EditSubnet,
    DeleteSubnet,
    AssignSubnet,
    AddRange,
    EditRange,
    DeleteRange,
    AddAddress,
    EditAddress,
    DeleteAddress,
    // Access control itself.
    SetAccessScope, // of an address space object ("Set Access Scope..."), checked in both scopes
    AddAccessScope,
    EditAccessScope, // rename, move
    DeleteAccessScope,
    AddRole,
    EditRole,
    DeleteRole,
    AddAccessPolicy,
    EditAccessPolicy,
    DeleteAccessPolicy,
    // Bulk and history.
    ImportAddressSpace, // CSV import of any address space object
    ExportAddressSpace,
    ViewAuditLog,
    PurgeAuditLog,
    // The virtualization manager.
    RunVmmSynchronization,
    EditVmmConnection,
    EditSettings, // utilization thresholds and other store-wide settings
    // DHCP and DNS (no objects in this product yet).
    EditDhcpServer,
    AddDhcpScope,
    EditDhcpScope,
    DeleteDhcpScope,
    AddDhcpReservation,
    EditDhcpReservation,
    DeleteDhcpReservation,
    EditDnsZone,
    AddDnsRecord,
    EditDnsRecord,
    DeleteDnsRecord,
    // Custom field definitions and their associations, and IP address range groups: the
    // store-wide vocabulary of Configure Custom Fields (checked in Global).
    EditCustomFields,
};
inline constexpr int operationCount = int(Operation::EditCustomFields) + 1;

// What the catalogue says about one operation (the columns of ADM_AdminOperationsTable).
struct OperationInfo
{
    Operation operation;
    const char *key;     // stable identifier, as stored and as ipamctl takes it: "AddSubnet"
    const char *display; // the console's words: "Add subnet"
    OperationGroup group;
    // Only IPAM Administrator Role may hold it; custom roles cannot include it.
    bool adminRoleOnly;
    // Checked without looking at an object's scope: granted by a policy in any scope (import,
    // export, the audit log, running a sync: each object they write is checked on its own).
    // Access control is NOT agnostic: a scope or policy is checked in the scope it concerns,
    // roles and store-wide settings in Global, so an administrator of Global/East cannot
    // grant himself Global.
    bool scopeAgnostic;
};

const OperationInfo &operationInfo(Operation operation);
const QList<Operation> &allOperations();
QList<Operation> operationsOf(OperationGroup group);

Operation operationFor(ChangeOp op, ObjectKind kind);
QString toString(
        Operation operation); // "Add subnet", "Assign subnet", ... (English: parsed, audited)
QString displayName(Operation operation);  // the same in the user's language, for display
QString operationKey(Operation operation); // "AddSubnet"
// Accepts the key or the display text, case-insensitively ("AddSubnet", "add subnet").
std::optional<Operation> operationFromString(QStringView text);

const QList<OperationGroup> &allOperationGroups();
QString toString(OperationGroup group);    // "AddressSubnetOperations"
QString displayName(OperationGroup group); // "IP address subnet operations", translated
std::optional<OperationGroup> operationGroupFromString(QStringView text);

// A set of operations: what a role holds. Plain value, cheap to copy and to test.
class OperationSet
{
public:
    OperationSet() = default;
    OperationSet(std::initializer_list<Operation> operations)
    {
        for (Operation o : operations)
            insert(o);
    }
    static OperationSet all()
    {
        OperationSet set;
        set.m_bits.set();
        return set;
    }
    static OperationSet of(OperationGroup group);

    bool contains(Operation o) const { return m_bits.test(std::size_t(o)); }
    void insert(Operation o) { m_bits.set(std::size_t(o)); }
    void remove(Operation o) { m_bits.reset(std::size_t(o)); }
    OperationSet &operator|=(const OperationSet &other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    int size() const { return int(m_bits.count()); }
    bool isEmpty() const { return m_bits.none(); }
    QList<Operation> toList() const;
    friend bool operator==(const OperationSet &, const OperationSet &) = default;

private:
    std::bitset<operationCount> m_bits;
};

} // namespace ipam
