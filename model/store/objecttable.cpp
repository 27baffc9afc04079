#include "objecttable.h"

#include "store/sqlitestatement.h"

namespace ipam {

namespace {

template<typename Row>
void readCommon(StoredObject &object, const Row &query)
{
    object.id = query.value(0).toLongLong();
    object.version = query.value(1).toLongLong();
    object.lastModifiedMs = query.value(2).toLongLong();
}

template<typename Value>
IpAddress addressFromKey(int family, const Value &key)
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
void ObjectTable<AddressSpace>::bind(BindSink &q, const AddressSpace &o)
{
    q.addText(o.name);
    q.addInt(int(o.type));
    q.addText(o.owner);
    q.addText(o.description);
    q.addId(o.associatedProviderSpaceId);
    q.addText(o.tenant);
    q.addText(o.vmNetwork);
    q.addInt(int(o.isolationMethod));
    q.addText(o.customConfiguration);
}
template<typename Row>
AddressSpace ObjectTable<AddressSpace>::read(const Row &q)
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
void ObjectTable<LogicalNetwork>::bind(BindSink &q, const LogicalNetwork &o)
{
    q.addInt(o.spaceId);
    q.addText(o.name);
    q.addText(o.description);
    q.addInt(o.networkVirtualizationEnabled ? 1 : 0);
    q.addText(o.remoteId);
}
template<typename Row>
LogicalNetwork ObjectTable<LogicalNetwork>::read(const Row &q)
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
void ObjectTable<NetworkSite>::bind(BindSink &q, const NetworkSite &o)
{
    q.addInt(o.logicalNetworkId);
    q.addText(o.name);
    q.addText(joinList(o.vlanIds));
    q.addText(o.hostGroup);
    q.addText(o.remoteId);
}
template<typename Row>
NetworkSite ObjectTable<NetworkSite>::read(const Row &q)
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
void ObjectTable<VmNetwork>::bind(BindSink &q, const VmNetwork &o)
{
    q.addInt(o.spaceId);
    q.addId(o.logicalNetworkId);
    q.addText(o.name);
    q.addText(o.description);
    q.addInt(int(o.isolation));
    q.addText(o.remoteId);
}
template<typename Row>
VmNetwork ObjectTable<VmNetwork>::read(const Row &q)
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
void ObjectTable<Block>::bind(BindSink &q, const Block &o)
{
    q.addInt(o.spaceId);
    q.addInt(familyNumber(o.networkId.family()));
    q.addBlob(o.networkId.first().toBytes());
    q.addBlob(o.networkId.last().toBytes());
    q.addInt(o.networkId.length());
    q.addText(o.startAddress.toString());
    q.addText(o.endAddress.toString());
    q.addText(o.rir);
    q.addText(o.owner);
    q.addText(o.description);
}
template<typename Row>
Block ObjectTable<Block>::read(const Row &q)
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
void ObjectTable<Subnet>::bind(BindSink &q, const Subnet &o)
{
    q.addInt(o.spaceId);
    q.addInt(familyNumber(o.networkId.family()));
    q.addBlob(o.networkId.first().toBytes());
    q.addBlob(o.networkId.last().toBytes());
    q.addInt(o.networkId.length());
    q.addText(o.networkId.toString());
    q.addText(o.name);
    q.addInt(int(o.networkType));
    q.addId(o.logicalNetworkId);
    q.addId(o.siteId);
    q.addId(o.vmNetworkId);
    q.addText(joinList(o.vlanIds));
    if (o.virtualSubnetId)
        q.addInt(qint64(*o.virtualSubnetId));
    else
        q.addNull();
    q.addText(o.owner);
    q.addText(o.description);
    q.addText(o.customConfiguration);
    q.addText(o.assignedAddresses.toString());
    q.addInt(o.utilizedAddresses);
}
template<typename Row>
Subnet ObjectTable<Subnet>::read(const Row &q)
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
void ObjectTable<Range>::bind(BindSink &q, const Range &o)
{
    q.addInt(o.spaceId);
    q.addInt(o.subnetId);
    q.addInt(familyNumber(o.startAddress.family()));
    q.addBlob(o.startAddress.toBytes());
    q.addBlob(o.endAddress.toBytes());
    q.addText(o.startAddress.toString());
    q.addText(o.endAddress.toString());
    q.addText(o.managedByService);
    q.addText(o.serviceInstance);
    q.addInt(int(o.assignmentType));
    q.addText(o.owner);
    q.addText(o.description);
    q.addText(joinList(o.reservedAddresses));
    q.addText(joinList(o.vips));
    q.addText(joinList(o.gateways));
    q.addText(joinList(o.dnsServers));
    q.addText(o.remoteId);
    q.addInt(o.utilizedAddresses);
}
template<typename Row>
Range ObjectTable<Range>::read(const Row &q)
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
void ObjectTable<Address>::bind(BindSink &q, const Address &o)
{
    q.addInt(o.spaceId);
    q.addId(o.subnetId);
    q.addId(o.rangeId);
    q.addInt(familyNumber(o.ipAddress.family()));
    q.addBlob(o.ipAddress.toBytes());
    q.addText(o.ipAddress.toString());
    q.addText(o.macAddress);
    q.addText(o.deviceName);
    q.addText(o.deviceType);
    q.addInt(int(o.assignmentType));
    q.addText(o.ipAddressState);
    q.addText(o.managedByService);
    q.addText(o.serviceInstance);
    q.addText(o.owner);
    q.addText(o.description);
}
template<typename Row>
Address ObjectTable<Address>::read(const Row &q)
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

// Read from QtSql (PostgreSQL, and SQLite where a QSqlQuery is at hand) or from a native
// SQLite statement (Store::forEach on SQLite).
template AddressSpace ObjectTable<AddressSpace>::read<QSqlQuery>(const QSqlQuery &);
template AddressSpace ObjectTable<AddressSpace>::read<SqliteRow>(const SqliteRow &);
template LogicalNetwork ObjectTable<LogicalNetwork>::read<QSqlQuery>(const QSqlQuery &);
template LogicalNetwork ObjectTable<LogicalNetwork>::read<SqliteRow>(const SqliteRow &);
template NetworkSite ObjectTable<NetworkSite>::read<QSqlQuery>(const QSqlQuery &);
template NetworkSite ObjectTable<NetworkSite>::read<SqliteRow>(const SqliteRow &);
template VmNetwork ObjectTable<VmNetwork>::read<QSqlQuery>(const QSqlQuery &);
template VmNetwork ObjectTable<VmNetwork>::read<SqliteRow>(const SqliteRow &);
template Block ObjectTable<Block>::read<QSqlQuery>(const QSqlQuery &);
template Block ObjectTable<Block>::read<SqliteRow>(const SqliteRow &);
template Subnet ObjectTable<Subnet>::read<QSqlQuery>(const QSqlQuery &);
template Subnet ObjectTable<Subnet>::read<SqliteRow>(const SqliteRow &);
template Range ObjectTable<Range>::read<QSqlQuery>(const QSqlQuery &);
template Range ObjectTable<Range>::read<SqliteRow>(const SqliteRow &);
template Address ObjectTable<Address>::read<QSqlQuery>(const QSqlQuery &);
template Address ObjectTable<Address>::read<SqliteRow>(const SqliteRow &);

} // namespace ipam
