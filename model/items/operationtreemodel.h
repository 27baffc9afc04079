#pragma once

#include "domain/operation.h"

#include <QAbstractItemModel>

namespace ipam {

// The role dialog's operations: IPAM's operation groups, each with its operations, every item
// checkable. An operation is checked when the role holds it; a group's check state is computed
// from its operations (checked, unchecked, or partially checked) and checking a group checks
// every operation of it that may be edited. Operations reserved to IPAM Administrator Role
// (OperationInfo::adminRoleOnly) cannot be given to another role: they are shown disabled,
// with the reason, unless the model is read-only (showing a built-in role as it is).
//
// Two levels only, so an index's internal id says where it is: 0 for a group, the group's
// row + 1 for an operation of that group.
class OperationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        OperationRole = Qt::UserRole + 100, // int(Operation) of an operation row; invalid on groups
        GroupRole,                          // int(OperationGroup) of both levels
        FilterTextRole,                     // what the filter box matches: display text and key
    };

    explicit OperationTreeModel(QObject *parent = nullptr);

    OperationSet operations() const { return m_operations; }
    void setOperations(const OperationSet &operations);
    int checkedCount() const { return m_operations.size(); }
    // Read-only: nothing can be checked or unchecked (a built-in role, or no Edit role right).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // May the admin change this operation here?
    bool isEditable(Operation operation) const;

    QModelIndex indexOf(Operation operation) const;
    QModelIndex indexOf(OperationGroup group) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The set of checked operations changed (by the admin or setOperations).
    void operationsChanged();

private:
    struct Group
    {
        OperationGroup group;
        QList<Operation> operations;
    };
    Qt::CheckState groupState(const Group &group) const;
    bool groupEditable(const Group &group) const;
    void emitGroupChanged(int groupRow);

    QList<Group> m_groups;
    OperationSet m_operations;
    bool m_readOnly = false;
};

} // namespace ipam
