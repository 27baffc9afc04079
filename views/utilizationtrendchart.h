#pragma once

#include "domain/utilization.h"
#include "history/utilizationtrend.h"

#include <QPointF>
#include <QWidget>

#include <optional>

namespace ipam {

// The Utilization Trend tab's chart: the percentage utilized as a step line over the span
// (exact to the change: each step is a committed change), the Under and Over thresholds as
// dashed lines, and on hover the value and the date at the pointer. Drawn with QPainter
// rather than Qt Charts: a step function of up to a few thousand points needs nothing Qt
// Charts adds, while its QLineSeries keeps a QObject and a QPointF per point, needs
// libqt6opengl6-dev at build time and brings its own look into a pane of native widgets.
class UtilizationTrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit UtilizationTrendChart(QWidget *parent = nullptr);

    void setTrend(const UtilizationTrend &trend, const UtilizationThresholds &thresholds);
    void clear();

    // What is drawn, for tests and accessibility: (time ms, percent) per step.
    const QList<QPointF> &plotted() const { return m_plotted; }
    // The hovered value as the chart shows it ("2026-03-01 14:05  37.50 % (96 of 256)"), empty
    // when the pointer is outside the plot.
    QString hoverText() const { return m_hoverText; }
    // The text shown at `x` (widget coordinates) if the pointer were there, and its time.
    QString textAt(int x) const;
    qint64 timeAt(int x) const;

    QSize sizeHint() const override { return {480, 200}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF plotRect() const;
    double xOf(qint64 ms) const;
    double yOf(double percent) const;
    std::optional<qsizetype> indexAt(int x) const;

    UtilizationTrend m_trend;
    UtilizationThresholds m_thresholds;
    QList<QPointF> m_plotted;
    QString m_hoverText;
    int m_hoverX = -1;
};

} // namespace ipam
