#pragma once

#include "domain/principal.h"
#include "store/objectwriter.h"
#include "store/store.h"
#include "write/authorizer.h"
#include "write/bulksubnetcreate.h"
#include "write/changeevent.h"
#include "write/changeset.h"
#include "write/fieldvalueapplier.h"
#include "write/objectvalidator.h"
#include "write/parentcache.h"
#include "write/spacegeometry.h"
#include "write/utilizationrecount.h"

#include <QJsonArray>

namespace ipam {

// Applies the changes of one ChangeSet inside the write path's open transaction, in this
// order: parents read ahead (ParentCache), bulk modes decided (SpaceGeometry for many new
// ranges, BulkSubnetCreate for many new subnets), then per change: its parent taken from an
// earlier change (Change::parentChange), the stored version compared, authorized, validated
// (ObjectValidator), written (ObjectWriter), recorded for the audit row and the ChangeEvent,
// and its after-write effects run (addresses mapped to a new subnet or range, a customer
// space's VM network created); last, utilization recounted (UtilizationRecount). One instance
// per submit, so its caches live exactly as long as the transaction they describe.
// WritePath owns the transaction around it (WriteTransaction).
class ChangeApplier
{
public:
    ChangeApplier(Store &store, const Principal &principal, Authorizer &authorizer, qint64 nowMs,
                  bool keepObjects);

    // All of `changes`, with the reads ahead and the recount; on a refusal `failedChange` is
    // the index of the change refused (or stays as it was for a failure of the whole set).
    WriteOutcome applyAll(const ChangeSet &changes, int *failedChange);

    // The steps of applyAll, for tests of one step.
    void prefetch(const ChangeSet &changes);
    WriteOutcome prepareBulk(const ChangeSet &changes, int *failedChange);
    WriteOutcome apply(const Change &change);
    // Fills `change`'s parent reference from the change it names (see Change::parentChange),
    // or says why it cannot.
    WriteOutcome resolveParent(int index, Change *change) const;
    // Writes what bulk mode still holds and recounts the utilization of touched subnets and
    // ranges; called once before commit.
    WriteOutcome finish();

    ParentCache &parents() { return m_parents; }
    const UtilizationRecount &recount() const { return m_recount; }

    ChangeEvent event;
    QJsonArray before;
    QJsonArray after;
    QList<AnyObject> written; // the changes' own objects, one per change (not derived ones)

private:
    template<typename T>
    WriteOutcome applyTyped(const Change &change, const T &object);
    WriteOutcome authorize(Operation operation, const AnyObject &object);
    void record(ChangeOp op, const AnyObject &object, const AnyObject *previous);
    // Adds the custom field values to the audit row of the change just recorded.
    void recordFields(const QJsonObject &before, const QJsonObject &after);
    WriteOutcome flushPendingSubnets();
    WriteOutcome recordPendingSubnets();

    // After-write effects, per kind: address mapping, the derived VM network.
    WriteOutcome afterWrite(ChangeOp, const AddressSpace &o);
    WriteOutcome afterWrite(ChangeOp, const LogicalNetwork &) { return std::nullopt; }
    WriteOutcome afterWrite(ChangeOp, const NetworkSite &) { return std::nullopt; }
    WriteOutcome afterWrite(ChangeOp, const VmNetwork &) { return std::nullopt; }
    WriteOutcome afterWrite(ChangeOp, const Block &) { return std::nullopt; }
    WriteOutcome afterWrite(ChangeOp op, const Subnet &o);
    WriteOutcome afterWrite(ChangeOp op, const Range &o);
    WriteOutcome afterWrite(ChangeOp, const Address &) { return std::nullopt; }
    // A removed space's VM networks go with it (they are the space's own networks).
    WriteOutcome removeVmNetworksOf(const AddressSpace &o);

    Store &m_store;
    Database &m_db;
    const Principal &m_principal;
    Authorizer &m_authorizer;
    bool m_keepObjects;
    ObjectWriter m_writer;
    ParentCache m_parents;
    SpaceGeometry m_geometry;
    UtilizationRecount m_recount;
    BulkSubnetCreate m_bulkSubnets;
    ObjectValidator m_validator;
    FieldValueApplier m_fields;
    // New subnets held by bulk mode until their ids are known, with their values: by space and
    // prefix (bulk mode writes them in key order, not change order).
    QHash<QPair<ObjectId, QString>, FieldValueApplier::Prepared> m_pendingSubnetFields;
    // Whether the customer space the current change creates gets its VM network from the next
    // change of the set (Change::parentChange) rather than by name (afterWrite).
    bool m_vmNetworkFollows = false;
    qint64 m_audited = 0;
};

} // namespace ipam
