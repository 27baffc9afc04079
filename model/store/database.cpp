#include "database.h"

#include "store/sqlitestatement.h"

#include "store/migrations.h"
#include "store/sqlitefileguard.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace ipam {

namespace {
QAtomicInt connectionCounter;
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    m_native.clear(); // finalized before the connection closes
    m_statements.clear();
    // The process's last connection lets go of the guard's locks first, so that its close may
    // checkpoint and delete -wal and -shm when no other process has the store open.
    if (m_fileGuard)
        m_fileGuard->releaseIfLast();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_fileGuard.reset(); // only now, with the connection closed, may its descriptors close
}

QString Database::describe(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    text = text.simplified();
    if (!error.nativeErrorCode().isEmpty() && error.nativeErrorCode().size() == 5)
        text += QStringLiteral(" [SQLSTATE %1]").arg(error.nativeErrorCode());
    return text;
}

Parsed<std::shared_ptr<Database>> Database::open(const DatabaseLocation &location)
{
    using Result = Parsed<std::shared_ptr<Database>>;
    const QString name = QStringLiteral("ipam-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::shared_ptr<Database> database(new Database(location, name));
    QSqlDatabase &db = database->m_db;

    if (location.isPostgreSql()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Result::failure(QCoreApplication::translate("ipam::Database",
                                                               "the PostgreSQL driver (QPSQL) is "
                                                               "not installed: apt-get install "
                                                               "libqt6sql6-psql"));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        // A server or link that vanishes without a word (no FIN, no RST) fails a statement
        // after 15 s instead of blocking it for the kernel's retransmission timeout (about 15
        // minutes): the console's live update listener runs its heartbeat on the GUI thread.
        db.setConnectOptions(QStringLiteral(
                "connect_timeout=10;application_name=ipam;keepalives=1;keepalives_idle=10;"
                "keepalives_interval=5;keepalives_count=3;tcp_user_timeout=15000"));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Result::failure(QCoreApplication::translate("ipam::Database",
                                                               "the SQLite driver (QSQLITE) is not "
                                                               "installed: apt-get install "
                                                               "libqt6sql6-sqlite"));
        const QFileInfo file(location.filePath);
        if (!QDir().mkpath(file.absolutePath()))
            return Result::failure(
                    QCoreApplication::translate("ipam::Database", "cannot create folder %1")
                            .arg(file.absolutePath()));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location.filePath);
        // Another process (ipamctl, a second console) may hold the write lock for a moment.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return Result::failure(
                QCoreApplication::translate("ipam::Database", "cannot open database %1: %2")
                        .arg(location.displayString(), describe(db.lastError())));

    QString error;
    if (!location.isPostgreSql()) {
        // Counted in right after SQLite opened the file and before its first statement (SQLite
        // holds no lock yet), so a guard closing its descriptors meanwhile drops none of ours.
        database->m_fileGuard = std::make_unique<SqliteFileGuard>(location.filePath);
        // WAL lets consoles read while ipamctl writes; NORMAL sync is durable at checkpoints
        // and keeps a 1M-row import from waiting on fsync per transaction.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536"}) {
            if (!database->exec(QLatin1StringView(pragma), &error))
                return Result::failure(error);
        }
    } else {
        database->exec(QStringLiteral("SET client_min_messages TO warning"), &error);
        // Plans made when a table was empty must not outlive its growth: a generic plan cached
        // for the first rows of a VMM pull (a sequential scan) made each later row cost more,
        // 95 s for 100,000 objects; planned per execution: 55 s.
        database->exec(QStringLiteral("SET plan_cache_mode TO force_custom_plan"), &error);
    }
    if (!database->migrate(&error))
        return Result::failure(
                QCoreApplication::translate("ipam::Database", "cannot migrate database %1: %2")
                        .arg(location.displayString(), error));
    // After the migration: a new file has its WAL and -shm only once something was written.
    if (!location.isPostgreSql() && !database->guardWalFiles(&error))
        return Result::failure(error);
    return database;
}

bool Database::guardWalFiles(QString *error)
{
    // A file system without shared memory or locks (some network mounts) leaves the store in
    // its old journal mode: then there is no WAL to guard.
    QSqlQuery mode(m_db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
        || mode.value(0).toString() != QLatin1String("wal"))
        return true;
    mode.finish();
    if (m_fileGuard->hold())
        return true;
    if (error)
        *error = QCoreApplication::translate("ipam::Database", "cannot open database %1: %2")
                         .arg(m_location.displayString(), m_fileGuard->error());
    return false;
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = describe(query.lastError()) + QStringLiteral(" (in: ") + sql.left(120)
                + QLatin1Char(')');
    return false;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

SqliteStatement *Database::native(const QString &sql)
{
    auto it = m_native.find(sql);
    if (it == m_native.end()) {
        sqlite3 *handle = sqliteHandle(*this);
        if (!handle)
            return nullptr;
        // Statements with a list of marks come in every list length: keep the cache bounded,
        // dropping those nobody is reading (a caller iterating rows holds a busy one).
        constexpr std::size_t maxCached = 256;
        if (m_native.size() >= maxCached) {
            for (auto at = m_native.begin(); at != m_native.end();)
                at = at->second->isBusy() ? std::next(at) : m_native.erase(at);
        }
        auto statement = std::make_unique<SqliteStatement>(handle, sql);
        if (!statement->isValid())
            return nullptr;
        it = m_native.emplace(sql, std::move(statement)).first;
    }
    return it->second.get();
}

bool Database::beginWrite(QString *error)
{
    const bool ok = isPostgreSql() ? exec(QStringLiteral("BEGIN"), error)
                                   : exec(QStringLiteral("BEGIN IMMEDIATE"), error);
    m_inTransaction = ok;
    return ok;
}

bool Database::commit(QString *error)
{
    const bool ok = exec(QStringLiteral("COMMIT"), error);
    if (!ok)
        rollback();
    m_inTransaction = false;
    return ok;
}

void Database::rollback()
{
    exec(QStringLiteral("ROLLBACK"), nullptr);
    m_inTransaction = false;
}

bool Database::migrate(QString *error)
{
    if (!beginWrite(error))
        return false;
    // Two processes opening a new PostgreSQL database at once must not both create the schema.
    if (isPostgreSql() && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(7218532)"), error)) {
        rollback();
        return false;
    }
    const bool hasTable = m_db.tables().contains(QStringLiteral("schema_version"));
    int current = 0;
    if (hasTable) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && query.next())
            current = query.value(0).toInt();
    }
    if (current > latestSchemaVersion()) {
        rollback();
        if (error)
            *error = QCoreApplication::translate("ipam::Database",
                                                 "the database has schema version %1, newer than "
                                                 "this program (%2); upgrade IPAM Console")
                             .arg(current)
                             .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : statementsFor(migration, backend())) {
            if (!exec(statement, error)) {
                rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                          .arg(migration.version),
                  error)) {
            rollback();
            return false;
        }
        current = migration.version;
    }
    m_schemaVersion = current;
    return commit(error);
}

} // namespace ipam
