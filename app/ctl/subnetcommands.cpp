// subnet add | list | set | remove | assign | unassign | set-scope

#include "commands.h"

#include "domain/rules.h"
#include "domain/subnetplacement.h"
#include "search/savedviewstore.h"
#include "search/searchtext.h"
#include "store/store.h"
#include "storequeries.h"
#include <QCoreApplication>
#include <QSettings>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// The options `subnet add` and `subnet set` share; set changes only those given.
const QStringList EditOptions = {u"name"_s,
                                 u"vlan"_s,
                                 u"owner"_s,
                                 u"description"_s,
                                 u"lnet"_s,
                                 u"site"_s,
                                 u"virtual-subnet-id"_s,
                                 u"network-type"_s,
                                 u"field"_s};

void addEditOptions(CommandParser &parser)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"name"_s, u"N"_s);
    parser.addValue(u"vlan"_s, u"N"_s);
    parser.addValue(u"owner"_s, u"O"_s);
    parser.addValue(u"description"_s, u"D"_s);
    parser.addValue(u"lnet"_s, u"NAME"_s);
    parser.addValue(u"site"_s, u"NAME"_s);
    parser.addValue(u"virtual-subnet-id"_s, u"N"_s);
    parser.addValue(u"network-type"_s, u"NonVirtualized|Provider|Customer"_s);
    addFieldOption(parser);
}

// Points the subnet at the logical network and site named by --lnet / --site, resolved in
// its space. A site alone is looked up in the subnet's logical network, or, when it has none,
// in every logical network of the space. The assignment rule itself (own provider space, a
// site of that logical network) is the write path's: a site found only under another
// logical network is passed on, so that the refusal says exactly that.
Verdict applyAssignment(Invocation &invocation, const AddressSpace &space, Subnet &subnet,
                        const std::optional<QString> &lnet, const std::optional<QString> &site)
{
    NameResolver &names = invocation.names();
    std::optional<LogicalNetwork> network;
    if (lnet) {
        const Parsed<LogicalNetwork> named = names.logicalNetwork(space, *lnet);
        if (!named)
            return Verdict::refused(named.error());
        network = named.value();
        // The subnet's current site is of its current logical network.
        placeOnLogicalNetwork(subnet, network->id, subnet.logicalNetworkId);
    } else if (subnet.logicalNetworkId != 0) {
        network = invocation.store().get<LogicalNetwork>(subnet.logicalNetworkId);
    }
    if (!site)
        return Verdict::allowed();

    if (!network) {
        const QList<NetworkSite> candidates = names.sitesNamed(space, *site);
        if (candidates.isEmpty())
            return Verdict::refused(
                    QCoreApplication::translate("ipamctl", "no network site %1 in address space %2")
                            .arg(quoted(*site), quoted(space.name)));
        if (candidates.size() > 1)
            return Verdict::refused(QCoreApplication::translate(
                                            "ipamctl",
                                            "network site %1 exists in several logical networks of "
                                            "address space %2; name one with --lnet")
                                            .arg(quoted(*site), quoted(space.name)));
        placeOnSite(subnet, candidates.constFirst());
        return Verdict::allowed();
    }
    const Parsed<NetworkSite> own = names.site(*network, *site);
    if (own) {
        placeOnSite(subnet, own.value());
        return Verdict::allowed();
    }
    if (const QList<NetworkSite> elsewhere = names.sitesNamed(space, *site);
        elsewhere.size() == 1) {
        // Deliberately not placeOnSite: the site of another logical network than --lnet named
        // is left to rules::subnetAssignment to refuse, naming both.
        subnet.siteId = elsewhere.constFirst().id;
        return Verdict::allowed();
    }
    return Verdict::refused(own.error());
}

