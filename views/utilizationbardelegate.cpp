#include "utilizationbardelegate.h"

#include "domain/enums.h"
#include "items/itemroles.h"

#include <QApplication>
#include <QPainter>

namespace ipam {

QColor UtilizationBarDelegate::colorOf(int status)
{
    switch (UtilizationStatus(status)) {
    case UtilizationStatus::Under:
        return QColor(0x4a, 0x8f, 0xd6);
    case UtilizationStatus::Optimal:
        return QColor(0x3f, 0x9e, 0x4d);
    case UtilizationStatus::Over:
        return QColor(0xd9, 0x53, 0x4f);
    }
    return Qt::gray;
}

void UtilizationBarDelegate::drawBar(QPainter *painter, const QRect &rect, double percent,
                                     int status, const QString &text, const QPalette &palette,
                                     bool selected)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRect frame = rect.adjusted(0, 0, -1, -1);
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRect(frame);
    const double clamped = qBound(0.0, percent, 100.0);
    const int width = int((frame.width() - 1) * clamped / 100.0 + 0.5);
    if (width > 0) {
        QColor fill = colorOf(status);
        fill.setAlpha(selected ? 255 : 200);
        painter->fillRect(QRect(frame.left() + 1, frame.top() + 1, width, frame.height() - 1),
                          fill);
    }
    if (!text.isEmpty()) {
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(frame, Qt::AlignCenter, text);
    }
    painter->restore();
}

void UtilizationBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (!index.data(ItemRole::UtilizationBar).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const double percent = index.data(ItemRole::UtilizationPercent).toDouble();
    const int status = index.data(ItemRole::UtilizationStatus).toInt();
    const QRect bar = option.rect.adjusted(3, 3, -3, -3);
    drawBar(painter, bar, percent, status, QStringLiteral("%1 %").arg(percent, 0, 'f', 1),
            option.palette, option.state & QStyle::State_Selected);
}

} // namespace ipam
