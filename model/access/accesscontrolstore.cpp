#include "accesscontrolstore.h"

#include "domain/objectproperties.h"
#include "store/objecttable.h"

#include <QJsonArray>
#include <QSqlError>

#include <QCoreApplication>
#include <algorithm>

namespace ipam {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

WriteResult failure(WriteStatus status, const QString &message)
{
    WriteResult result;
    result.status = status;
    result.message = message;
    return result;
}

// Runs one statement inside the write path's transaction; a failed result names the error.
WriteResult execute(Database &db, const QString &sql, const QVariantList &binds = {},
                    int *rowsAffected = nullptr)
{
    QSqlQuery &query = db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        const QString code = error.nativeErrorCode();
        const bool constraint = code.startsWith(QLatin1String("23"))
                || Database::describe(error).contains(QLatin1String("constraint"),
                                                      Qt::CaseInsensitive);
        return failure(constraint ? WriteStatus::Refused : WriteStatus::Failed,
                       QCoreApplication::translate("ipam::AccessControlStore",
                                                   "refused by the database: %1")
                               .arg(Database::describe(error)));
    }
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    query.finish();
    return WriteResult();
}

QString scopeObject(const QString &path)
{
    return QStringLiteral("access scope ") + quoted(path);
}

QString roleObject(const QString &name)
{
    return QStringLiteral("role ") + quoted(name);
}

QString policyObject(const QString &userOrGroup)
{
    return QStringLiteral("access policy of ") + quoted(userOrGroup);
}

} // namespace

AccessControlStore::AccessControlStore(WritePath &writePath)
    : m_writePath(writePath)
    , m_tables(writePath.database())
{ }

WriteResult AccessControlStore::refused(const QString &message) const
{
    return failure(WriteStatus::Refused, message);
}

QJsonObject AccessControlStore::toJson(const UserRole &role)
{
    QJsonArray operations;
    for (Operation o : role.operations.toList())
        operations.append(operationKey(o));
    return QJsonObject{{QStringLiteral("Name"), role.name},
                       {QStringLiteral("Description"), role.description},
                       {QStringLiteral("Operations"), operations},
                       {QStringLiteral("IsBuiltIn"), role.isBuiltIn}};
}

QJsonObject AccessControlStore::toJson(const AccessScope &scope, const AccessScopeTree &tree)
{
    return QJsonObject{{QStringLiteral("AccessScopePath"), tree.path(scope.id)},
                       {QStringLiteral("Name"), scope.name},
                       {QStringLiteral("Description"), scope.description}};
}

QJsonObject AccessControlStore::toJson(const AccessPolicy &policy,
                                       const QHash<ObjectId, UserRole> &roles,
                                       const AccessScopeTree &tree)
{
    return QJsonObject{{QStringLiteral("UserOrGroup"), policy.userOrGroup},
                       {QStringLiteral("IsGroup"), policy.isGroup},
                       {QStringLiteral("Role"), roles.value(policy.roleId).name},
                       {QStringLiteral("AccessScopePath"), tree.path(policy.scopeId)}};
}

// ---- access scopes

WriteResult AccessControlStore::addScope(const QString &path, const QString &description)
{
    const AccessScopeTree tree = m_tables.scopeTree();
    QStringList parts = AccessScopeTree::splitPath(path);
    if (parts.size() < 2)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope Global always exists"));
    const QString name = parts.takeLast();
    const QString parentPath = parts.join(AccessScope::separator);
    const std::optional<ObjectId> parent = tree.idForPath(parentPath);
    if (!parent)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 does not exist; add it first")
                               .arg(quoted(parentPath)));
    const QString full = parentPath + AccessScope::separator + name;
    if (tree.idForPath(full))
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 already exists")
                               .arg(quoted(full)));

    AdministrativeChange change;
    change.label = QStringLiteral("scope add");
    change.object = scopeObject(full);
    change.requirements.append({Operation::AddAccessScope, *parent, change.object});
    change.apply = [=](Database &db, QJsonArray &, QJsonArray &after, QList<ObjectRef> &) {
        WriteResult r = execute(
                db,
                QStringLiteral(
                        "INSERT INTO access_scope (parent_id, name, description) VALUES (?, ?, ?)"),
                {*parent, name, description.isNull() ? QStringLiteral("") : description});
        after.append(QJsonObject{{QStringLiteral("AccessScopePath"), full},
                                 {QStringLiteral("Description"), description}});
        return r;
    };
    return m_writePath.submit(change);
}

