#include "accessgrants.h"

#include "audittext.h"

#include <QCoreApplication>

namespace ipam {

AccessGrants::AccessGrants(Principal principal, AccessScopeTree tree,
                           const QList<AccessPolicy> &policies,
                           const QHash<ObjectId, UserRole> &roles)
    : m_principal(std::move(principal))
    , m_tree(std::move(tree))
{
    for (const AccessPolicy &policy : policies) {
        const bool mine = policy.isGroup ? m_principal.groups.contains(policy.userOrGroup)
                                         : policy.userOrGroup == m_principal.name;
        if (!mine || !m_tree.contains(policy.scopeId))
            continue;
        const auto role = roles.constFind(policy.roleId);
        if (role == roles.constEnd())
            continue;
        m_grants.append({policy, role->name, m_tree.path(policy.scopeId)});
        m_grantOperations.append(role->operations);
        m_policyScopes.insert(policy.scopeId);
        for (Operation o : role->operations.toList())
            m_scopesByOperation[std::size_t(o)].insert(policy.scopeId);
    }
}

bool AccessGrants::allows(Operation operation, ObjectId scopeId) const
{
    const QSet<ObjectId> &scopes = m_scopesByOperation[std::size_t(operation)];
    if (scopes.isEmpty())
        return false;
    if (operationInfo(operation).scopeAgnostic)
        return true;
    // Walk from the object's scope up to Global, never more steps than there are scopes (a
    // corrupt cycle must not hang a check).
    ObjectId id = scopeId;
    for (int steps = 0; id != 0 && steps <= m_tree.size(); ++steps) {
        if (scopes.contains(id))
            return true;
        const AccessScope *scope = m_tree.scope(id);
        if (!scope)
            return false;
        id = scope->parentId;
    }
    return false;
}

Verdict AccessGrants::denial(const QString &principal, Operation operation, const QString &object,
                             const QString &scopePath)
{
    QString verb = toString(operation);
    if (verb.size() > 1 && verb.at(1).isLower())
        verb[0] = verb.at(0).toLower();
    const audittext::Text text = audittext::format(
            "ipam::AccessGrants",
            QT_TRANSLATE_NOOP("ipam::AccessGrants",
                              "permission denied: %1 may not %2 on %3 (scope %4)"),
            {principal, verb, object, scopePath});
    return Verdict::refused(text.shown, text.audited);
}

Verdict AccessGrants::check(Operation operation, ObjectId scopeId, const QString &object) const
{
    if (allows(operation, scopeId))
        return Verdict::allowed();
    const QString path
            = m_tree.contains(scopeId) ? m_tree.path(scopeId) : QStringLiteral("#%1").arg(scopeId);
    return denial(m_principal.name, operation, object, path);
}

QList<AccessGrants::Grant> AccessGrants::reasons(Operation operation, ObjectId scopeId) const
{
    QList<Grant> result;
    const bool agnostic = operationInfo(operation).scopeAgnostic;
    for (qsizetype i = 0; i < m_grants.size(); ++i) {
        if (!m_grantOperations.at(i).contains(operation))
            continue;
        if (agnostic || m_tree.isWithin(scopeId, m_grants.at(i).policy.scopeId))
            result.append(m_grants.at(i));
    }
    return result;
}

OperationSet AccessGrants::operationsIn(ObjectId scopeId) const
{
    OperationSet set;
    for (Operation o : allOperations()) {
        if (allows(o, scopeId))
            set.insert(o);
    }
    return set;
}

bool AccessGrants::canView(ObjectId scopeId) const
{
    for (ObjectId scope : m_policyScopes) {
        if (m_tree.isWithin(scopeId, scope))
            return true;
    }
    return false;
}

QSet<ObjectId> AccessGrants::visibleScopes() const
{
    QSet<ObjectId> result;
    for (ObjectId scope : m_policyScopes) {
        for (ObjectId id : m_tree.subtree(scope))
            result.insert(id);
    }
    return result;
}

} // namespace ipam
