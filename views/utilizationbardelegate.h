#pragma once

#include <QStyledItemDelegate>

namespace ipam {

// Draws the cells whose model says ItemRole::UtilizationBar as IPAM does: a bar as long as
// the percentage, coloured under / optimal / over (ItemRole::UtilizationStatus), with the
// figure on it. Every other cell is drawn as usual.
class UtilizationBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    static QColor colorOf(int status);
    // Draws a bar into `rect`: used for the console tree's badges and the details pane too.
    static void drawBar(QPainter *painter, const QRect &rect, double percent, int status,
                        const QString &text, const QPalette &palette, bool selected);
};

} // namespace ipam