WriteResult AccessControlStore::editScope(const QString &path, const QString &newName,
                                          const std::optional<QString> &description)
{
    const AccessScopeTree tree = m_tables.scopeTree();
    const std::optional<ObjectId> id = tree.idForPath(path);
    if (!id)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 does not exist")
                               .arg(quoted(path)));
    const AccessScope scope = *tree.scope(*id);
    if (scope.isGlobal() && newName != scope.name)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope Global cannot be renamed"));
    if (newName.trimmed().isEmpty() || newName.contains(AccessScope::separator)
        || newName.contains(QLatin1Char('\\')))
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "%1 is not a valid access scope name")
                               .arg(quoted(newName)));
    for (ObjectId sibling : tree.children(scope.parentId)) {
        if (sibling != scope.id
            && tree.scope(sibling)->name.compare(newName, Qt::CaseInsensitive) == 0)
            return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                       "access scope %1 already exists")
                                   .arg(quoted(tree.path(sibling))));
    }
    AdministrativeChange change;
    change.label = QStringLiteral("scope edit");
    change.object = scopeObject(tree.path(scope.id));
    change.requirements.append({Operation::EditAccessScope, scope.id, change.object});
    const QString newDescription = description.value_or(scope.description);
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &after, QList<ObjectRef> &) {
        before.append(toJson(scope, tree));
        AccessScope edited = scope;
        edited.name = newName.trimmed();
        edited.description = newDescription;
        after.append(QJsonObject{{QStringLiteral("Name"), edited.name},
                                 {QStringLiteral("Description"), edited.description}});
        return execute(db,
                       QStringLiteral("UPDATE access_scope SET name = ?, description = ? WHERE id "
                                      "= ?"),
                       {edited.name, edited.description, scope.id});
    };
    return m_writePath.submit(change);
}

WriteResult AccessControlStore::moveScope(const QString &path, const QString &newParentPath)
{
    const AccessScopeTree tree = m_tables.scopeTree();
    const std::optional<ObjectId> id = tree.idForPath(path);
    const std::optional<ObjectId> parent = tree.idForPath(newParentPath);
    if (!id)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 does not exist")
                               .arg(quoted(path)));
    if (!parent)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 does not exist")
                               .arg(quoted(newParentPath)));
    if (*id == AccessScope::globalId)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope Global cannot be moved"));
    if (tree.isWithin(*parent, *id))
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 cannot move inside itself")
                               .arg(quoted(tree.path(*id))));
    const AccessScope scope = *tree.scope(*id);
    for (ObjectId sibling : tree.children(*parent)) {
        if (sibling != scope.id
            && tree.scope(sibling)->name.compare(scope.name, Qt::CaseInsensitive) == 0)
            return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                       "access scope %1 already exists")
                                   .arg(quoted(tree.path(sibling))));
    }
    AdministrativeChange change;
    change.label = QStringLiteral("scope move");
    change.object = scopeObject(tree.path(scope.id));
    change.requirements.append({Operation::EditAccessScope, scope.id, change.object});
    change.requirements.append({Operation::EditAccessScope, *parent, change.object});
    const QString to = tree.path(*parent) + AccessScope::separator + scope.name;
    // Objects keep their scope (rows hold the scope's id): only the scope's path changes, and
    // with it which policies reach them.
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &after, QList<ObjectRef> &) {
        before.append(toJson(scope, tree));
        after.append(QJsonObject{{QStringLiteral("AccessScopePath"), to}});
        return execute(db, QStringLiteral("UPDATE access_scope SET parent_id = ? WHERE id = ?"),
                       {*parent, scope.id});
    };
    return m_writePath.submit(change);
}

