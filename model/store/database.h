#pragma once

#include "address/parsed.h"
#include "store/databaselocation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace ipam {

class SqliteFileGuard;
class SqliteStatement;

// One open connection to the store, SQLite or PostgreSQL, with its schema migrated to the
// current version on open. Owns the QSqlDatabase connection (one per Database, so a process
// may open several, as tests and the sync worker do) and a cache of prepared statements.
class Database
{
public:
    using Backend = DatabaseLocation::Backend;

    // Opens (creating an SQLite file and its folder if needed) and migrates.
    static Parsed<std::shared_ptr<Database>> open(const DatabaseLocation &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseLocation &location() const { return m_location; }
    Backend backend() const { return m_location.backend; }
    bool isPostgreSql() const { return m_location.isPostgreSql(); }
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }

    // A prepared statement, prepared once per connection and reused: QtSql re-prepares on every
    // QSqlQuery::prepare(), which costs more than the insert itself at 300,000 rows/s.
    QSqlQuery &prepared(const QString &sql);
    // The same through the SQLite C API on this connection (see SqliteStatement): null on
    // PostgreSQL or when SQLite cannot prepare it. Reset it before and after use.
    SqliteStatement *native(const QString &sql);

    // Write transactions. On SQLite, BEGIN IMMEDIATE takes the write lock up front so two
    // writers queue (busy timeout) instead of one failing at commit with SQLITE_BUSY.
    bool beginWrite(QString *error);
    bool commit(QString *error);
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Runs one statement, for schema work and simple reads; false + error on failure.
    bool exec(const QString &sql, QString *error);

    // A database error in one line, with PostgreSQL's SQLSTATE where there is one.
    static QString describe(const QSqlError &error);

private:
    Database(DatabaseLocation location, QString connectionName);
    bool migrate(QString *error);
    bool guardWalFiles(QString *error);

    DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_native;
    // SQLite: keeps other processes from taking the store for unused when other code of this
    // process opens and closes its files (see SqliteFileGuard).
    std::unique_ptr<SqliteFileGuard> m_fileGuard;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
};

} // namespace ipam
