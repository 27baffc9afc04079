// scope add | list | move | remove: the access scope tree, rooted at Global.

#include "commands.h"

#include "accessrecords.h"

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

// Prints the scope at `path` as it is now (after an add or a move).
void printScope(Invocation &invocation, const QString &path)
{
    const AccessScopeTree tree = invocation.accessControl().tables().scopeTree();
    QList<AccessScope> scopes;
    if (const std::optional<ObjectId> id = tree.idForPath(path))
        scopes.append(*tree.scope(*id));
    invocation.printTable(scopeRecords(scopes, tree));
}

int addScope(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"description"_s, u"D"_s);
    if (!parser.parse(arguments, 1, 1, u"PATH"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const QString &path = parser.operands().at(0);
    if (const int code = invocation.report(
                invocation.accessControl().addScope(path, parser.value(u"description"_s))))
        return code;
    printScope(invocation, path);
    return Done;
}

int listScopes(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const AccessScopeTree tree = invocation.accessControl().tables().scopeTree();
    invocation.printTable(scopeRecords(tree.scopes(), tree));
    return Done;
}

int moveScope(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 2, 2, u"PATH NEWPARENT"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const QString &path = parser.operands().at(0);
    const QString &newParent = parser.operands().at(1);
    if (const int code = invocation.report(invocation.accessControl().moveScope(path, newParent)))
        return code;
    const QStringList parts = AccessScopeTree::splitPath(path);
    printScope(invocation,
               QStringList(AccessScopeTree::splitPath(newParent) + parts.mid(parts.size() - 1))
                       .join(AccessScope::separator));
    return Done;
}

int removeScope(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 1, 1, u"PATH"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    return invocation.report(invocation.accessControl().removeScope(parser.operands().at(0)));
}

} // namespace

QList<Command> scopeCommands()
{
    return {
            {u"scope"_s, u"add"_s, u"scope add PATH [--description D]"_s, addScope},
            {u"scope"_s, u"list"_s, u"scope list"_s, listScopes},
            {u"scope"_s, u"move"_s, u"scope move PATH NEWPARENT"_s, moveScope},
            {u"scope"_s, u"remove"_s, u"scope remove PATH"_s, removeScope},
    };
}

} // namespace ipam::ctl
