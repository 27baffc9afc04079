#include "mainwindow.h"

#include "alertspane.h"

#include "customfieldsdialog.h"
#include "fields/customfieldstore.h"
#include "rangegroupspane.h"

#include "accesscontrolpage.h"
#include "actionspane.h"
#include "auditpane.h"
#include "consoletreedelegate.h"
#include "detailspane.h"
#include "globalsearchdialog.h"
#include "helpbrowser.h"
#include "importdialog.h"
#include "items/auditlogmodel.h"
#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/edithistory.h"
#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"
#include "live/livechangefeed.h"
#include "objectlocator.h"
#include "savedviewsmenu.h"
#include "syncpane.h"
#include "write/writepath.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoView>
#include <QVBoxLayout>

namespace ipam {

namespace {
const QString defaultNode
        = QStringLiteral("IPAM/VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space");
}

MainWindow::MainWindow(ConsoleModels &models, QWidget *parent)
    : QMainWindow(parent)
    , m_models(models)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(
            tr("IPAM Console - %1").arg(models.writePath().database().location().displayString()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ipam.svg")));
    m_commands = new ConsoleCommands(models, this, this);
    buildPanes();
    buildMenus();
    buildStatusBar();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNodeSelected);
    connect(m_result, &ResultPane::choicesChanged, this, &MainWindow::onChoicesChanged);
    connect(m_result, &ResultPane::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_result, &ResultPane::countsChanged, this, &MainWindow::updateCounts);
    connect(m_result, &ResultPane::activated, m_commands, &ConsoleCommands::edit);
    connect(m_result, &ResultPane::contextMenuRequested, this, &MainWindow::showResultMenu);
    connect(m_result, &ResultPane::familyChanged, this, [this](Family family) {
        m_models.tree().setFamily(family);
        m_familyGroup->actions().at(family == Family::V4 ? 0 : 1)->setChecked(true);
        onSelectionChanged();
    });
    connect(m_result, &ResultPane::currentViewChanged, this, [this](ResultPane::View view) {
        m_viewGroup->actions().at(int(view))->setChecked(true);
        updateContext();
    });
    connect(m_audit, &AuditPane::currentEntryChanged, this, &MainWindow::onSelectionChanged);
    connect(m_details, &DetailsPane::objectActivated, this, [this](ObjectKind kind, ObjectId id) {
        const ResultPane::View view
                = kind == ObjectKind::Range ? ResultPane::View::Ranges : ResultPane::View::Subnets;
        m_result->setCurrentView(view);
        m_result->selectIds({id});
    });
    connect(m_commands, &ConsoleCommands::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_commands, &ConsoleCommands::committed, this, &MainWindow::onCommitted);
    SubnetAssignment &assignment = models.assignment();
    auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(&assignment, &SubnetAssignment::hint, this, showMessage);
    connect(&assignment, &SubnetAssignment::refused, this, showMessage);
    connect(&models.history(), &EditHistory::failed, this, showMessage);
    connect(&assignment, &SubnetAssignment::assigned, this,
            [this, showMessage](const QList<ObjectId> &ids, const QString &text) {
                showMessage(text);
                // The moved rows stay selected (those the current view still shows).
                m_result->setCurrentView(ResultPane::View::Subnets);
                m_result->selectIds(ids);
            });
    connect(&models, &ConsoleModels::changeApplied, this, &MainWindow::onChangeApplied);
    connect(&models, &ConsoleModels::loadingProgress, this, [this](qint64 loaded, qint64 total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
        updateCounts();
    });
    connect(&models, &ConsoleModels::loadingFinished, this, [this](const QString &error) {
        m_progress->setVisible(false);
        statusBar()->showMessage(
                error.isEmpty() ? tr("Loaded %1 subnets.")
                                          .arg(QLocale().toString(m_models.subnets().rowCount()))
                                : tr("Loading failed: %1").arg(error),
                8000);
        updateCounts();
        onSelectionChanged();
    });
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanes()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("consoleTree"));
    m_tree->setAccessibleName(tr("Console tree"));
    m_tree->setAccessibleDescription(
            tr("The address space, virtualized address space, access control and audit nodes; "
               "the selected node's objects appear in the result pane"));
    m_tree->setModel(&m_models.tree());
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new ConsoleTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setDropIndicatorShown(true);
    // Drops land on a node, never between two: the indicator frames the node.
    m_tree->setDragDropOverwriteMode(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    m_result = new ResultPane(m_models, this);
    m_audit = new AuditPane(m_models.store(), this);
    // ACCESS CONTROL: roles, access scopes and policies, edited through the same write path.
    m_accessPage = new AccessControlPage(m_models.writePath(), this);
    connect(m_accessPage, &AccessControlPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_result);
    m_stack->addWidget(m_audit);
    m_stack->addWidget(m_accessPage);
    // ALERTS: the utilization alerts raised now, acknowledged and snoozed here.
    m_alerts = new AlertsPane(m_models.alerts(), m_models.writePath(), this);
    connect(m_alerts, &AlertsPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_stack->addWidget(m_alerts);

    m_details = new DetailsPane(m_models, this);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_actions = new ActionsPane(this);
    m_actions->setAccessibleName(tr("Actions pane"));
    m_actions->setAccessibleDescription(
            tr("The commands available for the selected node and objects"));

    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(m_stack);
    m_centreSplitter->addWidget(m_details);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);
    m_centreSplitter->setChildrenCollapsible(false);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("outerSplitter"));
    m_outer->addWidget(m_tree);
    m_outer->addWidget(m_centreSplitter);
    m_outer->addWidget(m_actions);
    m_outer->setStretchFactor(0, 0);
    m_outer->setStretchFactor(1, 1);
    m_outer->setStretchFactor(2, 0);
    m_outer->setSizes({345, 835, 260});
    m_centreSplitter->setSizes({520, 330});
    setCentralWidget(m_outer);
}

