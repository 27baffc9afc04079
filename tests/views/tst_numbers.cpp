// Numbers as the result pane shows them: exact IPv6 counts with digit grouping, wide enough to
// read whole, and a percentage that never overflows its bar.

#include "consolefixture.h"

#include "items/itemroles.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "utilizationbardelegate.h"

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

QTEST_MAIN(TestNumbers)
#include "tst_numbers.moc"