WriteResult AccessControlStore::removeScope(const QString &path)
{
    const AccessScopeTree tree = m_tables.scopeTree();
    const std::optional<ObjectId> id = tree.idForPath(path);
    if (!id)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 does not exist")
                               .arg(quoted(path)));
    if (*id == AccessScope::globalId)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope Global cannot be removed"));
    const AccessScope scope = *tree.scope(*id);
    const QList<ObjectId> subtree = tree.subtree(scope.id);
    const QList<AccessPolicy> allPolicies = m_tables.policies();
    const QHash<ObjectId, UserRole> roles = m_tables.rolesById();

    AdministrativeChange change;
    change.label = QStringLiteral("scope remove");
    change.object = scopeObject(tree.path(scope.id));
    change.requirements.append({Operation::DeleteAccessScope, scope.id, change.object});
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &, QList<ObjectRef> &) {
        QStringList marks;
        QVariantList ids;
        for (ObjectId s : subtree) {
            marks.append(QStringLiteral("?"));
            ids.append(s);
        }
        const QString in = marks.join(QLatin1Char(','));
        // Objects with a scope of their own in the subtree move to the parent; those that
        // inherit follow them through the triggers.
        for (int k = 0; k < objectKindCount; ++k) {
            QVariantList binds{scope.parentId};
            binds << ids;
            WriteResult r = execute(db,
                                    QStringLiteral("UPDATE %1 SET access_scope_id = ? WHERE "
                                                   "access_scope_id IN (%2) AND access_scope_id "
                                                   "<> 1 AND access_scope_inherited = 0")
                                            .arg(tableName(ObjectKind(k)), in),
                                    binds);
            if (!r.ok())
                return r;
        }
        for (const AccessPolicy &policy : allPolicies) {
            if (subtree.contains(policy.scopeId))
                before.append(toJson(policy, roles, tree));
        }
        for (ObjectId s : subtree)
            before.append(toJson(*tree.scope(s), tree));
        WriteResult r = execute(
                db, QStringLiteral("DELETE FROM access_policy WHERE scope_id IN (%1)").arg(in),
                ids);
        // Children before parents (parent_id references them).
        for (qsizetype i = subtree.size() - 1; r.ok() && i >= 0; --i)
            r = execute(db, QStringLiteral("DELETE FROM access_scope WHERE id = ?"),
                        {subtree.at(i)});
        return r;
    };
    return m_writePath.submit(change);
}

// ---- roles

WriteResult AccessControlStore::writeRoleOperations(Database &db, ObjectId roleId,
                                                    const OperationSet &operations)
{
    WriteResult r = execute(db, QStringLiteral("DELETE FROM user_role_operation WHERE role_id = ?"),
                            {roleId});
    for (Operation o : operations.toList()) {
        if (!r.ok())
            break;
        r = execute(db,
                    QStringLiteral(
                            "INSERT INTO user_role_operation (role_id, operation) VALUES (?, ?)"),
                    {roleId, operationKey(o)});
    }
    return r;
}

namespace {
std::optional<QString> reservedOperation(const OperationSet &operations)
{
    for (Operation o : operations.toList()) {
        if (operationInfo(o).adminRoleOnly)
            return QCoreApplication::translate(
                           "ipam::AccessControlStore",
                           "operation %1 is reserved to %2 and cannot be part of another "
                           "role")
                    .arg(operationKey(o), builtinroles::administrator);
    }
    return std::nullopt;
}
} // namespace

WriteResult AccessControlStore::addRole(const QString &name, const OperationSet &operations,
                                        const QString &description)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "a role needs a name"));
    if (m_tables.roleByName(trimmed))
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "role %1 already exists")
                        .arg(quoted(trimmed)));
    if (const std::optional<QString> reserved = reservedOperation(operations))
        return refused(*reserved);
    AdministrativeChange change;
    change.label = QStringLiteral("role add");
    change.object = roleObject(trimmed);
    change.requirements.append({Operation::AddRole, 0, change.object});
    change.apply = [=, this](Database &db, QJsonArray &, QJsonArray &after, QList<ObjectRef> &) {
        QSqlQuery &query = db.prepared(QStringLiteral(
                "INSERT INTO user_role (name, description, built_in) VALUES (?, ?, 0) RETURNING "
                "id"));
        query.addBindValue(trimmed);
        query.addBindValue(description.isNull() ? QStringLiteral("") : description);
        if (!query.exec() || !query.next()) {
            const QString error = Database::describe(query.lastError());
            query.finish();
            return failure(WriteStatus::Failed, error);
        }
        const ObjectId id = query.value(0).toLongLong();
        query.finish();
        after.append(toJson(UserRole{id, trimmed, description, operations, false}));
        return writeRoleOperations(db, id, operations);
    };
    return m_writePath.submit(change);
}

