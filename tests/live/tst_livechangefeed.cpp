// Live updates between consoles: a console's models (ConsoleModels with a LiveChangeFeed
// attached, wired as app/console/main.cpp wires them) follow what a real second process, the
// ipamctl binary, commits to the same SQLite file or PostgreSQL database: new, edited and
// removed subnets appear within the promised time (1 s on SQLite, 200 ms on PostgreSQL)
// without a reload, a bulk import reloads instead of being lost, this process's own writes are
// not applied twice, the views keep their selection, expansion and scroll position, and an
// edit of an object someone else changed meanwhile is a conflict. On PostgreSQL the feed
// survives its session being killed (pg_terminate_backend): it reconnects and the models then
// show every change committed meanwhile, exactly once. QAbstractItemModelTester (fatal) watches
// the models throughout.

#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/itemroles.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetmodel.h"
#include "live/auditchangereader.h"
#include "live/changelistener.h"
#include "live/livechangefeed.h"
#include "live/sqlitechangewatcher.h"
#include "mainwindow.h"
#include "processrun.h"
#include "store/database.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace ipam;
using namespace Qt::StringLiterals;

namespace {

using Run = ipam::test::ProcessRun;

} // namespace

#define EXPECT_OK(run) \
    do { \
        const Run expectOk_ = (run); \
        QVERIFY2(expectOk_.exitCode == 0, qPrintable(expectOk_.describe())); \
    } while (false)

class TestLiveChangeFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void remoteChangesAppearWithinTheDeadline();
    void ownProcessWritesAreNotAppliedTwice();
    void bulkImportElsewhereReloads();
    void viewsKeepSelectionExpansionAndScroll();
    void editOfARemotelyChangedObjectIsAConflict();
    void auditRowsListTheirChanges();
    void watcherHoldsNoTransaction();
    void watcherReadsOtherWritersRows();
    void feedSaysWhyItCannotStart();
    void auditReaderSkipsAndBounds();
    void feedReconnectsAndCatchesUp();
    void heartbeatNoticesAKilledSession();

private:
    // The promise of issue 5: within 1 s on SQLite, 200 ms on PostgreSQL.
    int deadlineMs() const { return m_backend == "sqlite"_L1 ? 1000 : 200; }
    Run ctl(const QStringList &arguments);
    // The model row showing `network`, or -1.
    int rowOfNetwork(const QString &network) const;
    QString cell(int row, int column) const;
    // Waits until `condition` holds; the time from now to then in ms, or -1 past `timeoutMs`.
    template<typename Condition>
    double waitFor(Condition condition, int timeoutMs);
    Subnet subnetAt(const char *prefix, ObjectId spaceId = 0);
    ObjectId create(AnyObject object);
    void watch(QAbstractItemModel *model);
    // Kills the feed's listening session from the test's own (admin) connection; how many.
    int killListener();
    // Whether the subnet model holds exactly one row for each of `networks`.
    bool showsEachOnce(const QStringList &networks) const;

    QString m_backend;
    std::unique_ptr<test::TestDatabase> m_database;
    std::shared_ptr<Database> m_connection;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<LiveChangeFeed> m_feed;
    std::unique_ptr<ConsoleModels> m_models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    // When the models last applied another process's change (wall clock, ms), and its audit id.
    qint64 m_remoteAppliedAtMs = 0;
    qint64 m_remoteAuditId = 0;
    int m_remoteApplied = 0;
    int m_reloads = 0;
    QTemporaryDir m_files;
};

void TestLiveChangeFeed::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QString why;
    if (test::TestDatabase::postgresAvailable(&why) || test::TestDatabase::postgresRequired())
        QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestLiveChangeFeed::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(IPAMCTL_PATH)), IPAMCTL_PATH);
}

void TestLiveChangeFeed::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_database = std::make_unique<test::TestDatabase>(backend);
    IPAM_REQUIRE_DATABASE(*m_database);
    m_connection = m_database->open();
    QVERIFY(m_connection);
    m_writePath = std::make_unique<WritePath>(m_connection, Principal::currentOsUser());
    // As the console does: the feed first, so nothing committed while loading is missed.
    m_feed = std::make_unique<LiveChangeFeed>(m_connection->location());
    QVERIFY2(m_feed->isActive(), qPrintable(m_feed->error()));
    QVERIFY(m_feed->mechanism()
            == (backend == "sqlite"_L1 ? LiveChangeFeed::Mechanism::DataVersion
                                       : LiveChangeFeed::Mechanism::Notify));
    m_models = std::make_unique<ConsoleModels>(*m_writePath);
    connect(m_feed.get(), &LiveChangeFeed::changed, m_models.get(), &ConsoleModels::apply);
    connect(m_feed.get(), &LiveChangeFeed::reloadNeeded, m_models.get(), [this] {
        ++m_reloads;
        m_models->startLoading(); // streamed, as the console reloads
    });
    connect(m_models.get(), &ConsoleModels::changeApplied, this, [this](const ChangeEvent &event) {
        if (event.local)
            return;
        ++m_remoteApplied;
        m_remoteAppliedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_remoteAuditId = event.auditId;
    });
    m_remoteApplied = 0;
    m_reloads = 0;
    QVERIFY(m_models->load());
    watch(&m_models->subnets());
    watch(&m_models->tree());
}

