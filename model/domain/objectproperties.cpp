#include "objectproperties.h"

#include <QJsonArray>

namespace ipam {

namespace {

QVariant idOrNull(ObjectId id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariant intList(const QList<int> &values)
{
    QVariantList list;
    for (int v : values)
        list.append(v);
    return list;
}

QVariant stringList(const QList<QString> &values)
{
    return QVariant(QStringList(values));
}

void common(PropertyList &p, const StoredObject &o)
{
    p.append({QStringLiteral("Id"), o.id});
    p.append({QStringLiteral("Version"), o.version});
}

struct Collect
{
    PropertyList p;

    void operator()(const AddressSpace &o)
    {
        common(p, o);
        p.append({QStringLiteral("Name"), o.name});
        p.append({QStringLiteral("Type"), toString(o.type)});
        p.append({QStringLiteral("Owner"), o.owner});
        p.append({QStringLiteral("Description"), o.description});
        p.append({QStringLiteral("AssociatedProviderAddressSpaceId"),
                  idOrNull(o.associatedProviderSpaceId)});
        p.append({QStringLiteral("Tenant"), o.tenant});
        p.append({QStringLiteral("VMNetwork"), o.vmNetwork});
        p.append({QStringLiteral("IsolationMethod"), toString(o.isolationMethod)});
        p.append({QStringLiteral("CustomConfiguration"), o.customConfiguration});
    }
    void operator()(const LogicalNetwork &o)
    {
        common(p, o);
        p.append({QStringLiteral("Name"), o.name});
        p.append({QStringLiteral("AddressSpaceId"), o.spaceId});
        p.append({QStringLiteral("Description"), o.description});
        p.append({QStringLiteral("NetworkVirtualizationEnabled"), o.networkVirtualizationEnabled});
        p.append({QStringLiteral("RemoteId"), o.remoteId});
    }
    void operator()(const NetworkSite &o)
    {
        common(p, o);
        p.append({QStringLiteral("Name"), o.name});
        p.append({QStringLiteral("VmmLogicalNetworkId"), o.logicalNetworkId});
        p.append({QStringLiteral("VlanId"), intList(o.vlanIds)});
        p.append({QStringLiteral("HostGroup"), o.hostGroup});
        p.append({QStringLiteral("RemoteId"), o.remoteId});
    }
    void operator()(const VmNetwork &o)
    {
        common(p, o);
        p.append({QStringLiteral("Name"), o.name});
        p.append({QStringLiteral("AddressSpaceId"), o.spaceId});
        p.append({QStringLiteral("VmmLogicalNetworkId"), idOrNull(o.logicalNetworkId)});
        p.append({QStringLiteral("Description"), o.description});
        p.append({QStringLiteral("IsolationType"), toString(o.isolation)});
        p.append({QStringLiteral("RemoteId"), o.remoteId});
    }
    void operator()(const Block &o)
    {
        common(p, o);
        p.append({QStringLiteral("NetworkId"), o.networkId.toString()});
        p.append({QStringLiteral("AddressSpaceId"), o.spaceId});
        p.append({QStringLiteral("StartIPAddress"), o.startAddress.toString()});
        p.append({QStringLiteral("EndIPAddress"), o.endAddress.toString()});
        p.append({QStringLiteral("Rir"), o.rir});
        p.append({QStringLiteral("Owner"), o.owner});
        p.append({QStringLiteral("Description"), o.description});
    }
    void operator()(const Subnet &o)
    {
        common(p, o);
        p.append({QStringLiteral("Name"), o.name});
        p.append({QStringLiteral("NetworkId"), o.networkId.toString()});
        p.append({QStringLiteral("NetworkType"), toString(o.networkType)});
        p.append({QStringLiteral("AddressSpaceId"), o.spaceId});
        p.append({QStringLiteral("VmmLogicalNetworkId"), idOrNull(o.logicalNetworkId)});
        p.append({QStringLiteral("NetworkSiteId"), idOrNull(o.siteId)});
        p.append({QStringLiteral("VMNetworkId"), idOrNull(o.vmNetworkId)});
        p.append({QStringLiteral("VlanId"), intList(o.vlanIds)});
        p.append({QStringLiteral("VirtualSubnetId"),
                  o.virtualSubnetId ? QVariant(qint64(*o.virtualSubnetId)) : QVariant()});
        p.append({QStringLiteral("Owner"), o.owner});
        p.append({QStringLiteral("Description"), o.description});
        p.append({QStringLiteral("CustomConfiguration"), o.customConfiguration});
    }
    void operator()(const Range &o)
    {
        common(p, o);
        p.append({QStringLiteral("StartAddress"), o.startAddress.toString()});
        p.append({QStringLiteral("EndAddress"), o.endAddress.toString()});
        p.append({QStringLiteral("AddressSpaceId"), o.spaceId});
        p.append({QStringLiteral("SubnetId"), o.subnetId});
        p.append({QStringLiteral("ManagedByService"), o.managedByService});
        p.append({QStringLiteral("ServiceInstance"), o.serviceInstance});
        p.append({QStringLiteral("AssignmentType"), toString(o.assignmentType)});
        p.append({QStringLiteral("Owner"), o.owner});
        p.append({QStringLiteral("Description"), o.description});
        p.append({QStringLiteral("ReservedAddress"), stringList(o.reservedAddresses)});
        p.append({QStringLiteral("VIP"), stringList(o.vips)});
        p.append({QStringLiteral("Gateway"), stringList(o.gateways)});
        p.append({QStringLiteral("DnsServer"), stringList(o.dnsServers)});
    }
    void operator()(const Address &o)
    {
        common(p, o);
        p.append({QStringLiteral("IpAddress"), o.ipAddress.toString()});
        p.append({QStringLiteral("AddressSpaceId"), o.spaceId});
        p.append({QStringLiteral("SubnetId"), idOrNull(o.subnetId)});
        p.append({QStringLiteral("RangeId"), idOrNull(o.rangeId)});
        p.append({QStringLiteral("MacAddress"), o.macAddress});
        p.append({QStringLiteral("DeviceName"), o.deviceName});
        p.append({QStringLiteral("DeviceType"), o.deviceType});
        p.append({QStringLiteral("AssignmentType"), toString(o.assignmentType)});
        p.append({QStringLiteral("IpAddressState"), o.ipAddressState});
        p.append({QStringLiteral("ManagedByService"), o.managedByService});
        p.append({QStringLiteral("ServiceInstance"), o.serviceInstance});
        p.append({QStringLiteral("Owner"), o.owner});
        p.append({QStringLiteral("Description"), o.description});
    }
};

} // namespace

PropertyList storedProperties(const AnyObject &object)
{
    Collect collect;
    std::visit(collect, object);
    return collect.p;
}

QJsonObject toJson(const PropertyList &properties)
{
    QJsonObject json;
    for (const auto &[name, value] : properties)
        json.insert(name, QJsonValue::fromVariant(value));
    return json;
}

QString describe(const AnyObject &object)
{
    struct Describe
    {
        QString operator()(const AddressSpace &o)
        {
            return named(QStringLiteral("address space"), o.name);
        }
        QString operator()(const LogicalNetwork &o)
        {
            return named(QStringLiteral("logical network"), o.name);
        }
        QString operator()(const NetworkSite &o)
        {
            return named(QStringLiteral("network site"), o.name);
        }
        QString operator()(const VmNetwork &o)
        {
            return named(QStringLiteral("VM network"), o.name);
        }
        QString operator()(const Block &o)
        {
            return QStringLiteral("block ") + o.networkId.toString();
        }
        QString operator()(const Subnet &o)
        {
            return QStringLiteral("subnet ") + o.networkId.toString();
        }
        QString operator()(const Range &o)
        {
            return QStringLiteral("range ") + o.startAddress.toString() + QLatin1Char('-')
                    + o.endAddress.toString();
        }
        QString operator()(const Address &o)
        {
            return QStringLiteral("address ") + o.ipAddress.toString();
        }
        static QString named(const QString &kind, const QString &name)
        {
            return kind + QStringLiteral(" \"") + name + QLatin1Char('"');
        }
    };
    return std::visit(Describe{}, object);
}

} // namespace ipam
