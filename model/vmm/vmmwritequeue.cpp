#include "vmmwritequeue.h"

#include "vmm/vmmconflicts.h"
#include "vmm/vmmentities.h"
#include "vmm/vmmipamstate.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmsynccontext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace ipam {

using namespace Qt::StringLiterals;

VmmWriteQueue::VmmWriteQueue(VmmSyncContext &ctx, VmmConflicts &conflicts, VmmLookups &lookups,
                             VmmIpamState &ipam)
    : m_ctx(ctx)
    , m_conflicts(conflicts)
    , m_lookups(lookups)
    , m_ipam(ipam)
{ }

void VmmWriteQueue::queue(PendingWrite write)
{
    m_pending.append(std::move(write));
    if (!m_batching)
        flushPending();
}

bool VmmWriteQueue::writeNow(PendingWrite write)
{
    bool committed = false;
    write.applied = [&committed, then = std::move(write.applied)](const AnyObject *written) {
        committed = true;
        if (then)
            then(written);
    };
    m_pending.append(std::move(write));
    flushPending();
    return committed;
}

// Submits what is queued, batchSize changes per transaction, then what the committed writes
// queued in turn (a site's subnets after the site), until nothing is left.
void VmmWriteQueue::flushPending()
{
    const int batchSize = std::clamp(m_ctx.options.batchSize, 1, WritePath::maxObjectsInEvent);
    // What committed writes queue waits for the next round instead of going alone.
    const bool wasBatching = std::exchange(m_batching, true);
    while (!m_ctx.stopped() && (!m_pending.isEmpty() || !m_nextRound.isEmpty())) {
        if (m_pending.isEmpty()) {
            const QList<Done> next = std::exchange(m_nextRound, {});
            for (const Done &step : next)
                step();
            continue;
        }
        QList<PendingWrite> round = std::exchange(m_pending, {});
        m_subnetsQueued.clear();
        m_prefixesQueued.clear();
        QList<PendingWrite> chunk;
        chunk.reserve(std::min<qsizetype>(round.size(), batchSize));
        int changes = 0;
        for (PendingWrite &write : round) {
            if (!chunk.isEmpty() && changes + write.changes.size() > batchSize) {
                submitChunk(std::exchange(chunk, {}));
                changes = 0;
                if (m_ctx.stopped())
                    break;
            }
            changes += int(write.changes.size());
            chunk.append(std::move(write));
        }
        if (!chunk.isEmpty() && !m_ctx.stopped())
            submitChunk(std::move(chunk));
    }
    m_batching = wasBatching;
    if (m_ctx.stopped()) {
        m_pending.clear();
        m_nextRound.clear();
    }
}

// One transaction for all of `items`. One the write path refuses (it names the change) is
// taken out with its reason; the writes before it passed every check up to there, so they are
// committed on their own, and the rest is submitted again: each write is tried at most twice
// per refusal, however large the batch. When the write path cannot say which (a database
// error) or refuses many, the batch is halved until each goes alone, so a refusal never takes
// others with it.
void VmmWriteQueue::submitChunk(QList<PendingWrite> items)
{
    constexpr int maxRefusalsPerChunk = 16;
    int refusals = 0;
    while (!items.isEmpty() && !m_ctx.stopped()) {
        ChangeSet changes;
        changes.label = u"vmm sync"_s;
        QList<int> offsets;
        QList<int> owner; // change -> item
        offsets.reserve(items.size());
        for (int i = 0; i < items.size(); ++i) {
            offsets.append(int(changes.changes.size()));
            for (const Change &change : items.at(i).changes) {
                changes.changes.append(change);
                // A parent named within the write: its index in the whole batch.
                if (change.parentChange >= 0)
                    changes.changes.last().parentChange += offsets.at(i);
                owner.append(i);
            }
        }
        QList<VmmLink> saved;
        QList<qint64> dropped;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        changes.inTransaction = [&](Database &, const QList<AnyObject> &written) -> QString {
            saved.clear();
            dropped.clear();
            return writeLinks(items, offsets, written, now, &saved, &dropped);
        };
        const WriteResult result = m_ctx.writePath.submit(changes);
        if (result.ok()) {
            m_ctx.ipamUnchanged = false; // IPAM moved: read it from here on
            noteCommitted(changes.changes, result.objects);
            for (const VmmLink &link : std::as_const(saved)) {
                m_ctx.linkIndex.cache(link);
                m_ipam.forgetValues(link.kind, link.objectId);
            }
            for (const qint64 linkId : std::as_const(dropped)) {
                m_ctx.linkIndex.uncache(linkId);
                m_conflicts.forget(linkId);
            }
            for (int i = 0; i < items.size(); ++i) {
                const int at = offsets.at(i) + items.at(i).primary;
                if (items.at(i).applied)
                    items.at(i).applied(at < result.objects.size() ? &result.objects.at(at)
                                                                   : nullptr);
            }
            return;
        }
        if (items.size() == 1) {
            refuseWrite(items.constFirst(), result);
            return;
        }
        // A constraint the database itself enforces may fire while the write path flushes
        // earlier rows (its bulk subnet insert): then failedChange is not the culprit.
        // Such a refusal reads "refused by the database: ..." (ObjectWriter), in the user's
        // language: compare with the same words.
        const QString databaseRefusal
                = QCoreApplication::translate("ipam::ObjectWriter", "refused by the database: %1");
        const int failed = result.failedChange;
        const bool culpritKnown = failed >= 0 && failed < owner.size()
                && result.status != WriteStatus::Failed
                && !result.message.startsWith(databaseRefusal.left(databaseRefusal.indexOf(u'%')));
        if (culpritKnown && refusals < maxRefusalsPerChunk) {
            ++refusals;
            const int item = owner.at(failed);
            refuseWrite(items.at(item), result);
            QList<PendingWrite> rest = items.mid(item + 1);
            items.resize(item);
            if (!items.isEmpty())
                submitChunk(std::move(items));
            items = std::move(rest);
            continue;
        }
        // Halves, each with its own refusals to spend, down to one write each: a batch of
        // 50,000 with many bad entities costs a few resubmissions per culprit, not 50,000.
        if (items.size() > 1) {
            QList<PendingWrite> second = items.mid(items.size() / 2);
            items.resize(items.size() / 2);
            submitChunk(std::move(items));
            if (!m_ctx.stopped())
                submitChunk(std::move(second));
        }
        return;
    }
}