// Applies the edit options that were given; an exit code when one is refused.
int applyEditOptions(Invocation &invocation, const CommandParser &parser, const AddressSpace &space,
                     Subnet &subnet)
{
    if (const auto type = parser.optional(u"network-type"_s)) {
        const std::optional<NetworkType> parsed = networkTypeFromString(*type);
        if (!parsed)
            return refuse(
                    QCoreApplication::translate(
                            "ipamctl",
                            "--network-type must be NonVirtualized, Provider or Customer, not %1")
                            .arg(quoted(*type)));
        subnet.networkType = *parsed;
    }
    if (const auto name = parser.optional(u"name"_s))
        subnet.name = *name;
    if (parser.isSet(u"vlan"_s)) {
        const Parsed<QList<int>> vlans = parseVlanIds(parser.values(u"vlan"_s));
        if (!vlans)
            return refuse(vlans.error());
        subnet.vlanIds = vlans.value();
    }
    if (const auto owner = parser.optional(u"owner"_s))
        subnet.owner = *owner;
    if (const auto description = parser.optional(u"description"_s))
        subnet.description = *description;
    if (const auto text = parser.optional(u"virtual-subnet-id"_s)) {
        subnet.virtualSubnetId.reset();
        if (!text->isEmpty()) {
            bool ok = false;
            const uint id = text->toUInt(&ok);
            if (!ok)
                return refuse(QCoreApplication::translate(
                                      "ipamctl",
                                      "--virtual-subnet-id must be a number 0..4294967295, not %1")
                                      .arg(quoted(*text)));
            subnet.virtualSubnetId = id;
        }
    }
    const Verdict assigned = applyAssignment(invocation, space, subnet, parser.optional(u"lnet"_s),
                                             parser.optional(u"site"_s));
    if (!assigned)
        return refuse(assigned.reason());
    return Done;
}

int addSubnet(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    addEditOptions(parser);
    if (!parser.parse(arguments, 1, 1, u"PREFIX"_s))
        return Usage;
    const Parsed<Prefix> prefix = Prefix::parse(parser.operands().at(0));
    if (!prefix)
        return refuse(prefix.error());
    const Parsed<QList<FieldAssignment>> fields = fieldOptions(parser);
    if (!fields)
        return refuse(fields.error());
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    Subnet subnet;
    subnet.spaceId = space.value().id;
    subnet.networkId = prefix.value();
    subnet.networkType = rules::defaultNetworkType(space.value());
    if (const int code = applyEditOptions(invocation, parser, space.value(), subnet))
        return code;
    return createAndPrint(invocation, subnet, u"subnet add"_s, fields.value());
}

int setSubnet(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    addEditOptions(parser);
    if (!parser.parse(arguments, 1, 1, u"PREFIX"_s))
        return Usage;
    if (std::none_of(EditOptions.cbegin(), EditOptions.cend(),
                     [&](const QString &option) { return parser.isSet(option); }))
        return parser.usageError(QCoreApplication::translate(
                "ipamctl", "nothing to change: give at least one option"));
    const Parsed<QList<FieldAssignment>> fields = fieldOptions(parser);
    if (!fields)
        return refuse(fields.error());
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<Subnet> found = invocation.names().subnet(space.value(), parser.operands().at(0));
    if (!found)
        return refuse(found.error());
    Subnet subnet = found.value();
    if (const int code = applyEditOptions(invocation, parser, space.value(), subnet))
        return code;
    return updateAndPrint(invocation, subnet, u"subnet set"_s, fields.value());
}

int removeSubnet(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 1, 1, u"PREFIX"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<Subnet> subnet = invocation.names().subnet(space.value(), parser.operands().at(0));
    if (!subnet)
        return refuse(subnet.error());
    return remove(invocation, subnet.value(), u"subnet remove"_s);
}