void TestLiveChangeFeed::cleanup()
{
    m_testers.clear();
    m_models.reset();
    m_feed.reset();
    m_writePath.reset();
    m_connection.reset();
    m_database.reset();
}

void TestLiveChangeFeed::watch(QAbstractItemModel *model)
{
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
}

Run TestLiveChangeFeed::ctl(const QStringList &arguments)
{
    return ipam::test::runToEnd(QStringLiteral(IPAMCTL_PATH),
                                QStringList{u"--db"_s, m_database->url()} + arguments);
}

int TestLiveChangeFeed::rowOfNetwork(const QString &network) const
{
    const SubnetModel &model = m_models->subnets();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(row, SubnetModel::NetworkColumn) == network)
            return row;
    }
    return -1;
}

QString TestLiveChangeFeed::cell(int row, int column) const
{
    const SubnetModel &model = m_models->subnets();
    return model.data(model.index(row, column)).toString();
}

template<typename Condition>
double TestLiveChangeFeed::waitFor(Condition condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QTest::qSleep(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

Subnet TestLiveChangeFeed::subnetAt(const char *prefix, ObjectId spaceId)
{
    Subnet subnet;
    subnet.spaceId = spaceId ? spaceId : m_writePath->store().defaultSpace()->id;
    subnet.networkId = Prefix::parse(QString::fromLatin1(prefix)).value();
    return subnet;
}

ObjectId TestLiveChangeFeed::create(AnyObject object)
{
    ChangeSet set;
    set.create(std::move(object));
    const WriteResult result = m_writePath->submit(set);
    if (!result.ok()) {
        qWarning("create failed: %s", qPrintable(result.message));
        return 0;
    }
    return storedPart(result.objects.constFirst()).id;
}

void TestLiveChangeFeed::remoteChangesAppearWithinTheDeadline()
{
    const int rowsBefore = m_models->subnets().rowCount();
    QList<double> latencies; // from the audit row's time (set before the commit) to applied
    auto commitToApplied = [&] {
        QSqlQuery query(m_connection->connection());
        query.prepare(u"SELECT at_ms FROM audit_log WHERE id = ?"_s);
        query.addBindValue(m_remoteAuditId);
        if (query.exec() && query.next())
            latencies.append(double(m_remoteAppliedAtMs - query.value(0).toLongLong()));
    };

    // Created elsewhere: a new row, no reload.
    EXPECT_OK(ctl({u"subnet"_s, u"add"_s, u"10.20.0.0/24"_s, u"--name"_s, u"made elsewhere"_s}));
    double waited = waitFor([&] { return rowOfNetwork(u"10.20.0.0/24"_s) >= 0; }, 5000);
    QVERIFY2(waited >= 0, "the new subnet never appeared");
    qInfo("%s: create seen %.1f ms after ipamctl exited", qPrintable(m_backend), waited);
    QVERIFY2(waited <= deadlineMs(), qPrintable(u"took %1 ms"_s.arg(waited)));
    QCOMPARE(m_models->subnets().rowCount(), rowsBefore + 1);
    QCOMPARE(cell(rowOfNetwork(u"10.20.0.0/24"_s), SubnetModel::NameColumn), u"made elsewhere"_s);
    commitToApplied();

    // Edited elsewhere: the same row shows the new values.
    const int row = rowOfNetwork(u"10.20.0.0/24"_s);
    EXPECT_OK(ctl({u"subnet"_s, u"set"_s, u"10.20.0.0/24"_s, u"--description"_s, u"edited"_s}));
    waited = waitFor([&] { return cell(row, SubnetModel::DescriptionColumn) == u"edited"_s; },
                     5000);
    QVERIFY2(waited >= 0, "the edit never appeared");
    qInfo("%s: edit seen %.1f ms after ipamctl exited", qPrintable(m_backend), waited);
    QVERIFY2(waited <= deadlineMs(), qPrintable(u"took %1 ms"_s.arg(waited)));
    QCOMPARE(rowOfNetwork(u"10.20.0.0/24"_s), row);
    commitToApplied();

    // Removed elsewhere: the row goes.
    EXPECT_OK(ctl({u"subnet"_s, u"remove"_s, u"10.20.0.0/24"_s}));
    waited = waitFor([&] { return rowOfNetwork(u"10.20.0.0/24"_s) < 0; }, 5000);
    QVERIFY2(waited >= 0, "the removal never appeared");
    qInfo("%s: removal seen %.1f ms after ipamctl exited", qPrintable(m_backend), waited);
    QVERIFY2(waited <= deadlineMs(), qPrintable(u"took %1 ms"_s.arg(waited)));
    QCOMPARE(m_models->subnets().rowCount(), rowsBefore);
    commitToApplied();

    QCOMPARE(m_reloads, 0);
    QCOMPARE(m_remoteApplied, 3);
    QCOMPARE(latencies.size(), 3);
    qInfo("%s: audit time (before commit) to model applied: %.0f / %.0f / %.0f ms",
          qPrintable(m_backend), latencies[0], latencies[1], latencies[2]);
}

void TestLiveChangeFeed::ownProcessWritesAreNotAppliedTwice()
{
    QSignalSpy fed(m_feed.get(), &LiveChangeFeed::changed);
    QSignalSpy applied(m_models.get(), &ConsoleModels::changeApplied);
    const ObjectId id = create(subnetAt("10.30.0.0/24"));
    QVERIFY(id);
    QCOMPARE(applied.count(), 1); // the local event, at once
    QVERIFY(applied.at(0).at(0).value<ChangeEvent>().local);
    // A second connection of this same process is this process too.
    WritePath second(m_database->open(), Principal::currentOsUser());
    ChangeSet set;
    set.create(subnetAt("10.31.0.0/24"));
    QVERIFY(second.submit(set).ok());
    // Long enough for three polls on SQLite; NOTIFY arrives in about a millisecond.
    QTest::qWait(m_backend == "sqlite"_L1 ? 800 : 200);
    QCOMPARE(fed.count(), 0);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_models->subnets().rowCount(), 1);

    // The feed does pass them on when asked (benchmarks write through a second connection).
    m_feed->setIncludeOwnProcess(true);
    ChangeSet third;
    third.create(subnetAt("10.32.0.0/24"));
    QVERIFY(second.submit(third).ok());
    QVERIFY(waitFor([&] { return rowOfNetwork(u"10.32.0.0/24"_s) >= 0; }, 5000) >= 0);
    QCOMPARE(fed.count(), 1);
}

void TestLiveChangeFeed::bulkImportElsewhereReloads()
{
    create(subnetAt("10.60.0.0/24"));
    QByteArray csv = "NetworkId,Name\n";
    const int rows = maxItemsInNotification + 100; // too many to list in one announcement
    for (int i = 0; i < rows; ++i)
        csv += "10." + QByteArray::number(61 + i / 256) + "." + QByteArray::number(i % 256)
                + ".0/24,bulk " + QByteArray::number(i) + "\n";
    const QString path = m_files.filePath(u"bulk.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    // The reload resets the lazily fetched console tree. Qt 6.4's tester runs its checks from
    // modelReset before it clears its own "reset in flight" state, so a fetchMore() made by
    // those checks reads as an insert inside the reset: let the views fetch instead.
    for (const auto &tester : m_testers)
        tester->setUseFetchMore(false);
    EXPECT_OK(ctl({u"import"_s, u"subnet"_s, path}));
    const double waited = waitFor(
            [&] { return !m_models->isLoading() && m_models->subnets().rowCount() == rows + 1; },
            5000);
    QVERIFY2(waited >= 0, qPrintable(u"%1 rows"_s.arg(m_models->subnets().rowCount())));
    qInfo("%s: bulk import of %d subnets reloaded %.1f ms after ipamctl exited",
          qPrintable(m_backend), rows, waited);
    QCOMPARE(m_reloads, 1);
    QVERIFY(rowOfNetwork(u"10.60.0.0/24"_s) >= 0);
    QCOMPARE(cell(rowOfNetwork(u"10.62.43.0/24"_s), SubnetModel::NameColumn), u"bulk 299"_s);
}

void TestLiveChangeFeed::viewsKeepSelectionExpansionAndScroll()
{
    AddressSpace fabric;
    fabric.name = u"Fabric"_s;
    const ObjectId fabricId = create(fabric);
    LogicalNetwork storage;
    storage.spaceId = fabricId;
    storage.name = u"Storage"_s;
    const ObjectId storageId = create(storage);
    NetworkSite siteA;
    siteA.logicalNetworkId = storageId;
    siteA.name = u"Site A"_s;
    const ObjectId siteAId = create(siteA);
    QVERIFY(fabricId && storageId && siteAId);
    ChangeSet subnets;
    for (int i = 0; i < 60; ++i) {
        Subnet subnet = subnetAt(qPrintable(u"10.1.%1.0/24"_s.arg(i)), fabricId);
        subnet.networkType = NetworkType::Provider;
        subnet.logicalNetworkId = storageId;
        subnet.siteId = siteAId;
        subnets.create(subnet);
    }
    QVERIFY(m_writePath->submit(subnets).ok());
    QCOMPARE(m_models->subnets().rowCount(), 60);

    // The result pane's stack: the subnet proxy (sorted by network) in a table.
    SubnetFilterProxy proxy;
    proxy.setSourceModel(&m_models->subnets());
    proxy.sort(SubnetModel::NetworkColumn, Qt::AscendingOrder);
    watch(&proxy);
    QTableView table;
    table.setModel(&proxy);
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.resize(600, 300);
    QTreeView tree;
    tree.setModel(&m_models->tree());
    tree.resize(300, 400);
    table.show();
    tree.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));

    const ObjectId selectedId
            = m_writePath->store()
                      .subnetByPrefix(fabricId, Prefix::parse(u"10.1.40.0/24").value())
                      ->id;
    int selectedRow = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.index(row, 0).data(ItemRole::ObjectId).toLongLong() == selectedId)
            selectedRow = row;
    }
    QVERIFY(selectedRow >= 0);
    table.selectionModel()->setCurrentIndex(proxy.index(selectedRow, 0),
                                            QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
    table.scrollTo(proxy.index(selectedRow, 0), QAbstractItemView::PositionAtCenter);
    QCoreApplication::processEvents();
    const int scroll = table.verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    ConsoleTreeModel &treeModel = m_models->tree();
    const QModelIndex site = treeModel.indexOf(ConsoleNodeKind::NetworkSite, siteAId);
    QVERIFY(site.isValid());
    for (QModelIndex node = site.parent(); node.isValid(); node = node.parent())
        tree.expand(node);
    tree.setCurrentIndex(site);
    const QPersistentModelIndex lnetNode
            = treeModel.indexOf(ConsoleNodeKind::LogicalNetwork, storageId);
    const QPersistentModelIndex spaceNode
            = treeModel.indexOf(ConsoleNodeKind::ProviderSpace, fabricId);
    QVERIFY(tree.isExpanded(lnetNode) && tree.isExpanded(spaceNode));

    auto selectionKept = [&](const char *step) {
        const QModelIndex current = table.selectionModel()->currentIndex();
        QVERIFY2(current.isValid(), step);
        QVERIFY2(current.data(ItemRole::ObjectId).toLongLong() == selectedId, step);
        const QModelIndexList rows = table.selectionModel()->selectedRows();
        QVERIFY2(rows.size() == 1, step);
        QVERIFY2(rows.first().data(ItemRole::ObjectId).toLongLong() == selectedId, step);
        QVERIFY2(table.verticalScrollBar()->value() == scroll, step);
        QVERIFY2(lnetNode.isValid() && tree.isExpanded(lnetNode), step);
        QVERIFY2(spaceNode.isValid() && tree.isExpanded(spaceNode), step);
        QVERIFY2(tree.currentIndex().data(ItemRole::ObjectId).toLongLong() == siteAId, step);
        QVERIFY2(tree.currentIndex().data(ItemRole::NodeKind).toInt()
                         == int(ConsoleNodeKind::NetworkSite),
                 step);
    };
    const int rowsBefore = proxy.rowCount();
    const int applied = m_remoteApplied;
    auto waitApplied = [&](int count) {
        return waitFor([&] { return m_remoteApplied >= applied + count; }, 5000) >= 0;
    };

    // The selected subnet itself is edited elsewhere.
    EXPECT_OK(ctl({u"subnet"_s, u"set"_s, u"10.1.40.0/24"_s, u"--space"_s, u"Fabric"_s,
                   u"--description"_s, u"remote edit"_s}));
    QVERIFY(waitApplied(1));
    QCoreApplication::processEvents();
    selectionKept("after a remote edit of the selected row");
    QCOMPARE(table.selectionModel()
                     ->currentIndex()
                     .siblingAtColumn(SubnetModel::DescriptionColumn)
                     .data()
                     .toString(),
             u"remote edit"_s);

    // A subnet added above it (it moves down a row) and one removed above it.
    EXPECT_OK(ctl({u"subnet"_s, u"add"_s, u"10.0.9.0/24"_s, u"--space"_s, u"Fabric"_s, u"--lnet"_s,
                   u"Storage"_s, u"--site"_s, u"Site A"_s}));
    QVERIFY(waitApplied(2));
    QCoreApplication::processEvents();
    selectionKept("after a remote insert above the selected row");
    QCOMPARE(proxy.rowCount(), rowsBefore + 1);
    EXPECT_OK(ctl({u"subnet"_s, u"remove"_s, u"10.1.5.0/24"_s, u"--space"_s, u"Fabric"_s}));
    QVERIFY(waitApplied(3));
    QCoreApplication::processEvents();
    selectionKept("after a remote removal above the selected row");
    QCOMPARE(proxy.rowCount(), rowsBefore);

    // Containers added elsewhere appear in the tree, which stays expanded where it was.
    EXPECT_OK(ctl({u"site"_s, u"add"_s, u"Site B"_s, u"--lnet"_s, u"Storage"_s, u"--space"_s,
                   u"Fabric"_s}));
    QVERIFY(waitApplied(4));
    EXPECT_OK(ctl({u"lnet"_s, u"add"_s, u"Backup"_s, u"--space"_s, u"Fabric"_s}));
    QVERIFY(waitApplied(5));
    QCoreApplication::processEvents();
    selectionKept("after remote containers were added");
    QCOMPARE(treeModel.rowCount(lnetNode), 2);
    QCOMPARE(m_reloads, 0);
}

