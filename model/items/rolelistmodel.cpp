#include "rolelistmodel.h"

namespace ipam {

RoleListModel::RoleListModel(QObject *parent)
    : KeyedRowModel(parent)
{ }

int RoleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RoleListModel::sameValues(const UserRole &a, const UserRole &b) const
{
    return a.name == b.name && a.description == b.description && a.operations == b.operations
            && a.isBuiltIn == b.isBuiltIn;
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRole &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case DescriptionColumn:
            return r.description;
        case OperationsColumn:
            return r.operations.size();
        case BuiltInColumn:
            return r.isBuiltIn ? tr("Built-in") : tr("Custom");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == BuiltInColumn || index.column() == NameColumn)
            return r.isBuiltIn ? tr("Built-in role: read-only; copy it to make a variant")
                               : tr("Custom role");
        if (index.column() == OperationsColumn)
            return tr("%1 of %2 operations").arg(r.operations.size()).arg(operationCount);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OperationsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RoleIdRole:
        return r.id;
    case IsBuiltInRole:
        return r.isBuiltIn;
    }
    return {};
}

QVariant RoleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case OperationsColumn:
        return tr("Operations");
    case BuiltInColumn:
        return tr("Type");
    }
    return {};
}

} // namespace ipam