WriteResult AccessControlStore::copyRole(const QString &from, const QString &name)
{
    const std::optional<UserRole> source = m_tables.roleByName(from);
    if (!source)
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "role %1 does not exist")
                        .arg(quoted(from)));
    OperationSet operations = source->operations;
    // A copy of IPAM Administrator Role holds everything a custom role may hold.
    for (Operation o : operations.toList()) {
        if (operationInfo(o).adminRoleOnly)
            operations.remove(o);
    }
    return addRole(name, operations, source->description);
}

WriteResult AccessControlStore::setRole(const QString &name, const UserRole &values)
{
    const std::optional<UserRole> role = m_tables.roleByName(name);
    if (!role)
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "role %1 does not exist")
                        .arg(quoted(name)));
    if (role->isBuiltIn)
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore",
                                            "role %1 is built in and cannot be changed; copy it")
                        .arg(quoted(role->name)));
    const QString newName = values.name.trimmed().isEmpty() ? role->name : values.name.trimmed();
    if (const auto other = m_tables.roleByName(newName); other && other->id != role->id)
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "role %1 already exists")
                        .arg(quoted(newName)));
    if (const std::optional<QString> reserved = reservedOperation(values.operations))
        return refused(*reserved);
    AdministrativeChange change;
    change.label = QStringLiteral("role set");
    change.object = roleObject(role->name);
    change.requirements.append({Operation::EditRole, 0, change.object});
    const UserRole before = *role;
    UserRole after = values;
    after.id = role->id;
    after.name = newName;
    after.isBuiltIn = false;
    change.apply = [=, this](Database &db, QJsonArray &b, QJsonArray &a, QList<ObjectRef> &) {
        b.append(toJson(before));
        a.append(toJson(after));
        WriteResult r = execute(
                db, QStringLiteral("UPDATE user_role SET name = ?, description = ? WHERE id = ?"),
                {after.name, after.description.isNull() ? QStringLiteral("") : after.description,
                 after.id});
        return r.ok() ? writeRoleOperations(db, after.id, after.operations) : r;
    };
    return m_writePath.submit(change);
}

WriteResult AccessControlStore::editRole(const QString &name, const OperationSet &add,
                                         const OperationSet &remove)
{
    const std::optional<UserRole> role = m_tables.roleByName(name);
    if (!role)
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "role %1 does not exist")
                        .arg(quoted(name)));
    UserRole values = *role;
    values.operations |= add;
    for (Operation o : remove.toList())
        values.operations.remove(o);
    return setRole(role->name, values);
}

WriteResult AccessControlStore::removeRole(const QString &name)
{
    const std::optional<UserRole> role = m_tables.roleByName(name);
    if (!role)
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "role %1 does not exist")
                        .arg(quoted(name)));
    if (role->isBuiltIn)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "role %1 is built in and cannot be removed")
                               .arg(quoted(role->name)));
    const QList<AccessPolicy> policies = m_tables.policies();
    const auto uses = std::count_if(policies.begin(), policies.end(),
                                    [&](const AccessPolicy &p) { return p.roleId == role->id; });
    if (uses > 0)
        return refused((uses == 1
                                ? QCoreApplication::translate(
                                        "ipam::AccessControlStore",
                                        "role %1 is used by %2 access policy; remove them first")
                                : QCoreApplication::translate(
                                        "ipam::AccessControlStore",
                                        "role %1 is used by %2 access policies; remove them first"))
                               .arg(quoted(role->name))
                               .arg(uses));
    AdministrativeChange change;
    change.label = QStringLiteral("role remove");
    change.object = roleObject(role->name);
    change.requirements.append({Operation::DeleteRole, 0, change.object});
    const UserRole before = *role;
    change.apply = [=](Database &db, QJsonArray &b, QJsonArray &, QList<ObjectRef> &) {
        b.append(toJson(before));
        WriteResult r = execute(db,
                                QStringLiteral("DELETE FROM user_role_operation WHERE role_id "
                                               "= ?"),
                                {before.id});
        return r.ok()
                ? execute(db, QStringLiteral("DELETE FROM user_role WHERE id = ?"), {before.id})
                : r;
    };
    return m_writePath.submit(change);
}

