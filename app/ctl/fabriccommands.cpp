// lnet add | list | remove, site add | list | remove: the VMM fabric of a provider space.

#include "commands.h"

#include "storequeries.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

int addLogicalNetwork(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"description"_s, u"D"_s);
    parser.addFlag(u"virtualization"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    LogicalNetwork network;
    network.spaceId = space.value().id;
    network.name = parser.operands().at(0);
    network.description = parser.value(u"description"_s);
    network.networkVirtualizationEnabled = parser.isSet(u"virtualization"_s);
    return createAndPrint(invocation, network, u"lnet add"_s);
}

int listLogicalNetworks(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    std::optional<ObjectId> spaceId;
    if (const auto name = parser.optional(u"space"_s)) {
        const Parsed<AddressSpace> space = invocation.names().spaceNamed(*name);
        if (!space)
            return refuse(space.error());
        spaceId = space.value().id;
    }
    const SqlCondition condition = inSpace(spaceId);
    invocation.printObjects(invocation.selectVisible<LogicalNetwork>(condition, orderById()));
    return Done;
}

int removeLogicalNetwork(Invocation &invocation, CommandParser &parser,
                         const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<LogicalNetwork> network
            = invocation.names().logicalNetwork(space.value(), parser.operands().at(0));
    if (!network)
        return refuse(network.error());
    return remove(invocation, network.value(), u"lnet remove"_s);
}

int addSite(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"lnet"_s, u"NAME"_s);
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"vlan"_s, u"N"_s);
    parser.addValue(u"host-group"_s, u"G"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (!parser.isSet(u"lnet"_s))
        return parser.usageError(QCoreApplication::translate("ipamctl", "missing --lnet NAME"));
    const Parsed<QList<int>> vlans = parseVlanIds(parser.values(u"vlan"_s));
    if (!vlans)
        return refuse(vlans.error());
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<LogicalNetwork> network
            = invocation.names().logicalNetwork(space.value(), parser.value(u"lnet"_s));
    if (!network)
        return refuse(network.error());
    NetworkSite site;
    site.logicalNetworkId = network.value().id;
    site.name = parser.operands().at(0);
    site.vlanIds = vlans.value();
    site.hostGroup = parser.value(u"host-group"_s);
    return createAndPrint(invocation, site, u"site add"_s);
}

int listSites(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"lnet"_s, u"NAME"_s);
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    NameResolver &names = invocation.names();
    Store &store = invocation.store();
    SqlCondition condition;
    if (const auto lnet = parser.optional(u"lnet"_s)) {
        const Parsed<AddressSpace> space = names.space(parser.optional(u"space"_s));
        if (!space)
            return refuse(space.error());
        const Parsed<LogicalNetwork> network = names.logicalNetwork(space.value(), *lnet);
        if (!network)
            return refuse(network.error());
        condition = inLogicalNetwork(network.value().id);
    } else if (const auto name = parser.optional(u"space"_s)) {
        const Parsed<AddressSpace> space = names.spaceNamed(*name);
        if (!space)
            return refuse(space.error());
        const SqlCondition networks = inSpace(space.value().id);
        QList<ObjectId> ids;
        for (const LogicalNetwork &network :
             store.select<LogicalNetwork>(networks.where, networks.binds, orderById()))
            ids.append(network.id);
        condition = inLogicalNetworks(ids);
    }
    invocation.printObjects(invocation.selectVisible<NetworkSite>(condition, orderById()));
    return Done;
}

int removeSite(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"lnet"_s, u"NAME"_s);
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (!parser.isSet(u"lnet"_s))
        return parser.usageError(QCoreApplication::translate("ipamctl", "missing --lnet NAME"));
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<LogicalNetwork> network
            = invocation.names().logicalNetwork(space.value(), parser.value(u"lnet"_s));
    if (!network)
        return refuse(network.error());
    const Parsed<NetworkSite> site
            = invocation.names().site(network.value(), parser.operands().at(0));
    if (!site)
        return refuse(site.error());
    return remove(invocation, site.value(), u"site remove"_s);
}

} // namespace

QList<Command> logicalNetworkCommands()
{
    return {
            {u"lnet"_s, u"add"_s,
             u"lnet add NAME [--space NAME] [--description D] [--virtualization]"_s,
             addLogicalNetwork},
            {u"lnet"_s, u"list"_s, u"lnet list [--space NAME]"_s, listLogicalNetworks},
            {u"lnet"_s, u"remove"_s, u"lnet remove NAME [--space NAME]"_s, removeLogicalNetwork},
            {u"site"_s, u"add"_s,
             u"site add NAME --lnet NAME [--space NAME] [--vlan N]... [--host-group G]"_s, addSite},
            {u"site"_s, u"list"_s, u"site list [--lnet NAME] [--space NAME]"_s, listSites},
            {u"site"_s, u"remove"_s, u"site remove NAME --lnet NAME [--space NAME]"_s, removeSite},
    };
}

} // namespace ipam::ctl
