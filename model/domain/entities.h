#pragma once

#include "address/addresscount.h"
#include "address/ipaddress.h"
#include "address/prefix.h"
#include "domain/enums.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

// The objects of IPAM's address space as plain values. Field names follow the IpamServer
// PowerShell module's properties (Name, NetworkId, VmmLogicalNetwork, ...); references to
// other objects are integer ids, resolved to names only for display and file formats.
// Every object carries `version`, bumped on each write, for optimistic concurrency.

namespace ipam {

using ObjectId = qint64;

// Fields every stored object has.
struct StoredObject
{
    ObjectId id = 0;
    qint64 version = 0;
    qint64 lastModifiedMs = 0; // UTC milliseconds since the epoch (LastModifiedTime)
    // The object's effective access scope (AccessScopePath), as the store keeps it on every
    // row, and whether it follows its parent's (IsInheritedAccessScope). Read by the store;
    // the write path never writes them (AccessControlStore::setAccessScope does, and the
    // database's triggers keep inherited ones in step). 0 = not read from the store.
    ObjectId accessScopeId = 0;
    bool accessScopeInherited = true;
};

struct AddressSpace : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::AddressSpace;
    static inline const QString defaultName = QStringLiteral("Default");

    QString name;
    AddressSpaceType type = AddressSpaceType::Provider;
    QString owner;
    QString description;
    ObjectId associatedProviderSpaceId = 0; // customer spaces only
    QString tenant;
    QString vmNetwork; // the VM network's name, as IPAM shows it
    IsolationMethod isolationMethod = IsolationMethod::None;
    QString customConfiguration;

    bool isDefault() const { return name == defaultName; }
};

// A VMM logical network, held in one provider address space.
struct LogicalNetwork : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::LogicalNetwork;
    ObjectId spaceId = 0;
    QString name;
    QString description;
    bool networkVirtualizationEnabled = false;
    QString remoteId; // VMM ID/StampId once synchronized
};

// A VMM logical network definition: part of one logical network, with VLANs and a host group.
struct NetworkSite : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::NetworkSite;
    ObjectId logicalNetworkId = 0;
    QString name;
    QList<int> vlanIds;
    QString hostGroup;
    QString remoteId;
};

// A VMM VM network: the network of a customer (tenant) address space, on a logical network.
struct VmNetwork : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::VmNetwork;
    ObjectId spaceId = 0; // the customer address space
    ObjectId logicalNetworkId = 0;
    QString name;
    QString description;
    VmNetworkIsolation isolation = VmNetworkIsolation::WindowsNetworkVirtualization;
    QString remoteId;
};

struct Block : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::Block;
    ObjectId spaceId = 0;
    Prefix networkId;
    IpAddress startAddress; // defaults to networkId.first()
    IpAddress endAddress;   // defaults to networkId.last()
    QString rir;
    QString owner;
    QString description;
};

struct Subnet : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::Subnet;
    ObjectId spaceId = 0;
    Prefix networkId;
    QString name;
    NetworkType networkType = NetworkType::NonVirtualized;
    ObjectId logicalNetworkId = 0; // VmmLogicalNetwork, 0 = unassigned
    ObjectId siteId = 0;           // NetworkSite, 0 = none
    ObjectId vmNetworkId = 0;      // customer subnets: the VM network they belong to
    QList<int> vlanIds;
    std::optional<quint32> virtualSubnetId;
    QString owner;
    QString description;
    QString customConfiguration;
    // Kept by the write path as ranges and addresses change, so that a million rows can be
    // listed without aggregating their children.
    AddressCount assignedAddresses; // addresses covered by the subnet's ranges
    qint64 utilizedAddresses = 0;   // address records in the subnet
};

struct Range : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::Range;
    ObjectId spaceId = 0;
    ObjectId subnetId = 0;
    IpAddress startAddress;
    IpAddress endAddress;
    QString managedByService = QStringLiteral("IPAM");
    QString serviceInstance = QStringLiteral("Localhost");
    AssignmentType assignmentType = AssignmentType::Static;
    QString owner;
    QString description;
    QList<QString> reservedAddresses;
    QList<QString> vips;
    QList<QString> gateways;
    QList<QString> dnsServers;
    QString remoteId;
    qint64 utilizedAddresses = 0; // address records in the range
};

struct Address : StoredObject
{
    static constexpr ObjectKind kind = ObjectKind::Address;
    ObjectId spaceId = 0;
    ObjectId subnetId = 0;
    ObjectId rangeId = 0; // 0 = unmapped
    IpAddress ipAddress;
    QString macAddress;
    QString deviceName;
    QString deviceType = QStringLiteral("Host");
    AssignmentType assignmentType = AssignmentType::Static;
    QString ipAddressState = QStringLiteral("In-Use");
    QString managedByService = QStringLiteral("IPAM");
    QString serviceInstance = QStringLiteral("Localhost");
    QString owner;
    QString description;
};

using AnyObject = std::variant<AddressSpace, LogicalNetwork, NetworkSite, VmNetwork, Block, Subnet,
                               Range, Address>;

inline ObjectKind kindOf(const AnyObject &object)
{
    return std::visit([](const auto &o) { return std::decay_t<decltype(o)>::kind; }, object);
}

inline const StoredObject &storedPart(const AnyObject &object)
{
    return std::visit([](const auto &o) -> const StoredObject & { return o; }, object);
}

inline StoredObject &storedPart(AnyObject &object)
{
    return std::visit([](auto &o) -> StoredObject & { return o; }, object);
}

// A reference to one stored object, as change events and audit rows carry it.
struct ObjectRef
{
    ObjectKind kind = ObjectKind::Subnet;
    ObjectId id = 0;
    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
};

} // namespace ipam
