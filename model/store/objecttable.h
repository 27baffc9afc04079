#pragma once

#include "domain/entities.h"

#include <QSqlQuery>
#include <QStringList>

// How each kind of object maps onto its table: the table name, the columns after the common
// (id, version, modified_ms), how to bind an object's values in that order and how to read a
// row back. One mapping per kind keeps the SQL of the store generic (Store::select<T>, the
// write path's insert/update/remove) instead of eight hand-written copies.

namespace ipam {

template<typename T>
struct ObjectTable;

#define IPAM_DECLARE_OBJECT_TABLE(Type) \
    template<> \
    struct ObjectTable<Type> \
    { \
        static QString name(); \
        static const QStringList &columns(); \
        static void bind(QSqlQuery &query, const Type &object); \
        static Type read(const QSqlQuery &query); /* columns in select order */ \
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

// "id, version, modified_ms, <columns>" for SELECT.
template<typename T>
QString selectColumns()
{
    return QStringLiteral("id, version, modified_ms, ")
            + ObjectTable<T>::columns().join(QStringLiteral(", "));
}

// List fields (VlanId, reserved addresses, ...) are stored as one comma-separated text column:
// they are short, never queried by element, and the same text goes to CSV.
QString joinList(const QList<int> &values);
QString joinList(const QList<QString> &values);
QList<int> splitIntList(const QString &text);
QList<QString> splitStringList(const QString &text);

} // namespace ipam
