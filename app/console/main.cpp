// ipam-console: argument parsing and wiring only; the console lives in views/ and model/.
#include "access/rbacauthorizer.h"
#include "io/demodataset.h"
#include "items/consolemodels.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"
#include "live/livechangefeed.h"
#include "mainwindow.h"
#include "resultpane.h"
#include "store/accesscontroltables.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/store.h"
#include "syncpane.h"
#include "translations.h"
#include "vmm/backgroundsync.h"
#include "write/writepath.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QScreen>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace ipam;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "ipam-console: %s\n", qPrintable(message));
    return 1;
}

// Opens the store; with --demo fills an empty one with the demo data set (recreating a demo
// file that a failed load left half-filled).
Parsed<std::shared_ptr<Database>> openStore(const DatabaseLocation &location, bool demo,
                                            const Principal &principal)
{
    Parsed<std::shared_ptr<Database>> database = Database::open(location);
    if (!database || !demo)
        return database;
    Store store(database.value());
    if (store.count<Subnet>() > 0)
        return database;
    WritePath writePath(database.value(), principal);
    QString error;
    if (loadDemoDataSet(writePath, &error))
        return database;
    if (location.isPostgreSql())
        return Parsed<std::shared_ptr<Database>>::failure(
                QCoreApplication::translate("ipam-console", "cannot load the demo data: %1")
                        .arg(error));
    // An empty-looking SQLite file that still refuses the demo (leftover spaces or blocks):
    // start it over.
    database = Parsed<std::shared_ptr<Database>>::failure(error);
    QFile::remove(location.filePath);
    QFile::remove(location.filePath + QStringLiteral("-wal"));
    QFile::remove(location.filePath + QStringLiteral("-shm"));
    Parsed<std::shared_ptr<Database>> fresh = Database::open(location);
    if (!fresh)
        return fresh;
    WritePath freshPath(fresh.value(), principal);
    if (!loadDemoDataSet(freshPath, &error))
        return Parsed<std::shared_ptr<Database>>::failure(
                QCoreApplication::translate("ipam-console", "cannot load the demo data: %1")
                        .arg(error));
    return fresh;
}

// The console's command line. Parsed before the QApplication exists, so that --help,
// --version and a usage error answer without a display (a QApplication aborts without one).
struct ConsoleOptions
{
    QCommandLineOption db{
            QStringLiteral("db"),
            QCoreApplication::translate("ipam-console",
                                        "The store: an SQLite file or "
                                        "postgresql://user@host:port/dbname (default: $IPAM_DB, "
                                        "else ipam.sqlite in the data folder, %1).")
                    .arg(QDir::toNativeSeparators(DatabaseLocation::defaultFilePath())),
            QStringLiteral("URL")};
    QCommandLineOption demo{
            QStringLiteral("demo"),
            QCoreApplication::translate(
                    "ipam-console",
                    "Open the demo store (%1 unless --db is given) and fill it with the "
                    "demo data set when it is empty.")
                    .arg(QDir::toNativeSeparators(DatabaseLocation::demoFilePath()))};
    QCommandLineOption select{
            QStringLiteral("select"),
            QCoreApplication::translate("ipam-console", "Select a console tree node by path."),
            QStringLiteral("PATH")};
    QCommandLineOption selectRow{
            QStringLiteral("select-row"),
            QCoreApplication::translate("ipam-console",
                                        "Select a row of the result pane once loaded."),
            QStringLiteral("ROW")};
    QCommandLineOption screenshot{
            QStringLiteral("screenshot"),
            QCoreApplication::translate("ipam-console",
                                        "Save a picture of the window once loaded, then quit."),
            QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
                "ipam-console",
                "IP address management console: browse and manage physical and "
                "virtualized address space "
                "(VMM logical networks, network sites, VM networks, blocks, "
                "subnets, ranges, addresses)."));
        parser.addHelpOption();
        parser.addVersionOption();
        for (QCommandLineOption *hidden : {&select, &selectRow, &screenshot})
            hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({db, demo, select, selectRow, screenshot});
    }
};

