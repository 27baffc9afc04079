#include "sqlitechangewatcher.h"

#include "store/database.h"
#include "sync/changenotification.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

namespace {

ChangeEvent reloadEvent(qint64 auditId)
{
    ChangeEvent event;
    event.local = false;
    event.reloadAll = true;
    event.auditId = auditId;
    return event;
}

} // namespace

SqliteChangeWatcher::SqliteChangeWatcher(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    qRegisterMetaType<ipam::ChangeEvent>();
    if (!m_database || m_database->isPostgreSql()) {
        m_error = QStringLiteral("the change watcher needs an SQLite database");
        return;
    }
    // It reads on the console's thread: should a read ever meet a lock (WAL recovery), give up
    // quickly and try again at the next look rather than freeze the window.
    if (!m_database->exec(QStringLiteral("PRAGMA busy_timeout = 50"), &m_error))
        return;
    // The baseline: the version first (a commit landing between the two reads is then seen
    // by both, and the audit id keeps it from being applied twice), then the newest audit row.
    if (!readDataVersion(&m_dataVersion))
        return;
    if (!readNewestAuditId(&m_lastAuditId))
        return;
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeWatcher::poll);
    m_timer.start();
    m_watching = true;
}

SqliteChangeWatcher::~SqliteChangeWatcher() = default;

bool SqliteChangeWatcher::readNewestAuditId(qint64 *id)
{
    QSqlQuery &query = m_database->prepared(QStringLiteral("SELECT max(id) FROM audit_log"));
    const bool ok = query.exec() && query.next();
    if (ok)
        *id = query.value(0).toLongLong();
    else
        m_error = Database::describe(query.lastError());
    query.finish();
    return ok;
}

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

void SqliteChangeWatcher::poll()
{
    qint64 version = 0;
    if (!m_watching || !readDataVersion(&version) || version == m_dataVersion)
        return;
    QList<ChangeEvent> events;
    // On a failed read the version is not taken, so the next look tries again; what was read
    // is passed on either way (the audit id says where to go on).
    if (readNewChangeSets(&events))
        m_dataVersion = version;
    for (const ChangeEvent &event : std::as_const(events))
        Q_EMIT changed(event);
}

bool SqliteChangeWatcher::readNewChangeSets(QList<ChangeEvent> *events)
{
    // Short statements in autocommit: a batch of rows, finished, then the next one.
    constexpr int batchRows = 256;
    QSqlQuery &query = m_database->prepared(QStringLiteral(
            "SELECT id, change_origin, change_items, principal, operation FROM audit_log "
            "WHERE id > ? ORDER BY id LIMIT ?"));
    for (;;) {
        query.addBindValue(m_lastAuditId);
        query.addBindValue(batchRows);
        if (!query.exec()) {
            m_error = Database::describe(query.lastError());
            query.finish();
            return false;
        }
        int rows = 0;
        while (query.next()) {
            ++rows;
            m_lastAuditId = query.value(0).toLongLong();
            const QString items = query.value(2).toString();
            // A denial, or an older row: nothing changed that a model shows.
            if (items.isEmpty())
                continue;
            if (!m_includeOwnProcess && query.value(1).toString() == processOrigin())
                continue;
            ChangeEvent event;
            event.local = false;
            event.auditId = m_lastAuditId;
            event.principal = query.value(3).toString();
            event.label = query.value(4).toString();
            // A row this version cannot read is still a change: reload rather than miss it.
            if (!decodeChangeItems(items, &event)) {
                event.items.clear();
                event.reloadAll = true;
            }
            events->append(std::move(event));
        }
        query.finish();
        if (events->size() > maxEventsPerPoll) {
            qint64 newest = m_lastAuditId;
            readNewestAuditId(&newest);
            m_lastAuditId = qMax(m_lastAuditId, newest);
            *events = {reloadEvent(m_lastAuditId)};
            return true;
        }
        if (rows == 0 && events->isEmpty()) {
            // Something was committed but no newer audit row exists: the log was cut back (a
            // purge), and SQLite reuses ids below the old maximum. Start over from the newest.
            qint64 newest = m_lastAuditId;
            if (readNewestAuditId(&newest) && newest < m_lastAuditId) {
                m_lastAuditId = newest;
                events->append(reloadEvent(newest));
            }
        }
        if (rows < batchRows)
            return true;
    }
}

} // namespace ipam
