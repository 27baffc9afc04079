#pragma once

#include <QStringList>

namespace ipam {

// The utilization history's table (history/utilizationhistory.h writes and reads it): one
// point per subnet or range and committed change that moved its assigned or used count.
// Migration statements, as migrations.cpp takes them; the back-fill gives a store written
// before the history one point per non-empty subnet and range, dated at the latest change
// known for it (the object's, its ranges' or its addresses' modification time).
QStringList utilizationHistorySchema();

} // namespace ipam
