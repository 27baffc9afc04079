#pragma once

#include "consolecommands.h"
#include "resultpane.h"

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoView;

namespace ipam {

class AccessControlPage;
class ActionsPane;
class AlertsPane;
class AuditPane;
class ConsoleModels;
class DetailsPane;
class LiveChangeFeed;
class SavedViewsMenu;
class HelpBrowser;
class SyncPane;

// The console's main window, MMC style: the console tree at the left, the result pane (with
// its current view selector and filter bar) in the centre, the details pane below it and the
// actions pane at the right; menus, a toolbar, a status bar (object counts, database, acting
// principal) and context menus on every pane. The tree and the filter bar's choosers follow
// each other: selecting a network site node sets both choosers, choosing a site selects its
// node. Splitter positions, pane visibility, columns and the last node are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleModels &models, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects a console tree node by its path ("VIRTUALIZED IP ADDRESS SPACE/Provider IP
    // Address Space/Fabric/Storage/Site 1"); false when there is no such node.
    bool selectPath(const QString &path);
    bool selectNode(ConsoleNodeKind kind, ObjectId id = 0);

    QTreeView *consoleTree() const { return m_tree; }
    ResultPane *resultPane() const { return m_result; }
    DetailsPane *detailsPane() const { return m_details; }
    ActionsPane *actionsPane() const { return m_actions; }
    AuditPane *auditPane() const { return m_audit; }
    AlertsPane *alertsPane() const { return m_alerts; }
    AccessControlPage *accessControlPage() const { return m_accessPage; }
    ConsoleCommands *commands() const { return m_commands; }
    QStackedWidget *centre() const { return m_stack; }
    QLabel *countLabel() const { return m_countLabel; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoView *undoView() const { return m_undoView; }
    // The VMM synchronization: its pane as a dock, a Synchronize menu before Help, and its
    // progress in the status bar.
    void addSyncPane(SyncPane *pane);
    SyncPane *syncPane() const { return m_syncPane; }
    // "Live updates: on / reconnecting… / off" in the status bar, following the feed's state
    // (the tooltip says why it is not on).
    void showLiveUpdates(LiveChangeFeed &feed);
    QLabel *liveUpdatesLabel() const { return m_liveLabel; }
    // Edit ▸ Search Everywhere... (Ctrl+K, and the toolbar): GlobalSearchDialog; its choice is
    // shown through ObjectLocator.
    QAction *globalSearchAction() const { return m_globalSearch; }
    // View ▸ Saved Views.
    SavedViewsMenu *savedViewsMenu() const { return m_savedViews; }
    void openGlobalSearch();
    // Help (F1: the page of what has the focus; Help ▸ Walk-throughs: the README).
    HelpBrowser *showHelp(const QString &topic = QString());

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildMenus();
    void buildStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void onNodeSelected();
    void onChoicesChanged(const KeyChoice &logicalNetwork, const KeyChoice &site);
    void onSelectionChanged();
    void onChangeApplied();
    void onCommitted(ObjectKind kind, ObjectId id);
    void updateContext();
    void updateActionsPane();
    void updateCounts();
    void showTreeMenu(const QPoint &position);
    void showResultMenu(const QPoint &globalPosition);
    void refresh();
    void exportView();
    void cyclePaneFocus();

    ConsoleModels &m_models;
    ConsoleCommands *m_commands = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    ResultPane *m_result = nullptr;
    AuditPane *m_audit = nullptr;
    AlertsPane *m_alerts = nullptr;
    AccessControlPage *m_accessPage = nullptr;
    DetailsPane *m_details = nullptr;
    ActionsPane *m_actions = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_principalLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_export = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_find = nullptr;
    QAction *m_globalSearch = nullptr;
    SavedViewsMenu *m_savedViews = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_rangeGroupsDock = nullptr; // IP Address Range Groups (RangeGroupsPane)
    QUndoView *m_undoView = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QActionGroup *m_familyGroup = nullptr;
    QAction *m_showTree = nullptr;
    QAction *m_showDetails = nullptr;
    QAction *m_showActions = nullptr;
    bool m_syncing = false;
    SyncPane *m_syncPane = nullptr;
};

} // namespace ipam
