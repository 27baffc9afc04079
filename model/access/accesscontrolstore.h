#pragma once

#include "store/accesscontroltables.h"
#include "write/writepath.h"

#include <QJsonObject>

#include <optional>

namespace ipam {

// Edits access control: access scopes, roles, access policies, and the access scope of
// address-space objects. Every edit is an AdministrativeChange through the write path, so it
// is authorized (its own operations: Add access scope, Edit role, Set access scope, ...),
// applied in one transaction, audited and published like any change. Reads go to tables().
// This is the API of ipamctl's scope/role/policy verbs and of the console's ACCESS CONTROL
// views; names and paths are what those take from the admin ("Global/East", role names).
class AccessControlStore
{
public:
    explicit AccessControlStore(WritePath &writePath);

    AccessControlTables &tables() { return m_tables; }
    void setCreateMissingLogins(bool create) { m_createMissingLogins = create; }
    // The acting principal's grants, read now (for enabling actions, `whoami`, `can`).
    AccessGrants grants() { return m_tables.grantsFor(m_writePath.principal()); }

    // Access scopes. A new scope's parent must exist; Global cannot be renamed, moved or
    // removed. Removing a scope removes its subtree (as IPAM does): the objects of those
    // scopes move to the removed scope's parent, and the policies granted in them go.
    WriteResult addScope(const QString &path, const QString &description = QString());
    WriteResult editScope(const QString &path, const QString &newName,
                          const std::optional<QString> &description = std::nullopt);
    WriteResult moveScope(const QString &path, const QString &newParentPath);
    WriteResult removeScope(const QString &path);

    // Roles. Built-in roles are read-only; a custom role cannot hold an operation reserved to
    // IPAM Administrator Role (OperationInfo::adminRoleOnly) and cannot be removed while a
    // policy uses it.
    WriteResult addRole(const QString &name, const OperationSet &operations,
                        const QString &description = QString());
    WriteResult copyRole(const QString &from, const QString &name);
    WriteResult editRole(const QString &name, const OperationSet &add, const OperationSet &remove);
    WriteResult setRole(const QString &name, const UserRole &values); // name, description, ops
    WriteResult removeRole(const QString &name);

    // Access policies: one (role, scope) pair per call, as `ipamctl policy add` takes them.
    // With setCreateMissingLogins(true) (ipamctl's `policy add`), on PostgreSQL a user who has
    // no login yet gets one (CREATE ROLE ... LOGIN; needs CREATEROLE). Off by default: logins
    // are cluster-wide, and tests and tools must not leave them behind. removePolicies without
    // role and scope removes every pair of the user or group (the login stays).
    WriteResult addPolicy(const QString &userOrGroup, bool isGroup, const QString &role,
                          const QString &scopePath);
    WriteResult removePolicies(const QString &userOrGroup,
                               const std::optional<QString> &role = std::nullopt,
                               const std::optional<QString> &scopePath = std::nullopt);

    // Sets the access scope of address-space objects (`scopePath`), or makes them inherit
    // their parent's again (nullopt). Needs Set access scope in each object's current scope
    // and in the new one. Objects that inherit from them follow (the database's triggers).
    WriteResult setAccessScope(const QList<ObjectRef> &objects,
                               const std::optional<QString> &scopePath);

    // IPAM's property names, for the audit log and ipamctl's --format json.
    static QJsonObject toJson(const UserRole &role);
    static QJsonObject toJson(const AccessScope &scope, const AccessScopeTree &tree);
    static QJsonObject toJson(const AccessPolicy &policy, const QHash<ObjectId, UserRole> &roles,
                              const AccessScopeTree &tree);

private:
    WriteResult refused(const QString &message) const;
    WriteResult writeRoleOperations(Database &db, ObjectId roleId, const OperationSet &operations);

    WritePath &m_writePath;
    AccessControlTables m_tables;
    bool m_createMissingLogins = false;
};

} // namespace ipam
