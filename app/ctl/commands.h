#pragma once

#include "commandparser.h"
#include "invocation.h"

#include <QList>
#include <QString>

namespace ipam::ctl {

// One ipamctl command: the words that name it ("subnet" "add", or "import" alone), its
// synopsis for usage messages, and the function that runs it. A command parses its own
// options with the CommandParser it is given (built on its synopsis), then opens the store.
struct Command
{
    QString group;    // "subnet"
    QString verb;     // "add"; empty for a command of one word ("import", "find-free-subnet")
    QString synopsis; // "subnet add PREFIX [--space NAME] ..."
    int (*run)(Invocation &invocation, CommandParser &parser, const QStringList &arguments);
};

// Every command, in the order `ipamctl --help` lists them. Each group of commands lives in
// its own file and contributes its list here.
const QList<Command> &allCommands();

QList<Command> spaceCommands();          // spacecommands.cpp
QList<Command> logicalNetworkCommands(); // fabriccommands.cpp: lnet, site
QList<Command> subnetCommands();         // subnetcommands.cpp
QList<Command> blockCommands();          // blockcommands.cpp
QList<Command> rangeCommands();          // rangecommands.cpp
QList<Command> addressCommands();        // addresscommands.cpp
QList<Command> findFreeCommands();       // findfreecommands.cpp
QList<Command> fileCommands();           // filecommands.cpp: import, export
QList<Command> auditCommands();          // auditcommands.cpp
QList<Command> scopeCommands();          // scopecommands.cpp
QList<Command> roleCommands();           // rolecommands.cpp
QList<Command> policyCommands();         // policycommands.cpp
QList<Command> permissionCommands();     // permissioncommands.cpp: whoami, can
QList<Command> syncCommands();           // synccommands.cpp: sync (VMM)
QList<Command> searchCommands();         // searchcommands.cpp: search (global search)
QList<Command> utilizationCommands();    // utilizationcommands.cpp: history, forecast
QList<Command> fieldCommands();          // fieldcommands.cpp: field, range-group

// --field NAME=VALUE (may repeat) on the add and set of blocks, subnets, ranges, addresses.
void addFieldOption(CommandParser &parser);
// The --field options given, or the message naming the one that is not NAME=VALUE.
Parsed<QList<FieldAssignment>> fieldOptions(const CommandParser &parser);

// Creates one object and prints it as written; returns the exit code.
template<typename T>
int createAndPrint(Invocation &invocation, const T &object, const QString &label,
                   QList<FieldAssignment> fields = {})
{
    ChangeSet changes;
    changes.label = label;
    changes.create(object, std::move(fields));
    WriteResult result;
    if (const int code = invocation.submit(changes, &result))
        return code;
    invocation.printWritten<T>(result);
    return Done;
}

// Updates one object (refusing if it changed since it was read) and prints it as written.
template<typename T>
int updateAndPrint(Invocation &invocation, const T &object, const QString &label,
                   QList<FieldAssignment> fields = {})
{
    ChangeSet changes;
    changes.label = label;
    changes.update(object, object.version, std::move(fields));
    WriteResult result;
    if (const int code = invocation.submit(changes, &result))
        return code;
    invocation.printWritten<T>(result);
    return Done;
}

// Removes one object as it was read; prints nothing.
template<typename T>
int remove(Invocation &invocation, const T &object, const QString &label)
{
    ChangeSet changes;
    changes.label = label;
    changes.remove(object, object.version);
    return invocation.submit(changes);
}

// set-scope (subnet, space): gives the objects the access scope of --scope PATH, or makes them
// inherit their parent's again (--inherit), then prints them as they are now.
template<typename T>
int setScopeAndPrint(Invocation &invocation, const CommandParser &parser, const QList<T> &objects)
{
    QList<ObjectRef> refs;
    for (const T &object : objects)
        refs.append({T::kind, object.id});
    if (const int code = invocation.report(invocation.accessControl().setAccessScope(
                refs, parser.optional(QStringLiteral("scope")))))
        return code;
    QList<T> updated;
    for (const T &object : objects) {
        if (std::optional<T> now = invocation.store().template get<T>(object.id))
            updated.append(*now);
    }
    invocation.printObjects(updated);
    return Done;
}

// The condition of a list command's "[--space NAME] [--subnet PREFIX]" options: the subnet's
// children when --subnet is given (in --space, else Default), the space's when only --space
// is; the empty condition for neither. Fails with the message naming an unknown name.
Parsed<SqlCondition> subnetOrSpaceCondition(NameResolver &names, const CommandParser &parser);

// The options of set-scope; false after a usage error (exit Usage).
bool parseSetScope(CommandParser &parser, const QStringList &arguments,
                   const QString &operandNames);

} // namespace ipam::ctl
