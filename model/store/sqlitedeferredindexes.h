#pragma once

#include "domain/enums.h"
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
    // Global search's trigger that indexes each new row of `kind` (SearchSchema): dropped, and
    // the rows inserted from now on indexed in one statement by restore(). Per row, the
    // trigger's FTS5 insert and the virtual table's savepoint per statement were half of a
    // load's time. Only for loads that create rows and do not edit those rows' text again
    // before restore() (the update trigger would remove index entries not yet written).
    bool deferSearch(ObjectKind kind, QString *error);
    // Creates the deferred indexes again, in the same transaction.
    bool restore(QString *error);
    bool isDeferred() const { return !m_statements.isEmpty() || !m_search.isEmpty(); }
    // The indexes a load of `table` defers: those the write path does not read while loading.
    static QStringList deferrableFor(const QString &table);

private:
    Database &m_db;
    QList<std::pair<QString, QString>> m_statements; // name, CREATE INDEX statement
    struct DeferredSearch
    {
        ObjectKind kind;
        QString trigger; // its CREATE TRIGGER statement
        qint64 afterId;  // rows above this id are indexed by restore()
    };
    QList<DeferredSearch> m_search;
};

} // namespace ipam
