#include "utilizationbardelegate.h"

#include "domain/enums.h"
#include "items/itemroles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

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

QString UtilizationBarDelegate::groupDigits(const QString &digits, const QLocale &locale)
{
    if (digits.size() <= 3)
        return digits;
    for (QChar c : digits) {
        if (!c.isDigit())
            return digits;
    }
    const QString separator = locale.groupSeparator();
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += separator;
        grouped += digits.at(i);
    }
    return grouped;
}

QString UtilizationBarDelegate::cellText(const QModelIndex &index, const QLocale &locale) const
{
    const QVariant value = index.data(Qt::DisplayRole);
    QString text = displayText(value, locale);
    const auto alignment = index.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    if (alignment & Qt::AlignRight)
        text = groupDigits(value.toString(), locale);
    return text;
}

void UtilizationBarDelegate::initStyleOption(QStyleOptionViewItem *option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->displayAlignment & Qt::AlignRight)
        option->text = groupDigits(index.data(Qt::DisplayRole).toString(), option->locale);
}

QSize UtilizationBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ItemRole::UtilizationBar).toBool())
        size.setWidth(qMax(size.width(),
                           option.fontMetrics.horizontalAdvance(QStringLiteral("100.0 %")) + 16));
    return size;
}

QString UtilizationBarDelegate::barText(double percent, const QFontMetrics &metrics, int width)
{
    const int room = width - 4;
    for (const QString &text : {QStringLiteral("%1 %").arg(percent, 0, 'f', 1),
                                QStringLiteral("%1 %").arg(percent, 0, 'f', 0),
                                QStringLiteral("%1%").arg(percent, 0, 'f', 0)}) {
        if (metrics.horizontalAdvance(text) <= room)
            return text;
    }
    return {};
}

namespace {

double relativeLuminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
            + 0.0722 * channel(rgb.blueF());
}

} // namespace

double UtilizationBarDelegate::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor UtilizationBarDelegate::colorOf(int status, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    QColor fill = colorOf(status);
    // On a dark base go lighter, on a light one darker, in small steps of the HSL lightness.
    const bool darkBase = relativeLuminance(base) < 0.18;
    for (int step = 0; step < 40 && contrastRatio(fill, base) < 3.0; ++step) {
        const QColor hsl = fill.toHsl();
        const int lightness = std::clamp(hsl.lightness() + (darkBase ? 6 : -6), 0, 255);
        fill = QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), lightness);
    }
    return fill;
}

QColor UtilizationBarDelegate::textColorOn(const QColor &fill)
{
    return contrastRatio(fill, Qt::black) >= contrastRatio(fill, Qt::white) ? QColor(Qt::black)
                                                                            : QColor(Qt::white);
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
    // Opaque, from the palette, with the figure in black or white where it lies on the bar and
    // in the palette's text colour beside it: legible on light, dark and high-contrast themes.
    Q_UNUSED(selected);
    const QColor fill = colorOf(status, palette);
    const QRect filled(frame.left() + 1, frame.top() + 1, width, frame.height() - 1);
    if (width > 0)
        painter->fillRect(filled, fill);
    if (!text.isEmpty()) {
        // Never wider than the bar: a percentage in the figure's shorter forms, else nothing.
        const QFontMetrics metrics = painter->fontMetrics();
        QString shown = text;
        if (metrics.horizontalAdvance(shown) > frame.width() - 4)
            shown = barText(percent, metrics, frame.width());
        painter->save();
        painter->setClipRect(filled);
        painter->setPen(textColorOn(fill));
        painter->drawText(frame, Qt::AlignCenter, shown);
        painter->restore();
        painter->save();
        painter->setClipRegion(QRegion(frame.adjusted(0, 0, 1, 1)) - QRegion(filled));
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(frame, Qt::AlignCenter, shown);
        painter->restore();
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