void TestLiveChangeFeed::editOfARemotelyChangedObjectIsAConflict()
{
    const ObjectId id = create(subnetAt("10.70.0.0/24"));
    QVERIFY(id);
    // What an open edit dialog holds: the subnet as it was, version 1.
    const Subnet seen = *m_writePath->store().get<Subnet>(id);
    QCOMPARE(seen.version, qint64(1));
    EXPECT_OK(ctl({u"subnet"_s, u"set"_s, u"10.70.0.0/24"_s, u"--description"_s, u"theirs"_s}));

    Subnet mine = seen;
    mine.description = u"mine"_s;
    ChangeSet stale;
    stale.update(mine, seen.version);
    const WriteResult result = m_writePath->submit(stale);
    QCOMPARE(result.status, WriteStatus::Conflict);
    QVERIFY2(result.message.contains(u"10.70.0.0/24"_s), qPrintable(result.message));
    QCOMPARE(result.exitCode(), 4);
    QCOMPARE(m_writePath->store().get<Subnet>(id)->description, u"theirs"_s); // not overwritten

    // The console learns of their change (the refresh), and an edit of that version goes in.
    const int row = m_models->subnets().rowOf(id);
    QVERIFY(waitFor([&] { return cell(row, SubnetModel::DescriptionColumn) == u"theirs"_s; }, 5000)
            >= 0);
    const Subnet fresh = *m_writePath->store().get<Subnet>(id);
    QCOMPARE(fresh.version, qint64(2));
    mine = fresh;
    mine.description = u"mine"_s;
    ChangeSet current;
    current.update(mine, fresh.version);
    QVERIFY(m_writePath->submit(current).ok());
    QCOMPARE(cell(row, SubnetModel::DescriptionColumn), u"mine"_s);
}

