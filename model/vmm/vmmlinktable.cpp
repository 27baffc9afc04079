#include "vmmlinktable.h"

#include "store/database.h"
#include "store/sqlitestatement.h"
#include "vmm/vmmentities.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

using namespace Qt::StringLiterals;

QByteArray toJsonUtf8(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray("") : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(toJsonUtf8(object));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QByteArray &LazyJsonObject::storedText() const
{
    if (m_table) {
        m_text = m_table->baselineText(m_linkId);
        m_table = nullptr;
    }
    return m_text;
}

const QJsonObject &LazyJsonObject::object() const
{
    if (!m_parsed) {
        m_object = QJsonDocument::fromJson(storedText()).object();
        m_parsed = true;
    }
    return m_object;
}

QByteArray LazyJsonObject::utf8() const
{
    // Read from the database: the text as read (it came from toJsonUtf8, so it is canonical);
    // the object never changes but by assigning a new one, which has no text.
    if (m_table)
        return storedText();
    return m_text.isNull() ? toJsonUtf8(object()) : m_text;
}

namespace {

const QString linkColumns = u"id, kind, object_id, remote_set, remote_id, stamp_id, baseline, "
                            "object_version, state, reason, synced_ms, remote_hash, ipam_hash"_s;
// The same without the baselines (all(): read from their rows when used).
const QString linkColumnsUnread
        = u"id, kind, object_id, remote_set, remote_id, stamp_id, '', object_version, state, "
          "reason, synced_ms, remote_hash, ipam_hash"_s;

// `baselines`: the table to read the baseline from when first used (the row's baseline was
// not selected); null: it is column 6.
VmmLink readLink(const QSqlQuery &q, const VmmLinkTable *baselines = nullptr)
{
    VmmLink link;
    link.id = q.value(0).toLongLong();
    link.kind = ObjectKind(q.value(1).toInt());
    link.objectId = q.value(2).toLongLong();
    link.remoteSet = q.value(3).toString();
    link.remoteId = QUuid::fromString(q.value(4).toString());
    link.stampId = QUuid::fromString(q.value(5).toString());
    link.baseline = baselines ? LazyJsonObject::unread(baselines, link.id)
                              : LazyJsonObject::fromUtf8(q.value(6).toString().toUtf8());
    link.objectVersion = q.value(7).toLongLong();
    link.notInVmm = q.value(8).toString() == "not-in-vmm"_L1;
    link.reason = q.value(9).toString();
    link.syncedMs = q.value(10).toLongLong();
    link.remoteHash = quint64(q.value(11).toLongLong());
    link.ipamHash = quint64(q.value(12).toLongLong());
    return link;
}

QString guidText(const QUuid &id)
{
    return id.isNull() ? QString(""_L1) : id.toString(QUuid::WithoutBraces);
}

QByteArray guidUtf8(const QUuid &id)
{
    return id.isNull() ? QByteArray("") : id.toByteArray(QUuid::WithoutBraces);
}

VmmLink readLink(const SqliteStatement &q, const VmmLinkTable *baselines)
{
    VmmLink link;
    link.id = q.int64(0);
    link.kind = ObjectKind(q.int64(1));
    link.objectId = q.int64(2);
    // The set's name shared with vmm::entitySets() when it is the kind's (one string for all).
    const QByteArrayView set = q.utf8(3);
    const QString ofKind = vmm::setOfKind(link.kind);
    link.remoteSet
            = QLatin1StringView(set.data(), set.size()) == ofKind ? ofKind : QString::fromUtf8(set);
    link.remoteId = QUuid::fromString(QAnyStringView(q.utf8(4)));
    link.stampId = QUuid::fromString(QAnyStringView(q.utf8(5)));
    link.baseline = LazyJsonObject::unread(baselines, link.id);
    link.objectVersion = q.int64(7);
    link.notInVmm = q.utf8(8) == "not-in-vmm";
    link.reason = q.text(9);
    link.syncedMs = q.int64(10);
    link.remoteHash = quint64(q.int64(11));
    link.ipamHash = quint64(q.int64(12));
    return link;
}

// A row's 12 values after its id, in linkColumns' order (the insert's and the update's).
void bindLink(SqliteStatement &q, const VmmLink &link)
{
    q.bind(1, qint64(link.kind));
    q.bind(2, link.objectId);
    q.bind(3, link.remoteSet);
    q.bindUtf8(4, guidUtf8(link.remoteId));
    q.bindUtf8(5, guidUtf8(link.stampId));
    q.bindUtf8(6, link.baseline.utf8());
    q.bind(7, link.objectVersion);
    q.bindUtf8(8, link.notInVmm ? "not-in-vmm" : "synced");
    q.bind(9, link.reason);
    q.bind(10, link.syncedMs);
    q.bind(11, qint64(link.remoteHash));
    q.bind(12, qint64(link.ipamHash));
}

const QString conflictColumns = u"id, kind, object_id, remote_set, remote_id, name, ipam_json, "
                                "vmm_json, detected_ms, link_id"_s;

VmmConflict readConflict(const QSqlQuery &q)
{
    VmmConflict c;
    c.id = q.value(0).toLongLong();
    c.kind = ObjectKind(q.value(1).toInt());
    c.objectId = q.value(2).toLongLong();
    c.remoteSet = q.value(3).toString();
    c.remoteId = QUuid::fromString(q.value(4).toString());
    c.name = q.value(5).toString();
    c.ipamVersion = fromJsonText(q.value(6).toString());
    c.vmmVersion = fromJsonText(q.value(7).toString());
    c.detectedMs = q.value(8).toLongLong();
    return c;
}

} // namespace

struct VmmLinkTable::Native
{
    explicit Native(sqlite3 *handle)
        : all(handle, u"SELECT %1 FROM vmm_link ORDER BY id"_s.arg(linkColumnsUnread))
        , baseline(handle, u"SELECT baseline FROM vmm_link WHERE id = ?"_s)
        , insert(handle,
                 u"INSERT INTO vmm_link (kind, object_id, remote_set, remote_id, stamp_id, "
                 "baseline, object_version, state, reason, synced_ms, remote_hash, ipam_hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        , update(handle,
                 u"UPDATE vmm_link SET kind = ?, object_id = ?, remote_set = ?, remote_id = ?, "
                 "stamp_id = ?, baseline = ?, object_version = ?, state = ?, reason = ?, "
                 "synced_ms = ?, remote_hash = ?, ipam_hash = ? WHERE id = ?"_s)
        , hashes(handle,
                 u"UPDATE vmm_link SET remote_hash = ?, ipam_hash = ? WHERE id = ? AND "
                 "baseline = ?"_s)
    { }
    bool isValid() const
    {
        return all.isValid() && baseline.isValid() && insert.isValid() && update.isValid()
                && hashes.isValid();
    }
    SqliteStatement all;
    SqliteStatement baseline;
    SqliteStatement insert;
    SqliteStatement update;
    SqliteStatement hashes;
};

VmmLinkTable::VmmLinkTable(Database &database)
    : m_db(database)
{ }

VmmLinkTable::~VmmLinkTable() = default;

VmmLinkTable::Native *VmmLinkTable::native() const
{
    if (!m_nativeTried) {
        m_nativeTried = true;
        if (sqlite3 *handle = sqliteHandle(m_db)) {
            m_native = std::make_unique<Native>(handle);
            if (!m_native->isValid())
                m_native.reset(); // an older schema: the QtSql statements say why
        }
    }
    return m_native.get();
}

QString VmmLinkTable::exec(const QString &sql, const QVariantList &binds, qint64 *insertedId,
                           int *rows)
{
    QSqlQuery &query = m_db.prepared(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    QString error;
    if (!query.exec())
        error = Database::describe(query.lastError());
    else if (insertedId && query.next())
        *insertedId = query.value(0).toLongLong();
    if (rows)
        *rows = query.numRowsAffected();
    query.finish();
    return error;
}

QList<VmmLink> VmmLinkTable::all()
{
    QList<VmmLink> links;
    if (Native *n = native()) {
        n->all.reset();
        while (n->all.next())
            links.append(readLink(n->all, this));
        n->all.reset();
        return links;
    }
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM vmm_link ORDER BY id"_s.arg(linkColumnsUnread));
    if (q.exec()) {
        while (q.next())
            links.append(readLink(q, this));
    }
    q.finish();
    return links;
}

QByteArray VmmLinkTable::baselineText(qint64 linkId) const
{
    QByteArray text("");
    if (Native *n = native()) {
        n->baseline.reset();
        n->baseline.bind(1, linkId);
        if (n->baseline.next())
            text = n->baseline.utf8(0).toByteArray();
        n->baseline.reset();
        return text;
    }
    QSqlQuery &q = m_db.prepared(u"SELECT baseline FROM vmm_link WHERE id = ?"_s);
    q.addBindValue(linkId);
    if (q.exec() && q.next())
        text = q.value(0).toString().toUtf8();
    q.finish();
    return text;
}

std::optional<VmmLink> VmmLinkTable::forObject(ObjectKind kind, ObjectId objectId)
{
    std::optional<VmmLink> link;
    QSqlQuery &q = m_db.prepared(
            u"SELECT %1 FROM vmm_link WHERE kind = ? AND object_id = ?"_s.arg(linkColumns));
    q.addBindValue(int(kind));
    q.addBindValue(objectId);
    if (q.exec() && q.next())
        link = readLink(q);
    q.finish();
    return link;
}

std::optional<VmmLink> VmmLinkTable::byId(qint64 id)
{
    std::optional<VmmLink> link;
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM vmm_link WHERE id = ?"_s.arg(linkColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        link = readLink(q);
    q.finish();
    return link;
}

QString VmmLinkTable::save(VmmLink &link)
{
    if (QString error = dropMarks(); !error.isEmpty())
        return error;
    link.remoteHash = 0;
    link.ipamHash = 0;
    return saveWithHashes(link);
}

QString VmmLinkTable::saveWithHashes(VmmLink &link)
{
    if (Native *n = native()) {
        SqliteStatement &q = link.id == 0 ? n->insert : n->update;
        q.reset();
        bindLink(q, link);
        if (link.id != 0)
            q.bind(13, link.id);
        const bool ok = q.exec();
        const QString error = ok ? QString() : q.error();
        if (ok && link.id == 0)
            link.id = q.lastInsertId();
        q.reset();
        return error;
    }
    const QVariantList values{int(link.kind),
                              link.objectId,
                              link.remoteSet,
                              guidText(link.remoteId),
                              guidText(link.stampId),
                              link.baseline.text(),
                              link.objectVersion,
                              link.notInVmm ? u"not-in-vmm"_s : u"synced"_s,
                              link.reason.isNull() ? QString(""_L1) : link.reason,
                              link.syncedMs,
                              qint64(link.remoteHash),
                              qint64(link.ipamHash)};
    if (link.id == 0) {
        return exec(u"INSERT INTO vmm_link (kind, object_id, remote_set, remote_id, stamp_id, "
                    "baseline, object_version, state, reason, synced_ms, remote_hash, ipam_hash) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    values, &link.id);
    }
    return exec(u"UPDATE vmm_link SET kind = ?, object_id = ?, remote_set = ?, remote_id = ?, "
                "stamp_id = ?, baseline = ?, object_version = ?, state = ?, reason = ?, "
                "synced_ms = ?, remote_hash = ?, ipam_hash = ? WHERE id = ?"_s,
                values + QVariantList{link.id});
}

QString VmmLinkTable::saveAll(QList<VmmLink> &links)
{
    if (QString error = dropMarks(); !error.isEmpty())
        return error;
    // A first pull inserts every link: 100 rows per INSERT instead of one statement each.
    constexpr int rowsPerInsert = 100;
    static const QString sql = [] {
        const QString row = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        return u"INSERT INTO vmm_link (kind, object_id, remote_set, remote_id, stamp_id, "
               "baseline, object_version, state, reason, synced_ms, remote_hash, ipam_hash) "
               "VALUES %1 RETURNING id, kind, object_id"_s.arg(
                       QStringList(rowsPerInsert, row).join(u", "_s));
    }();
    QList<VmmLink *> group;
    auto insertGroup = [&]() -> QString {
        QSqlQuery &query = m_db.prepared(sql);
        for (const VmmLink *link : std::as_const(group)) {
            query.addBindValue(int(link->kind));
            query.addBindValue(link->objectId);
            query.addBindValue(link->remoteSet);
            query.addBindValue(guidText(link->remoteId));
            query.addBindValue(guidText(link->stampId));
            query.addBindValue(link->baseline.text());
            query.addBindValue(link->objectVersion);
            query.addBindValue(link->notInVmm ? u"not-in-vmm"_s : u"synced"_s);
            query.addBindValue(link->reason.isNull() ? QString(""_L1) : link->reason);
            query.addBindValue(link->syncedMs);
            query.addBindValue(qint64(link->remoteHash));
            query.addBindValue(qint64(link->ipamHash));
        }
        QString error;
        if (!query.exec())
            error = Database::describe(query.lastError());
        // RETURNING's row order is not promised: match by the unique (kind, object_id).
        QHash<QPair<int, qint64>, qint64> ids;
        while (error.isEmpty() && query.next())
            ids.insert({query.value(1).toInt(), query.value(2).toLongLong()},
                       query.value(0).toLongLong());
        query.finish();
        for (VmmLink *link : std::as_const(group))
            link->id = ids.value({int(link->kind), link->objectId});
        group.clear();
        return error;
    };
    const bool oneByOne = native() != nullptr; // a native insert is cheaper than binding 1,200
    for (VmmLink &link : links) {
        if (oneByOne || link.id != 0 || links.size() < rowsPerInsert) {
            if (QString error = saveWithHashes(link); !error.isEmpty())
                return error;
            continue;
        }
        group.append(&link);
        if (group.size() == rowsPerInsert) {
            if (QString error = insertGroup(); !error.isEmpty())
                return error;
        }
    }
    for (VmmLink *link : std::as_const(group)) { // fewer than a full statement's rows left
        if (QString error = saveWithHashes(*link); !error.isEmpty())
            return error;
    }
    return QString();
}

QString VmmLinkTable::remove(qint64 linkId)
{
    if (QString error = dropMarks(); !error.isEmpty())
        return error;
    // Conflicts go with it (ON DELETE CASCADE is not on by default in SQLite's connection).
    if (QString error = exec(u"DELETE FROM vmm_conflict WHERE link_id = ?"_s, {linkId});
        !error.isEmpty())
        return error;
    return exec(u"DELETE FROM vmm_link WHERE id = ?"_s, {linkId});
}

QString VmmLinkTable::saveHashes(const QList<Hashes> &hashes)
{
    if (QString error = dropMarks(); !error.isEmpty())
        return error;
    if (Native *n = native()) {
        for (const Hashes &h : hashes) {
            n->hashes.reset();
            n->hashes.bind(1, qint64(h.remote));
            n->hashes.bind(2, qint64(h.ipam));
            n->hashes.bind(3, h.linkId);
            n->hashes.bindUtf8(4, h.baseline);
            if (!n->hashes.exec())
                return n->hashes.error();
        }
        n->hashes.reset();
        return QString();
    }
    for (const Hashes &h : hashes) {
        if (QString error
            = exec(u"UPDATE vmm_link SET remote_hash = ?, ipam_hash = ? WHERE id "
                   "= ? AND baseline = ?"_s,
                   {qint64(h.remote), qint64(h.ipam), h.linkId, QString::fromUtf8(h.baseline)});
            !error.isEmpty())
            return error;
    }
    return QString();
}

QString VmmLinkTable::dropMarks()
{
    return exec(u"DELETE FROM vmm_mark"_s, {});
}

QString VmmLinkTable::clearIpamHashes(const QList<qint64> &linkIds)
{
    if (QString error = dropMarks(); !error.isEmpty())
        return error;
    for (const qint64 id : linkIds) {
        if (QString error = exec(u"UPDATE vmm_link SET ipam_hash = 0 WHERE id = ?"_s, {id});
            !error.isEmpty())
            return error;
    }
    return QString();
}

QList<VmmLinkTable::LinkState> VmmLinkTable::linkStates()
{
    QList<LinkState> states;
    forEachRow(m_db,
               u"SELECT id, kind, object_id, ipam_hash, remote_id, state, object_version FROM "
               "vmm_link ORDER BY id"_s,
               {}, nullptr, [&states](const auto &q) {
                   states.append({q.value(0).toLongLong(), ObjectKind(q.value(1).toInt()),
                                  q.value(2).toLongLong(), quint64(q.value(3).toLongLong()),
                                  !q.value(4).toString().isEmpty(),
                                  q.value(5).toString() == "not-in-vmm"_L1,
                                  q.value(6).toLongLong()});
               });
    return states;
}

std::optional<VmmLinkTable::Mark> VmmLinkTable::mark(qint64 providerSpaceId)
{
    std::optional<Mark> found;
    QSqlQuery &q = m_db.prepared(u"SELECT options_key, audit_id, audit_window FROM vmm_mark "
                                 "WHERE provider_space_id = ?"_s);
    q.addBindValue(providerSpaceId);
    if (q.exec() && q.next())
        found = Mark{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    q.finish();
    return found;
}

QString VmmLinkTable::saveMark(qint64 providerSpaceId, const Mark &mark, qint64 nowMs)
{
    if (QString error
        = exec(u"DELETE FROM vmm_mark WHERE provider_space_id = ?"_s, {providerSpaceId});
        !error.isEmpty())
        return error;
    return exec(u"INSERT INTO vmm_mark (provider_space_id, options_key, audit_id, audit_window, "
                "marked_ms) VALUES (?, ?, ?, ?, ?)"_s,
                {providerSpaceId, mark.optionsKey, mark.auditId, mark.auditWindow, nowMs});
}

QList<VmmConflict> VmmLinkTable::openConflicts()
{
    QList<VmmConflict> conflicts;
    QSqlQuery &q = m_db.prepared(
            u"SELECT %1 FROM vmm_conflict WHERE resolved_ms IS NULL ORDER BY id"_s.arg(
                    conflictColumns));
    if (q.exec()) {
        while (q.next())
            conflicts.append(readConflict(q));
    }
    q.finish();
    return conflicts;
}

std::optional<VmmConflict> VmmLinkTable::openConflict(qint64 conflictId, qint64 *linkId)
{
    std::optional<VmmConflict> conflict;
    QSqlQuery &q = m_db.prepared(
            u"SELECT %1 FROM vmm_conflict WHERE id = ? AND resolved_ms IS NULL"_s.arg(
                    conflictColumns));
    q.addBindValue(conflictId);
    if (q.exec() && q.next()) {
        conflict = readConflict(q);
        if (linkId)
            *linkId = q.value(9).toLongLong();
    }
    q.finish();
    return conflict;
}

qint64 VmmLinkTable::openConflictOf(qint64 linkId, QJsonObject *ipam, QJsonObject *vmm)
{
    qint64 id = 0;
    QSqlQuery &q = m_db.prepared(u"SELECT id, ipam_json, vmm_json FROM vmm_conflict WHERE "
                                 "link_id = ? AND resolved_ms IS NULL"_s);
    q.addBindValue(linkId);
    if (q.exec() && q.next()) {
        id = q.value(0).toLongLong();
        if (ipam)
            *ipam = fromJsonText(q.value(1).toString());
        if (vmm)
            *vmm = fromJsonText(q.value(2).toString());
    }
    q.finish();
    return id;
}

QString VmmLinkTable::saveConflict(qint64 linkId, const VmmConflict &c)
{
    if (QString error = dropMarks(); !error.isEmpty())
        return error;
    if (const qint64 open = openConflictOf(linkId)) {
        return exec(u"UPDATE vmm_conflict SET object_id = ?, name = ?, ipam_json = ?, "
                    "vmm_json = ? WHERE id = ?"_s,
                    {c.objectId, c.name.isNull() ? QString(""_L1) : c.name,
                     toJsonText(c.ipamVersion), toJsonText(c.vmmVersion), open});
    }
    return exec(u"INSERT INTO vmm_conflict (link_id, kind, object_id, remote_set, remote_id, "
                "name, ipam_json, vmm_json, detected_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {linkId, int(c.kind), c.objectId, c.remoteSet, guidText(c.remoteId),
                 c.name.isNull() ? QString(""_L1) : c.name, toJsonText(c.ipamVersion),
                 toJsonText(c.vmmVersion), c.detectedMs});
}

QString VmmLinkTable::closeConflict(qint64 conflictId, qint64 nowMs)
{
    if (QString error = dropMarks(); !error.isEmpty())
        return error;
    return exec(u"UPDATE vmm_conflict SET resolved_ms = ? WHERE id = ?"_s, {nowMs, conflictId});
}

QString VmmLinkTable::inTransaction(const std::function<QString()> &work)
{
    QString error;
    if (!m_db.beginWrite(&error))
        return QCoreApplication::translate("ipam::VmmSync", "cannot start a transaction: %1")
                .arg(error);
    error = work();
    if (!error.isEmpty()) {
        m_db.rollback();
        return error;
    }
    if (!m_db.commit(&error))
        return QCoreApplication::translate("ipam::VmmSync", "commit failed: %1").arg(error);
    return QString();
}

} // namespace ipam
