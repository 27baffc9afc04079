#include "auditchangereader.h"

#include "store/database.h"
#include "write/changeitems.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

AuditChangeReader::AuditChangeReader(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

ChangeEvent AuditChangeReader::reloadEvent(qint64 auditId)
{
    ChangeEvent event;
    event.local = false;
    event.reloadAll = true;
    event.auditId = auditId;
    return event;
}

// The queries are the reader's own and die with the call, rather than Database::prepared()'s
// cached ones: on a PostgreSQL connection that LISTENs, a cached QPSQL statement that stays
// alive after it ran stopped notifications from being delivered (Qt 6.4; measured in
// tst_changenotification). Preparing once per read costs microseconds; reads are rare.
bool AuditChangeReader::readNewestId(qint64 *id)
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT max(id) FROM audit_change"));
    const bool ok = query.exec() && query.next();
    if (ok)
        *id = query.value(0).toLongLong(); // NULL (empty log) reads as 0
    else
        m_error = Database::describe(query.lastError());
    query.finish();
    return ok;
}

std::optional<ChangeEvent> AuditChangeReader::read(qint64 auditId, QString *origin)
{
    m_error.clear();
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT change_origin, change_items, principal, operation FROM "
                                 "audit_change WHERE id = ?"));
    query.addBindValue(auditId);
    if (!query.exec()) {
        m_error = Database::describe(query.lastError());
        return std::nullopt;
    }
    std::optional<ChangeEvent> result;
    if (query.next() && !query.value(1).toString().isEmpty()) {
        ChangeEvent event;
        event.local = false;
        event.auditId = auditId;
        event.principal = query.value(2).toString();
        event.label = query.value(3).toString();
        if (!decodeChangeItems(query.value(1).toString(), &event)) {
            event.items.clear();
            event.reloadAll = true;
        }
        if (origin)
            *origin = query.value(0).toString();
        result = std::move(event);
    }
    query.finish();
    return result;
}

bool AuditChangeReader::readAfter(qint64 afterId, qint64 *newestId, QList<ChangeEvent> *events,
                                  const QSet<qint64> *alreadySeen)
{
    // Short statements in autocommit: a batch of rows, finished, then the next one.
    constexpr int batchRows = 256;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT id, change_origin, change_items, principal, operation FROM audit_change "
            "WHERE id > ? ORDER BY id LIMIT ?"));
    const qsizetype eventsBefore = events->size();
    qint64 cursor = afterId;
    bool readAny = false;
    for (;;) {
        query.addBindValue(cursor);
        query.addBindValue(batchRows);
        if (!query.exec()) {
            m_error = Database::describe(query.lastError());
            query.finish();
            return false;
        }
        int rows = 0;
        while (query.next()) {
            ++rows;
            readAny = true;
            cursor = query.value(0).toLongLong();
            *newestId = qMax(*newestId, cursor);
            const QString items = query.value(2).toString();
            // A denial, or an older row: nothing changed that a model shows.
            if (items.isEmpty())
                continue;
            if (!m_includeOwnProcess && query.value(1).toString() == processOrigin())
                continue;
            if (alreadySeen && alreadySeen->contains(cursor))
                continue;
            ChangeEvent event;
            event.local = false;
            event.auditId = cursor;
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
        if (events->size() - eventsBefore > m_maxEvents) {
            // Too many to apply one by one: one reload, and go on from the newest row.
            qint64 newest = *newestId;
            readNewestId(&newest);
            *newestId = qMax(*newestId, newest);
            events->resize(eventsBefore);
            events->append(reloadEvent(*newestId));
            return true;
        }
        if (!readAny) {
            // Nothing after `afterId`. If the newest row is older, the log was cut back (a
            // purge; SQLite then reuses ids below the old maximum): start over from the newest.
            qint64 newest = afterId;
            if (readNewestId(&newest) && newest < afterId) {
                *newestId = newest;
                events->append(reloadEvent(newest));
            }
        }
        if (rows < batchRows)
            return true;
    }
}

} // namespace ipam
