#include "sqlitedeferredindexes.h"

#include "store/searchschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

namespace {

QString tableOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Block:
        return QStringLiteral("ip_block");
    case ObjectKind::Subnet:
        return QStringLiteral("ip_subnet");
    case ObjectKind::Range:
        return QStringLiteral("ip_range");
    default:
        return QStringLiteral("ip_address");
    }
}

} // namespace

SqliteDeferredIndexes::SqliteDeferredIndexes(Database &database)
    : m_db(database)
{ }

QStringList SqliteDeferredIndexes::deferrableFor(const QString &table)
{
    // Read by a load only after restore(): the recount (by subnet and range) and the address
    // mapping of ranges created in the same load run at the end, and nothing looks an address
    // up by its subnet or range while addresses stream in.
    if (table == QLatin1String("ip_address"))
        return {QStringLiteral("ip_address_subnet"), QStringLiteral("ip_address_range")};
    return {};
}

bool SqliteDeferredIndexes::defer(const QStringList &names, QString *error)
{
    if (m_db.isPostgreSql())
        return true;
    for (const QString &name : names) {
        QSqlQuery read(m_db.connection());
        read.prepare(
                QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?"));
        read.addBindValue(name);
        if (!read.exec()) {
            *error = Database::describe(read.lastError());
            return false;
        }
        if (!read.next())
            continue; // not in this schema version
        const QString sql = read.value(0).toString();
        if (sql.isEmpty() || sql.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
            continue; // an automatic or a unique index checks rows as they are written
        QSqlQuery drop(m_db.connection());
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            *error = Database::describe(drop.lastError());
            return false;
        }
        m_statements.append({name, sql});
    }
    return true;
}

bool SqliteDeferredIndexes::deferSearch(ObjectKind kind, QString *error)
{
    const QString name = SearchSchema::sqliteInsertTrigger(kind);
    if (m_db.isPostgreSql() || name.isEmpty())
        return true;
    for (const DeferredSearch &deferred : std::as_const(m_search)) {
        if (deferred.kind == kind)
            return true;
    }
    QSqlQuery read(m_db.connection());
    read.prepare(
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
    read.addBindValue(name);
    if (!read.exec()) {
        *error = Database::describe(read.lastError());
        return false;
    }
    if (!read.next())
        return true; // a schema without global search
    const QString sql = read.value(0).toString();
    QSqlQuery top(m_db.connection());
    if (!top.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(tableOf(kind)))
        || !top.next()) {
        *error = Database::describe(top.lastError());
        return false;
    }
    const qint64 afterId = top.value(0).toLongLong();
    QSqlQuery drop(m_db.connection());
    if (!drop.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name))) {
        *error = Database::describe(drop.lastError());
        return false;
    }
    m_search.append({kind, sql, afterId});
    return true;
}

bool SqliteDeferredIndexes::restore(QString *error)
{
    while (!m_search.isEmpty()) {
        const DeferredSearch deferred = m_search.takeFirst();
        QSqlQuery index(m_db.connection());
        index.prepare(SearchSchema::sqliteIndexRowsAfter(deferred.kind));
        index.addBindValue(deferred.afterId);
        QSqlQuery create(m_db.connection());
        if (!index.exec() || !create.exec(deferred.trigger)) {
            *error = QCoreApplication::translate("ipam::Database", "search index: %1")
                             .arg(Database::describe(index.lastError().isValid()
                                                             ? index.lastError()
                                                             : create.lastError()));
            return false;
        }
    }
    while (!m_statements.isEmpty()) {
        const auto [name, sql] = m_statements.takeFirst();
        QSqlQuery create(m_db.connection());
        if (!create.exec(sql)) {
            *error = QStringLiteral("index %1: %2")
                             .arg(name, Database::describe(create.lastError()));
            return false;
        }
    }
    return true;
}

} // namespace ipam
