// Global search in the console (Ctrl+K): the dialog over the fixture's store, offscreen. Typing
// finds subnets, ranges and addresses of every address space grouped by kind; Enter goes to the
// object (tree node, result pane view and row); the results follow changes while the dialog is
// open; SearchResultModel stays valid under QAbstractItemModelTester throughout. The dialog's
// screenshot for the README is taken here (IPAM_UPDATE_SCREENSHOTS=1 writes it into
// resources/screenshots/).
#include "consolefixture.h"
#include "testpaths.h"

#include "globalsearchdialog.h"
#include "items/consoletreemodel.h"
#include "items/itemroles.h"
#include "items/searchresultmodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace ipam;
using namespace ipam::test;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QPixmap shot = widget->grab();
    QDir().mkpath(QStringLiteral(IPAM_BINARY_DIR "/screenshots"));
    shot.save(QStringLiteral(IPAM_BINARY_DIR "/screenshots/") + name);
    if (qEnvironmentVariableIntValue("IPAM_UPDATE_SCREENSHOTS") == 1)
        shot.save(QStringLiteral(IPAM_SOURCE_DIR "/resources/screenshots/") + name);
}

// "Kind title|Object|Space" for every hit, in the dialog's order.
QStringList listed(const SearchResultModel &model)
{
    QStringList lines;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r)
            lines.append(SearchResultModel::kindTitle(
                                 ObjectKind(group.data(ItemRole::ObjectKind).toInt()))
                         + u'|'
                         + model.index(r, SearchResultModel::ObjectColumn, group).data().toString()
                         + u'|'
                         + model.index(r, SearchResultModel::SpaceColumn, group).data().toString());
    }
    return lines;
}

} // namespace

class TestGlobalSearchDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlKOpensTheDialogOnItsBox();
    void findsAnAddressInEverySpaceAndEnterGoesToIt();
    void findsANameAndGoesToItsSite();
    void resultsFollowChangesWhileOpen();
    void saysWhyATextCannotBeSearched();

private:
    GlobalSearchDialog *open();

    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGlobalSearchDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestGlobalSearchDialog::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->isValid());
    m_window = std::make_unique<MainWindow>(m_fixture->models());
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGlobalSearchDialog::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_fixture.reset();
}

GlobalSearchDialog *TestGlobalSearchDialog::open()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *dialog = m_window->findChild<GlobalSearchDialog *>();
    if (dialog && !m_tester)
        m_tester = std::make_unique<QAbstractItemModelTester>(
                dialog->results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    return dialog;
}

