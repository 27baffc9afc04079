#include "livechangefeed.h"

#include "live/changelistener.h"
#include "live/sqlitechangewatcher.h"
#include "store/database.h"

namespace ipam {

LiveChangeFeed::LiveChangeFeed(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ipam::ChangeEvent>();
    qRegisterMetaType<ipam::LiveChangeFeed::State>();
    Parsed<std::shared_ptr<Database>> database = Database::open(location);
    if (!database) {
        m_error = database.error();
        m_stateText = m_error;
        return;
    }
    m_database = database.value();
    if (m_database->isPostgreSql()) {
        // The listener owns its connection: it replaces it when it reconnects.
        m_listener = std::make_unique<ChangeListener>(std::move(m_database));
        if (!m_listener->isListening()) {
            m_error = m_listener->stateText();
            m_stateText = m_error;
            return;
        }
        connect(m_listener.get(), &ChangeListener::changed, this, &LiveChangeFeed::route);
        connect(m_listener.get(), &ChangeListener::stateChanged, this,
                [this](ChangeListener::State state, const QString &text) {
                    setState(state == ChangeListener::State::Listening ? State::Active
                                     : state == ChangeListener::State::Reconnecting
                                     ? State::Reconnecting
                                     : State::Off,
                             text);
                });
        m_mechanism = Mechanism::Notify;
    } else {
        m_watcher = std::make_unique<SqliteChangeWatcher>(m_database);
        if (!m_watcher->isWatching()) {
            m_error = m_watcher->error();
            m_stateText = m_error;
            return;
        }
        connect(m_watcher.get(), &SqliteChangeWatcher::changed, this, &LiveChangeFeed::route);
        connect(m_watcher.get(), &SqliteChangeWatcher::lost, this, [this](const QString &why) {
            m_error = why;
            setState(State::Off, why);
        });
        m_mechanism = Mechanism::DataVersion;
    }
    m_state = State::Active;
}

LiveChangeFeed::~LiveChangeFeed() = default;

void LiveChangeFeed::setIncludeOwnProcess(bool include)
{
    if (m_listener)
        m_listener->setIncludeOwnProcess(include);
    if (m_watcher)
        m_watcher->setIncludeOwnProcess(include);
}

void LiveChangeFeed::setPollInterval(int ms)
{
    if (m_watcher)
        m_watcher->setInterval(ms);
}

void LiveChangeFeed::setHeartbeatInterval(int ms)
{
    if (m_listener)
        m_listener->setHeartbeatInterval(ms);
}

void LiveChangeFeed::setReconnectDelays(int minMs, int maxMs)
{
    if (m_listener)
        m_listener->setReconnectDelays(minMs, maxMs);
}

void LiveChangeFeed::setState(State state, const QString &text)
{
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged(state, text);
}

void LiveChangeFeed::route(const ChangeEvent &event)
{
    if (event.reloadAll)
        Q_EMIT reloadNeeded(event);
    else if (!event.items.isEmpty() || event.definitionsChanged)
        Q_EMIT changed(event);
}

} // namespace ipam
