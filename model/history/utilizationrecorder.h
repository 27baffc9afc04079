#pragma once

#include "history/utilizationpoint.h"
#include "store/database.h"

namespace ipam {

// Writes the utilization history's points inside the write path's open transaction: one
// point per object whose assigned or used count a change set moved (UtilizationRecount knows
// exactly those), dated at the transaction's time. New empty subnets and ranges get none:
// their history starts at their audit-logged creation, at zero. Points go in multi-row
// statements of 256, 128, ... 1 rows, so a change set of n objects costs at most
// n / 256 + 8 statements and the connection caches at most nine of them (on SQLite; on
// PostgreSQL one call of arrays per change set).
class UtilizationRecorder
{
public:
    // Off only for the benchmarks' same-run baseline (bench_import, bench_drop): a store's
    // history is otherwise always kept.
    static bool isEnabled();
    static void setEnabled(bool enabled);

    // `samples` name each object once (PostgreSQL refuses a statement that updates one row
    // twice; UtilizationRecount's sets never repeat one). False with the database's message in
    // `error` when a statement failed (the caller rolls the whole change set back).
    //
    // Who dates the points: on SQLite always `atMs`. On PostgreSQL a change set's points
    // (ChangeSet) are dated by the server's clock, as its audit row is, and written through
    // ipam_append_utilization(), which accepts from a login only points of the objects its
    // transaction wrote, with the figures the server counts (store/utilizationhistoryhardening.h);
    // Given dates them at `atMs`, which only the owner may (the demo history's past weeks).
    enum class Dating { ChangeSet, Given };
    static bool record(Database &database, qint64 atMs, const QList<UtilizationSample> &samples,
                       QString *error, Dating dating = Dating::ChangeSet);
};

} // namespace ipam
