#pragma once

#include "write/changeevent.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace ipam {

class Database;

// Turns the audit rows after a given id into ChangeEvents (local = false, no objects:
// listeners re-read), the one place that knows how audit_log.change_origin / change_items
// (schema v4) read back. Both live-update mechanisms use it: SqliteChangeWatcher every time the
// file's data version moves, and ChangeListener when it has reconnected to PostgreSQL and must
// catch up on what was committed while no NOTIFY could reach it.
//
// What is skipped: denials and rows older than v4 (no items: nothing a model shows changed),
// this process's own change sets unless asked (the console applied them from the local event),
// and ids the caller says it has already passed on. A row this version cannot decode becomes a
// reload rather than a missed change; more than `maxEvents` change sets become one reload
// (a script's burst, a long suspend, a long outage).
//
// Every statement runs in autocommit and is finished at once, in batches, so a reader never
// holds a transaction (on SQLite that would pin the WAL against checkpoints).
class AuditChangeReader
{
public:
    static constexpr int defaultMaxEvents = 1000;

    explicit AuditChangeReader(std::shared_ptr<Database> database);

    void setIncludeOwnProcess(bool include) { m_includeOwnProcess = include; }
    void setMaxEvents(int count) { m_maxEvents = count; }
    int maxEvents() const { return m_maxEvents; }

    // The change sets of the rows with id > `afterId`, in id order, appended to `events`;
    // `newestId` becomes the newest id read (unchanged if none). Ids in `alreadySeen` are
    // skipped. When the log was cut back (a purge: no row after `afterId` and the newest row is
    // older), `newestId` moves back to the newest row and one reload is appended. False, with
    // error(), when a read failed: what was read before is kept.
    bool readAfter(qint64 afterId, qint64 *newestId, QList<ChangeEvent> *events,
                   const QSet<qint64> *alreadySeen = nullptr);
    // The change set of audit row `auditId`, as the audit log has it: what a notification
    // announces is checked against this (any login may NOTIFY; only the write path writes the
    // audit log). nullopt when there is no such row, or it changed nothing a model shows;
    // `origin` becomes the row's process. error() is set when the read failed.
    std::optional<ChangeEvent> read(qint64 auditId, QString *origin);
    // max(id) of the audit log, 0 when empty.
    bool readNewestId(qint64 *id);

    const QString &error() const { return m_error; }

    static ChangeEvent reloadEvent(qint64 auditId);

private:
    std::shared_ptr<Database> m_database;
    int m_maxEvents = defaultMaxEvents;
    bool m_includeOwnProcess = false;
    QString m_error;
};

} // namespace ipam
