#include "sqlitebulkinsert.h"

#include "store/objecttable.h"
#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace ipam {

namespace {

// Binds one column value of ObjectTable<Subnet>::bind to the native statement; text as
// UTF-8, the database's encoding, so SQLite does not translate it again.
class NativeBindSink final : public BindSink
{
public:
    explicit NativeBindSink(sqlite3_stmt *statement, int first)
        : m_statement(statement)
        , m_index(first)
    { }

    void addInt(qint64 value) override { sqlite3_bind_int64(m_statement, m_index++, value); }
    void addText(const QString &value) override
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, m_index++, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    void addBlob(const QByteArray &value) override
    {
        sqlite3_bind_blob(m_statement, m_index++, value.constData(), int(value.size()),
                          SQLITE_TRANSIENT);
    }
    void addNull() override { sqlite3_bind_null(m_statement, m_index++); }

private:
    sqlite3_stmt *m_statement;
    int m_index;
};

} // namespace

SqliteBulkInsert::SqliteBulkInsert(Database &database)
{
    m_handle = sqliteHandle(database);
    if (!m_handle)
        return;
    const QStringList &columns = ObjectTable<Subnet>::columns();
    const QString sql
            = QStringLiteral("INSERT INTO ip_subnet (version, modified_ms, %1) VALUES (1, ?%2)")
                      .arg(columns.join(QStringLiteral(", ")),
                           QStringLiteral(", ?").repeated(columns.size()));
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK)
        m_statement = nullptr;
    QStringList sets;
    for (const QString &column : columns)
        sets.append(column + QStringLiteral(" = ?"));
    const QByteArray update
            = QStringLiteral("UPDATE ip_subnet SET version = version + 1, modified_ms = ?, "
                             "%1 WHERE id = ? AND version = ?")
                      .arg(sets.join(QStringLiteral(", ")))
                      .toUtf8();
    if (sqlite3_prepare_v2(m_handle, update.constData(), int(update.size()), &m_update, nullptr)
        != SQLITE_OK)
        m_update = nullptr;
}

bool SqliteBulkInsert::update(const Subnet &subnet, qint64 expectedVersion, qint64 modifiedMs,
                              int *rows, QString *error)
{
    if (!m_update) {
        *error = QStringLiteral("the native update statement is not available");
        return false;
    }
    sqlite3_reset(m_update);
    sqlite3_bind_int64(m_update, 1, modifiedMs);
    NativeBindSink sink(m_update, 2);
    ObjectTable<Subnet>::bind(sink, subnet);
    sink.addInt(subnet.id);
    sink.addInt(expectedVersion);
    const bool ok = sqlite3_step(m_update) == SQLITE_DONE;
    if (ok)
        *rows = sqlite3_changes(m_handle);
    else
        *error = QStringLiteral("subnet %1: %2")
                         .arg(subnet.networkId.toString(),
                              QString::fromUtf8(sqlite3_errmsg(m_handle)));
    sqlite3_reset(m_update);
    return ok;
}

SqliteBulkInsert::~SqliteBulkInsert()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    if (m_update)
        sqlite3_finalize(m_update);
    for (sqlite3_stmt *statement : m_inserts) {
        if (statement)
            sqlite3_finalize(statement);
    }
}

template<typename T>
bool SqliteBulkInsert::insertOne(T &object, qint64 modifiedMs, QString *error)
{
    sqlite3_stmt *&statement = m_inserts[std::size_t(T::kind)];
    if (!statement && m_handle) {
        const QStringList &columns = ObjectTable<T>::columns();
        const QByteArray sql
                = QStringLiteral("INSERT INTO %1 (version, modified_ms, %2) VALUES (1, ?%3)")
                          .arg(ObjectTable<T>::name(), columns.join(QStringLiteral(", ")),
                               QStringLiteral(", ?").repeated(columns.size()))
                          .toUtf8();
        if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
            != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            statement = nullptr;
            return false;
        }
    }
    if (!statement) {
        *error = QStringLiteral("no SQLite connection");
        return false;
    }
    sqlite3_reset(statement);
    sqlite3_bind_int64(statement, 1, modifiedMs);
    NativeBindSink sink(statement, 2);
    ObjectTable<T>::bind(sink, object);
    const bool ok = sqlite3_step(statement) == SQLITE_DONE;
    if (ok) {
        object.id = sqlite3_last_insert_rowid(m_handle);
        object.version = 1;
        object.lastModifiedMs = modifiedMs;
    } else {
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    sqlite3_reset(statement);
    return ok;
}

template bool SqliteBulkInsert::insertOne(AddressSpace &, qint64, QString *);
template bool SqliteBulkInsert::insertOne(LogicalNetwork &, qint64, QString *);
template bool SqliteBulkInsert::insertOne(NetworkSite &, qint64, QString *);
template bool SqliteBulkInsert::insertOne(VmNetwork &, qint64, QString *);
template bool SqliteBulkInsert::insertOne(Block &, qint64, QString *);
template bool SqliteBulkInsert::insertOne(Subnet &, qint64, QString *);
template bool SqliteBulkInsert::insertOne(Range &, qint64, QString *);
template bool SqliteBulkInsert::insertOne(Address &, qint64, QString *);

bool SqliteBulkInsert::insert(const std::vector<Subnet *> &subnets, qint64 modifiedMs,
                              QString *error)
{
    for (Subnet *pointer : subnets) {
        Subnet &subnet = *pointer;
        sqlite3_reset(m_statement);
        sqlite3_bind_int64(m_statement, 1, modifiedMs);
        NativeBindSink sink(m_statement, 2);
        ObjectTable<Subnet>::bind(sink, subnet);
        if (sqlite3_step(m_statement) != SQLITE_DONE) {
            if (error)
                *error = QStringLiteral("subnet %1: %2")
                                 .arg(subnet.networkId.toString(),
                                      QString::fromUtf8(sqlite3_errmsg(m_handle)));
            sqlite3_reset(m_statement);
            return false;
        }
        subnet.id = sqlite3_last_insert_rowid(m_handle);
        subnet.version = 1;
        subnet.lastModifiedMs = modifiedMs;
    }
    sqlite3_reset(m_statement);
    return true;
}

} // namespace ipam
