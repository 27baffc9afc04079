#pragma once

#include <QSortFilterProxyModel>

namespace ipam {

// The role dialog's filter over OperationTreeModel: a typed text keeps the operations (and
// groups) whose display text or key contains it, with their groups.
//
// A group's checkbox acts on what the admin sees: with a filter typed, checking or unchecking a
// group changes only the operations of it the filter shows, and the group's state is computed
// from those. Left to the source model, a group checkbox would also change the hidden
// operations, so an admin who filtered to "range" and unchecked the group lost operations that
// were never on screen.
class OperationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OperationFilterProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    bool isGroup(const QModelIndex &index) const;
    // The operations of a group as shown, and that the admin may change.
    QModelIndexList checkableOperations(const QModelIndex &group) const;
};

} // namespace ipam
