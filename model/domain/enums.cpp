#include "enums.h"

#include <array>

namespace ipam {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(QStringView text,
                           const std::array<std::pair<const char *, Enum>, N> &table)
{
    for (const auto &[name, value] : table) {
        if (text.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return QStringLiteral("AddressSpace");
    case ObjectKind::LogicalNetwork:
        return QStringLiteral("LogicalNetwork");
    case ObjectKind::NetworkSite:
        return QStringLiteral("NetworkSite");
    case ObjectKind::VmNetwork:
        return QStringLiteral("VMNetwork");
    case ObjectKind::Block:
        return QStringLiteral("Block");
    case ObjectKind::Subnet:
        return QStringLiteral("Subnet");
    case ObjectKind::Range:
        return QStringLiteral("Range");
    case ObjectKind::Address:
        return QStringLiteral("Address");
    }
    return {};
}

QString displayName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return QStringLiteral("address space");
    case ObjectKind::LogicalNetwork:
        return QStringLiteral("logical network");
    case ObjectKind::NetworkSite:
        return QStringLiteral("network site");
    case ObjectKind::VmNetwork:
        return QStringLiteral("VM network");
    case ObjectKind::Block:
        return QStringLiteral("block");
    case ObjectKind::Subnet:
        return QStringLiteral("subnet");
    case ObjectKind::Range:
        return QStringLiteral("range");
    case ObjectKind::Address:
        return QStringLiteral("address");
    }
    return {};
}

QString toString(AddressSpaceType type)
{
    return type == AddressSpaceType::Provider ? QStringLiteral("ProviderAddressSpace")
                                              : QStringLiteral("CustomerAddressSpace");
}

QString toString(NetworkType type)
{
    switch (type) {
    case NetworkType::NonVirtualized:
        return QStringLiteral("NonVirtualized");
    case NetworkType::Provider:
        return QStringLiteral("Provider");
    case NetworkType::Customer:
        return QStringLiteral("Customer");
    }
    return {};
}

QString toString(IsolationMethod method)
{
    switch (method) {
    case IsolationMethod::None:
        return QString();
    case IsolationMethod::NVGRE:
        return QStringLiteral("NVGRE");
    case IsolationMethod::IPRewrite:
        return QStringLiteral("IPRewrite");
    }
    return {};
}

QString toString(VmNetworkIsolation isolation)
{
    switch (isolation) {
    case VmNetworkIsolation::NoIsolation:
        return QStringLiteral("NoIsolation");
    case VmNetworkIsolation::VLANNetwork:
        return QStringLiteral("VLANNetwork");
    case VmNetworkIsolation::WindowsNetworkVirtualization:
        return QStringLiteral("WindowsNetworkVirtualization");
    case VmNetworkIsolation::External:
        return QStringLiteral("External");
    }
    return {};
}

QString toString(AssignmentType type)
{
    switch (type) {
    case AssignmentType::Static:
        return QStringLiteral("Static");
    case AssignmentType::Dynamic:
        return QStringLiteral("Dynamic");
    case AssignmentType::Auto:
        return QStringLiteral("Auto");
    case AssignmentType::Reserved:
        return QStringLiteral("Reserved");
    case AssignmentType::VIP:
        return QStringLiteral("VIP");
    }
    return {};
}

QString toString(UtilizationStatus status)
{
    switch (status) {
    case UtilizationStatus::Under:
        return QStringLiteral("Under");
    case UtilizationStatus::Optimal:
        return QStringLiteral("Optimal");
    case UtilizationStatus::Over:
        return QStringLiteral("Over");
    }
    return {};
}

std::optional<ObjectKind> objectKindFromString(QStringView text)
{
    static constexpr std::array<std::pair<const char *, ObjectKind>, 8> table{{
            {"AddressSpace", ObjectKind::AddressSpace},
            {"LogicalNetwork", ObjectKind::LogicalNetwork},
            {"NetworkSite", ObjectKind::NetworkSite},
            {"VMNetwork", ObjectKind::VmNetwork},
            {"Block", ObjectKind::Block},
            {"Subnet", ObjectKind::Subnet},
            {"Range", ObjectKind::Range},
            {"Address", ObjectKind::Address},
    }};
    return lookup(text, table);
}

std::optional<AddressSpaceType> addressSpaceTypeFromString(QStringView text)
{
    static constexpr std::array<std::pair<const char *, AddressSpaceType>, 4> table{{
            {"ProviderAddressSpace", AddressSpaceType::Provider},
            {"CustomerAddressSpace", AddressSpaceType::Customer},
            {"provider", AddressSpaceType::Provider},
            {"customer", AddressSpaceType::Customer},
    }};
    return lookup(text, table);
}

std::optional<NetworkType> networkTypeFromString(QStringView text)
{
    static constexpr std::array<std::pair<const char *, NetworkType>, 3> table{{
            {"NonVirtualized", NetworkType::NonVirtualized},
            {"Provider", NetworkType::Provider},
            {"Customer", NetworkType::Customer},
    }};
    return lookup(text, table);
}

std::optional<IsolationMethod> isolationMethodFromString(QStringView text)
{
    static constexpr std::array<std::pair<const char *, IsolationMethod>, 2> table{{
            {"NVGRE", IsolationMethod::NVGRE},
            {"IPRewrite", IsolationMethod::IPRewrite},
    }};
    if (text.isEmpty())
        return IsolationMethod::None;
    return lookup(text, table);
}

std::optional<VmNetworkIsolation> vmNetworkIsolationFromString(QStringView text)
{
    static constexpr std::array<std::pair<const char *, VmNetworkIsolation>, 4> table{{
            {"NoIsolation", VmNetworkIsolation::NoIsolation},
            {"External", VmNetworkIsolation::External},
            {"VLANNetwork", VmNetworkIsolation::VLANNetwork},
            {"WindowsNetworkVirtualization", VmNetworkIsolation::WindowsNetworkVirtualization},
    }};
    return lookup(text, table);
}

std::optional<AssignmentType> assignmentTypeFromString(QStringView text)
{
    static constexpr std::array<std::pair<const char *, AssignmentType>, 5> table{{
            {"Static", AssignmentType::Static},
            {"Dynamic", AssignmentType::Dynamic},
            {"Auto", AssignmentType::Auto},
            {"Reserved", AssignmentType::Reserved},
            {"VIP", AssignmentType::VIP},
    }};
    return lookup(text, table);
}

} // namespace ipam
