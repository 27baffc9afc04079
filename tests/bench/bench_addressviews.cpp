// Benchmark of the console's addresses and ranges views at 1,000,000 subnets and 10,000,000
// addresses (not a test: not run by CTest). Issue 15, "Also at scale": open the console on
// such a store, first screenful <= 1 s, no event-loop turn over 100 ms, memory <= 1.5 GB.
//
// The store: 1,000 logical networks x 10 sites x 100 /24 subnets (the write path, as
// bench_models builds it), 10 addresses in each subnet and a range in every 10th (direct SQL:
// the write path's bulk import is another issue's), generated once and kept:
//
//     bench_addressviews [--db FILE] [--baseline-rows N]
//
// Figures, each beside its same-run baseline:
// 1. the console window opened as the application does (models per scope, subnets streamed):
//    first screenful, all subnets in, then the addresses view shown: its first screenful, 40
//    pages scrolled, a filter change to a site and back; the longest event-loop turn
//    throughout, and the peak memory of the process;
// 2. the old way, reading the addresses whole into AddressModel, measured on --baseline-rows
//    of them (default 1,000,000; the whole 10,000,000 took ~150 s and ~4 GB) and scaled;
//    and the floor of one page: the same 5,000 rows read by a bare SQLite statement.

#include "items/addressmodel.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "items/rangemodel.h"
#include "items/scopedload.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/store.h"
#include "write/writepath.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <malloc.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace ipam;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int networkCount = 1000;
constexpr int sitesPerNetwork = 10;
constexpr int subnetsPerSite = 100;
constexpr int subnetCount = networkCount * sitesPerNetwork * subnetsPerSite;
constexpr int addressesPerSubnet = 10;
constexpr qint64 addressCount = qint64(subnetCount) * addressesPerSubnet;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Peak and current resident memory of this process (/proc/self/status).
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

