// whoami, can: who acts, and whether (and why) they may perform an operation on an object.

#include "commands.h"

#include "accessrecords.h"
#include "domain/objectproperties.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

QJsonObject grantJson(const AccessGrants::Grant &grant)
{
    return QJsonObject{{u"UserOrGroup"_s, grant.policy.userOrGroup},
                       {u"IsGroup"_s, grant.policy.isGroup},
                       {u"Role"_s, grant.roleName},
                       {u"AccessScopePath"_s, grant.scopePath}};
}

RecordTable grantRecords(const QList<AccessGrants::Grant> &grants)
{
    RecordTable table;
    table.columns = {u"UserOrGroup"_s, u"IsGroup"_s, u"Role"_s, u"AccessScopePath"_s};
    for (const AccessGrants::Grant &grant : grants)
        table.rows.append(
                {grant.policy.userOrGroup, grant.policy.isGroup, grant.roleName, grant.scopePath});
    return table;
}

// "Add subnet" -> "add subnet", as AccessGrants::denial words it; "VM ..." stays.
QString verbPhrase(Operation operation)
{
    QString verb = toString(operation);
    if (verb.size() > 1 && verb.at(1).isLower())
        verb[0] = verb.at(0).toLower();
    return verb;
}

int whoami(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const AccessGrants &grants = invocation.grants();
    const Principal &principal = grants.principal();
    switch (invocation.format()) {
    case OutputFormat::Json: {
        QJsonArray policies;
        for (const AccessGrants::Grant &grant : grants.grants())
            policies.append(grantJson(grant));
        invocation.printJson(
                {QJsonObject{{u"Principal"_s, principal.name},
                             {u"Groups"_s, QJsonArray::fromStringList(principal.groups)},
                             {u"Policies"_s, policies}}});
        break;
    }
    case OutputFormat::Table:
        invocation.printRaw(
                QCoreApplication::translate("ipamctl", "Principal  %1\nGroups     %2\n\n")
                        .arg(principal.name, principal.groups.join(u", "_s))
                        .toUtf8());
        if (!grants.holdsAnyPolicy()) {
            invocation.printRaw(
                    QCoreApplication::translate("ipamctl", "no access policy: nothing is visible\n")
                            .toUtf8());
            break;
        }
        invocation.printTable(grantRecords(grants.grants()));
        break;
    case OutputFormat::Csv:
        invocation.printTable(grantRecords(grants.grants()));
        break;
    }
    return Done;
}

int can(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"subnet"_s, u"PREFIX"_s);
    parser.addValue(u"space"_s, u"NAME"_s);
    if (!parser.parse(arguments, 1, 1, u"OPERATION"_s))
        return Usage;
    if (!parser.isSet(u"subnet"_s))
        return parser.usageError(QCoreApplication::translate("ipamctl", "missing --subnet PREFIX"));
    const std::optional<Operation> operation = operationFromString(parser.operands().at(0));
    if (!operation)
        return refuse(QCoreApplication::translate("ipamctl", "unknown operation \"%1\"")
                              .arg(parser.operands().at(0)));
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<Subnet> subnet
            = invocation.names().subnet(space.value(), parser.value(u"subnet"_s));
    if (!subnet)
        return refuse(subnet.error());

    const AnyObject object = subnet.value();
    const ObjectId scope = invocation.scopeOf(object);
    const QString scopePath = invocation.scopePath(scope);
    const QString objectText = describe(object);
    const AccessGrants &grants = invocation.grants();
    const Verdict verdict = grants.check(*operation, scope, objectText);
    const QList<AccessGrants::Grant> reasons = grants.reasons(*operation, scope);

    if (invocation.format() == OutputFormat::Json) {
        QJsonArray why;
        for (const AccessGrants::Grant &grant : reasons)
            why.append(grantJson(grant));
        invocation.printJson({QJsonObject{{u"Principal"_s, grants.principal().name},
                                          {u"Operation"_s, operationKey(*operation)},
                                          {u"Object"_s, objectText},
                                          {u"AccessScopePath"_s, scopePath},
                                          {u"Allowed"_s, bool(verdict)},
                                          {u"Reasons"_s, why}}});
    } else if (verdict) {
        if (invocation.format() == OutputFormat::Table)
            invocation.printRaw(
                    QCoreApplication::translate(
                            "ipamctl", "allowed: %1 may %2 on %3 (scope %4), granted by:\n")
                            .arg(grants.principal().name, verbPhrase(*operation), objectText,
                                 scopePath)
                            .toUtf8());
        invocation.printTable(grantRecords(reasons));
    }
    if (!verdict) {
        printError(verdict.reason());
        return Denied;
    }
    return Done;
}

} // namespace

QList<Command> permissionCommands()
{
    return {
            {u"whoami"_s, QString(), u"whoami"_s, whoami},
            {u"can"_s, QString(), u"can OPERATION --subnet PREFIX [--space NAME]"_s, can},
    };
}

} // namespace ipam::ctl
