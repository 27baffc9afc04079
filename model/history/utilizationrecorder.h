#pragma once

#include "history/utilizationpoint.h"
#include "store/database.h"

namespace ipam {

// Writes the utilization history's points inside the write path's open transaction: one
// point per object whose assigned or used count a change set moved (UtilizationRecount knows
// exactly those), dated at the transaction's time. New empty subnets and ranges get none:
// their history starts at their audit-logged creation, at zero. Points go in multi-row
// statements of 256, 128, ... 1 rows, so a change set of n objects costs at most
// n / 256 + 8 statements and the connection caches at most nine of them.
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
    static bool record(Database &database, qint64 atMs, const QList<UtilizationSample> &samples,
                       QString *error);
};

} // namespace ipam
