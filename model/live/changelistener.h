#pragma once

#include "store/databaselocation.h"
#include "write/changeevent.h"
#include "write/changeitems.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace ipam {

// Turns the NOTIFYs of other processes into ChangeEvents, and keeps doing so when its session
// dies. A notification is only a pointer to an audit row: any login may NOTIFY on
// any channel, so the event is what that row of the audit log (read through the audit_change
// view, schema v9) lists, never what the payload claims; a notification naming no such row is
// dropped. One round trip per notification (about 0.1 ms on loopback).
//
// Sessions die (a server restart, pg_terminate_backend, a network cut): a LISTEN lives in one
// session, and the server drops, rather than queues, what it announces while nobody listens.
//
// Detecting a dead session: every heartbeat interval (3 s) it looks. First, free: whether the
// driver has closed the connection itself (QPSQL does when its socket notifier happened to read
// the server's goodbye: pg_terminate_backend, a clean shutdown). Then `SELECT 1` on the
// listening connection. Why a query: QSqlDriver has no state signal, isOpen() stays true when
// the driver read nothing (a network cut, a hung server), and linking libpq for PQstatus() would
// only report what libpq last saw; a round trip is the one thing that proves the session (and with
// it the LISTEN) alive, for about 0.07 ms on loopback every few seconds. QPSQL checks for
// notifications after every statement, so the heartbeat delays none.
// Limit: it runs on the console's thread, so on a link that drops packets silently the query
// waits for TCP to give up, and a reconnect attempt up to libpq's connect_timeout (10 s).
//
// Reconnecting: a new connection (Database::open, so the schema check too), LISTEN again, with
// a delay that doubles from reconnectMinMs to reconnectMaxMs between failed attempts. Then it
// catches up: LISTEN first, then the audit rows committed since the last change set it knew of
// (AuditChangeReader, as SqliteChangeWatcher reads them), so nothing committed while it was
// away is lost and nothing is passed on twice (ids already passed on are remembered).
//
// Why "since" reaches a little back (catchUpLookBack ids): on PostgreSQL audit ids come from a
// sequence taken inside each transaction, so two writers may commit in the other order; the
// notification of id 11 can arrive before the one of id 10, and the session may die between.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Listening,    // LISTEN is active
        Reconnecting, // the session died: trying again; stateText() says why
        Off,          // never listened (not PostgreSQL, or LISTEN refused): stateText() says why
    };
    static constexpr int defaultHeartbeatMs = 3000;
    static constexpr int defaultReconnectMinMs = 250;
    static constexpr int defaultReconnectMaxMs = 10000;
    static constexpr qint64 catchUpLookBack = 64;
    // The application_name of the listening session, to find it in pg_stat_activity.
    static constexpr const char *applicationName = "ipam-live-updates";

    // Listens on its own connection (LISTEN holds a session); `database` must be PostgreSQL,
    // and is replaced by a new connection to the same place after a reconnect. Takes the
    // newest audit id as its baseline once listening: what is committed later is announced.
    explicit ChangeListener(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~ChangeListener() override;

    bool isListening() const { return m_state == State::Listening; }
    State state() const { return m_state; }
    const QString &stateText() const { return m_stateText; }
    // The newest audit id it has passed on or caught up to.
    qint64 lastAuditId() const { return m_lastAuditId; }
    // Whether notifications of this process's own writes are passed on (default: no).
    void setIncludeOwnProcess(bool include);
    void setHeartbeatInterval(int ms);
    void setReconnectDelays(int minMs, int maxMs);

    // One heartbeat, as the timer runs it: false when the session is gone (it then reconnects).
    bool checkConnection();

Q_SIGNALS:
    void changed(const ipam::ChangeEvent &event);
    void stateChanged(ipam::ChangeListener::State state, const QString &text);

private:
    bool listen(QString *error);
    void onNotification(const QString &name, int source, const QVariant &payload);
    void connectionLost(const QString &why);
    void tryReconnect();
    void setState(State state, const QString &text);
    void remember(qint64 auditId);

    std::shared_ptr<Database> m_database;
    DatabaseLocation m_location;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    int m_reconnectMinMs = defaultReconnectMinMs;
    int m_reconnectMaxMs = defaultReconnectMaxMs;
    int m_nextDelayMs = defaultReconnectMinMs;
    int m_attempts = 0;
    qint64 m_lastAuditId = 0;
    // The newest audit id when it first listened: everything up to it was committed before
    // the console loaded (the feed is made first), so a catch-up never reaches below it.
    qint64 m_floorAuditId = 0;
    // Audit ids passed on lately (bounded): a change set both caught up and announced, or
    // announced late, goes out once.
    QSet<qint64> m_passedOn;
    QList<qint64> m_passedOnOrder;
    State m_state = State::Off;
    QString m_stateText;
    bool m_includeOwnProcess = false;
};

} // namespace ipam

Q_DECLARE_METATYPE(ipam::ChangeListener::State)
