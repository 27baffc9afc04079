// Help in the console, offscreen: F1 opens the page of what has the focus (the console tree,
// the result pane, global search, an ACCESS CONTROL node), the pages are built in and link to
// each other, and Help ▸ Walk-throughs shows the README rendered from its Markdown.
#include "consolefixture.h"

#include "globalsearchdialog.h"
#include "helpbrowser.h"
#include "items/consoletreemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace ipam;
using namespace ipam::test;

class TestHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesAreBuiltIn();
    void f1OpensThePageOfTheFocus();
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestHelp::pagesAreBuiltIn()
{
    for (const char *page : {"index.html", "console.html", "result-pane.html", "search.html",
                             "import.html", "access-control.html", "audit.html", "README.md"}) {
        QFile file(QStringLiteral(":/help/") + QLatin1String(page));
        QVERIFY2(file.open(QIODevice::ReadOnly), page);
        QVERIFY(file.size() > 100);
    }
}

void TestHelp::f1OpensThePageOfTheFocus()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    MainWindow window(fixture.models());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.consoleTree()->setFocus();
    QTest::keyClick(window.consoleTree(), Qt::Key_F1);
    auto *help = window.findChild<HelpBrowser *>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->currentTopic(), QStringLiteral("console.html"));
    QVERIFY(help->browser()->toPlainText().contains(QLatin1String("console tree")));

    window.resultPane()->currentItemView()->setFocus();
    QTest::keyClick(window.resultPane()->currentItemView(), Qt::Key_F1);
    QCOMPARE(help->currentTopic(), QStringLiteral("result-pane.html"));
    QVERIFY(help->browser()->toPlainText().contains(QLatin1String("Group by")));

    QVERIFY(window.selectNode(ConsoleNodeKind::Roles));
    window.consoleTree()->setFocus();
    QTest::keyClick(window.consoleTree(), Qt::Key_F1);
    QCOMPARE(help->currentTopic(), QStringLiteral("access-control.html"));

    window.openGlobalSearch();
    auto *search = window.findChild<GlobalSearchDialog *>();
    QVERIFY(search);
    // Offscreen windows do not activate on show: make the dialog the active window, as the
    // window manager does.
    QApplication::setActiveWindow(search);
    search->searchBox()->setFocus();
    QCOMPARE(QApplication::focusWidget(), search->searchBox());
    QTest::keyClick(search->searchBox(), Qt::Key_F1);
    QCOMPARE(help->currentTopic(), QStringLiteral("search.html"));

    // The walk-throughs: the README, rendered.
    window.showHelp(QStringLiteral("README.md"));
    QCOMPARE(help->currentTopic(), QStringLiteral("README.md"));
    QVERIFY(help->browser()->toPlainText().contains(QLatin1String("Global search")));
    QVERIFY(!help->browser()->toPlainText().contains(QLatin1String("## ")));
    // A link between pages.
    help->showTopic(QStringLiteral("index.html"));
    Q_EMIT help->browser()->anchorClicked(QUrl(QStringLiteral("import.html")));
    QCOMPARE(help->currentTopic(), QStringLiteral("import.html"));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