void setApplicationNames()
{
    // The same name as ipamctl, so both find the same default database (AppDataLocation).
    QCoreApplication::setApplicationName(QStringLiteral("ipam-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IPAM_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationNames();
    std::optional<ConsoleOptions> consoleOptions;
    QCommandLineParser parser;
    {
        // Only for --help and --version, which need the program's name: no display needed.
        // An option unknown here may be one of QApplication's own (-platform, -style): those
        // are judged once QApplication has taken its own. The options are described once the
        // translators are in, so --help speaks the user's language.
        QCoreApplication parsing(argc, argv);
        installTranslators(parsing);
        consoleOptions.emplace();
        consoleOptions->addTo(parser);
        parser.parse(QCoreApplication::arguments());
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();
        if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
            parser.showHelp(0);
    }
    QApplication app(argc, argv);
    setApplicationNames();
    installTranslators(app);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "ipam-console: %s\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return 2; // usage, as ipamctl has it
    }
    QApplication::setApplicationDisplayName(QStringLiteral("IPAM Console"));
    QApplication::setDesktopFileName(QStringLiteral("ipam-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ipam-console.svg")));
    const ConsoleOptions &options = *consoleOptions;
    const QCommandLineOption &db = options.db;
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &select = options.select;
    const QCommandLineOption &selectRow = options.selectRow;
    const QCommandLineOption &screenshot = options.screenshot;

    const bool isDemo = parser.isSet(demo);
    const QString dbValue = parser.value(db);
    const Parsed<DatabaseLocation> location = isDemo && dbValue.isEmpty()
            ? DatabaseLocation::parse(DatabaseLocation::demoFilePath())
            : DatabaseLocation::resolve(dbValue);
    if (!location)
        return fail(location.error());
    const Principal principal = Principal::currentOsUser();
    const Parsed<std::shared_ptr<Database>> database
            = openStore(location.value(), isDemo, principal);
    if (!database)
        return fail(database.error());

    WritePath writePath(database.value(), principal);
    // On PostgreSQL the login is the principal (its roles its groups), as ipamctl has it.
    writePath.setPrincipal(AccessControlTables(*database.value()).connectedPrincipal());
    // Role-based access control, as ipamctl applies it: the write path decides, and drags ask
    // the same authorizer while hovering so that a refused drop says why before it happens.
    const std::shared_ptr<Authorizer> authorizer = makeAuthorizer(database.value());
    writePath.setAuthorizer(authorizer);
    ConsoleModels models(writePath);
    models.assignment().setAuthorizer(authorizer);
    // Other consoles' and ipamctl's changes, live. The order matters: the models are built
    // above but read nothing until startLoading() below, and the feed LISTENs (and takes the
    // newest audit id as its catch-up baseline) here, before that read. So a change committed
    // before LISTEN is in the load, and one committed after it is announced (the models queue
    // announcements while loading); one committed in between is both, which only re-reads it.
    // Feed created after the load instead, a commit between the two would be lost.
    LiveChangeFeed feed(database.value()->location());
    if (!feed.isActive())
        std::fprintf(stderr, "ipam-console: %s\n",
                     qPrintable(QCoreApplication::translate("ipam-console", "no live updates: %1")
                                        .arg(feed.error())));
    QObject::connect(&feed, &LiveChangeFeed::changed, &models, &ConsoleModels::apply);
    QObject::connect(&feed, &LiveChangeFeed::reloadNeeded, &models, &ConsoleModels::apply);
    models.setAccessControlEnforced(true); // show only what the principal may see
    models.setLoadPerScope(true); // ranges and addresses a page at a time, per result-pane scope
    QString error;
    if (!models.startLoading(&error))
        return fail(error);
    // The VMM sync runs on its own thread and connection, as this principal; its commits reach
    // the models like the console's own. Made before the window, so it outlives its pane.
    BackgroundSync sync(location.value(), writePath.principal());
    QObject::connect(&sync, &BackgroundSync::committed, &models, &ConsoleModels::apply);
    MainWindow window(models);
    window.addSyncPane(new SyncPane(sync, models));
    window.showLiveUpdates(feed);
    if (parser.isSet(select) && !window.selectPath(parser.value(select)))
        std::fprintf(stderr, "ipam-console: %s\n",
                     qPrintable(QCoreApplication::translate("ipam-console",
                                                            "no console tree node \"%1\"")
                                        .arg(parser.value(select))));
    if (parser.isSet(screenshot)) {
        // Under Xvfb there is no window manager to maximize it: fill the screen ourselves.
        window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    }
    window.show();

    auto whenLoaded = [&] {
        if (parser.isSet(select))
            window.selectPath(parser.value(select));
        if (parser.isSet(selectRow)) {
            QTableView *view = window.resultPane()->currentItemView();
            const QModelIndex index = view->model()->index(parser.value(selectRow).toInt(), 0);
            view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
        }
        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            QTimer::singleShot(800, &window, [&window, file] {
                if (!window.grab().save(file))
                    std::fprintf(stderr, "ipam-console: %s\n",
                                 qPrintable(QCoreApplication::translate("ipam-console",
                                                                        "cannot write %1")
                                                    .arg(file)));
                QApplication::quit();
            });
        }
    };
    if (models.isLoading())
        QObject::connect(&models, &ConsoleModels::loadingFinished, &window, whenLoaded);
    else
        whenLoaded();
    return app.exec();
}
