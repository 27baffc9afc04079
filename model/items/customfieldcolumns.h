#pragma once

#include "domain/customfield.h"
#include "items/resultfilter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ipam {

// The custom fields of one kind as columns of a result model (after the model's own), and each
// object's value of each, keyed by object id: what data(), sorting and the search box read, so
// none of them runs SQL. AddressObjectModel fills it in bulk (one query per field) when the
// console loads or the definitions change, and per object for the objects of a change event.
//
// Why interned: a field's values repeat (a million subnets hold a few hundred racks). Each
// distinct text is kept once and a row holds its index, so a column of a million values costs
// one hash entry per object that has a value (nothing for those without), a sort ranks the few
// distinct texts once and then compares integers, and the search box decides each distinct
// text once per query and then costs one hash look-up per row.
class CustomFieldColumns
{
public:
    // The definitions that can be a column of `kind`: those that apply to it and keep their
    // values as custom field values (not IPAM's built-ins kept as an object property, such as
    // Device Type, which the model shows as its own column), in the order given.
    static QList<CustomField> applicable(const QList<CustomField> &fields, ObjectKind kind);

    int count() const { return int(m_columns.size()); }
    const CustomField &field(int column) const { return m_columns[size_t(column)].field; }
    // The column of a field id, -1 when it has none.
    int columnOf(ObjectId fieldId) const;

    // Edits (the model wraps them in its column notifications). `stored` maps object ids to
    // the store's text (customfields::fromStoredText).
    void append(const CustomField &field, const QHash<ObjectId, QString> &stored);
    void remove(int column);
    void setDefinition(int column, const CustomField &field)
    {
        m_columns[size_t(column)].field = field;
    }
    void setValues(int column, const QHash<ObjectId, QString> &stored);
    // One object's value (empty: none).
    void setValue(int column, ObjectId id, const QString &stored);
    void forget(ObjectId id);
    void clear() { m_columns.clear(); }

    bool hasValue(int column, ObjectId id) const;
    // The value as the console shows it ("a; b"), empty when the object has none.
    QString text(int column, ObjectId id) const;
    // Orders a column: 0 for an object without a value (first, as an empty text), otherwise
    // 1 + the rank of its value among the column's distinct values (numbers by value, texts
    // without regard to case). Equal values have equal keys.
    quint32 sortKey(int column, ObjectId id) const;
    // Whether the search text occurs (without regard to case) in a value of the object.
    bool matches(ObjectId id, const SearchQuery &query) const;

private:
    struct Column
    {
        CustomField field;
        QHash<ObjectId, quint32> valueOf; // object id -> index into texts
        QStringList texts;
        QHash<QString, quint32> indexOf;
        mutable std::vector<quint32> rank; // by text index; empty: to be computed
        mutable std::vector<qint8> hits;   // by text index, for m_hitQuery: -1 undecided
    };
    quint32 intern(Column &column, const QString &stored);
    void rankTexts(const Column &column) const;

    std::vector<Column> m_columns;
    mutable SearchQuery m_hitQuery;
};

} // namespace ipam
