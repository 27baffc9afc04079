#include "objecttable.h"

namespace ipam {

namespace {

QVariant nullableId(ObjectId id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

// QtSql binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '' and an empty
// field is a value, not an unknown.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

void readCommon(StoredObject &object, const QSqlQuery &query)
{
    object.id = query.value(0).toLongLong();
    object.version = query.value(1).toLongLong();
    object.lastModifiedMs = query.value(2).toLongLong();
}

IpAddress addressFromKey(int family, const QVariant &key)
{
    return IpAddress::fromBytes(family == 6 ? Family::V6 : Family::V4, key.toByteArray());
}

AddressCount countFromText(const QString &text)
{
    const Parsed<uint128> value = parseDecimal128(text);
    if (value.ok())
        return AddressCount::fromValue(value.value());
    // Only ::/0 counts beyond uint128 (2^128 addresses).
    return AddressCount::ofPrefixLength(Family::V6, 0);
}

} // namespace

int familyNumber(Family family)
{
    return family == Family::V6 ? 6 : 4;
}

QString joinList(const QList<int> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (int v : values)
        parts.append(QString::number(v));
    return parts.join(QLatin1Char(','));
}

QString joinList(const QList<QString> &values)
{
    return values.join(QLatin1Char(','));
}

QList<int> splitIntList(const QString &text)
{
    QList<int> values;
    if (text.isEmpty())
        return values;
    for (QStringView part : QStringView(text).split(QLatin1Char(',')))
        values.append(part.toInt());
    return values;
}

QList<QString> splitStringList(const QString &text)
{
    if (text.isEmpty())
        return {};
    return text.split(QLatin1Char(','));
}

QString tableName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return ObjectTable<AddressSpace>::name();
    case ObjectKind::LogicalNetwork:
        return ObjectTable<LogicalNetwork>::name();
    case ObjectKind::NetworkSite:
        return ObjectTable<NetworkSite>::name();
    case ObjectKind::VmNetwork:
        return ObjectTable<VmNetwork>::name();
    case ObjectKind::Block:
        return ObjectTable<Block>::name();
    case ObjectKind::Subnet:
        return ObjectTable<Subnet>::name();
    case ObjectKind::Range:
        return ObjectTable<Range>::name();
    case ObjectKind::Address:
        return ObjectTable<Address>::name();
    }
    return {};
}

// --- AddressSpace
QString ObjectTable<AddressSpace>::name()
{
    return QStringLiteral("address_space");
}
const QStringList &ObjectTable<AddressSpace>::columns()
{
    static const QStringList list = {QStringLiteral("name"),
                                     QStringLiteral("type"),
                                     QStringLiteral("owner"),
                                     QStringLiteral("description"),
                                     QStringLiteral("provider_space_id"),
                                     QStringLiteral("tenant"),
                                     QStringLiteral("vm_network"),
                                     QStringLiteral("isolation_method"),
                                     QStringLiteral("custom_configuration")};
    return list;
}
void ObjectTable<AddressSpace>::bind(QSqlQuery &q, const AddressSpace &o)
{
    q.addBindValue(text(o.name));
    q.addBindValue(int(o.type));
    q.addBindValue(text(o.owner));
    q.addBindValue(text(o.description));
    q.addBindValue(nullableId(o.associatedProviderSpaceId));
    q.addBindValue(text(o.tenant));
    q.addBindValue(text(o.vmNetwork));
    q.addBindValue(int(o.isolationMethod));
    q.addBindValue(text(o.customConfiguration));
}
AddressSpace ObjectTable<AddressSpace>::read(const QSqlQuery &q)
{
    AddressSpace o;
    readCommon(o, q);
    o.name = q.value(3).toString();
    o.type = AddressSpaceType(q.value(4).toInt());
    o.owner = q.value(5).toString();
    o.description = q.value(6).toString();
    o.associatedProviderSpaceId = q.value(7).toLongLong();
    o.tenant = q.value(8).toString();
    o.vmNetwork = q.value(9).toString();
    o.isolationMethod = IsolationMethod(q.value(10).toInt());
    o.customConfiguration = q.value(11).toString();
    return o;
}

