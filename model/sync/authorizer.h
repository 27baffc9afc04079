#pragma once

#include "domain/entities.h"
#include "domain/operation.h"
#include "domain/principal.h"
#include "domain/verdict.h"

namespace ipam {

// The write path's authorization hook: may `principal` perform `operation` on `object`?
// RBAC (roles, access scopes, policies) implements it; until then everyone may do anything.
class Authorizer
{
public:
    virtual ~Authorizer() = default;
    virtual Verdict authorize(const Principal &principal, Operation operation,
                              const AnyObject &object)
            = 0;
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
