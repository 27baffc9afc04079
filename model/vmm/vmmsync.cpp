#include "vmmsync.h"

#include "domain/objectproperties.h"
#include "store/database.h"
#include "vmm/jsontext.h"
#include "vmm/vmmclient.h"
#include "vmm/vmmderivedsites.h"
#include "vmm/vmmentities.h"
#include "vmm/vmmlinktable.h"
#include "vmm/vmmsyncrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace ipam {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVmmSync, "ipam.vmmsync", QtInfoMsg)

QString VmmSyncReport::summary() const
{
    return u"created %1, updated %2, deleted %3, unchanged %4, conflicts %5, refused %6, not in "
           "VMM %7"_s.arg(created)
                   .arg(updated)
                   .arg(deleted)
                   .arg(unchanged)
                   .arg(conflicts)
                   .arg(refused)
                   .arg(notInVmm);
}

VmmSyncRun::VmmSyncRun(VmmSync &sync)
    : m_ctx(sync, sync.m_writePath, sync.m_options, sync.m_cancelled)
    , m_conflicts(m_ctx)
    , m_lookups(m_ctx)
    , m_mapping(m_ctx.linkIndex)
    , m_adoption(m_ctx, m_lookups)
    , m_ipam(m_ctx, m_lookups, m_mapping, m_adoption)
    , m_queue(m_ctx, m_conflicts, m_lookups, m_ipam)
    , m_pull(m_ctx, m_lookups, m_mapping, m_ipam, m_queue)
    , m_reader(m_ctx)
    , m_push(m_ctx, m_reader, m_ipam, m_queue)
{ }

// ---- set-up

bool VmmSyncRun::load(QString *error)
{
    const std::optional<AddressSpace> provider
            = m_ctx.store.spaceByName(m_ctx.options.providerSpace);
    if (!provider || provider->type != AddressSpaceType::Provider) {
        *error = QCoreApplication::translate("ipam::VmmSync",
                                             "provider address space %1 does not exist")
                         .arg(vmm::quoted(m_ctx.options.providerSpace));
        return false;
    }
    m_ctx.provider = *provider;
    loadLinks();
    return true;
}

void VmmSyncRun::loadLinks()
{
    m_ctx.linkIndex.load(m_ctx.links.all());
    m_conflicts.load();
}

// ---- the run

VmmSyncReport VmmSyncRun::run()
{
    QElapsedTimer phase;
    phase.start();
    QString error;
    if (!load(&error)) {
        m_ctx.report.error = error;
        m_ctx.log(u"sync failed: "_s + error);
        return m_ctx.report;
    }
    m_ctx.ipamUnchanged = m_ipam.ipamAsMarked();
    m_ctx.report.ipamUnchanged = m_ctx.ipamUnchanged;
    m_ctx.client = std::make_unique<VmmClient>(m_ctx.options, &m_ctx.sync.m_cancelled);
    m_ctx.log(u"sync with %1 (provider address space %2)%3"_s.arg(
            m_ctx.options.baseUrl.toString(QUrl::RemoveUserInfo), vmm::quoted(m_ctx.provider.name),
            m_ctx.options.dryRun ? u", dry run"_s : QString()));
    qCDebug(lcVmmSync) << "load" << phase.restart() << "ms";
    if (!m_reader.fetch())
        return m_ctx.report;
    if (m_ctx.derivedSites)
        VmmDerivedSites(m_ctx, m_lookups).derive(m_reader);
    m_ctx.linkIndex.dropRemoteHashes(); // only fetch() reads them
    qCDebug(lcVmmSync) << "fetch" << phase.restart() << "ms";

    const QStringList &sets = vmm::entitySets();
    int step = int(sets.size());
    const int total = 3 * int(sets.size());
    for (const QString &set : sets) {
        Q_EMIT m_ctx.sync.progress(step++, total, u"synchronizing "_s + set);
        pullAndPushSet(set);
        qCDebug(lcVmmSync) << "pull" << set << phase.restart() << "ms";
        if (m_ctx.stopped())
            return m_ctx.report;
    }
    // Removals children first: a logical network goes after its sites and VM networks.
    for (auto it = sets.crbegin(); it != sets.crend(); ++it) {
        Q_EMIT m_ctx.sync.progress(step++, total, u"removing what is gone from "_s + *it);
        handleGone(*it);
        if (m_ctx.stopped())
            return m_ctx.report;
    }
    qCDebug(lcVmmSync) << "removals" << phase.restart() << "ms";
    Q_EMIT m_ctx.sync.progress(total, total, u"done"_s);
    for (const VmmLink &link : std::as_const(m_ctx.linkIndex.byId()))
        m_ctx.report.notInVmm += link.notInVmm ? 1 : 0;
    m_ctx.report.completed = true;
    m_ipam.markIpamSeen();
    qCDebug(lcVmmSync) << "mark" << phase.restart() << "ms";
    m_ctx.log(m_ctx.report.summary());
    return m_ctx.report;
}

