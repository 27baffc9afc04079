#pragma once

#include "store/database.h"

#include <QList>
#include <QString>

namespace ipam {

// Secondary indexes a bulk load does not read, dropped inside the load's transaction and
// created again before it commits, in the same transaction: SQLite then builds each index once
// from sorted keys instead of inserting a million keys in random order into it, and a crash or
// kill anywhere in between rolls the DROP back with the rows (the store never lacks an index).
// Only plain CREATE INDEX statements are deferred (never a UNIQUE index or a table constraint:
// those check the rows as they are written); what they were is read from sqlite_schema, so the
// restored index is exactly the dropped one. SQLite only: a PostgreSQL store keeps its
// indexes (its exclusion constraint must check each row).
class SqliteDeferredIndexes
{
public:
    explicit SqliteDeferredIndexes(Database &database);
    ~SqliteDeferredIndexes() = default;

    // Drops the named indexes that exist and are not UNIQUE; false with `error` if SQLite
    // refuses. The caller's transaction must be open.
    bool defer(const QStringList &names, QString *error);
    // Creates the deferred indexes again, in the same transaction.
    bool restore(QString *error);
    bool isDeferred() const { return !m_statements.isEmpty(); }
    // The indexes a load of `table` defers: those the write path does not read while loading.
    static QStringList deferrableFor(const QString &table);

private:
    Database &m_db;
    QList<std::pair<QString, QString>> m_statements; // name, CREATE INDEX statement
};

} // namespace ipam
