#pragma once

#include "domain/entities.h"
#include "store/database.h"

#include <array>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ipam {

// Inserts many subnets (and ranges) at once through the SQLite C API, on the QtSql
// connection's own handle and inside its open transaction. Why not QtSql:
// QSqlResult::bindValue costs about 0.7 µs per value (it files every positional value under a
// generated name in a hash), so 20 columns per row capped a validated import near 65,000
// rows/s; sqlite3_bind_* on a statement prepared once is a small fraction of that. Only the write
// path calls this, after it has validated and authorized every row.
class SqliteBulkInsert
{
public:
    explicit SqliteBulkInsert(Database &database);
    ~SqliteBulkInsert();
    SqliteBulkInsert(const SqliteBulkInsert &) = delete;
    SqliteBulkInsert &operator=(const SqliteBulkInsert &) = delete;

    bool isAvailable() const { return m_statement != nullptr; }
    // Inserts with version 1 and `modifiedMs`, filling each subnet's id. On failure nothing of
    // the failing row is written (the caller rolls the transaction back) and `error` says why.
    bool insert(const std::vector<Subnet *> &subnets, qint64 modifiedMs, QString *error);
    // Writes one subnet's new state if its stored version is still `expectedVersion`; `rows`
    // is 0 when it is not (a concurrent change). The same bind-cost reason as insert(): a drop
    // of 10,000 subnets onto a site is 10,000 of these.
    bool update(const Subnet &subnet, qint64 expectedVersion, qint64 modifiedMs, int *rows,
                QString *error);
    // Inserts one object of any kind with version 1 and `modifiedMs`, filling its id: the
    // write path's every create on SQLite (a VMM pull writes 100,000 objects of all kinds).
    // False with the database's message when SQLite refuses it.
    template<typename T>
    bool insertOne(T &object, qint64 modifiedMs, QString *error);

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    sqlite3_stmt *m_update = nullptr;
    std::array<sqlite3_stmt *, 8> m_inserts{}; // by ObjectKind, prepared on first use
};

} // namespace ipam
