#include "operationtreemodel.h"

#include "domain/userrole.h"

namespace ipam {

OperationTreeModel::OperationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (OperationGroup group : allOperationGroups()) {
        const QList<Operation> operations = operationsOf(group);
        if (!operations.isEmpty())
            m_groups.append({group, operations});
    }
}

void OperationTreeModel::setOperations(const OperationSet &operations)
{
    if (operations == m_operations)
        return;
    m_operations = operations;
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(index(0, 0, group),
                           index(int(m_groups.at(g).operations.size()) - 1, 0, group),
                           {Qt::CheckStateRole});
    }
    Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), {Qt::CheckStateRole});
    Q_EMIT operationsChanged();
}

void OperationTreeModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    // Flags depend on it: tell the views to ask again.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

bool OperationTreeModel::isEditable(Operation operation) const
{
    return !m_readOnly && !operationInfo(operation).adminRoleOnly;
}

bool OperationTreeModel::groupEditable(const Group &group) const
{
    for (Operation o : group.operations) {
        if (isEditable(o))
            return true;
    }
    return false;
}

Qt::CheckState OperationTreeModel::groupState(const Group &group) const
{
    int checked = 0;
    for (Operation o : group.operations)
        checked += m_operations.contains(o) ? 1 : 0;
    if (checked == 0)
        return Qt::Unchecked;
    return checked == group.operations.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QModelIndex OperationTreeModel::indexOf(OperationGroup group) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).group == group)
            return index(g, 0);
    }
    return {};
}

QModelIndex OperationTreeModel::indexOf(Operation operation) const
{
    const QModelIndex group = indexOf(operationInfo(operation).group);
    if (!group.isValid())
        return {};
    const int row = int(m_groups.at(group.row()).operations.indexOf(operation));
    return row < 0 ? QModelIndex() : index(row, 0, group);
}

QModelIndex OperationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).operations.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex OperationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int OperationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).operations.size());
}

int OperationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OperationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return displayName(group.group);
        case Qt::CheckStateRole:
            return groupState(group);
        case Qt::ToolTipRole:
            if (!m_readOnly && !groupEditable(group))
                return tr("Reserved to %1").arg(builtinroles::administrator);
            return toString(group.group);
        case GroupRole:
            return int(group.group);
        case FilterTextRole:
            return displayName(group.group) + QLatin1Char(' ') + toString(group.group);
        }
        return {};
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const Operation operation = group.operations.at(index.row());
    const OperationInfo &info = operationInfo(operation);
    switch (role) {
    case Qt::DisplayRole:
        return displayName(operation);
    case Qt::CheckStateRole:
        return m_operations.contains(operation) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (info.adminRoleOnly)
            return tr("%1: reserved to %2")
                    .arg(operationKey(operation), builtinroles::administrator);
        return operationKey(operation);
    case OperationRole:
        return int(operation);
    case GroupRole:
        return int(group.group);
    case FilterTextRole:
        return displayName(operation) + QLatin1Char(' ') + toString(operation) + QLatin1Char(' ')
                + operationKey(operation);
    }
    return {};
}

void OperationTreeModel::emitGroupChanged(int groupRow)
{
    const QModelIndex group = index(groupRow, 0);
    Q_EMIT dataChanged(group, group, {Qt::CheckStateRole});
}

bool OperationTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index)
        || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool check = value.value<Qt::CheckState>() != Qt::Unchecked;
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        bool changed = false;
        for (Operation o : group.operations) {
            if (!isEditable(o) || m_operations.contains(o) == check)
                continue;
            check ? m_operations.insert(o) : m_operations.remove(o);
            changed = true;
        }
        if (!changed)
            return true;
        Q_EMIT dataChanged(this->index(0, 0, index),
                           this->index(int(group.operations.size()) - 1, 0, index),
                           {Qt::CheckStateRole});
        emitGroupChanged(index.row());
        Q_EMIT operationsChanged();
        return true;
    }
    const int groupRow = int(index.internalId() - 1);
    const Operation operation = m_groups.at(groupRow).operations.at(index.row());
    if (m_operations.contains(operation) == check)
        return true;
    check ? m_operations.insert(operation) : m_operations.remove(operation);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    emitGroupChanged(groupRow);
    Q_EMIT operationsChanged();
    return true;
}

Qt::ItemFlags OperationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable;
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        if (m_readOnly || groupEditable(group))
            flags |= Qt::ItemIsEnabled;
        if (groupEditable(group))
            flags |= Qt::ItemIsUserCheckable;
        return flags;
    }
    const Operation operation = m_groups.at(int(index.internalId() - 1)).operations.at(index.row());
    // Read-only shows everything as it is; otherwise reserved operations are greyed out.
    if (m_readOnly || isEditable(operation))
        flags |= Qt::ItemIsEnabled;
    if (isEditable(operation))
        flags |= Qt::ItemIsUserCheckable;
    return flags | Qt::ItemNeverHasChildren;
}

QVariant OperationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Operation");
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace ipam
