#include "sqlitestatement.h"

#include "store/database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ipam {

sqlite3 *sqliteHandle(Database &database)
{
    if (database.isPostgreSql())
        return nullptr;
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::SqliteStatement(sqlite3 *handle, const QString &sql)
    : m_handle(handle)
{
    if (!m_handle)
        return;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr)
        != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

QString SqliteStatement::error() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                    : QStringLiteral("no SQLite connection");
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_failed = false;
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bind(int position, const QString &text)
{
    bindUtf8(position, text.toUtf8());
}

void SqliteStatement::bindUtf8(int position, QByteArrayView utf8)
{
    // An empty view may have no data pointer; SQLite reads a null pointer as NULL, not ''.
    sqlite3_bind_text(m_statement, position, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_TRANSIENT);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

bool SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    return !m_failed;
}

bool SqliteStatement::isBusy() const
{
    return m_statement && sqlite3_stmt_busy(m_statement);
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(m_handle);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

void SqliteStatement::bind(int position, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, position, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, position, bytes.constData(), int(bytes.size()),
                          SQLITE_TRANSIENT);
        break;
    }
    default:
        bind(position, value.toString());
    }
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace ipam
