#pragma once

#include "domain/entities.h"
#include "store/store.h"
#include "store/writeoutcome.h"

#include <memory>

namespace ipam {

class BulkSubnetCreate;
class ParentCache;
class SpaceGeometry;
class UtilizationRecount;

// The rules of an object that need the store: does its parent exist and fit, is its name or
// prefix free, does it overlap a sibling, does anything still depend on it. The pure rules
// (domain/rules.h) are called from here, so this is the one place a refusal is worded: the
// write path checks every change with it, and the dialogs check their input with it before
// they submit (read-only, no transaction), so a dialog and ipamctl refuse the same input with
// the same words. prepare() also fills derived fields (a block's bounds, a subnet's logical
// network from its site, a range's subnet, an address's subnet and range), as the write path
// will store them.
class ObjectValidator
{
public:
    // Read-only, for a dialog: looks up through a cache of its own over `store`.
    explicit ObjectValidator(Store &store);
    // The write path's, for one change set: shares its caches, its bulk modes and the
    // subnets and ranges it touches.
    ObjectValidator(Store &store, ParentCache &parents, SpaceGeometry &geometry,
                    UtilizationRecount &recount, const BulkSubnetCreate &bulkSubnets);
    ~ObjectValidator();

    // Validation and derived fields, per kind. `before` is null for a create.
    WriteOutcome prepare(AddressSpace &o, const AddressSpace *before);
    WriteOutcome prepare(LogicalNetwork &o, const LogicalNetwork *before);
    WriteOutcome prepare(NetworkSite &o, const NetworkSite *before);
    WriteOutcome prepare(VmNetwork &o, const VmNetwork *before);
    WriteOutcome prepare(Block &o, const Block *before);
    WriteOutcome prepare(Subnet &o, const Subnet *before);
    WriteOutcome prepare(Range &o, const Range *before);
    WriteOutcome prepare(Address &o, const Address *before);
    // Checks that nothing still depends on an object about to be removed.
    WriteOutcome removable(const AddressSpace &o);
    WriteOutcome removable(const LogicalNetwork &o);
    WriteOutcome removable(const NetworkSite &o);
    WriteOutcome removable(const VmNetwork &o);
    WriteOutcome removable(const Block &) { return std::nullopt; }
    WriteOutcome removable(const Subnet &o);
    // Removing a range or an address changes its subnet's (and range's) utilization.
    WriteOutcome removable(const Range &o);
    WriteOutcome removable(const Address &o);

    // For a dialog: why the write path would refuse to create `object` (`before` null) or to
    // change `before` into it; empty when it would not. The stored version is not compared:
    // the write path does that when it is submitted.
    template<typename T>
    QString refusal(T object, const T *before = nullptr)
    {
        const WriteOutcome failure = prepare(object, before);
        return failure ? failure->message : QString();
    }

private:
    Store &m_store;
    std::unique_ptr<ParentCache> m_ownParents;
    std::unique_ptr<SpaceGeometry> m_ownGeometry;
    std::unique_ptr<UtilizationRecount> m_ownRecount;
    std::unique_ptr<BulkSubnetCreate> m_ownBulk;
    ParentCache &m_parents;
    SpaceGeometry &m_geometry;
    UtilizationRecount &m_recount;
    const BulkSubnetCreate &m_bulkSubnets;
};

} // namespace ipam
