#include "searchschema.h"

namespace ipam {

namespace {

struct Indexed
{
    ObjectKind kind;
    const char *table;
    const char *fts;
    QStringList columns;
};

const QList<Indexed> &indexedKinds()
{
    static const QList<Indexed> kinds = {
            {ObjectKind::Block,
             "ip_block",
             "search_block",
             {QStringLiteral("rir"), QStringLiteral("owner"), QStringLiteral("description")}},
            {ObjectKind::Subnet,
             "ip_subnet",
             "search_subnet",
             {QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("description")}},
            {ObjectKind::Range,
             "ip_range",
             "search_range",
             {QStringLiteral("owner"), QStringLiteral("description")}},
            {ObjectKind::Address,
             "ip_address",
             "search_address",
             {QStringLiteral("device_name"), QStringLiteral("owner"), QStringLiteral("description"),
              QStringLiteral("mac_address")}},
    };
    return kinds;
}

const Indexed *indexed(ObjectKind kind)
{
    for (const Indexed &entry : indexedKinds()) {
        if (entry.kind == kind)
            return &entry;
    }
    return nullptr;
}

// "c1 <> '' OR c2 <> '' ..." over `prefix`.c (old./new. in triggers).
QString anyText(const Indexed &entry, const QString &prefix = {})
{
    QStringList parts;
    for (const QString &column : entry.columns)
        parts.append(prefix + column + QStringLiteral(" <> ''"));
    return parts.join(QStringLiteral(" OR "));
}

// The FTS5 column values of a row: the text columns, a MAC also without its separators
// (so "00155d" finds "00-15-5D-..." and "00:15:5d:...").
QString ftsValues(const Indexed &entry, const QString &prefix)
{
    QStringList values;
    for (const QString &column : entry.columns) {
        if (column == QLatin1String("mac_address"))
            values.append(QStringLiteral("%1mac_address || ' ' || replace(replace(replace("
                                         "%1mac_address, ':', ''), '-', ''), '.', '')")
                                  .arg(prefix));
        else
            values.append(prefix + column);
    }
    return values.join(QStringLiteral(", "));
}

QStringList sqliteStatements(const Indexed &entry)
{
    const QString table = QLatin1String(entry.table);
    const QString fts = QLatin1String(entry.fts);
    const QString columns = entry.columns.join(QStringLiteral(", "));
    const QString insertNew = QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT new.id, %3")
                                      .arg(fts, columns, ftsValues(entry, QStringLiteral("new.")));
    const QString deleteOld
            = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) SELECT 'delete', old.id, %3")
                      .arg(fts, columns, ftsValues(entry, QStringLiteral("old.")));
    const QString newText = anyText(entry, QStringLiteral("new."));
    const QString oldText = anyText(entry, QStringLiteral("old."));
    return {
            // Contentless: the table keeps the trigrams only (the text is the base table's).
            QStringLiteral("sqlite:CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5(%2, "
                           "content='', tokenize='trigram')")
                    .arg(fts, columns),
            QStringLiteral("sqlite:INSERT INTO %1 (rowid, %2) SELECT id, %3 FROM %4 WHERE %5")
                    .arg(fts, columns, ftsValues(entry, QString()), table, anyText(entry)),
            QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS %1_insert AFTER INSERT ON %2 "
                           "BEGIN %3 WHERE %4; END")
                    .arg(fts, table, insertNew, newText),
            // A contentless table forgets a row only when told its old values exactly.
            QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS %1_delete AFTER DELETE ON %2 "
                           "BEGIN %3 WHERE %4; END")
                    .arg(fts, table, deleteOld, oldText),
            QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS %1_update AFTER UPDATE OF %2 ON "
                           "%3 BEGIN %4 WHERE %5; %6 WHERE %7; END")
                    .arg(fts, columns, table, deleteOld, oldText, insertNew, newText),
    };
}

QStringList postgresStatements(const Indexed &entry)
{
    return {QStringLiteral("postgresql:CREATE INDEX IF NOT EXISTS %1_search ON %1 USING gin "
                           "((%2) gin_trgm_ops) WHERE %3")
                    .arg(QLatin1String(entry.table), SearchSchema::postgresExpression(entry.kind),
                         anyText(entry))};
}

} // namespace

QStringList SearchSchema::columns(ObjectKind kind)
{
    const Indexed *entry = indexed(kind);
    return entry ? entry->columns : QStringList();
}

QString SearchSchema::postgresExpression(ObjectKind kind)
{
    const Indexed *entry = indexed(kind);
    if (!entry)
        return {};
    QStringList parts;
    for (const QString &column : entry->columns) {
        parts.append(column);
        if (column == QLatin1String("mac_address"))
            parts.append(QStringLiteral("translate(mac_address, ':-.', '')"));
    }
    return QStringLiteral("(") + parts.join(QStringLiteral(" || ' ' || ")) + QStringLiteral(")");
}

QString SearchSchema::indexedPredicate(ObjectKind kind)
{
    const Indexed *entry = indexed(kind);
    return entry ? anyText(*entry) : QString();
}

QStringList SearchSchema::migration()
{
    QStringList statements = {QStringLiteral("postgresql:CREATE EXTENSION IF NOT EXISTS pg_trgm")};
    for (const Indexed &entry : indexedKinds())
        statements += sqliteStatements(entry) + postgresStatements(entry);
    return statements;
}

} // namespace ipam
