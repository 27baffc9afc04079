#include "commands.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipam::ctl {

Parsed<SqlCondition> subnetOrSpaceCondition(NameResolver &names, const CommandParser &parser)
{
    if (const auto prefix = parser.optional(u"subnet"_s)) {
        const Parsed<AddressSpace> space = names.space(parser.optional(u"space"_s));
        if (!space)
            return Parsed<SqlCondition>::failure(space.error());
        const Parsed<Subnet> subnet = names.subnet(space.value(), *prefix);
        if (!subnet)
            return Parsed<SqlCondition>::failure(subnet.error());
        return inSubnet(subnet.value().id);
    }
    if (const auto name = parser.optional(u"space"_s)) {
        const Parsed<AddressSpace> space = names.spaceNamed(*name);
        if (!space)
            return Parsed<SqlCondition>::failure(space.error());
        return inSpace(space.value().id);
    }
    return SqlCondition();
}

const QList<Command> &allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> list;
        for (QList<Command> (*group)() :
             {spaceCommands, logicalNetworkCommands, subnetCommands, blockCommands, rangeCommands,
              addressCommands, findFreeCommands, fileCommands, auditCommands, scopeCommands,
              roleCommands, policyCommands, permissionCommands, syncCommands, searchCommands,
              utilizationCommands, fieldCommands})
            list += group();
        return list;
    }();
    return commands;
}

void addFieldOption(CommandParser &parser)
{
    parser.addValue(u"field"_s, u"NAME=VALUE"_s);
}

Parsed<QList<FieldAssignment>> fieldOptions(const CommandParser &parser)
{
    QList<FieldAssignment> fields;
    for (const QString &text : parser.values(u"field"_s)) {
        const Parsed<FieldAssignment> assignment = customfields::parseAssignment(text);
        if (!assignment)
            return Parsed<QList<FieldAssignment>>::failure(assignment.error());
        fields.append(assignment.value());
    }
    return fields;
}

bool parseSetScope(CommandParser &parser, const QStringList &arguments, const QString &operandNames)
{
    parser.addValue(QStringLiteral("scope"), QStringLiteral("PATH"));
    parser.addFlag(QStringLiteral("inherit"));
    if (!parser.parse(arguments, 1, -1, operandNames))
        return false;
    if (parser.isSet(QStringLiteral("scope")) == parser.isSet(QStringLiteral("inherit"))) {
        parser.usageError(
                QCoreApplication::translate("ipamctl", "give either --scope PATH or --inherit"));
        return false;
    }
    return true;
}

} // namespace ipam::ctl
