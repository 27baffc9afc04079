// The console's side of the VMM sync: BackgroundSync runs a real VmmSync on its worker thread
// against the SPF test peer (a real HTTP server on 127.0.0.1, in its own thread), over a real
// store, while the pane is driven with QTest. Asserts what the admin sees: the window keeps
// answering during a slow VMM, the synchronized objects appear in the console's models,
// Synchronize Now is off while a run goes, Cancel stops it, and conflicts are listed with both
// versions and resolved from the pane.

#include "access/rbacauthorizer.h"
#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/networkdirectory.h"
#include "items/subnetmodel.h"
#include "items/syncconflictmodel.h"
#include "items/synclogmodel.h"
#include "mainwindow.h"
#include "spfpeer.h"
#include "store/accesscontroltables.h"
#include "syncpane.h"
#include "syncpasswordstore.h"
#include "syncsettingsdialog.h"
#include "testdatabase.h"
#include "vmm/backgroundsync.h"
#include "vmm/vmmcredentials.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ipam;
using namespace ipam::test;

namespace {

constexpr int syncTimeoutMs = 20000;

// A console over a fresh store: its own connection, write path and models, as ipam-console
// sets them up; the sync runs as the store's creator (IPAM Administrator, so the sync account
// has the rights DESIGN asks for), checked by the real RBAC authorizer.
struct Console
{
    explicit Console(const QString &backend)
        : database(backend)
    { }

    // The console and its sync act as asPrincipal when given, else as the store's creator.
    bool open(QString *error, const QString &asPrincipal = {})
    {
        if (!database.isValid()) {
            *error = database.error();
            return false;
        }
        db = database.open();
        if (!db) {
            *error = QStringLiteral("cannot open the test database");
            return false;
        }
        principal = asPrincipal.isEmpty() ? AccessControlTables(*db).connectedPrincipal()
                                          : Principal{asPrincipal, {}};
        writePath = std::make_unique<WritePath>(db, principal);
        writePath->setAuthorizer(makeAuthorizer(db));
        models = std::make_unique<ConsoleModels>(*writePath);
        if (!models->load(error))
            return false;
        sync = std::make_unique<BackgroundSync>(db->location(), principal);
        QObject::connect(sync.get(), &BackgroundSync::committed, models.get(),
                         &ConsoleModels::apply);
        pane = std::make_unique<SyncPane>(*sync, *models);
        pane->resize(1000, 500);
        pane->show();
        return true;
    }

    void useService(const QUrl &url, int intervalMinutes = 0)
    {
        SyncSettings settings;
        settings.serviceUrl = url;
        settings.intervalMinutes = intervalMinutes;
        pane->applySettings(settings);
    }

    // The logical networks of the Default provider space, by name, as the console shows them.
    QStringList logicalNetworkNames() const
    {
        QStringList names;
        const NetworkDirectory &directory = models->directory();
        for (ObjectId id : directory.logicalNetworksOf(directory.defaultSpaceId()))
            names.append(directory.logicalNetwork(id)->name);
        names.sort();
        return names;
    }

