#pragma once

#include "domain/accessscope.h"
#include "domain/principal.h"
#include "domain/userrole.h"
#include "domain/verdict.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace ipam {

// What one principal may do, and where: the rule of DESIGN section 2 over the principal's
// policies (its own and its groups'). Built once per change set (a handful of rows) and asked
// per object: a check is a walk from the object's scope to Global over hash sets.
class AccessGrants
{
public:
    // One reason for a grant, for "effective permissions" and `ipamctl can`.
    struct Grant
    {
        AccessPolicy policy;
        QString roleName;
        QString scopePath;
    };

    AccessGrants() = default;
    // `policies` may be all policies of the store: only those of `principal` (by user name,
    // or by group when the principal belongs to it) count. `roles` by id.
    AccessGrants(Principal principal, AccessScopeTree tree, const QList<AccessPolicy> &policies,
                 const QHash<ObjectId, UserRole> &roles);

    const Principal &principal() const { return m_principal; }
    const AccessScopeTree &tree() const { return m_tree; }
    const QList<Grant> &grants() const { return m_grants; }

    // May the principal perform `operation` on an object in scope `scopeId`? Scope-agnostic
    // operations are granted by a role holding them in any scope.
    bool allows(Operation operation, ObjectId scopeId) const;
    // The same as a verdict whose refusal reads
    // "permission denied: <principal> may not <operation> on <object> (scope <path>)".
    Verdict check(Operation operation, ObjectId scopeId, const QString &object) const;
    // The grants that allow it (empty when refused): the "why" of `ipamctl can`.
    QList<Grant> reasons(Operation operation, ObjectId scopeId) const;
    // Every operation the principal may perform in the scope.
    OperationSet operationsIn(ObjectId scopeId) const;

    // Reading: any policy lets its principal see the objects of its scope's subtree.
    bool canView(ObjectId scopeId) const;
    QSet<ObjectId> visibleScopes() const;
    bool holdsAnyPolicy() const { return !m_grants.isEmpty(); }

    // The denial in the user's language, its English twin for the audit log.
    static Verdict denial(const QString &principal, Operation operation, const QString &object,
                          const QString &scopePath);

private:
    Principal m_principal;
    AccessScopeTree m_tree;
    QList<Grant> m_grants;
    QList<OperationSet> m_grantOperations; // parallel to m_grants
    // Per operation, the scopes in which a role grants it.
    std::array<QSet<ObjectId>, operationCount> m_scopesByOperation;
    QSet<ObjectId> m_policyScopes;
};

} // namespace ipam
