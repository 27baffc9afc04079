#include "vmmsync.h"

#include "domain/objectproperties.h"
#include "domain/printabletext.h"
#include "store/database.h"
#include "store/objecttable.h"
#include "store/sqlitestatement.h"
#include "vmm/jsontext.h"
#include "vmm/vmmclient.h"
#include "vmm/vmmentities.h"
#include "vmm/vmmlinktable.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <future>
#include <thread>
#include <vector>

namespace ipam {

using namespace Qt::StringLiterals;

// Where a run's time goes, per phase: QT_LOGGING_RULES="ipam.vmmsync.debug=true".
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

namespace {

// One column of a loadIpamKeys() key, as it reads it from the database.
QByteArray keyColumn(const QVariant &value)
{
    return value.toString().toUtf8() + '\x1f';
}

// The same read natively: SQLite's own text of the column (what QtSql's toString gives).
QByteArray keyColumn(const SqliteValue &value)
{
    return value.toByteArray() + '\x1f';
}

// Calls `row` with each row's first column (an id) and the text of the others as
// loadIpamKeys() hashes them, each followed by 0x1f (keyColumn). A no-op re-sync reads
// 100,000 of these rows: through a native statement on SQLite (see SqliteStatement).
void forEachKeyRow(Database &db, const QString &sql,
                   const std::function<void(qint64 id, const QByteArray &columns)> &row)
{
    QByteArray bytes;
    forEachRow(db, sql, {}, nullptr, [&](const auto &r) {
        bytes.clear();
        for (int column = 1, columns = columnCount(r); column < columns; ++column)
            bytes += keyColumn(r.value(column));
        row(r.value(0).toLongLong(), bytes);
    });
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString named(ObjectKind kind, const QString &name)
{
    return displayName(kind) + u' ' + quoted(name);
}

QStringList hostGroupsOf(const NetworkSite &site)
{
    QStringList groups;
    for (const QString &group : site.hostGroup.split(u';', Qt::SkipEmptyParts)) {
        if (!group.trimmed().isEmpty())
            groups.append(group.trimmed());
    }
    groups.sort();
    groups.removeDuplicates();
    return groups;
}

QString poolName(const Range &range)
{
    return range.description.isEmpty()
            ? range.startAddress.toString() + u'-' + range.endAddress.toString()
            : range.description;
}

QStringList splitAddressSet(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

QList<QPair<QString, int>> subnetVLans(const QJsonObject &values)
{
    QList<QPair<QString, int>> pairs;
    for (const QJsonValue &pair : values.value("SubnetVLans"_L1).toArray())
        pairs.append({pair.toObject().value("Subnet"_L1).toString(),
                      pair.toObject().value("VLanID"_L1).toInt()});
    return pairs;
}

// A subnet's VLAN as VMM sees it: one per subnet, 0 for none. Setting it keeps IPAM's other
// VLANs of the subnet when the first already matches.
void setVlan(Subnet &subnet, int vlan)
{
    if (subnet.vlanIds.value(0, 0) != vlan)
        subnet.vlanIds = vlan ? QList<int>{vlan} : QList<int>{};
}

} // namespace

// One run of the sync (or one resolve): the state it reads once (links, the provider space,
// what VMM holds) and the steps, in order. See VmmSync's class comment for the approach.
class VmmSyncRun
{
public:
    explicit VmmSyncRun(VmmSync &sync)
        : m_sync(sync)
        , m_writePath(sync.m_writePath)
        , m_store(sync.m_writePath.store())
        , m_options(sync.m_options)
        , m_links(sync.m_writePath.database())
    { }

    VmmSyncReport run();
    WriteResult resolve(qint64 conflictId, KeepSide keep);
    QStringList notInVmm();

private:
    enum class Outcome { Applied, Refused, Aborted };

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

    // ---- batched writes
    void queue(PendingWrite write);
    bool writeNow(PendingWrite write); // queue + flush; whether it committed
    void flushPending();
    void submitChunk(QList<PendingWrite> items);
    void refuseWrite(const PendingWrite &write, const WriteResult &result);
    QString writeLinks(const QList<PendingWrite> &items, const QList<int> &offsets,
                       const QList<AnyObject> &written, qint64 now, QList<VmmLink> *saved,
                       QList<qint64> *dropped);
    void noteCommitted(const QList<Change> &changes, const QList<AnyObject> &written);

    // ---- what the pull looks up per entity, read once (after a few single look-ups, so a
    // small incremental run stays a few queries) and kept current with what the run commits
    void loadSubnets();
    void cacheSubnet(const Subnet &subnet);
    std::optional<Subnet> subnetById(ObjectId id);
    std::optional<Subnet> subnetAt(ObjectId spaceId, const Prefix &prefix);
    std::optional<VmNetwork> vmNetworkById(ObjectId id);
    void loadNaturalKeys(ObjectKind kind);
    bool useCache(int *lookups) { return ++*lookups > 64; }

    // ---- set-up
    bool load(QString *error);
    void loadLinks();
    bool fetch();
    // What fetch() learns of an entity before anything is applied: its ID and fingerprint, and
    // either the link whose recorded fingerprint it matches or its normalised values.
    struct Reading
    {
        QUuid id;
        quint64 hash = 0;
        const VmmLink *sameAsLink = nullptr;
        QJsonObject object;                              // when not sameAsLink: parsed...
        std::optional<Parsed<vmm::RemoteEntity>> parsed; // ...and normalised
    };
    QList<Reading> read(const QString &set, const QList<QByteArrayView> &texts) const;

    // ---- the phases
    void pullAndPushSet(const QString &set);
    void pushUnlinked(const QString &set);
    void handleGone(const QString &set);
    void handleNew(const QString &set, const vmm::RemoteEntity &e);
    void reconcile(const QString &set, const vmm::RemoteEntity &e, const VmmLink &link,
                   const QJsonObject &ipam, quint64 ipamKey);
    void saveHashes();

    // ---- IPAM side
    // The object's canonical values read afresh (inside a write path transaction, too).
    std::optional<QJsonObject> ipamValues(ObjectKind kind, ObjectId id, qint64 *version = nullptr);
    // ipamValues() of many sites at once (a pull's batch links thousands, each read after its
    // subnets were written): a few queries per 500 sites instead of two per site.
    struct ValuesAndVersion
    {
        QByteArray values; // JSON text
        qint64 version = 0;
    };
    QHash<ObjectId, ValuesAndVersion> siteValues(const QList<ObjectId> &siteIds);
    // The same from the per-kind cache loadValues() filled (a few queries per kind instead
    // of a few per object: what makes a no-op re-sync cheap), falling back to ipamValues.
    std::optional<QJsonObject> cachedValues(ObjectKind kind, ObjectId id);
    void loadValues(ObjectKind kind);
    // IPAM's values of a linked object whose hash did not match: one by one for a few, the
    // whole kind at once (loadValues) for many.
    std::optional<QJsonObject> valuesToCompare(ObjectKind kind, ObjectId id);
    // m_ipamKeys: per linked object of the kind, a hash of its version and of the versions
    // and remote IDs its values depend on (one query, no object read). Versions only grow,
    // so a key recorded when the values equalled the baseline comes back only while the
    // object and what it depends on are untouched.
    void loadIpamKeys(ObjectKind kind);
    // The mark (see vmmSyncSchemaV7): whether IPAM is as a completed sync last saw it whole,
    // so that this run need not read it (m_ipamUnchanged); and, at the end of a run that
    // changed anything, checking IPAM whole again to leave a new mark.
    struct AuditPosition
    {
        qint64 id = 0;     // the newest audit row
        qint64 window = 0; // rows after id - 64 (see vmm_mark.audit_window)
    };
    AuditPosition auditPosition(qint64 after);
    QString markKey() const;
    bool ipamAsMarked();
    void markIpamSeen();
    QString verifyAndMark(bool *marked);
    void forgetValues(const AnyObject &object);
    // An object's values in the wire contract's names, as canonical JSON text (what a link's
    // baseline holds, byte for byte what QJsonDocument writes for the same values) and as
    // a QJsonObject parsed from it (one definition of the values, not two).
    QByteArray valuesText(const LogicalNetwork &o) const;
    QByteArray valuesText(const NetworkSite &o, const QList<QPair<QString, int>> &subnets) const;
    QByteArray valuesText(const VmNetwork &o) const;
    QByteArray valuesText(const Subnet &o) const;
    QByteArray valuesText(const Range &o, const Subnet &subnet) const;
    template<typename... Args>
    QJsonObject valuesOf(const Args &...args) const
    {
        return QJsonDocument::fromJson(valuesText(args...)).object();
    }
    qint64 versionOf(ObjectKind kind, ObjectId id);
    QString remoteOf(ObjectKind kind, ObjectId id) const;
    ObjectId objectFor(const QString &set, const QString &guid) const;
    ObjectId adopt(const QString &set, const vmm::RemoteEntity &e);
    QList<ObjectId> scopeObjects(ObjectKind kind);
    bool siteInScope(const QStringList &groups) const;

    // VMM's values into IPAM: queues the writes (written at once unless batching) and calls
    // `done` once the object is committed. Refused: refused before anything was queued.
    using Done = std::function<void()>;
    Outcome apply(const QString &set, const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    Outcome applyNow(const QString &set, const vmm::RemoteEntity &e, ObjectId objectId);
    Outcome applyLogicalNetwork(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    // `whole`: a new site whose subnets are all new is written with them in one go.
    Outcome applySite(const vmm::RemoteEntity &e, ObjectId objectId, Done done, bool whole = true);
    void applySiteSubnets(const vmm::RemoteEntity &e, const NetworkSite &site, bool created,
                          bool linked, Done done);
    Outcome applyVmNetwork(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    void applyVmNetworkValues(const vmm::RemoteEntity &e, const VmNetwork &stored,
                              std::optional<AddressSpace> space, Done done);
    void linkVmNetworkAsWritten(PendingWrite &write);
    Outcome applyVmSubnet(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    Outcome applyPool(const vmm::RemoteEntity &e, ObjectId objectId, Done done);
    Outcome removeFromIpam(const VmmLink &link);
    LinkTarget targetFor(const QString &set, const vmm::RemoteEntity &e, int writtenIndex);
    LinkTarget targetFor(const QString &set, const vmm::RemoteEntity &e, ObjectId objectId);
    QString saveLinkNow(VmmLink link); // bookkeeping alone, in its own transaction
    QString dropLinkNow(qint64 linkId);

    // ---- VMM side
    Outcome pushCreate(ObjectKind kind, ObjectId id, const QJsonObject &values,
                       const VmmLink *existing);
    Outcome pushUpdate(VmmLink link, const QJsonObject &values);
    Outcome pushDelete(const VmmLink &link);
    Outcome markNotInVmm(ObjectKind kind, ObjectId id, const QString &set, const QString &reason,
                         const VmmLink *existing);

    // ---- conflicts and the report
    void recordConflict(const VmmLink &link, const QString &name, const QJsonObject &ipam,
                        const QJsonObject &vmm);
    void closeOpenConflict(qint64 linkId);
    Outcome refuse(const QString &what, const QString &reason,
                   WriteStatus status = WriteStatus::Refused);
    void log(const QString &line);
    bool dryRun(const QString &line); // logs "would ..." and says whether to stop there
    void abort(const QString &error);
    bool stopped();
    QString nameOf(const VmmLink &link);

    void cacheLink(const VmmLink &link);
    void uncacheLink(qint64 linkId);
    const VmmLink *linkOfObject(ObjectKind kind, ObjectId id) const;
    const VmmLink *linkOfRemote(const QString &set, const QString &guid) const;
    const VmmLink *linkOfRemote(const QString &set, const QUuid &id) const;

    VmmSync &m_sync;
    WritePath &m_writePath;
    Store &m_store;
    const VmmSyncOptions &m_options;
    VmmLinkTable m_links;
    std::unique_ptr<VmmClient> m_client;
    VmmSyncReport m_report;
    AddressSpace m_provider;
    QUuid m_stampId;
    bool m_aborted = false;
    WriteStatus m_lastStatus = WriteStatus::Committed;
    QString m_lastReason;

    QHash<qint64, VmmLink> m_linkById;
    QHash<QPair<int, ObjectId>, qint64> m_linkByObject;
    QHash<QPair<int, QUuid>, qint64> m_linkByRemote; // by the set's kind and the remote ID
    // By the set's kind and the entity fingerprint recorded (VmmLink::remoteHash): what fetch()
    // matches an entity's bytes against before reading them. Built by loadLinks(), dropped
    // once fetch() is done (the run's writes do not keep it current).
    QHash<QPair<int, quint64>, qint64> m_linkByRemoteHash;
    QList<QByteArray> m_pages;                  // what VMM sent: RemoteEntity::raw points into them
    QHash<qint64, VmmConflict> m_openConflicts; // by link id
    QHash<QPair<int, ObjectId>, QJsonObject> m_values; // loadValues()
    QSet<int> m_valuesLoaded;                          // kinds in m_values
    QHash<int, int> m_valueLookups;                    // valuesToCompare() per kind
    QHash<ObjectId, quint64> m_ipamKeys;               // loadIpamKeys(), the current set's kind
    QList<VmmLinkTable::Hashes> m_hashes;              // to record (saveHashes)
    // IPAM and the sync tables are as the mark says a completed run saw them: the objects'
    // keys equal their links' ipam_hash where that is set, and nothing waits to be pushed.
    // Until this run commits a change to IPAM: from then on it reads IPAM as usual.
    bool m_ipamUnchanged = false;

    QHash<QString, QList<vmm::RemoteEntity>> m_remote; // readable and in scope, per set
    QHash<QString, QSet<QUuid>> m_listed;              // every ID VMM listed, per set...
    QHash<qint64, QUuid> m_listedLinks; // ...but those fetch() matched by fingerprint, by link
    QSet<QString> m_unreadable;         // sets with an entity without a readable ID
    QHash<QString, QList<QPair<qint64, vmm::RemoteEntity>>> m_ipamGone; // per set

    bool m_batching = false;        // queue() waits for flushPending()
    QList<PendingWrite> m_pending;  // queued, not yet submitted
    QList<Done> m_nextRound;        // queue these once the pending writes are committed
    QSet<ObjectId> m_subnetsQueued; // subnets a pending write changes
    QSet<QPair<ObjectId, Prefix>> m_prefixesQueued; // subnets a pending write creates

    int m_subnetLookups = 0;
    bool m_subnetsLoaded = false;
    QHash<ObjectId, Subnet> m_subnetById; // the provider space's and its customer spaces'
    QHash<QPair<ObjectId, Prefix>, ObjectId> m_subnetByPrefix;
    int m_vmNetworkLookups = 0;
    bool m_vmNetworksLoaded = false;
    QHash<ObjectId, VmNetwork> m_vmNetworkById;
    // adopt(): natural key -> unlinked object, per kind (names; "space start-end" for
    // ranges). Stale entries only ever name objects this run linked since, which adopt() skips.
    QHash<int, int> m_adoptLookups;
    QSet<int> m_naturalKeysLoaded;
    QHash<QPair<int, QString>, QList<ObjectId>> m_byNaturalKey;
    QHash<int, int> m_unlinkedByKind; // how many m_byNaturalKey holds, per kind
};

// ---- set-up

bool VmmSyncRun::load(QString *error)
{
    const std::optional<AddressSpace> provider = m_store.spaceByName(m_options.providerSpace);
    if (!provider || provider->type != AddressSpaceType::Provider) {
        *error = u"provider address space %1 does not exist"_s.arg(quoted(m_options.providerSpace));
        return false;
    }
    m_provider = *provider;
    loadLinks();
    return true;
}

void VmmSyncRun::loadLinks()
{
    m_linkById.clear();
    m_linkByObject.clear();
    m_linkByRemote.clear();
    QList<VmmLink> links = m_links.all();
    // cacheLink() in bulk, sized once: 100,000 links would otherwise rehash each table often.
    m_linkById.reserve(links.size());
    m_linkByObject.reserve(links.size());
    m_linkByRemote.reserve(links.size());
    m_linkByRemoteHash.clear();
    m_linkByRemoteHash.reserve(links.size());
    for (VmmLink &link : links) {
        // The set's name shared with vmm::entitySets(): comparing the same string data is a
        // pointer check, and the run compares it for every link of every set.
        if (const QString shared = vmm::setOfKind(link.kind); link.remoteSet == shared)
            link.remoteSet = shared;
        m_linkByObject.insert({int(link.kind), link.objectId}, link.id);
        if (!link.remoteId.isNull())
            m_linkByRemote.insert({int(link.kind), link.remoteId}, link.id);
        if (link.remoteHash != 0 && !link.remoteId.isNull())
            m_linkByRemoteHash.insert({int(link.kind), link.remoteHash}, link.id);
        m_linkById.insert(link.id, std::move(link));
    }
    m_openConflicts.clear();
    for (const VmmConflict &conflict : m_links.openConflicts()) {
        // The conflict's link: the one of its object or remote entity.
        const VmmLink *link = conflict.remoteId.isNull()
                ? linkOfObject(conflict.kind, conflict.objectId)
                : linkOfRemote(conflict.remoteSet, conflict.remoteId);
        if (link)
            m_openConflicts.insert(link->id, conflict);
    }
}

void VmmSyncRun::cacheLink(const VmmLink &link)
{
    uncacheLink(link.id);
    m_linkById.insert(link.id, link);
    m_linkByObject.insert({int(link.kind), link.objectId}, link.id);
    if (!link.remoteId.isNull())
        m_linkByRemote.insert({int(link.kind), link.remoteId}, link.id);
}

void VmmSyncRun::uncacheLink(qint64 linkId)
{
    const auto it = m_linkById.constFind(linkId);
    if (it == m_linkById.constEnd())
        return;
    m_linkByObject.remove({int(it->kind), it->objectId});
    if (!it->remoteId.isNull())
        m_linkByRemote.remove({int(it->kind), it->remoteId});
    m_linkById.erase(it);
}

const VmmLink *VmmSyncRun::linkOfObject(ObjectKind kind, ObjectId id) const
{
    const auto it = m_linkByObject.constFind({int(kind), id});
    return it == m_linkByObject.constEnd() ? nullptr : &m_linkById.find(*it).value();
}

const VmmLink *VmmSyncRun::linkOfRemote(const QString &set, const QString &guid) const
{
    return linkOfRemote(set, QUuid::fromString(guid));
}

const VmmLink *VmmSyncRun::linkOfRemote(const QString &set, const QUuid &id) const
{
    if (id.isNull())
        return nullptr;
    const auto it = m_linkByRemote.constFind({int(vmm::kindOfSet(set)), id});
    return it == m_linkByRemote.constEnd() ? nullptr : &m_linkById.find(*it).value();
}

bool VmmSyncRun::siteInScope(const QStringList &groups) const
{
    if (m_options.hostGroups.isEmpty())
        return true;
    for (const QString &group : groups) {
        for (const QString &wanted : m_options.hostGroups) {
            if (group.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// Pure reads of the entities and of the link cache (nothing writes it meanwhile), spread over
// the machine's cores: normalising 100,000 entities is most of a first pull's fetch.
QList<VmmSyncRun::Reading> VmmSyncRun::read(const QString &set,
                                            const QList<QByteArrayView> &texts) const
{
    QList<Reading> readings(texts.size());
    Reading *out = readings.data(); // detached once, here: the workers only write their rows
    const int kind = int(vmm::kindOfSet(set));
    auto readRows = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const QByteArrayView text = texts.at(i);
            Reading &reading = out[i];
            reading.hash = vmm::entityFingerprint(text);
            // The fingerprint a link recorded when its entity last equalled the baseline: the
            // same bytes (the ID among them), unchanged since, so not even parsed (see
            // VmmLink::remoteHash). A host group filter needs the normalised HostGroups: then
            // every entity is read.
            if (m_options.hostGroups.isEmpty()) {
                const auto found = m_linkByRemoteHash.constFind({kind, reading.hash});
                if (found != m_linkByRemoteHash.constEnd()) {
                    reading.sameAsLink = &m_linkById.find(*found).value();
                    reading.id = reading.sameAsLink->remoteId;
                    continue;
                }
            }
            // The page scan found an object here; the parser needs no copy of its bytes.
            reading.object
                    = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()))
                              .object();
            reading.id = vmm::idOf(reading.object);
            reading.parsed = vmm::parseEntity(set, reading.object);
        }
    };
    constexpr qsizetype rowsPerWorker = 2000; // below that, starting a thread costs more
    const qsizetype workers = std::clamp<qsizetype>(texts.size() / rowsPerWorker, 1,
                                                    std::clamp(QThread::idealThreadCount(), 1, 4));
    std::vector<std::thread> threads;
    const qsizetype share = (texts.size() + workers - 1) / workers;
    for (qsizetype w = 1; w < workers; ++w)
        threads.emplace_back(readRows, w * share, std::min(texts.size(), (w + 1) * share));
    readRows(0, std::min(texts.size(), share));
    for (std::thread &thread : threads)
        thread.join();
    return readings;
}

// Every page of every set first: nothing is applied from a set VMM could not send whole.
bool VmmSyncRun::fetch()
{
    // Each set is read (fingerprinted, normalised: read()) on other threads while the next
    // one downloads; the entities are then taken in, in set order.
    struct Fetched
    {
        QString set;
        VmmSetReply reply;
        std::future<QList<Reading>> readings;
    };
    std::vector<std::unique_ptr<Fetched>> fetched; // addresses stay put for the readers
    int step = 0;
    for (const QString &set : vmm::entitySets()) {
        Q_EMIT m_sync.progress(step++, 3 * int(vmm::entitySets().size()), u"reading "_s + set);
        auto one = std::make_unique<Fetched>();
        one->set = set;
        one->reply = m_client->fetchSet(set);
        if (!one->reply.ok()) {
            abort(one->reply.error);
            return false; // the futures wait for their readers as they go
        }
        const Fetched *reading = one.get();
        one->readings = std::async(std::launch::async, [this, reading] {
            return read(reading->set, reading->reply.entities);
        });
        fetched.push_back(std::move(one));
    }
    QSet<QString> filteredDefinitions;
    for (const std::unique_ptr<Fetched> &one : fetched) {
        const QString &set = one->set;
        const VmmSetReply &reply = one->reply;
        QList<vmm::RemoteEntity> &entities = m_remote[set];
        QSet<QUuid> &listed = m_listed[set];
        m_pages.append(reply.pages);
        const QList<Reading> readings = one->readings.get();
        for (qsizetype i = 0; i < readings.size(); ++i) {
            const QByteArrayView raw = reply.entities.at(i);
            const Reading &reading = readings.at(i);
            const QUuid id = reading.id;
            if (id.isNull())
                m_unreadable.insert(set);
            const quint64 hash = reading.hash;
            if (reading.sameAsLink) {
                m_listedLinks.insert(reading.sameAsLink->id, id); // listed, by link: no string kept
                ++m_report.fingerprinted;
                vmm::RemoteEntity e;
                e.id = id;
                e.stampId = reading.sameAsLink->stampId; // the same bytes sent it
                e.hash = hash;
                e.sameAsBaseline = true;
                e.raw = raw;
                if (m_stampId.isNull())
                    m_stampId = e.stampId;
                entities.append(e);
                continue;
            }
            if (!id.isNull())
                listed.insert(id);
            const Parsed<vmm::RemoteEntity> &parsed = *reading.parsed;
            if (!parsed) {
                const QString name = reading.object.value("Name"_L1).toString();
                refuse(u"%1 %2"_s.arg(set, name.isEmpty() ? vmm::guidText(id) : quoted(name)),
                       parsed.error());
                continue;
            }
            vmm::RemoteEntity e = parsed.value();
            e.hash = hash;
            if (m_stampId.isNull())
                m_stampId = e.stampId;
            if (set == vmm::definitions) {
                QStringList groups;
                for (const QJsonValue &group : e.values.value("HostGroups"_L1).toArray())
                    groups.append(group.toString());
                if (!siteInScope(groups)) {
                    filteredDefinitions.insert(vmm::guidText(e.id));
                    continue;
                }
            }
            if (set == vmm::pools
                && filteredDefinitions.contains(
                        e.values.value("LogicalNetworkDefinitionId"_L1).toString()))
                continue;
            entities.append(e);
        }
        if (stopped())
            return false;
    }
    return true;
}

// ---- the run

VmmSyncReport VmmSyncRun::run()
{
    QElapsedTimer phase;
    phase.start();
    QString error;
    if (!load(&error)) {
        m_report.error = error;
        log(u"sync failed: "_s + error);
        return m_report;
    }
    m_ipamUnchanged = ipamAsMarked();
    m_report.ipamUnchanged = m_ipamUnchanged;
    m_client = std::make_unique<VmmClient>(m_options, &m_sync.m_cancelled);
    log(u"sync with %1 (provider address space %2)%3"_s.arg(
            m_options.baseUrl.toString(QUrl::RemoveUserInfo), quoted(m_provider.name),
            m_options.dryRun ? u", dry run"_s : QString()));
    qCDebug(lcVmmSync) << "load" << phase.restart() << "ms";
    if (!fetch())
        return m_report;
    m_linkByRemoteHash = {}; // only fetch() reads it
    qCDebug(lcVmmSync) << "fetch" << phase.restart() << "ms";

    const QStringList &sets = vmm::entitySets();
    int step = int(sets.size());
    const int total = 3 * int(sets.size());
    for (const QString &set : sets) {
        Q_EMIT m_sync.progress(step++, total, u"synchronizing "_s + set);
        pullAndPushSet(set);
        qCDebug(lcVmmSync) << "pull" << set << phase.restart() << "ms";
        if (stopped())
            return m_report;
    }
    // Removals children first: a logical network goes after its sites and VM networks.
    for (auto it = sets.crbegin(); it != sets.crend(); ++it) {
        Q_EMIT m_sync.progress(step++, total, u"removing what is gone from "_s + *it);
        handleGone(*it);
        if (stopped())
            return m_report;
    }
    qCDebug(lcVmmSync) << "removals" << phase.restart() << "ms";
    Q_EMIT m_sync.progress(total, total, u"done"_s);
    for (const VmmLink &link : std::as_const(m_linkById))
        m_report.notInVmm += link.notInVmm ? 1 : 0;
    m_report.completed = true;
    markIpamSeen();
    qCDebug(lcVmmSync) << "mark" << phase.restart() << "ms";
    log(m_report.summary());
    return m_report;
}

void VmmSyncRun::pullAndPushSet(const QString &set)
{
    // The set's writes go through the write path in batches (flushPending), each object
    // whole with its link row; the next set starts once they are committed (its entities
    // refer to these).
    m_batching = true;
    const ObjectKind kind = vmm::kindOfSet(set);
    // While IPAM is as marked, a link's ipam_hash, where set, is its object's key (see
    // m_ipamUnchanged): the keys are read only for a link without one.
    bool keysRead = !m_ipamUnchanged;
    if (keysRead)
        loadIpamKeys(kind);
    else
        m_ipamKeys.clear();
    m_pending.reserve(m_remote[set].size()); // grown once: a pending write is large
    for (vmm::RemoteEntity e : std::as_const(m_remote[set])) {
        if (stopped())
            break;
        const VmmLink *found = linkOfRemote(set, e.id);
        if (e.sameAsBaseline && (!found || found->remoteHash != e.hash)) {
            // This run rewrote or dropped its link since fetch(): the baseline no longer
            // stands for it, so it is read in full after all.
            Parsed<vmm::RemoteEntity> parsed
                    = vmm::parseEntity(set, QJsonDocument::fromJson(e.raw.toByteArray()).object());
            if (!parsed) {
                refuse(u"%1 %2"_s.arg(set, vmm::guidText(e.id)), parsed.error());
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
            loadIpamKeys(kind);
            keysRead = true;
        }
        const auto key = m_ipamKeys.constFind(found->objectId);
        const quint64 ipamKey = !keysRead      ? found->ipamHash
                : key != m_ipamKeys.constEnd() ? *key
                                               : 0;
        const bool ipamSame = ipamKey != 0 && ipamKey == found->ipamHash;
        if (e.sameAsBaseline && ipamSame) {
            ++m_report.unchanged;
            continue;
        }
        const VmmLink link = *found;
        if (e.sameAsBaseline) { // what VMM sent normalises to the baseline
            e.values = link.baseline;
            e.valuesText = link.baseline.utf8();
        }
        const std::optional<QJsonObject> ipam = ipamSame ? std::optional<QJsonObject>(link.baseline)
                                                         : valuesToCompare(kind, link.objectId);
        if (!ipam) {
            m_ipamGone[set].append({link.id, e}); // after the children, in handleGone
            continue;
        }
        reconcile(set, e, link, *ipam, ipamKey);
    }
    m_batching = false;
    if (stopped()) {
        m_pending.clear();
        m_nextRound.clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    flushPending();
    saveHashes();
    qCDebug(lcVmmSync) << "  writes" << timer.restart() << "ms";
    // Nothing to push when IPAM is as the mark says: the run that left it pushed everything.
    if (m_options.push && !stopped() && !m_ipamUnchanged)
        pushUnlinked(set);
    qCDebug(lcVmmSync) << "  push" << timer.restart() << "ms";
}

void VmmSyncRun::handleNew(const QString &set, const vmm::RemoteEntity &e)
{
    const ObjectKind kind = vmm::kindOfSet(set);
    const QString what = named(kind, e.name());
    if (!m_options.pull)
        return;
    // An object of the same natural key (a name, a prefix) is the same thing: VMM's copy of an
    // object IPAM created (its POST answer was lost), or one made on both sides by hand.
    const ObjectId existing = adopt(set, e);
    if (existing) {
        const std::optional<QJsonObject> ipam = ipamValues(kind, existing);
        if (ipam && *ipam == e.values) {
            if (dryRun(u"link "_s + what))
                return;
            VmmLink link;
            link.kind = kind;
            link.objectId = existing;
            link.remoteSet = set;
            link.remoteId = e.id;
            link.stampId = e.stampId;
            link.baseline = e.values;
            link.objectVersion = versionOf(kind, existing);
            if (const QString failure = saveLinkNow(link); !failure.isEmpty())
                refuse(what, failure, WriteStatus::Failed);
            else
                ++m_report.unchanged;
            return;
        }
        if (dryRun(u"update "_s + what)) {
            ++m_report.updated;
            return;
        }
        apply(set, e, existing, [this, what] {
            ++m_report.updated;
            log(u"updated "_s + what);
        });
        return;
    }
    if (dryRun(u"create "_s + what)) {
        ++m_report.created;
        return;
    }
    apply(set, e, 0, [this, what] {
        ++m_report.created;
        log(u"created "_s + what);
    });
}

void VmmSyncRun::reconcile(const QString &set, const vmm::RemoteEntity &e, const VmmLink &link,
                           const QJsonObject &ipam, quint64 ipamKey)
{
    const QString what = named(link.kind, e.name());
    const bool localChanged = ipam != link.baseline.object();
    const bool remoteChanged = e.values != link.baseline.object();
    if (!localChanged && !remoteChanged) {
        // Both sides, as hashed now, equal the baseline: the next run need not look closer.
        if (!m_options.dryRun && (e.hash != link.remoteHash || ipamKey != link.ipamHash))
            m_hashes.append({link.id, e.hash, ipamKey, link.baseline.utf8()});
        ++m_report.unchanged;
        return;
    }
    if (ipam == e.values) {
        // Both moved to the same values (or a conflict was settled by hand): agree again.
        if (dryRun(u"record agreement on "_s + what))
            return;
        VmmLink agreed = link;
        agreed.baseline = e.values;
        agreed.objectVersion = versionOf(link.kind, link.objectId);
        agreed.notInVmm = false;
        agreed.reason.clear();
        saveLinkNow(agreed);
        closeOpenConflict(link.id);
        ++m_report.unchanged;
        return;
    }
    if (remoteChanged && !localChanged) {
        if (!m_options.pull)
            return;
        if (dryRun(u"update "_s + what)) {
            ++m_report.updated;
            return;
        }
        apply(set, e, link.objectId, [this, what, linkId = link.id] {
            ++m_report.updated;
            log(u"updated "_s + what);
            closeOpenConflict(linkId);
        });
        return;
    }
    if (localChanged && !remoteChanged) {
        if (!m_options.push)
            return;
        // VMM refused this very version before: asking again would get the same answer.
        if (link.notInVmm && link.objectVersion == versionOf(link.kind, link.objectId))
            return;
        if (dryRun(u"update in VMM "_s + named(link.kind, ipam.value("Name"_L1).toString()))) {
            ++m_report.updated;
            return;
        }
        if (pushUpdate(link, ipam) == Outcome::Applied)
            closeOpenConflict(link.id);
        return;
    }
    recordConflict(link, e.name(), ipam, e.values);
}

void VmmSyncRun::pushUnlinked(const QString &set)
{
    const ObjectKind kind = vmm::kindOfSet(set);
    for (const ObjectId id : scopeObjects(kind)) {
        if (stopped())
            return;
        const VmmLink *link = linkOfObject(kind, id);
        // Linked: handled with its entity. A refused create is retried once the object changes.
        if (link
            && !(link->remoteId.isNull() && link->notInVmm
                 && link->objectVersion != versionOf(kind, id)))
            continue;
        const std::optional<QJsonObject> values = cachedValues(kind, id);
        if (!values)
            continue;
        const QString what = named(kind, values->value("Name"_L1).toString());
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
            if (!dryRun(u"mark not in VMM "_s + what))
                markNotInVmm(kind, id, set, missingParent, link);
            continue;
        }
        if (dryRun(u"create in VMM "_s + what)) {
            ++m_report.created;
            continue;
        }
        pushCreate(kind, id, *values, link);
    }
}

void VmmSyncRun::handleGone(const QString &set)
{
    // Removed in VMM: IPAM follows unless it changed the object since the last sync. IPAM's
    // values are read only for links whose entity VMM no longer lists.
    m_valuesLoaded.remove(int(vmm::kindOfSet(set))); // re-read after the run's writes
    const QSet<QUuid> &listed = m_listed[set];
    const bool unreadable = m_unreadable.contains(set);
    QList<VmmLink> linksOfSet; // those whose entity VMM did not list: usually none
    auto isListed = [&](const VmmLink &link) {
        return unreadable || m_listedLinks.value(link.id) == link.remoteId
                || listed.contains(link.remoteId);
    };
    for (const VmmLink &link : std::as_const(m_linkById)) {
        if (link.remoteSet == set && (link.remoteId.isNull() || !isListed(link)))
            linksOfSet.append(link);
    }
    std::sort(linksOfSet.begin(), linksOfSet.end(),
              [](const VmmLink &a, const VmmLink &b) { return a.id < b.id; });
    for (const VmmLink &link : std::as_const(linksOfSet)) {
        if (stopped())
            return;
        if (!link.remoteId.isNull() && isListed(link))
            continue;
        const std::optional<QJsonObject> ipam = cachedValues(link.kind, link.objectId);
        if (link.remoteId.isNull()) {
            if (!ipam && !dryRun(u"forget "_s + nameOf(link)))
                dropLinkNow(link.id); // never reached VMM; gone from IPAM too
            continue;
        }
        const QString what = named(link.kind, link.baseline.value("Name"_L1).toString());
        if (!ipam) {
            if (!dryRun(u"forget "_s + what))
                dropLinkNow(link.id); // gone on both sides
            continue;
        }
        if (*ipam != link.baseline.object()) {
            recordConflict(link, link.baseline.value("Name"_L1).toString(), *ipam, {});
            continue;
        }
        if (!m_options.pull)
            continue;
        if (dryRun(u"delete "_s + what + u" (removed in VMM)"_s)) {
            ++m_report.deleted;
            continue;
        }
        if (removeFromIpam(link) == Outcome::Applied) {
            ++m_report.deleted;
            log(u"deleted "_s + what + u" (removed in VMM)"_s);
        }
    }
    // Removed in IPAM: VMM follows unless VMM changed the entity since the last sync.
    for (const auto &[linkId, e] : std::as_const(m_ipamGone[set])) {
        if (stopped())
            return;
        const auto it = m_linkById.constFind(linkId);
        if (it == m_linkById.constEnd())
            continue;
        const VmmLink link = *it;
        if (link.notInVmm)
            continue; // VMM refused to delete it before; shown as not in VMM
        const QString what = named(link.kind, e.name());
        if (e.values != link.baseline.object()) {
            recordConflict(link, e.name(), {}, e.values);
            continue;
        }
        if (!m_options.push)
            continue;
        if (dryRun(u"delete in VMM "_s + what)) {
            ++m_report.deleted;
            continue;
        }
        pushDelete(link);
    }
}

// ---- IPAM side

QString VmmSyncRun::remoteOf(ObjectKind kind, ObjectId id) const
{
    if (id == 0)
        return QString(""_L1);
    const VmmLink *link = linkOfObject(kind, id);
    return link ? vmm::guidText(link->remoteId) : QString(""_L1);
}

ObjectId VmmSyncRun::objectFor(const QString &set, const QString &guid) const
{
    const VmmLink *link = guid.isEmpty() ? nullptr : linkOfRemote(set, guid);
    return link ? link->objectId : 0;
}

qint64 VmmSyncRun::versionOf(ObjectKind kind, ObjectId id)
{
    const std::optional<AnyObject> object = m_store.get(kind, id);
    return object ? storedPart(*object).version : 0;
}

// Keys in ascending order: the order QJsonObject keeps (see JsonText).
QByteArray VmmSyncRun::valuesText(const LogicalNetwork &o) const
{
    JsonText json;
    json.beginObject().key("Description"_L1).value(o.description);
    json.key("Name"_L1).value(o.name);
    json.key("NetworkVirtualizationEnabled"_L1).value(o.networkVirtualizationEnabled);
    return json.endObject().take();
}

QByteArray VmmSyncRun::valuesText(const NetworkSite &o,
                                  const QList<QPair<QString, int>> &subnets) const
{
    JsonText json;
    json.beginObject().key("HostGroups"_L1).beginArray();
    for (const QString &group : hostGroupsOf(o))
        json.value(group);
    json.endArray();
    json.key("LogicalNetworkId"_L1).value(remoteOf(ObjectKind::LogicalNetwork, o.logicalNetworkId));
    json.key("Name"_L1).value(o.name);
    vmm::writeSubnetVLans(json, subnets);
    return json.endObject().take();
}

QByteArray VmmSyncRun::valuesText(const VmNetwork &o) const
{
    JsonText json;
    json.beginObject().key("Description"_L1).value(o.description);
    json.key("IsolationType"_L1).value(toString(o.isolation));
    json.key("LogicalNetworkId"_L1).value(remoteOf(ObjectKind::LogicalNetwork, o.logicalNetworkId));
    json.key("Name"_L1).value(o.name);
    return json.endObject().take();
}

QByteArray VmmSyncRun::valuesText(const Subnet &o) const
{
    JsonText json;
    json.beginObject().key("Name"_L1).value(o.name);
    vmm::writeSubnetVLans(json, {{o.networkId.toString(), o.vlanIds.value(0, 0)}});
    json.key("VMNetworkId"_L1).value(remoteOf(ObjectKind::VmNetwork, o.vmNetworkId));
    return json.endObject().take();
}

QByteArray VmmSyncRun::valuesText(const Range &o, const Subnet &subnet) const
{
    const bool customer = subnet.networkType == NetworkType::Customer;
    JsonText json;
    json.beginObject().key("IPAddressRangeEnd"_L1).value(o.endAddress.toString());
    json.key("IPAddressRangeStart"_L1).value(o.startAddress.toString());
    json.key("IPAddressReservedSet"_L1)
            .value(vmm::normalizedAddressSet(o.reservedAddresses.join(u',')));
    json.key("LogicalNetworkDefinitionId"_L1)
            .value(customer ? QString() : remoteOf(ObjectKind::NetworkSite, subnet.siteId));
    json.key("Name"_L1).value(poolName(o));
    json.key("Subnet"_L1).value(subnet.networkId.toString());
    json.key("VIPAddressSet"_L1).value(vmm::normalizedAddressSet(o.vips.join(u',')));
    json.key("VMSubnetId"_L1).value(customer ? remoteOf(ObjectKind::Subnet, subnet.id) : QString());
    return json.endObject().take();
}

std::optional<QJsonObject> VmmSyncRun::ipamValues(ObjectKind kind, ObjectId id, qint64 *version)
{
    // The object's version too when asked (a link row records both): one read, not two.
    auto keep = [version](const auto &o) {
        if (version)
            *version = o.version;
    };
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        if (const auto o = m_store.get<LogicalNetwork>(id)) {
            keep(*o);
            return valuesOf(*o);
        }
        return std::nullopt;
    case ObjectKind::NetworkSite:
        if (const auto o = m_store.get<NetworkSite>(id)) {
            keep(*o);
            QList<QPair<QString, int>> pairs;
            for (const Subnet &subnet : m_store.select<Subnet>(u"site_id = ?"_s, {id}))
                pairs.append({subnet.networkId.toString(), subnet.vlanIds.value(0, 0)});
            return valuesOf(*o, pairs);
        }
        return std::nullopt;
    case ObjectKind::VmNetwork:
        if (const auto o = m_store.get<VmNetwork>(id)) {
            keep(*o);
            return valuesOf(*o);
        }
        return std::nullopt;
    case ObjectKind::Subnet:
        if (const auto o = m_store.get<Subnet>(id)) {
            keep(*o);
            return valuesOf(*o);
        }
        return std::nullopt;
    case ObjectKind::Range:
        if (const auto o = m_store.get<Range>(id)) {
            keep(*o);
            if (const auto subnet = m_store.get<Subnet>(o->subnetId))
                return valuesOf(*o, *subnet);
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

QHash<ObjectId, VmmSyncRun::ValuesAndVersion> VmmSyncRun::siteValues(const QList<ObjectId> &siteIds)
{
    QHash<ObjectId, ValuesAndVersion> values;
    constexpr int perStatement = 500;
    for (qsizetype i = 0; i < siteIds.size(); i += perStatement) {
        const QList<ObjectId> part = siteIds.mid(i, perStatement);
        QVariantList binds;
        for (const ObjectId id : part)
            binds.append(id);
        const QString marks = QStringList(part.size(), u"?"_s).join(u',');
        QHash<ObjectId, QList<QPair<QString, int>>> pairs;
        for (const Subnet &subnet : m_store.select<Subnet>(u"site_id IN (%1)"_s.arg(marks), binds))
            pairs[subnet.siteId].append({subnet.networkId.toString(), subnet.vlanIds.value(0, 0)});
        for (const NetworkSite &site :
             m_store.select<NetworkSite>(u"id IN (%1)"_s.arg(marks), binds))
            values.insert(site.id, {valuesText(site, pairs.value(site.id)), site.version});
    }
    return values;
}

std::optional<QJsonObject> VmmSyncRun::cachedValues(ObjectKind kind, ObjectId id)
{
    // Read on first use: a first pull links everything it writes and never needs them.
    if (!m_valuesLoaded.contains(int(kind)))
        loadValues(kind);
    if (m_valuesLoaded.contains(int(kind))) {
        const auto it = m_values.constFind({int(kind), id});
        if (it != m_values.constEnd())
            return *it;
    }
    return ipamValues(kind, id);
}

void VmmSyncRun::forgetValues(const AnyObject &object)
{
    const StoredObject &stored = storedPart(object);
    m_values.remove({int(kindOf(object)), stored.id});
    if (const Subnet *subnet = std::get_if<Subnet>(&object))
        m_values.remove({int(ObjectKind::NetworkSite), subnet->siteId});
}

void VmmSyncRun::loadValues(ObjectKind kind)
{
    // Everything of the kind in the sync's scope, in a few queries; what is not here is read
    // one by one (ipamValues), so the cache is an optimization, never an answer of its own.
    for (auto it = m_values.begin(); it != m_values.end();) {
        it = it.key().first == int(kind) ? m_values.erase(it) : std::next(it);
    }
    const QVariantList provider{m_provider.id};
    const QString networksOfProvider = u"SELECT id FROM logical_network WHERE space_id = ?"_s;
    const QString vmNetworksOfProvider
            = u"SELECT v.id FROM vm_network v JOIN address_space a ON a.id = v.space_id WHERE "
              "a.provider_space_id = ?"_s;
    auto put = [this, kind](ObjectId id, QJsonObject values) {
        m_values.insert({int(kind), id}, std::move(values));
    };
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        for (const auto &o : m_store.select<LogicalNetwork>(u"space_id = ?"_s, provider))
            put(o.id, valuesOf(o));
        break;
    case ObjectKind::NetworkSite: {
        // Subnets come from the run's subnet cache (read once for sites, VM subnets and pools).
        loadSubnets();
        QHash<ObjectId, QList<QPair<QString, int>>> subnets;
        for (const Subnet &subnet : std::as_const(m_subnetById)) {
            if (subnet.siteId != 0 && subnet.spaceId == m_provider.id)
                subnets[subnet.siteId].append(
                        {subnet.networkId.toString(), subnet.vlanIds.value(0, 0)});
        }
        for (const auto &o : m_store.select<NetworkSite>(
                     u"logical_network_id IN (%1)"_s.arg(networksOfProvider), provider))
            put(o.id, valuesOf(o, subnets.value(o.id)));
        break;
    }
    case ObjectKind::VmNetwork:
        for (const auto &o : m_store.select<VmNetwork>(
                     u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s,
                     provider))
            put(o.id, valuesOf(o));
        break;
    case ObjectKind::Subnet:
        // VM subnets: customer subnets of the provider's customer spaces with a VM network.
        loadSubnets();
        for (const Subnet &subnet : std::as_const(m_subnetById)) {
            if (subnet.vmNetworkId != 0 && subnet.spaceId != m_provider.id)
                put(subnet.id, valuesOf(subnet));
        }
        break;
    case ObjectKind::Range: {
        // Ranges of provider subnets on sites, and of VM subnets.
        loadSubnets();
        for (const QString &where :
             {u"space_id = ?"_s,
              u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s}) {
            for (const auto &o : m_store.select<Range>(where, provider)) {
                const auto subnet = m_subnetById.constFind(o.subnetId);
                if (subnet == m_subnetById.constEnd())
                    continue;
                const bool inScope = subnet->spaceId == m_provider.id ? subnet->siteId != 0
                                                                      : subnet->vmNetworkId != 0;
                if (inScope)
                    put(o.id, valuesOf(o, *subnet));
            }
        }
        break;
    }
    default:
        return;
    }
    m_valuesLoaded.insert(int(kind));
}

std::optional<QJsonObject> VmmSyncRun::valuesToCompare(ObjectKind kind, ObjectId id)
{
    if (m_valuesLoaded.contains(int(kind)) || useCache(&m_valueLookups[int(kind)]))
        return cachedValues(kind, id);
    return ipamValues(kind, id);
}

void VmmSyncRun::loadIpamKeys(ObjectKind kind)
{
    // Everything a kind's values (valuesOf) read: the object's own columns (its version),
    // the remote IDs of the links it refers to, and for a site its subnets (prefix and VLAN,
    // with their ids and versions: SQLite may give a deleted subnet's id to a new one), for a
    // range its subnet's version (a range cannot outlive its subnet). A derived update that
    // bumps a version without touching the values (utilization counters) only sends that
    // object through the full compare, which records its new key.
    m_ipamKeys.clear();
    QString sql;
    const QString linked = u" JOIN vmm_link l ON l.kind = %1 AND l.object_id = o.id"_s;
    auto parentLink = [](const char *alias, ObjectKind parent, const char *column) {
        return u" LEFT JOIN vmm_link %1 ON %1.kind = %2 AND %1.object_id = %3"_s.arg(
                QLatin1StringView(alias), QString::number(int(parent)), QLatin1StringView(column));
    };
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        sql = u"SELECT o.id, o.version FROM logical_network o"_s + linked;
        break;
    case ObjectKind::NetworkSite:
        sql = u"SELECT o.id, o.version, p.remote_id FROM network_site o"_s + linked
                + parentLink("p", ObjectKind::LogicalNetwork, "o.logical_network_id");
        break;
    case ObjectKind::VmNetwork:
        sql = u"SELECT o.id, o.version, p.remote_id FROM vm_network o"_s + linked
                + parentLink("p", ObjectKind::LogicalNetwork, "o.logical_network_id");
        break;
    case ObjectKind::Subnet:
        sql = u"SELECT o.id, o.version, p.remote_id FROM ip_subnet o"_s + linked
                + parentLink("p", ObjectKind::VmNetwork, "o.vm_network_id");
        break;
    case ObjectKind::Range:
        sql = u"SELECT o.id, o.version, s.id, s.version, p.remote_id, q.remote_id FROM ip_range "
              "o"_s
                + linked + u" JOIN ip_subnet s ON s.id = o.subnet_id"_s
                + parentLink("p", ObjectKind::NetworkSite, "s.site_id")
                + parentLink("q", ObjectKind::Subnet, "s.id");
        break;
    default:
        return;
    }
    Database &db = m_writePath.database();
    QHash<ObjectId, QByteArray> siteSubnets;
    if (kind == ObjectKind::NetworkSite) {
        forEachKeyRow(db,
                      u"SELECT s.site_id, s.id, s.version, s.network_id, s.vlan_ids FROM ip_subnet "
                      "s JOIN vmm_link l ON l.kind = %1 AND l.object_id = s.site_id ORDER BY "
                      "s.site_id, s.id"_s.arg(int(kind)),
                      [&siteSubnets](qint64 siteId, const QByteArray &columns) {
                          siteSubnets[siteId] += columns + '\x1e';
                      });
    }
    m_ipamKeys.reserve(m_linkById.size());
    forEachKeyRow(db, sql.arg(int(kind)), [&](qint64 id, const QByteArray &columns) {
        m_ipamKeys.insert(id,
                          vmm::fingerprint(kind == ObjectKind::NetworkSite
                                                   ? columns + siteSubnets.value(id)
                                                   : columns));
    });
}

VmmSyncRun::AuditPosition VmmSyncRun::auditPosition(qint64 after)
{
    // Two index look-ups: the newest id, and the rows of the window ending there.
    constexpr qint64 window = 64;
    AuditPosition at;
    QSqlQuery &newest = m_writePath.database().prepared(u"SELECT max(id) FROM audit_change"_s);
    if (newest.exec() && newest.next())
        at.id = newest.value(0).toLongLong();
    newest.finish();
    QSqlQuery &rows
            = m_writePath.database().prepared(u"SELECT count(*) FROM audit_change WHERE id > ?"_s);
    rows.addBindValue((after < 0 ? at.id : after) - window);
    if (rows.exec() && rows.next())
        at.window = rows.value(0).toLongLong();
    rows.finish();
    return at;
}

QString VmmSyncRun::markKey() const
{
    // What a mark's "nothing left to push" depends on besides IPAM: the same connection,
    // scope and directions.
    QStringList groups;
    for (const QString &group : m_options.hostGroups)
        groups.append(group.trimmed().toLower());
    groups.sort();
    return QStringList{m_options.baseUrl.toString(QUrl::RemoveUserInfo), groups.join(u'\x1f'),
                       m_options.pull ? u"pull"_s : u""_s, m_options.push ? u"push"_s : u""_s}
            .join(u'\x1e');
}

bool VmmSyncRun::ipamAsMarked()
{
    const std::optional<VmmLinkTable::Mark> mark = m_links.mark(m_provider.id);
    if (!mark || mark->optionsKey != markKey())
        return false;
    const AuditPosition now = auditPosition(mark->auditId);
    return now.id == mark->auditId && now.window == mark->auditWindow;
}

// After a completed run: a mark that still stands needs nothing; otherwise IPAM is checked
// whole once (the cost a no-op run saves), in one transaction, and a new mark left when it
// holds: every link's ipam_hash is its object's key (those that are not are cleared: their
// next compare reads the object) and no object in scope waits to be pushed.
void VmmSyncRun::markIpamSeen()
{
    if (m_options.dryRun || stopped() || ipamAsMarked())
        return;
    bool marked = false;
    const QString failure
            = m_links.inTransaction([this, &marked] { return verifyAndMark(&marked); });
    if (!failure.isEmpty()) // only costs the next run a full read of IPAM
        qCWarning(lcVmmSync) << "cannot mark what was seen:" << failure;
    else if (!marked)
        qCDebug(lcVmmSync) << "no mark: objects wait to be pushed";
}

QString VmmSyncRun::verifyAndMark(bool *marked)
{
    // The audit position first: a change committed after it moves it (or, on PostgreSQL, the
    // window), so the mark never claims more than what was read below.
    const AuditPosition at = auditPosition(-1);
    const QList<VmmLinkTable::LinkState> states = m_links.linkStates();
    QHash<QPair<int, ObjectId>, const VmmLinkTable::LinkState *> byObject;
    byObject.reserve(states.size());
    for (const VmmLinkTable::LinkState &state : states)
        byObject.insert({int(state.kind), state.objectId}, &state);
    QList<qint64> stale;
    for (const QString &set : vmm::entitySets()) {
        const ObjectKind kind = vmm::kindOfSet(set);
        loadIpamKeys(kind);
        for (const VmmLinkTable::LinkState &state : states) {
            if (state.kind == kind && state.ipamHash != 0
                && m_ipamKeys.value(state.objectId) != state.ipamHash)
                stale.append(state.id);
        }
        if (!m_options.push)
            continue;
        for (const ObjectId id : scopeObjects(kind)) {
            const VmmLinkTable::LinkState *link = byObject.value({int(kind), id});
            // pushUnlinked()'s test: unlinked, or refused while at another version.
            if (!link
                || (!link->hasRemote && link->notInVmm
                    && link->objectVersion != versionOf(kind, id)))
                return QString(); // waits to be pushed: the next run reads IPAM
        }
    }
    m_ipamKeys.clear();
    if (QString error = m_links.clearIpamHashes(stale); !error.isEmpty())
        return error;
    *marked = true;
    return m_links.saveMark(m_provider.id, {markKey(), at.id, at.window},
                            QDateTime::currentMSecsSinceEpoch());
}

void VmmSyncRun::saveHashes()
{
    if (m_hashes.isEmpty() || m_options.dryRun || stopped())
        return;
    const QString failure = m_links.inTransaction([this] { return m_links.saveHashes(m_hashes); });
    if (!failure.isEmpty()) // only costs the next run a closer look
        qCWarning(lcVmmSync) << "cannot record what was compared:" << failure;
    m_hashes.clear();
}

namespace {

QString rangeKey(ObjectId spaceId, const IpAddress &start, const IpAddress &end)
{
    return QString::number(spaceId) + u' ' + start.toString() + u'-' + end.toString();
}

} // namespace

void VmmSyncRun::loadNaturalKeys(ObjectKind kind)
{
    if (m_naturalKeysLoaded.contains(int(kind)))
        return;
    m_naturalKeysLoaded.insert(int(kind));
    // Only unlinked objects can be adopted.
    auto put = [this, kind](const QString &key, ObjectId id) {
        if (linkOfObject(kind, id))
            return;
        m_byNaturalKey[{int(kind), key}].append(id);
        ++m_unlinkedByKind[int(kind)];
    };
    const QVariantList provider{m_provider.id};
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        for (const auto &o : m_store.select<LogicalNetwork>(u"space_id = ?"_s, provider))
            put(o.name, o.id);
        break;
    case ObjectKind::NetworkSite:
        for (const auto &o : m_store.select<NetworkSite>(
                     u"logical_network_id IN (SELECT id FROM logical_network WHERE space_id = "
                     "?)"_s,
                     provider))
            put(QString::number(o.logicalNetworkId) + u' ' + o.name, o.id);
        break;
    case ObjectKind::VmNetwork:
        for (const VmNetwork &o : m_store.select<VmNetwork>(
                     u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s,
                     provider))
            put(o.name, o.id);
        break;
    case ObjectKind::Range:
        for (const QString &where :
             {u"space_id = ?"_s,
              u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s}) {
            for (const auto &o : m_store.select<Range>(where, provider))
                put(rangeKey(o.spaceId, o.startAddress, o.endAddress), o.id);
        }
        break;
    default:
        break;
    }
}

ObjectId VmmSyncRun::adopt(const QString &set, const vmm::RemoteEntity &e)
{
    const QJsonObject &v = e.values;
    auto unlinked = [this](ObjectKind kind, ObjectId id) -> ObjectId {
        return linkOfObject(kind, id) ? 0 : id;
    };
    // A fresh pull asks this for every entity: after a few single queries, one read per kind.
    const ObjectKind kind = vmm::kindOfSet(set);
    const bool cached = kind != ObjectKind::Subnet && useCache(&m_adoptLookups[int(kind)]);
    if (cached)
        loadNaturalKeys(kind);
    auto byKey = [&](const QString &key) -> ObjectId {
        for (const ObjectId id : m_byNaturalKey.value({int(kind), key})) {
            if (unlinked(kind, id))
                return id;
        }
        return 0;
    };
    const bool useKeys = cached && m_naturalKeysLoaded.contains(int(kind));
    if (useKeys && !m_unlinkedByKind.value(int(kind)))
        return 0; // every object of the kind is linked already (a first pull: there are none)
    if (set == vmm::logicalNetworks) {
        if (useKeys)
            return byKey(e.name());
        if (const auto o = m_store.logicalNetworkByName(m_provider.id, e.name()))
            return unlinked(ObjectKind::LogicalNetwork, o->id);
    } else if (set == vmm::definitions) {
        const ObjectId network
                = objectFor(vmm::logicalNetworks, v.value("LogicalNetworkId"_L1).toString());
        if (network) {
            if (useKeys)
                return byKey(QString::number(network) + u' ' + e.name());
            if (const auto o = m_store.siteByName(network, e.name()))
                return unlinked(ObjectKind::NetworkSite, o->id);
        }
    } else if (set == vmm::vmNetworks) {
        if (useKeys)
            return byKey(e.name());
        for (const VmNetwork &o : m_store.select<VmNetwork>(
                     u"name = ? AND space_id IN (SELECT id FROM address_space WHERE "
                     "provider_space_id = ?)"_s,
                     {e.name(), m_provider.id})) {
            if (unlinked(ObjectKind::VmNetwork, o.id))
                return o.id;
        }
    } else if (set == vmm::vmSubnets) {
        const ObjectId network = objectFor(vmm::vmNetworks, v.value("VMNetworkId"_L1).toString());
        const auto vmNetwork = network ? vmNetworkById(network) : std::nullopt;
        const Parsed<Prefix> prefix = Prefix::parse(
                v.value("SubnetVLans"_L1).toArray().at(0).toObject().value("Subnet"_L1).toString());
        if (vmNetwork && prefix) {
            if (const auto o = subnetAt(vmNetwork->spaceId, prefix.value()))
                return unlinked(ObjectKind::Subnet, o->id);
        }
    } else if (set == vmm::pools) {
        ObjectId spaceId = m_provider.id;
        if (const QString vmSubnet = v.value("VMSubnetId"_L1).toString(); !vmSubnet.isEmpty()) {
            const auto subnet = subnetById(objectFor(vmm::vmSubnets, vmSubnet));
            spaceId = subnet ? subnet->spaceId : 0;
        }
        const Parsed<IpAddress> start
                = IpAddress::parse(v.value("IPAddressRangeStart"_L1).toString());
        const Parsed<IpAddress> end = IpAddress::parse(v.value("IPAddressRangeEnd"_L1).toString());
        if (spaceId && start && end) {
            if (useKeys)
                return byKey(rangeKey(spaceId, start.value(), end.value()));
            if (const auto o = m_store.rangeByBounds(spaceId, start.value(), end.value()))
                return unlinked(ObjectKind::Range, o->id);
        }
    }
    return 0;
}

namespace {

// The ids alone (scopeObjects): no row becomes an object.
template<typename T>
QList<ObjectId> idsOf(Database &db, const QString &where, const QVariantList &binds)
{
    QList<ObjectId> ids;
    forEachRow(db, u"SELECT id FROM %1 WHERE %2 ORDER BY id"_s.arg(ObjectTable<T>::name(), where),
               binds, nullptr, [&ids](const auto &row) { ids.append(row.value(0).toLongLong()); });
    return ids;
}

} // namespace

QList<ObjectId> VmmSyncRun::scopeObjects(ObjectKind kind)
{
    QList<ObjectId> ids;
    Database &db = m_writePath.database();
    const QVariantList provider{m_provider.id};
    const QString networksOfProvider = u"SELECT id FROM logical_network WHERE space_id = ?"_s;
    const QString vmNetworksOfProvider
            = u"SELECT v.id FROM vm_network v JOIN address_space a ON a.id = v.space_id WHERE "
              "a.provider_space_id = ?"_s;
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        return idsOf<LogicalNetwork>(db, u"space_id = ?"_s, provider);
    case ObjectKind::NetworkSite:
        if (m_options.hostGroups.isEmpty())
            return idsOf<NetworkSite>(db, u"logical_network_id IN (%1)"_s.arg(networksOfProvider),
                                      provider);
        for (const auto &o : m_store.select<NetworkSite>(
                     u"logical_network_id IN (%1)"_s.arg(networksOfProvider), provider)) {
            if (siteInScope(hostGroupsOf(o)))
                ids.append(o.id);
        }
        break;
    case ObjectKind::VmNetwork:
        return idsOf<VmNetwork>(
                db, u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s,
                provider);
    case ObjectKind::Subnet:
        return idsOf<Subnet>(db, u"vm_network_id IN (%1)"_s.arg(vmNetworksOfProvider), provider);
    case ObjectKind::Range:
        for (const QString &subnetsInScope :
             {u"SELECT id FROM ip_subnet WHERE logical_network_id IN (%1) AND site_id IS NOT "
              "NULL"_s.arg(networksOfProvider),
              u"SELECT id FROM ip_subnet WHERE vm_network_id IN (%1)"_s.arg(
                      vmNetworksOfProvider)}) {
            if (m_options.hostGroups.isEmpty()) {
                ids += idsOf<Range>(db, u"subnet_id IN (%1)"_s.arg(subnetsInScope), provider);
                continue;
            }
            for (const auto &o :
                 m_store.select<Range>(u"subnet_id IN (%1)"_s.arg(subnetsInScope), provider)) {
                const auto subnet = m_store.get<Subnet>(o.subnetId);
                const auto site = subnet && subnet->siteId
                        ? m_store.get<NetworkSite>(subnet->siteId)
                        : std::nullopt;
                if (!site || siteInScope(hostGroupsOf(*site)))
                    ids.append(o.id);
            }
        }
        break;
    default:
        break;
    }
    return ids;
}

VmmSyncRun::Outcome VmmSyncRun::apply(const QString &set, const vmm::RemoteEntity &e,
                                      ObjectId objectId, Done done)
{
    if (set == vmm::logicalNetworks)
        return applyLogicalNetwork(e, objectId, std::move(done));
    if (set == vmm::definitions)
        return applySite(e, objectId, std::move(done));
    if (set == vmm::vmNetworks)
        return applyVmNetwork(e, objectId, std::move(done));
    if (set == vmm::vmSubnets)
        return applyVmSubnet(e, objectId, std::move(done));
    return applyPool(e, objectId, std::move(done));
}

VmmSyncRun::Outcome VmmSyncRun::applyNow(const QString &set, const vmm::RemoteEntity &e,
                                         ObjectId objectId)
{
    bool committed = false;
    if (apply(set, e, objectId, [&committed] { committed = true; }) != Outcome::Applied)
        return m_aborted ? Outcome::Aborted : Outcome::Refused;
    flushPending();
    return committed ? Outcome::Applied : m_aborted ? Outcome::Aborted : Outcome::Refused;
}

VmmSyncRun::LinkTarget VmmSyncRun::targetFor(const QString &set, const vmm::RemoteEntity &e,
                                             int writtenIndex)
{
    LinkTarget target{vmm::kindOfSet(set), set, e.id, e.stampId, {}, false, 0, e.hash,
                      e.valuesText};
    target.object = [writtenIndex](const QList<AnyObject> &written, int offset) -> ObjectId {
        const int at = offset + writtenIndex;
        return at < written.size() ? storedPart(written.at(at)).id : 0;
    };
    return target;
}

VmmSyncRun::LinkTarget VmmSyncRun::targetFor(const QString &set, const vmm::RemoteEntity &e,
                                             ObjectId objectId)
{
    LinkTarget target{vmm::kindOfSet(set), set, e.id, e.stampId, {}, false, 0, e.hash,
                      e.valuesText};
    target.object = [objectId](const QList<AnyObject> &, int) { return objectId; };
    return target;
}

// ---- batched writes

void VmmSyncRun::queue(PendingWrite write)
{
    m_pending.append(std::move(write));
    if (!m_batching)
        flushPending();
}

bool VmmSyncRun::writeNow(PendingWrite write)
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
void VmmSyncRun::flushPending()
{
    const int batchSize = std::clamp(m_options.batchSize, 1, WritePath::maxObjectsInEvent);
    // What committed writes queue waits for the next round instead of going alone.
    const bool wasBatching = std::exchange(m_batching, true);
    while (!stopped() && (!m_pending.isEmpty() || !m_nextRound.isEmpty())) {
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
                if (stopped())
                    break;
            }
            changes += int(write.changes.size());
            chunk.append(std::move(write));
        }
        if (!chunk.isEmpty() && !stopped())
            submitChunk(std::move(chunk));
    }
    m_batching = wasBatching;
    if (stopped()) {
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
void VmmSyncRun::submitChunk(QList<PendingWrite> items)
{
    constexpr int maxRefusalsPerChunk = 16;
    int refusals = 0;
    while (!items.isEmpty() && !stopped()) {
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
        const WriteResult result = m_writePath.submit(changes);
        if (result.ok()) {
            m_ipamUnchanged = false; // IPAM moved: read it from here on
            noteCommitted(changes.changes, result.objects);
            for (const VmmLink &link : std::as_const(saved)) {
                cacheLink(link);
                m_values.remove({int(link.kind), link.objectId});
            }
            for (const qint64 linkId : std::as_const(dropped)) {
                uncacheLink(linkId);
                m_openConflicts.remove(linkId);
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
        const int failed = result.failedChange;
        const bool culpritKnown = failed >= 0 && failed < owner.size()
                && result.status != WriteStatus::Failed
                && !result.message.startsWith("refused by the database"_L1);
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
            if (!stopped())
                submitChunk(std::move(second));
        }
        return;
    }
}

void VmmSyncRun::refuseWrite(const PendingWrite &write, const WriteResult &result)
{
    if (write.onRefused && result.status == WriteStatus::Refused)
        write.onRefused();
    else
        refuse(write.what, result.message, result.status);
}

// The link rows of a batch, inside its transaction (ChangeSet::inTransaction).
QString VmmSyncRun::writeLinks(const QList<PendingWrite> &items, const QList<int> &offsets,
                               const QList<AnyObject> &written, qint64 now, QList<VmmLink> *saved,
                               QList<qint64> *dropped)
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
    const QHash<ObjectId, ValuesAndVersion> sites = siteValues(sitesToRead);
    for (int i = 0; i < items.size(); ++i) {
        const PendingWrite &item = items.at(i);
        const LinkTarget &target = item.target;
        if (target.dropLink) {
            if (const QString error = m_links.remove(target.linkId); !error.isEmpty())
                return error;
            dropped->append(target.linkId);
            continue;
        }
        const ObjectId id = target.object(written, offsets.at(i));
        if (id == 0)
            return u"the synchronized object was not written"_s;
        if (done.contains({int(target.kind), id}))
            continue;
        done.insert({int(target.kind), id});
        VmmLink link;
        if (const VmmLink *existing = linkOfObject(target.kind, id))
            link = *existing;
        else if (const VmmLink *byRemote = linkOfRemote(target.set, target.remoteId))
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
                link.baseline
                        = ipamValues(target.kind, id, &link.objectVersion).value_or(QJsonObject());
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
    return m_links.saveAll(*saved);
}

// Keeps the run's look-up caches in step with what it committed.
void VmmSyncRun::noteCommitted(const QList<Change> &changes, const QList<AnyObject> &written)
{
    for (int i = 0; i < written.size() && i < changes.size(); ++i) {
        const AnyObject &object = written.at(i);
        forgetValues(object);
        const bool removed = changes.at(i).op == ChangeOp::Remove;
        if (const Subnet *subnet = std::get_if<Subnet>(&object)) {
            if (removed) {
                m_subnetById.remove(subnet->id);
                m_subnetByPrefix.remove({subnet->spaceId, subnet->networkId});
            } else if (m_subnetsLoaded) {
                cacheSubnet(*subnet);
            }
        } else if (const VmNetwork *network = std::get_if<VmNetwork>(&object)) {
            if (removed)
                m_vmNetworkById.remove(network->id);
            else if (m_vmNetworksLoaded)
                m_vmNetworkById.insert(network->id, *network);
        }
    }
}

// ---- look-up caches

void VmmSyncRun::cacheSubnet(const Subnet &subnet)
{
    const auto old = m_subnetById.constFind(subnet.id);
    if (old != m_subnetById.constEnd() && old->networkId != subnet.networkId)
        m_subnetByPrefix.remove({old->spaceId, old->networkId});
    m_subnetById.insert(subnet.id, subnet);
    m_subnetByPrefix.insert({subnet.spaceId, subnet.networkId}, subnet.id);
}

void VmmSyncRun::loadSubnets()
{
    if (m_subnetsLoaded)
        return;
    m_subnetsLoaded = true;
    for (const QString &where :
         {u"space_id = ?"_s,
          u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s}) {
        for (const Subnet &subnet : m_store.select<Subnet>(where, {m_provider.id}))
            cacheSubnet(subnet);
    }
}

std::optional<Subnet> VmmSyncRun::subnetById(ObjectId id)
{
    if (id == 0)
        return std::nullopt;
    if (m_subnetsLoaded || useCache(&m_subnetLookups)) {
        loadSubnets();
        const auto it = m_subnetById.constFind(id);
        if (it != m_subnetById.constEnd())
            return *it;
    }
    return m_store.get<Subnet>(id);
}

std::optional<Subnet> VmmSyncRun::subnetAt(ObjectId spaceId, const Prefix &prefix)
{
    if (m_subnetsLoaded || useCache(&m_subnetLookups)) {
        loadSubnets();
        const auto it = m_subnetByPrefix.constFind({spaceId, prefix});
        if (it != m_subnetByPrefix.constEnd())
            return m_subnetById.value(*it);
        // A miss is final: loadSubnets() read every subnet of the provider space and its
        // customer spaces, and the run's own writes are added as they commit.
        return std::nullopt;
    }
    return m_store.subnetByPrefix(spaceId, prefix);
}

std::optional<VmNetwork> VmmSyncRun::vmNetworkById(ObjectId id)
{
    if (id == 0)
        return std::nullopt;
    if (m_vmNetworksLoaded || useCache(&m_vmNetworkLookups)) {
        if (!m_vmNetworksLoaded) {
            m_vmNetworksLoaded = true;
            for (const VmNetwork &network : m_store.select<VmNetwork>(
                         u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = "
                         "?)"_s,
                         {m_provider.id}))
                m_vmNetworkById.insert(network.id, network);
        }
        const auto it = m_vmNetworkById.constFind(id);
        if (it != m_vmNetworkById.constEnd())
            return *it;
    }
    return m_store.get<VmNetwork>(id);
}

QString VmmSyncRun::saveLinkNow(VmmLink link)
{
    link.syncedMs = QDateTime::currentMSecsSinceEpoch();
    const QString error = m_links.inTransaction([&] { return m_links.save(link); });
    if (error.isEmpty())
        cacheLink(link);
    return error;
}

QString VmmSyncRun::dropLinkNow(qint64 linkId)
{
    const QString error = m_links.inTransaction([&] { return m_links.remove(linkId); });
    if (error.isEmpty()) {
        uncacheLink(linkId);
        m_openConflicts.remove(linkId);
    }
    return error;
}

// ---- VMM's values into IPAM

VmmSyncRun::Outcome VmmSyncRun::applyLogicalNetwork(const vmm::RemoteEntity &e, ObjectId objectId,
                                                    Done done)
{
    const QJsonObject &v = e.values;
    LogicalNetwork o;
    if (objectId) {
        const auto stored = m_store.get<LogicalNetwork>(objectId);
        if (!stored)
            return refuse(named(ObjectKind::LogicalNetwork, e.name()), u"no longer in IPAM"_s);
        o = *stored;
    } else {
        o.spaceId = m_provider.id;
    }
    o.name = v.value("Name"_L1).toString();
    o.description = v.value("Description"_L1).toString();
    o.networkVirtualizationEnabled = v.value("NetworkVirtualizationEnabled"_L1).toBool();
    o.remoteId = vmm::guidText(e.id);
    PendingWrite write;
    write.what = named(ObjectKind::LogicalNetwork, o.name);
    write.changes.append(
            {objectId ? ChangeOp::Update : ChangeOp::Create, o, objectId ? o.version : -1});
    write.target = targetFor(vmm::logicalNetworks, e, 0);
    write.baselineOf = [this](const AnyObject &written) {
        return valuesText(std::get<LogicalNetwork>(written));
    };
    write.ipamKeyOf = [](const AnyObject &written) { // as loadIpamKeys() reads it
        return keyColumn(std::get<LogicalNetwork>(written).version);
    };
    write.applied = [done = std::move(done)](const AnyObject *) { done(); };
    queue(std::move(write));
    return Outcome::Applied;
}

VmmSyncRun::Outcome VmmSyncRun::applySite(const vmm::RemoteEntity &e, ObjectId objectId, Done done,
                                          bool whole)
{
    const QJsonObject &v = e.values;
    const QString what = named(ObjectKind::NetworkSite, e.name());
    const QString networkGuid = v.value("LogicalNetworkId"_L1).toString();
    const ObjectId networkId = objectFor(vmm::logicalNetworks, networkGuid);
    if (!networkId)
        return refuse(what, u"its logical network %1 is not in IPAM"_s.arg(networkGuid));
    const QList<QPair<QString, int>> pairs = subnetVLans(v);
    QList<int> vlans;
    for (const auto &pair : pairs) {
        if (pair.second != 0 && !vlans.contains(pair.second))
            vlans.append(pair.second);
    }
    std::sort(vlans.begin(), vlans.end());
    QStringList groups;
    for (const QJsonValue &group : v.value("HostGroups"_L1).toArray())
        groups.append(group.toString());

    NetworkSite site;
    if (objectId) {
        const auto stored = m_store.get<NetworkSite>(objectId);
        if (!stored)
            return refuse(what, u"no longer in IPAM"_s);
        site = *stored;
        if (site.logicalNetworkId != networkId)
            return refuse(what,
                          u"VMM moved it to another logical network; IPAM keeps a site "
                          "in its logical network"_s);
    } else {
        site.logicalNetworkId = networkId;
    }
    const NetworkSite before = site;
    site.name = v.value("Name"_L1).toString();
    site.hostGroup = groups.join("; "_L1);
    site.vlanIds = vlans;
    site.remoteId = vmm::guidText(e.id);
    if (!objectId && whole) {
        // The usual new site: its subnets new too, so site and subnets are one write (the
        // subnets name the site's change as their parent). Refused, it is written the
        // step-by-step way below, where a refused subnet holds back nothing else.
        QList<Subnet> subnets;
        for (const auto &[text, vlan] : pairs) {
            const Parsed<Prefix> prefix = Prefix::parse(text);
            if (!prefix || subnetAt(m_provider.id, prefix.value())
                || m_prefixesQueued.contains({m_provider.id, prefix.value()})) {
                subnets.clear();
                whole = false;
                break;
            }
            Subnet subnet;
            subnet.spaceId = m_provider.id;
            subnet.networkId = prefix.value();
            subnet.name = text;
            subnet.networkType = NetworkType::Provider;
            subnet.logicalNetworkId = site.logicalNetworkId;
            setVlan(subnet, vlan);
            subnets.append(subnet);
        }
        if (whole) {
            PendingWrite write;
            write.what = what;
            write.changes.append({ChangeOp::Create, site, -1});
            for (const Subnet &subnet : std::as_const(subnets)) {
                write.changes.append({ChangeOp::Create, subnet, -1, 0});
                m_prefixesQueued.insert({m_provider.id, subnet.networkId});
            }
            write.target = targetFor(vmm::definitions, e, 0);
            write.baselineOf = [this, pairs](const AnyObject &written) {
                return valuesText(std::get<NetworkSite>(written), pairs);
            };
            write.applied = [done](const AnyObject *) {
                if (done)
                    done();
            };
            write.onRefused = [this, e, done] { applySite(e, 0, done, false); };
            queue(std::move(write));
            return Outcome::Applied;
        }
    }
    // Step 1: the site itself (when it changes); step 2, once it is committed: its subnets.
    if (!objectId || site.name != before.name || site.hostGroup != before.hostGroup
        || site.vlanIds != before.vlanIds || site.remoteId != before.remoteId) {
        PendingWrite write;
        write.what = what;
        write.changes.append({objectId ? ChangeOp::Update : ChangeOp::Create, site,
                              objectId ? site.version : -1});
        write.target = targetFor(vmm::definitions, e, 0);
        if (!objectId) {
            // A new site has no subnets yet.
            write.baselineOf = [this](const AnyObject &written) {
                return valuesText(std::get<NetworkSite>(written), {});
            };
        }
        const bool created = !objectId;
        write.applied = [this, e, created, done = std::move(done)](const AnyObject *written) {
            if (written)
                applySiteSubnets(e, std::get<NetworkSite>(*written), created, true, done);
        };
        queue(std::move(write));
        return Outcome::Applied;
    }
    applySiteSubnets(e, site, false, false, std::move(done));
    return Outcome::Applied;
}

// Step 2 of a site: each subnet VMM lists on it is created or assigned to it, one write each,
// so one refused subnet (an overlap in the provider space, say) does not hold back the others;
// subnets VMM no longer lists leave it (they stay in IPAM, unassigned).
void VmmSyncRun::applySiteSubnets(const vmm::RemoteEntity &e, const NetworkSite &site, bool created,
                                  bool linked, Done done)
{
    const QString what = named(ObjectKind::NetworkSite, e.name());
    const QList<QPair<QString, int>> pairs = subnetVLans(e.values);
    // A subnet another queued write already changes (it moves between two sites) waits for
    // that write's commit: its version is only known then.
    for (const auto &[text, vlan] : pairs) {
        const Parsed<Prefix> prefix = Prefix::parse(text);
        if (!prefix)
            continue;
        const auto stored = subnetAt(m_provider.id, prefix.value());
        if (m_prefixesQueued.contains({m_provider.id, prefix.value()})
            || (stored && m_subnetsQueued.contains(stored->id))) {
            m_nextRound.append([this, e, site, created, linked, done] {
                applySiteSubnets(e, site, created, linked, done);
            });
            return;
        }
    }
    const LinkTarget siteTarget = targetFor(vmm::definitions, e, site.id);
    QSet<Prefix> listed;
    bool queued = false;
    for (const auto &[text, vlan] : pairs) {
        const Parsed<Prefix> prefix = Prefix::parse(text);
        if (!prefix)
            continue; // parseEntity checked it
        listed.insert(prefix.value());
        PendingWrite write;
        write.what = u"subnet %1 of %2"_s.arg(text, what);
        write.target = siteTarget;
        Subnet subnet;
        if (const auto stored = subnetAt(m_provider.id, prefix.value())) {
            subnet = *stored;
            if (subnet.logicalNetworkId == site.logicalNetworkId && subnet.siteId == site.id
                && subnet.vlanIds.value(0, 0) == vlan)
                continue;
            subnet.logicalNetworkId = site.logicalNetworkId;
            subnet.siteId = site.id;
            setVlan(subnet, vlan);
            write.changes.append({ChangeOp::Update, subnet, subnet.version});
            m_subnetsQueued.insert(subnet.id);
        } else {
            subnet.spaceId = m_provider.id;
            subnet.networkId = prefix.value();
            subnet.name = text;
            subnet.networkType = NetworkType::Provider;
            subnet.logicalNetworkId = site.logicalNetworkId;
            subnet.siteId = site.id;
            setVlan(subnet, vlan);
            write.changes.append({ChangeOp::Create, subnet, -1});
            m_prefixesQueued.insert({m_provider.id, prefix.value()});
        }
        queue(std::move(write));
        queued = true;
    }
    if (!created) {
        for (Subnet subnet : m_store.select<Subnet>(u"site_id = ?"_s, {site.id})) {
            if (listed.contains(subnet.networkId) || m_subnetsQueued.contains(subnet.id))
                continue;
            subnet.siteId = 0;
            PendingWrite write;
            write.what = u"subnet %1 of %2"_s.arg(subnet.networkId.toString(), what);
            write.target = siteTarget;
            write.changes.append({ChangeOp::Update, subnet, subnet.version});
            m_subnetsQueued.insert(subnet.id);
            queue(std::move(write));
            queued = true;
        }
    }
    if (!linked && !queued) {
        VmmLink link;
        if (const VmmLink *existing = linkOfObject(ObjectKind::NetworkSite, site.id))
            link = *existing;
        link.kind = ObjectKind::NetworkSite;
        link.objectId = site.id;
        link.remoteSet = vmm::definitions;
        link.remoteId = e.id;
        link.stampId = e.stampId;
        link.baseline = ipamValues(ObjectKind::NetworkSite, site.id).value_or(QJsonObject());
        link.objectVersion = versionOf(ObjectKind::NetworkSite, site.id);
        if (const QString error = saveLinkNow(link); !error.isEmpty()) {
            refuse(what, error, WriteStatus::Failed);
            return;
        }
    }
    if (done)
        done();
}

VmmSyncRun::Outcome VmmSyncRun::applyVmNetwork(const vmm::RemoteEntity &e, ObjectId objectId,
                                               Done done)
{
    const QJsonObject &v = e.values;
    const QString name = v.value("Name"_L1).toString();
    const QString what = named(ObjectKind::VmNetwork, name);
    const QString networkGuid = v.value("LogicalNetworkId"_L1).toString();
    const ObjectId networkId = objectFor(vmm::logicalNetworks, networkGuid);
    if (!networkId)
        return refuse(what, u"its logical network %1 is not in IPAM"_s.arg(networkGuid));
    const VmNetworkIsolation isolation
            = vmNetworkIsolationFromString(v.value("IsolationType"_L1).toString())
                      .value_or(VmNetworkIsolation::NoIsolation);
    if (!objectId) {
        // The customer address space and its VM network, one write: the VM network names the
        // space's change as its parent.
        AddressSpace space;
        space.name = name;
        space.type = AddressSpaceType::Customer;
        space.associatedProviderSpaceId = m_provider.id;
        space.vmNetwork = name;
        space.isolationMethod = isolation == VmNetworkIsolation::WindowsNetworkVirtualization
                ? IsolationMethod::NVGRE
                : IsolationMethod::IPRewrite;
        VmNetwork network;
        network.name = name;
        network.description = v.value("Description"_L1).toString();
        network.logicalNetworkId = networkId;
        network.isolation = isolation;
        network.remoteId = vmm::guidText(e.id);
        PendingWrite write;
        write.what = what;
        write.changes.append({ChangeOp::Create, space, -1});
        write.changes.append({ChangeOp::Create, network, -1, 0});
        write.primary = 1;
        write.target = targetFor(vmm::vmNetworks, e, 1);
        linkVmNetworkAsWritten(write);
        write.applied = [done = std::move(done)](const AnyObject *) {
            if (done)
                done();
        };
        queue(std::move(write));
        return Outcome::Applied;
    }
    const auto stored = m_store.get<VmNetwork>(objectId);
    if (!stored)
        return refuse(what, u"no longer in IPAM"_s);
    applyVmNetworkValues(e, *stored, m_store.get<AddressSpace>(stored->spaceId), std::move(done));
    return Outcome::Applied;
}

// A VM network's link takes its baseline and IPAM key from the VM network as written.
void VmmSyncRun::linkVmNetworkAsWritten(PendingWrite &write)
{
    write.baselineOf
            = [this](const AnyObject &written) { return valuesText(std::get<VmNetwork>(written)); };
    write.ipamKeyOf = [this](const AnyObject &written) { // as loadIpamKeys() reads it
        const auto &o = std::get<VmNetwork>(written);
        return keyColumn(o.version)
                + keyColumn(remoteOf(ObjectKind::LogicalNetwork, o.logicalNetworkId));
    };
}

// Step 2 of a VM network: its own values; a rename renames its customer space too.
void VmmSyncRun::applyVmNetworkValues(const vmm::RemoteEntity &e, const VmNetwork &stored,
                                      std::optional<AddressSpace> space, Done done)
{
    const QJsonObject &v = e.values;
    const QString name = v.value("Name"_L1).toString();
    VmNetwork network = stored;
    network.name = name;
    network.description = v.value("Description"_L1).toString();
    network.logicalNetworkId
            = objectFor(vmm::logicalNetworks, v.value("LogicalNetworkId"_L1).toString());
    network.isolation = vmNetworkIsolationFromString(v.value("IsolationType"_L1).toString())
                                .value_or(VmNetworkIsolation::NoIsolation);
    network.remoteId = vmm::guidText(e.id);
    PendingWrite write;
    write.what = named(ObjectKind::VmNetwork, name);
    if (network.name != stored.name || network.description != stored.description
        || network.logicalNetworkId != stored.logicalNetworkId
        || network.isolation != stored.isolation || network.remoteId != stored.remoteId) {
        write.changes.append({ChangeOp::Update, network, network.version});
        linkVmNetworkAsWritten(write);
    }
    if (space && (space->name != name || space->vmNetwork != name)) {
        space->name = name;
        space->vmNetwork = name;
        // After the VM network: it is found by name.
        write.changes.append({ChangeOp::Update, *space, space->version});
        write.baselineOf = nullptr; // read the whole state in the transaction
    }
    if (write.changes.isEmpty()) {
        if (done)
            done();
        return;
    }
    write.target = targetFor(vmm::vmNetworks, e, network.id);
    write.applied = [done = std::move(done)](const AnyObject *) {
        if (done)
            done();
    };
    queue(std::move(write));
}

VmmSyncRun::Outcome VmmSyncRun::applyVmSubnet(const vmm::RemoteEntity &e, ObjectId objectId,
                                              Done done)
{
    const QJsonObject &v = e.values;
    const QString what = named(ObjectKind::Subnet, e.name());
    const QString networkGuid = v.value("VMNetworkId"_L1).toString();
    const auto network = vmNetworkById(objectFor(vmm::vmNetworks, networkGuid));
    if (!network)
        return refuse(what, u"its VM network %1 is not in IPAM"_s.arg(networkGuid));
    const auto pairs = subnetVLans(v);
    const Parsed<Prefix> prefix = Prefix::parse(pairs.value(0).first);
    if (!prefix)
        return refuse(what, prefix.error());
    Subnet subnet;
    if (objectId) {
        const auto stored = subnetById(objectId);
        if (!stored)
            return refuse(what, u"no longer in IPAM"_s);
        subnet = *stored;
    } else {
        subnet.spaceId = network->spaceId;
        subnet.networkType = NetworkType::Customer;
    }
    subnet.networkId = prefix.value();
    subnet.name = e.name();
    subnet.vmNetworkId = network->id;
    setVlan(subnet, pairs.value(0).second);
    PendingWrite write;
    write.what = what;
    write.changes.append({objectId ? ChangeOp::Update : ChangeOp::Create, subnet,
                          objectId ? subnet.version : -1});
    write.target = targetFor(vmm::vmSubnets, e, 0);
    write.baselineOf
            = [this](const AnyObject &written) { return valuesText(std::get<Subnet>(written)); };
    write.ipamKeyOf = [this](const AnyObject &written) { // as loadIpamKeys() reads it
        const auto &o = std::get<Subnet>(written);
        return keyColumn(o.version) + keyColumn(remoteOf(ObjectKind::VmNetwork, o.vmNetworkId));
    };
    write.applied = [done = std::move(done)](const AnyObject *) { done(); };
    queue(std::move(write));
    return Outcome::Applied;
}

VmmSyncRun::Outcome VmmSyncRun::applyPool(const vmm::RemoteEntity &e, ObjectId objectId, Done done)
{
    const QJsonObject &v = e.values;
    const QString what = named(ObjectKind::Range, e.name());
    const Parsed<Prefix> prefix = Prefix::parse(v.value("Subnet"_L1).toString());
    const Parsed<IpAddress> start = IpAddress::parse(v.value("IPAddressRangeStart"_L1).toString());
    const Parsed<IpAddress> end = IpAddress::parse(v.value("IPAddressRangeEnd"_L1).toString());
    if (!prefix || !start || !end)
        return refuse(what, u"unreadable subnet or bounds"_s);
    std::optional<Subnet> subnet;
    if (const QString vmSubnet = v.value("VMSubnetId"_L1).toString(); !vmSubnet.isEmpty()) {
        subnet = subnetById(objectFor(vmm::vmSubnets, vmSubnet));
        if (!subnet)
            return refuse(what, u"its VM subnet %1 is not in IPAM"_s.arg(vmSubnet));
    } else {
        const QString definition = v.value("LogicalNetworkDefinitionId"_L1).toString();
        if (!objectFor(vmm::definitions, definition))
            return refuse(what, u"its network site %1 is not in IPAM"_s.arg(definition));
        subnet = subnetAt(m_provider.id, prefix.value());
        if (!subnet)
            return refuse(what, u"its subnet %1 is not in IPAM"_s.arg(prefix.value().toString()));
    }
    if (subnet->networkId != prefix.value())
        return refuse(what,
                      u"its subnet %1 is not the VM subnet's %2"_s.arg(
                              prefix.value().toString(), subnet->networkId.toString()));
    Range range;
    if (objectId) {
        const auto stored = m_store.get<Range>(objectId);
        if (!stored)
            return refuse(what, u"no longer in IPAM"_s);
        range = *stored;
    } else {
        range.managedByService = u"VMM"_s;
        range.serviceInstance
                = m_options.baseUrl.host().isEmpty() ? u"VMM"_s : m_options.baseUrl.host();
    }
    range.spaceId = subnet->spaceId;
    range.subnetId = subnet->id;
    range.startAddress = start.value();
    range.endAddress = end.value();
    range.description = e.name();
    range.reservedAddresses = splitAddressSet(v.value("IPAddressReservedSet"_L1).toString());
    range.vips = splitAddressSet(v.value("VIPAddressSet"_L1).toString());
    range.remoteId = vmm::guidText(e.id);
    PendingWrite write;
    write.what = what;
    write.changes.append(
            {objectId ? ChangeOp::Update : ChangeOp::Create, range, objectId ? range.version : -1});
    write.target = targetFor(vmm::pools, e, 0);
    // One copy of the subnet for both (a pull queues tens of thousands of these).
    const auto shared = std::make_shared<const Subnet>(*subnet);
    write.baselineOf = [this, shared](const AnyObject &written) {
        return valuesText(std::get<Range>(written), *shared);
    };
    write.ipamKeyOf = [this, shared](const AnyObject &written) {
        return keyColumn(std::get<Range>(written).version) + keyColumn(shared->id)
                + keyColumn(shared->version)
                + keyColumn(remoteOf(ObjectKind::NetworkSite, shared->siteId))
                + keyColumn(remoteOf(ObjectKind::Subnet, shared->id));
    };
    write.applied = [done = std::move(done)](const AnyObject *) { done(); };
    queue(std::move(write));
    return Outcome::Applied;
}

VmmSyncRun::Outcome VmmSyncRun::removeFromIpam(const VmmLink &link)
{
    const QString what = nameOf(link);
    PendingWrite write;
    write.what = what;
    QList<Change> &changes = write.changes;
    const QVariantList id{link.objectId};
    switch (link.kind) {
    case ObjectKind::LogicalNetwork: {
        const auto o = m_store.get<LogicalNetwork>(link.objectId);
        if (!o)
            break;
        // Its subnets stay in IPAM, unassigned: they are address space, not VMM's to take.
        for (Subnet subnet : m_store.select<Subnet>(u"logical_network_id = ?"_s, id)) {
            subnet.logicalNetworkId = 0;
            subnet.siteId = 0;
            changes.append({ChangeOp::Update, subnet, subnet.version});
        }
        changes.append({ChangeOp::Remove, *o, o->version});
        break;
    }
    case ObjectKind::NetworkSite: {
        const auto o = m_store.get<NetworkSite>(link.objectId);
        if (!o)
            break;
        for (Subnet subnet : m_store.select<Subnet>(u"site_id = ?"_s, id)) {
            subnet.siteId = 0;
            changes.append({ChangeOp::Update, subnet, subnet.version});
        }
        changes.append({ChangeOp::Remove, *o, o->version});
        break;
    }
    case ObjectKind::VmNetwork: {
        // The VM network is its customer address space's: both go (the space takes its VM
        // networks with it).
        const auto o = m_store.get<VmNetwork>(link.objectId);
        if (!o)
            break;
        if (const auto space = m_store.get<AddressSpace>(o->spaceId)) {
            changes.append({ChangeOp::Remove, *space, space->version});
            m_vmNetworkById.remove(o->id);
        }
        break;
    }
    case ObjectKind::Subnet:
        if (const auto o = m_store.get<Subnet>(link.objectId))
            changes.append({ChangeOp::Remove, *o, o->version});
        break;
    case ObjectKind::Range:
        if (const auto o = m_store.get<Range>(link.objectId))
            changes.append({ChangeOp::Remove, *o, o->version});
        break;
    default:
        break;
    }
    if (changes.isEmpty()) {
        dropLinkNow(link.id);
        return Outcome::Applied;
    }
    write.target
            = {link.kind, link.remoteSet, link.remoteId, link.stampId, {}, true, link.id, 0, {}};
    return writeNow(std::move(write)) ? Outcome::Applied
            : m_aborted               ? Outcome::Aborted
                                      : Outcome::Refused;
}

// ---- VMM side

namespace {

// A write whose answer did not arrive whole (no answer, 5xx, a 2xx with a broken body): the
// run stops here, and the next one finds out what VMM made of it.
bool cutOff(const VmmReply &reply)
{
    if (reply.ok())
        return false;
    return reply.status == 0 || (reply.status >= 500 && reply.status != 501)
            || (reply.status >= 200 && reply.status < 300);
}

} // namespace

VmmSyncRun::Outcome VmmSyncRun::pushCreate(ObjectKind kind, ObjectId id, const QJsonObject &values,
                                           const VmmLink *existing)
{
    const QString set = vmm::setOfKind(kind);
    const QString what = named(kind, values.value("Name"_L1).toString());
    QJsonObject body = vmm::wireBody(set, values);
    if (!m_stampId.isNull())
        body.insert("StampId"_L1, vmm::guidText(m_stampId));
    const VmmReply reply = m_client->create(set, body);
    if (reply.notSupported())
        return markNotInVmm(kind, id, set, reply.error, existing);
    if (!reply.ok()) {
        if (cutOff(reply)) {
            abort(reply.error);
            return Outcome::Aborted;
        }
        return refuse(u"creating "_s + what + u" in VMM"_s, reply.error);
    }
    const QUuid remoteId = vmm::idOf(reply.entity);
    if (remoteId.isNull())
        return refuse(u"creating "_s + what + u" in VMM"_s, u"VMM answered without an ID"_s);
    VmmLink link;
    if (existing)
        link = *existing;
    link.kind = kind;
    link.objectId = id;
    link.remoteSet = set;
    link.remoteId = remoteId;
    link.stampId = QUuid::fromString(reply.entity.value("StampId"_L1).toString());
    if (link.stampId.isNull())
        link.stampId = m_stampId;
    if (m_stampId.isNull())
        m_stampId = link.stampId;
    m_listed[set].insert(remoteId); // VMM holds it now: not "removed in VMM"
    link.baseline = values;
    link.objectVersion = versionOf(kind, id);
    link.notInVmm = false;
    link.reason.clear();
    if (const QString error = saveLinkNow(link); !error.isEmpty())
        return refuse(what, error, WriteStatus::Failed);
    ++m_report.created;
    log(u"created in VMM "_s + what);
    return Outcome::Applied;
}

VmmSyncRun::Outcome VmmSyncRun::pushUpdate(VmmLink link, const QJsonObject &values)
{
    const QString what = named(link.kind, values.value("Name"_L1).toString());
    const VmmReply reply = m_client->replace(link.remoteSet, link.remoteId, link.stampId,
                                             vmm::wireBody(link.remoteSet, values));
    if (reply.notSupported()) {
        link.notInVmm = true;
        link.reason = reply.error;
        link.objectVersion = versionOf(link.kind, link.objectId);
        saveLinkNow(link);
        log(u"not in VMM: %1: VMM does not take the change: %2"_s.arg(what, reply.error));
        return Outcome::Refused;
    }
    if (!reply.ok()) {
        if (cutOff(reply)) {
            abort(reply.error);
            return Outcome::Aborted;
        }
        return refuse(u"updating "_s + what + u" in VMM"_s, reply.error);
    }
    link.baseline = values;
    link.objectVersion = versionOf(link.kind, link.objectId);
    link.notInVmm = false;
    link.reason.clear();
    if (const QString error = saveLinkNow(link); !error.isEmpty())
        return refuse(what, error, WriteStatus::Failed);
    ++m_report.updated;
    log(u"updated in VMM "_s + what);
    return Outcome::Applied;
}

VmmSyncRun::Outcome VmmSyncRun::pushDelete(const VmmLink &link)
{
    const QString what = nameOf(link);
    const VmmReply reply = m_client->remove(link.remoteSet, link.remoteId, link.stampId);
    if (reply.notSupported()) {
        VmmLink kept = link;
        kept.notInVmm = true;
        kept.reason = u"removed in IPAM, but VMM does not take the removal: "_s + reply.error;
        saveLinkNow(kept);
        log(u"not in VMM: %1: %2"_s.arg(what, kept.reason));
        return Outcome::Refused;
    }
    if (!reply.ok()) {
        if (cutOff(reply)) {
            abort(reply.error);
            return Outcome::Aborted;
        }
        return refuse(u"deleting "_s + what + u" in VMM"_s, reply.error);
    }
    if (const QString error = dropLinkNow(link.id); !error.isEmpty())
        return refuse(what, error, WriteStatus::Failed);
    ++m_report.deleted;
    log(u"deleted in VMM "_s + what + u" (removed in IPAM)"_s);
    return Outcome::Applied;
}

VmmSyncRun::Outcome VmmSyncRun::markNotInVmm(ObjectKind kind, ObjectId id, const QString &set,
                                             const QString &reason, const VmmLink *existing)
{
    VmmLink link;
    if (existing)
        link = *existing;
    link.kind = kind;
    link.objectId = id;
    link.remoteSet = set;
    link.notInVmm = true;
    link.reason = reason;
    link.objectVersion = versionOf(kind, id);
    const std::optional<QJsonObject> values = ipamValues(kind, id);
    const QString what = named(kind, values ? values->value("Name"_L1).toString() : QString());
    if (const QString error = saveLinkNow(link); !error.isEmpty())
        return refuse(what, error, WriteStatus::Failed);
    log(u"not in VMM: %1: %2"_s.arg(what, reason));
    return Outcome::Refused;
}

// ---- conflicts and the report

void VmmSyncRun::recordConflict(const VmmLink &link, const QString &name, const QJsonObject &ipam,
                                const QJsonObject &vmmValues)
{
    ++m_report.conflicts;
    const QString what = named(link.kind, name);
    const auto open = m_openConflicts.constFind(link.id);
    if (open != m_openConflicts.constEnd() && open->ipamVersion == ipam
        && open->vmmVersion == vmmValues)
        return; // already shown to the admin as it is
    if (dryRun(u"record a conflict on "_s + what))
        return;
    VmmConflict conflict;
    conflict.kind = link.kind;
    conflict.objectId = ipam.isEmpty() ? 0 : link.objectId;
    conflict.remoteSet = link.remoteSet;
    conflict.remoteId = link.remoteId;
    conflict.name = name;
    conflict.ipamVersion = ipam;
    conflict.vmmVersion = vmmValues;
    conflict.detectedMs = QDateTime::currentMSecsSinceEpoch();
    const QString error
            = m_links.inTransaction([&] { return m_links.saveConflict(link.id, conflict); });
    if (!error.isEmpty()) {
        refuse(what, error, WriteStatus::Failed);
        return;
    }
    conflict.id = m_links.openConflictOf(link.id);
    m_openConflicts.insert(link.id, conflict);
    const QString side = ipam.isEmpty() ? u"removed in IPAM and changed in VMM"_s
            : vmmValues.isEmpty()       ? u"changed in IPAM and removed in VMM"_s
                                        : u"changed in IPAM and in VMM"_s;
    log(u"conflict #%1: %2 %3 since the last sync; kept as it is until resolved"_s.arg(conflict.id)
                .arg(what, side));
}

void VmmSyncRun::closeOpenConflict(qint64 linkId)
{
    const auto open = m_openConflicts.constFind(linkId);
    if (open == m_openConflicts.constEnd())
        return;
    const qint64 id = open->id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_links.inTransaction([&] { return m_links.closeConflict(id, now); }).isEmpty())
        m_openConflicts.remove(linkId);
}

VmmSyncRun::Outcome VmmSyncRun::refuse(const QString &what, const QString &reason,
                                       WriteStatus status)
{
    ++m_report.refused;
    if (status == WriteStatus::Denied)
        ++m_report.denied;
    m_lastStatus = status == WriteStatus::Committed ? WriteStatus::Refused : status;
    m_lastReason = what + u": "_s + reason;
    log(u"refused "_s + m_lastReason);
    return Outcome::Refused;
}

void VmmSyncRun::log(const QString &text)
{
    // VMM's names end up in the log: shown in a terminal by ipamctl, they must not act on it.
    const QString line = printableText(text);
    m_report.log.append(line);
    Q_EMIT m_sync.logLine(line);
}

bool VmmSyncRun::dryRun(const QString &line)
{
    if (!m_options.dryRun)
        return false;
    log(u"would "_s + line);
    return true;
}

void VmmSyncRun::abort(const QString &error)
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_report.error = error;
    log(u"sync cut off: %1; what was written is whole, the next run goes on from there"_s.arg(
            error));
}

bool VmmSyncRun::stopped()
{
    if (!m_aborted && m_sync.m_cancelled)
        abort(u"cancelled"_s);
    return m_aborted;
}

QString VmmSyncRun::nameOf(const VmmLink &link)
{
    if (const std::optional<QJsonObject> values = ipamValues(link.kind, link.objectId))
        return named(link.kind, values->value("Name"_L1).toString());
    return named(link.kind, link.baseline.value("Name"_L1).toString());
}

QStringList VmmSyncRun::notInVmm()
{
    loadLinks();
    QStringList lines;
    for (const VmmLink &link : m_links.all()) {
        if (link.notInVmm)
            lines.append(nameOf(link) + u": "_s + link.reason);
    }
    return lines;
}

WriteResult VmmSyncRun::resolve(qint64 conflictId, KeepSide keep)
{
    WriteResult result;
    qint64 linkId = 0;
    const std::optional<VmmConflict> conflict = m_links.openConflict(conflictId, &linkId);
    QString error;
    if (!conflict) {
        result.status = WriteStatus::Refused;
        result.message = u"there is no open conflict #%1"_s.arg(conflictId);
        return result;
    }
    if (!load(&error)) {
        result.status = WriteStatus::Refused;
        result.message = error;
        return result;
    }
    const auto found = m_linkById.constFind(linkId);
    if (found == m_linkById.constEnd()) {
        result.status = WriteStatus::Failed;
        result.message = u"conflict #%1 has lost its link"_s.arg(conflictId);
        return result;
    }
    const VmmLink link = *found;
    m_client = std::make_unique<VmmClient>(m_options, &m_sync.m_cancelled);
    Outcome outcome = Outcome::Applied;
    const std::optional<QJsonObject> ipam = ipamValues(link.kind, link.objectId);
    if (keep == KeepSide::Vmm) {
        if (conflict->vmmVersion.isEmpty()) {
            outcome = ipam ? removeFromIpam(link) : Outcome::Applied;
            if (!ipam)
                dropLinkNow(link.id);
        } else {
            vmm::RemoteEntity e;
            e.id = link.remoteId;
            e.stampId = link.stampId;
            e.values = conflict->vmmVersion;
            e.valuesText = toJsonUtf8(e.values);
            outcome = applyNow(link.remoteSet, e, ipam ? link.objectId : 0);
        }
    } else {
        if (!m_options.baseUrl.isValid() || m_options.baseUrl.isEmpty()) {
            result.status = WriteStatus::Refused;
            result.message = u"keeping IPAM's version needs the VMM URL (--vmm)"_s;
            return result;
        }
        if (!ipam)
            outcome = pushDelete(link);
        else if (conflict->vmmVersion.isEmpty())
            outcome = pushCreate(link.kind, link.objectId, *ipam, &link);
        else
            outcome = pushUpdate(link, *ipam);
    }
    if (outcome != Outcome::Applied) {
        result.status = m_aborted ? WriteStatus::Failed : m_lastStatus;
        result.message = m_aborted       ? m_report.error
                : m_lastReason.isEmpty() ? u"VMM does not take the change"_s
                                         : m_lastReason;
        if (result.status == WriteStatus::Committed)
            result.status = WriteStatus::Refused;
        return result;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    error = m_links.inTransaction([&] { return m_links.closeConflict(conflictId, now); });
    if (!error.isEmpty()) {
        result.status = WriteStatus::Failed;
        result.message = error;
    }
    return result;
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
    return run.run();
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
    return run.resolve(conflictId, keep);
}

QStringList VmmSync::notInVmm()
{
    VmmSyncRun run(*this);
    return run.notInVmm();
}

} // namespace ipam
