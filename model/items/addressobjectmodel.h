#pragma once

#include "domain/utilization.h"
#include "items/placement.h"

#include <QAbstractTableModel>

namespace ipam {

class SearchQuery;
struct ResultFilter;

// A table of one kind of address object (subnets, ranges, addresses or blocks), as the result
// pane lists them. Besides the item-model interface it offers the typed hooks the filter
// proxies decide with, so no proxy ever parses display text: where a row sits
// (placementOf), whether it matches the search box, and a strict total order per column.
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

protected:
    UtilizationThresholds m_thresholds;
};

} // namespace ipam
