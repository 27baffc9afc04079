#pragma once

#include "syncsettings.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QStringListModel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ipam {

class BackgroundSync;
class ConflictVersionsModel;
class ConsoleModels;
class SyncConflictModel;
class SyncLogModel;
struct SyncLogLine;
struct VmmConflict;
struct VmmSyncReport;

// The "VMM Synchronization" pane: Synchronize Now / Cancel / Settings, a progress bar, the
// sync log (what was created, updated, deleted, refused, when and why) and the open
// conflicts, each shown with IPAM's and VMM's version side by side (differences highlighted)
// and Keep IPAM / Keep VMM buttons, and the IPAM objects VMM would not take, with VMM's reason.
// It only shows and asks: the sync itself runs on
// BackgroundSync's worker thread, so nothing here ever waits for the network or the store.
//
// The pane owns the connection settings (QSettings, SyncSettings) and hands BackgroundSync an
// options provider that reads the credentials afresh for every run.
class SyncPasswordStore;

class SyncPane : public QWidget
{
    Q_OBJECT
public:
    SyncPane(BackgroundSync &sync, ConsoleModels &models, QWidget *parent = nullptr);
    ~SyncPane() override;

    QAction *synchronizeAction() const { return m_synchronize; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *settingsAction() const { return m_settingsAction; }
    // A small progress bar for the window's status bar, visible while a sync runs.
    QProgressBar *createStatusIndicator(QWidget *parent);

    const SyncSettings &settings() const { return m_settings; }
    // Takes new settings: saved to QSettings, the interval applied; a password typed with
    // them (CredentialSource::Entered) goes to passwords(), never to QSettings.
    void applySettings(const SyncSettings &settings, const QString &typedPassword = {});
    // The Secret Service, or this session's memory (IPAM_NO_KEYCHAIN=1: memory only).
    SyncPasswordStore &passwords() const { return *m_passwords; }

    SyncLogModel *logModel() const { return m_log; }
    SyncConflictModel *conflictModel() const { return m_conflicts; }
    ConflictVersionsModel *versionsModel() const { return m_versions; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *logView() const { return m_logView; }
    QTableView *conflictView() const { return m_conflictView; }
    QTableView *versionsView() const { return m_versionsView; }
    QPushButton *keepIpamButton() const { return m_keepIpam; }
    QPushButton *keepVmmButton() const { return m_keepVmm; }
    QLabel *conflictMessage() const { return m_conflictMessage; }
    QStringListModel *notInVmmModel() const { return m_notInVmm; }

Q_SIGNALS:
    // One line for the window's status bar.
    void message(const QString &text);

private:
    void synchronizeNow();
    void editSettings();
    void onRunningChanged(bool running);
    void onProgress(int done, int total, const QString &stage);
    void onLogLines(const QList<ipam::SyncLogLine> &lines);
    void onFinished(const ipam::VmmSyncReport &report);
    void onConflicts(const QList<ipam::VmmConflict> &conflicts);
    void onResolved(qint64 conflictId, bool ok, const QString &text);
    void showCurrentConflict();
    void keep(bool ipam);
    void updateButtons();
    void updateTabTitles();
    void updateStatus();
    void logNote(const QString &text, bool error);
    // The options of the next run: the settings' credentials read now; an entered user's
    // password from passwords(), asked once per session when none is known.
    Parsed<VmmSyncOptions> runOptions();

    BackgroundSync &m_sync;
    SyncPasswordStore *m_passwords = nullptr;
    bool m_passwordAsked = false;
    ConsoleModels &m_models;
    SyncSettings m_settings;
    SyncLogModel *m_log = nullptr;
    SyncConflictModel *m_conflicts = nullptr;
    ConflictVersionsModel *m_versions = nullptr;
    QAction *m_synchronize = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_settingsAction = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_logView = nullptr;
    QTableView *m_conflictView = nullptr;
    QTableView *m_versionsView = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QLabel *m_conflictMessage = nullptr;
    QPushButton *m_keepIpam = nullptr;
    QPushButton *m_keepVmm = nullptr;
    QStringListModel *m_notInVmm = nullptr;
    QListView *m_notInVmmView = nullptr;
    qint64 m_resolving = 0; // the conflict a Keep button was pressed for, until answered
    bool m_resolvingKeepsIpam = false;
    bool m_followLog = true;
};

} // namespace ipam
