#include "groupedsubnetview.h"

#include "items/itemroles.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetgroupmodel.h"
#include "items/subnetmodel.h"
#include "utilizationbardelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace ipam {

GroupedSubnetView::GroupedSubnetView(SubnetFilterProxy *proxy, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("groupedSubnetsView"));
    setAccessibleName(tr("Result pane: IP Address Subnets, grouped"));
    m_groups = new SubnetGroupModel(this);
    m_groups->setSourceProxy(proxy);
    setModel(m_groups);
    // Uniform rows: a million children cost nothing until they are shown.
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new UtilizationBarDelegate(this));
    setContextMenuPolicy(Qt::CustomContextMenu);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(true);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(ItemRole::ObjectId).toLongLong())
            Q_EMIT subnetActivated(id);
    });
}

void GroupedSubnetView::setGroupColumn(int column)
{
    m_groups->setGroupColumn(column);
    // The group rows' labels ("Storage (8 subnets)") are wider than a prefix.
    setColumnWidth(0, qMax(columnWidth(0), sizeHintForColumn(0)));
}

int GroupedSubnetView::groupColumn() const
{
    return m_groups->groupColumn();
}

void GroupedSubnetView::followColumnsOf(const QTableView *table)
{
    const QHeaderView *from = table->horizontalHeader();
    QHeaderView *to = header();
    for (int visual = 0; visual < from->count(); ++visual) {
        const int logical = from->logicalIndex(visual);
        to->moveSection(to->visualIndex(logical), visual);
        setColumnHidden(logical, from->isSectionHidden(logical));
        setColumnWidth(logical, from->sectionSize(logical));
    }
}

QList<ObjectId> GroupedSubnetView::selectedIds() const
{
    QList<ObjectId> ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_groups->proxyRow(a) < m_groups->proxyRow(b);
    });
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const qint64 id = index.data(ItemRole::ObjectId).toLongLong())
            ids.append(id);
    }
    return ids;
}

ObjectId GroupedSubnetView::currentId() const
{
    return currentIndex().data(ItemRole::ObjectId).toLongLong();
}

void GroupedSubnetView::selectIds(const QList<ObjectId> &ids)
{
    SubnetFilterProxy *proxy = m_groups->sourceProxy();
    const SubnetTable &table = proxy->subnetModel()->table();
    QItemSelection selection;
    QModelIndex first;
    for (ObjectId id : ids) {
        const std::optional<SubnetTable::Row> row = table.find(id);
        const QModelIndex index
                = row ? m_groups->indexOfProxyRow(proxy->proxyRowOfTableRow(*row)) : QModelIndex();
        if (!index.isValid())
            continue;
        expand(index.parent());
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first);
    }
}

} // namespace ipam