void TestLiveChangeFeed::auditRowsListTheirChanges()
{
    const ObjectId id = create(subnetAt("10.80.0.0/24"));
    QVERIFY(id);
    QSqlQuery query(m_connection->connection());
    QVERIFY(query.exec(u"SELECT change_origin, change_items FROM audit_log ORDER BY id DESC "
                       "LIMIT 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), processOrigin());
    ChangeEvent event;
    QVERIFY(decodeChangeItems(query.value(1).toString(), &event));
    QCOMPARE(event.items.size(), 1);
    QVERIFY(event.items[0].kind == ObjectKind::Subnet);
    QCOMPARE(event.items[0].id, id);
    QCOMPARE(event.items[0].version, qint64(1));
    QVERIFY(event.items[0].op == ChangeOp::Create);
    QVERIFY(!event.reloadAll);
}

void TestLiveChangeFeed::watcherHoldsNoTransaction()
{
    if (m_backend != "sqlite"_L1)
        QSKIP("SQLite's watcher only");
    SqliteChangeWatcher watcher(m_database->open());
    QVERIFY2(watcher.isWatching(), qPrintable(watcher.error()));
    watcher.setIncludeOwnProcess(true);
    watcher.setInterval(3600 * 1000); // polled by hand below
    QSignalSpy spy(&watcher, &SqliteChangeWatcher::changed);
    std::shared_ptr<Database> writerDb = m_database->open();
    WritePath writer(writerDb, Principal::currentOsUser());

    watcher.poll();
    QCOMPARE(spy.count(), 0); // nothing since it started
    QList<qint64> auditIds;
    for (const char *prefix : {"10.90.0.0/24", "10.91.0.0/24"}) {
        ChangeSet set;
        set.create(subnetAt(prefix));
        const WriteResult result = writer.submit(set);
        QVERIFY(result.ok());
        auditIds.append(result.auditId);
    }
    ChangeSet refused; // overlaps: rolled back, no audit row, nothing to see
    refused.create(subnetAt("10.90.0.128/25"));
    QCOMPARE(writer.submit(refused).status, WriteStatus::Refused);
    watcher.poll();
    QCOMPARE(spy.count(), 2);
    for (int i = 0; i < 2; ++i) {
        const ChangeEvent event = spy.at(i).at(0).value<ChangeEvent>();
        QCOMPARE(event.auditId, auditIds[i]);
        QVERIFY(!event.local);
        QCOMPARE(event.items.size(), 1);
    }
    watcher.poll();
    QCOMPARE(spy.count(), 2); // read once

    // Between polls the watcher pins nothing: a writer can take the lock and a full
    // checkpoint can reset the WAL (an open read transaction would make it busy).
    QString error;
    QVERIFY2(writerDb->beginWrite(&error), qPrintable(error));
    writerDb->rollback();
    QSqlQuery checkpoint(writerDb->connection());
    QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    QVERIFY(checkpoint.next());
    QCOMPARE(checkpoint.value(0).toInt(), 0); // not busy
}

void TestLiveChangeFeed::watcherReadsOtherWritersRows()
{
    if (m_backend != "sqlite"_L1)
        QSKIP("SQLite's watcher only");
    SqliteChangeWatcher watcher(m_database->open());
    QVERIFY2(watcher.isWatching(), qPrintable(watcher.error()));
    watcher.setInterval(3600 * 1000); // polled by hand below
    QSignalSpy spy(&watcher, &SqliteChangeWatcher::changed);
    std::shared_ptr<Database> other = m_database->open();
    auto insertRow = [&](const QString &outcome, const QString &origin, const QString &items) {
        QSqlQuery insert(other->connection());
        insert.prepare(
                u"INSERT INTO audit_log (at_ms, principal, operation, object, outcome, "
                "change_origin, change_items) VALUES (1, 'bob', 'subnet add', 'x', ?, ?, ?)"_s);
        insert.addBindValue(outcome);
        insert.addBindValue(origin);
        insert.addBindValue(items);
        return insert.exec();
    };
    // Another writer's change set, a denial (lists nothing), and a row this version cannot read.
    QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,17,2,1;5,18,1,2"_s));
    QVERIFY(insertRow(u"denied"_s, u"another-process"_s, u""_s));
    QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,oops"_s));
    watcher.poll();
    QCOMPARE(spy.count(), 2);
    const ChangeEvent first = spy.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(first.principal, u"bob"_s);
    QCOMPARE(first.label, u"subnet add"_s);
    QCOMPARE(first.items.size(), 2);
    QCOMPARE(first.items[0].id, ObjectId(17));
    QVERIFY(first.items[0].op == ChangeOp::Update);
    QVERIFY(first.items[1].op == ChangeOp::Remove);
    QVERIFY(!first.reloadAll);
    const ChangeEvent unreadable = spy.at(1).at(0).value<ChangeEvent>();
    QVERIFY(unreadable.reloadAll && unreadable.items.isEmpty()); // reload rather than miss it

    // A burst too large to apply one by one (a script, a long suspend) is one reload.
    spy.clear();
    QString error;
    QVERIFY(other->beginWrite(&error));
    for (int i = 0; i <= SqliteChangeWatcher::maxEventsPerPoll; ++i)
        QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,%1,1,0"_s.arg(100 + i)));
    QVERIFY(other->commit(&error));
    watcher.poll();
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).value<ChangeEvent>().reloadAll);
    watcher.poll();
    QCOMPARE(spy.count(), 1);

    // The log cut back (a purge): SQLite hands out lower ids again. A reload, then the new
    // rows are followed from there.
    QSqlQuery purge(other->connection());
    QVERIFY(purge.exec(u"DELETE FROM audit_log WHERE id > 1"_s));
    watcher.poll();
    QCOMPARE(spy.count(), 2);
    QVERIFY(spy.at(1).at(0).value<ChangeEvent>().reloadAll);
    QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,40,1,0"_s));
    watcher.poll();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<ChangeEvent>().items.value(0).id, ObjectId(40));
}

