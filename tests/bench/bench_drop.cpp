// Benchmark of drag-assign at 1,000,000 subnets (not a test: not run by CTest). One drop of
// 10,000 selected subnets onto a network site of another logical network, through the console
// tree model's dropMimeData (the path a real drop takes: SubnetAssignment reads the subnets,
// checks the rule per placement, submits one ChangeSet of 10,000 updates through the write
// path, records one undo step; the models apply the change event and the views repaint), and
// its undo through the EditHistory. Goal: commit plus views updated <= 300 ms, the undo the
// same. Printed beside a baseline: the same 10,000 updates submitted straight to the write
// path with no models listening (the store's share of the figure).
//
// The store is /tmp/ipam-bench-1m.sqlite, which bench_models generates (1,000 logical
// networks x 10 sites x 100 /24s in the provider space "Fabric"); it is copied first, so the
// drops do not touch it.
//
//     bench_drop [--db FILE] [--runs N]

#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/edithistory.h"
#include "items/networkdirectory.h"
#include "items/subnetmodel.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/store.h"
#include "write/writepath.h"

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace ipam;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int selected = 10000;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void row(const char *what, double ours, const QString &baseline, const char *goal)
{
    std::printf("  %-46s %10.1f ms   %-30s %s\n", what, ours, qPrintable(baseline), goal);
    std::fflush(stdout);
}

// Lets the views catch up: queued events, then a synchronous repaint of the window.
void settle(QWidget &window)
{
    QCoreApplication::processEvents();
    window.repaint();
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
    QString source = QStringLiteral("/tmp/ipam-bench-1m.sqlite");
    int runs = 3;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--db"));
        i >= 0 && i + 1 < arguments.size())
        source = arguments.at(i + 1);
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--runs"));
        i >= 0 && i + 1 < arguments.size())
        runs = qMax(1, arguments.at(i + 1).toInt());
    if (!QFile::exists(source)) {
        std::fprintf(stderr, "bench_drop: %s is missing; run bench_models once to generate it\n",
                     qPrintable(source));
        return 2;
    }
    const QString path = QStringLiteral("/tmp/ipam-bench-drop.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(source, path)) {
        std::fprintf(stderr, "bench_drop: cannot copy %s\n", qPrintable(source));
        return 2;
    }
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(path);
    const Parsed<std::shared_ptr<Database>> database = Database::open(location.value());
    if (!database) {
        std::fprintf(stderr, "bench_drop: %s\n", qPrintable(database.error()));
        return 2;
    }
    WritePath writePath(database.value(), Principal{QStringLiteral("bench"), {}});
    ConsoleModels models(writePath);
    auto start = Clock::now();
    QString error;
    if (!models.load(&error)) {
        std::fprintf(stderr, "bench_drop: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("bench_drop: %d subnets loaded in %.0f ms; dropping %d of them, %d runs\n",
                models.subnets().rowCount(), msSince(start), selected, runs);

    // The window: the provider space's 1M subnets in the result pane, the first 10,000 (ten
    // logical networks' worth) selected, the target site's node visible in the tree.
    MainWindow window(models);
    window.resize(1400, 860);
    window.show();
    const NetworkDirectory &directory = models.directory();
    const ObjectId fabric = directory.spaces(AddressSpaceType::Provider).value(1);
    const QList<ObjectId> networks = directory.logicalNetworksOf(fabric);
    if (networks.size() < 600) {
        std::fprintf(stderr, "bench_drop: unexpected store (%lld logical networks)\n",
                     qlonglong(networks.size()));
        return 2;
    }
    const ObjectId targetSite = directory.sitesOf(networks.at(500)).value(3);
    window.selectNode(ConsoleNodeKind::ProviderSpace, fabric);
    window.selectNode(ConsoleNodeKind::NetworkSite, targetSite);
    window.selectNode(ConsoleNodeKind::ProviderSpace, fabric);
    QList<ObjectId> ids;
    const SubnetModel &subnets = models.subnets();
    for (int r = 0; r < selected; ++r)
        ids.append(subnets.objectId(r));
    start = Clock::now();
    window.resultPane()->selectIds(ids);
    settle(window);
    std::printf("  (selecting %d rows in the result pane: %.0f ms)\n", selected, msSince(start));
    QTableView *view = window.resultPane()->currentItemView();
    std::unique_ptr<QMimeData> data(
            view->model()->mimeData(view->selectionModel()->selectedIndexes()));

    ConsoleTreeModel &tree = models.tree();
    const QModelIndex target = tree.indexOf(ConsoleNodeKind::NetworkSite, targetSite);
    EditHistory &history = models.history();
    std::vector<double> hover, drops, undos, redos, storeOnly;
    for (int run = 0; run < runs; ++run) {
        start = Clock::now();
        const bool allowed = tree.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target);
        hover.push_back(msSince(start));
        start = Clock::now();
        const bool dropped
                = allowed && tree.dropMimeData(data.get(), Qt::CopyAction, -1, -1, target);
        settle(window);
        drops.push_back(msSince(start));
        if (!dropped) {
            std::fprintf(stderr, "bench_drop: the drop was refused\n");
            return 1;
        }
        start = Clock::now();
        history.undo();
        settle(window);
        undos.push_back(msSince(start));
        start = Clock::now();
        history.redo();
        settle(window);
        redos.push_back(msSince(start));
        history.undo();
        settle(window);
        if (history.count() != 1 || history.index() != 0) {
            std::fprintf(stderr, "bench_drop: undo failed (%d steps, at %d)\n", history.count(),
                         history.index());
            return 1;
        }
        history.clear();
    }
    // Baseline: the store's share, the same 10,000 assignments straight to the write path
    // with no models listening.
    {
        WritePath bare(Database::open(location.value()).value(),
                       Principal{QStringLiteral("b"), {}});
        for (int run = 0; run < runs; ++run) {
            QList<Subnet> rows;
            for (qsizetype from = 0; from < ids.size(); from += 4096) {
                QStringList chunk;
                for (qsizetype i = from; i < qMin(from + 4096, ids.size()); ++i)
                    chunk << QString::number(ids.at(i));
                rows += bare.store().select<Subnet>(
                        QStringLiteral("id IN (%1)").arg(chunk.join(QLatin1Char(','))));
            }
            start = Clock::now();
            ChangeSet changes;
            for (const Subnet &subnet : std::as_const(rows)) {
                Subnet moved = subnet;
                moved.logicalNetworkId = networks.at(500);
                moved.siteId = targetSite;
                changes.update(moved, subnet.version);
            }
            if (!bare.submit(changes).ok())
                return 1;
            storeOnly.push_back(msSince(start));
            ChangeSet back;
            for (const Subnet &subnet : std::as_const(rows)) {
                Subnet restored = subnet;
                restored.version = subnet.version + 1;
                back.update(restored, subnet.version + 1);
            }
            if (!bare.submit(back).ok())
                return 1;
        }
    }
    const QString store = QStringLiteral("store alone: %1 ms").arg(median(storeOnly), 0, 'f', 1);
    std::printf("  %-46s %13s   %-30s %s\n", "median of runs", "ours", "baseline", "goal");
    row("hover check (canDropMimeData, 10,000 ids)", median(hover), QString(), "instant");
    row("drop: commit + models + views repainted", median(drops), store, "<= 300 ms");
    row("undo: commit + models + views repainted", median(undos), store, "<= 300 ms");
    row("redo: commit + models + views repainted", median(redos), store, "<= 300 ms");
    window.close();
    return 0;
}
