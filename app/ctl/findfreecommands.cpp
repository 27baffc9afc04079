// find-free-subnet, find-free-address: report only; pipe the answer to `subnet add` or
// `address add`.

#include "commands.h"

#include "store/store.h"

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

// IPAM's Find-IpamFreeAddress stops at 1,024; prefixes are as cheap to find.
constexpr int MaxCount = 65536;

int findFreeSubnet(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"within"_s, u"PREFIX"_s);
    parser.addValue(u"length"_s, u"N"_s);
    parser.addValue(u"count"_s, u"K"_s);
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (!parser.isSet(u"within"_s) || !parser.isSet(u"length"_s))
        return parser.usageError(u"missing --within PREFIX and --length N"_s);
    const Parsed<Prefix> within = Prefix::parse(parser.value(u"within"_s));
    if (!within)
        return refuse(within.error());
    bool ok = false;
    const int length = parser.value(u"length"_s).toInt(&ok);
    const int maxLength = bitWidth(within.value().family());
    if (!ok || length < within.value().length() || length > maxLength)
        return refuse(u"--length must be a prefix length from %1 to %2 inside %3, not \"%4\""_s
                              .arg(within.value().length())
                              .arg(maxLength)
                              .arg(within.value().toString(), parser.value(u"length"_s)));
    const Parsed<int> count = parseCount(
            u"count"_s, parser.value(u"count"_s).isEmpty() ? u"1"_s : parser.value(u"count"_s),
            MaxCount);
    if (!count)
        return refuse(count.error());
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    if (const int code = invocation.refuseUnlessVisible(space.value()))
        return code;

    const AddressSet taken = invocation.store().subnetSpaceWithin(space.value().id, within.value());
    const QList<Prefix> free = taken.firstFreePrefixes(within.value(), length, count.value());
    if (free.isEmpty())
        return refuse(u"no free /%1 in %2 in address space \"%3\""_s.arg(length).arg(
                within.value().toString(), space.value().name));
    QStringList texts;
    for (const Prefix &prefix : free)
        texts.append(prefix.toString());
    invocation.printStrings(texts);
    return Done;
}

int findFreeAddress(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"subnet"_s, u"PREFIX"_s);
    parser.addValue(u"count"_s, u"K"_s);
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (!parser.isSet(u"subnet"_s))
        return parser.usageError(u"missing --subnet PREFIX"_s);
    const Parsed<int> count = parseCount(
            u"count"_s, parser.value(u"count"_s).isEmpty() ? u"1"_s : parser.value(u"count"_s),
            MaxCount);
    if (!count)
        return refuse(count.error());
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<Subnet> subnet
            = invocation.names().subnet(space.value(), parser.value(u"subnet"_s));
    if (!subnet)
        return refuse(subnet.error());
    if (const int code = invocation.refuseUnlessVisible(subnet.value()))
        return code;

    const AddressSet used = invocation.store().usedAddressesIn(subnet.value());
    const QList<IpAddress> free = used.firstFreeAddresses(subnet.value().networkId, count.value());
    if (free.isEmpty())
        return refuse(u"subnet %1 in address space \"%2\" has no free address"_s.arg(
                subnet.value().networkId.toString(), space.value().name));
    QStringList texts;
    for (const IpAddress &ip : free)
        texts.append(ip.toString());
    invocation.printStrings(texts);
    return Done;
}

} // namespace

QList<Command> findFreeCommands()
{
    return {
            {u"find-free-subnet"_s, QString(),
             u"find-free-subnet --within PREFIX --length N [--count K] [--space NAME]"_s,
             findFreeSubnet},
            {u"find-free-address"_s, QString(),
             u"find-free-address --subnet PREFIX [--count K] [--space NAME]"_s, findFreeAddress},
    };
}

} // namespace ipam::ctl
