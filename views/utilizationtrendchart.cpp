#include "utilizationtrendchart.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ipam {

UtilizationTrendChart::UtilizationTrendChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Utilization trend chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UtilizationTrendChart::setTrend(const UtilizationTrend &trend,
                                     const UtilizationThresholds &thresholds)
{
    m_trend = trend;
    m_thresholds = thresholds;
    m_plotted.clear();
    m_plotted.reserve(trend.points.size());
    for (qsizetype i = 0; i < trend.points.size(); ++i)
        m_plotted.append(QPointF(double(trend.points.at(i).atMs), trend.percentAt(i)));
    if (!m_plotted.isEmpty()) {
        const double last = m_plotted.constLast().y();
        setAccessibleDescription(tr("%n changes; %1 % utilized at the end, from %2 % at the start",
                                    nullptr, int(m_plotted.size() - 1))
                                         .arg(last, 0, 'f', 2)
                                         .arg(m_plotted.constFirst().y(), 0, 'f', 2));
    }
    m_hoverText.clear();
    update();
}

void UtilizationTrendChart::clear()
{
    setTrend(UtilizationTrend{}, m_thresholds);
    setAccessibleDescription(QString());
}

QRectF UtilizationTrendChart::plotRect() const
{
    const int left = fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 8;
    const int bottom = fontMetrics().height() + 6;
    return QRectF(left, 6, qMax(10, width() - left - 10), qMax(10, height() - bottom - 6));
}

double UtilizationTrendChart::xOf(qint64 ms) const
{
    const QRectF plot = plotRect();
    const double span = double(qMax<qint64>(1, m_trend.toMs - m_trend.fromMs));
    return plot.left() + plot.width() * double(ms - m_trend.fromMs) / span;
}

double UtilizationTrendChart::yOf(double percent) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - plot.height() * std::clamp(percent, 0.0, 100.0) / 100.0;
}

qint64 UtilizationTrendChart::timeAt(int x) const
{
    const QRectF plot = plotRect();
    const double span = double(qMax<qint64>(1, m_trend.toMs - m_trend.fromMs));
    return m_trend.fromMs + qint64((x - plot.left()) / plot.width() * span);
}

std::optional<qsizetype> UtilizationTrendChart::indexAt(int x) const
{
    const QRectF plot = plotRect();
    if (m_trend.points.isEmpty() || x < plot.left() || x > plot.right())
        return std::nullopt;
    const qint64 at = timeAt(x);
    const auto after = std::upper_bound(m_trend.points.cbegin(), m_trend.points.cend(), at,
                                        [](qint64 t, const TrendPoint &p) { return t < p.atMs; });
    if (after == m_trend.points.cbegin())
        return std::nullopt;
    return qsizetype(after - m_trend.points.cbegin()) - 1;
}

QString UtilizationTrendChart::textAt(int x) const
{
    const std::optional<qsizetype> i = indexAt(x);
    if (!i)
        return QString();
    const qint64 at = timeAt(x);
    const TrendPoint &p = m_trend.points.at(*i);
    return tr("%1  %2 % (%3 of %4)")
            .arg(QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(
                         QStringLiteral("yyyy-MM-dd HH:mm")),
                 QString::number(m_trend.percentAt(*i), 'f', 2), QLocale().toString(p.used),
                 m_trend.total.toString());
}

void UtilizationTrendChart::mouseMoveEvent(QMouseEvent *event)
{
    m_hoverX = int(event->position().x());
    m_hoverText = textAt(m_hoverX);
    setToolTip(m_hoverText);
    update();
}

void UtilizationTrendChart::leaveEvent(QEvent *)
{
    m_hoverX = -1;
    m_hoverText.clear();
    update();
}

void UtilizationTrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    const QPalette &pal = palette();
    painter.fillRect(plot, pal.base());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(plot);
    // The percent axis: 0, 50, 100.
    painter.setPen(pal.color(QPalette::Text));
    for (int percent : {0, 50, 100}) {
        const double y = yOf(percent);
        painter.drawText(QRectF(0, y - 8, plot.left() - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 %").arg(percent));
    }
    // The time axis: the span's ends.
    if (m_trend.toMs > m_trend.fromMs) {
        const QString format = m_trend.toMs - m_trend.fromMs <= 2 * 86'400'000
                ? QStringLiteral("MM-dd HH:mm")
                : QStringLiteral("yyyy-MM-dd");
        const QRectF axis(plot.left(), plot.bottom() + 2, plot.width(), fontMetrics().height());
        painter.drawText(
                axis, Qt::AlignLeft,
                QDateTime::fromMSecsSinceEpoch(m_trend.fromMs).toLocalTime().toString(format));
        painter.drawText(
                axis, Qt::AlignRight,
                QDateTime::fromMSecsSinceEpoch(m_trend.toMs).toLocalTime().toString(format));
    }
    // The thresholds, dashed: orange under, red over (the result pane's bar colours).
    auto threshold = [&](double percent, const QColor &colour) {
        QPen pen(colour, 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), yOf(percent)), QPointF(plot.right(), yOf(percent)));
    };
    threshold(m_thresholds.under, QColor(0xd9, 0x8c, 0x1f));
    threshold(m_thresholds.over, QColor(0xc6, 0x28, 0x28));
    if (m_trend.points.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No utilization history"));
        return;
    }
    // The step line: each value holds until the next change.
    QPainterPath path;
    path.moveTo(xOf(m_trend.points.constFirst().atMs), yOf(m_trend.percentAt(0)));
    for (qsizetype i = 1; i < m_trend.points.size(); ++i) {
        const double x = xOf(m_trend.points.at(i).atMs);
        path.lineTo(x, yOf(m_trend.percentAt(i - 1)));
        path.lineTo(x, yOf(m_trend.percentAt(i)));
    }
    path.lineTo(plot.right(), yOf(m_trend.percentAt(m_trend.points.size() - 1)));
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.drawPath(path);
    if (m_hoverX >= 0 && !m_hoverText.isEmpty()) {
        painter.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        painter.drawLine(QPointF(m_hoverX, plot.top()), QPointF(m_hoverX, plot.bottom()));
        const QRectF box = painter.boundingRect(plot.adjusted(4, 4, -4, -4),
                                                Qt::AlignTop | Qt::AlignLeft, m_hoverText)
                                   .adjusted(-3, -1, 3, 1);
        painter.fillRect(box, pal.toolTipBase());
        painter.setPen(pal.color(QPalette::ToolTipText));
        painter.drawText(box, Qt::AlignCenter, m_hoverText);
    }
}

} // namespace ipam
