#pragma once

#include "store/databaselocation.h"
#include "write/changeevent.h"

#include <QObject>

#include <memory>

namespace ipam {

class ChangeListener;
class Database;
class SqliteChangeWatcher;

// What other processes (another console, ipamctl, a sync) commit to the store this console
// shows, as it happens: one object for the console to connect, whatever the backend. On
// PostgreSQL it listens to the write path's NOTIFY (ChangeListener, ~1 ms); on SQLite, which
// cannot notify another process, it watches the file's data version (SqliteChangeWatcher,
// within its 250 ms interval). Either way it reads through a connection of its own, opened
// here, and passes on only other processes' change sets: this process's own arrive as local
// events from its WritePath.
//
// Create it before the models load, so that nothing committed meanwhile is missed (the
// models queue events while loading).
//
// On PostgreSQL it survives a lost session (server restart, pg_terminate_backend, a network
// cut): ChangeListener notices within its heartbeat, reconnects with a bounded backoff and
// catches up on the audit rows committed meanwhile, so no change is lost or applied twice.
// state() and stateChanged() say whether updates are live, for the status bar.
class LiveChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class Mechanism {
        None,        // could not connect: error() says why
        Notify,      // PostgreSQL LISTEN/NOTIFY
        DataVersion, // SQLite PRAGMA data_version polling
    };

    enum class State {
        Active,       // changes of other processes arrive
        Reconnecting, // PostgreSQL session lost: catching up once back; stateText() says why
        Off,          // no live updates: error() says why
    };

    explicit LiveChangeFeed(const DatabaseLocation &location, QObject *parent = nullptr);
    ~LiveChangeFeed() override;

    Mechanism mechanism() const { return m_mechanism; }
    bool isActive() const { return m_mechanism != Mechanism::None; }
    const QString &error() const { return m_error; }
    // Whether this process's own change sets are passed on too (tests and benchmarks that
    // write through a second connection in the same process); default no.
    void setIncludeOwnProcess(bool include);
    // The SQLite watcher's interval; no effect on PostgreSQL.
    void setPollInterval(int ms);
    // PostgreSQL only: how often the listening session is checked, and the reconnect backoff.
    void setHeartbeatInterval(int ms);
    void setReconnectDelays(int minMs, int maxMs);

    State state() const { return m_state; }
    // Why it is reconnecting or off; empty while active.
    const QString &stateText() const { return m_stateText; }
    // The PostgreSQL listener, or null (tests drive its heartbeat by hand).
    ChangeListener *listener() const { return m_listener.get(); }

Q_SIGNALS:
    // A change set listed object by object (local = false, no objects): re-read and apply
    // those (ConsoleModels::apply).
    void changed(const ipam::ChangeEvent &event);
    // A change set too large to list (a bulk import, reloadAll = true): reload what is shown.
    void reloadNeeded(const ipam::ChangeEvent &event);
    void stateChanged(ipam::LiveChangeFeed::State state, const QString &text);

private:
    void route(const ipam::ChangeEvent &event);
    void setState(State state, const QString &text);

    // The SQLite watcher's connection (on PostgreSQL the listener owns and replaces its
    // own); declared first, so it is closed after its readers.
    std::shared_ptr<Database> m_database;
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<SqliteChangeWatcher> m_watcher;
    Mechanism m_mechanism = Mechanism::None;
    QString m_error;
    State m_state = State::Off;
    QString m_stateText;
};

} // namespace ipam

Q_DECLARE_METATYPE(ipam::LiveChangeFeed::State)