void row(const char *what, const QString &ours, const QString &baseline, const char *goal)
{
    std::printf("  %-50s %14s   %-34s %s\n", what, qPrintable(ours), qPrintable(baseline), goal);
    std::fflush(stdout);
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

QString mb(qint64 kb)
{
    return QStringLiteral("%1 MB").arg(kb / 1024);
}

bool generate(const QString &path)
{
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(path);
    Parsed<std::shared_ptr<Database>> database = Database::open(location.value());
    if (!database) {
        std::printf("cannot open %s: %s\n", qPrintable(path), qPrintable(database.error()));
        return false;
    }
    Store store(database.value());
    if (store.count<Address>() >= addressCount && store.count<Subnet>() >= subnetCount)
        return true;
    if (store.count<Subnet>() > 0) {
        std::printf("%s holds another data set: remove it first\n", qPrintable(path));
        return false;
    }
    std::printf("Generating %s (once)...\n", qPrintable(path));
    std::fflush(stdout);
    const auto start = Clock::now();
    WritePath writePath(database.value(), Principal{QStringLiteral("bench"), {}});
    AddressSpace fabricSpace;
    fabricSpace.name = QStringLiteral("Fabric");
    ChangeSet spaces;
    spaces.create(fabricSpace);
    WriteResult result = writePath.submit(spaces);
    if (!result.ok())
        return false;
    const ObjectId space = storedPart(result.objects.constFirst()).id;
    ChangeSet networks;
    for (int n = 0; n < networkCount; ++n) {
        LogicalNetwork network;
        network.spaceId = space;
        network.name = QStringLiteral("LN%1").arg(n, 4, 10, QLatin1Char('0'));
        networks.create(network);
    }
    result = writePath.submit(networks);
    if (!result.ok())
        return false;
    QList<ObjectId> networkIds;
    ChangeSet sites;
    for (const AnyObject &object : std::as_const(result.objects)) {
        networkIds.append(storedPart(object).id);
        for (int s = 0; s < sitesPerNetwork; ++s) {
            NetworkSite site;
            site.logicalNetworkId = storedPart(object).id;
            site.name = QStringLiteral("Site%1").arg(s);
            sites.create(site);
        }
    }
    result = writePath.submit(sites);
    if (!result.ok())
        return false;
    QList<ObjectId> siteIds;
    for (const AnyObject &object : std::as_const(result.objects))
        siteIds.append(storedPart(object).id);
    const int pageSize = 100000;
    for (int first = 0; first < subnetCount; first += pageSize) {
        ChangeSet changes;
        changes.label = QStringLiteral("bench generate");
        for (int i = first; i < first + pageSize; ++i) {
            Subnet s;
            s.spaceId = space;
            s.networkId
                    = Prefix::make(IpAddress(Family::V4, (quint32(11) << 24) + (quint32(i) << 8)),
                                   24)
                              .value();
            s.networkType = NetworkType::Provider;
            s.logicalNetworkId = networkIds.at(i / (sitesPerNetwork * subnetsPerSite));
            s.siteId = siteIds.at(i / subnetsPerSite);
            changes.create(s);
        }
        result = writePath.submit(changes);
        if (!result.ok()) {
            std::printf("write path refused: %s\n", qPrintable(result.message));
            return false;
        }
        std::printf("  %d subnets, %.0f s\n", first + pageSize, msSince(start) / 1000);
        std::fflush(stdout);
    }
    // Ranges and addresses by direct SQL, one transaction.
    sqlite3 *handle = sqliteHandle(*database.value());
    QString error;
    if (!handle || !database.value()->beginWrite(&error))
        return false;
    SqliteStatement subnets(handle, QStringLiteral("SELECT id, lo FROM ip_subnet ORDER BY lo"));
    SqliteStatement range(handle,
                          QStringLiteral("INSERT INTO ip_range (space_id, subnet_id, family, lo, "
                                         "hi, start_address, end_address) VALUES (?,?,4,?,?,?,?)"));
    SqliteStatement address(
            handle,
            QStringLiteral("INSERT INTO ip_address (space_id, subnet_id, range_id, family, ip, "
                           "ip_address, device_name, modified_ms) VALUES (?,?,?,4,?,?,?,?)"));
    qint64 index = 0;
    while (subnets.next()) {
        const ObjectId subnetId = subnets.int64(0);
        const quint32 network = quint32((quint32(11) << 24) + (quint32(index) << 8));
        ObjectId rangeId = 0;
        if (index % 10 == 0) {
            range.reset();
            range.bind(1, qint64(space));
            range.bind(2, qint64(subnetId));
            range.bind(3, QVariant(IpAddress(Family::V4, network + 1).toBytes()));
            range.bind(4, QVariant(IpAddress(Family::V4, network + 50).toBytes()));
            range.bind(5, IpAddress(Family::V4, network + 1).toString());
            range.bind(6, IpAddress(Family::V4, network + 50).toString());
            if (!range.exec())
                return false;
            rangeId = range.lastInsertId();
        }
        for (int a = 1; a <= addressesPerSubnet; ++a) {
            const IpAddress ip(Family::V4, network + quint32(a));
            address.reset();
            address.bind(1, qint64(space));
            address.bind(2, qint64(subnetId));
            address.bind(3, rangeId ? QVariant(rangeId) : QVariant());
            address.bind(4, QVariant(ip.toBytes()));
            address.bind(5, ip.toString());
            address.bind(6, QStringLiteral("host-%1-%2").arg(index).arg(a));
            address.bind(7, qint64(1717200000000LL + index));
            if (!address.exec()) {
                std::printf("insert failed: %s\n", qPrintable(address.error()));
                return false;
            }
        }
        if (++index % 100000 == 0) {
            std::printf("  %lld addresses, %.0f s\n", index * addressesPerSubnet,
                        msSince(start) / 1000);
            std::fflush(stdout);
        }
    }
    subnets.reset();
    if (!database.value()->commit(&error))
        return false;
    std::printf("  generated in %.0f s\n", msSince(start) / 1000);
    return true;
}

// Paints of a viewport, with rows in it.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *viewport, std::function<void()> onPaint)
        : m_onPaint(std::move(onPaint))
    {
        viewport->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_onPaint();
        return false;
    }

private:
    std::function<void()> m_onPaint;
};

