#include "importcolumns.h"

namespace ipam {

namespace {

QString key(const QString &name)
{
    QString k;
    for (QChar c : name) {
        if (c != u' ' && c != u'_')
            k.append(c.toLower());
    }
    return k;
}

QList<ImportColumns::Column> common()
{
    return {{QStringLiteral("AddressSpace"), {}, false},
            {QStringLiteral("ProviderAddressSpace"), {}, false},
            {QStringLiteral("CustomerAddressSpace"), {}, false},
            {QStringLiteral("NetworkType"), {}, false},
            {QStringLiteral("Owner"), {}, false},
            {QStringLiteral("Description"), {}, false}};
}

} // namespace

QList<ImportColumns::Column> ImportColumns::of(ObjectKind kind)
{
    QList<Column> columns = common();
    switch (kind) {
    case ObjectKind::Subnet:
        columns += {{QStringLiteral("NetworkId"), {QStringLiteral("Network")}, true},
                    {QStringLiteral("Name"), {}, false},
                    {QStringLiteral("VmmLogicalNetwork"), {}, false},
                    {QStringLiteral("NetworkSite"), {}, false},
                    {QStringLiteral("VMNetwork"), {}, false},
                    {QStringLiteral("VlanId"), {}, false},
                    {QStringLiteral("VirtualSubnetId"), {}, false},
                    {QStringLiteral("CustomConfiguration"), {}, false}};
        break;
    case ObjectKind::Range:
        columns += {{QStringLiteral("StartAddress"), {QStringLiteral("StartIPAddress")}, true},
                    {QStringLiteral("EndAddress"), {QStringLiteral("EndIPAddress")}, true},
                    {QStringLiteral("NetworkId"), {QStringLiteral("Network")}, false},
                    {QStringLiteral("ManagedByService"), {}, false},
                    {QStringLiteral("ServiceInstance"), {}, false},
                    {QStringLiteral("AssignmentType"), {}, false},
                    {QStringLiteral("ReservedAddress"), {}, false},
                    {QStringLiteral("VIP"), {}, false},
                    {QStringLiteral("Gateway"), {}, false},
                    {QStringLiteral("DnsServer"), {}, false}};
        break;
    case ObjectKind::Address:
        columns += {{QStringLiteral("IpAddress"), {}, true},
                    {QStringLiteral("MacAddress"), {}, false},
                    {QStringLiteral("DeviceName"), {}, false},
                    {QStringLiteral("DeviceType"), {}, false},
                    {QStringLiteral("AssignmentType"), {}, false},
                    {QStringLiteral("IpAddressState"), {}, false},
                    {QStringLiteral("ManagedByService"), {}, false},
                    {QStringLiteral("ServiceInstance"), {}, false}};
        break;
    default:
        return {};
    }
    return columns;
}

QString ImportColumns::propertyFor(ObjectKind kind, const QString &header)
{
    const QString k = key(header);
    for (const Column &column : of(kind)) {
        if (key(column.property) == k)
            return column.property;
        for (const QString &other : column.otherNames) {
            if (key(other) == k)
                return column.property;
        }
    }
    return {};
}

QStringList ImportColumns::missing(ObjectKind kind, const QStringList &header)
{
    QStringList result;
    for (const Column &column : of(kind)) {
        if (!column.required)
            continue;
        bool found = false;
        for (const QString &field : header)
            found = found || propertyFor(kind, field) == column.property;
        if (!found)
            result.append(column.property);
    }
    return result;
}

} // namespace ipam