namespace {

// The platform's Redo keys plus Ctrl+Shift+Z, each once: on X11 the platform's list already
// holds Ctrl+Shift+Z, and a key an action registers twice is ambiguous to the shortcut map,
// so it would never fire.
QList<QKeySequence> redoShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    keys.removeAll(ctrlShiftZ);
    keys.prepend(ctrlShiftZ); // the one the Edit menu shows
    return keys;
}

} // namespace

void MainWindow::buildMenus()
{
    auto makeAction = [this](const QString &text, const char *icon, const QKeySequence &shortcut) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))),
                                   text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_copy = makeAction(tr("&Copy as CSV"), "copy", QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_result->addAction(m_copy);
    connect(m_copy, &QAction::triggered, m_result, &ResultPane::copySelectionAsCsv);
    m_export = makeAction(tr("&Export Current View..."), "export",
                          QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportView);
    m_selectAll = makeAction(tr("Select &All"), "select-all", QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_result->addAction(m_selectAll);
    connect(m_selectAll, &QAction::triggered, this,
            [this] { m_result->currentItemView()->selectAll(); });
    m_find = makeAction(tr("&Find..."), "find", QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_result->searchBox()->setFocus();
        m_result->searchBox()->selectAll();
    });
    m_globalSearch
            = makeAction(tr("Search &Everywhere..."), "find", QKeySequence(Qt::CTRL | Qt::Key_K));
    m_globalSearch->setObjectName(QStringLiteral("globalSearchAction"));
    m_globalSearch->setToolTip(tr("Find an address, prefix, name, MAC or owner in every address "
                                  "space (Ctrl+K)"));
    connect(m_globalSearch, &QAction::triggered, this, &MainWindow::openGlobalSearch);
    m_refresh = makeAction(tr("&Refresh"), "refresh", QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    m_result->addAction(m_commands->action(ConsoleCommands::DeleteSelection));
    m_result->addAction(m_commands->action(ConsoleCommands::CutSelection));
    m_tree->addAction(m_commands->action(ConsoleCommands::PasteOnNode));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import..."), this, [this] {
        ImportDialog dialog(m_models, this);
        dialog.exec();
    });
    import->setObjectName(QStringLiteral("importAction"));
    file->addAction(m_export);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    EditHistory &history = m_models.history();
    m_undo = history.createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = history.createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(redoShortcuts());
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_copy);
    edit->addAction(m_selectAll);
    edit->addAction(m_find);
    edit->addAction(m_globalSearch);
    edit->addSeparator();
    edit->addAction(m_commands->action(ConsoleCommands::EditSelection));
    edit->addAction(m_commands->action(ConsoleCommands::DeleteSelection));
    edit->addSeparator();
    edit->addAction(m_commands->action(ConsoleCommands::CutSelection));
    edit->addAction(m_commands->action(ConsoleCommands::PasteOnNode));
    edit->addAction(m_commands->action(ConsoleCommands::AssignSelection));
    edit->addAction(m_commands->action(ConsoleCommands::SetSelectionScope));
    edit->setToolTipsVisible(true); // a disabled command says which operation is missing

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *current = view->addMenu(tr("&Current View"));
    m_savedViews = new SavedViewsMenu(*this, m_models, this);
    view->addMenu(m_savedViews);
    m_viewGroup = new QActionGroup(this);
    for (int v = 0; v < ResultPane::viewCount; ++v) {
        QAction *action = current->addAction(ResultPane::viewTitle(ResultPane::View(v)));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
        m_viewGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, v] { m_result->setCurrentView(ResultPane::View(v)); });
    }
    m_viewGroup->actions().at(0)->setChecked(true);
    m_familyGroup = new QActionGroup(this);
    for (Family family : {Family::V4, Family::V6}) {
        QAction *action = view->addAction(family == Family::V4 ? tr("IPv&4") : tr("IPv&6"));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | (family == Family::V4 ? Qt::Key_4 : Qt::Key_6)));
        m_familyGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, family] { m_result->setFamily(family); });
    }
    m_familyGroup->actions().at(0)->setChecked(true);
    view->addSeparator();
    auto toggle = [this, view](const QString &text, QWidget *pane) {
        QAction *action = view->addAction(text);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, pane, &QWidget::setVisible);
        return action;
    };
    m_showTree = toggle(tr("Console &Tree"), m_tree);
    m_showDetails = toggle(tr("&Details Pane"), m_details);
    m_showActions = toggle(tr("&Actions Pane"), m_actions);
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_undoView = new QUndoView(&history, m_historyDock);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *showHistory = m_historyDock->toggleViewAction();
    showHistory->setText(tr("Undo &History"));
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(showHistory);
    // IP ADDRESS SPACE ▸ IP Address Range Groups, as a live tree beside the result pane.
    m_rangeGroupsDock = new QDockWidget(tr("IP Address Range Groups"), this);
    m_rangeGroupsDock->setObjectName(QStringLiteral("rangeGroupsDock"));
    auto *rangeGroups = new RangeGroupsPane(m_models, m_rangeGroupsDock);
    m_rangeGroupsDock->setWidget(rangeGroups);
    addDockWidget(Qt::RightDockWidgetArea, m_rangeGroupsDock);
    m_rangeGroupsDock->hide();
    QAction *showRangeGroups = m_rangeGroupsDock->toggleViewAction();
    showRangeGroups->setText(tr("Range &Groups"));
    view->addAction(showRangeGroups);
    connect(rangeGroups, &RangeGroupsPane::rangeActivated, this, [this](qint64 id) {
        m_result->setCurrentView(ResultPane::View::Ranges);
        m_result->selectIds({id});
    });
    m_actions->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actions->addActions({m_refresh, m_showActions, m_showDetails, m_showTree});
    view->addSeparator();
    QAction *cycle = view->addAction(tr("Next &Pane"), this, &MainWindow::cyclePaneFocus);
    cycle->setShortcut(QKeySequence(Qt::Key_F6));
    view->addAction(m_refresh);

    QMenu *action = menuBar()->addMenu(tr("&Action"));
    action->setToolTipsVisible(true);
    for (ConsoleCommands::Command command :
         {ConsoleCommands::AddSpace, ConsoleCommands::AddLogicalNetwork, ConsoleCommands::AddSite,
          ConsoleCommands::AddVmNetwork}) {
        action->addAction(m_commands->action(command));
    }
    action->addSeparator();
    for (ConsoleCommands::Command command :
         {ConsoleCommands::AddBlock, ConsoleCommands::AddSubnet, ConsoleCommands::AddRange,
          ConsoleCommands::AddAddress}) {
        action->addAction(m_commands->action(command));
    }
    action->addSeparator();
    action->addAction(m_commands->action(ConsoleCommands::FindFreeSubnet));
    action->addAction(m_commands->action(ConsoleCommands::FindFreeAddress));
    action->addSeparator();
    action->addAction(m_commands->action(ConsoleCommands::EditNode));
    action->addAction(m_commands->action(ConsoleCommands::DeleteNode));
    action->addSeparator();
    // IPAM Settings ▸ Configure Custom Fields (edits need Edit custom fields: the write path).
    action->addAction(tr("Configure &Custom Fields..."), this, [this] {
        CustomFieldStore store(m_models.writePath());
        CustomFieldsDialog dialog(store, this);
        // Another console's edit of the definitions shows while the dialog is open.
        connect(&m_models, &ConsoleModels::changeApplied, &dialog, [&dialog](const ChangeEvent &e) {
            if (e.definitionsChanged)
                dialog.refresh();
        });
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *contextHelp = help->addAction(tr("IPAM Console &Help"), this, [this] {
        showHelp(HelpBrowser::topicFor(QApplication::focusWidget(),
                                       m_models.tree().kindOf(m_tree->currentIndex())));
    });
    contextHelp->setObjectName(QStringLiteral("helpAction"));
    contextHelp->setShortcut(QKeySequence::HelpContents);
    contextHelp->setShortcutContext(Qt::ApplicationShortcut); // also in the dialogs
    help->addAction(tr("&Walk-throughs (README)"), this,
                    [this] { showHelp(QStringLiteral("README.md")); });
    help->addSeparator();
    help->addAction(tr("&About IPAM Console"), this, [this] {
        QMessageBox::about(
                this, tr("About IPAM Console"),
                tr("<b>IPAM Console</b> %1<p>IP address management for physical and virtualized "
                   "address space: VMM logical networks, network sites, VM networks, blocks, "
                   "subnets, ranges and addresses.</p>")
                        .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_commands->action(ConsoleCommands::AddSubnet));
    toolbar->addAction(m_commands->action(ConsoleCommands::AddRange));
    toolbar->addAction(m_commands->action(ConsoleCommands::AddAddress));
    toolbar->addAction(m_commands->action(ConsoleCommands::FindFreeSubnet));
    toolbar->addSeparator();
    toolbar->addAction(m_commands->action(ConsoleCommands::EditSelection));
    toolbar->addAction(m_commands->action(ConsoleCommands::DeleteSelection));
    toolbar->addSeparator();
    toolbar->addAction(m_copy);
    toolbar->addAction(m_export);
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_globalSearch);
}

void MainWindow::addSyncPane(SyncPane *pane)
{
    m_syncPane = pane;
    auto *dock = new QDockWidget(tr("VMM Synchronization"), this);
    dock->setObjectName(QStringLiteral("vmmSyncDock"));
    dock->setWidget(pane);
    // Where the admin left it (the window's state was restored before the dock existed); the
    // first time at the bottom, hidden until the admin synchronizes.
    const bool restored = restoreDockWidget(dock);
    if (!restored) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
    connect(pane->synchronizeAction(), &QAction::triggered, dock,
            [this, dock, sized = restored]() mutable {
                dock->show();
                if (!std::exchange(sized, true))
                    resizeDocks({dock}, {240}, Qt::Vertical); // the result pane keeps the most
            });
    auto *menu = new QMenu(tr("&Synchronize"), this);
    menu->addActions({pane->synchronizeAction(), pane->cancelAction()});
    menu->addSeparator();
    menu->addAction(pane->settingsAction());
    QAction *show = dock->toggleViewAction();
    show->setText(tr("VMM Synchronization &Pane"));
    menu->addAction(show);
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu); // before Help
    statusBar()->insertPermanentWidget(0, pane->createStatusIndicator(this));
    connect(pane, &SyncPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::showLiveUpdates(LiveChangeFeed &feed)
{
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveUpdatesLabel"));
    auto show = [this](LiveChangeFeed::State state, const QString &why) {
        m_liveLabel->setText(state == LiveChangeFeed::State::Active ? tr("Live updates: on")
                                     : state == LiveChangeFeed::State::Reconnecting
                                     ? tr("Live updates: reconnecting…")
                                     : why.isEmpty() ? tr("Live updates: off")
                                                     : tr("Live updates: off — %1").arg(why));
        m_liveLabel->setToolTip(why.isEmpty() ? tr("Other consoles' and ipamctl's changes appear "
                                                   "as they are committed")
                                              : why);
    };
    show(feed.state(),
         feed.state() == LiveChangeFeed::State::Off ? feed.error() : feed.stateText());
    connect(&feed, &LiveChangeFeed::stateChanged, m_liveLabel, show);
    statusBar()->addPermanentWidget(new QLabel(QStringLiteral("|"), this));
    statusBar()->addPermanentWidget(m_liveLabel);
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel = new QLabel(m_models.writePath().database().location().displayString(), this);
    m_databaseLabel->setToolTip(tr("Database"));
    m_principalLabel = new QLabel(m_models.writePath().principal().name, this);
    m_principalLabel->setToolTip(tr("Acting principal"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Loading %v"));
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    // The notifications indicator: alerts needing attention; a click opens the ALERTS node.
    statusBar()->addPermanentWidget(m_alerts->createIndicator(this));
    connect(m_alerts, &AlertsPane::indicatorClicked, this,
            [this] { selectNode(ConsoleNodeKind::Alerts); });
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(new QLabel(QStringLiteral("|"), this));
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(new QLabel(QStringLiteral("|"), this));
    statusBar()->addPermanentWidget(m_principalLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings(QStringLiteral("ipam-console"), QStringLiteral("console"));
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_outer->restoreState(settings.value(QStringLiteral("outer")).toByteArray());
    m_centreSplitter->restoreState(settings.value(QStringLiteral("centre")).toByteArray());
    m_showTree->setChecked(settings.value(QStringLiteral("showTree"), true).toBool());
    m_showDetails->setChecked(settings.value(QStringLiteral("showDetails"), true).toBool());
    m_showActions->setChecked(settings.value(QStringLiteral("showActions"), true).toBool());
    const QString node = settings.value(QStringLiteral("node"), defaultNode).toString();
    settings.endGroup();
    m_result->restoreState(settings);
    m_tree->expand(m_models.tree().index(0, 0));
    if (!selectPath(node))
        selectPath(defaultNode);
}

void MainWindow::saveSettings() const
{
    QSettings settings(QStringLiteral("ipam-console"), QStringLiteral("console"));
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("outer"), m_outer->saveState());
    settings.setValue(QStringLiteral("centre"), m_centreSplitter->saveState());
    settings.setValue(QStringLiteral("showTree"), m_showTree->isChecked());
    settings.setValue(QStringLiteral("showDetails"), m_showDetails->isChecked());
    settings.setValue(QStringLiteral("showActions"), m_showActions->isChecked());
    settings.setValue(QStringLiteral("node"), m_models.tree().pathOf(m_tree->currentIndex()));
    settings.endGroup();
    m_result->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::selectPath(const QString &path)
{
    const QModelIndex index = m_models.tree().indexOfPath(path);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool MainWindow::selectNode(ConsoleNodeKind kind, ObjectId id)
{
    const QModelIndex index = m_models.tree().indexOf(kind, id);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::onNodeSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    ConsoleTreeModel &tree = m_models.tree();
    const ConsoleNodeKind kind = tree.kindOf(index);
    const ObjectId id = tree.objectIdOf(index);
    const Scope scope = ConsoleTreeModel::scopeOf(kind, id);
    if (scope.kind == Scope::Kind::Nothing) {
        m_stack->setCurrentWidget(kind == ConsoleNodeKind::Audit ? static_cast<QWidget *>(m_audit)
                                          : kind == ConsoleNodeKind::Alerts
                                          ? static_cast<QWidget *>(m_alerts)
                                          : m_accessPage);
        if (kind == ConsoleNodeKind::Audit)
            m_audit->refresh();
        else if (kind != ConsoleNodeKind::Alerts)
            m_accessPage->showNode(kind);
    } else {
        m_stack->setCurrentWidget(m_result);
        if (!m_syncing) {
            const NetworkDirectory &directory = m_models.directory();
            switch (kind) {
            case ConsoleNodeKind::LogicalNetwork:
                m_result->setScope(
                        {Scope::Kind::Space, directory.parentOf(ObjectKind::LogicalNetwork, id)},
                        KeyChoice::object(id), KeyChoice::any());
                break;
            case ConsoleNodeKind::NetworkSite: {
                const ObjectId network = directory.parentOf(ObjectKind::NetworkSite, id);
                m_result->setScope({Scope::Kind::Space,
                                    directory.parentOf(ObjectKind::LogicalNetwork, network)},
                                   KeyChoice::object(network), KeyChoice::object(id));
                break;
            }
            default:
                m_result->setScope(scope);
                break;
            }
            if (kind == ConsoleNodeKind::Blocks)
                m_result->setCurrentView(ResultPane::View::Blocks);
            else if (kind == ConsoleNodeKind::Inventory)
                m_result->setCurrentView(ResultPane::View::Addresses);
            else if (kind == ConsoleNodeKind::RangeGroups) {
                m_result->setCurrentView(ResultPane::View::Ranges);
                m_rangeGroupsDock->show();
            }
        }
    }
    onSelectionChanged();
}

void MainWindow::onChoicesChanged(const KeyChoice &logicalNetwork, const KeyChoice &site)
{
    // The tree follows the choosers along IPAM's filter path, without re-filtering.
    const QScopedValueRollback<bool> guard(m_syncing, true);
    if (site.mode == KeyChoice::Mode::Object)
        selectNode(ConsoleNodeKind::NetworkSite, site.id);
    else if (logicalNetwork.mode == KeyChoice::Mode::Object)
        selectNode(ConsoleNodeKind::LogicalNetwork, logicalNetwork.id);
    else if (m_result->scope().kind == Scope::Kind::Space) {
        const AddressSpace *space = m_models.directory().space(m_result->scope().id);
        if (space)
            selectNode(space->type == AddressSpaceType::Provider ? ConsoleNodeKind::ProviderSpace
                                                                 : ConsoleNodeKind::CustomerSpace,
                       space->id);
    }
}

void MainWindow::onSelectionChanged()
{
    updateContext();
    const ConsoleContext &context = m_commands->context();
    if (m_stack->currentWidget() == m_result && !context.selection.isEmpty()) {
        m_details->showObjects(context.selectionKind, context.selection);
    } else if (m_stack->currentWidget() == m_audit) {
        if (const AuditEntry *entry = m_audit->currentEntry())
            m_details->showAuditEntry(*entry);
        else
            m_details->showNote(context.nodeName,
                                tr("Select a change to see who made it, when, and the "
                                   "object before and after."));
    } else if (m_stack->currentWidget() == m_accessPage) {
        m_details->showNote(context.nodeName, m_accessPage->note());
    } else {
        const QModelIndex node = m_tree->currentIndex();
        const std::optional<ObjectKind> kind = [&]() -> std::optional<ObjectKind> {
            switch (context.node) {
            case ConsoleNodeKind::ProviderSpace:
            case ConsoleNodeKind::CustomerSpace:
                return ObjectKind::AddressSpace;
            case ConsoleNodeKind::LogicalNetwork:
                return ObjectKind::LogicalNetwork;
            case ConsoleNodeKind::NetworkSite:
                return ObjectKind::NetworkSite;
            case ConsoleNodeKind::VmNetwork:
                return ObjectKind::VmNetwork;
            default:
                return std::nullopt;
            }
        }();
        m_details->showNode(context.nodeName, kind.value_or(ObjectKind::Subnet),
                            kind ? context.nodeId : 0, m_models.tree().totalsOf(node),
                            m_result->family());
    }
    updateActionsPane();
    updateCounts();
}

void MainWindow::updateContext()
{
    ConsoleContext context;
    const QModelIndex node = m_tree->currentIndex();
    context.node = m_models.tree().kindOf(node);
    context.nodeId = m_models.tree().objectIdOf(node);
    context.nodeName = node.data().toString();
    context.scope = m_result->scope();
    context.logicalNetwork = m_result->logicalNetworkChoice();
    context.site = m_result->siteChoice();
    context.view = m_result->currentView();
    context.selectionKind = ResultPane::kindOf(context.view);
    if (m_stack->currentWidget() == m_result)
        context.selection = m_result->selectedIds();
    m_commands->setContext(context);
}

void MainWindow::updateActionsPane()
{
    QList<ActionsPane::Section> sections;
    const ConsoleContext &context = m_commands->context();
    sections.append({context.nodeName,
                     m_stack->currentWidget() == m_accessPage
                             ? m_commands->nodeActions() + m_accessPage->currentActions()
                             : m_stack->currentWidget() == m_alerts
                             ? m_commands->nodeActions() + m_alerts->currentActions()
                             : m_commands->nodeActions()});
    sections.append({m_commands->selectionTitle(), m_commands->selectionActions()});
    if (m_stack->currentWidget() == m_result)
        sections.append(
                {ResultPane::viewTitle(context.view), {m_copy, m_export, m_find, m_refresh}});
    else
        sections.append({tr("View"), {m_refresh}});
    m_actions->setSections(sections);
}

void MainWindow::updateCounts()
{
    if (m_stack->currentWidget() != m_result) {
        m_countLabel->clear();
        return;
    }
    const int selected = int(m_commands->context().selection.size());
    QString text = tr("%1: %2 of %3 shown")
                           .arg(ResultPane::viewTitle(m_result->currentView()))
                           .arg(QLocale().toString(m_result->shownCount()))
                           .arg(QLocale().toString(m_result->totalCount()));
    if (selected)
        text += tr(", %1 selected").arg(QLocale().toString(selected));
    m_countLabel->setText(text);
}

void MainWindow::onChangeApplied()
{
    if (m_stack->currentWidget() == m_audit)
        m_audit->refresh();
    onSelectionChanged();
}

void MainWindow::onCommitted(ObjectKind kind, ObjectId id)
{
    switch (kind) {
    case ObjectKind::AddressSpace: {
        const AddressSpace *space = m_models.directory().space(id);
        if (space)
            selectNode(space->type == AddressSpaceType::Provider ? ConsoleNodeKind::ProviderSpace
                                                                 : ConsoleNodeKind::CustomerSpace,
                       id);
        return;
    }
    case ObjectKind::LogicalNetwork:
        selectNode(ConsoleNodeKind::LogicalNetwork, id);
        return;
    case ObjectKind::NetworkSite:
        selectNode(ConsoleNodeKind::NetworkSite, id);
        return;
    case ObjectKind::VmNetwork:
        selectNode(ConsoleNodeKind::VmNetwork, id);
        return;
    case ObjectKind::Subnet:
        m_result->setCurrentView(ResultPane::View::Subnets);
        break;
    case ObjectKind::Range:
        m_result->setCurrentView(ResultPane::View::Ranges);
        break;
    case ObjectKind::Address:
        m_result->setCurrentView(ResultPane::View::Addresses);
        break;
    case ObjectKind::Block:
        m_result->setCurrentView(ResultPane::View::Blocks);
        break;
    }
    m_result->selectIds({id});
}

HelpBrowser *MainWindow::showHelp(const QString &topic)
{
    auto *browser = findChild<HelpBrowser *>();
    if (!browser)
        browser = new HelpBrowser(this);
    if (topic == QLatin1String("README.md"))
        browser->showWalkThroughs();
    else
        browser->showTopic(topic);
    browser->show();
    browser->raise();
    return browser;
}

void MainWindow::openGlobalSearch()
{
    auto *dialog = findChild<GlobalSearchDialog *>();
    if (!dialog) {
        dialog = new GlobalSearchDialog(m_models, this);
        connect(dialog, &GlobalSearchDialog::objectChosen, this,
                [this](const AnyObject &object) { ObjectLocator(*this, m_models).reveal(object); });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->searchBox()->setFocus();
    dialog->searchBox()->selectAll();
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    const QList<QAction *> actions = m_commands->nodeActions();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addActions(actions);
    if (!actions.isEmpty())
        menu.addSeparator();
    menu.addAction(m_refresh);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::showResultMenu(const QPoint &globalPosition)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    const QList<QAction *> selection = m_commands->selectionActions();
    menu.addActions(selection);
    if (!selection.isEmpty())
        menu.addSeparator();
    switch (m_result->currentView()) {
    case ResultPane::View::Subnets:
        menu.addAction(m_commands->action(ConsoleCommands::AddSubnet));
        break;
    case ResultPane::View::Ranges:
        menu.addAction(m_commands->action(ConsoleCommands::AddRange));
        break;
    case ResultPane::View::Addresses:
        menu.addAction(m_commands->action(ConsoleCommands::AddAddress));
        break;
    case ResultPane::View::Blocks:
        menu.addAction(m_commands->action(ConsoleCommands::AddBlock));
        break;
    }
    menu.addSeparator();
    menu.addAction(m_copy);
    menu.addAction(m_selectAll);
    menu.addAction(m_export);
    menu.addAction(m_refresh);
    menu.exec(globalPosition);
}

void MainWindow::refresh()
{
    const QList<ObjectId> selected = m_result->selectedIds();
    QString error;
    if (!m_models.load(&error)) {
        statusBar()->showMessage(tr("Refresh failed: %1").arg(error), 8000);
        return;
    }
    m_result->setScope(m_result->scope(), m_result->logicalNetworkChoice(), m_result->siteChoice());
    m_result->selectIds(selected);
    if (m_stack->currentWidget() == m_accessPage)
        m_accessPage->refresh();
    statusBar()->showMessage(tr("Refreshed."), 3000);
}

void MainWindow::exportView()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Current View"),
            QStringLiteral("%1.csv").arg(ResultPane::viewTitle(m_result->currentView())),
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_result->exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(
                tr("Exported %1 rows to %2.").arg(m_result->shownCount()).arg(path), 8000);
}

void MainWindow::cyclePaneFocus()
{
    QList<QWidget *> panes;
    for (QWidget *pane :
         {static_cast<QWidget *>(m_tree), static_cast<QWidget *>(m_result->currentItemView()),
          static_cast<QWidget *>(m_details->properties()), static_cast<QWidget *>(m_actions)}) {
        if (pane->isVisible())
            panes.append(pane);
    }
    if (panes.isEmpty())
        return;
    int current = -1;
    for (int i = 0; i < panes.size(); ++i) {
        if (panes.at(i)->isAncestorOf(focusWidget()) || panes.at(i) == focusWidget())
            current = i;
    }
    QWidget *next = panes.at((current + 1) % panes.size());
    next->setFocus(Qt::TabFocusReason);
    if (next == m_actions) {
        if (QWidget *first = m_actions->widget()->findChild<QToolButton *>())
            first->setFocus(Qt::TabFocusReason);
    }
}

} // namespace ipam