// --- LogicalNetwork
QString ObjectTable<LogicalNetwork>::name()
{
    return QStringLiteral("logical_network");
}
const QStringList &ObjectTable<LogicalNetwork>::columns()
{
    static const QStringList list
            = {QStringLiteral("space_id"), QStringLiteral("name"), QStringLiteral("description"),
               QStringLiteral("virtualization"), QStringLiteral("remote_id")};
    return list;
}
void ObjectTable<LogicalNetwork>::bind(QSqlQuery &q, const LogicalNetwork &o)
{
    q.addBindValue(o.spaceId);
    q.addBindValue(text(o.name));
    q.addBindValue(text(o.description));
    q.addBindValue(o.networkVirtualizationEnabled ? 1 : 0);
    q.addBindValue(text(o.remoteId));
}
LogicalNetwork ObjectTable<LogicalNetwork>::read(const QSqlQuery &q)
{
    LogicalNetwork o;
    readCommon(o, q);
    o.spaceId = q.value(3).toLongLong();
    o.name = q.value(4).toString();
    o.description = q.value(5).toString();
    o.networkVirtualizationEnabled = q.value(6).toInt() != 0;
    o.remoteId = q.value(7).toString();
    return o;
}

// --- NetworkSite
QString ObjectTable<NetworkSite>::name()
{
    return QStringLiteral("network_site");
}
const QStringList &ObjectTable<NetworkSite>::columns()
{
    static const QStringList list = {QStringLiteral("logical_network_id"), QStringLiteral("name"),
                                     QStringLiteral("vlan_ids"), QStringLiteral("host_group"),
                                     QStringLiteral("remote_id")};
    return list;
}
void ObjectTable<NetworkSite>::bind(QSqlQuery &q, const NetworkSite &o)
{
    q.addBindValue(o.logicalNetworkId);
    q.addBindValue(text(o.name));
    q.addBindValue(text(joinList(o.vlanIds)));
    q.addBindValue(text(o.hostGroup));
    q.addBindValue(text(o.remoteId));
}
NetworkSite ObjectTable<NetworkSite>::read(const QSqlQuery &q)
{
    NetworkSite o;
    readCommon(o, q);
    o.logicalNetworkId = q.value(3).toLongLong();
    o.name = q.value(4).toString();
    o.vlanIds = splitIntList(q.value(5).toString());
    o.hostGroup = q.value(6).toString();
    o.remoteId = q.value(7).toString();
    return o;
}

// --- VmNetwork
QString ObjectTable<VmNetwork>::name()
{
    return QStringLiteral("vm_network");
}
const QStringList &ObjectTable<VmNetwork>::columns()
{
    static const QStringList list
            = {QStringLiteral("space_id"),  QStringLiteral("logical_network_id"),
               QStringLiteral("name"),      QStringLiteral("description"),
               QStringLiteral("isolation"), QStringLiteral("remote_id")};
    return list;
}
void ObjectTable<VmNetwork>::bind(QSqlQuery &q, const VmNetwork &o)
{
    q.addBindValue(o.spaceId);
    q.addBindValue(nullableId(o.logicalNetworkId));
    q.addBindValue(text(o.name));
    q.addBindValue(text(o.description));
    q.addBindValue(int(o.isolation));
    q.addBindValue(text(o.remoteId));
}
VmNetwork ObjectTable<VmNetwork>::read(const QSqlQuery &q)
{
    VmNetwork o;
    readCommon(o, q);
    o.spaceId = q.value(3).toLongLong();
    o.logicalNetworkId = q.value(4).toLongLong();
    o.name = q.value(5).toString();
    o.description = q.value(6).toString();
    o.isolation = VmNetworkIsolation(q.value(7).toInt());
    o.remoteId = q.value(8).toString();
    return o;
}

// --- Block
QString ObjectTable<Block>::name()
{
    return QStringLiteral("ip_block");
}
const QStringList &ObjectTable<Block>::columns()
{
    static const QStringList list = {QStringLiteral("space_id"),
                                     QStringLiteral("family"),
                                     QStringLiteral("lo"),
                                     QStringLiteral("hi"),
                                     QStringLiteral("prefix_length"),
                                     QStringLiteral("start_address"),
                                     QStringLiteral("end_address"),
                                     QStringLiteral("rir"),
                                     QStringLiteral("owner"),
                                     QStringLiteral("description")};
    return list;
}
void ObjectTable<Block>::bind(QSqlQuery &q, const Block &o)
{
    q.addBindValue(o.spaceId);
    q.addBindValue(familyNumber(o.networkId.family()));
    q.addBindValue(o.networkId.first().toBytes());
    q.addBindValue(o.networkId.last().toBytes());
    q.addBindValue(o.networkId.length());
    q.addBindValue(text(o.startAddress.toString()));
    q.addBindValue(text(o.endAddress.toString()));
    q.addBindValue(text(o.rir));
    q.addBindValue(text(o.owner));
    q.addBindValue(text(o.description));
}
Block ObjectTable<Block>::read(const QSqlQuery &q)
{
    Block o;
    readCommon(o, q);
    o.spaceId = q.value(3).toLongLong();
    const int family = q.value(4).toInt();
    o.networkId = Prefix::make(addressFromKey(family, q.value(5)), q.value(7).toInt()).value();
    o.startAddress = IpAddress::parse(q.value(8).toString()).value();
    o.endAddress = IpAddress::parse(q.value(9).toString()).value();
    o.rir = q.value(10).toString();
    o.owner = q.value(11).toString();
    o.description = q.value(12).toString();
    return o;
}

