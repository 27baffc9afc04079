#pragma once

#include "domain/entities.h"
#include "domain/operation.h"
#include "domain/principal.h"
#include "domain/verdict.h"

namespace ipam {

class Database;

// The write path's authorization hook: may `principal` perform `operation` on `object`?
// RbacAuthorizer (roles, access scopes, policies; access/rbacauthorizer.h) implements it;
// AllowEverything is for tests and tools that need no rights.
class Authorizer
{
public:
    virtual ~Authorizer() = default;
    virtual Verdict authorize(const Principal &principal, Operation operation,
                              const AnyObject &object)
            = 0;
    // The same question for what is not an address-space object (a role, a scope, a policy,
    // an import): `scopeId` is the access scope it concerns (0 = Global); `object` names it in
    // the refusal.
    virtual Verdict authorizeInScope(const Principal &, Operation, ObjectId /*scopeId*/,
                                     const QString & /*object*/)
    {
        return Verdict::allowed();
    }
    // Called by the write path at the start of every change set, inside its transaction: an
    // authorizer that caches what it read (grants, scopes) starts afresh here, so a change set
    // of a million rows reads them once and a later one sees new policies.
    virtual void beginChangeSet(Database &) { }
};

class AllowEverything final : public Authorizer
{
public:
    Verdict authorize(const Principal &, Operation, const AnyObject &) override
    {
        return Verdict::allowed();
    }
};

} // namespace ipam
