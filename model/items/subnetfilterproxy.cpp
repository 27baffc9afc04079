#include "subnetfilterproxy.h"

#include "items/networkdirectory.h"

#include <algorithm>

namespace ipam {

SubnetFilterProxy::SubnetFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void SubnetFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *source = qobject_cast<SubnetModel *>(sourceModel);
    Q_ASSERT_X(source || !sourceModel, "SubnetFilterProxy", "the source must be a SubnetModel");
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_source = source;
    connectSource();
    invalidateCaches();
    m_placementAccepted.clear();
    rebuild();
    endResetModel();
}

void SubnetFilterProxy::connectSource()
{
    if (!m_source)
        return;
    m_connections << connect(m_source, &SubnetModel::tableRowsChanged, this,
                             &SubnetFilterProxy::onTableRowsChanged);
    m_connections << connect(m_source, &SubnetModel::tableRowsAboutToBeRemoved, this,
                             &SubnetFilterProxy::onTableRowsAboutToBeRemoved);
    m_connections << connect(m_source, &SubnetModel::tableRowsRenumbered, this,
                             &SubnetFilterProxy::onTableRowsRenumbered);
    m_connections << connect(m_source, &SubnetModel::tableRowsInserted, this,
                             &SubnetFilterProxy::onTableRowsInserted);
    m_connections << connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                             [this] { beginResetModel(); });
    m_connections << connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        invalidateCaches();
        m_placementAccepted.clear();
        rebuild();
        endResetModel();
    });
    connectColumns();
    const NetworkDirectory *directory = &m_source->directory();
    auto changed = [this](ObjectKind kind, ObjectId) { onDirectoryChanged(kind); };
    m_connections << connect(directory, &NetworkDirectory::objectChanged, this, changed);
    m_connections << connect(directory, &NetworkDirectory::objectAdded, this, changed);
    m_connections << connect(directory, &NetworkDirectory::reset, this,
                             [this] { onDirectoryChanged(ObjectKind::VmNetwork); });
}

void SubnetFilterProxy::connectColumns()
{
    // Custom field columns come and go at the end of the source's columns; the proxy's columns
    // are the source's, one to one.
    m_connections << connect(m_source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                             [this](const QModelIndex &, int first, int last) {
                                 beginInsertColumns({}, first, last);
                             });
    m_connections << connect(m_source, &QAbstractItemModel::columnsInserted, this,
                             [this] { endInsertColumns(); });
    m_connections << connect(m_source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                             [this](const QModelIndex &, int first, int last) {
                                 beginRemoveColumns({}, first, last);
                             });
    m_connections << connect(m_source, &QAbstractItemModel::columnsRemoved, this,
                             [this](const QModelIndex &, int first, int last) {
                                 endRemoveColumns();
                                 onColumnsRemoved(first, last);
                             });
    m_connections << connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                             &QAbstractItemModel::headerDataChanged);
    m_connections << connect(m_source, &AddressObjectModel::fieldValuesReloaded, this,
                             &SubnetFilterProxy::onFieldValuesReloaded);
}

void SubnetFilterProxy::onColumnsRemoved(int first, int last)
{
    if (m_sortColumn < first)
        return;
    invalidateCaches();
    if (m_sortColumn > last) {
        // The same values under a lower column number: the order holds.
        m_sortColumn -= last - first + 1;
        return;
    }
    // The column sorted by is gone: back to the table's order.
    const Qt::SortOrder order = m_sortOrder;
    m_sortColumn = -2;
    sort(-1, order);
}