// Runs the event loop until `done` or `timeoutMs`.
void spin(const std::function<bool()> &done, int timeoutMs)
{
    const auto start = Clock::now();
    while (!done() && msSince(start) < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct Ours
{
    double subnetsFirst = -1;
    double subnetsLoaded = -1;
    double addressesFirst = -1;
    int addressesFirstRows = 0;
    double scrolled = -1;
    int scrolledRows = 0;
    double toSite = -1;
    double toAll = -1;
    double rangesFirst = -1;
    double longestTurn = 0;
    int turnsOver100 = 0;
    // The longest turn and the turns over 100 ms of each phase, in order.
    std::vector<std::pair<QString, std::pair<double, int>>> phases;
    qint64 peakKb = 0;
    qint64 residentKb = 0;
};

Ours windowFigures(const QString &path)
{
    Ours o;
    const qint64 before = statusKb("VmRSS:");
    const auto start = Clock::now();
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(path);
    Parsed<std::shared_ptr<Database>> database = Database::open(location.value());
    WritePath writePath(database.value(), Principal{QStringLiteral("bench"), {}});
    ConsoleModels models(writePath);
    models.setLoadPerScope(true); // as app/console/main.cpp does
    models.startLoading();
    MainWindow window(models);
    window.selectPath(
            QStringLiteral("IPAM/VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric"));
    ResultPane *pane = window.resultPane();
    auto lastTick = Clock::now();
    QTimer ticker;
    ticker.setInterval(5);
    const auto phase = [&](const char *name) {
        o.phases.push_back({QString::fromLatin1(name), {0.0, 0}});
    };
    phase("opening: window shown, first screenful");
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double turn = msSince(lastTick);
        o.longestTurn = std::max(o.longestTurn, turn);
        o.turnsOver100 += turn > 100 ? 1 : 0;
        auto &current = o.phases.back().second;
        current.first = std::max(current.first, turn);
        current.second += turn > 100 ? 1 : 0;
        lastTick = Clock::now();
    });
    ticker.start();
    QAbstractItemView *subnetsView = pane->itemView(ResultPane::View::Subnets);
    PaintWatcher subnetsPaint(subnetsView->viewport(), [&] {
        if (o.subnetsFirst < 0 && subnetsView->model()->rowCount() > 0) {
            o.subnetsFirst = msSince(start);
            phase("subnets streaming, after the first screenful");
        }
    });
    window.resize(1440, 900);
    window.show();
    spin([&] { return !models.isLoading(); }, 300000);
    o.subnetsLoaded = msSince(start);

    // The addresses view: shown, first screenful painted.
    QTableView *view = pane->itemView(ResultPane::View::Addresses);
    const auto shown = Clock::now();
    PaintWatcher addressesPaint(view->viewport(), [&] {
        if (o.addressesFirst < 0 && view->model()->rowCount() > 0) {
            o.addressesFirst = msSince(shown);
            o.addressesFirstRows = view->model()->rowCount();
        }
    });
    phase("addresses view shown");
    lastTick = Clock::now();
    pane->setCurrentView(ResultPane::View::Addresses);
    spin([&] { return o.addressesFirst >= 0; }, 60000);

    // Scrolling to the end 40 times: a page read each time.
    phase("40 pages scrolled");
    const auto scrolling = Clock::now();
    for (int i = 0; i < 40; ++i) {
        view->scrollToBottom();
        spin([&] { return false; }, 30);
    }
    o.scrolled = msSince(scrolling);
    o.scrolledRows = view->model()->rowCount();

    // A site, and back to the whole space.
    phase("filter changes");
    const auto narrowing = Clock::now();
    pane->setChoices(KeyChoice::object(models.directory().allLogicalNetworks().constFirst()),
                     KeyChoice::any());
    view->viewport()->repaint();
    o.toSite = msSince(narrowing);
    spin([&] { return false; }, 50);
    const auto widening = Clock::now();
    pane->setChoices(KeyChoice::any(), KeyChoice::any());
    view->viewport()->repaint();
    o.toAll = msSince(widening);
    spin([&] { return false; }, 50);

    // The ranges view.
    QTableView *ranges = pane->itemView(ResultPane::View::Ranges);
    phase("ranges view shown");
    const auto rangesShown = Clock::now();
    pane->setCurrentView(ResultPane::View::Ranges);
    ranges->viewport()->repaint();
    o.rangesFirst = msSince(rangesShown);
    spin([&] { return false; }, 100);
    ticker.stop();
    o.peakKb = statusKb("VmHWM:");
    o.residentKb = statusKb("VmRSS:") - before;
    if (models.addresses().rowCount() == 0)
        std::printf("  !! no addresses were read\n");
    return o;
}

struct Baseline
{
    double wholeMs = -1;
    qint64 wholeKb = 0;
    double floorMs = -1;
    double firstPageMs = -1;
    double pageMs = -1;
};