void TestLiveChangeFeed::feedSaysWhyItCannotStart()
{
    if (m_backend != "sqlite"_L1)
        QSKIP("once is enough");
    // Nothing listens on port 1: the console starts without live updates and says why.
    const Parsed<DatabaseLocation> nowhere
            = DatabaseLocation::parse(u"postgresql://nobody@127.0.0.1:1/ipam"_s);
    QVERIFY(nowhere);
    LiveChangeFeed feed(nowhere.value());
    QVERIFY(!feed.isActive());
    QVERIFY(feed.mechanism() == LiveChangeFeed::Mechanism::None);
    QVERIFY2(!feed.error().isEmpty(), "no reason given");
}

void TestLiveChangeFeed::auditReaderSkipsAndBounds()
{
    // The catch-up logic both mechanisms share, on both backends.
    std::shared_ptr<Database> other = m_database->open();
    AuditChangeReader reader(m_database->open());
    qint64 newest = -1;
    QVERIFY2(reader.readNewestId(&newest), qPrintable(reader.error()));
    const qint64 start = newest;
    auto insertRow = [&](const QString &outcome, const QString &origin, const QString &items) {
        QSqlQuery insert(other->connection());
        insert.prepare(
                u"INSERT INTO audit_log (at_ms, principal, operation, object, outcome, "
                "change_origin, change_items) VALUES (1, 'bob', 'subnet add', 'x', ?, ?, ?)"_s);
        insert.addBindValue(outcome);
        insert.addBindValue(origin);
        insert.addBindValue(items);
        return insert.exec();
    };
    QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,17,2,1"_s));
    QVERIFY(insertRow(u"denied"_s, u"another-process"_s, u""_s));
    QVERIFY(insertRow(u"committed"_s, processOrigin(), u"5,18,1,0"_s)); // this process's own
    QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,19,1,0"_s));
    QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,oops"_s));
    QList<ChangeEvent> events;
    QVERIFY2(reader.readAfter(start, &newest, &events), qPrintable(reader.error()));
    QCOMPARE(events.size(), 3); // not the denial, not our own
    QCOMPARE(events[0].items.value(0).id, ObjectId(17));
    QCOMPARE(events[1].items.value(0).id, ObjectId(19));
    QVERIFY(events[2].reloadAll); // unreadable: reload rather than miss it
    QCOMPARE(newest, events[2].auditId);

    // Ids already passed on (announced before a reconnect) are not passed on again.
    const QSet<qint64> seen{events[0].auditId};
    QList<ChangeEvent> again;
    qint64 newestAgain = start;
    QVERIFY(reader.readAfter(start, &newestAgain, &again, &seen));
    QCOMPARE(again.size(), 2);
    QCOMPARE(again[0].auditId, events[1].auditId);
    QCOMPARE(newestAgain, newest);

    // Past the bound, one reload that moves on to the newest row.
    reader.setMaxEvents(5);
    for (int i = 0; i < 6; ++i)
        QVERIFY(insertRow(u"committed"_s, u"another-process"_s, u"5,%1,1,0"_s.arg(100 + i)));
    QList<ChangeEvent> burst;
    const qint64 before = newest;
    QVERIFY(reader.readAfter(before, &newest, &burst));
    QCOMPARE(burst.size(), 1);
    QVERIFY(burst[0].reloadAll);
    QCOMPARE(burst[0].auditId, newest);
    QCOMPARE(newest, before + 6);
    QList<ChangeEvent> none;
    QVERIFY(reader.readAfter(newest, &newest, &none));
    QVERIFY(none.isEmpty());
}

