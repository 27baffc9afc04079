#pragma once

#include "domain/entities.h"
#include "history/utilizationtrend.h"

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace ipam {

class ConsoleModels;
class UtilizationTrendChart;

// The details pane's Utilization Trend tab (IPAM's, for blocks, subnets and ranges, here also
// for sites, logical networks, spaces and a multi-selection's sum): the span buttons (1 day,
// 1 week, 1 month, 3 months, 1 year, all), the chart, and the forecast of the over-threshold
// and full dates. Follows committed changes from this console and from others (the models'
// changeApplied) while it shows something. Trends are read on a thread of their own, over a
// connection of their own: a logical network of 10,000 subnets takes longer than a frame,
// and the window must not stall; nothing is read while the tab is hidden.
class UtilizationTrendTab : public QWidget
{
    Q_OBJECT
public:
    enum Span { Day, Week, Month, Quarter, Year, All };
    Q_ENUM(Span)

    explicit UtilizationTrendTab(ConsoleModels &models, QWidget *parent = nullptr);

    void setObjects(const QList<ObjectRef> &objects);
    void clear();
    void setSpan(Span span);
    Span span() const { return m_span; }

    const UtilizationTrend &trend() const { return m_trend; }
    UtilizationTrendChart *chart() const { return m_chart; }
    QString forecastText() const;
    // Whether a read is under way (the chart then still shows the previous trend).
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // A trend was read and drawn (after setObjects, setSpan or a committed change).
    void trendShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result;
    void reload();
    void show(const Result &result);

    ConsoleModels &m_models;
    QList<ObjectRef> m_objects;
    Span m_span = Month;
    UtilizationTrend m_trend;
    QButtonGroup *m_spans = nullptr;
    UtilizationTrendChart *m_chart = nullptr;
    QLabel *m_forecast = nullptr;
    quint64 m_generation = 0; // the newest read; older ones' results are dropped
    bool m_stale = false;     // objects set while hidden: read when shown
    bool m_loading = false;
};

} // namespace ipam
