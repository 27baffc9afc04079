// policy add | list | remove: who holds which role in which access scope.

#include "commands.h"

#include "accessrecords.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

int addPolicy(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"role"_s, u"ROLE"_s);
    parser.addValue(u"scope"_s, u"PATH"_s);
    parser.addFlag(u"group"_s);
    if (!parser.parse(arguments, 1, 1, u"PRINCIPAL"_s))
        return Usage;
    if (!parser.isSet(u"role"_s) || !parser.isSet(u"scope"_s))
        return parser.usageError(
                QCoreApplication::translate("ipamctl", "missing --role ROLE and --scope PATH"));
    if (const int code = invocation.open())
        return code;
    AccessControlStore &access = invocation.accessControl();
    // On PostgreSQL the login is the principal: a user without one gets it here.
    access.setCreateMissingLogins(true);
    const QString who = parser.operands().at(0).trimmed();
    const bool isGroup = parser.isSet(u"group"_s);
    if (const int code = invocation.report(
                access.addPolicy(who, isGroup, parser.value(u"role"_s), parser.value(u"scope"_s))))
        return code;

    AccessControlTables &tables = access.tables();
    const AccessScopeTree tree = tables.scopeTree();
    const std::optional<UserRole> role = tables.roleByName(parser.value(u"role"_s));
    const std::optional<ObjectId> scope = tree.idForPath(parser.value(u"scope"_s));
    QList<AccessPolicy> added = tables.policies();
    added.removeIf([&](const AccessPolicy &p) {
        return p.userOrGroup != who || p.isGroup != isGroup || !role || p.roleId != role->id
                || p.scopeId != scope;
    });
    invocation.printTable(policyRecords(added, tables.rolesById(), tree));
    return Done;
}

int listPolicies(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 0, 1, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    AccessControlTables &tables = invocation.accessControl().tables();
    QList<AccessPolicy> policies = tables.policies();
    if (!parser.operands().isEmpty()) {
        const QString who = parser.operands().at(0).trimmed();
        policies.removeIf([&](const AccessPolicy &p) { return p.userOrGroup != who; });
    }
    invocation.printTable(policyRecords(policies, tables.rolesById(), tables.scopeTree()));
    return Done;
}

int removePolicy(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"role"_s, u"ROLE"_s);
    parser.addValue(u"scope"_s, u"PATH"_s);
    if (!parser.parse(arguments, 1, 1, u"PRINCIPAL"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    return invocation.report(invocation.accessControl().removePolicies(
            parser.operands().at(0), parser.optional(u"role"_s), parser.optional(u"scope"_s)));
}

} // namespace

QList<Command> policyCommands()
{
    return {
            {u"policy"_s, u"add"_s, u"policy add PRINCIPAL --role ROLE --scope PATH [--group]"_s,
             addPolicy},
            {u"policy"_s, u"list"_s, u"policy list [PRINCIPAL]"_s, listPolicies},
            {u"policy"_s, u"remove"_s, u"policy remove PRINCIPAL [--role ROLE] [--scope PATH]"_s,
             removePolicy},
    };
}

} // namespace ipam::ctl
