#include "operationfilterproxy.h"

#include "operationtreemodel.h"

namespace ipam {

OperationFilterProxy::OperationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(OperationTreeModel::FilterTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A group stays when one of its operations matches; a matching group shows all of its own.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    // A group's computed check state changes with what is shown.
    connect(this, &QSortFilterProxyModel::layoutChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    });
    connect(this, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            Q_EMIT dataChanged(parent, parent, {Qt::CheckStateRole});
    });
    connect(this, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            Q_EMIT dataChanged(parent, parent, {Qt::CheckStateRole});
    });
}

bool OperationFilterProxy::isGroup(const QModelIndex &index) const
{
    return index.isValid() && !index.parent().isValid();
}

QModelIndexList OperationFilterProxy::checkableOperations(const QModelIndex &group) const
{
    QModelIndexList operations;
    for (int row = 0; row < rowCount(group); ++row) {
        const QModelIndex operation = index(row, 0, group);
        if (flags(operation) & Qt::ItemIsUserCheckable)
            operations.append(operation);
    }
    return operations;
}

QVariant OperationFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::CheckStateRole || !isGroup(index)
        || filterRegularExpression().pattern().isEmpty())
        return QSortFilterProxyModel::data(index, role);
    const QModelIndexList operations = checkableOperations(index);
    if (operations.isEmpty())
        return QSortFilterProxyModel::data(index, role);
    qsizetype checked = 0;
    for (const QModelIndex &operation : operations) {
        if (operation.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked)
            ++checked;
    }
    if (checked == 0)
        return Qt::Unchecked;
    return checked == operations.size() ? Qt::Checked : Qt::PartiallyChecked;
}

bool OperationFilterProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !isGroup(index)
        || filterRegularExpression().pattern().isEmpty())
        return QSortFilterProxyModel::setData(index, value, role);
    if (!(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    // Through the operations, one by one: the source model keeps its own group state and
    // signals right, and the proxy's group follows from its rows' dataChanged.
    const Qt::CheckState state
            = value.value<Qt::CheckState>() == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
    for (const QModelIndex &operation : checkableOperations(index))
        QSortFilterProxyModel::setData(operation, state, Qt::CheckStateRole);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

} // namespace ipam
