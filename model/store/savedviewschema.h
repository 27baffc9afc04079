#pragma once

#include <QStringList>

namespace ipam {

// Saved views (schema version 12): one row per view, named per owner ('' = shared with
// everyone; else the principal it belongs to), its definition as JSON (search/savedview.h).
// On PostgreSQL every login may use the table, and row-level security shows a login only the
// shared views and its own.
QStringList savedViewSchema();

} // namespace ipam
