// role list | add | copy | set | remove: named sets of operations. The eight built-in roles
// are read-only; copy one to change it.

#include "commands.h"

#include "accessrecords.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

// Prints the role called `name` as it is now.
void printRole(Invocation &invocation, const QString &name)
{
    QList<UserRole> roles;
    if (std::optional<UserRole> role = invocation.accessControl().tables().roleByName(name))
        roles.append(*role);
    invocation.printTable(roleRecords(roles, invocation.format()));
}

int listRoles(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    invocation.printTable(
            roleRecords(invocation.accessControl().tables().roles(), invocation.format()));
    return Done;
}

int addRole(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"operations"_s, u"OP,OP,..."_s);
    parser.addValue(u"description"_s, u"D"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    const Parsed<OperationSet> operations = parseOperations(parser.values(u"operations"_s));
    if (!operations)
        return refuse(operations.error());
    if (const int code = invocation.open())
        return code;
    const QString &name = parser.operands().at(0);
    if (const int code = invocation.report(invocation.accessControl().addRole(
                name, operations.value(), parser.value(u"description"_s))))
        return code;
    printRole(invocation, name);
    return Done;
}

int copyRole(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 2, 2, u"FROM NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const QString &name = parser.operands().at(1);
    if (const int code
        = invocation.report(invocation.accessControl().copyRole(parser.operands().at(0), name)))
        return code;
    printRole(invocation, name);
    return Done;
}

int setRole(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"add"_s, u"OP,..."_s);
    parser.addValue(u"remove"_s, u"OP,..."_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (!parser.isSet(u"add"_s) && !parser.isSet(u"remove"_s))
        return parser.usageError(QCoreApplication::translate(
                "ipamctl", "nothing to change: give --add or --remove"));
    const Parsed<OperationSet> add = parseOperations(parser.values(u"add"_s));
    if (!add)
        return refuse(add.error());
    const Parsed<OperationSet> remove = parseOperations(parser.values(u"remove"_s));
    if (!remove)
        return refuse(remove.error());
    if (const int code = invocation.open())
        return code;
    const QString &name = parser.operands().at(0);
    if (const int code
        = invocation.report(invocation.accessControl().editRole(name, add.value(), remove.value())))
        return code;
    printRole(invocation, name);
    return Done;
}

int removeRole(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    return invocation.report(invocation.accessControl().removeRole(parser.operands().at(0)));
}

} // namespace

QList<Command> roleCommands()
{
    return {
            {u"role"_s, u"list"_s, u"role list"_s, listRoles},
            {u"role"_s, u"add"_s, u"role add NAME [--operations OP,OP,...] [--description D]"_s,
             addRole},
            {u"role"_s, u"copy"_s, u"role copy FROM NAME"_s, copyRole},
            {u"role"_s, u"set"_s, u"role set NAME [--add OP,...] [--remove OP,...]"_s, setRole},
            {u"role"_s, u"remove"_s, u"role remove NAME"_s, removeRole},
    };
}

} // namespace ipam::ctl
