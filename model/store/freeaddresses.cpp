#include "freeaddresses.h"

#include "address/addressset.h"
#include "domain/gateway.h"
#include "store/store.h"

#include <QObject>

namespace ipam {

namespace {

AddressRange single(const IpAddress &ip)
{
    return AddressRange::make(ip, ip).value();
}

QString rangeText(const Range &range)
{
    return range.startAddress.toString() + QLatin1Char('-') + range.endAddress.toString();
}

bool hasNetworkAndBroadcast(const Prefix &prefix)
{
    return prefix.family() == Family::V4 && prefix.length() < 31;
}

} // namespace

QList<IpAddress> findFreeAddresses(Store &store, const Subnet &subnet, const Range *range,
                                   int count)
{
    QList<IpAddress> result;
    const Prefix &prefix = subnet.networkId;
    const Family family = prefix.family();
    if (count < 1)
        return result;
    // Recorded addresses, and the reserved addresses and VIPs of the subnet's ranges.
    AddressSet taken = store.usedAddressesIn(subnet);
    for (const Range &r : store.select<Range>(QStringLiteral("subnet_id = ?"), {subnet.id})) {
        for (const IpAddress &gateway : gatewayAddresses(r.gateways)) {
            if (gateway.family() == family)
                taken.add(single(gateway));
        }
    }
    if (hasNetworkAndBroadcast(prefix)) {
        taken.add(single(prefix.first()));
        taken.add(single(prefix.last()));
    }
    AddressSet candidates(family);
    if (range) {
        const Parsed<AddressRange> bounds
                = AddressRange::make(range->startAddress, range->endAddress);
        if (!bounds || range->startAddress.family() != family)
            return result;
        candidates.add(bounds.value());
        candidates = candidates.intersected(AddressRange::of(prefix));
    } else {
        candidates.add(prefix);
    }
    for (const AddressRange &gap : candidates.subtracted(taken).ranges()) {
        for (uint128 value = gap.first().value();; ++value) {
            result.append(IpAddress(family, value));
            if (result.size() == count)
                return result;
            if (value == gap.last().value())
                break;
        }
    }
    return result;
}

QString addressReservedBecause(Store &store, const Subnet &subnet, const IpAddress &address)
{
    const Prefix &prefix = subnet.networkId;
    if (hasNetworkAndBroadcast(prefix)) {
        if (address == prefix.first())
            return QObject::tr("the network address of subnet %1").arg(prefix.toString());
        if (address == prefix.last())
            return QObject::tr("the broadcast address of subnet %1").arg(prefix.toString());
    }
    for (const Range &r : store.select<Range>(QStringLiteral("subnet_id = ?"), {subnet.id})) {
        if (gatewayAddresses(r.gateways).contains(address))
            return QObject::tr("the gateway of range %1").arg(rangeText(r));
        for (const QString &text : r.reservedAddresses) {
            if (IpAddress::parse(text).valueOr(IpAddress()) == address)
                return QObject::tr("a reserved address of range %1").arg(rangeText(r));
        }
        for (const QString &text : r.vips) {
            if (IpAddress::parse(text).valueOr(IpAddress()) == address)
                return QObject::tr("a VIP of range %1").arg(rangeText(r));
        }
    }
    return {};
}

} // namespace ipam
