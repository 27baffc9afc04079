#pragma once

#include "items/resultproxy.h"
#include "items/rowbatch.h"
#include "items/subnetmodel.h"

#include <QAbstractProxyModel>

#include <vector>

namespace ipam {

// The subnets the result pane lists: those of the tree node's scope, the IPv4/IPv6 switch,
// the VMM logical network and network site choosers and the search text, in the order of the
// clicked column.
//
// Why not QSortFilterProxyModel: at a million rows it asks filterAcceptsRow of every source
// row on each filter change (measured at 1,000,000 rows: 486 ms back to all rows, 4.3 s to sort by
// name), and it cannot use what the table already knows. This proxy decides the structural filter
// once per placement (a few thousand, not a million rows) and then takes the rows of the accepted
// placements from SubnetTable's per-placement indexes (a narrow filter costs O(result)) or,
// for a wide one, walks the table's network order once (O(n) with a table lookup per row and
// no sort). Sorting by network reuses that order; other columns sort their keys once and keep
// the order until the table changes. Filtering and sorting live in one proxy because they
// share one mapping vector: two stacked proxies would each map a million rows.
//
// Change events arrive as table-level signals from SubnetModel (see there) and become exact
// notifications: rows leaving or entering the filter are removed or inserted run by run
// (RowBatch), rows whose sort key moved them are re-placed in one layout change that keeps
// persistent indexes (selection, current row), the rest become dataChanged. A filter change
// is a model reset: the view restores its selection by object id.
class SubnetFilterProxy : public QAbstractProxyModel, public ResultProxy
{
    Q_OBJECT
public:
    using Row = SubnetTable::Row;

    explicit SubnetFilterProxy(QObject *parent = nullptr);

    // Must be a SubnetModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    SubnetModel *subnetModel() const { return m_source; }

    // ResultProxy
    void setFilter(const ResultFilter &filter) override;
    const ResultFilter &filter() const override { return m_filter; }
    AddressObjectModel *resultSource() const override { return m_source; }

    // -1 keeps the table's order (by id).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QStringList mimeTypes() const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

    // The table row shown at a proxy row, and back (-1 when filtered out).
    Row tableRow(int proxyRow) const;
    int proxyRowOfTableRow(Row row) const;
    // Bytes held by the mapping and the caches.
    qsizetype memoryUsage() const;

private:
    void connectSource();
    void connectColumns();
    void onColumnsRemoved(int first, int last);
    void onFieldValuesReloaded();
    void rebuild();
    std::vector<Row> collectRows();
    bool placementAccepted(PlacementRegistry::Index placement);
    bool accepts(Row row);
    bool proxyLess(Row a, Row b) const;
    void orderRows(std::vector<Row> &rows);
    const std::vector<Row> &columnOrder();
    void rebuildReverse(qsizetype from = 0);
    void removeProxyRows(std::vector<qint32> proxyRows);
    void insertTableRows(std::vector<Row> rows);
    void relayout(const std::vector<Row> &moved);
    void invalidateCaches();

    void onTableRowsChanged(const std::vector<quint32> &rows, quint8 changes);
    void onTableRowsAboutToBeRemoved(const std::vector<quint32> &rows);
    void onTableRowsRenumbered(const std::vector<qint32> &oldToNew);
    void onTableRowsInserted(const std::vector<quint32> &rows);
    void onDirectoryChanged(ObjectKind kind);

    SubnetModel *m_source = nullptr;
    ResultFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<Row> m_rows;          // proxy row -> table row
    std::vector<qint32> m_proxyRowOf; // table row -> proxy row, -1 if filtered out
    std::vector<Row> m_final;         // the final mapping while insertions are announced
    RowBatch m_batch;
    std::vector<qint8> m_placementAccepted; // -1 not yet decided
    std::vector<Row> m_columnOrder;         // every table row by m_columnOrderColumn, ascending
    int m_columnOrderColumn = -2;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ipam
