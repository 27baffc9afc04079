#include "objectwriter.h"

#include "store/constraintrefusal.h"

#include "domain/objectproperties.h"
#include "store/objecttable.h"
#include "store/sqlitebulkinsert.h"
#include "store/sqlitestatement.h"

#include <QSqlError>

namespace ipam {

namespace {

WriteOutcome refused(QString message)
{
    return WriteFailure{WriteStatus::Refused, std::move(message)};
}

// An UPDATE or DELETE guarded by "AND version = ?" that touched no row: another writer
// committed a newer version of the object first.
WriteOutcome changedMeanwhile(const AnyObject &object)
{
    return WriteFailure{
            WriteStatus::Conflict,
            QStringLiteral("%1 was changed by someone else meanwhile; refresh and try again")
                    .arg(describe(object))};
}

} // namespace

ObjectWriter::ObjectWriter(Database &database, qint64 nowMs)
    : m_db(database)
    , m_nowMs(nowMs)
{ }

ObjectWriter::~ObjectWriter() = default;

SqliteBulkInsert *ObjectWriter::sqliteInsert()
{
    if (m_db.isPostgreSql())
        return nullptr;
    if (!m_sqliteInsert)
        m_sqliteInsert = std::make_unique<SqliteBulkInsert>(m_db);
    return m_sqliteInsert.get();
}

bool ObjectWriter::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = Database::describe(query.lastError());
    return false;
}

bool ObjectWriter::run(const QString &sql, const QVariantList &binds, QString *error,
                       int *rowsAffected)
{
    // On SQLite through the native statement (see SqliteStatement): a pull's batch recounts
    // tens of thousands of subnets, one UPDATE each.
    if (SqliteStatement *native = m_db.native(sql)) {
        native->reset();
        for (int i = 0; i < binds.size(); ++i)
            native->bind(i + 1, binds.at(i));
        const bool ok = native->exec();
        if (!ok && error)
            *error = native->error();
        if (ok && rowsAffected)
            *rowsAffected = int(native->changes());
        native->reset();
        return ok;
    }
    QSqlQuery &query = m_db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    const bool ok = exec(query, error);
    if (ok && rowsAffected)
        *rowsAffected = query.numRowsAffected();
    query.finish();
    return ok;
}

WriteOutcome ObjectWriter::failureOf(const QSqlQuery &query, const AnyObject &object) const
{
    const ObjectId spaceId = std::visit(
            [](const auto &o) -> ObjectId {
                if constexpr (requires { o.spaceId; })
                    return o.spaceId;
                else
                    return 0;
            },
            object);
    return sqlFailure(query, object, m_spaceNameOf && spaceId ? m_spaceNameOf(spaceId) : QString());
}

WriteOutcome ObjectWriter::sqlFailure(const QSqlQuery &query, const AnyObject &object,
                                      const QString &spaceName)
{
    const QSqlError error = query.lastError();
    const QString code = error.nativeErrorCode();
    const QString text = Database::describe(error);
    // A race lost inside the database reads as the write path's own refusal of the same thing.
    if (const auto words = constraintRefusal(error, object, spaceName))
        return refused(*words);
    // The database caught what a racing writer slipped past our checks: still a refusal.
    const bool constraint = code == QLatin1String("23505") || code == QLatin1String("23P01")
            || code == QLatin1String("23503") || code == QLatin1String("23514")
            || text.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
    if (constraint)
        return refused(
                QStringLiteral("%1 refused by the database: %2").arg(describe(object), text));
    // PostgreSQL's own access control (schema version 3) said no: its message is the denial.
    if (code == QLatin1String("42501")) {
        QString message = error.databaseText();
        if (const qsizetype context = message.indexOf(QLatin1String("CONTEXT:")); context >= 0)
            message.truncate(context);
        message = message.simplified();
        if (message.startsWith(QLatin1String("ERROR:")))
            message = message.mid(6).trimmed();
        return WriteFailure{WriteStatus::Denied, message};
    }
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return WriteFailure{WriteStatus::Conflict,
                            QStringLiteral("%1: concurrent change, try again (%2)")
                                    .arg(describe(object), text)};
    return WriteFailure{WriteStatus::Failed,
                        QStringLiteral("%1: database error: %2").arg(describe(object), text)};
}