// ---- access policies

WriteResult AccessControlStore::addPolicy(const QString &userOrGroup, bool isGroup,
                                          const QString &role, const QString &scopePath)
{
    const QString who = userOrGroup.trimmed();
    if (who.isEmpty())
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "an access policy needs a user or group"));
    const std::optional<UserRole> r = m_tables.roleByName(role);
    if (!r)
        return refused(
                QCoreApplication::translate("ipam::AccessControlStore", "role %1 does not exist")
                        .arg(quoted(role)));
    const AccessScopeTree tree = m_tables.scopeTree();
    const std::optional<ObjectId> scope = tree.idForPath(scopePath);
    if (!scope)
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "access scope %1 does not exist")
                               .arg(quoted(scopePath)));
    for (const AccessPolicy &p : m_tables.policies()) {
        if (p.userOrGroup == who && p.isGroup == isGroup && p.roleId == r->id
            && p.scopeId == *scope)
            return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                       "%1 already holds %2 in %3")
                                   .arg(quoted(who), quoted(r->name), quoted(tree.path(*scope))));
    }
    AdministrativeChange change;
    change.label = QStringLiteral("policy add");
    change.object = policyObject(who);
    change.requirements.append({Operation::AddAccessPolicy, *scope, change.object});
    const AccessPolicy policy{0, who, isGroup, r->id, *scope};
    const bool createLogin = m_createMissingLogins;
    const QHash<ObjectId, UserRole> roles{{r->id, *r}};
    change.apply = [=](Database &db, QJsonArray &, QJsonArray &after, QList<ObjectRef> &) {
        after.append(toJson(policy, roles, tree));
        // On PostgreSQL the login is the principal: a user who has none yet gets one
        // (authentication stays pg_hba's business). CREATE ROLE is transactional.
        if (createLogin && db.isPostgreSql() && !policy.isGroup) {
            QSqlQuery &exists = db.prepared(
                    QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
            exists.addBindValue(policy.userOrGroup);
            const bool missing = exists.exec() && exists.next() && exists.value(0).toInt() == 0;
            exists.finish();
            if (missing) {
                QString identifier = policy.userOrGroup;
                identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                // A utility statement: PostgreSQL cannot PREPARE it, so not through execute().
                QString error;
                if (!db.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(identifier), &error))
                    return failure(WriteStatus::Failed,
                                   QCoreApplication::translate("ipam::AccessControlStore",
                                                               "cannot create login %1: %2")
                                           .arg(quoted(policy.userOrGroup), error));
            }
        }
        return execute(db,
                       QStringLiteral("INSERT INTO access_policy (user_or_group, is_group, "
                                      "role_id, scope_id) VALUES (?, ?, ?, ?)"),
                       {policy.userOrGroup, policy.isGroup ? 1 : 0, policy.roleId, policy.scopeId});
    };
    return m_writePath.submit(change);
}

