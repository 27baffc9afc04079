#include "consoletreedelegate.h"

#include "items/itemroles.h"
#include "utilizationbardelegate.h"

#include <QApplication>
#include <QPainter>

namespace ipam {

namespace {
constexpr int badgeWidth = 28;
}

void ConsoleTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant count = index.data(ItemRole::SubnetCount);
    if (!count.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString countText = QLocale().toString(count.toLongLong());
    const QFontMetrics metrics(opt.font);
    const int countWidth = metrics.horizontalAdvance(countText) + 8;
    const bool showBadge = count.toLongLong() > 0;
    const int reserved = countWidth + (showBadge ? badgeWidth + 6 : 0);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(opt.palette.color(QPalette::Active, role));
    const QRect nameRect = textRect.adjusted(0, 0, -reserved, 0);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(name, Qt::ElideRight, qMax(20, nameRect.width())));
    QColor grey = opt.palette.color(QPalette::Active, role);
    if (!selected)
        grey.setAlpha(140);
    painter->setPen(grey);
    QRect countRect(textRect.right() - reserved, textRect.top(), countWidth, textRect.height());
    painter->drawText(countRect, Qt::AlignVCenter | Qt::AlignRight, countText);
    painter->restore();
    if (showBadge) {
        const QRect badge(textRect.right() - badgeWidth, textRect.center().y() - 5, badgeWidth, 11);
        UtilizationBarDelegate::drawBar(
                painter, badge, index.data(ItemRole::UtilizationPercent).toDouble(),
                index.data(ItemRole::UtilizationStatus).toInt(), QString(), opt.palette, selected);
    }
}

QSize ConsoleTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ItemRole::SubnetCount).isValid())
        size.rwidth() += badgeWidth + 60;
    return size;
}

} // namespace ipam
