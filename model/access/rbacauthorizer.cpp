#include "rbacauthorizer.h"

#include "domain/objectproperties.h"
#include "store/accesscontroltables.h"

#include <algorithm>

namespace ipam {

RbacAuthorizer::RbacAuthorizer(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

std::shared_ptr<Authorizer> makeAuthorizer(std::shared_ptr<Database> database)
{
    return std::make_shared<RbacAuthorizer>(std::move(database));
}

void RbacAuthorizer::beginChangeSet(Database &database)
{
    // Read inside the write path's own transaction (its connection), so the check sees what
    // the change set will be applied to.
    m_reading = &database;
    m_grants.reset();
    m_spaceScopes.clear();
    m_logicalNetworkScopes.clear();
    m_scopedSubnets.clear();
}

const AccessGrants &RbacAuthorizer::grantsFor(const Principal &principal)
{
    if (!m_grants || m_grants->principal().name != principal.name
        || m_grants->principal().groups != principal.groups)
        m_grants = AccessControlTables(reading()).grantsFor(principal);
    return *m_grants;
}

Verdict RbacAuthorizer::authorize(const Principal &principal, Operation operation,
                                  const AnyObject &object)
{
    const AccessGrants &grants = grantsFor(principal);
    const ObjectId scope = scopeOf(object);
    if (grants.allows(operation, scope))
        return Verdict::allowed();
    return grants.check(operation, scope, describe(object));
}

Verdict RbacAuthorizer::authorizeInScope(const Principal &principal, Operation operation,
                                         ObjectId scopeId, const QString &object)
{
    return grantsFor(principal).check(operation, scopeId == 0 ? AccessScope::globalId : scopeId,
                                      object);
}

ObjectId RbacAuthorizer::scopeOf(const AnyObject &object)
{
    const StoredObject &stored = storedPart(object);
    if (stored.accessScopeId != 0 && !stored.accessScopeInherited)
        return stored.accessScopeId;
    return parentScope(object);
}

ObjectId RbacAuthorizer::parentScope(const AnyObject &object)
{
    struct Parent
    {
        RbacAuthorizer &a;
        ObjectId operator()(const AddressSpace &) { return AccessScope::globalId; }
        ObjectId operator()(const LogicalNetwork &o) { return a.spaceScope(o.spaceId); }
        ObjectId operator()(const NetworkSite &o)
        {
            return a.logicalNetworkScope(o.logicalNetworkId);
        }
        ObjectId operator()(const VmNetwork &o) { return a.spaceScope(o.spaceId); }
        ObjectId operator()(const Block &o) { return a.spaceScope(o.spaceId); }
        ObjectId operator()(const Subnet &o) { return a.spaceScope(o.spaceId); }
        ObjectId operator()(const Range &o) { return a.scopeAt(o.spaceId, o.startAddress); }
        ObjectId operator()(const Address &o) { return a.scopeAt(o.spaceId, o.ipAddress); }
    };
    return std::visit(Parent{*this}, object);
}

ObjectId RbacAuthorizer::lookup(const QString &sql, ObjectId id)
{
    QSqlQuery &query = reading().prepared(sql);
    query.bindValue(0, id);
    ObjectId scope = AccessScope::globalId;
    if (query.exec() && query.next())
        scope = query.value(0).toLongLong();
    query.finish();
    return scope;
}

ObjectId RbacAuthorizer::spaceScope(ObjectId spaceId)
{
    auto it = m_spaceScopes.constFind(spaceId);
    if (it == m_spaceScopes.constEnd())
        it = m_spaceScopes.insert(
                spaceId,
                lookup(QStringLiteral("SELECT access_scope_id FROM address_space WHERE id = ?"),
                       spaceId));
    return it.value();
}

ObjectId RbacAuthorizer::logicalNetworkScope(ObjectId logicalNetworkId)
{
    auto it = m_logicalNetworkScopes.constFind(logicalNetworkId);
    if (it == m_logicalNetworkScopes.constEnd())
        it = m_logicalNetworkScopes.insert(
                logicalNetworkId,
                lookup(QStringLiteral("SELECT access_scope_id FROM logical_network WHERE id = ?"),
                       logicalNetworkId));
    return it.value();
}

ObjectId RbacAuthorizer::scopeAt(ObjectId spaceId, const IpAddress &address)
{
    // A range or address inherits from the subnet holding it, which inherits from its space
    // unless it has a scope of its own: only those subnets need looking at.
    auto it = m_scopedSubnets.find(spaceId);
    if (it == m_scopedSubnets.end()) {
        std::vector<ScopedSubnet> subnets;
        QSqlQuery &query = reading().prepared(
                QStringLiteral("SELECT family, lo, hi, access_scope_id FROM ip_subnet WHERE "
                               "space_id = ? AND access_scope_inherited = 0"));
        query.bindValue(0, spaceId);
        if (query.exec()) {
            while (query.next()) {
                const Family family = query.value(0).toInt() == 6 ? Family::V6 : Family::V4;
                subnets.push_back({IpAddress::fromBytes(family, query.value(1).toByteArray()),
                                   IpAddress::fromBytes(family, query.value(2).toByteArray()),
                                   query.value(3).toLongLong()});
            }
        }
        query.finish();
        std::sort(subnets.begin(), subnets.end(),
                  [](const ScopedSubnet &a, const ScopedSubnet &b) { return a.first < b.first; });
        it = m_scopedSubnets.insert(spaceId, std::move(subnets));
    }
    const std::vector<ScopedSubnet> &subnets = it.value();
    // Subnets of a space are disjoint: only the last one starting at or below can hold it.
    auto after = std::upper_bound(
            subnets.begin(), subnets.end(), address,
            [](const IpAddress &a, const ScopedSubnet &s) { return a < s.first; });
    if (after != subnets.begin()) {
        const ScopedSubnet &candidate = *std::prev(after);
        if (candidate.first.family() == address.family() && !(candidate.last < address))
            return candidate.scopeId;
    }
    return spaceScope(spaceId);
}

} // namespace ipam