Baseline baselineFigures(const QString &path, qint64 rows)
{
    Baseline b;
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(path);
    Parsed<std::shared_ptr<Database>> database = Database::open(location.value());
    Store store(database.value());
    {
        // The old way: every address read into the model (here the first `rows` of them).
        NetworkDirectory directory;
        directory.load(store);
        SubnetModel subnets(directory);
        subnets.reset(store.select<Subnet>());
        RangeModel rangeModel(directory, subnets);
        AddressModel model(directory, subnets, rangeModel);
        malloc_trim(0);
        const qint64 before = statusKb("VmRSS:");
        const auto start = Clock::now();
        model.reset(store.select<Address>(QStringLiteral("id <= ?"), {rows}));
        b.wholeMs = msSince(start);
        b.wholeKb = statusKb("VmRSS:") - before;
    }
    {
        // One page of the whole space as ScopedLoad reads it (count, then one IN list).
        NetworkDirectory directory;
        directory.load(store);
        SubnetModel subnets(directory);
        subnets.reset(store.select<Subnet>());
        ScopedLoad load(ObjectKind::Address, subnets.table(), directory);
        load.start(ResultFilter());
        std::vector<double> pages;
        for (int i = 0; i < 41; ++i) {
            const auto start = Clock::now();
            const QList<Address> page = load.next<Address>(store, 5000, std::chrono::seconds(10));
            pages.push_back(msSince(start));
            if (page.size() != 5000)
                std::printf("  !! a page of %lld rows\n", qint64(page.size()));
        }
        b.firstPageMs = pages.front();
        pages.erase(pages.begin());
        std::sort(pages.begin(), pages.end());
        b.pageMs = pages[pages.size() / 2];
    }
    {
        // The floor: 5,000 rows by a bare statement, columns read as the model needs them.
        sqlite3 *handle = sqliteHandle(*database.value());
        SqliteStatement statement(handle,
                                  QStringLiteral("SELECT id, space_id, subnet_id, range_id, "
                                                 "ip, device_name FROM ip_address ORDER BY id "
                                                 "LIMIT 5000"));
        const auto start = Clock::now();
        qint64 sum = 0;
        while (statement.next())
            sum += statement.int64(0) + statement.utf8(5).size();
        b.floorMs = msSince(start);
        statement.reset();
        Q_UNUSED(sum);
    }
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ipam-console-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    QString path = QStringLiteral("/tmp/ipam-bench-10m.sqlite");
    qint64 baselineRows = 1000000;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--db"));
        i >= 0 && i + 1 < arguments.size())
        path = arguments.at(i + 1);
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--baseline-rows"));
        i >= 0 && i + 1 < arguments.size())
        baselineRows = arguments.at(i + 1).toLongLong();
    if (!generate(path))
        return 1;
    if (arguments.contains(QStringLiteral("--pages-only"))) {
        const Baseline b = baselineFigures(path, 1000);
        std::printf("a page through the store: first %.1f ms, median of 40 %.1f ms; bare SQLite "
                    "5,000 rows %.2f ms\n",
                    b.firstPageMs, b.pageMs, b.floorMs);
        return 0;
    }
    std::printf("bench_addressviews: %d subnets, %lld addresses, %d ranges in %s\n", subnetCount,
                addressCount, subnetCount / 10, qPrintable(path));
    const Ours o = windowFigures(path);
    const Baseline b = baselineFigures(path, baselineRows);
    const double scale = double(addressCount) / double(baselineRows);
    std::printf("  %-50s %14s   %-34s %s\n", "", "ours", "baseline (same run)", "goal");
    row("1. subnets view: first screenful painted", ms(o.subnetsFirst), QString(), "<= 1 s");
    row("   all 1,000,000 subnets streamed in", ms(o.subnetsLoaded), QString(), "");
    row("   addresses view shown: first screenful", ms(o.addressesFirst),
        QStringLiteral("%1 (whole, %2 rows x%3)")
                .arg(ms(b.wholeMs * scale))
                .arg(baselineRows)
                .arg(scale, 0, 'f', 0),
        "<= 1 s");
    row("   rows held at that moment", QString::number(o.addressesFirstRows),
        QString::number(addressCount), "");
    row("   a page through the store: first / median of 40",
        ms(b.firstPageMs) + QStringLiteral(" / ") + ms(b.pageMs),
        ms(b.floorMs) + QStringLiteral(" (bare SQLite, 5,000 rows)"), "");
    row("   40 scrolls to the end (one page each)", ms(o.scrolled), QString(), "");
    row("   rows held after scrolling", QString::number(o.scrolledRows), QString(), "");
    row("   filter -> one logical network, painted", ms(o.toSite), QString(), "");
    row("   filter -> back to the whole space, painted", ms(o.toAll), QString(), "");
    row("   ranges view shown, painted", ms(o.rangesFirst), QString(), "<= 1 s");
    row("   longest event-loop turn (whole run)", ms(o.longestTurn),
        ms(b.wholeMs * scale) + QStringLiteral(" (frozen)"), "<= 100 ms");
    row("   event-loop turns over 100 ms", QString::number(o.turnsOver100), QString(), "0");
    for (const auto &[name, figures] : o.phases) {
        row(qPrintable(QStringLiteral("     %1: longest, turns > 100 ms").arg(name)),
            ms(figures.first) + QStringLiteral(", %1").arg(figures.second), QString(), "");
    }
    row("2. peak memory of the process (VmHWM)", mb(o.peakKb),
        QStringLiteral("%1 (addresses alone, x%2)")
                .arg(mb(qint64(double(b.wholeKb) * scale)))
                .arg(scale, 0, 'f', 0),
        "<= 1.5 GB");
    row("   resident after the run", mb(o.residentKb), QString(), "");
    return 0;
}
