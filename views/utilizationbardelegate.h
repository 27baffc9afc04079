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
    // The colour of a status drawn on `palette`: the same hue, made lighter or darker until it
    // stands out from the palette's Base by at least 3:1 (WCAG's ratio for graphics), so bars
    // stay visible on dark and high-contrast themes.
    static QColor colorOf(int status, const QPalette &palette);
    // Black or white, whichever reads better on `fill` (always at least 4.5:1).
    static QColor textColorOn(const QColor &fill);
    // WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);
    // "18446744073709551616" -> "18,446,744,073,709,551,616" with the locale's separator
    // (always, even where the locale omits it for plain numbers: counts this long need it).
    static QString groupDigits(const QString &digits, const QLocale &locale);
    // The text a cell shows (after grouping).
    QString cellText(const QModelIndex &index, const QLocale &locale) const;
    // The percentage as it fits into `width` pixels: "100.0 %", else "100 %", else "100%",
    // else nothing; centred text wider than the bar was clipped at both ends (".00.0 %").
    static QString barText(double percent, const QFontMetrics &metrics, int width);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

public:
    // Draws a bar into `rect`: used for the console tree's badges and the details pane too.
    static void drawBar(QPainter *painter, const QRect &rect, double percent, int status,
                        const QString &text, const QPalette &palette, bool selected);
};

} // namespace ipam