template<typename T>
WriteOutcome ObjectWriter::insert(T &object)
{
    // On SQLite through a native statement (SqliteBulkInsert): QtSql's bindValue was most of
    // an insert's cost, and a VMM pull inserts 100,000 objects.
    if (SqliteBulkInsert *native = sqliteInsert(); native && native->isAvailable()) {
        QString error;
        if (native->insertOne(object, m_nowMs, &error))
            return std::nullopt;
        if (error.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
            return refused(
                    QStringLiteral("%1 refused by the database: %2").arg(describe(object), error));
        return WriteFailure{WriteStatus::Failed,
                            QStringLiteral("%1: database error: %2").arg(describe(object), error)};
    }
    static const QString sql = [] {
        const QStringList &columns = ObjectTable<T>::columns();
        QStringList marks(columns.size() + 1, QStringLiteral("?"));
        return QStringLiteral(
                       "INSERT INTO %1 (version, modified_ms, %2) VALUES (1, %3) RETURNING id")
                .arg(ObjectTable<T>::name(), columns.join(QStringLiteral(", ")),
                     marks.join(QStringLiteral(", ")));
    }();
    QSqlQuery &query = m_db.prepared(sql);
    query.addBindValue(m_nowMs);
    ObjectTable<T>::bind(query, object);
    if (!query.exec() || !query.next()) {
        WriteOutcome failure = failureOf(query, object);
        query.finish();
        return failure;
    }
    object.id = query.value(0).toLongLong();
    query.finish();
    object.version = 1;
    object.lastModifiedMs = m_nowMs;
    return std::nullopt;
}

template<typename T>
WriteOutcome ObjectWriter::execVersioned(QSqlQuery &query, const T &object) const
{
    if (!query.exec()) {
        WriteOutcome failure = failureOf(query, object);
        query.finish();
        return failure;
    }
    const int rows = query.numRowsAffected();
    query.finish();
    return rows == 1 ? WriteOutcome() : changedMeanwhile(object);
}

template<typename T>
WriteOutcome ObjectWriter::update(T &object, qint64 expectedVersion)
{
    static const QString sql = [] {
        QStringList sets;
        for (const QString &column : ObjectTable<T>::columns())
            sets.append(column + QStringLiteral(" = ?"));
        return QStringLiteral(
                       "UPDATE %1 SET version = version + 1, modified_ms = ?, %2 WHERE id = ? "
                       "AND version = ?")
                .arg(ObjectTable<T>::name(), sets.join(QStringLiteral(", ")));
    }();
    if constexpr (std::is_same_v<T, Subnet>) {
        if (SqliteBulkInsert *native = sqliteInsert(); native && native->isAvailable()) {
            int rows = 0;
            QString error;
            if (!native->update(object, expectedVersion, m_nowMs, &rows, &error))
                return error.contains(QLatin1String("constraint"), Qt::CaseInsensitive)
                        ? refused(QStringLiteral("refused by the database: ") + error)
                        : WriteFailure{WriteStatus::Failed, error};
            if (rows != 1)
                return changedMeanwhile(object);
            object.version = expectedVersion + 1;
            object.lastModifiedMs = m_nowMs;
            return std::nullopt;
        }
    }
    QSqlQuery &query = m_db.prepared(sql);
    query.addBindValue(m_nowMs);
    ObjectTable<T>::bind(query, object);
    query.addBindValue(object.id);
    query.addBindValue(expectedVersion);
    if (WriteOutcome failure = execVersioned(query, object))
        return failure;
    object.version = expectedVersion + 1;
    object.lastModifiedMs = m_nowMs;
    return std::nullopt;
}

template<typename T>
WriteOutcome ObjectWriter::remove(const T &object)
{
    static const QString sql = QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?")
                                       .arg(ObjectTable<T>::name());
    QSqlQuery &query = m_db.prepared(sql);
    query.addBindValue(object.id);
    query.addBindValue(object.version);
    return execVersioned(query, object);
}

#define IPAM_OBJECT_WRITER_KIND(T) \
    template WriteOutcome ObjectWriter::insert<T>(T &); \
    template WriteOutcome ObjectWriter::update<T>(T &, qint64); \
    template WriteOutcome ObjectWriter::remove<T>(const T &);
IPAM_OBJECT_WRITER_KIND(AddressSpace)
IPAM_OBJECT_WRITER_KIND(LogicalNetwork)
IPAM_OBJECT_WRITER_KIND(NetworkSite)
IPAM_OBJECT_WRITER_KIND(VmNetwork)
IPAM_OBJECT_WRITER_KIND(Block)
IPAM_OBJECT_WRITER_KIND(Subnet)
IPAM_OBJECT_WRITER_KIND(Range)
IPAM_OBJECT_WRITER_KIND(Address)
#undef IPAM_OBJECT_WRITER_KIND

qint64 ObjectWriter::writeAudit(Database &database, const AuditRow &row, QString *error)
{
    // On PostgreSQL no login may write the audit log but through its function, which records
    // the session's login as the principal (the owner's own value passes).
    QSqlQuery &query = database.prepared(
            database.isPostgreSql()
                    ? QStringLiteral("SELECT ipam_append_audit(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    : QStringLiteral("INSERT INTO audit_log (at_ms, principal, operation, object, "
                                     "outcome, before_json, after_json, change_origin, "
                                     "change_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"));
    for (const QVariant &v :
         QVariantList{row.atMs, row.principal, row.operation, row.object, row.outcome,
                      row.beforeJson, row.afterJson, row.origin, row.changeItems}) {
        // A null QString would bind as SQL NULL into a NOT NULL column.
        const bool nullText
                = v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
    qint64 id = 0;
    if (query.exec() && query.next())
        id = query.value(0).toLongLong();
    else if (error)
        *error = Database::describe(query.lastError());
    query.finish();
    return id;
}

} // namespace ipam
