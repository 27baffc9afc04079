#pragma once

#include "address/parsed.h"

#include <QString>

namespace ipam {

// Where the store lives: an SQLite file (the embedded default) or a PostgreSQL database given
// as postgresql://user[:password]@host[:port]/dbname. Parts a URL leaves out come from libpq's
// PGHOST / PGPORT / PGUSER / PGDATABASE / PGPASSWORD, as psql would take them.
struct DatabaseLocation
{
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString filePath; // SQLite
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // `text` is a --db / IPAM_DB value: a postgresql:// (or postgres://) URL, else a file path.
    static Parsed<DatabaseLocation> parse(const QString &text);
    // --db if given, else IPAM_DB, else ipam.sqlite under QStandardPaths' AppDataLocation.
    static Parsed<DatabaseLocation> resolve(const QString &commandLineValue);
    static QString defaultFilePath();
    // The console's --demo store (without --db): demo.sqlite beside the default.
    static QString demoFilePath();

    // For status bars and messages; never shows the password.
    QString displayString() const;
    // `message` with the password of `url`'s user info (by default: of the URL the message
    // itself holds) replaced by "***", wherever it occurs: for messages, logs and titles.
    static QString withoutPassword(const QString &message, const QString &url = QString());
    bool isPostgreSql() const { return backend == Backend::PostgreSQL; }
};

} // namespace ipam
