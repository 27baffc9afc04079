#include "changelistener.h"

#include "live/auditchangereader.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace ipam {

ChangeListener::ChangeListener(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_heartbeat(new QTimer(this))
    , m_retry(new QTimer(this))
{
    qRegisterMetaType<ipam::ChangeEvent>();
    qRegisterMetaType<ipam::ChangeListener::State>();
    m_heartbeat->setInterval(defaultHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &ChangeListener::checkConnection);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ChangeListener::tryReconnect);
    if (!m_database || !m_database->isPostgreSql()) {
        m_stateText = QCoreApplication::translate(
                "ipam::ChangeListener", "live updates by NOTIFY need a PostgreSQL database");
        m_database.reset();
        return;
    }
    m_location = m_database->location();
    QString error;
    // LISTEN first, then the baseline: a change committed in between is both announced and
    // older than the baseline, which costs at most one idempotent re-read; the other order
    // could lose it.
    AuditChangeReader reader(m_database);
    if (!listen(&error) || !reader.readNewestId(&m_lastAuditId)) {
        m_stateText = error.isEmpty() ? reader.error() : error;
        return;
    }
    m_floorAuditId = m_lastAuditId;
    setState(State::Listening, QString());
    m_heartbeat->start();
}

ChangeListener::~ChangeListener()
{
    if (m_database && m_state == State::Listening)
        m_database->connection().driver()->unsubscribeFromNotification(
                QString::fromLatin1(changeChannel));
}

void ChangeListener::setIncludeOwnProcess(bool include)
{
    m_includeOwnProcess = include;
}

void ChangeListener::setHeartbeatInterval(int ms)
{
    m_heartbeat->setInterval(ms);
}

void ChangeListener::setReconnectDelays(int minMs, int maxMs)
{
    m_reconnectMinMs = qMax(1, minMs);
    m_reconnectMaxMs = qMax(m_reconnectMinMs, maxMs);
    m_nextDelayMs = m_reconnectMinMs;
}

bool ChangeListener::listen(QString *error)
{
    // Named, so that an admin (and the tests) can tell this session in pg_stat_activity.
    if (!m_database->exec(QStringLiteral("SET application_name = '%1'")
                                  .arg(QLatin1StringView(applicationName)),
                          error))
        return false;
    QSqlDriver *driver = m_database->connection().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) { onNotification(name, int(source), payload); });
    if (!driver->subscribeToNotification(QString::fromLatin1(changeChannel))) {
        *error = QCoreApplication::translate("ipam::ChangeListener", "cannot LISTEN on %1: %2")
                         .arg(QLatin1StringView(changeChannel),
                              Database::describe(driver->lastError()));
        return false;
    }
    return true;
}

bool ChangeListener::checkConnection()
{
    if (m_state != State::Listening || !m_database)
        return false;
    // The driver closes the connection itself when it happened to read the end of the stream
    // (its socket notifier fired on the server's goodbye): no round trip needed then.
    if (!m_database->connection().isOpen()) {
        connectionLost(QCoreApplication::translate("ipam::ChangeListener",
                                                   "the server closed the connection"));
        return false;
    }
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT 1")) && query.next())
        return true;
    const QString why = Database::describe(query.lastError());
    query = QSqlQuery();
    connectionLost(why);
    return false;
}

void ChangeListener::connectionLost(const QString &why)
{
    m_heartbeat->stop();
    // Dropping the connection closes its driver, and with it the socket notifier and the
    // signal connection made in listen().
    m_database.reset();
    m_attempts = 0;
    m_nextDelayMs = m_reconnectMinMs;
    setState(State::Reconnecting,
             QCoreApplication::translate("ipam::ChangeListener", "connection lost (%1)").arg(why));
    m_retry->start(m_nextDelayMs);
}

void ChangeListener::tryReconnect()
{
    ++m_attempts;
    QString error;
    Parsed<std::shared_ptr<Database>> opened = Database::open(m_location);
    if (opened) {
        m_database = opened.value();
        if (listen(&error)) {
            // Caught up after LISTEN: a change committed in between is read here and announced
            // too; m_passedOn keeps it from going out twice.
            AuditChangeReader reader(m_database);
            reader.setIncludeOwnProcess(m_includeOwnProcess);
            const qint64 after = qMax(m_floorAuditId, m_lastAuditId - catchUpLookBack);
            qint64 newest = m_lastAuditId;
            QList<ChangeEvent> events;
            if (reader.readAfter(after, &newest, &events, &m_passedOn)) {
                m_lastAuditId = qMax(m_lastAuditId, newest);
                for (const ChangeEvent &event : std::as_const(events))
                    remember(event.auditId);
                m_attempts = 0;
                m_nextDelayMs = m_reconnectMinMs;
                setState(State::Listening, QString());
                m_heartbeat->start();
                for (const ChangeEvent &event : std::as_const(events))
                    Q_EMIT changed(event);
                return;
            }
            error = reader.error();
        }
        m_database.reset();
    } else {
        error = opened.error();
    }
    // Bounded backoff: a server that is down for long is asked at most every reconnectMaxMs.
    const int delay = m_nextDelayMs;
    m_nextDelayMs = qMin(m_nextDelayMs * 2, m_reconnectMaxMs);
    setState(State::Reconnecting,
             QCoreApplication::translate("ipam::ChangeListener",
                                         "attempt %1 failed (%2); next in %3 s")
                     .arg(m_attempts)
                     .arg(error)
                     .arg(double(delay) / 1000.0, 0, 'f', 1));
    m_retry->start(delay);
}

void ChangeListener::setState(State state, const QString &text)
{
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged(state, text);
}

void ChangeListener::remember(qint64 auditId)
{
    constexpr qsizetype bound = 4096;
    if (m_passedOn.contains(auditId))
        return;
    m_passedOn.insert(auditId);
    m_passedOnOrder.append(auditId);
    if (m_passedOnOrder.size() > bound)
        m_passedOn.remove(m_passedOnOrder.takeFirst());
}

void ChangeListener::onNotification(const QString &name, int, const QVariant &payload)
{
    if (name != QLatin1String(changeChannel))
        return;
    QString origin;
    const QString text = payload.toString();
    std::optional<ChangeEvent> announced = decodeChangeNotification(text, &origin);
    if (!announced || !m_database)
        return;
    // Any login may NOTIFY on any channel (PostgreSQL has no privilege for it), so the payload
    // is only a pointer: the change set is what the audit log says, which only the write path
    // writes. A made-up id finds nothing; a real one repeats a change that happened.
    AuditChangeReader reader(m_database);
    std::optional<ChangeEvent> event = reader.read(announced->auditId, &origin);
    if (!event)
        return;
    m_lastAuditId = qMax(m_lastAuditId, event->auditId);
    if (!m_includeOwnProcess && origin == processOrigin())
        return;
    if (m_passedOn.contains(event->auditId))
        return; // already caught up on after a reconnect
    remember(event->auditId);
    Q_EMIT changed(*event);
}

} // namespace ipam
