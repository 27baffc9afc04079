#pragma once

#include <QString>

namespace ipam {

class Database;

// A year of plausible utilization history for the demo data set, so that the console's
// Utilization Trend tab, its forecasts and the OVERVIEW's fastest growing subnets are not
// empty on first start: for every subnet and range that holds addresses, a point a week for
// the past 52 weeks, growing from a fraction of today's count along a curve of its own (fixed
// seed per object: every load makes the same history), ending exactly at today's figures so
// the history agrees with the objects. Replaces the points the demo's own load wrote (all at
// the moment of loading). One transaction; false with the database's message on failure.
bool writeDemoHistory(Database &database, qint64 nowMs, QString *error);

} // namespace ipam
