// The details pane's Utilization Trend tab on the demo data set: its year of history drawn
// point for point as the history holds it, spans, hover, the forecast, a multi-selection's
// sum, a logical network node's roll-up, and a commit moving the chart live.

#include "detailspane.h"
#include "history/utilizationtrend.h"
#include "io/demodataset.h"
#include "items/consolemodels.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "testdatabase.h"
#include "utilizationtrendchart.h"
#include "utilizationtrendtab.h"
#include "write/writepath.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

class TestUtilizationTrend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void subnetTabDrawsItsYearOfHistory();
    void hoverShowsValueAndDate();
    void multiSelectionShowsTheSum();
    void logicalNetworkNodeShowsItsRollUp();
    void commitMovesTheChartLive();

private:
    // Shows the tab and waits for its read.
    bool showTrendTab();
    UtilizationTrend expected(const QList<ObjectRef> &objects, qint64 fromMs);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    UtilizationTrendTab *m_tab = nullptr;
    Subnet m_busy;
};

void TestUtilizationTrend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    QVERIFY(m_db->isValid());
    m_writePath = std::make_unique<WritePath>(m_db->open(), Principal{QStringLiteral("alice"), {}});
    QString error;
    QVERIFY2(loadDemoDataSet(*m_writePath, &error), qPrintable(error));
    m_models = std::make_unique<ConsoleModels>(*m_writePath);
    QVERIFY2(m_models->load(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_models);
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tab = m_window->detailsPane()->trend();
    QVERIFY(m_tab);
    // The busiest subnet of a logical network: a year of growth behind it.
    const QList<Subnet> busy = m_writePath->store().select<Subnet>(
            QStringLiteral("utilized_addresses > 20 AND logical_network_id IS NOT NULL"), {},
            QStringLiteral("utilized_addresses DESC"));
    QVERIFY(!busy.isEmpty());
    m_busy = busy.constFirst();
}

void TestUtilizationTrend::cleanupTestCase()
{
    m_window.reset();
    m_models.reset();
    m_writePath.reset();
    m_db.reset();
}

bool TestUtilizationTrend::showTrendTab()
{
    auto *tabs = m_window->detailsPane()->findChild<QTabWidget *>();
    if (!tabs)
        return false;
    tabs->setCurrentWidget(m_tab);
    return QTest::qWaitFor([this] { return m_tab->isVisible() && !m_tab->isLoading(); }, 10000);
}

UtilizationTrend TestUtilizationTrend::expected(const QList<ObjectRef> &objects, qint64 fromMs)
{
    UtilizationTrendReader reader(m_writePath->store().database());
    UtilizationTrend trend;
    QString error;
    if (!reader.read(objects, fromMs, QDateTime::currentMSecsSinceEpoch(), &trend, &error))
        qFatal("%s", qPrintable(error));
    return trend;
}

void TestUtilizationTrend::subnetTabDrawsItsYearOfHistory()
{
    QVERIFY(m_window->selectNode(ConsoleNodeKind::LogicalNetwork, m_busy.logicalNetworkId));
    m_window->resultPane()->selectIds({m_busy.id});
    QVERIFY(showTrendTab());
    QSignalSpy shown(m_tab, &UtilizationTrendTab::trendShown);
    m_tab->setSpan(UtilizationTrendTab::Year);
    QVERIFY(shown.wait(10000));
    const QList<QPointF> points = m_tab->chart()->plotted();
    const UtilizationTrend truth
            = expected({{ObjectKind::Subnet, m_busy.id}}, m_tab->trend().fromMs);
    // A year of weekly growth: the start of the span plus dozens of changes.
    QVERIFY2(points.size() > 20, qPrintable(QString::number(points.size())));
    QCOMPARE(points.size(), truth.points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QCOMPARE(qint64(points.at(i).x()), truth.points.at(i).atMs);
        QCOMPARE(points.at(i).y(), truth.percentAt(i));
    }
    // It ends at the subnet's utilization today and grew over the year.
    const double today = percentageUtilized(m_busy.utilizedAddresses, m_busy.networkId.size());
    QCOMPARE(points.constLast().y(), today);
    QVERIFY(points.constFirst().y() < today);
    QVERIFY2(m_tab->forecastText().contains(QLatin1String("least squares")),
             qPrintable(m_tab->forecastText()));
    // A shorter span: fewer points, the same end.
    m_tab->setSpan(UtilizationTrendTab::Week);
    QVERIFY(shown.wait(10000));
    QVERIFY(m_tab->chart()->plotted().size() < points.size());
    QCOMPARE(m_tab->chart()->plotted().constLast().y(), today);
}

