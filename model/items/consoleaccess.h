#pragma once

#include "domain/accessgrants.h"
#include "domain/entities.h"

#include <QHash>
#include <QSet>

#include <array>

namespace ipam {

class Database;

// What the console's principal may see and do, for the item models (which rows to hold) and
// the commands (which actions to enable). It holds the principal's grants, read once and
// again only after a change to access control, and the access scope of every object the
// console has met, so that both questions are answered in memory:
//
// - canView(scope) is one hash lookup, and nothing at all when the principal holds a policy
//   in Global (it sees everything) or when access control is not enforced (a store opened
//   without RBAC, as the console's own unit tests do);
// - an object's effective scope (AccessScopePath) is its own scope when it has one, else its
//   parent's: space > logical network > site, space > VM network / block / subnet, subnet >
//   range / address, as RbacAuthorizer and the database's triggers define it. Only objects
//   with a scope of their own are recorded (a few), plus every container's parent, so a
//   million inheriting subnets cost nothing here.
class ConsoleAccess
{
public:
    bool isEnforced() const { return m_enforced; }
    void setEnforced(bool enforced) { m_enforced = enforced; }

    // Reads the principal's grants. True when what the principal may see changed.
    bool refresh(Database &database, const Principal &principal);
    const AccessGrants &grants() const { return m_grants; }
    // True when nothing needs filtering: not enforced, or a policy in Global.
    bool seesEverything() const { return !m_enforced || m_seesEverything; }
    bool canView(ObjectId scopeId) const { return seesEverything() || m_visible.contains(scopeId); }
    // May the principal perform `operation` in `scopeId`? Always when not enforced.
    bool allows(Operation operation, ObjectId scopeId) const;
    // ... in some scope it can see (for an Add whose target the dialog will choose).
    bool allowsSomewhere(Operation operation) const;
    QString scopePath(ObjectId scopeId) const;

    // Objects as they pass by (load, stream, change events): remembers a scope of their own
    // and a container's parent. Cheap for inheriting objects (one hash removal at most).
    void note(const AnyObject &object);
    void note(ObjectKind kind, const StoredObject &object); // leaves: no parent to remember
    void forget(ObjectKind kind, ObjectId id);
    void clearObjects();

    // The effective scope: as stored (accessScopeId, when read from the store), else computed
    // from the parents (a new object in a change event).
    ObjectId effectiveScope(const AnyObject &object) const;
    ObjectId effectiveScope(const Block &block) const;
    ObjectId effectiveScope(const Subnet &subnet) const;
    ObjectId effectiveScope(const Range &range) const;
    ObjectId effectiveScope(const Address &address) const;
    bool isVisible(const AnyObject &object) const
    {
        return seesEverything() || canView(effectiveScope(object));
    }
    // The scope of an object the console holds, from its kind, id and parent ids.
    ObjectId containerScope(ObjectKind kind, ObjectId id) const;
    ObjectId subnetScope(ObjectId subnetId, ObjectId spaceId) const;
    ObjectId leafScope(ObjectKind kind, ObjectId id, ObjectId subnetId, ObjectId spaceId) const;
    // Whether `object` has a scope of its own (IsInheritedAccessScope = false).
    bool hasOwnScope(ObjectKind kind, ObjectId id) const;

private:
    bool m_enforced = false;
    bool m_seesEverything = true;
    AccessGrants m_grants;
    QSet<ObjectId> m_visible;
    OperationSet m_somewhere;
    // Per kind: objects with a scope of their own -> that scope.
    std::array<QHash<ObjectId, ObjectId>, objectKindCount> m_own;
    // Per container kind: id -> parent id (space of a logical network, ...).
    std::array<QHash<ObjectId, ObjectId>, objectKindCount> m_parent;
};

} // namespace ipam
