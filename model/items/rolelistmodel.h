#pragma once

#include "domain/userrole.h"
#include "items/keyedrowmodel.h"

namespace ipam {

// The Roles view: every role (built-in first, then by name, as the store lists them) with its
// description, how many operations it holds and whether it is built in (read-only).
class RoleListModel : public KeyedRowModel<UserRole, ObjectId>
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, OperationsColumn, BuiltInColumn, ColumnCount };
    enum Role {
        RoleIdRole = Qt::UserRole + 100, // qint64
        IsBuiltInRole,                   // bool
    };

    explicit RoleListModel(QObject *parent = nullptr);

    // The roles as AccessControlTables::roles() lists them.
    void setRoles(const QList<UserRole> &roles) { setRows(roles); }
    const UserRole &role(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ObjectId keyOf(const UserRole &role) const override { return role.id; }
    bool sameValues(const UserRole &a, const UserRole &b) const override;
};

} // namespace ipam
