#pragma once

#include "store/database.h"

#include <QByteArrayView>
#include <QSqlError>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace ipam {

class Database;

// The SQLite handle under a QtSql connection; null on PostgreSQL or when the driver does not
// expose it.
sqlite3 *sqliteHandle(Database &database);

// One statement run through the SQLite C API on the QtSql connection's own handle, so inside
// its open transaction. Why not QSqlQuery on the hot paths: QSqlResult::bindValue costs about
// 0.7 µs per value and QSqlCachedResult turns every column of every row into a QVariant; a
// VMM sync reads and writes 100,000 link rows of 13 columns, where those two were most of its
// own cost. Prepared once, reset between uses; positions are 1-based for binds (as SQLite's)
// and 0-based for columns.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *handle, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString error() const;

    void reset();
    void bind(int position, qint64 value);
    void bind(int position, const QString &text);
    void bindUtf8(int position, QByteArrayView utf8);
    // SQLITE_ROW: true; SQLITE_DONE or an error: false (error() says which).
    bool next();
    // Runs a statement that returns no rows (reset first); false on an error.
    bool exec();
    bool failed() const { return m_failed; } // the last step ended in an error
    bool isBusy() const; // stepped and not yet reset: someone is reading its rows
    qint64 changes() const;
    qint64 lastInsertId() const;

    int columnCount() const;
    qint64 int64(int column) const;
    QByteArrayView utf8(int column) const; // valid until the next step or reset
    QString text(int column) const;
    bool isNull(int column) const;
    // A QtSql-style bind: integers, text, bytes, booleans and nulls.
    void bind(int position, const QVariant &value);

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

// A row of a native statement read through the interface QSqlQuery offers
// (row.value(i).toLongLong(), ...), so ObjectTable<T>::read is written once for both.
class SqliteValue
{
public:
    SqliteValue(const SqliteStatement &statement, int column)
        : m_statement(statement)
        , m_column(column)
    { }
    qint64 toLongLong() const { return m_statement.int64(m_column); }
    int toInt() const { return int(m_statement.int64(m_column)); }
    QString toString() const { return m_statement.text(m_column); }
    QByteArray toByteArray() const { return m_statement.utf8(m_column).toByteArray(); }
    // The text without a copy, valid until the next step (hot loops that parse it).
    QByteArrayView utf8() const { return m_statement.utf8(m_column); }
    bool isNull() const { return m_statement.isNull(m_column); }

private:
    const SqliteStatement &m_statement;
    int m_column;
};

class SqliteRow
{
public:
    explicit SqliteRow(const SqliteStatement &statement)
        : m_statement(statement)
    { }
    SqliteValue value(int column) const { return SqliteValue(m_statement, column); }
    int columnCount() const { return m_statement.columnCount(); }

private:
    const SqliteStatement &m_statement;
};

inline int columnCount(const SqliteRow &row)
{
    return row.columnCount();
}
inline int columnCount(const QSqlQuery &row)
{
    return row.record().count();
}

// Calls row(r) for each row of a SELECT, r read as a QSqlQuery is (r.value(i).toLongLong(),
// columnCount(r)): on SQLite through the connection's cached native statement
// (Database::native), on PostgreSQL through QtSql. False, with the database's message in
// `error` when given, if the query fails.
template<typename Row>
bool forEachRow(Database &database, const QString &sql, const QVariantList &binds, QString *error,
                Row &&row)
{
    if (SqliteStatement *native = database.native(sql)) {
        native->reset();
        for (int i = 0; i < binds.size(); ++i)
            native->bind(i + 1, binds.at(i));
        const SqliteRow current(*native);
        while (native->next())
            row(current);
        const bool ok = !native->failed();
        if (!ok && error)
            *error = native->error();
        native->reset();
        return ok;
    }
    QSqlQuery &query = database.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        if (error)
            *error = Database::describe(query.lastError());
        return false;
    }
    while (query.next())
        row(std::as_const(query));
    query.finish();
    return true;
}

} // namespace ipam
