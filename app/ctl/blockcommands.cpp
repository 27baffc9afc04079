// block add | list | remove

#include "commands.h"

#include "store/store.h"
#include "storequeries.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

// The regional Internet registries IPAM knows (Add-IpamBlock -Rir).
const QStringList Registries = {u"AFRINIC"_s, u"APNIC"_s, u"ARIN"_s, u"LACNIC"_s, u"RIPE"_s};

int addBlock(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"start"_s, u"IP"_s);
    parser.addValue(u"end"_s, u"IP"_s);
    parser.addValue(u"rir"_s, u"R"_s);
    parser.addValue(u"owner"_s, u"O"_s);
    parser.addValue(u"description"_s, u"D"_s);
    addFieldOption(parser);
    if (!parser.parse(arguments, 1, 1, u"PREFIX"_s))
        return Usage;
    const Parsed<QList<FieldAssignment>> fields = fieldOptions(parser);
    if (!fields)
        return refuse(fields.error());
    if (parser.isSet(u"start"_s) != parser.isSet(u"end"_s))
        return parser.usageError(
                QCoreApplication::translate("ipamctl", "--start and --end go together"));
    const Parsed<Prefix> prefix = Prefix::parse(parser.operands().at(0));
    if (!prefix)
        return refuse(prefix.error());
    Block block;
    block.networkId = prefix.value();
    block.startAddress = prefix.value().first();
    block.endAddress = prefix.value().last();
    if (parser.isSet(u"start"_s)) {
        const Parsed<IpAddress> start = IpAddress::parse(parser.value(u"start"_s));
        if (!start)
            return refuse(start.error());
        const Parsed<IpAddress> end = IpAddress::parse(parser.value(u"end"_s));
        if (!end)
            return refuse(end.error());
        block.startAddress = start.value();
        block.endAddress = end.value();
    }
    if (const auto rir = parser.optional(u"rir"_s); rir && !rir->isEmpty()) {
        const qsizetype index = Registries.indexOf(rir->toUpper());
        if (index < 0)
            return refuse(
                    QCoreApplication::translate("ipamctl", "unknown RIR \"%1\"; expected one of %2")
                            .arg(*rir, Registries.join(u", "_s)));
        block.rir = Registries.at(index);
    }
    block.owner = parser.value(u"owner"_s);
    block.description = parser.value(u"description"_s);
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    block.spaceId = space.value().id;
    return createAndPrint(invocation, block, u"block add"_s, fields.value());
}

int listBlocks(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
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
    invocation.printObjects(
            invocation.selectVisible<Block>(condition, orderByAddress() + u", prefix_length"_s));
    return Done;
}

int removeBlock(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 1, 1, u"PREFIX"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<Block> block = invocation.names().block(space.value(), parser.operands().at(0));
    if (!block)
        return refuse(block.error());
    return remove(invocation, block.value(), u"block remove"_s);
}

} // namespace

QList<Command> blockCommands()
{
    return {
            {u"block"_s, u"add"_s,
             u"block add PREFIX [--space NAME] [--start IP --end IP] [--rir R] [--owner O] "
             "[--description D] [--field NAME=VALUE]..."_s,
             addBlock},
            {u"block"_s, u"list"_s, u"block list [--space NAME]"_s, listBlocks},
            {u"block"_s, u"remove"_s, u"block remove PREFIX [--space NAME]"_s, removeBlock},
    };
}

} // namespace ipam::ctl
