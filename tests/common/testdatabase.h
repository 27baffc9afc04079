#pragma once

#include "store/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ipam::test {

// A fresh, empty store for one test, on either backend:
//  - "sqlite": a file in a temporary folder;
//  - "postgresql": a new database on the server named by IPAM_TEST_PG_URL (a superuser URL,
//    started by scripts/run-tests.sh), dropped again in the destructor.
// available() says whether the backend can run here; when IPAM_TEST_REQUIRE_PG=1 an
// unreachable server is an error, not a skip (a skip would hide a broken CI setup).
class TestDatabase
{
public:
    explicit TestDatabase(const QString &backend);
    ~TestDatabase();

    static bool postgresAvailable(QString *why);
    static bool postgresRequired();

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // The --db value for this database (file path or URL).
    const QString &url() const { return m_url; }
    // A new connection to it (each call opens another connection, like another process).
    std::shared_ptr<Database> open();

private:
    QString m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgName;
    QString m_error;
};

// Adds the data-driven "backend" column rows: sqlite always, postgresql when available or
// required.
void addBackendRows();

} // namespace ipam::test

// Skips a postgresql row when no server is configured (unless required), fails when the
// database cannot be created.
#define IPAM_REQUIRE_DATABASE(db) \
    do { \
        if (!(db).isValid()) { \
            if ((db).error().startsWith(QLatin1String("skip:"))) \
                QSKIP(qPrintable((db).error())); \
            QFAIL(qPrintable((db).error())); \
        } \
    } while (false)
