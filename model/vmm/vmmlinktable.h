#pragma once

#include "vmm/vmmsynctypes.h"

#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace ipam {

class Database;
class VmmLinkTable;

// A link's baseline, parsed from its stored JSON text only when first read: a no-op re-sync
// reads 100,000 links and needs the baselines of the few that changed.
class LazyJsonObject
{
public:
    LazyJsonObject() = default;
    LazyJsonObject(QJsonObject object) // NOLINT: stands in for a QJsonObject
        : m_object(std::move(object))
        , m_parsed(true)
    { }
    // Kept as read (UTF-8, the database's encoding): most are never parsed nor converted.
    static LazyJsonObject fromUtf8(QByteArray text)
    {
        LazyJsonObject lazy;
        lazy.m_text = std::move(text);
        lazy.m_parsed = false;
        return lazy;
    }
    // Not even read: the link's row is asked for it on first use (a no-op re-sync needs none
    // of its 100,000 baselines). `table` must outlive this object and its copies.
    static LazyJsonObject unread(const VmmLinkTable *table, qint64 linkId)
    {
        LazyJsonObject lazy;
        lazy.m_table = table;
        lazy.m_linkId = linkId;
        lazy.m_parsed = false;
        return lazy;
    }
    const QJsonObject &object() const;
    operator const QJsonObject &() const { return object(); } // NOLINT
    QJsonValue value(QLatin1StringView key) const { return object().value(key); }
    // The stored text: the one read when never parsed, else the object's compact JSON.
    QString text() const { return QString::fromUtf8(utf8()); }
    QByteArray utf8() const;
    friend bool operator==(const LazyJsonObject &a, const QJsonObject &b)
    {
        return a.object() == b;
    }

private:
    const QByteArray &storedText() const;
    mutable QJsonObject m_object;
    mutable QByteArray m_text;
    mutable const VmmLinkTable *m_table = nullptr; // set while unread
    qint64 m_linkId = 0;
    mutable bool m_parsed = true;
};

// An IPAM object's tie to its VMM entity (a row of vmm_link, schema v5 and v6). `baseline` holds
// the values both sides agreed on at the last sync, in the wire contract's property names: a side
// whose values differ from it has changed since.
struct VmmLink
{
    qint64 id = 0;
    ObjectKind kind = ObjectKind::LogicalNetwork;
    ObjectId objectId = 0;
    QString remoteSet;
    QUuid remoteId; // null while VMM does not hold it (state not-in-vmm before any create)
    QUuid stampId;
    LazyJsonObject baseline;
    qint64 objectVersion = 0;
    // vmm::fingerprint() of the entity VMM sent when it was last seen equal to the baseline;
    // 0: unknown. Every save() clears it (a new baseline needs a new look); saveHashes() sets
    // it, and saveAll() writes it as the pull that just took the baseline from VMM set it.
    quint64 remoteHash = 0;
    // The same for IPAM: a hash of the object's version and what its values depend on (see
    // VmmIpamState::loadIpamKeys), recorded when its values were seen equal to the baseline.
    quint64 ipamHash = 0;
    bool notInVmm = false; // VMM refused to take it (405/501); `reason` says what it answered
    QString reason;
    qint64 syncedMs = 0;
};

// Reads and writes the sync's own tables (vmm_link, vmm_conflict). It never opens a
// transaction itself: its writes run either inside a write path transaction (a ChangeSet's
// inTransaction hook, so an object and its link commit together) or inside
// inTransaction() for bookkeeping alone. Writes return an error message, empty on success.
class VmmLinkTable
{
public:
    explicit VmmLinkTable(Database &database);
    ~VmmLinkTable();

    // Every link; their baselines are read from their rows when first used (see
    // LazyJsonObject::unread), so the table must outlive the links returned.
    QList<VmmLink> all();
    // A link's stored baseline text ("" when the row is gone).
    QByteArray baselineText(qint64 linkId) const;
    std::optional<VmmLink> forObject(ObjectKind kind, ObjectId objectId);
    std::optional<VmmLink> byId(qint64 id);
    // Inserts (id 0; sets it) or updates by id.
    QString save(VmmLink &link);
    // save() for many: the new ones (id 0) inserted many rows per statement, ids set. Unlike
    // save(), it writes the links' hashes as given: the caller (a pull writing the baseline
    // VMM just sent) vouches for them.
    QString saveAll(QList<VmmLink> &links);
    QString remove(qint64 linkId);
    // Records that both sides of these links, as hashed, equal their baselines; a link whose
    // baseline changed since (it is not `baseline` any more) keeps its hashes cleared.
    struct Hashes
    {
        qint64 linkId = 0;
        quint64 remote = 0;
        quint64 ipam = 0;
        QByteArray baseline; // the baseline's text they were compared with
    };
    QString saveHashes(const QList<Hashes> &hashes);

    // Sets ipam_hash to 0 (unknown) for these links.
    QString clearIpamHashes(const QList<qint64> &linkIds);

    // What the verification of a mark needs of every link, read afresh.
    struct LinkState
    {
        qint64 id = 0;
        ObjectKind kind = ObjectKind::LogicalNetwork;
        ObjectId objectId = 0;
        quint64 ipamHash = 0;
        bool hasRemote = false;
        bool notInVmm = false;
        qint64 objectVersion = 0;
    };
    QList<LinkState> linkStates();

    // The mark of a provider space (see vmmSyncSchemaV7). Every write method of this class
    // deletes all marks first, in the same transaction: a mark stands only for the sync tables
    // as they were when it was saved.
    struct Mark
    {
        QString optionsKey;
        qint64 auditId = 0;
        qint64 auditWindow = 0;
    };
    std::optional<Mark> mark(qint64 providerSpaceId);
    QString saveMark(qint64 providerSpaceId, const Mark &mark, qint64 nowMs);

    QList<VmmConflict> openConflicts();
    std::optional<VmmConflict> openConflict(qint64 conflictId, qint64 *linkId);
    // The open conflict of a link, if any (its id; 0 if none).
    qint64 openConflictOf(qint64 linkId, QJsonObject *ipam = nullptr, QJsonObject *vmm = nullptr);
    // Opens a conflict for the link or refreshes the open one's versions.
    QString saveConflict(qint64 linkId, const VmmConflict &conflict);
    QString closeConflict(qint64 conflictId, qint64 nowMs);

    // Runs `work` in a write transaction of its own; commits when it returns no error.
    QString inTransaction(const std::function<QString()> &work);

private:
    struct Native;
    Native *native() const; // SQLite's statements, prepared on first use; null on PostgreSQL
    QString saveWithHashes(VmmLink &link);
    QString dropMarks();
    QString exec(const QString &sql, const QVariantList &binds, qint64 *insertedId = nullptr,
                 int *rows = nullptr);
    Database &m_db;
    mutable std::unique_ptr<Native> m_native;
    mutable bool m_nativeTried = false;
};

QString toJsonText(const QJsonObject &object);
QByteArray toJsonUtf8(const QJsonObject &object);
QJsonObject fromJsonText(const QString &text);

} // namespace ipam