void VmmWriteQueue::refuseWrite(const PendingWrite &write, const WriteResult &result)
{
    if (write.onRefused && result.status == WriteStatus::Refused)
        write.onRefused();
    else
        m_ctx.refuse(write.what, result.message, result.status);
}

// The link rows of a batch, inside its transaction (ChangeSet::inTransaction).
QString VmmWriteQueue::writeLinks(const QList<PendingWrite> &items, const QList<int> &offsets,
                                  const QList<AnyObject> &written, qint64 now,
                                  QList<VmmLink> *saved, QList<qint64> *dropped)
{
    QSet<QPair<int, ObjectId>> done; // a site's subnets share its link: written once
    // Sites whose values are read here (their subnets were just written), all at once.
    QList<ObjectId> sitesToRead;
    for (int i = 0; i < items.size(); ++i) {
        const PendingWrite &item = items.at(i);
        if (item.target.dropLink || item.target.kind != ObjectKind::NetworkSite
            || (item.baselineOf && offsets.at(i) + item.primary < written.size()))
            continue;
        if (const ObjectId id = item.target.object(written, offsets.at(i)))
            sitesToRead.append(id);
    }
    const QHash<ObjectId, VmmIpamState::ValuesAndVersion> sites = m_ipam.siteValues(sitesToRead);
    for (int i = 0; i < items.size(); ++i) {
        const PendingWrite &item = items.at(i);
        const LinkTarget &target = item.target;
        if (target.dropLink) {
            if (const QString error = m_ctx.links.remove(target.linkId); !error.isEmpty())
                return error;
            dropped->append(target.linkId);
            continue;
        }
        const ObjectId id = target.object(written, offsets.at(i));
        if (id == 0)
            return QCoreApplication::translate("ipam::VmmSync",
                                               "the synchronized object was not written");
        if (done.contains({int(target.kind), id}))
            continue;
        done.insert({int(target.kind), id});
        VmmLink link;
        if (const VmmLink *existing = m_ctx.linkIndex.ofObject(target.kind, id))
            link = *existing;
        else if (const VmmLink *byRemote = m_ctx.linkIndex.ofRemote(target.set, target.remoteId))
            link = *byRemote;
        link.kind = target.kind;
        link.objectId = id;
        link.remoteSet = target.set;
        link.remoteId = target.remoteId;
        link.stampId = target.stampId;
        const int at = offsets.at(i) + item.primary;
        if (item.baselineOf && at < written.size()) {
            link.baseline = LazyJsonObject::fromUtf8(item.baselineOf(written.at(at)));
            link.objectVersion = item.versionOf ? item.versionOf(written.at(at))
                                                : storedPart(written.at(at)).version;
        } else {
            // What IPAM holds now, read inside the transaction: after a step of a multi-step
            // apply it is the partial state, so a run cut off after it resumes from there.
            link.objectVersion = 0;
            if (const auto site = sites.constFind(id); site != sites.constEnd()) {
                link.baseline = LazyJsonObject::fromUtf8(site->values);
                link.objectVersion = site->version;
            } else {
                link.baseline = m_ipam.ipamValues(target.kind, id, &link.objectVersion)
                                        .value_or(QJsonObject());
            }
        }
        link.notInVmm = false;
        link.reason.clear();
        link.syncedMs = now;
        // A new baseline: VMM's side is known equal to it only when the entity just pulled
        // normalises to exactly it (a partial step of a multi-step apply does not). IPAM's side
        // equals it by construction when it was computed from the written object.
        link.remoteHash = target.remoteHash != 0 && link.baseline.utf8() == target.remoteText
                ? target.remoteHash
                : 0;
        link.ipamHash = item.baselineOf && item.ipamKeyOf && at < written.size()
                ? vmm::fingerprint(item.ipamKeyOf(written.at(at)))
                : 0;
        saved->append(link);
    }
    return m_ctx.links.saveAll(*saved);
}

// Keeps the run's look-up caches in step with what it committed.
void VmmWriteQueue::noteCommitted(const QList<Change> &changes, const QList<AnyObject> &written)
{
    for (int i = 0; i < written.size() && i < changes.size(); ++i) {
        const AnyObject &object = written.at(i);
        m_ipam.forgetValues(object);
        m_lookups.noteCommitted(object, changes.at(i).op == ChangeOp::Remove);
    }
}

QString VmmWriteQueue::saveLinkNow(VmmLink link)
{
    link.syncedMs = QDateTime::currentMSecsSinceEpoch();
    const QString error = m_ctx.links.inTransaction([&] { return m_ctx.links.save(link); });
    if (error.isEmpty())
        m_ctx.linkIndex.cache(link);
    return error;
}

QString VmmWriteQueue::dropLinkNow(qint64 linkId)
{
    const QString error = m_ctx.links.inTransaction([&] { return m_ctx.links.remove(linkId); });
    if (error.isEmpty()) {
        m_ctx.linkIndex.uncache(linkId);
        m_conflicts.forget(linkId);
    }
    return error;
}

} // namespace ipam