int TestLiveChangeFeed::killListener()
{
    QSqlQuery kill(m_connection->connection());
    kill.prepare(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 "WHERE application_name = ? AND datname = current_database()"_s);
    kill.addBindValue(QString::fromLatin1(ChangeListener::applicationName));
    if (!kill.exec())
        return -1;
    int killed = 0;
    while (kill.next())
        killed += kill.value(0).toBool() ? 1 : 0;
    return killed;
}

bool TestLiveChangeFeed::showsEachOnce(const QStringList &networks) const
{
    const SubnetModel &model = m_models->subnets();
    for (const QString &network : networks) {
        int rows = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            rows += cell(row, SubnetModel::NetworkColumn) == network ? 1 : 0;
        if (rows != 1)
            return false;
    }
    return true;
}

void TestLiveChangeFeed::feedReconnectsAndCatchesUp()
{
    if (m_backend != "postgresql"_L1)
        QSKIP("PostgreSQL's listener only (SQLite's watcher has no session to lose)");
    QCOMPARE(m_feed->state(), LiveChangeFeed::State::Active);
    // The heartbeat is driven by hand here, so the outage lasts exactly as long as the test
    // wants; the reconnect backoff is short to keep the test fast.
    m_feed->setHeartbeatInterval(3600 * 1000);
    m_feed->setReconnectDelays(20, 160);
    QSignalSpy states(m_feed.get(), &LiveChangeFeed::stateChanged);
    EXPECT_OK(ctl({u"subnet"_s, u"add"_s, u"10.50.0.0/24"_s, u"--name"_s, u"before"_s}));
    QVERIFY(waitFor([&] { return rowOfNetwork(u"10.50.0.0/24"_s) >= 0; }, 5000) >= 0);
    const int appliedBefore = m_remoteApplied;

    QCOMPARE(killListener(), 1);
    // While nobody listens: adds, an edit, a removal from another process, and a change of
    // this process's own (which the models already applied from the local event).
    EXPECT_OK(ctl({u"subnet"_s, u"add"_s, u"10.51.0.0/24"_s, u"--name"_s, u"while down 1"_s}));
    EXPECT_OK(ctl({u"subnet"_s, u"add"_s, u"10.52.0.0/24"_s, u"--name"_s, u"while down 2"_s}));
    EXPECT_OK(ctl({u"subnet"_s, u"set"_s, u"10.50.0.0/24"_s, u"--description"_s, u"edited"_s}));
    EXPECT_OK(ctl({u"subnet"_s, u"remove"_s, u"10.52.0.0/24"_s}));
    QVERIFY(create(subnetAt("10.53.0.0/24")));
    // And the database refuses new sessions for a while: the feed keeps trying, backing off.
    // (PostgreSQL refuses this for the session's current database: ask from the maintenance
    // database, through a plain connection that runs no migration there.)
    const DatabaseLocation &here = m_connection->location();
    const QString dbName = here.database;
    QSqlQuery admin;
    {
        QSqlDatabase maintenance = QSqlDatabase::addDatabase(u"QPSQL"_s, u"live2-admin"_s);
        maintenance.setHostName(here.host);
        maintenance.setPort(here.port);
        maintenance.setUserName(here.user);
        maintenance.setPassword(here.password);
        maintenance.setDatabaseName(u"postgres"_s);
        QVERIFY2(maintenance.open(), qPrintable(Database::describe(maintenance.lastError())));
        admin = QSqlQuery(maintenance);
    }
    auto closeAdmin = qScopeGuard([&] {
        admin = QSqlQuery();
        QSqlDatabase::removeDatabase(u"live2-admin"_s);
    });
    QVERIFY2(admin.exec(u"ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false"_s.arg(dbName)),
             qPrintable(Database::describe(admin.lastError())));
    auto allow = qScopeGuard(
            [&] { admin.exec(u"ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true"_s.arg(dbName)); });
    QCoreApplication::processEvents();
    QCOMPARE(m_remoteApplied, appliedBefore); // the session is dead: nothing arrived

    QVERIFY(!m_feed->listener()->checkConnection());
    QCOMPARE(m_feed->state(), LiveChangeFeed::State::Reconnecting);
    QVERIFY2(!m_feed->stateText().isEmpty(), "no reason given");
    QTest::qWait(500);
    QCOMPARE(m_feed->state(), LiveChangeFeed::State::Reconnecting);
    // 20 + 40 + 80 + 160 + 160 ms: five or so attempts in 500 ms, not hundreds.
    const qsizetype attempts = states.size() - 1;
    qInfo("refused: %lld reconnect attempts in 500 ms; last: %s", qlonglong(attempts),
          qPrintable(m_feed->stateText()));
    QVERIFY2(attempts >= 3 && attempts <= 8, qPrintable(QString::number(attempts)));
    QVERIFY2(m_feed->stateText().contains(u"failed"_s), qPrintable(m_feed->stateText()));

    allow.dismiss();
    QVERIFY(admin.exec(u"ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true"_s.arg(dbName)));
    QElapsedTimer back;
    back.start();
    QVERIFY(waitFor([&] { return m_feed->state() == LiveChangeFeed::State::Active; }, 2000) >= 0);
    qInfo("back %lld ms after connections were allowed again", qlonglong(back.elapsed()));
    QVERIFY(m_feed->stateText().isEmpty());
    QCOMPARE(states.last().at(0).value<LiveChangeFeed::State>(), LiveChangeFeed::State::Active);

    // Every change made meanwhile, once: four change sets of ipamctl, not our own.
    QVERIFY(waitFor([&] { return m_remoteApplied >= appliedBefore + 4; }, 2000) >= 0);
    QTest::qWait(100); // nothing more comes
    QCOMPARE(m_remoteApplied, appliedBefore + 4);
    QCOMPARE(m_reloads, 0);
    QVERIFY(showsEachOnce({u"10.50.0.0/24"_s, u"10.51.0.0/24"_s, u"10.53.0.0/24"_s}));
    QCOMPARE(rowOfNetwork(u"10.52.0.0/24"_s), -1);
    QCOMPARE(cell(rowOfNetwork(u"10.50.0.0/24"_s), SubnetModel::DescriptionColumn), u"edited"_s);
    QCOMPARE(cell(rowOfNetwork(u"10.51.0.0/24"_s), SubnetModel::NameColumn), u"while down 1"_s);
    QCOMPARE(m_models->subnets().rowCount(), 3);

    // Listening again: the next change arrives by NOTIFY, within the usual deadline.
    EXPECT_OK(ctl({u"subnet"_s, u"add"_s, u"10.54.0.0/24"_s}));
    const double waited = waitFor([&] { return rowOfNetwork(u"10.54.0.0/24"_s) >= 0; }, 5000);
    QVERIFY2(waited >= 0 && waited <= deadlineMs(), qPrintable(QString::number(waited)));
    QCOMPARE(m_remoteApplied, appliedBefore + 5);
}

