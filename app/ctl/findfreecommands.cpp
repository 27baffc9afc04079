// find-free-subnet, find-free-address: report only; pipe the answer to `subnet add` or
// `address add`.

#include "commands.h"

#include "store/freeaddresses.h"
#include "store/store.h"
#include <QCoreApplication>

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
        return parser.usageError(
                QCoreApplication::translate("ipamctl", "missing --within PREFIX and --length N"));
    const Parsed<Prefix> within = Prefix::parse(parser.value(u"within"_s));
    if (!within)
        return refuse(within.error());
    bool ok = false;
    const int length = parser.value(u"length"_s).toInt(&ok);
    const int maxLength = bitWidth(within.value().family());
    if (!ok || length < within.value().length() || length > maxLength)
        return refuse(
                QCoreApplication::translate(
                        "ipamctl",
                        "--length must be a prefix length from %1 to %2 inside %3, not \"%4\"")
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
        return refuse(
                QCoreApplication::translate("ipamctl", "no free /%1 in %2 in address space \"%3\"")
                        .arg(length)
                        .arg(within.value().toString(), space.value().name));
    QStringList texts;
    for (const Prefix &prefix : free)
        texts.append(prefix.toString());
    invocation.printStrings(texts);
    return Done;
}

// "START-END" of a range, as `range list` prints it.
std::optional<std::pair<IpAddress, IpAddress>> parseRangeBounds(const QString &text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0)
        return std::nullopt;
    const Parsed<IpAddress> start = IpAddress::parse(QStringView(text).left(dash).trimmed());
    const Parsed<IpAddress> end = IpAddress::parse(QStringView(text).mid(dash + 1).trimmed());
    if (!start || !end)
        return std::nullopt;
    return std::pair{start.value(), end.value()};
}

int findFreeAddress(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"subnet"_s, u"PREFIX"_s);
    parser.addValue(u"range"_s, u"START-END"_s);
    parser.addValue(u"count"_s, u"K"_s);
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (parser.isSet(u"subnet"_s) == parser.isSet(u"range"_s))
        return parser.usageError(QCoreApplication::translate(
                "ipamctl", "give one of --subnet PREFIX or --range START-END"));
    const Parsed<int> count = parseCount(
            u"count"_s, parser.value(u"count"_s).isEmpty() ? u"1"_s : parser.value(u"count"_s),
            MaxCount);
    if (!count)
        return refuse(count.error());
    std::optional<std::pair<IpAddress, IpAddress>> bounds;
    if (parser.isSet(u"range"_s)) {
        bounds = parseRangeBounds(parser.value(u"range"_s));
        if (!bounds)
            return refuse(
                    QCoreApplication::translate(
                            "ipamctl", "--range must be START-END (two addresses), not \"%1\"")
                            .arg(parser.value(u"range"_s)));
    }
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    Store &store = invocation.store();
    std::optional<Range> range;
    std::optional<Subnet> subnet;
    if (bounds) {
        range = store.rangeByBounds(space.value().id, bounds->first, bounds->second);
        if (!range)
            return refuse(
                    QCoreApplication::translate("ipamctl", "no range %1 in address space \"%2\"")
                            .arg(parser.value(u"range"_s), space.value().name));
        if (const int code = invocation.refuseUnlessVisible(*range))
            return code;
        subnet = store.get<Subnet>(range->subnetId);
        if (!subnet)
            return refuse(QCoreApplication::translate("ipamctl", "range %1 has no subnet")
                                  .arg(parser.value(u"range"_s)));
    } else {
        const Parsed<Subnet> named
                = invocation.names().subnet(space.value(), parser.value(u"subnet"_s));
        if (!named)
            return refuse(named.error());
        if (const int code = invocation.refuseUnlessVisible(named.value()))
            return code;
        subnet = named.value();
    }

    // Not reserved, not a gateway, not the network or broadcast address, not used; inside the
    // range when one was named.
    const QList<IpAddress> free
            = findFreeAddresses(store, *subnet, range ? &*range : nullptr, count.value());
    if (free.isEmpty())
        return refuse(
                range ? QCoreApplication::translate(
                                "ipamctl", "range %1 in address space \"%2\" has no free address")
                                .arg(parser.value(u"range"_s), space.value().name)
                      : QCoreApplication::translate(
                                "ipamctl", "subnet %1 in address space \"%2\" has no free address")
                                .arg(subnet->networkId.toString(), space.value().name));
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
             u"find-free-address (--subnet PREFIX | --range START-END) [--count K] [--space NAME]"_s,
             findFreeAddress},
    };
}

} // namespace ipam::ctl
