#include "sqlitechangewatcher.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

SqliteChangeWatcher::SqliteChangeWatcher(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_reader(m_database)
{
    qRegisterMetaType<ipam::ChangeEvent>();
    if (!m_database || m_database->isPostgreSql()) {
        m_error = QCoreApplication::translate("ipam::ChangeListener",
                                              "the change watcher needs an SQLite database");
        return;
    }
    // It reads on the console's thread: should a read ever meet a lock (WAL recovery), give up
    // quickly and try again at the next look rather than freeze the window.
    if (!m_database->exec(QStringLiteral("PRAGMA busy_timeout = 50"), &m_error))
        return;
    // The baseline: the version first (a commit landing between the two reads is then seen
    // by both, and the audit id keeps it from being applied twice), then the newest audit row.
    m_file = StoreFileIdentity::of(m_database->location().filePath);
    if (!readDataVersion(&m_dataVersion))
        return;
    if (!m_reader.readNewestId(&m_lastAuditId)) {
        m_error = m_reader.error();
        return;
    }
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeWatcher::poll);
    m_timer.start();
    m_watching = true;
}

SqliteChangeWatcher::~SqliteChangeWatcher() = default;

bool SqliteChangeWatcher::readDataVersion(qint64 *version)
{
    QSqlQuery &query = m_database->prepared(QStringLiteral("PRAGMA data_version"));
    const bool ok = query.exec() && query.next();
    if (ok)
        *version = query.value(0).toLongLong();
    else
        m_error = Database::describe(query.lastError());
    query.finish();
    return ok;
}

bool SqliteChangeWatcher::stillTheSameFile()
{
    const QString why = m_file.changeSince(m_database->location().filePath);
    if (why.isEmpty())
        return true;
    m_watching = false;
    m_timer.stop();
    m_error = why;
    Q_EMIT lost(why);
    return false;
}

void SqliteChangeWatcher::poll()
{
    qint64 version = 0;
    if (!m_watching || !stillTheSameFile() || !readDataVersion(&version)
        || version == m_dataVersion)
        return;
    QList<ChangeEvent> events;
    // On a failed read the version is not taken, so the next look tries again; what was read
    // is passed on either way (the audit id says where to go on).
    if (m_reader.readAfter(m_lastAuditId, &m_lastAuditId, &events))
        m_dataVersion = version;
    else
        m_error = m_reader.error();
    for (const ChangeEvent &event : std::as_const(events))
        Q_EMIT changed(event);
}

} // namespace ipam