// assign and unassign: every subnet named, in one change set (all or nothing).
int assignSubnets(Invocation &invocation, CommandParser &parser, const QStringList &arguments,
                  bool assign)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    if (assign) {
        parser.addValue(u"lnet"_s, u"NAME"_s);
        parser.addValue(u"site"_s, u"NAME"_s);
    }
    if (!parser.parse(arguments, 1, -1, u"PREFIX"_s))
        return Usage;
    if (assign && !parser.isSet(u"lnet"_s))
        return parser.usageError(QCoreApplication::translate("ipamctl", "missing --lnet NAME"));
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    ChangeSet changes;
    changes.label = assign ? u"subnet assign"_s : u"subnet unassign"_s;
    for (const QString &text : parser.operands()) {
        const Parsed<Subnet> found = invocation.names().subnet(space.value(), text);
        if (!found)
            return refuse(found.error());
        Subnet subnet = found.value();
        if (assign) {
            const Verdict assigned
                    = applyAssignment(invocation, space.value(), subnet, parser.optional(u"lnet"_s),
                                      parser.optional(u"site"_s));
            if (!assigned)
                return refuse(assigned.reason());
        } else {
            unassignSubnet(subnet);
        }
        changes.update(subnet, subnet.version);
    }
    WriteResult result;
    if (const int code = invocation.submit(changes, &result))
        return code;
    invocation.printWritten<Subnet>(result);
    return Done;
}

int assignSubnet(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    return assignSubnets(invocation, parser, arguments, true);
}

int unassignSubnet(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    return assignSubnets(invocation, parser, arguments, false);
}

// set-scope: the subnets' own access scope, or back to inheriting their space's.
int setSubnetScope(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parseSetScope(parser, arguments, u"PREFIX"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    QList<Subnet> subnets;
    for (const QString &text : parser.operands()) {
        const Parsed<Subnet> found = invocation.names().subnet(space.value(), text);
        if (!found)
            return refuse(found.error());
        subnets.append(found.value());
    }
    return setScopeAndPrint(invocation, parser, subnets);
}

int listSubnets(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"lnet"_s, u"NAME"_s);
    parser.addValue(u"site"_s, u"NAME"_s);
    parser.addValue(u"family"_s, u"4|6"_s);
    parser.addValue(u"contains"_s, u"IP"_s);
    parser.addValue(u"view"_s, u"NAME"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    SubnetFilter filter;
    SqlCondition viewSearch;
    std::optional<SavedView> saved;
    if (const auto name = parser.optional(u"view"_s)) {
        // The console's saved view (own, shared, or local to this computer): its filter.
        if (const int code = invocation.open())
            return code;
        QSettings local(u"ipam-console"_s, u"console"_s);
        saved = SavedViewStore(invocation.writePath()).find(*name, &local);
        if (!saved)
            return refuse(
                    QCoreApplication::translate("ipamctl", "no saved view %1").arg(quoted(*name)));
        if (saved->view != u"subnets"_s)
            return refuse(
                    QCoreApplication::translate("ipamctl", "saved view %1 lists %2, not subnets")
                            .arg(quoted(*name), saved->view));
        filter.family = saved->family == 6 ? Family::V6 : Family::V4;
        const SearchText text = SearchText::parse(saved->search);
        if (!text.error().isEmpty())
            return refuse(text.error());
        if (text.kind() == SearchText::Kind::Contains) {
            viewSearch.add(u"family = ? AND lo <= ? AND hi >= ?"_s,
                           {text.range().family() == Family::V6 ? 6 : 4,
                            text.range().first().toBytes(), text.range().last().toBytes()});
        } else if (text.kind() == SearchText::Kind::Text) {
            const QString like = SearchText::likePattern(text.needle());
            viewSearch.add(u"(name LIKE ? ESCAPE '\\' OR owner LIKE ? ESCAPE '\\' OR "
                           "description LIKE ? ESCAPE '\\' OR network_id LIKE ? ESCAPE '\\')"_s,
                           {like, like, like, like});
        }
    }
    if (const auto text = parser.optional(u"family"_s)) {
        const Parsed<Family> family = parseFamily(*text);
        if (!family)
            return refuse(family.error());
        filter.family = family.value();
    }
    if (const auto text = parser.optional(u"contains"_s)) {
        const Parsed<IpAddress> ip = IpAddress::parse(*text);
        if (!ip)
            return refuse(ip.error());
        filter.contains = ip.value();
    }
    if (const int code = invocation.open())
        return code;
    NameResolver &names = invocation.names();
    // Options given on the command line win over the saved view's.
    auto fromView = [&](const QString &option, const QString &value) -> std::optional<QString> {
        if (const auto given = parser.optional(option))
            return given;
        if (saved && !value.isEmpty() && value != SavedView::unassigned)
            return value;
        return std::nullopt;
    };
    const std::optional<QString> spaceName = fromView(u"space"_s, saved ? saved->space : QString());
    const std::optional<QString> lnet
            = fromView(u"lnet"_s, saved ? saved->logicalNetwork : QString());
    const std::optional<QString> site = fromView(u"site"_s, saved ? saved->site : QString());
    if (saved && !parser.optional(u"lnet"_s) && saved->logicalNetwork == SavedView::unassigned)
        viewSearch.add(u"logical_network_id IS NULL"_s, {});
    if (saved && !parser.optional(u"site"_s) && saved->site == SavedView::unassigned)
        viewSearch.add(u"site_id IS NULL"_s, {});
    if (spaceName || lnet || site) {
        // Logical networks and sites are named inside a space: Default unless --space says.
        const Parsed<AddressSpace> space = names.space(spaceName);
        if (!space)
            return refuse(space.error());
        if (spaceName)
            filter.spaceId = space.value().id;
        std::optional<LogicalNetwork> network;
        if (lnet) {
            const Parsed<LogicalNetwork> named = names.logicalNetwork(space.value(), *lnet);
            if (!named)
                return refuse(named.error());
            network = named.value();
            filter.logicalNetworkId = network->id;
        }
        if (site) {
            QList<ObjectId> ids;
            if (network) {
                const Parsed<NetworkSite> named = names.site(*network, *site);
                if (!named)
                    return refuse(named.error());
                ids.append(named.value().id);
            } else {
                for (const NetworkSite &candidate : names.sitesNamed(space.value(), *site))
                    ids.append(candidate.id);
                if (ids.isEmpty())
                    return refuse(QCoreApplication::translate(
                                          "ipamctl", "no network site %1 in address space %2")
                                          .arg(quoted(*site), quoted(space.value().name)));
            }
            filter.siteIds = ids;
        }
    }
    SqlCondition condition = subnetCondition(filter);
    condition.add(viewSearch);
    if (saved) {
        // The view's order and columns, as the console shows them.
        QStringList columns;
        for (int column : std::as_const(saved->columns)) {
            const QString record = SavedView::subnetRecordColumn(column);
            if (!record.isEmpty() && !columns.contains(record))
                columns.append(record);
        }
        invocation.setRecordView(SavedView::subnetRecordColumn(saved->sortColumn),
                                 saved->descending, columns);
    }
    invocation.printObjects(invocation.selectVisible<Subnet>(condition, orderByAddress()));
    return Done;
}

} // namespace