void TestGlobalSearchDialog::ctrlKOpensTheDialogOnItsBox()
{
    QVERIFY(m_window->globalSearchAction());
    QCOMPARE(m_window->globalSearchAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    GlobalSearchDialog *dialog = open();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->searchBox()->hasFocus());
    // Escape closes it.
    QTest::keyClick(dialog->searchBox(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGlobalSearchDialog::findsAnAddressInEverySpaceAndEnterGoesToIt()
{
    GlobalSearchDialog *dialog = open();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->searchBox(), QStringLiteral("10.1.1.15"));
    // The query runs after the typing pause.
    QTRY_VERIFY(dialog->results()->hitCount() > 0);
    QCOMPARE(listed(*dialog->results()),
             QStringList({"IP Address Blocks|10.0.0.0/8|Default",
                          "IP Address Blocks|10.0.0.0/8|Fabric",
                          "IP Address Subnets|10.1.1.0/24|Fabric",
                          "IP Address Subnets|10.1.1.0/24|Tenant",
                          "IP Address Ranges|10.1.1.10-10.1.1.100|Fabric",
                          "IP Addresses|10.1.1.15|Fabric"}));
    QVERIFY(dialog->statusLabel()->text().startsWith(QLatin1String("6 objects")));
    saveScreenshot(dialog, QStringLiteral("global-search.png"));

    // Down moves into the list; Enter on the address goes to it.
    QTest::keyClick(dialog->searchBox(), Qt::Key_Down);
    QTreeView *view = dialog->resultView();
    const QModelIndex addresses = dialog->results()->index(3, 0);
    QCOMPARE(addresses.data().toString(), QStringLiteral("IP Addresses (1)"));
    view->setCurrentIndex(dialog->results()->index(0, 0, addresses));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    ResultPane *result = m_window->resultPane();
    QCOMPARE(result->currentView(), ResultPane::View::Addresses);
    const QList<Address> stored
            = m_fixture->store().select<Address>(QStringLiteral("ip_address = '10.1.1.15'"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(result->currentId(), stored.constFirst().id);
    QCOMPARE(result->selectedIds(), QList<ObjectId>({stored.constFirst().id}));
    // The tree shows the node that lists it: the subnet 10.1.1.0/24 is on Storage / Site A.
    const QModelIndex node = m_window->consoleTree()->currentIndex();
    QCOMPARE(m_fixture->models().tree().kindOf(node), ConsoleNodeKind::NetworkSite);
    QCOMPARE(m_fixture->models().tree().objectIdOf(node), m_fixture->siteA);
}

void TestGlobalSearchDialog::findsANameAndGoesToItsSite()
{
    GlobalSearchDialog *dialog = open();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->searchBox(), QStringLiteral("FRONTEND"));
    // Enter in the box goes to the first hit at once, even before the pause ran the query.
    QTest::keyClick(dialog->searchBox(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    ResultPane *result = m_window->resultPane();
    QCOMPARE(result->currentView(), ResultPane::View::Subnets);
    const QList<Subnet> named
            = m_fixture->store().select<Subnet>(QStringLiteral("name = 'web-frontend'"));
    QCOMPARE(named.size(), 1);
    QCOMPARE(result->currentId(), named.constFirst().id);
    const QModelIndex node = m_window->consoleTree()->currentIndex();
    QCOMPARE(m_fixture->models().tree().kindOf(node), ConsoleNodeKind::NetworkSite);
    QCOMPARE(m_fixture->models().tree().objectIdOf(node), m_fixture->siteA);
    QVERIFY(result->searchBox()->text().isEmpty());
}

void TestGlobalSearchDialog::resultsFollowChangesWhileOpen()
{
    GlobalSearchDialog *dialog = open();
    QVERIFY(dialog);
    dialog->searchBox()->setText(QStringLiteral("payroll"));
    dialog->searchNow();
    QCOMPARE(dialog->results()->hitCount(), 0);
    QVERIFY(dialog->statusLabel()->text().startsWith(QLatin1String("Nothing found")));
    // An edit committed while the dialog is open (here by this console's write path; another
    // console's arrives through the live feed as the same applied change).
    m_fixture->subnet(m_fixture->fabric, QStringLiteral("10.1.20.0/24"), 0, 0,
                      QStringLiteral("payroll-db"));
    QTRY_COMPARE(dialog->results()->hitCount(), 1);
    QCOMPARE(listed(*dialog->results()), QStringList({"IP Address Subnets|10.1.20.0/24|Fabric"}));
    Subnet s
            = m_fixture->store().select<Subnet>(QStringLiteral("name = 'payroll-db'")).constFirst();
    s.name = QStringLiteral("billing-db");
    ChangeSet rename;
    rename.update(s, s.version);
    QVERIFY(m_fixture->writePath().submit(rename).ok());
    QTRY_COMPARE(dialog->results()->hitCount(), 0);
}

void TestGlobalSearchDialog::saysWhyATextCannotBeSearched()
{
    GlobalSearchDialog *dialog = open();
    QVERIFY(dialog);
    dialog->searchBox()->setText(QStringLiteral("contains 10.1"));
    dialog->searchNow();
    QCOMPARE(dialog->results()->hitCount(), 0);
    QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("10.1")),
             qPrintable(dialog->statusLabel()->text()));
}

QTEST_MAIN(TestGlobalSearchDialog)
#include "tst_globalsearchdialog.moc"
