#include "consoleaccess.h"

#include "store/accesscontroltables.h"

namespace ipam {

namespace {

constexpr ObjectId global = AccessScope::globalId;

int slot(ObjectKind kind)
{
    return int(kind);
}

} // namespace

bool ConsoleAccess::refresh(Database &database, const Principal &principal)
{
    if (!m_enforced)
        return false;
    const bool sawEverything = m_seesEverything;
    const QSet<ObjectId> visibleBefore = m_visible;
    m_grants = AccessControlTables(database).grantsFor(principal);
    m_seesEverything = m_grants.canView(global);
    m_visible = m_seesEverything ? QSet<ObjectId>() : m_grants.visibleScopes();
    m_somewhere = OperationSet();
    const QList<AccessScope> scopes = m_grants.tree().scopes();
    for (Operation o : allOperations()) {
        for (const AccessScope &scope : scopes) {
            if (m_grants.allows(o, scope.id)) {
                m_somewhere.insert(o);
                break;
            }
        }
    }
    return sawEverything != m_seesEverything || visibleBefore != m_visible;
}

bool ConsoleAccess::allows(Operation operation, ObjectId scopeId) const
{
    return !m_enforced || m_grants.allows(operation, scopeId ? scopeId : global);
}

bool ConsoleAccess::allowsSomewhere(Operation operation) const
{
    return !m_enforced || m_somewhere.contains(operation);
}

QString ConsoleAccess::scopePath(ObjectId scopeId) const
{
    const QString path = m_grants.tree().path(scopeId);
    return path.isEmpty() && scopeId == global ? AccessScope::globalName : path;
}

void ConsoleAccess::note(ObjectKind kind, const StoredObject &object)
{
    // The hot path of a million-row load: only objects with a scope of their own are kept,
    // and an inheriting one costs a removal only when some object of its kind has a scope.
    QHash<ObjectId, ObjectId> &own = m_own[slot(kind)];
    if (object.accessScopeId != 0 && !object.accessScopeInherited)
        own.insert(object.id, object.accessScopeId);
    else if (!own.isEmpty())
        own.remove(object.id);
}

void ConsoleAccess::note(const AnyObject &object)
{
    const ObjectKind kind = kindOf(object);
    note(kind, storedPart(object));
    if (const auto *o = std::get_if<LogicalNetwork>(&object))
        m_parent[slot(kind)].insert(o->id, o->spaceId);
    else if (const auto *o = std::get_if<NetworkSite>(&object))
        m_parent[slot(kind)].insert(o->id, o->logicalNetworkId);
    else if (const auto *o = std::get_if<VmNetwork>(&object))
        m_parent[slot(kind)].insert(o->id, o->spaceId);
}

void ConsoleAccess::forget(ObjectKind kind, ObjectId id)
{
    m_own[slot(kind)].remove(id);
    m_parent[slot(kind)].remove(id);
}

void ConsoleAccess::clearObjects()
{
    for (auto &own : m_own)
        own.clear();
    for (auto &parent : m_parent)
        parent.clear();
}

bool ConsoleAccess::hasOwnScope(ObjectKind kind, ObjectId id) const
{
    return m_own[slot(kind)].contains(id);
}

ObjectId ConsoleAccess::containerScope(ObjectKind kind, ObjectId id) const
{
    // At most three steps (site > logical network > space > Global).
    for (int steps = 0; id != 0 && steps < 4; ++steps) {
        const auto own = m_own[slot(kind)].constFind(id);
        if (own != m_own[slot(kind)].constEnd())
            return *own;
        switch (kind) {
        case ObjectKind::NetworkSite:
            id = m_parent[slot(kind)].value(id);
            kind = ObjectKind::LogicalNetwork;
            break;
        case ObjectKind::LogicalNetwork:
        case ObjectKind::VmNetwork:
            id = m_parent[slot(kind)].value(id);
            kind = ObjectKind::AddressSpace;
            break;
        default:
            return global;
        }
    }
    return global;
}

ObjectId ConsoleAccess::subnetScope(ObjectId subnetId, ObjectId spaceId) const
{
    const auto own = m_own[slot(ObjectKind::Subnet)].constFind(subnetId);
    if (own != m_own[slot(ObjectKind::Subnet)].constEnd())
        return *own;
    return containerScope(ObjectKind::AddressSpace, spaceId);
}

ObjectId ConsoleAccess::leafScope(ObjectKind kind, ObjectId id, ObjectId subnetId,
                                  ObjectId spaceId) const
{
    const auto own = m_own[slot(kind)].constFind(id);
    if (own != m_own[slot(kind)].constEnd())
        return *own;
    if ((kind == ObjectKind::Range || kind == ObjectKind::Address) && subnetId != 0)
        return subnetScope(subnetId, spaceId);
    return containerScope(ObjectKind::AddressSpace, spaceId);
}

ObjectId ConsoleAccess::effectiveScope(const Block &block) const
{
    return block.accessScopeId ? block.accessScopeId
                               : containerScope(ObjectKind::AddressSpace, block.spaceId);
}

ObjectId ConsoleAccess::effectiveScope(const Subnet &subnet) const
{
    return subnet.accessScopeId ? subnet.accessScopeId
                                : containerScope(ObjectKind::AddressSpace, subnet.spaceId);
}

ObjectId ConsoleAccess::effectiveScope(const Range &range) const
{
    return range.accessScopeId ? range.accessScopeId : subnetScope(range.subnetId, range.spaceId);
}

ObjectId ConsoleAccess::effectiveScope(const Address &address) const
{
    return address.accessScopeId ? address.accessScopeId
                                 : subnetScope(address.subnetId, address.spaceId);
}

ObjectId ConsoleAccess::effectiveScope(const AnyObject &object) const
{
    struct Scope
    {
        const ConsoleAccess &a;
        ObjectId operator()(const AddressSpace &o) const
        {
            return o.accessScopeId ? o.accessScopeId : global;
        }
        ObjectId operator()(const LogicalNetwork &o) const
        {
            return o.accessScopeId ? o.accessScopeId
                                   : a.containerScope(ObjectKind::AddressSpace, o.spaceId);
        }
        ObjectId operator()(const NetworkSite &o) const
        {
            return o.accessScopeId
                    ? o.accessScopeId
                    : a.containerScope(ObjectKind::LogicalNetwork, o.logicalNetworkId);
        }
        ObjectId operator()(const VmNetwork &o) const
        {
            return o.accessScopeId ? o.accessScopeId
                                   : a.containerScope(ObjectKind::AddressSpace, o.spaceId);
        }
        ObjectId operator()(const Block &o) const { return a.effectiveScope(o); }
        ObjectId operator()(const Subnet &o) const { return a.effectiveScope(o); }
        ObjectId operator()(const Range &o) const { return a.effectiveScope(o); }
        ObjectId operator()(const Address &o) const { return a.effectiveScope(o); }
    };
    return std::visit(Scope{*this}, object);
}

} // namespace ipam