void VmmSyncRun::pullAndPushSet(const QString &set)
{
    // The set's writes go through the write path in batches (flushPending), each object
    // whole with its link row; the next set starts once they are committed (its entities
    // refer to these).
    m_queue.setBatching(true);
    const ObjectKind kind = vmm::kindOfSet(set);
    // While IPAM is as marked, a link's ipam_hash, where set, is its object's key (see
    // VmmSyncContext::ipamUnchanged): the keys are read only for a link without one.
    bool keysRead = !m_ctx.ipamUnchanged;
    if (keysRead)
        m_ipam.loadIpamKeys(kind);
    else
        m_ipam.clearIpamKeys();
    m_queue.reserve(m_reader.entities(set).size()); // grown once: a pending write is large
    const QHash<ObjectId, quint64> &ipamKeys = m_ipam.ipamKeys();
    for (vmm::RemoteEntity e : std::as_const(m_reader.entities(set))) {
        if (m_ctx.stopped())
            break;
        const VmmLink *found = m_ctx.linkIndex.ofRemote(set, e.id);
        if (e.sameAsBaseline && (!found || found->remoteHash != e.hash)) {
            // This run rewrote or dropped its link since fetch(): the baseline no longer
            // stands for it, so it is read in full after all.
            Parsed<vmm::RemoteEntity> parsed
                    = vmm::parseEntity(set, QJsonDocument::fromJson(e.raw.toByteArray()).object());
            if (!parsed) {
                m_ctx.refuse(u"%1 %2"_s.arg(set, vmm::guidText(e.id)), parsed.error());
                continue;
            }
            const quint64 hash = e.hash;
            e = parsed.value();
            e.hash = hash;
        }
        if (!found) {
            handleNew(set, e);
            continue;
        }
        // The no-op path: neither side changed since both were last seen equal to the
        // baseline (their hashes say so), so no values are computed or compared.
        if (!keysRead && found->ipamHash == 0) {
            m_ipam.loadIpamKeys(kind);
            keysRead = true;
        }
        const auto key = ipamKeys.constFind(found->objectId);
        const quint64 ipamKey = !keysRead ? found->ipamHash : key != ipamKeys.constEnd() ? *key : 0;
        const bool ipamSame = ipamKey != 0 && ipamKey == found->ipamHash;
        if (e.sameAsBaseline && ipamSame) {
            ++m_ctx.report.unchanged;
            continue;
        }
        const VmmLink link = *found;
        if (e.sameAsBaseline) { // what VMM sent normalises to the baseline
            e.values = link.baseline;
            e.valuesText = link.baseline.utf8();
        }
        const std::optional<QJsonObject> ipam = ipamSame
                ? std::optional<QJsonObject>(link.baseline)
                : m_ipam.valuesToCompare(kind, link.objectId);
        if (!ipam) {
            m_ipamGone[set].append({link.id, e}); // after the children, in handleGone
            continue;
        }
        reconcile(set, e, link, *ipam, ipamKey);
    }
    m_queue.setBatching(false);
    if (m_ctx.stopped()) {
        m_queue.discard();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_queue.flushPending();
    m_ipam.saveHashes();
    qCDebug(lcVmmSync) << "  writes" << timer.restart() << "ms";
    // Nothing to push when IPAM is as the mark says: the run that left it pushed everything.
    if (m_ctx.options.push && !m_ctx.stopped() && !m_ctx.ipamUnchanged)
        pushUnlinked(set);
    qCDebug(lcVmmSync) << "  push" << timer.restart() << "ms";
}

void VmmSyncRun::handleNew(const QString &set, const vmm::RemoteEntity &e)
{
    const ObjectKind kind = vmm::kindOfSet(set);
    const QString what = vmm::named(kind, e.name());
    if (!m_ctx.options.pull)
        return;
    // An object of the same natural key (a name, a prefix) is the same thing: VMM's copy of an
    // object IPAM created (its POST answer was lost), or one made on both sides by hand.
    const ObjectId existing = m_adoption.adopt(set, e);
    if (existing) {
        const std::optional<QJsonObject> ipam = m_ipam.ipamValues(kind, existing);
        if (ipam && *ipam == e.values) {
            if (m_ctx.dryRun(u"link "_s + what))
                return;
            VmmLink link;
            link.kind = kind;
            link.objectId = existing;
            link.remoteSet = set;
            link.remoteId = e.id;
            link.stampId = e.stampId;
            link.baseline = e.values;
            link.objectVersion = m_ipam.versionOf(kind, existing);
            if (const QString failure = m_queue.saveLinkNow(link); !failure.isEmpty())
                m_ctx.refuse(what, failure, WriteStatus::Failed);
            else
                ++m_ctx.report.unchanged;
            return;
        }
        if (m_ctx.dryRun(u"update "_s + what)) {
            ++m_ctx.report.updated;
            return;
        }
        m_pull.apply(set, e, existing, [this, what] {
            ++m_ctx.report.updated;
            m_ctx.log(u"updated "_s + what);
        });
        return;
    }
    if (m_ctx.dryRun(u"create "_s + what)) {
        ++m_ctx.report.created;
        return;
    }
    m_pull.apply(set, e, 0, [this, what] {
        ++m_ctx.report.created;
        m_ctx.log(u"created "_s + what);
    });
}

void VmmSyncRun::reconcile(const QString &set, const vmm::RemoteEntity &e, const VmmLink &link,
                           const QJsonObject &ipam, quint64 ipamKey)
{
    const QString what = vmm::named(link.kind, e.name());
    if (m_ctx.derivedSites && set == vmm::definitions) {
        reconcileDerivedSite(e, link, ipam, ipamKey);
        return;
    }
    const bool localChanged = ipam != link.baseline.object();
    const bool remoteChanged = e.values != link.baseline.object();
    if (!localChanged && !remoteChanged) {
        // Both sides, as hashed now, equal the baseline: the next run need not look closer.
        if (!m_ctx.options.dryRun && (e.hash != link.remoteHash || ipamKey != link.ipamHash))
            m_ipam.recordHashes({link.id, e.hash, ipamKey, link.baseline.utf8()});
        ++m_ctx.report.unchanged;
        return;
    }
    if (ipam == e.values) {
        // Both moved to the same values (or a conflict was settled by hand): agree again.
        if (m_ctx.dryRun(u"record agreement on "_s + what))
            return;
        VmmLink agreed = link;
        agreed.baseline = e.values;
        agreed.objectVersion = m_ipam.versionOf(link.kind, link.objectId);
        agreed.notInVmm = false;
        agreed.reason.clear();
        m_queue.saveLinkNow(agreed);
        m_conflicts.close(link.id);
        ++m_ctx.report.unchanged;
        return;
    }
    if (remoteChanged && !localChanged) {
        if (!m_ctx.options.pull)
            return;
        if (m_ctx.dryRun(u"update "_s + what)) {
            ++m_ctx.report.updated;
            return;
        }
        m_pull.apply(set, e, link.objectId, [this, what, linkId = link.id] {
            ++m_ctx.report.updated;
            m_ctx.log(u"updated "_s + what);
            m_conflicts.close(linkId);
        });
        return;
    }
    if (localChanged && !remoteChanged) {
        if (!m_ctx.options.push)
            return;
        // VMM refused this very version before: asking again would get the same answer.
        if (link.notInVmm && link.objectVersion == m_ipam.versionOf(link.kind, link.objectId))
            return;
        // SPF takes no PUT on VM subnets: a new prefix (or name) cannot reach VMM. Shown to the
        // admin as a conflict to settle, never a delete and create behind their back.
        if (set == vmm::vmSubnets && ipam.value("Subnet"_L1) != link.baseline.value("Subnet"_L1)) {
            m_conflicts.record(link, e.name(), ipam, e.values);
            return;
        }
        if (m_ctx.dryRun(u"update in VMM "_s
                         + vmm::named(link.kind, ipam.value("Name"_L1).toString()))) {
            ++m_ctx.report.updated;
            return;
        }
        if (m_push.update(link, ipam) == Outcome::Applied)
            m_conflicts.close(link.id);
        return;
    }
    m_conflicts.record(link, e.name(), ipam, e.values);
}

// A derived site (VmmDerivedSites) carries IPAM's name, VLANs and host groups already, so what
// differs from IPAM is what the pools say (its subnets): pulled, never a conflict, never pushed.
void VmmSyncRun::reconcileDerivedSite(const vmm::RemoteEntity &e, const VmmLink &link,
                                      const QJsonObject &ipam, quint64 ipamKey)
{
    const QString what = vmm::named(link.kind, e.name());
    if (ipam == e.values) {
        if (m_ctx.options.dryRun)
            return;
        if (e.values != link.baseline.object()) {
            VmmLink agreed = link;
            agreed.baseline = e.values;
            agreed.objectVersion = m_ipam.versionOf(link.kind, link.objectId);
            m_queue.saveLinkNow(agreed);
        } else if (e.hash != link.remoteHash || ipamKey != link.ipamHash) {
            m_ipam.recordHashes({link.id, e.hash, ipamKey, link.baseline.utf8()});
        }
        ++m_ctx.report.unchanged;
        return;
    }
    if (!m_ctx.options.pull)
        return;
    if (m_ctx.dryRun(u"update "_s + what)) {
        ++m_ctx.report.updated;
        return;
    }
    m_pull.apply(vmm::definitions, e, link.objectId, [this, what] {
        ++m_ctx.report.updated;
        m_ctx.log(u"updated "_s + what + u" (from its pools)"_s);
    });
}

void VmmSyncRun::pushUnlinked(const QString &set)
{
    // No site set to write to: IPAM's own sites stay IPAM's (a site of VMM's is matched by its
    // pools' subnets: VmmDerivedSites).
    if (m_ctx.derivedSites && set == vmm::definitions)
        return;
    const ObjectKind kind = vmm::kindOfSet(set);
    for (const ObjectId id : m_adoption.scopeObjects(kind)) {
        if (m_ctx.stopped())
            return;
        const VmmLink *link = m_ctx.linkIndex.ofObject(kind, id);
        // Linked: handled with its entity. A refused create is retried once the object changes.
        if (link
            && !(link->remoteId.isNull() && link->notInVmm
                 && link->objectVersion != m_ipam.versionOf(kind, id)))
            continue;
        const std::optional<QJsonObject> values = m_ipam.cachedValues(kind, id);
        if (!values)
            continue;
        const QString what = vmm::named(kind, values->value("Name"_L1).toString());
        // A child waits for its parent to be in VMM (and says so rather than vanishing).
        QString missingParent;
        if (kind == ObjectKind::NetworkSite
            && values->value("LogicalNetworkId"_L1).toString().isEmpty())
            missingParent = u"its logical network is not in VMM"_s;
        else if (kind == ObjectKind::VmNetwork
                 && values->value("LogicalNetworkId"_L1).toString().isEmpty())
            missingParent = u"it has no logical network in VMM"_s;
        else if (kind == ObjectKind::Subnet && values->value("VMNetworkId"_L1).toString().isEmpty())
            missingParent = u"its VM network is not in VMM"_s;
        else if (kind == ObjectKind::Range
                 && values->value("LogicalNetworkDefinitionId"_L1).toString().isEmpty()
                 && values->value("VMSubnetId"_L1).toString().isEmpty())
            missingParent = u"its subnet is on no network site or VM subnet in VMM"_s;
        if (!missingParent.isEmpty()) {
            if (!m_ctx.dryRun(u"mark not in VMM "_s + what))
                m_push.markNotInVmm(kind, id, set, missingParent, link);
            continue;
        }
        if (m_ctx.dryRun(u"create in VMM "_s + what)) {
            ++m_ctx.report.created;
            continue;
        }
        m_push.create(kind, id, *values, link);
    }
}

void VmmSyncRun::handleGone(const QString &set)
{
    // Removed in VMM: IPAM follows unless it changed the object since the last sync. IPAM's
    // values are read only for links whose entity VMM no longer lists.
    m_ipam.reloadValues(vmm::kindOfSet(set)); // re-read after the run's writes
    const QSet<QUuid> &listed = m_reader.listed(set);
    const bool unreadable = m_reader.unreadable(set);
    QList<VmmLink> linksOfSet; // those whose entity VMM did not list: usually none
    auto isListed = [&](const VmmLink &link) {
        return unreadable || m_reader.listedLink(link.id) == link.remoteId
                || listed.contains(link.remoteId);
    };
    for (const VmmLink &link : std::as_const(m_ctx.linkIndex.byId())) {
        if (link.remoteSet == set && (link.remoteId.isNull() || !isListed(link)))
            linksOfSet.append(link);
    }
    std::sort(linksOfSet.begin(), linksOfSet.end(),
              [](const VmmLink &a, const VmmLink &b) { return a.id < b.id; });
    for (const VmmLink &link : std::as_const(linksOfSet)) {
        if (m_ctx.stopped())
            return;
        if (!link.remoteId.isNull() && isListed(link))
            continue;
        const std::optional<QJsonObject> ipam = m_ipam.cachedValues(link.kind, link.objectId);
        if (link.remoteId.isNull()) {
            if (!ipam && !m_ctx.dryRun(u"forget "_s + m_ipam.nameOf(link)))
                m_queue.dropLinkNow(link.id); // never reached VMM; gone from IPAM too
            continue;
        }
        const QString what = vmm::named(link.kind, link.baseline.value("Name"_L1).toString());
        if (!ipam) {
            if (!m_ctx.dryRun(u"forget "_s + what))
                m_queue.dropLinkNow(link.id); // gone on both sides
            continue;
        }
        if (m_ctx.derivedSites && set == vmm::definitions) {
            // No pool names its definition any more: the site is IPAM's to keep (its name was
            // IPAM's all along); it is linked again when a pool names it.
            if (!m_ctx.dryRun(u"unlink "_s + what)) {
                m_queue.dropLinkNow(link.id);
                m_ctx.log(u"%1: no pool in VMM names its network site any more; kept in IPAM, "
                          "unlinked"_s.arg(what));
            }
            continue;
        }
        if (*ipam != link.baseline.object()) {
            m_conflicts.record(link, link.baseline.value("Name"_L1).toString(), *ipam, {});
            continue;
        }
        if (!m_ctx.options.pull)
            continue;
        if (m_ctx.dryRun(u"delete "_s + what + u" (removed in VMM)"_s)) {
            ++m_ctx.report.deleted;
            continue;
        }
        if (m_pull.removeFromIpam(link) == Outcome::Applied) {
            ++m_ctx.report.deleted;
            m_ctx.log(u"deleted "_s + what + u" (removed in VMM)"_s);
        }
    }
    // Removed in IPAM: VMM follows unless VMM changed the entity since the last sync.
    for (const auto &[linkId, e] : std::as_const(m_ipamGone[set])) {
        if (m_ctx.stopped())
            return;
        const auto it = m_ctx.linkIndex.byId().constFind(linkId);
        if (it == m_ctx.linkIndex.byId().constEnd())
            continue;
        const VmmLink link = *it;
        if (link.notInVmm)
            continue; // VMM refused to delete it before; shown as not in VMM
        if (m_ctx.derivedSites && set == vmm::definitions) {
            if (!m_ctx.dryRun(u"unlink "_s + vmm::named(link.kind, e.name())))
                m_queue.dropLinkNow(link.id); // a site of VMM's exists only through its pools
            continue;
        }
        const QString what = vmm::named(link.kind, e.name());
        if (e.values != link.baseline.object()) {
            m_conflicts.record(link, e.name(), {}, e.values);
            continue;
        }
        if (!m_ctx.options.push)
            continue;
        if (m_ctx.dryRun(u"delete in VMM "_s + what)) {
            ++m_ctx.report.deleted;
            continue;
        }
        m_push.remove(link);
    }
}

QStringList VmmSyncRun::notInVmm()
{
    loadLinks();
    QStringList lines;
    for (const VmmLink &link : m_ctx.links.all()) {
        if (link.notInVmm)
            lines.append(m_ipam.nameOf(link) + u": "_s + link.reason);
    }
    return lines;
}

WriteResult VmmSyncRun::resolve(qint64 conflictId, KeepSide keep)
{
    WriteResult result;
    qint64 linkId = 0;
    const std::optional<VmmConflict> conflict = m_ctx.links.openConflict(conflictId, &linkId);
    QString error;
    if (!conflict) {
        result.status = WriteStatus::Refused;
        result.message
                = QCoreApplication::translate("ipam::VmmSync", "there is no open conflict #%1")
                          .arg(conflictId);
        return result;
    }
    if (!load(&error)) {
        result.status = WriteStatus::Refused;
        result.message = error;
        return result;
    }
    const auto found = m_ctx.linkIndex.byId().constFind(linkId);
    if (found == m_ctx.linkIndex.byId().constEnd()) {
        result.status = WriteStatus::Failed;
        result.message
                = QCoreApplication::translate("ipam::VmmSync", "conflict #%1 has lost its link")
                          .arg(conflictId);
        return result;
    }
    const VmmLink link = *found;
    // No fetch here: the stamp is the link's (a POST must name it).
    m_ctx.stampId = link.stampId.isNull() ? m_ctx.options.stampId : link.stampId;
    m_ctx.client = std::make_unique<VmmClient>(m_ctx.options, &m_ctx.sync.m_cancelled);
    Outcome outcome = Outcome::Applied;
    const std::optional<QJsonObject> ipam = m_ipam.ipamValues(link.kind, link.objectId);
    if (keep == KeepSide::Vmm) {
        if (conflict->vmmVersion.isEmpty()) {
            outcome = ipam ? m_pull.removeFromIpam(link) : Outcome::Applied;
            if (!ipam)
                m_queue.dropLinkNow(link.id);
        } else {
            vmm::RemoteEntity e;
            e.id = link.remoteId;
            e.stampId = link.stampId;
            e.values = conflict->vmmVersion;
            e.valuesText = toJsonUtf8(e.values);
            outcome = m_pull.applyNow(link.remoteSet, e, ipam ? link.objectId : 0);
        }
    } else {
        if (!m_ctx.options.baseUrl.isValid() || m_ctx.options.baseUrl.isEmpty()) {
            result.status = WriteStatus::Refused;
            result.message = QCoreApplication::translate(
                    "ipam::VmmSync", "keeping IPAM's version needs the VMM URL (--vmm)");
            return result;
        }
        if (!ipam)
            outcome = m_push.remove(link);
        else if (conflict->vmmVersion.isEmpty())
            outcome = m_push.create(link.kind, link.objectId, *ipam, &link);
        else
            outcome = m_push.update(link, *ipam);
    }
    if (outcome != Outcome::Applied) {
        result.status = m_ctx.aborted ? WriteStatus::Failed : m_ctx.lastStatus;
        result.message = m_ctx.aborted ? m_ctx.report.error
                : m_ctx.lastReason.isEmpty()
                ? QCoreApplication::translate("ipam::VmmSync", "VMM does not take the change")
                : m_ctx.lastReason;
        if (result.status == WriteStatus::Committed)
            result.status = WriteStatus::Refused;
        return result;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    error = m_ctx.links.inTransaction([&] { return m_ctx.links.closeConflict(conflictId, now); });
    if (!error.isEmpty()) {
        result.status = WriteStatus::Failed;
        result.message = error;
    }
    return result;
}

QStringList VmmSyncRun::warnings() const
{
    return m_ctx.client ? m_ctx.client->warnings() : QStringList();
}

// ---- VmmSync

VmmSync::VmmSync(WritePath &writePath, VmmSyncOptions options, QObject *parent)
    : QObject(parent)
    , m_writePath(writePath)
    , m_options(std::move(options))
{ }

VmmSync::~VmmSync() = default;

VmmSyncReport VmmSync::run()
{
    m_cancelled = false;
    VmmSyncRun run(*this);
    VmmSyncReport report = run.run();
    m_warnings = report.warnings;
    return report;
}

void VmmSync::cancel()
{
    m_cancelled = true;
}

QList<VmmConflict> VmmSync::conflicts()
{
    return VmmLinkTable(m_writePath.database()).openConflicts();
}

WriteResult VmmSync::resolve(qint64 conflictId, KeepSide keep)
{
    m_cancelled = false;
    VmmSyncRun run(*this);
    const WriteResult result = run.resolve(conflictId, keep);
    m_warnings = run.warnings();
    // A resolve has no report: its warnings go to the log (the console's sync pane shows it).
    for (const QString &warning : std::as_const(m_warnings))
        Q_EMIT logLine(QCoreApplication::translate("ipam::VmmSync", "warning: %1").arg(warning));
    return result;
}

QStringList VmmSync::notInVmm()
{
    VmmSyncRun run(*this);
    return run.notInVmm();
}

} // namespace ipam