QList<Command> subnetCommands()
{
    const QString editOptions = u"[--space NAME] [--name N] [--vlan N]... [--owner O] "
                                u"[--description D] [--lnet NAME] "
                                "[--site NAME] [--virtual-subnet-id N] [--network-type T] "
                                "[--field NAME=VALUE]..."_s;
    return {
            {u"subnet"_s, u"add"_s, u"subnet add PREFIX "_s + editOptions, addSubnet},
            {u"subnet"_s, u"list"_s,
             u"subnet list [--space NAME] [--lnet NAME] [--site NAME] [--family 4|6] [--contains "
             u"IP] "
             "[--view NAME]"_s,
             listSubnets},
            {u"subnet"_s, u"set"_s, u"subnet set PREFIX "_s + editOptions, setSubnet},
            {u"subnet"_s, u"remove"_s, u"subnet remove PREFIX [--space NAME]"_s, removeSubnet},
            {u"subnet"_s, u"assign"_s,
             u"subnet assign PREFIX... --lnet NAME [--site NAME] [--space NAME]"_s, assignSubnet},
            {u"subnet"_s, u"unassign"_s, u"subnet unassign PREFIX... [--space NAME]"_s,
             unassignSubnet},
            {u"subnet"_s, u"set-scope"_s,
             u"subnet set-scope PREFIX... (--scope PATH | --inherit) [--space NAME]"_s,
             setSubnetScope},
    };
}

} // namespace ipam::ctl
