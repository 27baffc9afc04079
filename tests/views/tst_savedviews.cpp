// Saved views in the console, offscreen over the fixture's store: View ▸ Saved Views captures
// what the window shows (tree node, view, family, choosers, search text, sort, visible columns,
// group-by), saves it through the store for the principal (or everyone, or this computer),
// lists it again when the menu opens (also in a second console on the same store), and applying
// it brings the window back to that state after the admin moved elsewhere.
#include "consolefixture.h"

#include "items/consoletreemodel.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "savedviewsmenu.h"
#include "search/savedviewstore.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace ipam;
using namespace ipam::test;

class TestSavedViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savesAndAppliesTheWindowsState();
};

void TestSavedViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestSavedViews::savesAndAppliesTheWindowsState()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    MainWindow window(fixture.models());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SavedViewsMenu *menu = window.savedViewsMenu();
    QVERIFY(menu);

    // The state: Storage's subnets, "10.1" in the search box, sorted by name descending, the
    // Owner column hidden, grouped by site.
    QVERIFY(window.selectNode(ConsoleNodeKind::LogicalNetwork, fixture.storage));
    ResultPane *result = window.resultPane();
    result->setSearchText(QStringLiteral("10.1.2"));
    QTableView *table = result->currentItemView();
    table->horizontalHeader()->setSortIndicator(SubnetModel::NameColumn, Qt::DescendingOrder);
    table->setColumnHidden(SubnetModel::OwnerColumn, true);
    result->setGroupColumn(SubnetModel::SiteColumn);
    const QString node = fixture.models().tree().pathOf(window.consoleTree()->currentIndex());
    QVERIFY(node.endsWith(QLatin1String("/Storage")));
    QCOMPARE(menu->save(menu->capture(QStringLiteral("Storage 10.1.2"), SavedView::Sharing::Mine)),
             QString());
    QCOMPARE(menu->save(menu->capture(QStringLiteral("Here only"), SavedView::Sharing::Local)),
             QString());
    QCOMPARE(menu->save(menu->capture(QStringLiteral(""), SavedView::Sharing::Mine)).isEmpty(),
             false); // refused: no name

    // The menu lists them when it opens.
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("savedView:Storage 10.1.2")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("savedView:Here only")));

    // Elsewhere: another node, no search, default sort, flat, Owner shown.
    QVERIFY(window.selectNode(ConsoleNodeKind::ProviderSpace, fixture.fabric));
    result->setSearchText(QString());
    result->setGroupColumn(-1);
    table->horizontalHeader()->setSortIndicator(SubnetModel::NetworkColumn, Qt::AscendingOrder);
    table->setColumnHidden(SubnetModel::OwnerColumn, false);

    const std::optional<SavedView> saved = [&]() -> std::optional<SavedView> {
        for (const SavedView &v : menu->views()) {
            if (v.name == QLatin1String("Storage 10.1.2"))
                return v;
        }
        return std::nullopt;
    }();
    QVERIFY(saved);
    QCOMPARE(saved->sharing, SavedView::Sharing::Mine);
    QString why;
    QVERIFY2(menu->apply(*saved, &why), qPrintable(why));
    QCOMPARE(fixture.models().tree().pathOf(window.consoleTree()->currentIndex()), node);
    QCOMPARE(result->searchBox()->text(), QStringLiteral("10.1.2"));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(SubnetModel::NameColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(table->isColumnHidden(SubnetModel::OwnerColumn));
    QCOMPARE(result->groupColumn(), int(SubnetModel::SiteColumn));
    // 10.1.2.0/24 is Storage's, on Site A: one group, one subnet.
    QCOMPARE(result->shownCount(), 1);

    // A second console on the same store (another connection) lists the store's view.
    WritePath second(fixture.database().open(), Principal{QStringLiteral("tester"), {}});
    QStringList names;
    for (const SavedView &v : SavedViewStore(second).list())
        names << v.name;
    QCOMPARE(names, QStringList({"Storage 10.1.2"}));

    // A view whose node is gone says so and changes nothing.
    SavedView gone = *saved;
    gone.nodePath = QStringLiteral("IPAM/No such node");
    QVERIFY(!menu->apply(gone, &why));
    QVERIFY2(why.contains(QLatin1String("No such node")), qPrintable(why));
    // Renamed from this console; the other lists the new name; a bad name is refused.
    QCOMPARE(menu->rename(*saved, QStringLiteral("Storage two")), QString());
    QCOMPARE(SavedViewStore(second).list().constFirst().name, QStringLiteral("Storage two"));
    QVERIFY(menu->rename(*saved, QStringLiteral(" ")).contains(QLatin1String("not a valid name")));
    SavedView renamed = *saved;
    renamed.name = QStringLiteral("Storage two");
    QCOMPARE(menu->remove(renamed), QString());
    QCOMPARE(SavedViewStore(second).list().size(), 0);
}

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
