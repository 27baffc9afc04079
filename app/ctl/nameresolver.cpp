#include "nameresolver.h"

#include "store/store.h"

#include "storequeries.h"
#include <QCoreApplication>
#include <QRegularExpression>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

NameResolver::NameResolver(Store &store)
    : m_store(store)
{ }

Parsed<AddressSpace> NameResolver::space(const std::optional<QString> &name)
{
    return spaceNamed(name.value_or(AddressSpace::defaultName));
}

Parsed<AddressSpace> NameResolver::spaceNamed(const QString &name)
{
    if (std::optional<AddressSpace> space = m_store.spaceByName(name))
        return *space;
    return Parsed<AddressSpace>::failure(
            QCoreApplication::translate("ipamctl", "no address space %1").arg(quoted(name)));
}

Parsed<LogicalNetwork> NameResolver::logicalNetwork(const AddressSpace &space, const QString &name)
{
    if (std::optional<LogicalNetwork> network = m_store.logicalNetworkByName(space.id, name))
        return *network;
    return Parsed<LogicalNetwork>::failure(
            QCoreApplication::translate("ipamctl", "no logical network %1 in address space %2")
                    .arg(quoted(name), quoted(space.name)));
}

Parsed<NetworkSite> NameResolver::site(const LogicalNetwork &network, const QString &name)
{
    if (std::optional<NetworkSite> site = m_store.siteByName(network.id, name))
        return *site;
    return Parsed<NetworkSite>::failure(
            QCoreApplication::translate("ipamctl", "no network site %1 in logical network %2")
                    .arg(quoted(name), quoted(network.name)));
}

QList<NetworkSite> NameResolver::sitesNamed(const AddressSpace &space, const QString &name)
{
    const SqlCondition condition = inSpace(space.id);
    QList<NetworkSite> sites;
    for (const LogicalNetwork &network :
         m_store.select<LogicalNetwork>(condition.where, condition.binds, orderById())) {
        if (std::optional<NetworkSite> site = m_store.siteByName(network.id, name))
            sites.append(*site);
    }
    return sites;
}

Parsed<Subnet> NameResolver::subnet(const AddressSpace &space, const QString &text)
{
    const Parsed<Prefix> prefix = Prefix::parse(text);
    if (!prefix)
        return Parsed<Subnet>::failure(prefix.error());
    if (std::optional<Subnet> subnet = m_store.subnetByPrefix(space.id, prefix.value()))
        return *subnet;
    return Parsed<Subnet>::failure(
            QCoreApplication::translate("ipamctl", "no subnet %1 in address space %2")
                    .arg(prefix.value().toString(), quoted(space.name)));
}

Parsed<Block> NameResolver::block(const AddressSpace &space, const QString &text)
{
    const Parsed<Prefix> prefix = Prefix::parse(text);
    if (!prefix)
        return Parsed<Block>::failure(prefix.error());
    if (std::optional<Block> block = m_store.blockByPrefix(space.id, prefix.value()))
        return *block;
    return Parsed<Block>::failure(
            QCoreApplication::translate("ipamctl", "no block %1 in address space %2")
                    .arg(prefix.value().toString(), quoted(space.name)));
}

Parsed<Range> NameResolver::range(const AddressSpace &space, const QString &startText,
                                  const QString &endText)
{
    const Parsed<IpAddress> start = IpAddress::parse(startText);
    if (!start)
        return Parsed<Range>::failure(start.error());
    const Parsed<IpAddress> end = IpAddress::parse(endText);
    if (!end)
        return Parsed<Range>::failure(end.error());
    if (std::optional<Range> range = m_store.rangeByBounds(space.id, start.value(), end.value()))
        return *range;
    return Parsed<Range>::failure(
            QCoreApplication::translate("ipamctl", "no range %1-%2 in address space %3")
                    .arg(start.value().toString(), end.value().toString(), quoted(space.name)));
}

Parsed<Address> NameResolver::address(const AddressSpace &space, const QString &text,
                                      const std::optional<QString> &managedBy,
                                      const std::optional<QString> &serviceInstance)
{
    const Parsed<IpAddress> ip = IpAddress::parse(text);
    if (!ip)
        return Parsed<Address>::failure(ip.error());
    QList<Address> matches;
    QStringList services;
    for (const Address &address : m_store.addressesByIp(space.id, ip.value())) {
        services.append(address.managedByService + u'/' + address.serviceInstance);
        if ((!managedBy || address.managedByService == *managedBy)
            && (!serviceInstance || address.serviceInstance == *serviceInstance))
            matches.append(address);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty())
        return Parsed<Address>::failure(
                QCoreApplication::translate("ipamctl", "no address %1 in address space %2%3")
                        .arg(ip.value().toString(), quoted(space.name),
                             managedBy || serviceInstance
                                     ? QCoreApplication::translate("ipamctl", " for that service")
                                     : QString()));
    return Parsed<Address>::failure(
            QCoreApplication::translate(
                    "ipamctl",
                    "address %1 is recorded %2 times in address space %3 (%4); choose one with "
                    "--managed-by and --service-instance")
                    .arg(ip.value().toString())
                    .arg(matches.size())
                    .arg(quoted(space.name), services.join(u", "_s)));
}

Parsed<Family> parseFamily(const QString &text)
{
    if (text == "4"_L1)
        return Family::V4;
    if (text == "6"_L1)
        return Family::V6;
    return Parsed<Family>::failure(
            QCoreApplication::translate("ipamctl", "--family must be 4 or 6, not %1")
                    .arg(quoted(text)));
}

Parsed<int> parseCount(const QString &option, const QString &text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > max)
        return Parsed<int>::failure(
                QCoreApplication::translate("ipamctl", "--%1 must be a number from 1 to %2, not %3")
                        .arg(option)
                        .arg(max)
                        .arg(quoted(text)));
    return value;
}

Parsed<QList<int>> parseVlanIds(const QStringList &values)
{
    QList<int> ids;
    for (const QString &value : values) {
        for (QStringView part :
             QStringView(value).split(QRegularExpression(u"[,;]"_s), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int id = part.trimmed().toInt(&ok);
            if (!ok)
                return Parsed<QList<int>>::failure(
                        QCoreApplication::translate("ipamctl", "VLAN ID %1 is not a number")
                                .arg(quoted(part.trimmed().toString())));
            ids.append(id);
        }
    }
    return ids;
}

} // namespace ipam::ctl
