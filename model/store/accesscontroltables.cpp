#include "accesscontroltables.h"

#include "store/objecttable.h"

#include <QSqlError>

#include <QCoreApplication>
#include <algorithm>

namespace ipam {

QSqlQuery &AccessControlTables::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = m_db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        m_lastError = Database::describe(query.lastError());
    return query;
}

QList<AccessScope> AccessControlTables::scopes()
{
    QList<AccessScope> list;
    QSqlQuery &query = run(QStringLiteral(
            "SELECT id, parent_id, name, description FROM access_scope ORDER BY id"));
    while (query.next()) {
        AccessScope scope;
        scope.id = query.value(0).toLongLong();
        scope.parentId = query.value(1).toLongLong();
        scope.name = query.value(2).toString();
        scope.description = query.value(3).toString();
        list.append(scope);
    }
    query.finish();
    return list;
}

QList<UserRole> AccessControlTables::roles()
{
    QList<UserRole> list;
    QHash<ObjectId, qsizetype> index;
    QSqlQuery &query = run(QStringLiteral("SELECT id, name, description, built_in FROM user_role "
                                          "ORDER BY built_in DESC, lower(name)"));
    while (query.next()) {
        UserRole role;
        role.id = query.value(0).toLongLong();
        role.name = query.value(1).toString();
        role.description = query.value(2).toString();
        role.isBuiltIn = query.value(3).toInt() != 0;
        index.insert(role.id, list.size());
        list.append(role);
    }
    query.finish();
    QSqlQuery &operations
            = run(QStringLiteral("SELECT role_id, operation FROM user_role_operation"));
    while (operations.next()) {
        const auto it = index.constFind(operations.value(0).toLongLong());
        // Keys this build does not know (a newer program wrote them) grant nothing here.
        const std::optional<Operation> o = operationFromString(operations.value(1).toString());
        if (it != index.constEnd() && o)
            list[it.value()].operations.insert(*o);
    }
    operations.finish();
    return list;
}

QHash<ObjectId, UserRole> AccessControlTables::rolesById()
{
    QHash<ObjectId, UserRole> byId;
    for (const UserRole &role : roles())
        byId.insert(role.id, role);
    return byId;
}