// --- Subnet
QString ObjectTable<Subnet>::name()
{
    return QStringLiteral("ip_subnet");
}
const QStringList &ObjectTable<Subnet>::columns()
{
    static const QStringList list = {QStringLiteral("space_id"),
                                     QStringLiteral("family"),
                                     QStringLiteral("lo"),
                                     QStringLiteral("hi"),
                                     QStringLiteral("prefix_length"),
                                     QStringLiteral("network_id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("network_type"),
                                     QStringLiteral("logical_network_id"),
                                     QStringLiteral("site_id"),
                                     QStringLiteral("vm_network_id"),
                                     QStringLiteral("vlan_ids"),
                                     QStringLiteral("virtual_subnet_id"),
                                     QStringLiteral("owner"),
                                     QStringLiteral("description"),
                                     QStringLiteral("custom_configuration"),
                                     QStringLiteral("assigned_addresses"),
                                     QStringLiteral("utilized_addresses")};
    return list;
}
void ObjectTable<Subnet>::bind(QSqlQuery &q, const Subnet &o)
{
    q.addBindValue(o.spaceId);
    q.addBindValue(familyNumber(o.networkId.family()));
    q.addBindValue(o.networkId.first().toBytes());
    q.addBindValue(o.networkId.last().toBytes());
    q.addBindValue(o.networkId.length());
    q.addBindValue(text(o.networkId.toString()));
    q.addBindValue(text(o.name));
    q.addBindValue(int(o.networkType));
    q.addBindValue(nullableId(o.logicalNetworkId));
    q.addBindValue(nullableId(o.siteId));
    q.addBindValue(nullableId(o.vmNetworkId));
    q.addBindValue(text(joinList(o.vlanIds)));
    q.addBindValue(o.virtualSubnetId ? QVariant(qint64(*o.virtualSubnetId))
                                     : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(o.owner));
    q.addBindValue(text(o.description));
    q.addBindValue(text(o.customConfiguration));
    q.addBindValue(text(o.assignedAddresses.toString()));
    q.addBindValue(o.utilizedAddresses);
}
Subnet ObjectTable<Subnet>::read(const QSqlQuery &q)
{
    Subnet o;
    readCommon(o, q);
    o.spaceId = q.value(3).toLongLong();
    const int family = q.value(4).toInt();
    o.networkId = Prefix::make(addressFromKey(family, q.value(5)), q.value(7).toInt()).value();
    o.name = q.value(9).toString();
    o.networkType = NetworkType(q.value(10).toInt());
    o.logicalNetworkId = q.value(11).toLongLong();
    o.siteId = q.value(12).toLongLong();
    o.vmNetworkId = q.value(13).toLongLong();
    o.vlanIds = splitIntList(q.value(14).toString());
    if (!q.value(15).isNull())
        o.virtualSubnetId = quint32(q.value(15).toLongLong());
    o.owner = q.value(16).toString();
    o.description = q.value(17).toString();
    o.customConfiguration = q.value(18).toString();
    o.assignedAddresses = countFromText(q.value(19).toString());
    o.utilizedAddresses = q.value(20).toLongLong();
    return o;
}

// --- Range
QString ObjectTable<Range>::name()
{
    return QStringLiteral("ip_range");
}
const QStringList &ObjectTable<Range>::columns()
{
    static const QStringList list = {QStringLiteral("space_id"),
                                     QStringLiteral("subnet_id"),
                                     QStringLiteral("family"),
                                     QStringLiteral("lo"),
                                     QStringLiteral("hi"),
                                     QStringLiteral("start_address"),
                                     QStringLiteral("end_address"),
                                     QStringLiteral("managed_by_service"),
                                     QStringLiteral("service_instance"),
                                     QStringLiteral("assignment_type"),
                                     QStringLiteral("owner"),
                                     QStringLiteral("description"),
                                     QStringLiteral("reserved_addresses"),
                                     QStringLiteral("vips"),
                                     QStringLiteral("gateways"),
                                     QStringLiteral("dns_servers"),
                                     QStringLiteral("remote_id"),
                                     QStringLiteral("utilized_addresses")};
    return list;
}
void ObjectTable<Range>::bind(QSqlQuery &q, const Range &o)
{
    q.addBindValue(o.spaceId);
    q.addBindValue(o.subnetId);
    q.addBindValue(familyNumber(o.startAddress.family()));
    q.addBindValue(o.startAddress.toBytes());
    q.addBindValue(o.endAddress.toBytes());
    q.addBindValue(text(o.startAddress.toString()));
    q.addBindValue(text(o.endAddress.toString()));
    q.addBindValue(text(o.managedByService));
    q.addBindValue(text(o.serviceInstance));
    q.addBindValue(int(o.assignmentType));
    q.addBindValue(text(o.owner));
    q.addBindValue(text(o.description));
    q.addBindValue(text(joinList(o.reservedAddresses)));
    q.addBindValue(text(joinList(o.vips)));
    q.addBindValue(text(joinList(o.gateways)));
    q.addBindValue(text(joinList(o.dnsServers)));
    q.addBindValue(text(o.remoteId));
    q.addBindValue(o.utilizedAddresses);
}
Range ObjectTable<Range>::read(const QSqlQuery &q)
{
    Range o;
    readCommon(o, q);
    o.spaceId = q.value(3).toLongLong();
    o.subnetId = q.value(4).toLongLong();
    const int family = q.value(5).toInt();
    o.startAddress = addressFromKey(family, q.value(6));
    o.endAddress = addressFromKey(family, q.value(7));
    o.managedByService = q.value(10).toString();
    o.serviceInstance = q.value(11).toString();
    o.assignmentType = AssignmentType(q.value(12).toInt());
    o.owner = q.value(13).toString();
    o.description = q.value(14).toString();
    o.reservedAddresses = splitStringList(q.value(15).toString());
    o.vips = splitStringList(q.value(16).toString());
    o.gateways = splitStringList(q.value(17).toString());
    o.dnsServers = splitStringList(q.value(18).toString());
    o.remoteId = q.value(19).toString();
    o.utilizedAddresses = q.value(20).toLongLong();
    return o;
}

// --- Address
QString ObjectTable<Address>::name()
{
    return QStringLiteral("ip_address");
}
const QStringList &ObjectTable<Address>::columns()
{
    static const QStringList list = {QStringLiteral("space_id"),
                                     QStringLiteral("subnet_id"),
                                     QStringLiteral("range_id"),
                                     QStringLiteral("family"),
                                     QStringLiteral("ip"),
                                     QStringLiteral("ip_address"),
                                     QStringLiteral("mac_address"),
                                     QStringLiteral("device_name"),
                                     QStringLiteral("device_type"),
                                     QStringLiteral("assignment_type"),
                                     QStringLiteral("ip_address_state"),
                                     QStringLiteral("managed_by_service"),
                                     QStringLiteral("service_instance"),
                                     QStringLiteral("owner"),
                                     QStringLiteral("description")};
    return list;
}
void ObjectTable<Address>::bind(QSqlQuery &q, const Address &o)
{
    q.addBindValue(o.spaceId);
    q.addBindValue(nullableId(o.subnetId));
    q.addBindValue(nullableId(o.rangeId));
    q.addBindValue(familyNumber(o.ipAddress.family()));
    q.addBindValue(o.ipAddress.toBytes());
    q.addBindValue(text(o.ipAddress.toString()));
    q.addBindValue(text(o.macAddress));
    q.addBindValue(text(o.deviceName));
    q.addBindValue(text(o.deviceType));
    q.addBindValue(int(o.assignmentType));
    q.addBindValue(text(o.ipAddressState));
    q.addBindValue(text(o.managedByService));
    q.addBindValue(text(o.serviceInstance));
    q.addBindValue(text(o.owner));
    q.addBindValue(text(o.description));
}
Address ObjectTable<Address>::read(const QSqlQuery &q)
{
    Address o;
    readCommon(o, q);
    o.spaceId = q.value(3).toLongLong();
    o.subnetId = q.value(4).toLongLong();
    o.rangeId = q.value(5).toLongLong();
    o.ipAddress = addressFromKey(q.value(6).toInt(), q.value(7));
    o.macAddress = q.value(9).toString();
    o.deviceName = q.value(10).toString();
    o.deviceType = q.value(11).toString();
    o.assignmentType = AssignmentType(q.value(12).toInt());
    o.ipAddressState = q.value(13).toString();
    o.managedByService = q.value(14).toString();
    o.serviceInstance = q.value(15).toString();
    o.owner = q.value(16).toString();
    o.description = q.value(17).toString();
    return o;
}

} // namespace ipam
