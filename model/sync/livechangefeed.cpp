#include "livechangefeed.h"

#include "store/database.h"
#include "sync/changenotification.h"
#include "sync/sqlitechangewatcher.h"

namespace ipam {

LiveChangeFeed::LiveChangeFeed(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ipam::ChangeEvent>();
    Parsed<std::shared_ptr<Database>> database = Database::open(location);
    if (!database) {
        m_error = database.error();
        return;
    }
    m_database = database.value();
    if (m_database->isPostgreSql()) {
        m_listener = std::make_unique<ChangeListener>(m_database);
        if (!m_listener->isListening()) {
            m_error = QStringLiteral("cannot LISTEN on %1").arg(QLatin1StringView(changeChannel));
            return;
        }
        connect(m_listener.get(), &ChangeListener::changed, this, &LiveChangeFeed::route);
        m_mechanism = Mechanism::Notify;
    } else {
        m_watcher = std::make_unique<SqliteChangeWatcher>(m_database);
        if (!m_watcher->isWatching()) {
            m_error = m_watcher->error();
            return;
        }
        connect(m_watcher.get(), &SqliteChangeWatcher::changed, this, &LiveChangeFeed::route);
        m_mechanism = Mechanism::DataVersion;
    }
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

void LiveChangeFeed::route(const ChangeEvent &event)
{
    if (event.reloadAll)
        Q_EMIT reloadNeeded(event);
    else if (!event.items.isEmpty())
        Q_EMIT changed(event);
}

} // namespace ipam
