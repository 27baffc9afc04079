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

} // namespace ipam::ctl
