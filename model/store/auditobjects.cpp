#include "auditobjects.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ipam {

namespace {

// Rows per INSERT: 5 values each, well under SQLite's 32,766 bound parameters.
constexpr std::size_t runsPerStatement = 500;

qint64 bucketOf(ObjectId id)
{
    return qint64(id) >> auditObjectBucketBits;
}

QString insertStatement(std::size_t rows)
{
    QString sql = QStringLiteral(
            "INSERT INTO audit_object (audit_id, kind, bucket, first_id, last_id) VALUES ");
    for (std::size_t i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?)");
    return sql;
}

// On PostgreSQL no login may write audit_object directly (schema v9): the runs go through
// ipam_append_audit_objects(), which takes them as three arrays, so one call per change set.
bool writeAuditObjectsThroughFunction(Database &database, qint64 auditId,
                                      const std::vector<AuditObjectRun> &runs, QString *error)
{
    if (runs.empty())
        return true;
    QString kinds, firsts, lasts;
    for (const AuditObjectRun &run : runs) {
        const QChar separator = kinds.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
        kinds += separator + QString::number(int(run.kind));
        firsts += separator + QString::number(qint64(run.firstId));
        lasts += separator + QString::number(qint64(run.lastId));
    }
    kinds += QLatin1Char('}');
    firsts += QLatin1Char('}');
    lasts += QLatin1Char('}');
    QSqlQuery &query = database.prepared(QStringLiteral(
            "SELECT ipam_append_audit_objects(?, ?::integer[], ?::bigint[], ?::bigint[])"));
    query.addBindValue(auditId);
    query.addBindValue(kinds);
    query.addBindValue(firsts);
    query.addBindValue(lasts);
    const bool ok = query.exec();
    if (!ok && error)
        *error = Database::describe(query.lastError());
    query.finish();
    return ok;
}

} // namespace

std::vector<AuditObjectRun> auditObjectRuns(std::vector<AuditObjectKey> keys)
{
    std::sort(keys.begin(), keys.end(), [](const AuditObjectKey &a, const AuditObjectKey &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });
    std::vector<AuditObjectRun> runs;
    for (const AuditObjectKey &key : keys) {
        if (!runs.empty()) {
            AuditObjectRun &last = runs.back();
            if (last.kind == key.kind && key.id <= last.lastId)
                continue; // a duplicate (an object changed twice in one set)
            if (last.kind == key.kind && key.id == last.lastId + 1
                && bucketOf(key.id) == bucketOf(last.firstId)) {
                last.lastId = key.id;
                continue;
            }
        }
        runs.push_back({key.kind, key.id, key.id});
    }
    return runs;
}

bool writeAuditObjects(Database &database, qint64 auditId, std::vector<AuditObjectKey> keys,
                       QString *error)
{
    const std::vector<AuditObjectRun> runs = auditObjectRuns(std::move(keys));
    if (database.isPostgreSql())
        return writeAuditObjectsThroughFunction(database, auditId, runs, error);
    for (std::size_t begin = 0; begin < runs.size(); begin += runsPerStatement) {
        const std::size_t count = std::min(runsPerStatement, runs.size() - begin);
        QSqlQuery &query = database.prepared(insertStatement(count));
        for (std::size_t i = begin; i < begin + count; ++i) {
            const AuditObjectRun &run = runs[i];
            query.addBindValue(auditId);
            query.addBindValue(int(run.kind));
            query.addBindValue(bucketOf(run.firstId));
            query.addBindValue(qint64(run.firstId));
            query.addBindValue(qint64(run.lastId));
        }
        const bool ok = query.exec();
        if (!ok && error)
            *error = Database::describe(query.lastError());
        query.finish();
        if (!ok)
            return false;
    }
    return true;
}

QList<qint64> auditIdsOf(Database &database, ObjectKind kind, ObjectId id, int limit)
{
    QSqlQuery &query = database.prepared(QStringLiteral(
            "SELECT audit_id FROM audit_object WHERE kind = ? AND bucket = ? AND first_id <= ? "
            "AND last_id >= ? ORDER BY audit_id DESC LIMIT ?"));
    query.addBindValue(int(kind));
    query.addBindValue(bucketOf(id));
    query.addBindValue(qint64(id));
    query.addBindValue(qint64(id));
    query.addBindValue(limit);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    query.finish();
    return ids;
}

} // namespace ipam
