#include "commands.h"

namespace ipam::ctl {

const QList<Command> &allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> list;
        for (QList<Command> (*group)() :
             {spaceCommands, logicalNetworkCommands, subnetCommands, blockCommands, rangeCommands,
              addressCommands, findFreeCommands, fileCommands, auditCommands, scopeCommands,
              roleCommands, policyCommands, permissionCommands})
            list += group();
        return list;
    }();
    return commands;
}

bool parseSetScope(CommandParser &parser, const QStringList &arguments, const QString &operandNames)
{
    parser.addValue(QStringLiteral("scope"), QStringLiteral("PATH"));
    parser.addFlag(QStringLiteral("inherit"));
    if (!parser.parse(arguments, 1, -1, operandNames))
        return false;
    if (parser.isSet(QStringLiteral("scope")) == parser.isSet(QStringLiteral("inherit"))) {
        parser.usageError(QStringLiteral("give either --scope PATH or --inherit"));
        return false;
    }
    return true;
}

} // namespace ipam::ctl