std::optional<UserRole> AccessControlTables::roleByName(const QString &name)
{
    for (const UserRole &role : roles()) {
        if (role.name.compare(name, Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QList<AccessPolicy> AccessControlTables::policies()
{
    QList<AccessPolicy> list;
    QSqlQuery &query = run(QStringLiteral(
            "SELECT id, user_or_group, is_group, role_id, scope_id FROM access_policy ORDER BY "
            "lower(user_or_group), is_group, role_id, scope_id"));
    while (query.next()) {
        AccessPolicy policy;
        policy.id = query.value(0).toLongLong();
        policy.userOrGroup = query.value(1).toString();
        policy.isGroup = query.value(2).toInt() != 0;
        policy.roleId = query.value(3).toLongLong();
        policy.scopeId = query.value(4).toLongLong();
        list.append(policy);
    }
    query.finish();
    return list;
}

AccessGrants AccessControlTables::grantsFor(const Principal &principal)
{
    return AccessGrants(principal, scopeTree(), policies(), rolesById());
}

QString AccessControlTables::visibleCondition(const AccessGrants &grants, QVariantList *binds)
{
    if (grants.canView(AccessScope::globalId))
        return QString();
    QList<ObjectId> scopes = grants.visibleScopes().values();
    if (scopes.isEmpty())
        return QStringLiteral("1 = 0");
    std::sort(scopes.begin(), scopes.end());
    QStringList marks;
    for (ObjectId id : std::as_const(scopes)) {
        marks.append(QStringLiteral("?"));
        binds->append(id);
    }
    return QStringLiteral("access_scope_id IN (%1)").arg(marks.join(QLatin1Char(',')));
}

qint64 AccessControlTables::objectCount(ObjectId scopeId)
{
    qint64 total = 0;
    for (int k = 0; k < objectKindCount; ++k) {
        // "<> 1" lets SQLite use the partial index; Global's count is everything else.
        const QString table = tableName(ObjectKind(k));
        const QString sql = scopeId == AccessScope::globalId
                ? QStringLiteral("SELECT count(*) FROM %1 WHERE access_scope_id = 1").arg(table)
                : QStringLiteral("SELECT count(*) FROM %1 WHERE access_scope_id = ? AND "
                                 "access_scope_id <> 1")
                          .arg(table);
        QSqlQuery &query = run(
                sql, scopeId == AccessScope::globalId ? QVariantList() : QVariantList{scopeId});
        if (query.next())
            total += query.value(0).toLongLong();
        query.finish();
    }
    return total;
}

QHash<ObjectId, qint64> AccessControlTables::objectCounts()
{
    // Per table: the objects outside Global grouped by scope ("<> 1" walks the small partial
    // index), and the table's total (id 0); Global's count is what the totals leave over. One
    // statement for all kinds, so a refresh costs one round trip.
    QStringList parts;
    for (int k = 0; k < objectKindCount; ++k) {
        const QString table = tableName(ObjectKind(k));
        parts.append(QStringLiteral("SELECT access_scope_id AS scope, count(*) AS n FROM %1 WHERE "
                                    "access_scope_id <> 1 GROUP BY access_scope_id")
                             .arg(table));
        parts.append(QStringLiteral("SELECT 0 AS scope, count(*) AS n FROM %1").arg(table));
    }
    QHash<ObjectId, qint64> counts;
    qint64 total = 0;
    qint64 scoped = 0;
    QSqlQuery &query = run(QStringLiteral("SELECT scope, sum(n) FROM (%1) AS c GROUP BY scope")
                                   .arg(parts.join(QStringLiteral(" UNION ALL "))));
    while (query.next()) {
        const ObjectId scope = query.value(0).toLongLong();
        const qint64 n = query.value(1).toLongLong();
        if (scope == 0) {
            total = n;
        } else {
            counts.insert(scope, n);
            scoped += n;
        }
    }
    query.finish();
    if (total > scoped)
        counts.insert(AccessScope::globalId, total - scoped);
    return counts;
}

Verdict AccessControlTables::mayActAsAnother(const Principal &real)
{
    if (m_db.isPostgreSql())
        return Verdict::refused(QCoreApplication::translate(
                "ipam::AccessControlTables",
                "--as is refused on PostgreSQL: the database login is the principal"));
    const AccessGrants grants = grantsFor(real);
    for (const AccessGrants::Grant &grant : grants.grants()) {
        if (grant.roleName == builtinroles::administrator
            && grant.policy.scopeId == AccessScope::globalId)
            return Verdict::allowed();
    }
    return Verdict::refused(
            QCoreApplication::translate("ipam::AccessControlTables",
                                        "permission denied: %1 may not act as another "
                                        "principal (only holders of %2 in Global may)")
                    .arg(real.name, builtinroles::administrator));
}

Parsed<Principal> AccessControlTables::actingPrincipal(const QString &as)
{
    const Principal connected = connectedPrincipal();
    if (as.isEmpty() || as == connected.name)
        return connected;
    if (const Verdict allowed = mayActAsAnother(connected); !allowed)
        return Parsed<Principal>::failure(allowed.reason());
    return Principal{as, {}};
}

Principal AccessControlTables::connectedPrincipal()
{
    if (!m_db.isPostgreSql())
        return Principal::currentOsUser();
    Principal principal;
    QSqlQuery &user = run(QStringLiteral("SELECT current_user"));
    if (user.next())
        principal.name = user.value(0).toString();
    user.finish();
    // Every role the login is a member of, directly or through other roles.
    QSqlQuery &groups = run(QStringLiteral(
            "SELECT rolname FROM pg_roles WHERE rolname <> current_user AND rolname NOT LIKE "
            "'pg\\_%' AND pg_has_role(current_user, oid, 'MEMBER') ORDER BY rolname"));
    while (groups.next())
        principal.groups.append(groups.value(0).toString());
    groups.finish();
    return principal;
}

} // namespace ipam