void TestUtilizationTrend::hoverShowsValueAndDate()
{
    UtilizationTrendChart *chart = m_tab->chart();
    QVERIFY(!chart->plotted().isEmpty());
    const int x = chart->width() / 2;
    QTest::mouseMove(chart, QPoint(x, chart->height() / 2));
    QTRY_VERIFY(!chart->hoverText().isEmpty());
    const QString text = chart->hoverText();
    // The date and the value at the pointer's time, as the history has it.
    const qint64 at = chart->timeAt(x);
    const QString day = QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(
            QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(text.contains(day), qPrintable(text + QStringLiteral(" / ") + day));
    const UtilizationTrend &trend = m_tab->trend();
    const double percent = percentageUtilized(trend.valueAt(at).used, trend.total);
    QVERIFY2(text.contains(QStringLiteral("%1 %").arg(percent, 0, 'f', 2)), qPrintable(text));
    QCOMPARE(chart->textAt(-5), QString()); // outside the plot: nothing
}

void TestUtilizationTrend::multiSelectionShowsTheSum()
{
    const QList<Subnet> inNetwork = m_writePath->store().select<Subnet>(
            QStringLiteral("logical_network_id = ? AND utilized_addresses > 0"),
            {m_busy.logicalNetworkId}, QStringLiteral("id"));
    QVERIFY(inNetwork.size() >= 2);
    const QList<ObjectId> ids = {inNetwork.at(0).id, inNetwork.at(1).id};
    QSignalSpy shown(m_tab, &UtilizationTrendTab::trendShown);
    m_window->resultPane()->selectIds(ids);
    QVERIFY(shown.wait(10000));
    const UtilizationTrend truth
            = expected({{ObjectKind::Subnet, ids.at(0)}, {ObjectKind::Subnet, ids.at(1)}},
                       m_tab->trend().fromMs);
    QCOMPARE(m_tab->trend().total, truth.total);
    QCOMPARE(m_tab->trend().points.constLast().used,
             inNetwork.at(0).utilizedAddresses + inNetwork.at(1).utilizedAddresses);
    QCOMPARE(m_tab->chart()->plotted().size(), truth.points.size());
}

void TestUtilizationTrend::logicalNetworkNodeShowsItsRollUp()
{
    QSignalSpy shown(m_tab, &UtilizationTrendTab::trendShown);
    m_window->resultPane()->selectIds({});
    QVERIFY(m_window->selectNode(ConsoleNodeKind::LogicalNetwork, m_busy.logicalNetworkId));
    QVERIFY(shown.wait(10000));
    const UtilizationTrend truth = expected({{ObjectKind::LogicalNetwork, m_busy.logicalNetworkId}},
                                            m_tab->trend().fromMs);
    QCOMPARE(m_tab->trend().total, truth.total);
    QCOMPARE(m_tab->chart()->plotted().size(), truth.points.size());
    qint64 used = 0;
    for (const Subnet &s : m_writePath->store().select<Subnet>(
                 QStringLiteral("logical_network_id = ?"), {m_busy.logicalNetworkId}, QString()))
        used += s.utilizedAddresses;
    QCOMPARE(m_tab->trend().points.constLast().used, used);
}

void TestUtilizationTrend::commitMovesTheChartLive()
{
    QSignalSpy shown(m_tab, &UtilizationTrendTab::trendShown);
    const qint64 before = m_tab->trend().points.constLast().used;
    // A free address of the busy subnet, recorded through the write path as any console would.
    Address address;
    address.spaceId = m_busy.spaceId;
    bool found = false;
    for (uint128 host = 250; host > 1 && !found; --host) {
        const IpAddress candidate(Family::V4, m_busy.networkId.first().value() + host);
        if (m_writePath->store().addressesByIp(m_busy.spaceId, candidate).isEmpty()) {
            address.ipAddress = candidate;
            found = true;
        }
    }
    QVERIFY(found);
    ChangeSet set;
    set.create(address);
    QVERIFY(m_writePath->submit(set).ok());
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_tab->trend().points.constLast().used, before + 1);
}

QTEST_MAIN(TestUtilizationTrend)
#include "tst_utilizationtrend.moc"
