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
    // One chunk of a bulk load (BulkLoad): applyAll without the recount, with what bulk mode
    // holds written. Call finish() once after the last chunk.
    WriteOutcome applyChunk(const ChangeSet &changes, int *failedChange);
    // Bulk modes for every chunk from now on (their caches then span the whole load).
    void setBulkLoad();

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
    // Writes the values waiting for change `change`'s new object, and audits them.
    WriteOutcome writeFields(ObjectKind kind, ObjectId id, int change);
    WriteOutcome flushPendingSubnets();
    WriteOutcome recordPendingSubnets();
    // The steps after a create's row is written: recorded, kept, noted, its after-write effects.
    template<typename T>
    WriteOutcome created(T &object, int change);
    void keepWritten(int change, const AnyObject &object);

    // PostgreSQL: creates held back to go to the database together (MultiRowWriter), one kind
    // at a time; see holdsCreate.
    template<typename T>
    bool holdsCreate(const T &object) const;
    WriteOutcome flushHeldCreates();
    template<typename T>
    WriteOutcome writeHeld(QList<std::pair<AnyObject, int>> &held);
    // The order to apply a set's changes in: as given, or on PostgreSQL for a set of creates
    // only, parents' kinds first (each kind then goes to the database in one batch).
    QList<int> applyOrder(const ChangeSet &changes) const;

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
    // A removed object's utilization threshold goes with it and its raised alerts clear,
    // before its row goes (on PostgreSQL their checks look the object's scope up).
    WriteOutcome forgetUtilizationState(const ObjectRef &object);
    std::optional<bool> m_utilizationStateExists;
    qint64 m_nowMs = 0;

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
    // The values of new objects not yet written (bulk subnets, held multi-row creates), by
    // the index of their change: written once the object has its id (writeFields).
    QHash<int, FieldValueApplier::Prepared> m_pendingFields;
    // Whether the customer space the current change creates gets its VM network from the next
    // change of the set (Change::parentChange) rather than by name (afterWrite).
    bool m_vmNetworkFollows = false;
    QSet<int> m_followedSpaces; // the changes creating such spaces
    qint64 m_audited = 0;
    int m_changeCount = 0;
    int m_current = -1; // the change being applied (its index in the set)
    bool m_holdCreates = false;
    QList<std::pair<AnyObject, int>> m_heldCreates; // (object, change), all of one kind
    QList<int> m_bulkSubnetChanges;                 // the changes of m_bulkSubnets' pending
    int m_heldFailed = -1; // the change of a held create that failed when written
};

} // namespace ipam