WriteResult AccessControlStore::removePolicies(const QString &userOrGroup,
                                               const std::optional<QString> &role,
                                               const std::optional<QString> &scopePath)
{
    const AccessScopeTree tree = m_tables.scopeTree();
    const QHash<ObjectId, UserRole> roles = m_tables.rolesById();
    std::optional<ObjectId> roleId;
    std::optional<ObjectId> scopeId;
    if (role) {
        const std::optional<UserRole> r = m_tables.roleByName(*role);
        if (!r)
            return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                       "role %1 does not exist")
                                   .arg(quoted(*role)));
        roleId = r->id;
    }
    if (scopePath) {
        scopeId = tree.idForPath(*scopePath);
        if (!scopeId)
            return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                       "access scope %1 does not exist")
                                   .arg(quoted(*scopePath)));
    }
    QList<AccessPolicy> doomed;
    for (const AccessPolicy &p : m_tables.policies()) {
        if (p.userOrGroup == userOrGroup.trimmed() && (!roleId || p.roleId == *roleId)
            && (!scopeId || p.scopeId == *scopeId))
            doomed.append(p);
    }
    if (doomed.isEmpty())
        return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                   "%1 holds no such access policy")
                               .arg(quoted(userOrGroup)));
    AdministrativeChange change;
    change.label = QStringLiteral("policy remove");
    change.object = policyObject(userOrGroup.trimmed());
    for (const AccessPolicy &p : std::as_const(doomed))
        change.requirements.append({Operation::DeleteAccessPolicy, p.scopeId, change.object});
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &, QList<ObjectRef> &) {
        WriteResult r;
        for (const AccessPolicy &p : doomed) {
            before.append(toJson(p, roles, tree));
            r = execute(db, QStringLiteral("DELETE FROM access_policy WHERE id = ?"), {p.id});
            if (!r.ok())
                break;
        }
        return r;
    };
    return m_writePath.submit(change);
}

// ---- objects' access scopes

WriteResult AccessControlStore::setAccessScope(const QList<ObjectRef> &objects,
                                               const std::optional<QString> &scopePath)
{
    const AccessScopeTree tree = m_tables.scopeTree();
    std::optional<ObjectId> target;
    if (scopePath) {
        target = tree.idForPath(*scopePath);
        if (!target)
            return refused(QCoreApplication::translate("ipam::AccessControlStore",
                                                       "access scope %1 does not exist")
                                   .arg(quoted(*scopePath)));
    }
    AdministrativeChange change;
    change.label = target ? QStringLiteral("set access scope")
                          : QStringLiteral("inherit access "
                                           "scope");
    QList<AnyObject> found;
    for (const ObjectRef &ref : objects) {
        std::optional<AnyObject> object = m_writePath.store().get(ref.kind, ref.id);
        if (!object)
            return refused(
                    QCoreApplication::translate("ipam::AccessControlStore", "%1 #%2 does not exist")
                            .arg(displayName(ref.kind))
                            .arg(ref.id));
        const QString text = describe(*object);
        change.requirements.append(
                {Operation::SetAccessScope, storedPart(*object).accessScopeId, text});
        if (target)
            change.requirements.append({Operation::SetAccessScope, *target, text});
        found.append(*object);
    }
    if (found.isEmpty())
        return WriteResult();
    change.object = describe(found.constFirst());
    if (found.size() > 1)
        change.object += QStringLiteral(" and %1 more").arg(found.size() - 1);
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &after,
                       QList<ObjectRef> &touched) {
        for (const AnyObject &object : found) {
            const StoredObject &stored = storedPart(object);
            const ObjectKind kind = kindOf(object);
            before.append(QJsonObject{
                    {QStringLiteral("Object"), describe(object)},
                    {QStringLiteral("AccessScopePath"), tree.path(stored.accessScopeId)},
                    {QStringLiteral("IsInheritedAccessScope"), stored.accessScopeInherited}});
            // Inheriting again: the triggers put back the parent's scope when the flag flips.
            const WriteResult r = target
                    ? execute(db,
                              QStringLiteral("UPDATE %1 SET access_scope_inherited = 0, "
                                             "access_scope_id = ? WHERE id = ?")
                                      .arg(tableName(kind)),
                              {*target, stored.id})
                    : execute(db,
                              QStringLiteral("UPDATE %1 SET access_scope_inherited = 1 WHERE id "
                                             "= ?")
                                      .arg(tableName(kind)),
                              {stored.id});
            if (!r.ok())
                return r;
            touched.append({kind, stored.id});
            after.append(QJsonObject{
                    {QStringLiteral("Object"), describe(object)},
                    {QStringLiteral("AccessScopePath"), target ? tree.path(*target) : QString()},
                    {QStringLiteral("IsInheritedAccessScope"), !target}});
        }
        return WriteResult();
    };
    return m_writePath.submit(change);
}

} // namespace ipam
