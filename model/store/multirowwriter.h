#pragma once

#include "domain/entities.h"
#include "store/objectwriter.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace ipam {

// The write path's statements for many rows of one kind at once, on PostgreSQL: creates go
// up to rowsPerStatement per INSERT ... VALUES (...), (...) RETURNING id, and updates of the
// write path's own columns (a recount's counters) per UPDATE ... FROM (VALUES ...). One round
// trip, one plan and one run of the database's statement-level access checks (schema version
// 11) per batch instead of per row: QPSQL writes about 10,500 rows/s one by one and about
// 149,000 rows/s 1,000 per statement on this machine.
//
// A batch the database refuses (a constraint, an overlap, an access check) is rolled back to
// a savepoint and written again one row at a time through ObjectWriter, so the refusal names
// the offending object in exactly the words of a one-row write. (The savepoint is released
// before anything else runs, so the audit row, written later, is the transaction's own.)
//
// Ids come back through RETURNING. PostgreSQL does not promise RETURNING's order, but an
// INSERT ... VALUES inserts its rows in VALUES order and an identity column hands out
// increasing values, so the returned ids, sorted, are the rows' ids in VALUES order.
class MultiRowWriter
{
public:
    static constexpr int rowsPerStatement = 1000;

    explicit MultiRowWriter(ObjectWriter &writer);

    // Inserts every object (setting its id, version 1 and modification time), in order. On a
    // refusal or failure, `*failedIndex` is the object's index (or -1 for the whole batch).
    // With `batchRefused`, a refused batch is not written again one by one: it is rolled back,
    // *batchRefused set and `*failedIndex` is its first object (those before it are written),
    // for a caller that checks each object again before writing it alone.
    template<typename T>
    WriteOutcome insert(const QList<T *> &objects, int *failedIndex, bool *batchRefused = nullptr);

    // A column of a multi-row UPDATE and its SQL type (VALUES' parameters need one).
    struct Column
    {
        QString name;
        QString type;
    };
    // UPDATE `table` SET <columns> = their values WHERE id = the row's first value, for every
    // row of `rows` (each: id, then one value per column). false and `error` on failure.
    bool update(const QString &table, const QList<Column> &columns, const QList<QVariantList> &rows,
                QString *error);

private:
    bool savepoint(const char *verb, QString *error);

    ObjectWriter &m_writer;
    Database &m_db;
};

} // namespace ipam
