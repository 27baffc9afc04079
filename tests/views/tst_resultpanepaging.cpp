// The result pane's addresses and ranges views over models loaded per scope, a page at a time
// (the console's way at 10,000,000 addresses), driven offscreen: the view reads pages as it is
// scrolled, to the last row; a filter change reads the new scope from its first page.

#include "items/addressmodel.h"
#include "items/consolemodels.h"
#include "items/rangemodel.h"
#include "resultpane.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ipam;

class TestResultPanePaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scrollingToTheEndReadsEveryPage();
    void filterChangeReadsTheNewScope();

private:
    template<typename T>
    T create(T object);
    // Scrolls the view to its end until no page is left (bounded).
    void scrollToEnd(QTableView *view, const ScopedLoad &load);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WritePath> m_writePath;
    ObjectId m_space = 0;
    QList<ObjectId> m_sites;
    static constexpr int subnetCount = 30;
    static constexpr int addressesPerSubnet = 10;
};

template<typename T>
T TestResultPanePaging::create(T object)
{
    ChangeSet changes;
    changes.create(object);
    const WriteResult result = m_writePath->submit(changes);
    if (!result.ok())
        qFatal("create failed: %s", qPrintable(result.message));
    return std::get<T>(result.objects.constFirst());
}

void TestResultPanePaging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("sqlite"));
    QVERIFY(m_db->isValid());
    m_writePath
            = std::make_unique<WritePath>(m_db->open(), Principal{QStringLiteral("tester"), {}});
    AddressSpace space;
    space.name = QStringLiteral("Fabric");
    m_space = create(space).id;
    LogicalNetwork network;
    network.spaceId = m_space;
    network.name = QStringLiteral("LN");
    const ObjectId networkId = create(network).id;
    for (int s = 0; s < 2; ++s) {
        NetworkSite site;
        site.logicalNetworkId = networkId;
        site.name = QStringLiteral("Site %1").arg(s);
        m_sites.append(create(site).id);
    }
    ChangeSet rows;
    for (int i = 0; i < subnetCount; ++i) {
        Subnet subnet;
        subnet.spaceId = m_space;
        subnet.networkType = NetworkType::Provider;
        subnet.networkId = Prefix::parse(QStringLiteral("10.1.%1.0/24").arg(i)).value();
        subnet.logicalNetworkId = networkId;
        subnet.siteId = m_sites.at(i % 2);
        create(subnet);
        for (int a = 1; a <= addressesPerSubnet; ++a) {
            Address address;
            address.spaceId = m_space;
            address.ipAddress = IpAddress(Family::V4, subnet.networkId.network().value() + a);
            address.deviceName = QStringLiteral("host-%1-%2").arg(i).arg(a);
            rows.create(address);
        }
        Range range;
        range.spaceId = m_space;
        range.startAddress = IpAddress(Family::V4, subnet.networkId.network().value() + 100);
        range.endAddress = IpAddress(Family::V4, subnet.networkId.network().value() + 120);
        rows.create(range);
    }
    const WriteResult result = m_writePath->submit(rows);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestResultPanePaging::scrollToEnd(QTableView *view, const ScopedLoad &load)
{
    for (int guard = 0; guard < 1000 && !load.atEnd(); ++guard) {
        view->scrollToBottom();
        QCoreApplication::processEvents();
    }
    view->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY(load.atEnd());
}

void TestResultPanePaging::scrollingToTheEndReadsEveryPage()
{
    ConsoleModels models(*m_writePath);
    models.setLoadPerScope(true);
    QVERIFY(models.load());
    models.addresses().setPageRows(25);
    models.ranges().setPageRows(4);
    ResultPane pane(models);
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // Nothing is read for a view nobody has shown.
    QCOMPARE(models.addresses().rowCount(), 0);
    pane.setCurrentView(ResultPane::View::Addresses);
    QTableView *view = pane.currentItemView();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->model()->rowCount() < subnetCount * addressesPerSubnet);
    // The first screenful is the lowest addresses, in address order.
    QCOMPARE(view->model()->index(0, AddressModel::AddressColumn).data().toString(),
             QStringLiteral("10.1.0.1"));
    QCOMPARE(view->model()->index(1, AddressModel::AddressColumn).data().toString(),
             QStringLiteral("10.1.0.2"));

    scrollToEnd(view, models.addresses().scopedLoad());
    QCOMPARE(view->model()->rowCount(), subnetCount * addressesPerSubnet);
    const int last = view->model()->rowCount() - 1;
    QCOMPARE(view->model()->index(last, AddressModel::AddressColumn).data().toString(),
             QStringLiteral("10.1.%1.%2").arg(subnetCount - 1).arg(addressesPerSubnet));
    QCOMPARE(view->model()->index(last, AddressModel::DeviceNameColumn).data().toString(),
             QStringLiteral("host-%1-%2").arg(subnetCount - 1).arg(addressesPerSubnet));
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QCOMPARE(pane.shownCount(), subnetCount * addressesPerSubnet);

    // The ranges view the same way, in pages of 4.
    pane.setCurrentView(ResultPane::View::Ranges);
    QVERIFY(models.ranges().rowCount() > 0);
    scrollToEnd(pane.currentItemView(), models.ranges().scopedLoad());
    QCOMPARE(pane.currentItemView()->model()->rowCount(), subnetCount);
}

void TestResultPanePaging::filterChangeReadsTheNewScope()
{
    ConsoleModels models(*m_writePath);
    models.setLoadPerScope(true);
    QVERIFY(models.load());
    models.addresses().setPageRows(25);
    ResultPane pane(models);
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setCurrentView(ResultPane::View::Addresses);
    QTableView *view = pane.currentItemView();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    scrollToEnd(view, models.addresses().scopedLoad());
    QCOMPARE(view->model()->rowCount(), subnetCount * addressesPerSubnet);

    // Site 1: the odd subnets only, read again from the scope's first page.
    pane.setScope({Scope::Kind::NetworkSite, m_sites.at(1)});
    QVERIFY(models.addresses().rowCount() <= 25 + 25);
    QCOMPARE(view->model()->index(0, AddressModel::AddressColumn).data().toString(),
             QStringLiteral("10.1.1.1"));
    scrollToEnd(view, models.addresses().scopedLoad());
    QCOMPARE(view->model()->rowCount(), subnetCount / 2 * addressesPerSubnet);
    QCOMPARE(models.addresses().rowCount(), subnetCount / 2 * addressesPerSubnet);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString address
                = view->model()->index(row, AddressModel::AddressColumn).data().toString();
        QVERIFY2(address.split(QLatin1Char('.')).at(2).toInt() % 2 == 1, qPrintable(address));
    }
    // The search box narrows the rows read; the scope is not read again.
    pane.setSearchText(QStringLiteral("host-3-"));
    QCOMPARE(view->model()->rowCount(), addressesPerSubnet);
    QCOMPARE(models.addresses().rowCount(), subnetCount / 2 * addressesPerSubnet);
    // IPv6: nothing there.
    pane.setSearchText(QString());
    pane.setFamily(Family::V6);
    QCoreApplication::processEvents();
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(models.addresses().scopedLoad().atEnd());
}

QTEST_MAIN(TestResultPanePaging)
#include "tst_resultpanepaging.moc"
