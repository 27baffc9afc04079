#pragma once

#include "domain/entities.h"

#include <QSqlQuery>
#include <QStringList>

// How each kind of object maps onto its table: the table name, the columns after the common
// (id, version, modified_ms), how to bind an object's values in that order and how to read a
// row back. One mapping per kind keeps the SQL of the store generic (Store::select<T>, the
// write path's insert/update/remove) instead of eight hand-written copies.

namespace ipam {

// Receives an object's column values in order: a QSqlQuery's bind values, or the native
// SQLite binder of the bulk insert (SqliteBulkInsert), so the mapping is written once. Typed
// rather than QVariant so the native path converts nothing it does not have to.
class BindSink
{
public:
    virtual ~BindSink() = default;
    virtual void addInt(qint64 value) = 0;
    // Text columns are NOT NULL: a null QString is stored as '' (QtSql would bind NULL).
    virtual void addText(const QString &value) = 0;
    virtual void addBlob(const QByteArray &value) = 0;
    virtual void addNull() = 0;
    // A reference: 0 (none) is NULL.
    void addId(qint64 id)
    {
        if (id == 0)
            addNull();
        else
            addInt(id);
    }
};

class QueryBindSink final : public BindSink
{
public:
    explicit QueryBindSink(QSqlQuery &query)
        : m_query(query)
    { }
    void addInt(qint64 value) override { m_query.addBindValue(value); }
    void addText(const QString &value) override
    {
        m_query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    }
    void addBlob(const QByteArray &value) override { m_query.addBindValue(value); }
    void addNull() override { m_query.addBindValue(QVariant(QMetaType::fromType<qint64>())); }

private:
    QSqlQuery &m_query;
};

template<typename T>
struct ObjectTable;

#define IPAM_DECLARE_OBJECT_TABLE(Type) \
    template<> \
    struct ObjectTable<Type> \
    { \
        static QString name(); \
        static const QStringList &columns(); \
        static void bind(BindSink &sink, const Type &object); \
        static void bind(QSqlQuery &query, const Type &object) \
        { \
            QueryBindSink sink(query); \
            bind(sink, object); \
        } \
        /* columns in select order; a QSqlQuery or a SqliteRow */ \
        template<typename Row> \
        static Type read(const Row &row); \
    };

IPAM_DECLARE_OBJECT_TABLE(AddressSpace)
IPAM_DECLARE_OBJECT_TABLE(LogicalNetwork)
IPAM_DECLARE_OBJECT_TABLE(NetworkSite)
IPAM_DECLARE_OBJECT_TABLE(VmNetwork)
IPAM_DECLARE_OBJECT_TABLE(Block)
IPAM_DECLARE_OBJECT_TABLE(Subnet)
IPAM_DECLARE_OBJECT_TABLE(Range)
IPAM_DECLARE_OBJECT_TABLE(Address)

#undef IPAM_DECLARE_OBJECT_TABLE

QString tableName(ObjectKind kind);
int familyNumber(Family family); // 4 | 6, as the family columns hold it

// "id, version, modified_ms, <columns>, access_scope_id, access_scope_inherited" for SELECT,
// joined once per kind. The last two are read by readAccessScope (ObjectTable<T>::read reads
// the kind's own columns only).
template<typename T>
const QString &selectColumns()
{
    static const QString columns = QStringLiteral("id, version, modified_ms, ")
            + ObjectTable<T>::columns().join(QStringLiteral(", "))
            + QStringLiteral(", access_scope_id, access_scope_inherited");
    return columns;
}
template<typename T, typename Row>
void readAccessScope(StoredObject &object, const Row &query)
{
    const int first = 3 + int(ObjectTable<T>::columns().size());
    object.accessScopeId = query.value(first).toLongLong();
    object.accessScopeInherited = query.value(first + 1).toInt() != 0;
}

// List fields (VlanId, reserved addresses, ...) are stored as one comma-separated text column:
// they are short, never queried by element, and the same text goes to CSV.
QString joinList(const QList<int> &values);
QString joinList(const QList<QString> &values);
QList<int> splitIntList(const QString &text);
QList<QString> splitStringList(const QString &text);

} // namespace ipam
