#pragma once

#include "live/auditchangereader.h"
#include "store/storefileidentity.h"
#include "write/changeevent.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace ipam {

class Database;

// Live updates between processes on SQLite: turns the change sets other processes (ipamctl,
// another console) commit to the same file into ChangeEvents (local = false, no objects:
// listeners re-read), as ChangeListener does with NOTIFY on PostgreSQL.
//
// Why polling: SQLite has no cross-process notification (its update and commit hooks fire
// only for the connection that writes). What it does offer is `PRAGMA data_version`, which
// changes when any other connection has committed; asking costs a few microseconds (it reads
// the WAL index in shared memory). So every interval the watcher asks, and only when the
// number moved does it read the audit rows after the last one it saw (AuditChangeReader, shared
// with ChangeListener's catch-up after a reconnect), and emit one event per change set.
//
// It never holds a transaction: every statement runs in autocommit and is finished at once,
// so in WAL mode it neither blocks writers nor pins the WAL against checkpoints.
//
// A data version only says what reaches the file this process has open. When the path now
// names another file (the store was replaced: restored from a backup, moved aside and
// copied back, deleted and made anew by another program), other processes write to that
// one, and this process would go on showing the old copy as if nothing happened. So each
// look also compares the path's file with the open one (StoreFileIdentity); once they
// differ the watcher stops and says why (lost()), for the status bar.
class SqliteChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 250;
    // More new change sets than this in one poll (a script's burst, a long suspend) become one
    // reload instead of many small re-reads.
    static constexpr int maxEventsPerPoll = AuditChangeReader::defaultMaxEvents;

    // Reads through its own connection (data_version ignores the connection's own commits, and
    // the console's connection may be inside a write); `database` must be SQLite. Starts
    // watching from the newest audit row.
    explicit SqliteChangeWatcher(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~SqliteChangeWatcher() override;

    bool isWatching() const { return m_watching; }
    const QString &error() const { return m_error; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Whether change sets of this process's own writes are passed on (default: no).
    void setIncludeOwnProcess(bool include) { m_reader.setIncludeOwnProcess(include); }

    // One look, as the timer takes it: emits what other processes committed since the last.
    void poll();

Q_SIGNALS:
    void changed(const ipam::ChangeEvent &event);
    // The path no longer names the file this process has open: other processes' changes no
    // longer reach it. `why` is for the admin ("the database file was replaced").
    void lost(const QString &why);

private:
    bool readDataVersion(qint64 *version);
    bool stillTheSameFile();

    std::shared_ptr<Database> m_database;
    AuditChangeReader m_reader;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastAuditId = 0;
    StoreFileIdentity m_file;
    bool m_watching = false;
    QString m_error;
};

} // namespace ipam
