#include "utilizationtrendtab.h"

#include "history/utilizationforecast.h"
#include "items/consolemodels.h"
#include "store/store.h"
#include "utilizationtrendchart.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipam {

namespace {

qint64 spanMs(UtilizationTrendTab::Span span)
{
    switch (span) {
    case UtilizationTrendTab::Day:
        return msPerDay;
    case UtilizationTrendTab::Week:
        return 7 * msPerDay;
    case UtilizationTrendTab::Month:
        return 30 * msPerDay;
    case UtilizationTrendTab::Quarter:
        return 91 * msPerDay;
    case UtilizationTrendTab::Year:
        return 365 * msPerDay;
    case UtilizationTrendTab::All:
        break;
    }
    return 0;
}

} // namespace

UtilizationTrendTab::UtilizationTrendTab(ConsoleModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *buttons = new QHBoxLayout;
    m_spans = new QButtonGroup(this);
    const std::pair<Span, QString> spans[]
            = {{Day, tr("1 day")},        {Week, tr("1 week")}, {Month, tr("1 month")},
               {Quarter, tr("3 months")}, {Year, tr("1 year")}, {All, tr("All")}};
    for (const auto &[span, label] : spans) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("span%1").arg(int(span)));
        m_spans->addButton(button, int(span));
        buttons->addWidget(button);
    }
    m_spans->button(int(m_span))->setChecked(true);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_chart = new UtilizationTrendChart(this);
    m_chart->setObjectName(QStringLiteral("trendChart"));
    layout->addWidget(m_chart, 1);
    m_forecast = new QLabel(this);
    m_forecast->setObjectName(QStringLiteral("trendForecast"));
    m_forecast->setWordWrap(true);
    m_forecast->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_forecast);
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) { setSpan(Span(id)); });
    // A change committed here or in another console moves the trend: read it again while shown.
    connect(&m_models, &ConsoleModels::changeApplied, this, [this] {
        if (!m_objects.isEmpty() && isVisible())
            reload();
    });
}

void UtilizationTrendTab::setObjects(const QList<ObjectRef> &objects)
{
    m_objects = objects;
    reload();
}

void UtilizationTrendTab::clear()
{
    m_objects.clear();
    ++m_generation; // a read under way is for objects no longer shown
    m_loading = false;
    m_stale = false;
    m_trend = UtilizationTrend{};
    m_chart->clear();
    m_forecast->clear();
}

void UtilizationTrendTab::setSpan(Span span)
{
    m_span = span;
    if (QAbstractButton *button = m_spans->button(int(span)))
        button->setChecked(true);
    reload();
}

QString UtilizationTrendTab::forecastText() const
{
    return m_forecast->text();
}

struct UtilizationTrendTab::Result
{
    quint64 generation = 0;
    Span span = Month;
    UtilizationTrend trend;
    UtilizationForecast forecast;
    UtilizationThresholds thresholds;
    QString error;
};

void UtilizationTrendTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void UtilizationTrendTab::reload()
{
    if (m_objects.isEmpty()) {
        clear();
        return;
    }
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_loading = true;
    auto result = std::make_shared<Result>();
    result->generation = ++m_generation;
    result->span = m_span;
    result->thresholds = m_models.thresholds();
    const DatabaseLocation location = m_models.store().database().location();
    const QList<ObjectRef> objects = m_objects;
    QThread *thread = QThread::create([result, location, objects] {
        const Parsed<std::shared_ptr<Database>> database = Database::open(location);
        if (!database) {
            result->error = database.error();
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 from = result->span == All ? 0 : now - spanMs(result->span);
        UtilizationTrendReader reader(*database.value());
        if (!reader.read(objects, from, now, &result->trend, &result->error))
            return;
        if (result->span == All) {
            // From the first change on, not from 1970.
            UtilizationTrend &t = result->trend;
            t.fromMs = t.points.size() > 1 ? t.points.at(1).atMs - 1 : now - msPerDay;
            t.points.first().atMs = t.fromMs;
        }
        // The forecast always looks at the last 30 days, whatever span is shown.
        UtilizationTrend recent = result->trend;
        if (result->span != Month
            && !reader.read(objects, now - 30 * msPerDay, now, &recent, &result->error))
            return;
        result->forecast = forecastUtilization(recent, now, result->thresholds.over);
    });
    connect(thread, &QThread::finished, this, [this, result] {
        if (result->generation == m_generation)
            show(*result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void UtilizationTrendTab::show(const Result &result)
{
    m_loading = false;
    if (!result.error.isEmpty()) {
        m_trend = UtilizationTrend{};
        m_chart->clear();
        m_forecast->setText(result.error);
        Q_EMIT trendShown();
        return;
    }
    m_trend = result.trend;
    m_chart->setTrend(m_trend, result.thresholds);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const UtilizationForecast &f = result.forecast;
    auto when = [now](const std::optional<qint64> &at) {
        if (!at)
            return tr("not at the current rate");
        const qint64 days = UtilizationForecast::daysUntil(at, now);
        if (days == 0)
            return tr("now");
        return tr("in %n days (%1)", nullptr, int(qMin<qint64>(days, 1'000'000)))
                .arg(QDateTime::fromMSecsSinceEpoch(*at).toLocalTime().toString(
                        QStringLiteral("yyyy-MM-dd")));
    };
    m_forecast->setText(tr("Over threshold (%1 %): %2. Full: %3. Growth: %4 addresses a day "
                           "(least squares over the last 30 days).")
                                .arg(result.thresholds.over)
                                .arg(when(f.overThresholdAtMs), when(f.fullAtMs))
                                .arg(f.usedPerDay, 0, 'f', 2));
    Q_EMIT trendShown();
}

} // namespace ipam
