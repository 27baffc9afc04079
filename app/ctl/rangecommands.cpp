// range add | list | remove

#include "commands.h"

#include "store/store.h"
#include "storequeries.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

int addRange(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"managed-by"_s, u"S"_s);
    parser.addValue(u"service-instance"_s, u"I"_s);
    parser.addValue(u"assignment-type"_s, u"T"_s);
    parser.addValue(u"owner"_s, u"O"_s);
    parser.addValue(u"description"_s, u"D"_s);
    addFieldOption(parser);
    if (!parser.parse(arguments, 2, 2, u"START END"_s))
        return Usage;
    const Parsed<QList<FieldAssignment>> fields = fieldOptions(parser);
    if (!fields)
        return refuse(fields.error());
    const Parsed<IpAddress> start = IpAddress::parse(parser.operands().at(0));
    if (!start)
        return refuse(start.error());
    const Parsed<IpAddress> end = IpAddress::parse(parser.operands().at(1));
    if (!end)
        return refuse(end.error());
    Range range;
    range.startAddress = start.value();
    range.endAddress = end.value();
    if (const auto text = parser.optional(u"managed-by"_s))
        range.managedByService = *text;
    if (const auto text = parser.optional(u"service-instance"_s))
        range.serviceInstance = *text;
    if (const auto text = parser.optional(u"assignment-type"_s)) {
        const std::optional<AssignmentType> type = assignmentTypeFromString(*text);
        if (!type)
            return refuse(QCoreApplication::translate("ipamctl",
                                                      "--assignment-type must be Static, Dynamic, "
                                                      "Auto, Reserved or VIP, not \"%1\"")
                                  .arg(*text));
        range.assignmentType = *type;
    }
    range.owner = parser.value(u"owner"_s);
    range.description = parser.value(u"description"_s);
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    range.spaceId = space.value().id;
    return createAndPrint(invocation, range, u"range add"_s, fields.value());
}

int listRanges(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"subnet"_s, u"PREFIX"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<SqlCondition> condition = subnetOrSpaceCondition(invocation.names(), parser);
    if (!condition)
        return refuse(condition.error());
    invocation.printObjects(invocation.selectVisible<Range>(condition.value(), orderByAddress()));
    return Done;
}

int removeRange(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 2, 2, u"START END"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<Range> range = invocation.names().range(space.value(), parser.operands().at(0),
                                                         parser.operands().at(1));
    if (!range)
        return refuse(range.error());
    return remove(invocation, range.value(), u"range remove"_s);
}

} // namespace

QList<Command> rangeCommands()
{
    return {
            {u"range"_s, u"add"_s,
             u"range add START END [--space NAME] [--managed-by S] [--service-instance I] "
             "[--assignment-type T] [--owner O] [--description D] [--field NAME=VALUE]..."_s,
             addRange},
            {u"range"_s, u"list"_s, u"range list [--space NAME] [--subnet PREFIX]"_s, listRanges},
            {u"range"_s, u"remove"_s, u"range remove START END [--space NAME]"_s, removeRange},
    };
}

} // namespace ipam::ctl
