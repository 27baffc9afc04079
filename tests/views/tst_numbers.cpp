// Numbers as the result pane shows them: exact IPv6 counts with digit grouping, wide enough to
// read whole, and a percentage that never overflows its bar.

#include "consolefixture.h"

#include "items/itemroles.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "utilizationbardelegate.h"
#include "utilizationbreakdown.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

class TestNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ipv6CountsAreExactGroupedAndWhole();
    void percentageFitsItsBar();
    void breakdownFitsANarrowDetailsPane();
};

void TestNumbers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestNumbers::ipv6CountsAreExactGroupedAndWhole()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    MainWindow window(fixture.models());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ResultPane *pane = window.resultPane();
    QVERIFY(window.selectPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage")));
    pane->setFamily(Family::V6);
    QTableView *view = pane->currentItemView();
    auto *delegate = qobject_cast<UtilizationBarDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() >= 2);
    const QLocale c = QLocale::c();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex total = model->index(row, SubnetModel::TotalColumn);
        // A /64: 2^64 addresses, past 64 bits, exact and grouped.
        QCOMPARE(delegate->cellText(total, c), QStringLiteral("18,446,744,073,709,551,616"));
        QCOMPARE(delegate->cellText(model->index(row, SubnetModel::UsedColumn), c),
                 QStringLiteral("0"));
        // Wide enough to read whole, in the view's own locale.
        const QString shown = delegate->cellText(total, view->locale());
        QVERIFY2(view->columnWidth(SubnetModel::TotalColumn)
                         >= view->fontMetrics().horizontalAdvance(shown),
                 qPrintable(shown));
    }
    QCOMPARE(UtilizationBarDelegate::groupDigits(u"340282366920938463463374607431768211456"_qs, c),
             QStringLiteral("340,282,366,920,938,463,463,374,607,431,768,211,456"));
    QCOMPARE(UtilizationBarDelegate::groupDigits(u"256"_qs, c), QStringLiteral("256"));
    QCOMPARE(UtilizationBarDelegate::groupDigits(u"1024"_qs, c), QStringLiteral("1,024"));
    QCOMPARE(UtilizationBarDelegate::groupDigits(u"12.5"_qs, c), QStringLiteral("12.5"));
    // IPv4 counts group the same way.
    pane->setFamily(Family::V4);
    view = pane->currentItemView();
    QCOMPARE(delegate->cellText(view->model()->index(0, SubnetModel::TotalColumn), c),
             QStringLiteral("256"));
}

void TestNumbers::percentageFitsItsBar()
{
    const QFont font;
    const QFontMetrics metrics(font);
    const int full = metrics.horizontalAdvance(QStringLiteral("100.0 %"));
    QCOMPARE(UtilizationBarDelegate::barText(100.0, metrics, full + 10), QStringLiteral("100.0 %"));
    // A bar narrower than "100.0 %" shows a shorter form, never a clipped one.
    const QString narrow = UtilizationBarDelegate::barText(100.0, metrics, full - 2);
    QVERIFY(!narrow.isEmpty());
    QVERIFY(metrics.horizontalAdvance(narrow) <= full - 6);
    QVERIFY(narrow.startsWith(QStringLiteral("100")));
    QCOMPARE(UtilizationBarDelegate::barText(100.0, metrics, 6), QString());
    QCOMPARE(UtilizationBarDelegate::barText(12.25, metrics, full + 10), QStringLiteral("12.3 %"));
}

void TestNumbers::breakdownFitsANarrowDetailsPane()
{
    // An IPv6 /64 with 3 addresses used, in the details pane's default width and in a wide one.
    UtilizationBreakdown breakdown;
    const AddressCount total = AddressCount::ofPrefixLength(Family::V6, 64);
    breakdown.set(total, total, AddressCount::fromValue(3), UtilizationThresholds{});
    const QFontMetrics metrics(breakdown.font());
    for (int width : {260, 900}) {
        breakdown.resize(width, breakdown.heightForWidth(width));
        const QList<UtilizationBreakdown::Line> lines = breakdown.lines(width);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).count,
                 QStringLiteral("18,446,744,073,709,551,616")
                         .replace(QLatin1Char(','), QLocale().groupSeparator()));
        QCOMPARE(lines.at(2).count, QStringLiteral("3"));
        for (const UtilizationBreakdown::Line &line : lines) {
            const QString what = QStringLiteral("%1 at %2 px").arg(line.label).arg(width);
            // Every count whole and inside the widget; every bar inside, with room for "100.0 %".
            QVERIFY2(line.countRect.width() >= metrics.horizontalAdvance(line.count),
                     qPrintable(what));
            QVERIFY2(line.countRect.right() < width && line.barRect.right() < width,
                     qPrintable(what));
            QVERIFY2(UtilizationBarDelegate::barText(100.0, metrics, line.barRect.width())
                             == QStringLiteral("100.0 %"),
                     qPrintable(what));
            QVERIFY2(line.labelRect.bottom() < breakdown.heightForWidth(width)
                             && line.countRect.bottom() < breakdown.heightForWidth(width),
                     qPrintable(what));
        }
    }
}

QTEST_MAIN(TestNumbers)
#include "tst_numbers.moc"
