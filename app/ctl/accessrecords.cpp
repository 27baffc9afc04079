#include "accessrecords.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

RecordTable scopeRecords(const QList<AccessScope> &scopes, const AccessScopeTree &tree)
{
    RecordTable table;
    table.columns = {u"AccessScopePath"_s, u"Name"_s, u"Description"_s};
    for (const AccessScope &scope : scopes)
        table.rows.append({tree.path(scope.id), scope.name, scope.description});
    return table;
}

RecordTable roleRecords(const QList<UserRole> &roles, OutputFormat format)
{
    const bool forPeople = format == OutputFormat::Table;
    RecordTable table;
    table.columns = {u"Name"_s, u"Description"_s, u"Operations"_s, u"IsBuiltIn"_s};
    for (const UserRole &role : roles) {
        QStringList keys;
        for (Operation operation : role.operations.toList())
            keys.append(operationKey(operation));
        table.rows.append({role.name, role.description,
                           forPeople ? QVariant(role.operations.size()) : QVariant(keys),
                           role.isBuiltIn});
    }
    return table;
}

RecordTable policyRecords(const QList<AccessPolicy> &policies,
                          const QHash<ObjectId, UserRole> &roles, const AccessScopeTree &tree)
{
    RecordTable table;
    table.columns = {u"UserOrGroup"_s, u"IsGroup"_s, u"Role"_s, u"AccessScopePath"_s};
    for (const AccessPolicy &policy : policies)
        table.rows.append({policy.userOrGroup, policy.isGroup, roles.value(policy.roleId).name,
                           tree.path(policy.scopeId)});
    return table;
}

Parsed<OperationSet> parseOperations(const QStringList &values)
{
    OperationSet operations;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',')) {
            const QString word = part.trimmed();
            if (word.isEmpty())
                continue;
            if (const std::optional<Operation> operation = operationFromString(word)) {
                operations.insert(*operation);
            } else if (const std::optional<OperationGroup> group = operationGroupFromString(word)) {
                operations |= OperationSet::of(*group);
            } else {
                return Parsed<OperationSet>::failure(
                        QCoreApplication::translate("ipamctl", "unknown operation \"%1\"")
                                .arg(word));
            }
        }
    }
    return operations;
}

} // namespace ipam::ctl