void TestLiveChangeFeed::heartbeatNoticesAKilledSession()
{
    if (m_backend != "postgresql"_L1)
        QSKIP("PostgreSQL's listener only");
    // The heartbeat alone notices: no hand-driven check. Changes land just after the kill, so
    // some may be committed while the feed reconnects (caught up and announced at once): each
    // must still be applied exactly once.
    m_feed->setHeartbeatInterval(100);
    m_feed->setReconnectDelays(20, 160);
    QSignalSpy states(m_feed.get(), &LiveChangeFeed::stateChanged);
    // The console's status bar follows the feed.
    MainWindow window(*m_models);
    window.showLiveUpdates(*m_feed);
    QLabel *live = window.liveUpdatesLabel();
    QCOMPARE(live->text(), u"Live updates: on"_s);
    QStringList shown;
    connect(m_feed.get(), &LiveChangeFeed::stateChanged, live, [&] { shown.append(live->text()); });
    QStringList networks;
    for (int round = 0; round < 2; ++round) {
        const int appliedBefore = m_remoteApplied;
        states.clear();
        QElapsedTimer outage;
        outage.start();
        QCOMPARE(killListener(), 1);
        for (int i = 0; i < 3; ++i) {
            const QString network = u"10.%1.%2.0/24"_s.arg(60 + round).arg(i);
            networks.append(network);
            EXPECT_OK(ctl({u"subnet"_s, u"add"_s, network}));
        }
        QVERIFY(waitFor([&] { return m_remoteApplied >= appliedBefore + 3; }, 3000) >= 0);
        QVERIFY(waitFor([&] { return m_feed->state() == LiveChangeFeed::State::Active; }, 3000)
                >= 0);
        // It did notice the loss (Reconnecting, then Active again).
        QVERIFY(states.size() >= 2);
        QCOMPARE(states.first().at(0).value<LiveChangeFeed::State>(),
                 LiveChangeFeed::State::Reconnecting);
        QCOMPARE(shown.value(shown.size() - states.size()), u"Live updates: reconnecting…"_s);
        QCOMPARE(live->text(), u"Live updates: on"_s);
        QVERIFY(!live->toolTip().isEmpty());
        qInfo("round %d: killed to all 3 changes applied and listening: %lld ms", round,
              qlonglong(outage.elapsed()));
        QTest::qWait(250); // two more heartbeats: nothing is applied twice
        QCOMPARE(m_remoteApplied, appliedBefore + 3);
        QVERIFY(showsEachOnce(networks));
        QCOMPARE(m_models->subnets().rowCount(), networks.size());
    }
    QCOMPARE(m_reloads, 0);
}

QTEST_MAIN(TestLiveChangeFeed)
#include "tst_livechangefeed.moc"
