#pragma once

#include "store/databaselocation.h"

#include <QStringList>

namespace ipam {

// The versioned schema. Each migration is a list of statements written once for both
// backends, with placeholders for what differs:
//   %ID%    integer primary key (SQLite rowid alias / PostgreSQL identity column)
//   %BLOB%  16-byte big-endian address keys (BLOB / BYTEA: both compare as memcmp, i.e.
//   numerically)
//   %CREATOR% the principal creating the database, as an SQL expression (a quoted OS user
//           name on SQLite, current_user on PostgreSQL)
// and statements only one backend runs, prefixed "sqlite:" or "postgresql:".
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();
QStringList statementsFor(const Migration &migration, DatabaseLocation::Backend backend);

} // namespace ipam
