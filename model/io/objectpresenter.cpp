#include "objectpresenter.h"

#include "domain/rules.h"
#include "store/objectcache.h"
#include "store/store.h"

#include <QDateTime>

namespace ipam {

namespace {

using namespace Qt::StringLiterals;

// 2^53: every integer up to it survives a JSON reader that reads numbers as doubles.
constexpr quint64 MaxExactJsonInteger = quint64(1) << 53;

// "Name NetworkId ..." -> {"Name", "NetworkId", ...}: property lists stay readable on a line.
QStringList columnList(QStringView names)
{
    QStringList list;
    for (QStringView name : names.split(u' '))
        list.append(name.toString());
    return list;
}

QVariant nameOrNull(const QString &name)
{
    return name.isEmpty() ? QVariant() : QVariant(name);
}

QVariant intList(const QList<int> &values)
{
    QVariantList list;
    list.reserve(values.size());
    for (int v : values)
        list.append(v);
    return list;
}

QVariant stringList(const QList<QString> &values)
{
    return QVariant(QStringList(values));
}

QVariant timestamp(qint64 ms)
{
    if (ms == 0)
        return QVariant();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

ObjectPresenter::ObjectPresenter(Store &store)
    : m_store(store)
{ }

const QStringList &ObjectPresenter::columns(ObjectKind kind)
{
    static const QStringList space = columnList(
            u"Name Type Owner Description AssociatedProviderAddressSpace Tenant VMNetwork "
            u"IsolationMethod CustomConfiguration Ipv4PercentageUtilized Ipv6PercentageUtilized");
    static const QStringList logicalNetwork
            = columnList(u"Name AddressSpace Description NetworkVirtualizationEnabled");
    static const QStringList site
            = columnList(u"Name VmmLogicalNetwork AddressSpace VlanId HostGroup");
    static const QStringList vmNetwork
            = columnList(u"Name AddressSpace VmmLogicalNetwork Description IsolationType");
    static const QStringList block = columnList(
            u"NetworkId StartIPAddress EndIPAddress AddressSpace Rir Owner Description "
            u"TotalAddresses UtilizedAddresses PercentageUtilized Utilization");
    static const QStringList subnet
            = columnList(u"Name NetworkId NetworkType AddressSpace VmmLogicalNetwork NetworkSite "
                         u"VMNetwork VlanId VirtualSubnetId Owner Description CustomConfiguration "
                         u"Overlapping TotalAddresses AssignedAddresses UtilizedAddresses "
                         u"PercentageUtilized Utilization LastModifiedTime");
    static const QStringList range
            = columnList(u"NetworkId StartAddress EndAddress AddressSpace NetworkType "
                         u"ManagedByService ServiceInstance AssignmentType Owner Description "
                         u"VmmLogicalNetwork NetworkSite TotalAddresses UtilizedAddresses "
                         u"PercentageUtilized Utilization ReservedAddress VIP Gateway DnsServer");
    static const QStringList address = columnList(
            u"IpAddress AddressSpace NetworkType MacAddress DeviceName DeviceType AssignmentType "
            u"IpAddressState ManagedByService ServiceInstance IpRange Owner Description");
    switch (kind) {
    case ObjectKind::AddressSpace:
        return space;
    case ObjectKind::LogicalNetwork:
        return logicalNetwork;
    case ObjectKind::NetworkSite:
        return site;
    case ObjectKind::VmNetwork:
        return vmNetwork;
    case ObjectKind::Block:
        return block;
    case ObjectKind::Subnet:
        return subnet;
    case ObjectKind::Range:
        return range;
    case ObjectKind::Address:
        return address;
    }
    Q_UNREACHABLE();
    return subnet;
}

const QStringList &ObjectPresenter::summaryColumns(ObjectKind kind)
{
    static const QStringList space = columnList(
            u"Name Type Owner Description AssociatedProviderAddressSpace Tenant VMNetwork "
            u"IsolationMethod Ipv4PercentageUtilized Ipv6PercentageUtilized");
    static const QStringList block
            = columnList(u"NetworkId StartIPAddress EndIPAddress AddressSpace Rir Owner "
                         u"TotalAddresses PercentageUtilized Utilization");
    static const QStringList subnet
            = columnList(u"Name NetworkId NetworkType AddressSpace VmmLogicalNetwork NetworkSite "
                         u"VlanId Owner TotalAddresses PercentageUtilized Utilization");
    static const QStringList range
            = columnList(u"NetworkId StartAddress EndAddress AddressSpace ManagedByService "
                         u"ServiceInstance AssignmentType Owner PercentageUtilized Utilization");
    static const QStringList address
            = columnList(u"IpAddress AddressSpace NetworkType MacAddress DeviceName DeviceType "
                         u"AssignmentType IpAddressState ManagedByService ServiceInstance IpRange");
    switch (kind) {
    case ObjectKind::AddressSpace:
        return space;
    case ObjectKind::Block:
        return block;
    case ObjectKind::Subnet:
        return subnet;
    case ObjectKind::Range:
        return range;
    case ObjectKind::Address:
        return address;
    case ObjectKind::LogicalNetwork:
    case ObjectKind::NetworkSite:
    case ObjectKind::VmNetwork:
        break;
    }
    return columns(kind);
}

QVariant ObjectPresenter::countValue(const AddressCount &count)
{
    if (count.fitsIn64() && count.toUInt64() <= MaxExactJsonInteger)
        return qint64(count.toUInt64());
    return count.toString();
}

void ObjectPresenter::clearCache()
{
    m_spaces.clear();
    m_logicalNetworks.clear();
    m_sites.clear();
    m_vmNetworks.clear();
    m_subnets.clear();
    m_ranges.clear();
    m_spaceUtilization.clear();
    m_thresholds.reset();
}

const AddressSpace *ObjectPresenter::space(ObjectId id)
{
    return cachedObject(m_spaces, m_store, id);
}

const LogicalNetwork *ObjectPresenter::logicalNetwork(ObjectId id)
{
    return cachedObject(m_logicalNetworks, m_store, id);
}

const NetworkSite *ObjectPresenter::site(ObjectId id)
{
    return cachedObject(m_sites, m_store, id);
}

const VmNetwork *ObjectPresenter::vmNetwork(ObjectId id)
{
    return cachedObject(m_vmNetworks, m_store, id);
}

const Subnet *ObjectPresenter::subnet(ObjectId id)
{
    return cachedObject(m_subnets, m_store, id);
}

const Range *ObjectPresenter::range(ObjectId id)
{
    return cachedObject(m_ranges, m_store, id);
}

QString ObjectPresenter::spaceName(ObjectId id)
{
    const AddressSpace *s = space(id);
    return s ? s->name : QString();
}

QString ObjectPresenter::logicalNetworkName(ObjectId id)
{
    const LogicalNetwork *n = logicalNetwork(id);
    return n ? n->name : QString();
}

QString ObjectPresenter::siteName(ObjectId id)
{
    const NetworkSite *s = site(id);
    return s ? s->name : QString();
}

QString ObjectPresenter::vmNetworkName(ObjectId id)
{
    const VmNetwork *n = vmNetwork(id);
    return n ? n->name : QString();
}

const UtilizationThresholds &ObjectPresenter::thresholds()
{
    if (!m_thresholds)
        m_thresholds = m_store.thresholds();
    return *m_thresholds;
}

ObjectPresenter::SpaceUtilization ObjectPresenter::spaceUtilization(ObjectId spaceId)
{
    const auto it = m_spaceUtilization.constFind(spaceId);
    if (it != m_spaceUtilization.constEnd())
        return it.value();
    // Per family, as IPAM shows it: the addresses in use over the addresses of the subnets.
    const Store::SpaceUsage usage = m_store.spaceUsage(spaceId);
    SpaceUtilization result;
    result.ipv4 = percentageUtilized(usage.utilized[0], usage.total[0]);
    result.ipv6 = percentageUtilized(usage.utilized[1], usage.total[1]);
    m_spaceUtilization.insert(spaceId, result);
    return result;
}

NetworkType ObjectPresenter::networkTypeOf(ObjectId subnetId, ObjectId spaceId)
{
    if (const Subnet *s = subnet(subnetId))
        return s->networkType;
    if (const AddressSpace *s = space(spaceId))
        return rules::defaultNetworkType(*s);
    return NetworkType::NonVirtualized;
}

void ObjectPresenter::appendUtilization(QList<QVariant> &row, const AddressCount &total,
                                        qint64 utilized)
{
    const double percentage = percentageUtilized(utilized, total);
    row.append(utilized);
    row.append(percentage);
    row.append(toString(utilizationStatus(percentage, thresholds())));
}

QList<QVariant> ObjectPresenter::row(const AddressSpace &o)
{
    const SpaceUtilization utilization = spaceUtilization(o.id);
    return {o.name,
            toString(o.type),
            o.owner,
            o.description,
            nameOrNull(spaceName(o.associatedProviderSpaceId)),
            o.tenant,
            nameOrNull(o.vmNetwork),
            nameOrNull(toString(o.isolationMethod)),
            o.customConfiguration,
            utilization.ipv4,
            utilization.ipv6};
}

QList<QVariant> ObjectPresenter::row(const LogicalNetwork &o)
{
    return {o.name, spaceName(o.spaceId), o.description, o.networkVirtualizationEnabled};
}

QList<QVariant> ObjectPresenter::row(const NetworkSite &o)
{
    const LogicalNetwork *network = logicalNetwork(o.logicalNetworkId);
    return {o.name, network ? network->name : QString(),
            network ? spaceName(network->spaceId) : QString(), intList(o.vlanIds), o.hostGroup};
}

QList<QVariant> ObjectPresenter::row(const VmNetwork &o)
{
    return {o.name, spaceName(o.spaceId), nameOrNull(logicalNetworkName(o.logicalNetworkId)),
            o.description, toString(o.isolation)};
}

QList<QVariant> ObjectPresenter::row(const Block &o)
{
    const AddressRange bounds = AddressRange::make(o.startAddress, o.endAddress)
                                        .valueOr(AddressRange::of(o.networkId));
    // Utilized: the address records of the block's space inside its bounds.
    const qint64 utilized
            = m_store.count<Address>(u"space_id = ? AND family = ? AND ip >= ? AND ip <= ?"_s,
                                     {o.spaceId, familyNumber(bounds.family()),
                                      bounds.first().toBytes(), bounds.last().toBytes()});
    QList<QVariant> row = {o.networkId.toString(),
                           o.startAddress.toString(),
                           o.endAddress.toString(),
                           spaceName(o.spaceId),
                           o.rir,
                           o.owner,
                           o.description,
                           countValue(bounds.size())};
    appendUtilization(row, bounds.size(), utilized);
    return row;
}

QList<QVariant> ObjectPresenter::row(const Subnet &o)
{
    const AddressCount total = o.networkId.size();
    QList<QVariant> row = {
            o.name,
            o.networkId.toString(),
            toString(o.networkType),
            spaceName(o.spaceId),
            nameOrNull(logicalNetworkName(o.logicalNetworkId)),
            nameOrNull(siteName(o.siteId)),
            nameOrNull(vmNetworkName(o.vmNetworkId)),
            intList(o.vlanIds),
            o.virtualSubnetId ? QVariant(qint64(*o.virtualSubnetId)) : QVariant(),
            o.owner,
            o.description,
            o.customConfiguration,
            // The write path refuses overlap inside a space, so no stored subnet overlaps.
            false,
            countValue(total),
            countValue(o.assignedAddresses),
    };
    appendUtilization(row, total, o.utilizedAddresses);
    row.append(timestamp(o.lastModifiedMs));
    return row;
}

QList<QVariant> ObjectPresenter::row(const Range &o)
{
    const Subnet *parent = subnet(o.subnetId);
    const AddressCount total
            = AddressRange::make(o.startAddress, o.endAddress).valueOr(AddressRange()).size();
    QList<QVariant> row = {
            parent ? QVariant(parent->networkId.toString()) : QVariant(),
            o.startAddress.toString(),
            o.endAddress.toString(),
            spaceName(o.spaceId),
            toString(networkTypeOf(o.subnetId, o.spaceId)),
            o.managedByService,
            o.serviceInstance,
            toString(o.assignmentType),
            o.owner,
            o.description,
            // Inherited from the subnet, as IPAM shows them on its ranges.
            parent ? nameOrNull(logicalNetworkName(parent->logicalNetworkId)) : QVariant(),
            parent ? nameOrNull(siteName(parent->siteId)) : QVariant(),
            countValue(total),
    };
    appendUtilization(row, total, o.utilizedAddresses);
    row.append(stringList(o.reservedAddresses));
    row.append(stringList(o.vips));
    row.append(stringList(o.gateways));
    row.append(stringList(o.dnsServers));
    return row;
}

QList<QVariant> ObjectPresenter::row(const Address &o)
{
    const Range *owner = range(o.rangeId);
    return {o.ipAddress.toString(),
            spaceName(o.spaceId),
            toString(networkTypeOf(o.subnetId, o.spaceId)),
            o.macAddress,
            o.deviceName,
            o.deviceType,
            toString(o.assignmentType),
            o.ipAddressState,
            o.managedByService,
            o.serviceInstance,
            owner ? QVariant(owner->startAddress.toString() + u'-' + owner->endAddress.toString())
                  : QVariant(),
            o.owner,
            o.description};
}

QList<QVariant> ObjectPresenter::row(const AnyObject &object)
{
    return std::visit([this](const auto &o) { return row(o); }, object);
}

QList<std::pair<QString, QVariant>> ObjectPresenter::properties(const AnyObject &object)
{
    const QStringList &names = columns(kindOf(object));
    const QList<QVariant> values = row(object);
    QList<std::pair<QString, QVariant>> result;
    result.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        result.append({names.at(i), values.value(i)});
    return result;
}

} // namespace ipam