void SubnetFilterProxy::onFieldValuesReloaded()
{
    invalidateCaches();
    const bool decides = !m_filter.search.isEmpty()
            || (m_sortColumn >= 0 && m_source->isFieldColumn(m_sortColumn));
    if (decides) {
        // Every value may differ: which rows match and their order are decided again.
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    if (!m_rows.empty() && columnCount() > SubnetModel::ColumnCount)
        Q_EMIT dataChanged(index(0, SubnetModel::ColumnCount),
                           index(int(m_rows.size()) - 1, columnCount() - 1));
}

void SubnetFilterProxy::setFilter(const ResultFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_placementAccepted.clear();
    rebuild();
    endResetModel();
}

void SubnetFilterProxy::invalidateCaches()
{
    m_columnOrder = {};
    m_columnOrderColumn = -2;
}

bool SubnetFilterProxy::placementAccepted(PlacementRegistry::Index placement)
{
    if (m_placementAccepted.size() <= placement)
        m_placementAccepted.resize(size_t(m_source->table().placementCount()), -1);
    qint8 &known = m_placementAccepted[placement];
    if (known < 0)
        known = m_filter.acceptsPlacement(m_source->table().placements().at(placement),
                                          m_source->directory())
                ? 1
                : 0;
    return known == 1;
}

bool SubnetFilterProxy::accepts(Row row)
{
    const SubnetTable &table = m_source->table();
    if (!placementAccepted(table.placementIndex(row)))
        return false;
    return m_filter.search.isEmpty() || m_source->rowMatches(row, m_filter.search);
}

bool SubnetFilterProxy::proxyLess(Row a, Row b) const
{
    if (m_sortColumn < 0)
        return a < b;
    return m_sortOrder == Qt::AscendingOrder ? m_source->rowLess(a, b, m_sortColumn)
                                             : m_source->rowLess(b, a, m_sortColumn);
}

const std::vector<SubnetFilterProxy::Row> &SubnetFilterProxy::columnOrder()
{
    if (m_columnOrderColumn != m_sortColumn) {
        // From the network order: the sorts keep ties in it.
        m_columnOrder = m_source->table().networkOrder();
        m_source->sortRows(m_columnOrder, m_sortColumn);
        m_columnOrderColumn = m_sortColumn;
    }
    return m_columnOrder;
}

std::vector<SubnetFilterProxy::Row> SubnetFilterProxy::collectRows()
{
    std::vector<Row> rows;
    if (!m_source)
        return rows;
    const SubnetTable &table = m_source->table();
    const qsizetype n = table.size();
    const qsizetype placements = table.placementCount();

    std::vector<char> accepted(size_t(placements), 0);
    qsizetype acceptedRows = 0;
    qsizetype acceptedPlacements = 0;
    qsizetype familyPlacements = 0;
    for (qsizetype p = 0; p < placements; ++p) {
        const auto index = PlacementRegistry::Index(p);
        const qsizetype count = qsizetype(table.rowsOf(index).size());
        if (count == 0)
            continue;
        if (table.placements().at(index).family == m_filter.family)
            ++familyPlacements;
        if (placementAccepted(index)) {
            accepted[size_t(p)] = 1;
            acceptedRows += count;
            ++acceptedPlacements;
        }
    }
    const bool wholeFamily = acceptedPlacements == familyPlacements;
    const bool narrow = acceptedRows * 8 < n;
    auto gather = [&] {
        rows.reserve(size_t(acceptedRows));
        for (qsizetype p = 0; p < placements; ++p) {
            if (accepted[size_t(p)]) {
                const auto &list = table.rowsOf(PlacementRegistry::Index(p));
                rows.insert(rows.end(), list.begin(), list.end());
            }
        }
    };
    auto scan = [&](auto begin, auto end) {
        rows.reserve(size_t(acceptedRows));
        for (auto it = begin; it != end; ++it) {
            if (accepted[table.placementIndex(*it)])
                rows.push_back(*it);
        }
    };

    if (acceptedRows == 0) {
        // nothing
    } else if (m_sortColumn == SubnetModel::NetworkColumn) {
        const auto [first, last] = table.familySpan(m_filter.family);
        const auto &order = table.networkOrder();
        if (wholeFamily) {
            rows.assign(order.begin() + first, order.begin() + last);
        } else if (narrow) {
            gather();
            m_source->sortRows(rows, SubnetModel::NetworkColumn);
        } else {
            scan(order.begin() + first, order.begin() + last);
        }
    } else if (m_sortColumn < 0) {
        if (narrow) {
            gather();
            std::sort(rows.begin(), rows.end());
        } else {
            rows.reserve(size_t(acceptedRows));
            for (Row row = 0; row < Row(n); ++row) {
                if (accepted[table.placementIndex(row)])
                    rows.push_back(row);
            }
        }
    } else if (narrow) {
        gather();
        m_source->sortRows(rows, m_sortColumn);
    } else {
        const auto &order = columnOrder();
        scan(order.begin(), order.end());
    }

    if (!m_filter.search.isEmpty()) {
        std::erase_if(rows, [&](Row row) { return !m_source->rowMatches(row, m_filter.search); });
    }
    if (m_sortColumn >= 0 && m_sortOrder == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

void SubnetFilterProxy::rebuildReverse(qsizetype from)
{
    const auto n = size_t(m_source ? m_source->table().size() : 0);
    if (from == 0 || m_proxyRowOf.size() != n) {
        m_proxyRowOf.assign(n, -1);
        from = 0;
    }
    for (size_t i = size_t(from); i < m_rows.size(); ++i)
        m_proxyRowOf[m_rows[i]] = qint32(i);
}

void SubnetFilterProxy::rebuild()
{
    m_rows = collectRows();
    rebuildReverse();
}

void SubnetFilterProxy::orderRows(std::vector<Row> &rows)
{
    if (!m_source)
        return;
    const SubnetTable &table = m_source->table();
    const bool wide = qsizetype(rows.size()) * 8 >= table.size();
    if (m_sortColumn < 0) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    if (wide && m_sortColumn == SubnetModel::NetworkColumn) {
        rows.clear();
        for (Row row : table.networkOrder()) {
            if (m_proxyRowOf[row] >= 0)
                rows.push_back(row);
        }
    } else if (wide) {
        const auto &order = columnOrder();
        rows.clear();
        for (Row row : order) {
            if (m_proxyRowOf[row] >= 0)
                rows.push_back(row);
        }
    } else {
        m_source->sortRows(rows, m_sortColumn);
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
}

void SubnetFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && (order == m_sortOrder || column < 0))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<Row> rowsBefore;
    rowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        rowsBefore.push_back(m_rows[size_t(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    orderRows(m_rows);
    rebuildReverse();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(m_proxyRowOf[rowsBefore[size_t(i)]], before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SubnetFilterProxy::removeProxyRows(std::vector<qint32> proxyRows)
{
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    m_batch.beginRemoving();
    qsizetype gone = 0;
    for (const auto &[first, count] : RowBatch::runsOf(proxyRows)) {
        const qsizetype current = first - gone;
        beginRemoveRows({}, int(current), int(current + count - 1));
        m_batch.runRemoved(current, count);
        gone += count;
        endRemoveRows();
    }
    for (qint32 proxyRow : proxyRows) {
        m_proxyRowOf[m_rows[size_t(proxyRow)]] = -1;
        m_rows[size_t(proxyRow)] = Row(-1);
    }
    std::erase(m_rows, Row(-1));
    m_batch.finish();
    rebuildReverse(proxyRows.front());
}

void SubnetFilterProxy::insertTableRows(std::vector<Row> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), [this](Row a, Row b) { return proxyLess(a, b); });
    m_final.clear();
    m_final.reserve(m_rows.size() + rows.size());
    std::vector<qsizetype> positions;
    positions.reserve(rows.size());
    size_t i = 0;
    size_t j = 0;
    while (i < m_rows.size() || j < rows.size()) {
        if (j < rows.size() && (i == m_rows.size() || proxyLess(rows[j], m_rows[i]))) {
            positions.push_back(qsizetype(m_final.size()));
            m_final.push_back(rows[j++]);
        } else {
            m_final.push_back(m_rows[i++]);
        }
    }
    m_batch.beginInserting(qsizetype(rows.size()));
    for (const auto &[first, count] : RowBatch::runsOf(positions)) {
        beginInsertRows({}, int(first), int(first + count - 1));
        m_batch.runInserted(first, count);
        endInsertRows();
    }
    m_rows.swap(m_final);
    m_final.clear();
    m_batch.finish();
    rebuildReverse(positions.front());
}

void SubnetFilterProxy::relayout(const std::vector<Row> &moved)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<Row> rowsBefore;
    rowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        rowsBefore.push_back(m_rows[size_t(index.row())]);
    std::vector<char> isMoved(m_proxyRowOf.size(), 0);
    for (Row row : moved)
        isMoved[row] = 1;
    std::vector<Row> kept;
    kept.reserve(m_rows.size());
    for (Row row : m_rows) {
        if (!isMoved[row])
            kept.push_back(row);
    }
    std::vector<Row> sortedMoved = moved;
    std::sort(sortedMoved.begin(), sortedMoved.end(),
              [this](Row a, Row b) { return proxyLess(a, b); });
    m_rows.clear();
    std::merge(kept.begin(), kept.end(), sortedMoved.begin(), sortedMoved.end(),
               std::back_inserter(m_rows), [this](Row a, Row b) { return proxyLess(a, b); });
    rebuildReverse();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(m_proxyRowOf[rowsBefore[size_t(i)]], before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SubnetFilterProxy::onTableRowsChanged(const std::vector<quint32> &rows, quint8 changes)
{
    Q_UNUSED(changes);
    invalidateCaches();
    std::vector<qint32> leaving;
    std::vector<Row> entering;
    std::vector<Row> staying;
    for (Row row : rows) {
        const bool was = m_proxyRowOf[row] >= 0;
        const bool now = accepts(row);
        if (was && !now)
            leaving.push_back(m_proxyRowOf[row]);
        else if (!was && now)
            entering.push_back(row);
        else if (was)
            staying.push_back(row);
    }
    removeProxyRows(std::move(leaving));
    if (m_sortColumn >= 0 && !staying.empty()) {
        // Sorted is a local property: only pairs next to a changed row can be out of order.
        bool ordered = true;
        for (Row row : staying) {
            const auto p = size_t(m_proxyRowOf[row]);
            if ((p > 0 && !proxyLess(m_rows[p - 1], row))
                || (p + 1 < m_rows.size() && !proxyLess(row, m_rows[p + 1]))) {
                ordered = false;
                break;
            }
        }
        if (!ordered)
            relayout(staying);
    }
    insertTableRows(std::move(entering));
    if (staying.empty())
        return;
    std::vector<qint32> proxyRows;
    proxyRows.reserve(staying.size());
    for (Row row : staying)
        proxyRows.push_back(m_proxyRowOf[row]);
    std::sort(proxyRows.begin(), proxyRows.end());
    const auto runs = RowBatch::runsOf(proxyRows);
    const int lastColumn = columnCount() - 1;
    if (runs.size() > 32) {
        Q_EMIT dataChanged(index(proxyRows.front(), 0), index(proxyRows.back(), lastColumn));
    } else {
        for (const auto &[first, count] : runs)
            Q_EMIT dataChanged(index(int(first), 0), index(int(first + count - 1), lastColumn));
    }
}

void SubnetFilterProxy::onTableRowsAboutToBeRemoved(const std::vector<quint32> &rows)
{
    std::vector<qint32> proxyRows;
    for (Row row : rows) {
        if (m_proxyRowOf[row] >= 0)
            proxyRows.push_back(m_proxyRowOf[row]);
    }
    removeProxyRows(std::move(proxyRows));
}

void SubnetFilterProxy::onTableRowsRenumbered(const std::vector<qint32> &oldToNew)
{
    invalidateCaches();
    for (Row &row : m_rows)
        row = Row(oldToNew[row]);
    rebuildReverse();
}

void SubnetFilterProxy::onTableRowsInserted(const std::vector<quint32> &rows)
{
    invalidateCaches();
    if (m_proxyRowOf.size() != size_t(m_source->table().size()))
        m_proxyRowOf.resize(size_t(m_source->table().size()), -1);
    std::vector<Row> accepted;
    for (Row row : rows) {
        if (accepts(row))
            accepted.push_back(row);
    }
    insertTableRows(std::move(accepted));
}

void SubnetFilterProxy::onDirectoryChanged(ObjectKind kind)
{
    // Only a VM network's logical network can change which rows a filter accepts (customer
    // subnets count under it); renames only change names, and with them an order by name.
    if (kind == ObjectKind::VmNetwork && !m_filter.logicalNetwork.isAny()) {
        beginResetModel();
        m_placementAccepted.clear();
        rebuild();
        endResetModel();
        return;
    }
    if (m_rows.empty())
        return;
    const bool sortedByName = m_sortColumn == SubnetModel::LogicalNetworkColumn
            || m_sortColumn == SubnetModel::SiteColumn
            || m_sortColumn == SubnetModel::VmNetworkColumn
            || m_sortColumn == SubnetModel::AddressSpaceColumn;
    if (sortedByName) {
        invalidateCaches();
        relayout(m_rows);
    }
    Q_EMIT dataChanged(index(0, SubnetModel::LogicalNetworkColumn),
                       index(int(m_rows.size()) - 1, SubnetModel::AddressSpaceColumn));
}

SubnetFilterProxy::Row SubnetFilterProxy::tableRow(int proxyRow) const
{
    switch (m_batch.mode()) {
    case RowBatch::Mode::Idle:
        return m_rows[size_t(proxyRow)];
    case RowBatch::Mode::Removing:
        return m_rows[size_t(m_batch.oldPosition(proxyRow))];
    case RowBatch::Mode::Inserting: {
        const auto [final, position] = m_batch.insertingPosition(proxyRow);
        return final ? m_final[size_t(position)] : m_rows[size_t(position)];
    }
    }
    return 0;
}

int SubnetFilterProxy::proxyRowOfTableRow(Row row) const
{
    if (m_batch.isIdle())
        return row < m_proxyRowOf.size() ? m_proxyRowOf[row] : -1;
    for (int i = 0; i < rowCount(); ++i) {
        if (tableRow(i) == row)
            return i;
    }
    return -1;
}

QModelIndex SubnetFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid())
        return {};
    return m_source->index(int(tableRow(proxyIndex.row())), proxyIndex.column());
}

QModelIndex SubnetFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid())
        return {};
    const int row = proxyRowOfTableRow(Row(sourceIndex.row()));
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex SubnetFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SubnetFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex SubnetFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int SubnetFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const qsizetype storage = m_batch.mode() == RowBatch::Mode::Inserting
            ? qsizetype(m_final.size())
            : qsizetype(m_rows.size());
    return int(m_batch.visibleCount(storage));
}

int SubnetFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool SubnetFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant SubnetFilterProxy::data(const QModelIndex &index, int role) const
{
    if (!m_source
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->cell(tableRow(index.row()), index.column(), role);
}

QVariant SubnetFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return m_source->headerData(section, orientation, role);
}

Qt::ItemFlags SubnetFilterProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !m_source)
        return Qt::NoItemFlags;
    return m_source->flags(m_source->index(0, index.column()));
}

QStringList SubnetFilterProxy::mimeTypes() const
{
    return m_source ? m_source->mimeTypes() : QStringList();
}

QMimeData *SubnetFilterProxy::mimeData(const QModelIndexList &indexes) const
{
    if (!m_source)
        return nullptr;
    QModelIndexList sourceIndexes;
    for (const QModelIndex &index : indexes)
        sourceIndexes.append(mapToSource(index));
    return m_source->mimeData(sourceIndexes);
}

qsizetype SubnetFilterProxy::memoryUsage() const
{
    return qsizetype(m_rows.capacity() * sizeof(Row) + m_proxyRowOf.capacity() * sizeof(qint32)
                     + m_final.capacity() * sizeof(Row) + m_placementAccepted.capacity()
                     + m_columnOrder.capacity() * sizeof(Row));
}

} // namespace ipam
