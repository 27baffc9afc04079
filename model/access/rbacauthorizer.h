#pragma once

#include "address/ipaddress.h"
#include "domain/accessgrants.h"
#include "store/database.h"
#include "write/authorizer.h"

#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace ipam {

// The write path's authorizer for real use: role-based access control as DESIGN section 2
// defines it. Per change set it reads the acting principal's grants once (policies, roles,
// the scope tree); per object it finds the object's effective scope without a query per row:
// a stored object that has its own scope carries it (accessScopeId), and an inheriting or new
// one takes its parent's, from caches filled once per change set (the spaces' and logical
// networks' scopes, and the few subnets of a space that have a scope of their own, kept sorted
// for an O(log n) lookup by address).
class RbacAuthorizer final : public Authorizer
{
public:
    explicit RbacAuthorizer(std::shared_ptr<Database> database);

    Verdict authorize(const Principal &principal, Operation operation,
                      const AnyObject &object) override;
    Verdict authorizeInScope(const Principal &principal, Operation operation, ObjectId scopeId,
                             const QString &object) override;
    void beginChangeSet(Database &database) override;

    // The effective access scope `object` has (stored) or would have (new or re-parented).
    ObjectId scopeOf(const AnyObject &object);
    const AccessGrants &grantsFor(const Principal &principal);

private:
    struct ScopedSubnet
    {
        IpAddress first;
        IpAddress last;
        ObjectId scopeId;
    };
    ObjectId parentScope(const AnyObject &object);
    ObjectId spaceScope(ObjectId spaceId);
    ObjectId logicalNetworkScope(ObjectId logicalNetworkId);
    ObjectId scopeAt(ObjectId spaceId, const IpAddress &address);
    ObjectId lookup(const QString &sql, ObjectId id);
    Database &reading() { return m_reading ? *m_reading : *m_database; }

    std::shared_ptr<Database> m_database;
    Database *m_reading = nullptr; // the write path's connection, from beginChangeSet
    std::optional<AccessGrants> m_grants;
    QHash<ObjectId, ObjectId> m_spaceScopes;
    QHash<ObjectId, ObjectId> m_logicalNetworkScopes;
    QHash<ObjectId, std::vector<ScopedSubnet>> m_scopedSubnets; // by space, sorted by first
};

// The authorizer ipamctl, the console and the sync worker install on their WritePath:
//   writePath.setAuthorizer(makeAuthorizer(database));
std::shared_ptr<Authorizer> makeAuthorizer(std::shared_ptr<Database> database);

} // namespace ipam
