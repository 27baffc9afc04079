#include "syncpane.h"

#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "items/syncconflictmodel.h"
#include "items/synclogmodel.h"
#include "syncpasswordstore.h"
#include "syncsettingsdialog.h"
#include "vmm/backgroundsync.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipam {

namespace {

QSettings consoleSettings()
{
    return QSettings(QStringLiteral("ipam-console"), QStringLiteral("console"));
}

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights: the log holds up to 10,000 rows and must not measure each.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QToolButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

SyncPane::SyncPane(BackgroundSync &sync, ConsoleModels &models, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_models(models)
{
    setObjectName(QStringLiteral("syncPane"));
    m_log = new SyncLogModel(this);
    m_conflicts = new SyncConflictModel(this);
    m_versions = new ConflictVersionsModel(this);

    m_synchronize = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")),
                                tr("&Synchronize Now"), this);
    m_synchronize->setObjectName(QStringLiteral("synchronizeNowAction"));
    m_synchronize->setShortcut(QKeySequence(Qt::Key_F9));
    m_synchronize->setToolTip(tr("Synchronize the virtualized address space with VMM now"));
    m_cancel = new QAction(tr("&Cancel Synchronization"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSyncAction"));
    m_cancel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    m_settingsAction = new QAction(tr("Synchronization Se&ttings..."), this);
    m_settingsAction->setObjectName(QStringLiteral("syncSettingsAction"));
    connect(m_synchronize, &QAction::triggered, this, &SyncPane::synchronizeNow);
    connect(m_cancel, &QAction::triggered, this, [this] {
        m_sync.cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling..."));
    });
    connect(m_settingsAction, &QAction::triggered, this, &SyncPane::editSettings);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(makeButton(m_synchronize, this));
    top->addWidget(makeButton(m_cancel, this));
    top->addWidget(makeButton(m_settingsAction, this));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMinimumWidth(220);
    m_progress->setVisible(false);
    top->addWidget(m_progress);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    layout->addWidget(m_tabs, 1);

    m_logView = makeTable(QStringLiteral("syncLogView"), this);
    m_logView->setModel(m_log);
    m_logView->setColumnWidth(SyncLogModel::TimeColumn, 150);
    m_logView->setColumnWidth(SyncLogModel::ActionColumn, 90);
    m_logView->setColumnWidth(SyncLogModel::ObjectColumn, 280);
    m_tabs->addTab(m_logView, tr("Log"));
    // Follow new lines only while the admin is at the bottom: reading older lines is not
    // interrupted.
    connect(m_logView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followLog = value >= m_logView->verticalScrollBar()->maximum();
    });

    auto *conflictPage = new QSplitter(Qt::Horizontal, this);
    conflictPage->setObjectName(QStringLiteral("syncConflictSplitter"));
    m_conflictView = makeTable(QStringLiteral("syncConflictView"), conflictPage);
    m_conflictView->setModel(m_conflicts);
    m_conflictView->setColumnWidth(SyncConflictModel::NameColumn, 160);
    conflictPage->addWidget(m_conflictView);
    auto *details = new QWidget(conflictPage);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_conflictTitle
            = new QLabel(tr("Select a conflict to compare IPAM's and VMM's versions."), details);
    m_conflictTitle->setObjectName(QStringLiteral("syncConflictTitle"));
    m_conflictTitle->setWordWrap(true);
    detailsLayout->addWidget(m_conflictTitle);
    m_versionsView = makeTable(QStringLiteral("syncVersionsView"), details);
    m_versionsView->setModel(m_versions);
    m_versionsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_versionsView->setColumnWidth(ConflictVersionsModel::PropertyColumn, 170);
    m_versionsView->setColumnWidth(ConflictVersionsModel::IpamColumn, 200);
    detailsLayout->addWidget(m_versionsView, 1);
    auto *buttons = new QHBoxLayout;
    m_keepIpam = new QPushButton(tr("Keep &IPAM"), details);
    m_keepIpam->setObjectName(QStringLiteral("keepIpamButton"));
    m_keepIpam->setToolTip(tr("Keep IPAM's version and write it to VMM"));
    m_keepVmm = new QPushButton(tr("Keep &VMM"), details);
    m_keepVmm->setObjectName(QStringLiteral("keepVmmButton"));
    m_keepVmm->setToolTip(tr("Keep VMM's version and write it to IPAM"));
    buttons->addWidget(m_keepIpam);
    buttons->addWidget(m_keepVmm);
    buttons->addStretch();
    detailsLayout->addLayout(buttons);
    m_conflictMessage = new QLabel(details);
    m_conflictMessage->setObjectName(QStringLiteral("syncConflictMessage"));
    m_conflictMessage->setWordWrap(true);
    detailsLayout->addWidget(m_conflictMessage);
    conflictPage->addWidget(details);
    conflictPage->setStretchFactor(0, 3);
    conflictPage->setStretchFactor(1, 2);
    m_tabs->addTab(conflictPage, QString());
    m_notInVmm = new QStringListModel(this);
    m_notInVmmView = new QListView(this);
    m_notInVmmView->setObjectName(QStringLiteral("syncNotInVmmView"));
    m_notInVmmView->setModel(m_notInVmm);
    m_notInVmmView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notInVmmView->setUniformItemSizes(true);
    m_notInVmmView->setToolTip(tr("IPAM objects the VMM service would not take (it answered that "
                                  "it does not allow the change), with its reason"));
    m_tabs->addTab(m_notInVmmView, QString());
    connect(m_keepIpam, &QPushButton::clicked, this, [this] { keep(true); });
    connect(m_keepVmm, &QPushButton::clicked, this, [this] { keep(false); });
    connect(m_conflictView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncPane::showCurrentConflict);
    connect(m_conflicts, &QAbstractItemModel::rowsRemoved, this, &SyncPane::updateTabTitles);
    connect(m_conflicts, &QAbstractItemModel::rowsInserted, this, &SyncPane::updateTabTitles);
    connect(m_conflicts, &QAbstractItemModel::dataChanged, this, &SyncPane::showCurrentConflict);

    connect(&sync, &BackgroundSync::runningChanged, this, &SyncPane::onRunningChanged);
    connect(&sync, &BackgroundSync::progress, this, &SyncPane::onProgress);
    connect(&sync, &BackgroundSync::logLines, this, &SyncPane::onLogLines);
    connect(&sync, &BackgroundSync::finished, this, &SyncPane::onFinished);
    connect(&sync, &BackgroundSync::conflictsChanged, this, &SyncPane::onConflicts);
    connect(&sync, &BackgroundSync::notInVmmChanged, this, [this](const QStringList &objects) {
        if (objects != m_notInVmm->stringList())
            m_notInVmm->setStringList(objects);
        updateTabTitles();
    });
    connect(&sync, &BackgroundSync::resolved, this, &SyncPane::onResolved);
    connect(&sync, &BackgroundSync::startRefused, this, [this](const QString &reason) {
        logNote(tr("Not started: %1").arg(reason), true);
        m_status->setText(tr("Not started: %1").arg(reason));
        Q_EMIT message(tr("VMM synchronization not started: %1").arg(reason));
    });

    QSettings settings = consoleSettings();
    m_settings = SyncSettings::load(settings);
    m_passwords = new SyncPasswordStore(qEnvironmentVariableIsSet("IPAM_NO_KEYCHAIN")
                                                ? SyncPasswordStore::Backend::MemoryOnly
                                                : SyncPasswordStore::Backend::Auto,
                                        this);
    // Every run reads the settings' credentials again (environment or file), so they are never
    // kept in memory between runs nor written anywhere; an entered user's password lives in
    // the Secret Service or this session's memory only (SyncPasswordStore).
    sync.setOptionsProvider([this] { return runOptions(); });
    sync.setInterval(std::chrono::minutes(m_settings.intervalMinutes));
    updateTabTitles();
    updateButtons();
    updateStatus();
    if (!m_settings.serviceUrl.isEmpty())
        sync.refreshConflicts();
}

SyncPane::~SyncPane()
{
    // The views and models go with the children, after this object is no longer a SyncPane:
    // their last signals must not reach it.
    disconnect(m_conflictView->selectionModel(), nullptr, this, nullptr);
    disconnect(m_conflicts, nullptr, this, nullptr);
    disconnect(m_logView->verticalScrollBar(), nullptr, this, nullptr);
    // The settings (and the credentials' source) go with the pane: no run without them.
    m_sync.setOptionsProvider({});
    m_sync.setInterval(std::chrono::milliseconds(0));
}

QProgressBar *SyncPane::createStatusIndicator(QWidget *parent)
{
    auto *indicator = new QProgressBar(parent);
    indicator->setObjectName(QStringLiteral("syncStatusIndicator"));
    indicator->setMaximumWidth(160);
    indicator->setFormat(tr("VMM sync %p%"));
    indicator->setToolTip(tr("VMM synchronization in progress"));
    indicator->setVisible(m_sync.isRunning());
    indicator->setRange(0, 0);
    connect(&m_sync, &BackgroundSync::runningChanged, indicator, [indicator](bool running) {
        indicator->setRange(0, 0);
        indicator->setVisible(running);
    });
    connect(&m_sync, &BackgroundSync::progress, indicator,
            [indicator](int done, int total, const QString &) {
                indicator->setRange(0, qMax(0, total));
                indicator->setValue(qMin(done, qMax(0, total)));
            });
    return indicator;
}

Parsed<VmmSyncOptions> SyncPane::runOptions()
{
    if (m_settings.credentialSource != SyncSettings::CredentialSource::Entered)
        return m_settings.toOptions();
    const QString account = m_settings.passwordAccount();
    std::optional<QString> password = m_passwords->password(account);
    if (!password && !m_passwordAsked && !m_settings.user.trimmed().isEmpty()) {
        m_passwordAsked = true; // once per session: a cancelled prompt is not repeated
        bool ok = false;
        const QString typed = QInputDialog::getText(
                this, tr("VMM Password"),
                tr("Password of %1 at %2:")
                        .arg(m_settings.user.trimmed(),
                             m_settings.serviceUrl.toString(QUrl::RemoveUserInfo)),
                QLineEdit::Password, QString(), &ok);
        if (ok) {
            if (const QString problem = m_passwords->setPassword(account, typed);
                !problem.isEmpty())
                logNote(problem, true);
            password = typed;
        }
    }
    if (!password)
        return Parsed<VmmSyncOptions>::failure(
                tr("no password is known for %1: enter it in Synchronize > Settings")
                        .arg(m_settings.user.trimmed()));
    return m_settings.toOptions(*password);
}

void SyncPane::applySettings(const SyncSettings &settings, const QString &typedPassword)
{
    m_settings = settings;
    if (settings.credentialSource == SyncSettings::CredentialSource::Entered
        && !typedPassword.isEmpty()) {
        if (const QString problem
            = m_passwords->setPassword(settings.passwordAccount(), typedPassword);
            !problem.isEmpty())
            logNote(problem, true);
    }
    QSettings stored = consoleSettings();
    m_settings.save(stored);
    m_sync.setInterval(std::chrono::minutes(m_settings.intervalMinutes));
    updateStatus();
}

void SyncPane::editSettings()
{
    QStringList spaces;
    const NetworkDirectory &directory = m_models.directory();
    for (ObjectId id : directory.spaces(AddressSpaceType::Provider)) {
        if (const AddressSpace *space = directory.space(id))
            spaces.append(space->name);
    }
    SyncSettingsDialog dialog(m_settings, spaces, *m_passwords, this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings(dialog.settings(), dialog.typedPassword());
        m_sync.refreshConflicts();
    }
}

void SyncPane::synchronizeNow()
{
    if (m_sync.start())
        m_tabs->setCurrentWidget(m_logView);
}

void SyncPane::logNote(const QString &text, bool error)
{
    SyncLogEntry entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.action = error ? SyncAction::Error : SyncAction::Info;
    entry.detail = text;
    entry.line = text;
    m_log->append({entry});
    if (m_followLog)
        m_logView->scrollToBottom();
}

void SyncPane::onRunningChanged(bool running)
{
    if (running) {
        m_progress->setRange(0, 0);   // busy until the connector knows how much there is
        m_progress->setVisible(true); // the connector logs the start itself
        Q_EMIT message(tr("VMM synchronization started."));
    } else {
        m_progress->setVisible(false);
    }
    updateButtons();
    updateStatus();
}

void SyncPane::onProgress(int done, int total, const QString &stage)
{
    m_progress->setRange(0, qMax(0, total));
    m_progress->setValue(qMin(done, qMax(0, total)));
    m_progress->setFormat(stage.isEmpty() ? QStringLiteral("%v / %m")
                                          : QStringLiteral("%1: %v / %m").arg(stage));
}

void SyncPane::onLogLines(const QList<SyncLogLine> &lines)
{
    QList<SyncLogEntry> entries;
    entries.reserve(lines.size());
    for (const SyncLogLine &line : lines)
        entries.append(SyncLogEntry::fromLine(line.text, line.timeMs));
    m_log->append(entries);
    if (m_followLog)
        m_logView->scrollToBottom();
}

void SyncPane::onFinished(const VmmSyncReport &report)
{
    const QString text = report.completed
            ? tr("Synchronization finished: %1").arg(report.summary())
            : tr("Synchronization stopped (%1); whole objects only were written, the next run "
                 "completes it. So far: %2")
                      .arg(report.error.isEmpty() ? tr("cancelled") : report.error,
                           report.summary());
    // A completed run's summary is the connector's last line already.
    if (!report.completed)
        logNote(text, true);
    // NTLM or Basic over plain http: shown as an error line, whether or not the run completed.
    for (const QString &warning : report.warnings)
        logNote(tr("Warning: %1").arg(warning), true);
    // SPF has no network site set: say once per run where the sites' names and VLANs are kept.
    if (report.sitesDerived)
        logNote(tr("VMM's service has no network site set: network sites were derived from its "
                   "pools; their names and VLANs are IPAM's and are never written to VMM."),
                false);
    Q_EMIT message(text);
    updateStatus();
}

void SyncPane::onConflicts(const QList<VmmConflict> &conflicts)
{
    m_conflicts->setConflicts(conflicts);
    if (!m_conflictView->currentIndex().isValid() && m_conflicts->rowCount() > 0)
        m_conflictView->setCurrentIndex(m_conflicts->index(0, 0));
    showCurrentConflict();
    updateTabTitles();
}

void SyncPane::onResolved(qint64 conflictId, bool ok, const QString &text)
{
    const int row = m_conflicts->rowOf(conflictId);
    const QString name = row >= 0 ? QStringLiteral("%1 \"%2\"")
                                            .arg(displayName(m_conflicts->conflict(row).kind),
                                                 m_conflicts->conflict(row).name)
                                  : tr("#%1").arg(conflictId);
    m_resolving = 0;
    if (ok) {
        m_conflicts->remove(conflictId);
        m_conflictMessage->setText(tr("Resolved %1.").arg(name));
        logNote(m_resolvingKeepsIpam ? tr("Conflict on %1 resolved: kept IPAM's version").arg(name)
                                     : tr("Conflict on %1 resolved: kept VMM's version").arg(name),
                false);
    } else {
        m_conflictMessage->setText(tr("Not resolved: %1").arg(text));
        logNote(tr("Conflict on %1 not resolved: %2").arg(name, text), true);
    }
    showCurrentConflict();
    updateButtons();
}

void SyncPane::showCurrentConflict()
{
    const QModelIndex current = m_conflictView->currentIndex();
    if (!current.isValid()) {
        m_versions->clear();
        m_conflictTitle->setText(tr("Select a conflict to compare IPAM's and VMM's versions."));
    } else {
        const VmmConflict &conflict = m_conflicts->conflict(current.row());
        m_versions->setVersions(conflict.ipamVersion, conflict.vmmVersion);
        const int differing = int(
                SyncConflictModel::differingProperties(conflict.ipamVersion, conflict.vmmVersion)
                        .size());
        m_conflictTitle->setText(
                tr("<b>%1</b> (%2, %3): changed in IPAM and in VMM since the last "
                   "synchronization. Differences: %4.")
                        .arg(conflict.name.toHtmlEscaped(), displayName(conflict.kind),
                             conflict.remoteSet.toHtmlEscaped(), QString::number(differing)));
    }
    updateButtons();
}

void SyncPane::keep(bool ipam)
{
    const QModelIndex current = m_conflictView->currentIndex();
    if (!current.isValid() || m_resolving)
        return;
    const VmmConflict &conflict = m_conflicts->conflict(current.row());
    m_resolving = conflict.id;
    m_resolvingKeepsIpam = ipam;
    m_conflictMessage->setText(
            ipam ? tr("Writing IPAM's version of %1 to VMM...").arg(conflict.name)
                 : tr("Writing VMM's version of %1 to IPAM...").arg(conflict.name));
    updateButtons();
    m_sync.resolve(conflict.id, ipam ? KeepSide::Ipam : KeepSide::Vmm);
}

void SyncPane::updateButtons()
{
    const bool running = m_sync.isRunning();
    m_synchronize->setEnabled(!running);
    m_cancel->setEnabled(running);
    const bool canResolve
            = !running && m_resolving == 0 && m_conflictView->currentIndex().isValid();
    m_keepIpam->setEnabled(canResolve);
    m_keepVmm->setEnabled(canResolve);
}

void SyncPane::updateTabTitles()
{
    const int count = m_conflicts->rowCount();
    m_tabs->setTabText(1, count ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
    const int refused = m_notInVmm->rowCount();
    m_tabs->setTabText(2, refused ? tr("Not in VMM (%1)").arg(refused) : tr("Not in VMM"));
}

void SyncPane::updateStatus()
{
    if (m_sync.isRunning()) {
        m_status->setText(tr("Synchronizing with %1...").arg(m_sync.options().baseUrl.host()));
        return;
    }
    QString text;
    if (m_settings.serviceUrl.isEmpty())
        text = tr("Not configured: set the VMM service URL in Synchronization Settings.");
    else if (m_sync.lastFinishedMs() == 0)
        text = tr("VMM %1: not synchronized in this session.").arg(m_settings.serviceUrl.host());
    else
        text = tr("Last run %1: %2")
                       .arg(QDateTime::fromMSecsSinceEpoch(m_sync.lastFinishedMs())
                                    .toString(QStringLiteral("HH:mm:ss")),
                            m_sync.lastReport().completed
                                    ? m_sync.lastReport().summary()
                                    : tr("stopped (%1)").arg(m_sync.lastReport().error));
    if (m_settings.intervalMinutes > 0)
        text += tr(" Runs every %1 min.").arg(m_settings.intervalMinutes);
    m_status->setText(text);
}

} // namespace ipam