    TestDatabase database;
    std::shared_ptr<Database> db;
    Principal principal;
    std::unique_ptr<WritePath> writePath;
    std::unique_ptr<ConsoleModels> models;
    std::unique_ptr<BackgroundSync> sync;
    std::unique_ptr<SyncPane> pane;
};

QJsonObject logicalNetwork(const QString &name, const QString &description = {})
{
    return {{QStringLiteral("Name"), name},
            {QStringLiteral("Description"), description},
            {QStringLiteral("NetworkVirtualizationEnabled"), false}};
}

// Measures how long the GUI thread's event loop goes without turning: a 10 ms timer that
// records the longest gap between two of its ticks.
class EventLoopGapMeter
{
public:
    EventLoopGapMeter()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGap = qMax(m_longestGap, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 elapsed() const { return m_clock.elapsed(); }
    qint64 longestGap() const { return m_longestGap; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGap = 0;
    int m_ticks = 0;
};

void clickSynchronizeNow(SyncPane &pane)
{
    // Through the action as a menu or F9 would: the pane's button shares it.
    pane.synchronizeAction()->trigger();
}

} // namespace

class TestSyncPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void synchronizesInTheBackgroundIntoTheModels_data();
    void synchronizesInTheBackgroundIntoTheModels();
    void windowStaysResponsiveDuringASlowVmm();
    void windowStaysResponsiveWhileALargeSyncLands();
    void cancelStopsTheRun();
    void conflictsAreListedAndResolvedFromThePane_data();
    void conflictsAreListedAndResolvedFromThePane();
    void periodicIntervalRunsTheSync();
    void syncActsAsTheConsolePrincipalUnderRbac();
    void listsWhatVmmWouldNotTake();
    void refusesToStartWithoutAServiceUrl();
    void settingsNeverHoldTheSecret();
    void syncsWithAnEnteredWindowsAccount();
    void mainWindowOffersSynchronizeNow();
};

void TestSyncPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("IPAM_NO_KEYCHAIN", "1"); // the pane's passwords in memory, never a real keyring
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestSyncPane::cleanup()
{
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestSyncPane::synchronizesInTheBackgroundIntoTheModels_data()
{
    addBackendRows();
}

void TestSyncPane::synchronizesInTheBackgroundIntoTheModels()
{
    QFETCH(QString, backend);
    Console console(backend);
    IPAM_REQUIRE_DATABASE(console.database);
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer; // SPF proper: no network site set
    QVERIFY(peer.listen());
    peer.peer().add(QStringLiteral("LogicalNetworks"), logicalNetwork(QStringLiteral("Storage")));
    peer.peer().add(QStringLiteral("LogicalNetworks"), logicalNetwork(QStringLiteral("Backup")));
    console.useService(peer.peer().baseUrl());
    SyncPane &pane = *console.pane;
    QAbstractItemModelTester logTester(pane.logModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester treeTester(&console.models->tree(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);

    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    QSignalSpy committed(console.sync.get(), &BackgroundSync::committed);
    clickSynchronizeNow(pane);
    QVERIFY(console.sync->isRunning());
    QVERIFY(!pane.synchronizeAction()->isEnabled());
    QVERIFY(pane.cancelAction()->isEnabled());
    QVERIFY(pane.progressBar()->isVisible());
    // A second start while running is refused, not queued.
    QVERIFY(!console.sync->start());

    QVERIFY(finished.wait(syncTimeoutMs));
    const VmmSyncReport report = finished.at(0).at(0).value<VmmSyncReport>();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.created, 2);
    QVERIFY(!committed.isEmpty());
    // Written as the console's principal, through its (RBAC) authorizer.
    for (const QList<QVariant> &event : std::as_const(committed))
        QCOMPARE(event.at(0).value<ChangeEvent>().principal, console.principal.name);
    // The worker's commits reached the console's own models, and its tree.
    QCOMPARE(console.logicalNetworkNames(), QStringList({"Backup", "Storage"}));
    const NetworkDirectory &directory = console.models->directory();
    for (ObjectId id : directory.logicalNetworksOf(directory.defaultSpaceId()))
        QVERIFY(console.models->tree().indexOf(ConsoleNodeKind::LogicalNetwork, id).isValid());
    QVERIFY(pane.synchronizeAction()->isEnabled());
    QVERIFY(!pane.cancelAction()->isEnabled());
    QVERIFY(!pane.progressBar()->isVisible());
    // The log says what was created, and the status what the run did.
    int createdRows = 0;
    for (int row = 0; row < pane.logModel()->rowCount(); ++row) {
        if (pane.logModel()->entry(row).action == SyncAction::Created)
            ++createdRows;
    }
    QCOMPARE(createdRows, 2);
    QVERIFY2(pane.statusLabel()->text().contains(QStringLiteral("created 2")),
             qPrintable(pane.statusLabel()->text()));
    // SPF has no site set: the pane says where the sites' names and VLANs come from.
    bool derivedNoted = false;
    for (int row = 0; row < pane.logModel()->rowCount(); ++row)
        derivedNoted = derivedNoted
                || pane.logModel()->entry(row).detail.contains(
                        QStringLiteral("network sites were derived from its pools"));
    QVERIFY(derivedNoted);

    // Nothing changed: the next run writes nothing.
    committed.clear();
    clickSynchronizeNow(pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    const VmmSyncReport again = finished.at(1).at(0).value<VmmSyncReport>();
    QVERIFY2(again.completed, qPrintable(again.error));
    QCOMPARE(again.created + again.updated + again.deleted, 0);
    QCOMPARE(committed.size(), 0);
}

void TestSyncPane::windowStaysResponsiveDuringASlowVmm()
{
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    for (int i = 0; i < 5; ++i)
        peer.peer().add(QStringLiteral("LogicalNetworks"),
                        logicalNetwork(QStringLiteral("Slow %1").arg(i)));
    // Every answer of the run takes 300 ms: a GUI thread waiting for one would stall as long.
    peer.peer().delayNext(1000, 300);
    console.useService(peer.peer().baseUrl());

    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    QSignalSpy progress(console.sync.get(), &BackgroundSync::progress);
    int progressShown = 0; // updates seen by the pane's bar while the run went on
    QObject::connect(console.sync.get(), &BackgroundSync::progress, console.pane.get(), [&] {
        if (console.pane->progressBar()->isVisible() && console.pane->progressBar()->maximum() > 0)
            ++progressShown;
    });
    EventLoopGapMeter meter; // would stall if anything on this thread waited for the network
    clickSynchronizeNow(*console.pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    meter.stop();
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
    QVERIFY(progressShown >= 3);
    const VmmSyncReport report = finished.at(0).at(0).value<VmmSyncReport>();
    QVERIFY2(report.completed, qPrintable(report.error));
    qInfo("slow VMM: run %lld ms, GUI timer ticked %d times, longest gap %lld ms", meter.elapsed(),
          meter.ticks(), meter.longestGap());
    QVERIFY2(meter.elapsed() >= 1000, "the peer's delays did not apply");
    QVERIFY(meter.ticks() >= meter.elapsed() / 10 / 4);
    QVERIFY2(meter.longestGap() < 250, qPrintable(QString::number(meter.longestGap())));
    QCOMPARE(console.logicalNetworkNames().size(), 5);
}

void TestSyncPane::windowStaysResponsiveWhileALargeSyncLands()
{
    // Thousands of commits cross to the GUI thread: merged, not one model update per object.
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    peer.peer().generate(1000);
    console.useService(peer.peer().baseUrl());
    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    QSignalSpy committed(console.sync.get(), &BackgroundSync::committed);
    EventLoopGapMeter meter;
    clickSynchronizeNow(*console.pane);
    QVERIFY(finished.wait(60000));
    meter.stop();
    const VmmSyncReport report = finished.at(0).at(0).value<VmmSyncReport>();
    QVERIFY2(report.completed, qPrintable(report.error));
    qsizetype items = 0;
    for (const QList<QVariant> &event : std::as_const(committed))
        items += event.at(0).value<ChangeEvent>().items.size();
    qInfo("1,000 VMM objects: run %lld ms, %d created, %lld items in %lld model updates, "
          "longest GUI gap %lld ms, %d log rows",
          meter.elapsed(), report.created, qint64(items), qint64(committed.size()),
          meter.longestGap(), console.pane->logModel()->rowCount());
    QCOMPARE(report.created, 1000);
    QVERIFY(committed.size() < report.created / 10);
    QVERIFY2(meter.longestGap() < 1000, qPrintable(QString::number(meter.longestGap())));
    // Everything the sync wrote is in the console's models.
    const NetworkDirectory &directory = console.models->directory();
    QCOMPARE(directory.count(ObjectKind::LogicalNetwork),
             qsizetype(peer.peer().count(QStringLiteral("LogicalNetworks"))));
    QCOMPARE(directory.count(ObjectKind::NetworkSite),
             qsizetype(peer.peer().count(QStringLiteral("LogicalNetworkDefinitions"))));
    QCOMPARE(console.models->subnets().rowCount(), int(console.writePath->store().count<Subnet>()));
}

void TestSyncPane::cancelStopsTheRun()
{
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    peer.peer().generate(200);
    peer.peer().delayNext(1000, 300);
    console.useService(peer.peer().baseUrl());
    SyncPane &pane = *console.pane;
    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    clickSynchronizeNow(pane);
    QTest::qWait(400);
    QVERIFY(console.sync->isRunning());
    QVERIFY(pane.cancelAction()->isEnabled());
    QElapsedTimer clock;
    clock.start();
    pane.cancelAction()->trigger();
    QVERIFY(!pane.cancelAction()->isEnabled()); // pressed once is enough
    QVERIFY(finished.wait(syncTimeoutMs));
    qInfo("cancel answered after %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 5000);
    const VmmSyncReport report = finished.at(0).at(0).value<VmmSyncReport>();
    QVERIFY(!report.completed);
    QVERIFY(pane.synchronizeAction()->isEnabled());
    QVERIFY(!console.sync->isRunning());
    const SyncLogEntry &last = pane.logModel()->entry(pane.logModel()->rowCount() - 1);
    QCOMPARE(last.action, SyncAction::Error);
    QVERIFY2(last.detail.contains(QStringLiteral("stopped")), qPrintable(last.detail));

    // The next run completes it: every logical network once, in the console's models too.
    peer.peer().clearFaults();
    clickSynchronizeNow(pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    const VmmSyncReport resumed = finished.at(1).at(0).value<VmmSyncReport>();
    QVERIFY2(resumed.completed, qPrintable(resumed.error));
    QCOMPARE(console.models->directory().count(ObjectKind::LogicalNetwork),
             qsizetype(peer.peer().count(QStringLiteral("LogicalNetworks"))));
    QCOMPARE(console.models->directory().count(ObjectKind::NetworkSite),
             qsizetype(peer.peer().count(QStringLiteral("LogicalNetworkDefinitions"))));
}

void TestSyncPane::conflictsAreListedAndResolvedFromThePane_data()
{
    addBackendRows();
}

void TestSyncPane::conflictsAreListedAndResolvedFromThePane()
{
    QFETCH(QString, backend);
    Console console(backend);
    IPAM_REQUIRE_DATABASE(console.database);
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    const QUuid storageId = peer.peer().add(QStringLiteral("LogicalNetworks"),
                                            logicalNetwork(QStringLiteral("Storage"), "base"));
    const QUuid backupId = peer.peer().add(QStringLiteral("LogicalNetworks"),
                                           logicalNetwork(QStringLiteral("Backup"), "base"));
    console.useService(peer.peer().baseUrl());
    SyncPane &pane = *console.pane;
    QAbstractItemModelTester conflictTester(pane.conflictModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester versionsTester(pane.versionsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    clickSynchronizeNow(pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    QCOMPARE(console.logicalNetworkNames(), QStringList({"Backup", "Storage"}));

    // Both sides edit both logical networks' descriptions.
    const NetworkDirectory &directory = console.models->directory();
    for (ObjectId id : directory.logicalNetworksOf(directory.defaultSpaceId())) {
        LogicalNetwork network = *directory.logicalNetwork(id);
        network.description = QStringLiteral("edited in IPAM");
        ChangeSet changes;
        changes.update(network);
        const WriteResult result = console.writePath->submit(changes);
        QVERIFY2(result.ok(), qPrintable(result.message));
    }
    for (const QUuid &id : {storageId, backupId})
        QVERIFY(peer.peer().update(
                QStringLiteral("LogicalNetworks"), id,
                {{QStringLiteral("Description"), QStringLiteral("edited in VMM")}}));

    clickSynchronizeNow(pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    // The run's conflict list follows its finished().
    QTRY_COMPARE_WITH_TIMEOUT(pane.conflictModel()->rowCount(), 2, syncTimeoutMs);
    QCOMPARE(pane.tabs()->tabText(1), QStringLiteral("Conflicts (2)"));
    // Neither side was overwritten.
    for (ObjectId id : directory.logicalNetworksOf(directory.defaultSpaceId()))
        QCOMPARE(directory.logicalNetwork(id)->description, QStringLiteral("edited in IPAM"));
    QCOMPARE(peer.peer()
                     .entity(QStringLiteral("LogicalNetworks"), storageId)
                     ->value(QStringLiteral("Description"))
                     .toString(),
             QStringLiteral("edited in VMM"));

    // Select Storage's conflict: both versions side by side, the description highlighted.
    const int storageRow
            = pane.conflictModel()->conflict(0).name == QLatin1String("Storage") ? 0 : 1;
    pane.conflictView()->setCurrentIndex(pane.conflictModel()->index(storageRow, 0));
    ConflictVersionsModel &versions = *pane.versionsModel();
    int descriptionRow = -1;
    for (int row = 0; row < versions.rowCount(); ++row) {
        if (versions.property(row) == QLatin1String("Description"))
            descriptionRow = row;
    }
    QVERIFY(descriptionRow >= 0);
    QVERIFY(versions.isDifferent(descriptionRow));
    QCOMPARE(versions.index(descriptionRow, ConflictVersionsModel::IpamColumn).data().toString(),
             QStringLiteral("edited in IPAM"));
    QCOMPARE(versions.index(descriptionRow, ConflictVersionsModel::VmmColumn).data().toString(),
             QStringLiteral("edited in VMM"));
    QVERIFY(pane.keepVmmButton()->isEnabled());

    // Keep VMM for Storage: IPAM takes VMM's description, in the console's models too.
    QSignalSpy resolved(console.sync.get(), &BackgroundSync::resolved);
    QTest::mouseClick(pane.keepVmmButton(), Qt::LeftButton);
    QVERIFY(!pane.keepVmmButton()->isEnabled()); // until the answer
    QVERIFY(resolved.wait(syncTimeoutMs));
    QVERIFY2(resolved.at(0).at(1).toBool(), qPrintable(resolved.at(0).at(2).toString()));
    QTRY_COMPARE(pane.conflictModel()->rowCount(), 1);
    const SyncLogEntry &resolvedLine = pane.logModel()->entry(pane.logModel()->rowCount() - 1);
    QCOMPARE(resolvedLine.detail,
             QStringLiteral("Conflict on logical network \"Storage\" resolved: "
                            "kept VMM's version"));
    QCOMPARE(pane.tabs()->tabText(1), QStringLiteral("Conflicts (1)"));
    for (ObjectId id : directory.logicalNetworksOf(directory.defaultSpaceId())) {
        const LogicalNetwork *network = directory.logicalNetwork(id);
        QCOMPARE(network->description,
                 network->name == QLatin1String("Storage") ? QStringLiteral("edited in VMM")
                                                           : QStringLiteral("edited in IPAM"));
    }

    // Keep IPAM for Backup: SPF takes no logical network writes, so the pane says why and the
    // conflict stays; keeping VMM's then settles it.
    pane.conflictView()->setCurrentIndex(pane.conflictModel()->index(0, 0));
    QCOMPARE(pane.conflictModel()->conflict(0).name, QStringLiteral("Backup"));
    QTest::mouseClick(pane.keepIpamButton(), Qt::LeftButton);
    QVERIFY(resolved.wait(syncTimeoutMs));
    QVERIFY(!resolved.at(1).at(1).toBool());
    QVERIFY2(resolved.at(1).at(2).toString().contains(QStringLiteral("read-only (GET only)")),
             qPrintable(resolved.at(1).at(2).toString()));
    QCOMPARE(pane.conflictModel()->rowCount(), 1);
    QCOMPARE(peer.peer()
                     .entity(QStringLiteral("LogicalNetworks"), backupId)
                     ->value(QStringLiteral("Description"))
                     .toString(),
             QStringLiteral("edited in VMM"));
    pane.conflictView()->setCurrentIndex(pane.conflictModel()->index(0, 0));
    QTest::mouseClick(pane.keepVmmButton(), Qt::LeftButton);
    QVERIFY(resolved.wait(syncTimeoutMs));
    QVERIFY2(resolved.at(2).at(1).toBool(), qPrintable(resolved.at(2).at(2).toString()));
    QTRY_COMPARE(pane.conflictModel()->rowCount(), 0);
    QCOMPARE(pane.tabs()->tabText(1), QStringLiteral("Conflicts"));
    QVERIFY(!pane.keepIpamButton()->isEnabled()); // nothing selected any more
}

void TestSyncPane::periodicIntervalRunsTheSync()
{
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    peer.peer().add(QStringLiteral("LogicalNetworks"), logicalNetwork(QStringLiteral("Storage")));
    console.useService(peer.peer().baseUrl());
    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    console.sync->setInterval(std::chrono::milliseconds(150));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, syncTimeoutMs);
    console.sync->setInterval(std::chrono::milliseconds(0));
    QTRY_VERIFY_WITH_TIMEOUT(!console.sync->isRunning(), syncTimeoutMs);
    const qsizetype runs = finished.size();
    QTest::qWait(400);
    QCOMPARE(finished.size(), runs); // off means off
    QCOMPARE(console.logicalNetworkNames(), QStringList({"Storage"}));
    QCOMPARE(console.sync->remainingUntilNextRun(), qint64(-1));
}

void TestSyncPane::syncActsAsTheConsolePrincipalUnderRbac()
{
    // A principal without any access policy: the worker's write path refuses every write,
    // and the log says so; nothing reaches the store or the models.
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error, QStringLiteral("guest")), qPrintable(error));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    peer.peer().add(QStringLiteral("LogicalNetworks"), logicalNetwork(QStringLiteral("Storage")));
    console.useService(peer.peer().baseUrl());
    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    QSignalSpy committed(console.sync.get(), &BackgroundSync::committed);
    clickSynchronizeNow(*console.pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    const VmmSyncReport report = finished.at(0).at(0).value<VmmSyncReport>();
    QCOMPARE(report.created, 0);
    QVERIFY(report.refused >= 1);
    QCOMPARE(committed.size(), 0);
    QVERIFY(console.logicalNetworkNames().isEmpty());
    QVERIFY(console.writePath->store().select<LogicalNetwork>().isEmpty());
    bool refusedLine = false;
    for (int row = 0; row < console.pane->logModel()->rowCount(); ++row) {
        const SyncLogEntry &entry = console.pane->logModel()->entry(row);
        if (entry.action == SyncAction::Refused
            && entry.object == QLatin1String("logical network \"Storage\"")
            && entry.detail.contains(QStringLiteral("guest")))
            refusedLine = true;
    }
    QVERIFY(refusedLine);
}

void TestSyncPane::listsWhatVmmWouldNotTake()
{
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    LogicalNetwork local;
    local.spaceId = console.models->directory().defaultSpaceId();
    local.name = QStringLiteral("Made in IPAM");
    ChangeSet changes;
    changes.create(local);
    const WriteResult created = console.writePath->submit(changes);
    QVERIFY2(created.ok(), qPrintable(created.message));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    peer.peer().refuseWrites(QStringLiteral("LogicalNetworks"), 405);
    console.useService(peer.peer().baseUrl());
    SyncPane &pane = *console.pane;
    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    clickSynchronizeNow(pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(pane.notInVmmModel()->rowCount(), 1, syncTimeoutMs);
    const QString line = pane.notInVmmModel()->stringList().constFirst();
    QVERIFY2(line.contains(QStringLiteral("Made in IPAM")), qPrintable(line));
    QCOMPARE(pane.tabs()->tabText(2), QStringLiteral("Not in VMM (1)"));
    bool logged = false;
    for (int row = 0; row < pane.logModel()->rowCount(); ++row) {
        const SyncLogEntry &entry = pane.logModel()->entry(row);
        logged = logged
                || (entry.action == SyncAction::NotInVmm
                    && entry.object == QLatin1String("logical network \"Made in IPAM\""));
    }
    QVERIFY(logged);
    // Still in IPAM: refused by VMM is not deleted here.
    QCOMPARE(console.logicalNetworkNames(), QStringList({"Made in IPAM"}));
}

void TestSyncPane::refusesToStartWithoutAServiceUrl()
{
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SyncPane &pane = *console.pane;
    QSignalSpy refused(console.sync.get(), &BackgroundSync::startRefused);
    QSignalSpy started(console.sync.get(), &BackgroundSync::started);
    clickSynchronizeNow(pane);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(started.size(), 0);
    QVERIFY(pane.synchronizeAction()->isEnabled());
    QCOMPARE(pane.logModel()->entry(pane.logModel()->rowCount() - 1).action, SyncAction::Error);

    // An unreadable credentials file stops the run before any request, naming the file.
    SyncSettings settings;
    settings.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:9/svc"));
    settings.credentialSource = SyncSettings::CredentialSource::File;
    settings.credentialFile = QStringLiteral("/nonexistent/vmm-credentials");
    pane.applySettings(settings);
    clickSynchronizeNow(pane);
    QCOMPARE(refused.size(), 2);
    QVERIFY(refused.at(1).at(0).toString().contains(settings.credentialFile));
    QCOMPARE(started.size(), 0);
}

void TestSyncPane::settingsNeverHoldTheSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vmm.credentials"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# VMM sync account\nuser=svc-ipam\npassword=s3cret!\n");
    file.close();

    // Readable by others: refused, with the fix.
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ReadOther));
    Parsed<VmmCredentials> read = vmmcredentials::fromFile(path);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("chmod 600")), qPrintable(read.error()));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    read = vmmcredentials::fromFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value().user, QStringLiteral("svc-ipam"));
    QCOMPARE(read.value().password, QStringLiteral("s3cret!"));

    // The dialog: OK only once the URL is usable; the saved settings name the file, never
    // what is in it.
    SyncSettings settings;
    SyncPasswordStore passwords(SyncPasswordStore::Backend::MemoryOnly);
    SyncSettingsDialog dialog(settings, {QStringLiteral("Default"), QStringLiteral("Fabric")},
                              passwords);
    QVERIFY(!dialog.message().isEmpty());
    dialog.findChild<QLineEdit *>(QStringLiteral("syncUrl"))
            ->setText(QStringLiteral("vmm.example:8090/svc"));
    QVERIFY(dialog.message().contains(QStringLiteral("http")));
    dialog.findChild<QLineEdit *>(QStringLiteral("syncUrl"))
            ->setText(QStringLiteral("https://vmm.example:8090/svc"));
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    dialog.findChild<QRadioButton *>(QStringLiteral("syncCredentialsFromFile"))->setChecked(true);
    QVERIFY(!dialog.message().isEmpty()); // no file chosen yet
    dialog.findChild<QLineEdit *>(QStringLiteral("syncCredentialFile"))->setText(path);
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    dialog.findChild<QLineEdit *>(QStringLiteral("syncHostGroups"))
            ->setText(QStringLiteral("All Hosts\\East, All Hosts\\West,"));
    const SyncSettings edited = dialog.settings();
    QCOMPARE(edited.hostGroups, QStringList({"All Hosts\\East", "All Hosts\\West"}));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("syncCredentialNote"))
                    ->text()
                    .contains(QStringLiteral("never saved")));

    const QString settingsFile = dir.filePath(QStringLiteral("console.ini"));
    {
        QSettings stored(settingsFile, QSettings::IniFormat);
        edited.save(stored);
    }
    QFile saved(settingsFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(text.contains("vmm.credentials"));
    QVERIFY(!text.contains("s3cret"));
    QVERIFY(!text.contains("svc-ipam"));
    QSettings stored(settingsFile, QSettings::IniFormat);
    const SyncSettings loaded = SyncSettings::load(stored);
    QCOMPARE(loaded.serviceUrl, edited.serviceUrl);
    QCOMPARE(loaded.hostGroups, edited.hostGroups);
    QCOMPARE(loaded.credentialFile, path);
    const Parsed<VmmSyncOptions> options = loaded.toOptions();
    QVERIFY2(options.ok(), qPrintable(options.error()));
    QCOMPARE(options.value().credentials.password, QStringLiteral("s3cret!"));
}

// The user and password entered in the settings (CredentialSource::Entered) reach the run:
// the password from the pane's SyncPasswordStore (memory here: IPAM_NO_KEYCHAIN), the user
// from QSettings; NTLM against the peer; the plain-http warning shown as an error line; the
// password nowhere in QSettings.
void TestSyncPane::syncsWithAnEnteredWindowsAccount()
{
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer;
    QVERIFY(peer.listen());
    peer.peer().setRequiredWindows(QStringLiteral("CONTOSO"), QStringLiteral("svc-ipam"),
                                   QStringLiteral("Pa55w.rd"));
    peer.peer().add(QStringLiteral("LogicalNetworks"),
                    {{QStringLiteral("Name"), QStringLiteral("Windows fabric")}});
    SyncPane &pane = *console.pane;
    QVERIFY(!pane.passwords().usesKeychain());
    SyncSettings settings;
    settings.serviceUrl = peer.peer().baseUrl();
    settings.credentialSource = SyncSettings::CredentialSource::Entered;
    settings.user = QStringLiteral("CONTOSO\\svc-ipam");
    pane.applySettings(settings, QStringLiteral("Pa55w.rd"));

    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    clickSynchronizeNow(pane);
    QVERIFY(finished.wait(syncTimeoutMs));
    const auto report = finished.first().first().value<VmmSyncReport>();
    QVERIFY2(report.completed, qPrintable(report.error));
    QTRY_COMPARE_WITH_TIMEOUT(console.logicalNetworkNames(), QStringList({"Windows fabric"}),
                              syncTimeoutMs);
    bool warned = false;
    for (int row = 0; row < pane.logModel()->rowCount(); ++row) {
        const SyncLogEntry &entry = pane.logModel()->entry(row);
        warned = warned
                || (entry.action == SyncAction::Error && entry.line.contains(QStringLiteral("NTLM"))
                    && entry.line.contains(QStringLiteral("plain http")));
    }
    QVERIFY(warned);
    for (const SpfPeer::Request &r : peer.peer().requests()) {
        if (r.status != 401)
            QCOMPARE(r.authentication, QStringLiteral("NTLM CONTOSO\\svc-ipam"));
    }
    QSettings stored(QStringLiteral("ipam-console"), QStringLiteral("console"));
    for (const QString &key : stored.allKeys())
        QVERIFY2(!stored.value(key).toString().contains(QStringLiteral("Pa55w")), qPrintable(key));
    QCOMPARE(stored.value(QStringLiteral("VmmSync/user")).toString(),
             QStringLiteral("CONTOSO\\svc-ipam"));
}

void TestSyncPane::mainWindowOffersSynchronizeNow()
{
    Console console(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(console.open(&error), qPrintable(error));
    SpfPeerThread peer;
    peer.peer().setSiteSet(true); // compared with the peer's own sites
    QVERIFY(peer.listen());
    peer.peer().add(QStringLiteral("LogicalNetworks"), logicalNetwork(QStringLiteral("Storage")));
    peer.peer().delayNext(2, 300);
    MainWindow window(*console.models);
    auto *pane = new SyncPane(*console.sync, *console.models);
    window.addSyncPane(pane);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A Synchronize menu before Help, holding Synchronize Now.
    QMenu *menu = nullptr;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *action : menus) {
        if (action->menu() && action->text() == QLatin1String("&Synchronize"))
            menu = action->menu();
    }
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(pane->synchronizeAction()));
    QCOMPARE(menus.constLast()->text(), QStringLiteral("&Help"));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("vmmSyncDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible()); // until the admin synchronizes
    auto *indicator
            = window.statusBar()->findChild<QProgressBar *>(QStringLiteral("syncStatusIndicator"));
    QVERIFY(indicator);
    QVERIFY(!indicator->isVisible());

    pane->applySettings([&] {
        SyncSettings settings;
        settings.serviceUrl = peer.peer().baseUrl();
        return settings;
    }());
    QSignalSpy finished(console.sync.get(), &BackgroundSync::finished);
    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(console.sync->isRunning());
    QVERIFY(dock->isVisible());
    QVERIFY(indicator->isVisible());
    QVERIFY(!pane->synchronizeAction()->isEnabled());
    QVERIFY(finished.wait(syncTimeoutMs));
    QVERIFY(!indicator->isVisible());
    QVERIFY(pane->synchronizeAction()->isEnabled());
    // The window's own models show what the sync brought.
    QVERIFY(window.selectPath(QStringLiteral("IPAM/VIRTUALIZED IP ADDRESS SPACE/Provider IP "
                                             "Address Space/Default/Storage")));
}

QTEST_MAIN(TestSyncPane)
#include "tst_syncpane.moc"
