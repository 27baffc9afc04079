#pragma once

#include <QStyledItemDelegate>

namespace ipam {

// Draws a console tree node: icon and name as usual, then the node's subnet count in grey and
// a small utilization badge at the right edge (ItemRole::SubnetCount / UtilizationPercent).
class ConsoleTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ipam
