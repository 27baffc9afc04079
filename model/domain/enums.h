#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The enumerations of IPAM's address-space objects, with the exact names the IpamServer
// PowerShell module prints (they are also the values in CSV files and ipamctl's JSON).

namespace ipam {

enum class ObjectKind : quint8 {
    AddressSpace,
    LogicalNetwork,
    NetworkSite,
    VmNetwork,
    Block,
    Subnet,
    Range,
    Address,
};
inline constexpr int objectKindCount = 8;

enum class AddressSpaceType : quint8 { Provider, Customer };
enum class NetworkType : quint8 { NonVirtualized, Provider, Customer };
enum class IsolationMethod : quint8 { None, NVGRE, IPRewrite };
// External: a VM network on a logical network's own addresses (SPF's fourth IsolationType).
enum class VmNetworkIsolation : quint8 {
    NoIsolation,
    VLANNetwork,
    WindowsNetworkVirtualization,
    External
};
enum class AssignmentType : quint8 { Static, Dynamic, Auto, Reserved, VIP };
enum class UtilizationStatus : quint8 { Under, Optimal, Over };

QString toString(ObjectKind kind);       // "Subnet", "LogicalNetwork", ...
QString displayName(ObjectKind kind);    // "subnet", "logical network", ... (for messages)
QString toString(AddressSpaceType type); // "ProviderAddressSpace" | "CustomerAddressSpace"
QString toString(NetworkType type);
QString toString(IsolationMethod method); // "" for None
QString toString(VmNetworkIsolation isolation);
QString toString(AssignmentType type);
QString toString(UtilizationStatus status);

// Parsing is case-insensitive, as PowerShell's enum binding is; short forms that admins
// type ("provider", "customer") are accepted where IPAM's own switches use them.
std::optional<ObjectKind> objectKindFromString(QStringView text);
std::optional<AddressSpaceType> addressSpaceTypeFromString(QStringView text);
std::optional<NetworkType> networkTypeFromString(QStringView text);
std::optional<IsolationMethod> isolationMethodFromString(QStringView text);
std::optional<VmNetworkIsolation> vmNetworkIsolationFromString(QStringView text);
std::optional<AssignmentType> assignmentTypeFromString(QStringView text);

} // namespace ipam
