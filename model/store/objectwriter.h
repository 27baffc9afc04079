#pragma once

#include "domain/entities.h"
#include "store/database.h"
#include "store/writeoutcome.h"

#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace ipam {

class SqliteBulkInsert;

// One row of the audit log, as the write path appends it inside its transaction.
struct AuditRow
{
    qint64 atMs = 0;
    QString principal;
    QString operation; // "subnet add", "scope add"
    QString object;    // what it concerns: `subnet 10.0.0.0/24 and 9 more`
    QString outcome;   // "committed" | "denied"
    QString beforeJson;
    QString afterJson;
    QString origin;      // the writing process (see processOrigin)
    QString changeItems; // the objects a committed change set changed (encodeChangeItems)
};

// The SQL of writing an object inside an open transaction: INSERT / UPDATE (checking the
// version the editor saw) / DELETE of one row of ObjectTable<T>, statements of the write path's
// own (unmapping addresses, recounts), and the audit row. It knows no rules: the database's
// answers are sorted into a refusal (a constraint caught what a racing writer slipped past the
// checks), a denial (PostgreSQL's own access control), a conflict or a failure. On SQLite the
// hot statements go through the native API (SqliteBulkInsert, SqliteStatement): QtSql's
// bindValue was most of an insert's cost, and a VMM pull inserts 100,000 objects.
class ObjectWriter
{
public:
    ObjectWriter(Database &database, qint64 nowMs);
    ~ObjectWriter();

    Database &database() { return m_db; }
    qint64 nowMs() const { return m_nowMs; }

    // Sets the object's id, version and modification time.
    template<typename T>
    WriteOutcome insert(T &object);
    // Only if the stored version is still `expectedVersion`: a conflict otherwise.
    template<typename T>
    WriteOutcome update(T &object, qint64 expectedVersion);
    template<typename T>
    WriteOutcome remove(const T &object);

    // Runs one statement with positional binds; false and `error` when it failed.
    bool run(const QString &sql, const QVariantList &binds, QString *error,
             int *rowsAffected = nullptr);
    static bool exec(QSqlQuery &query, QString *error);
    // The failed statement's error as a refusal, denial, conflict or failure naming `object`.
    // `spaceName` (the object's address space) lets a race lost inside the database read as
    // the write path's own refusal of the same thing (store/constraintrefusal.h).
    static WriteOutcome sqlFailure(const QSqlQuery &query, const AnyObject &object,
                                   const QString &spaceName = QString());
    // The same, with the space's name from the look-up set below: the failed transaction can
    // no longer read it, so the write path lends its cache.
    WriteOutcome failureOf(const QSqlQuery &query, const AnyObject &object) const;
    void setSpaceNames(std::function<QString(ObjectId)> spaceNameOf)
    {
        m_spaceNameOf = std::move(spaceNameOf);
    }
    // The native inserter on SQLite (check isAvailable()), null on PostgreSQL.
    SqliteBulkInsert *sqliteInsert();

    // Appends one audit row inside the open transaction: its id, or 0 and `error`.
    static qint64 writeAudit(Database &database, const AuditRow &row, QString *error);

private:
    // Runs an UPDATE/DELETE guarded by the expected version: its failure, or a conflict
    // when no row matched.
    template<typename T>
    WriteOutcome execVersioned(QSqlQuery &query, const T &object) const;

    Database &m_db;
    qint64 m_nowMs;
    std::unique_ptr<SqliteBulkInsert> m_sqliteInsert;
    std::function<QString(ObjectId)> m_spaceNameOf;
};

} // namespace ipam
