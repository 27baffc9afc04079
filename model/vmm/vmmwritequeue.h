#pragma once

#include "vmm/vmmlinktable.h"
#include "write/writepath.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUuid>

#include <functional>

namespace ipam {

struct VmmSyncContext;
class VmmConflicts;
class VmmIpamState;
class VmmLookups;

// The writes of a pull into IPAM, queued so that many go through the write path in one
// transaction (flushPending: batchSize changes each), each object whole with its link row
// (written inside the same transaction, writeLinks). One the write path refuses is taken out
// and logged, the writes before it committed and the rest resubmitted (submitChunk), so a
// refusal never takes others with it and a run cut off anywhere leaves whole objects only.
// Also the link bookkeeping alone, each in its own transaction (saveLinkNow, dropLinkNow).
class VmmWriteQueue
{
public:
    using Done = std::function<void()>;

    struct LinkTarget
    {
        ObjectKind kind;
        QString set;
        QUuid remoteId;
        QUuid stampId;
        // Which written object the link is for (creates learn their id only when written):
        // `written` holds a whole batch's objects, this write's first one at `offset`.
        std::function<ObjectId(const QList<AnyObject> &written, int offset)> object;
        bool dropLink = false;
        qint64 linkId = 0;
        // The entity being pulled: its fingerprint and normalised values. A link written
        // with a baseline equal to these records the fingerprint at once (VmmLink::remoteHash),
        // so the first re-sync after a pull need not parse an unchanged entity again.
        quint64 remoteHash = 0;
        QByteArray remoteText; // its values' canonical JSON text
    };

    // One object's write (or one step of it), queued so that many go through the write path
    // in one transaction (see flushPending): its changes, its link row, and what follows once
    // it is committed.
    struct PendingWrite
    {
        QString what;          // names the object when the write path refuses it
        QList<Change> changes; // a parentChange counts from this write's first change
        LinkTarget target;
        // The link's baseline from the written object itself (no query); unset: read what
        // IPAM holds inside the transaction (a site's subnets, a multi-step apply).
        std::function<QByteArray(const AnyObject &written)> baselineOf; // JSON text
        // The linked object's version with baselineOf; unset: the written object's.
        std::function<qint64(const AnyObject &written)> versionOf;
        // With baselineOf: the bytes loadIpamKeys() hashes for the object, from the very
        // versions and remote IDs the baseline was computed from (so a stale one only makes
        // the next run compare in full); unset: IPAM's side is hashed by the next run.
        std::function<QByteArray(const AnyObject &written)> ipamKeyOf;
        // After COMMIT, with this write's primary object as written; may queue further writes.
        std::function<void(const AnyObject *written)> applied;
        // Which of its changes writes the object the link is for (what baselineOf, versionOf,
        // ipamKeyOf and applied are given): a VM network comes after its customer space.
        int primary = 0;
        // Instead of refusing it, when the write path refuses it: another way to write the
        // same (a site with its subnets in one write falls back to the site, then each subnet
        // alone, so that one refused subnet does not hold back the site and the others).
        std::function<void()> onRefused;
    };

    VmmWriteQueue(VmmSyncContext &ctx, VmmConflicts &conflicts, VmmLookups &lookups,
                  VmmIpamState &ipam);

    // Written at once unless batching; then by flushPending().
    void queue(PendingWrite write);
    bool writeNow(PendingWrite write); // queue + flush; whether it committed
    void flushPending();
    // While batching, queue() waits for flushPending().
    void setBatching(bool batching) { m_batching = batching; }
    void reserve(qsizetype writes) { m_pending.reserve(writes); } // a pending write is large
    void discard() // the run was cut off: what is queued is not written
    {
        m_pending.clear();
        m_nextRound.clear();
    }
    // Queued once the pending writes are committed (a step that needs their versions).
    void afterCommit(Done step) { m_nextRound.append(std::move(step)); }
    // Subnets a pending write changes, and subnets (space, prefix) a pending write creates.
    bool isSubnetQueued(ObjectId id) const { return m_subnetsQueued.contains(id); }
    void noteSubnetQueued(ObjectId id) { m_subnetsQueued.insert(id); }
    bool isPrefixQueued(const QPair<ObjectId, Prefix> &at) const
    {
        return m_prefixesQueued.contains(at);
    }
    void notePrefixQueued(const QPair<ObjectId, Prefix> &at) { m_prefixesQueued.insert(at); }

    QString saveLinkNow(VmmLink link); // bookkeeping alone, in its own transaction
    QString dropLinkNow(qint64 linkId);

private:
    void submitChunk(QList<PendingWrite> items);
    void refuseWrite(const PendingWrite &write, const WriteResult &result);
    QString writeLinks(const QList<PendingWrite> &items, const QList<int> &offsets,
                       const QList<AnyObject> &written, qint64 now, QList<VmmLink> *saved,
                       QList<qint64> *dropped);
    // Keeps the run's look-up caches in step with what it committed.
    void noteCommitted(const QList<Change> &changes, const QList<AnyObject> &written);

    VmmSyncContext &m_ctx;
    VmmConflicts &m_conflicts;
    VmmLookups &m_lookups;
    VmmIpamState &m_ipam;
    bool m_batching = false;        // queue() waits for flushPending()
    QList<PendingWrite> m_pending;  // queued, not yet submitted
    QList<Done> m_nextRound;        // queue these once the pending writes are committed
    QSet<ObjectId> m_subnetsQueued; // subnets a pending write changes
    QSet<QPair<ObjectId, Prefix>> m_prefixesQueued; // subnets a pending write creates
};

} // namespace ipam
