#include "vmmmapping.h"

#include "address/ipaddress.h"
#include "domain/gateway.h"
#include "vmm/jsontext.h"
#include "vmm/vmmlinkindex.h"
#include "vmm/vmmsynccontext.h"

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

QString poolName(const Range &range)
{
    return range.description.isEmpty()
            ? range.startAddress.toString() + u'-' + range.endAddress.toString()
            : range.description;
}

// As vmm::parseEntity reads the list: each address in its canonical text, once, in order.
void writeAddressList(JsonText &json, QLatin1StringView key, const QList<QString> &items)
{
    QStringList seen;
    json.key(key).beginArray();
    for (const QString &item : items) {
        const Parsed<IpAddress> address = IpAddress::parse(item.trimmed());
        const QString text = address ? address.value().toString() : item.trimmed();
        if (text.isEmpty() || seen.contains(text))
            continue;
        seen.append(text);
        json.value(text);
    }
    json.endArray();
}

} // namespace

VmmValueMapping::VmmValueMapping(const VmmLinkIndex &linkIndex)
    : m_linkIndex(linkIndex)
{ }

// Keys in ascending order: the order QJsonObject keeps (see JsonText).
QByteArray VmmValueMapping::valuesText(const LogicalNetwork &o) const
{
    JsonText json;
    json.beginObject().key("Description"_L1).value(o.description);
    json.key("Name"_L1).value(o.name);
    json.key("NetworkVirtualizationEnabled"_L1).value(o.networkVirtualizationEnabled);
    return json.endObject().take();
}

QByteArray VmmValueMapping::valuesText(const NetworkSite &o,
                                       const QList<QPair<QString, int>> &subnets) const
{
    JsonText json;
    json.beginObject().key("HostGroups"_L1).beginArray();
    for (const QString &group : vmm::hostGroupsOf(o))
        json.value(group);
    json.endArray();
    json.key("LogicalNetworkId"_L1)
            .value(m_linkIndex.remoteOf(ObjectKind::LogicalNetwork, o.logicalNetworkId));
    json.key("Name"_L1).value(o.name);
    vmm::writeSubnetVLans(json, subnets);
    return json.endObject().take();
}

QByteArray VmmValueMapping::valuesText(const VmNetwork &o) const
{
    JsonText json;
    json.beginObject().key("Description"_L1).value(o.description);
    json.key("IsolationType"_L1).value(toString(o.isolation));
    json.key("LogicalNetworkId"_L1)
            .value(m_linkIndex.remoteOf(ObjectKind::LogicalNetwork, o.logicalNetworkId));
    json.key("Name"_L1).value(o.name);
    return json.endObject().take();
}

QByteArray VmmValueMapping::valuesText(const Subnet &o) const
{
    JsonText json;
    // SPF's VM subnet has no VLAN: IPAM's VLANs of a customer subnet stay IPAM's.
    json.beginObject().key("Name"_L1).value(o.name);
    json.key("Subnet"_L1).value(o.networkId.toString());
    json.key("VMNetworkId"_L1).value(m_linkIndex.remoteOf(ObjectKind::VmNetwork, o.vmNetworkId));
    return json.endObject().take();
}

QByteArray VmmValueMapping::valuesText(const Range &o, const Subnet &subnet) const
{
    const bool customer = subnet.networkType == NetworkType::Customer;
    JsonText json;
    json.beginObject();
    writeAddressList(json, "DNSServers"_L1, o.dnsServers);
    // IPAM keeps "<ip>/<metric>" (Windows IPAM's form); SPF's pool has the addresses.
    QList<QString> gateways;
    for (const IpAddress &address : gatewayAddresses(o.gateways))
        gateways.append(address.toString());
    writeAddressList(json, "DefaultGatewayIPAddresses"_L1, gateways);
    json.key("IPAddressRangeEnd"_L1).value(o.endAddress.toString());
    json.key("IPAddressRangeStart"_L1).value(o.startAddress.toString());
    json.key("IPAddressReservedSet"_L1)
            .value(vmm::normalizedAddressSet(o.reservedAddresses.join(u',')));
    json.key("LogicalNetworkDefinitionId"_L1)
            .value(customer ? QString()
                            : m_linkIndex.remoteOf(ObjectKind::NetworkSite, subnet.siteId));
    json.key("Name"_L1).value(poolName(o));
    json.key("Subnet"_L1).value(subnet.networkId.toString());
    json.key("VIPAddressSet"_L1).value(vmm::normalizedAddressSet(o.vips.join(u',')));
    json.key("VMSubnetId"_L1)
            .value(customer ? m_linkIndex.remoteOf(ObjectKind::Subnet, subnet.id) : QString());
    return json.endObject().take();
}

} // namespace ipam
