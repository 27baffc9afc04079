#pragma once

#include "domain/accessgrants.h"
#include "domain/accessscope.h"
#include "domain/userrole.h"
#include "store/database.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ipam {

// Reads the access-control tables (access_scope, user_role, user_role_operation,
// access_policy): the scope tree, the roles with their operations, the policies, and from
// them a principal's grants. Read-only like Store: every change goes through the write path
// (AccessControlStore). The tables are small (scopes, roles and policies number in the
// hundreds), so each read takes them whole.
class AccessControlTables
{
public:
    explicit AccessControlTables(Database &database)
        : m_db(database)
    { }

    QList<AccessScope> scopes();
    AccessScopeTree scopeTree() { return AccessScopeTree(scopes()); }
    QList<UserRole> roles(); // built-in first, then by name
    QHash<ObjectId, UserRole> rolesById();
    std::optional<UserRole> roleByName(const QString &name);
    QList<AccessPolicy> policies(); // by user or group, then role, then scope
    AccessGrants grantsFor(const Principal &principal);

    // Reading follows the rule: an SQL condition over access_scope_id that keeps the objects
    // `grants` may see, with its binds appended to `binds` ("" when it sees everything, i.e.
    // holds a policy in Global). For Store::select's `where` and the item models' loaders.
    static QString visibleCondition(const AccessGrants &grants, QVariantList *binds);

    // How many address-space objects have `scopeId` as their effective scope, all kinds.
    qint64 objectCount(ObjectId scopeId);
    // The same for every scope at once, in one grouped query (the Access Scopes view's
    // "Objects" column): scope id -> count; scopes without objects are absent.
    QHash<ObjectId, qint64> objectCounts();
    // The acting principal of a connection: on PostgreSQL the login (current_user) and the
    // database roles it is a member of; on SQLite the OS user and its local groups.
    Principal connectedPrincipal();

    // May `real` (the OS user) act as another principal (ipamctl --as)? Never on PostgreSQL,
    // where the login is the principal; on SQLite only for a holder of IPAM Administrator Role
    // in Global (scripted setups and tests: the file's permissions are the boundary there).
    Verdict mayActAsAnother(const Principal &real);
    // Who acts on this connection, as ipamctl and the console start: the connected principal,
    // or `as` (--as) when mayActAsAnother allows it; the failure is the refusal to print
    // (exit 3). A non-empty `as` naming the login itself is accepted on PostgreSQL too.
    Parsed<Principal> actingPrincipal(const QString &as = QString());

    QString lastError() const { return m_lastError; }

private:
    QSqlQuery &run(const QString &sql, const QVariantList &binds = {});

    Database &m_db;
    QString m_lastError;
};

} // namespace ipam
