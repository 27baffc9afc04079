#pragma once

#include "domain/utilization.h"
#include "items/customfieldcolumns.h"
#include "items/placement.h"

#include <QAbstractTableModel>

namespace ipam {

class CustomFieldTables;
class SearchQuery;
struct ResultFilter;

// A table of one kind of address object (subnets, ranges, addresses or blocks), as the result
// pane lists them. Besides the item-model interface it offers the typed hooks the filter
// proxies decide with, so no proxy ever parses display text: where a row sits
// (placementOf), whether it matches the search box, and a strict total order per column.
//
// The custom fields of the kind follow the model's own columns (ownColumnCount()), one column
// per definition, their values held by CustomFieldColumns: columns of a removed definition are
// removed and new ones appended with exact column notifications, so a view keeps its other
// columns' order, widths and hidden state.
class AddressObjectModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual ObjectKind kind() const = 0;
    virtual ObjectId objectId(int row) const = 0;
    // The row of an object, -1 when the model does not hold it.
    virtual int rowOf(ObjectId id) const = 0;
    virtual Placement placementOf(int row) const = 0;
    virtual bool matches(int row, const SearchQuery &query) const = 0;
    // A strict total order: ties are broken by network and then by id.
    virtual bool lessThan(int left, int right, int column) const = 0;
    // Blocks belong to a space but to no logical network or site (ResultFilter).
    virtual bool ignoresAssignment() const { return false; }
    // The column that holds the network or address, sorted ascending by default.
    virtual int networkColumn() const { return 0; }
    virtual bool hiddenByDefault(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    // A column's default width in characters, for views that open without saved widths.
    virtual int defaultWidth(int column) const
    {
        const QString title = headerData(column, Qt::Horizontal).toString();
        return column == networkColumn() ? 20 : qMax(10, int(title.size()) + 3);
    }

    // The result pane's filter, before the proxy applies it: a model that loads per scope
    // (ScopedRowModel) reads the filter's scope; the others hold everything and ignore it.
    virtual void scopeTo(const ResultFilter &filter) { Q_UNUSED(filter); }

    void setThresholds(const UtilizationThresholds &thresholds) { m_thresholds = thresholds; }
    const UtilizationThresholds &thresholds() const { return m_thresholds; }

    // The model's own columns (its Column enum); custom field columns follow.
    virtual int ownColumnCount() const = 0;
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ownColumnCount() + m_fields.count();
    }
    bool isFieldColumn(int column) const { return column >= ownColumnCount(); }
    const CustomFieldColumns &fieldColumns() const { return m_fields; }
    // The column of a custom field, -1 when the kind shows no such field.
    int columnOfField(ObjectId fieldId) const;

    // Reads the definitions and the values again (a load; definitions changed): columns of
    // removed fields go, new ones are appended, renamed ones announce their header, and the
    // values are read in bulk (one query per field); then fieldValuesReloaded(). With
    // `keepUnchanged` (a definitions change: values did not change with it) a field whose
    // definition kept its version keeps the values held: at 1,000,000 values a column costs
    // seconds to read.
    bool reloadFields(CustomFieldTables &tables, QString *error = nullptr,
                      bool keepUnchanged = false);
    // Reads the values of these objects again, before the model applies their change (whose
    // notifications then announce the rows). Many objects are read as whole columns.
    bool refreshFieldValues(CustomFieldTables &tables, const QList<ObjectId> &ids,
                            QString *error = nullptr);
    // Drops the values of removed objects.
    void forgetFieldValues(const QList<ObjectId> &ids);

Q_SIGNALS:
    // Every value of every custom field column may have changed (after reloadFields).
    void fieldValuesReloaded();

protected:
    // A custom field column's data, header and order (column counts from 0 over all columns).
    QVariant fieldData(ObjectId id, int column, int role) const;
    QVariant fieldHeader(int column, int role) const;
    bool fieldHiddenByDefault(int column) const;
    // -1, 0, 1 by the column's sort key.
    int compareField(ObjectId a, ObjectId b, int column) const;
    quint32 fieldSortKey(ObjectId id, int column) const
    {
        return m_fields.sortKey(column - ownColumnCount(), id);
    }
    bool fieldsMatch(ObjectId id, const SearchQuery &query) const
    {
        return m_fields.matches(id, query);
    }

    UtilizationThresholds m_thresholds;

private:
    CustomFieldColumns m_fields;
};

} // namespace ipam
