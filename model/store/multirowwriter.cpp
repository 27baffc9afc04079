#include "multirowwriter.h"

#include "store/objecttable.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <vector>

namespace ipam {

namespace {

// PostgreSQL's protocol numbers a statement's parameters in 16 bits.
constexpr int maxParameters = 65535;

QString rowOf(int values)
{
    return QLatin1Char('(') + QStringList(values, QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
}

// A full batch is the same statement every time (prepared once per connection); a last,
// shorter one is prepared for its one use, so the server keeps no statement per length.
class BatchQuery
{
public:
    BatchQuery(Database &db, const QString &sql, bool full)
    {
        if (full) {
            m_query = &db.prepared(sql);
            return;
        }
        m_own.emplace(db.connection());
        m_own->setForwardOnly(true);
        m_own->prepare(sql);
        m_query = &*m_own;
    }
    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
};

} // namespace

MultiRowWriter::MultiRowWriter(ObjectWriter &writer)
    : m_writer(writer)
    , m_db(writer.database())
{ }

bool MultiRowWriter::savepoint(const char *verb, QString *error)
{
    return m_db.exec(QLatin1StringView(verb) + QStringLiteral(" ipam_rows"), error);
}

template<typename T>
WriteOutcome MultiRowWriter::insert(const QList<T *> &objects, int *failedIndex, bool *batchRefused)
{
    *failedIndex = -1;
    if (batchRefused)
        *batchRefused = false;
    const QStringList &columns = ObjectTable<T>::columns();
    const int values = int(columns.size()) + 2; // version, modified_ms, then the columns
    const int batchRows = std::min(rowsPerStatement, maxParameters / values);
    const QString head = QStringLiteral("INSERT INTO %1 (version, modified_ms, %2) VALUES ")
                                 .arg(ObjectTable<T>::name(), columns.join(QStringLiteral(", ")));
    const QString row = rowOf(values);
    for (qsizetype start = 0; start < objects.size(); start += batchRows) {
        const int count = int(std::min<qsizetype>(batchRows, objects.size() - start));
        if (count == 1) { // nothing to batch: the one-row statement, with its own refusal
            if (WriteOutcome failure = m_writer.insert(*objects.at(start))) {
                *failedIndex = int(start);
                return failure;
            }
            continue;
        }
        QString error;
        if (!savepoint("SAVEPOINT", &error))
            return WriteFailure{WriteStatus::Failed, error};
        const QString sql = head + QStringList(count, row).join(QLatin1Char(','))
                + QStringLiteral(" RETURNING id");
        BatchQuery query(m_db, sql, count == batchRows);
        for (qsizetype i = start; i < start + count; ++i) {
            query->addBindValue(1);
            query->addBindValue(m_writer.nowMs());
            ObjectTable<T>::bind(*query, *objects.at(i));
        }
        std::vector<qint64> ids;
        ids.reserve(count);
        const bool inserted = query->exec();
        while (inserted && query->next())
            ids.push_back(query->value(0).toLongLong());
        WriteOutcome batchFailure;
        if (!inserted)
            batchFailure = m_writer.failureOf(*query, *objects.at(start));
        else if (int(ids.size()) != count)
            batchFailure = WriteFailure{
                    WriteStatus::Failed,
                    QStringLiteral("%1 rows inserted, %2 returned").arg(count).arg(ids.size())};
        query->finish();
        if (!batchFailure) {
            if (!savepoint("RELEASE SAVEPOINT", &error))
                return WriteFailure{WriteStatus::Failed, error};
            std::sort(ids.begin(), ids.end());
            for (int i = 0; i < count; ++i) {
                T &object = *objects.at(start + i);
                object.id = ids[std::size_t(i)];
                object.version = 1;
                object.lastModifiedMs = m_writer.nowMs();
            }
            continue;
        }
        // Refused (or short): the same rows one by one, so the refusal names its object.
        if (!savepoint("ROLLBACK TO SAVEPOINT", &error) || !savepoint("RELEASE SAVEPOINT", &error))
            return WriteFailure{WriteStatus::Failed, error};
        if (batchRefused) {
            *batchRefused = true;
            *failedIndex = int(start);
            return batchFailure;
        }
        for (qsizetype i = start; i < start + count; ++i) {
            if (WriteOutcome failure = m_writer.insert(*objects.at(i))) {
                *failedIndex = int(i);
                return failure;
            }
        }
    }
    return std::nullopt;
}

bool MultiRowWriter::update(const QString &table, const QList<Column> &columns,
                            const QList<QVariantList> &rows, QString *error)
{
    const int values = int(columns.size()) + 1;
    const int batchRows = std::min(rowsPerStatement, maxParameters / values);
    // VALUES' parameters have no type of their own: the first row casts them.
    QStringList sets;
    QStringList names{QStringLiteral("id")};
    QStringList typed{QStringLiteral("CAST(? AS bigint)")};
    for (const Column &column : columns) {
        sets << QStringLiteral("%1 = v.%1").arg(column.name);
        names << column.name;
        typed << QStringLiteral("CAST(? AS %1)").arg(column.type);
    }
    const QString first = QLatin1Char('(') + typed.join(QLatin1Char(',')) + QLatin1Char(')');
    const QString row = rowOf(values);
    for (qsizetype start = 0; start < rows.size(); start += batchRows) {
        const int count = int(std::min<qsizetype>(batchRows, rows.size() - start));
        QStringList list(count, row);
        list.first() = first;
        // A common table expression names VALUES' columns on both SQLite and PostgreSQL.
        const QString sql
                = QStringLiteral("WITH v(%1) AS (VALUES %2) UPDATE %3 AS t SET %4 FROM "
                                 "v WHERE t.id = v.id")
                          .arg(names.join(QStringLiteral(", ")), list.join(QLatin1Char(',')), table,
                               sets.join(QStringLiteral(", ")));
        BatchQuery query(m_db, sql, count == batchRows);
        for (qsizetype i = start; i < start + count; ++i) {
            for (const QVariant &value : rows.at(i))
                query->addBindValue(value);
        }
        const bool ok = ObjectWriter::exec(*query, error);
        query->finish();
        if (!ok)
            return false;
    }
    return true;
}

#define IPAM_MULTI_ROW_WRITER_KIND(T) \
    template WriteOutcome MultiRowWriter::insert<T>(const QList<T *> &, int *, bool *);
IPAM_MULTI_ROW_WRITER_KIND(AddressSpace)
IPAM_MULTI_ROW_WRITER_KIND(LogicalNetwork)
IPAM_MULTI_ROW_WRITER_KIND(NetworkSite)
IPAM_MULTI_ROW_WRITER_KIND(VmNetwork)
IPAM_MULTI_ROW_WRITER_KIND(Block)
IPAM_MULTI_ROW_WRITER_KIND(Subnet)
IPAM_MULTI_ROW_WRITER_KIND(Range)
IPAM_MULTI_ROW_WRITER_KIND(Address)
#undef IPAM_MULTI_ROW_WRITER_KIND

} // namespace ipam
