#include "utilizationbreakdown.h"

#include "utilizationbardelegate.h"

#include <QLocale>
#include <QPainter>

namespace ipam {

UtilizationBreakdown::UtilizationBreakdown(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Utilization chart"));
    setMinimumHeight(96);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void UtilizationBreakdown::set(const AddressCount &total, std::optional<AddressCount> assigned,
                               const AddressCount &used, const UtilizationThresholds &thresholds,
                               const QString &assignedLabel)
{
    m_total = total;
    m_assigned = assigned;
    m_assignedLabel = assignedLabel;
    m_used = used;
    m_thresholds = thresholds;
    m_valid = true;
    // A screen reader gets the chart's figures, not a picture.
    setAccessibleDescription(
            tr("%1 addresses in total, %2 used").arg(total.toString(), used.toString()));
    updateGeometry();
    update();
}

void UtilizationBreakdown::clear()
{
    m_valid = false;
    setAccessibleDescription(QString());
    update();
}

QString UtilizationBreakdown::countText(const AddressCount &count)
{
    return UtilizationBarDelegate::groupDigits(count.toString(), QLocale());
}

int UtilizationBreakdown::labelWidth() const
{
    return fontMetrics().horizontalAdvance(tr("Assigned (subnets)")) + 12;
}

int UtilizationBreakdown::countWidth() const
{
    return qMax(fontMetrics().horizontalAdvance(countText(m_total)), 60) + 12;
}

int UtilizationBreakdown::minimumBarWidth() const
{
    // Room for "100.0 %" on the bar.
    return fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 16;
}

int UtilizationBreakdown::rowHeight() const
{
    return fontMetrics().height() + 6;
}

bool UtilizationBreakdown::stacked(int width) const
{
    return width < labelWidth() + countWidth() + 10 + minimumBarWidth() + 4;
}

QList<UtilizationBreakdown::Line> UtilizationBreakdown::lines(int width) const
{
    const double total = m_total.toDouble();
    auto percent = [total](const AddressCount &c) {
        return total > 0 ? c.toDouble() * 100.0 / total : 0.0;
    };
    const double usedPercent = percent(m_used);
    const UtilizationStatus status = utilizationStatus(usedPercent, m_thresholds);
    const AddressCount free = m_total - m_used;
    QList<Line> lines;
    lines.append({tr("Total"), countText(m_total), 100.0, -1, {}, {}, {}});
    if (m_assigned)
        lines.append(
                {m_assignedLabel, countText(*m_assigned), percent(*m_assigned), -1, {}, {}, {}});
    lines.append({tr("Used (addresses)"), countText(m_used), usedPercent, int(status), {}, {}, {}});
    lines.append({tr("Free"), countText(free), percent(free), -1, {}, {}, {}});

    const int row = rowHeight();
    const int label = labelWidth();
    const bool twoRows = stacked(width);
    int y = 2;
    for (Line &line : lines) {
        line.labelRect = QRect(0, y, label, row);
        if (twoRows) {
            line.barRect
                    = QRect(label + 4, y + 3, qMax(minimumBarWidth(), width - label - 8), row - 6);
            line.countRect = QRect(0, y + row, width - 4, row);
            y += 2 * row;
        } else {
            const int count = countWidth();
            line.countRect = QRect(label, y, count, row);
            line.barRect = QRect(label + count + 10, y + 3,
                                 qMax(minimumBarWidth(), width - label - count - 14), row - 6);
            y += row;
        }
    }
    return lines;
}

QSize UtilizationBreakdown::sizeHint() const
{
    return {320, heightForWidth(width() > 0 ? width() : 320)};
}

int UtilizationBreakdown::heightForWidth(int width) const
{
    const int lineCount = m_assigned ? 4 : 3;
    return qMax(96, rowHeight() * lineCount * (stacked(width) ? 2 : 1) + 4);
}

void UtilizationBreakdown::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometry(); // one row or two per line, as the width allows
}

void UtilizationBreakdown::paintEvent(QPaintEvent *)
{
    if (!m_valid)
        return;
    QPainter painter(this);
    for (const Line &line : lines(width())) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(line.labelRect, Qt::AlignVCenter | Qt::AlignLeft, line.label);
        painter.drawText(line.countRect, Qt::AlignVCenter | Qt::AlignRight, line.count);
        const QRect &bar = line.barRect;
        if (line.status >= 0) {
            UtilizationBarDelegate::drawBar(&painter, bar, line.percent, line.status,
                                            QStringLiteral("%1 %").arg(line.percent, 0, 'f', 1),
                                            palette(), false);
            continue;
        }
        painter.save();
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        const QColor fill = line.label == tr("Free") ? QColor(0xb8, 0xc4, 0xce)
                : line.label == tr("Total")          ? QColor(0x9a, 0xb3, 0xd1)
                                                     : QColor(0x8e, 0x7c, 0xc3);
        painter.fillRect(QRect(bar.left() + 1, bar.top() + 1,
                               int((bar.width() - 2) * qBound(0.0, line.percent, 100.0) / 100.0),
                               bar.height() - 2),
                         fill);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(bar, Qt::AlignCenter,
                         UtilizationBarDelegate::barText(line.percent, fontMetrics(), bar.width()));
        painter.restore();
    }
}

} // namespace ipam
