#include "syncsettingsdialog.h"

#include "syncpasswordstore.h"
#include "vmm/vmmconnectioncheck.h"
#include "vmm/vmmcredentials.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace ipam {

SyncSettingsDialog::SyncSettingsDialog(const SyncSettings &settings,
                                       const QStringList &providerSpaces,
                                       SyncPasswordStore &passwords, QWidget *parent)
    : QDialog(parent)
    , m_passwords(passwords)
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("VMM Synchronization Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_url = new QLineEdit(settings.serviceUrl.toString(), this);
    m_url->setObjectName(QStringLiteral("syncUrl"));
    m_url->setPlaceholderText(
            QStringLiteral("https://vmm.example:8090/SC2012R2/VMM/Microsoft.Management.Odata.svc"));
    form->addRow(tr("VMM service &URL:"), m_url);

    m_space = new QComboBox(this);
    m_space->setObjectName(QStringLiteral("syncProviderSpace"));
    m_space->addItems(providerSpaces);
    if (m_space->findText(settings.providerSpace) < 0)
        m_space->addItem(settings.providerSpace);
    m_space->setCurrentText(settings.providerSpace);
    m_space->setToolTip(tr("The provider address space that holds VMM's logical networks"));
    form->addRow(tr("&Provider address space:"), m_space);

    m_hostGroups = new QLineEdit(SyncSettings::hostGroupsText(settings.hostGroups), this);
    m_hostGroups->setObjectName(QStringLiteral("syncHostGroups"));
    m_hostGroups->setPlaceholderText(
            tr("All host groups (or e.g. All Hosts\\East, All Hosts\\West)"));
    form->addRow(tr("&Host groups:"), m_hostGroups);

    m_stamp = new QLineEdit(settings.stamp, this);
    m_stamp->setObjectName(QStringLiteral("syncStamp"));
    m_stamp->setPlaceholderText(tr("The service's only VMM server (or its stamp GUID)"));
    m_stamp->setToolTip(tr("SPF serves every VMM server registered with it: the stamp ID "
                           "picks one (ipamctl sync --stamp)"));
    form->addRow(tr("VMM &stamp:"), m_stamp);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Off (synchronize on demand)"));
    m_interval->setValue(settings.intervalMinutes);
    form->addRow(tr("Synchronize &every:"), m_interval);

    m_pull = new QCheckBox(tr("P&ull: bring VMM's changes into IPAM"), this);
    m_pull->setObjectName(QStringLiteral("syncPull"));
    m_pull->setChecked(settings.pull);
    m_push = new QCheckBox(tr("Pu&sh: send IPAM's changes to VMM"), this);
    m_push->setObjectName(QStringLiteral("syncPush"));
    m_push->setChecked(settings.push);
    form->addRow(tr("Direction:"), m_pull);
    form->addRow(QString(), m_push);

    m_fromEnvironment
            = new QRadioButton(tr("From the environment: %1, or %2 and %3")
                                       .arg(QLatin1String(SyncSettings::tokenVariable),
                                            QLatin1String(SyncSettings::userVariable),
                                            QLatin1String(SyncSettings::passwordVariable)),
                               this);
    m_fromEnvironment->setObjectName(QStringLiteral("syncCredentialsFromEnvironment"));
    m_environmentState = new QLabel(this);
    m_environmentState->setObjectName(QStringLiteral("syncEnvironmentState"));
    m_fromFile = new QRadioButton(tr("From a file readable only by you:"), this);
    m_fromFile->setObjectName(QStringLiteral("syncCredentialsFromFile"));
    m_entered = new QRadioButton(tr("Entered here:"), this);
    m_entered->setObjectName(QStringLiteral("syncCredentialsEntered"));
    auto *sources = new QButtonGroup(this);
    sources->addButton(m_fromEnvironment);
    sources->addButton(m_fromFile);
    sources->addButton(m_entered);
    m_file = new QLineEdit(settings.credentialFile, this);
    m_file->setObjectName(QStringLiteral("syncCredentialFile"));
    m_file->setAccessibleName(tr("Credentials file"));
    m_file->setPlaceholderText(tr("a file with token=... or user=... and password=..."));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_user = new QLineEdit(settings.user, this);
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_user->setAccessibleName(tr("VMM user"));
    m_user->setPlaceholderText(tr("DOMAIN\\user (Windows authentication) or user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setAccessibleName(tr("VMM password"));
    m_password->setEchoMode(QLineEdit::Password);
    if (settings.credentialSource == SyncSettings::CredentialSource::Entered
        && m_passwords.password(settings.passwordAccount()))
        m_password->setPlaceholderText(tr("(known: type a new one to change it)"));
    m_passwordWhere = new QLabel(m_passwords.whereKept(), this);
    m_passwordWhere->setObjectName(QStringLiteral("syncPasswordWhere"));
    m_passwordWhere->setWordWrap(true);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_user, 1);
    userRow->addWidget(m_password, 1);
    (settings.credentialSource == SyncSettings::CredentialSource::File ? m_fromFile
             : settings.credentialSource == SyncSettings::CredentialSource::Entered
             ? m_entered
             : m_fromEnvironment)
            ->setChecked(true);
    form->addRow(tr("Credentials:"), m_fromEnvironment);
    form->addRow(QString(), m_environmentState);
    form->addRow(QString(), m_fromFile);
    form->addRow(QString(), fileRow);
    form->addRow(QString(), m_entered);
    form->addRow(QString(), userRow);
    form->addRow(QString(), m_passwordWhere);

    m_caFile = new QLineEdit(settings.caFile, this);
    m_caFile->setObjectName(QStringLiteral("syncCaFile"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setPlaceholderText(tr("PEM file of a private CA (the system's CAs are always used)"));
    auto *browseCa = new QPushButton(tr("B&rowse..."), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    form->addRow(tr("&CA file:"), caRow);
    m_pin = new QLineEdit(settings.pin, this);
    m_pin->setObjectName(QStringLiteral("syncPin"));
    m_pin->setPlaceholderText(tr("SHA-256 of the service's own certificate (optional)"));
    m_pin->setToolTip(tr("With a pin, the service's certificate is trusted if it is this one, "
                         "whoever signed it, and any other is refused (ipamctl sync --pin)"));
    form->addRow(tr("Certificate p&in:"), m_pin);

    auto *note = new QLabel(
            tr("Passwords and tokens are never saved in the console's settings: they keep only "
               "where to read them (the environment or a file, read again before each "
               "synchronization) or the user entered here. Use HTTPS so that they do not cross "
               "the network in clear text."),
            this);
    note->setObjectName(QStringLiteral("syncCredentialNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("syncTestConnection"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("syncTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncSettingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SyncSettingsDialog::browse);
    connect(browseCa, &QPushButton::clicked, this, &SyncSettingsDialog::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, &SyncSettingsDialog::testConnection);
    for (QLineEdit *edit : {m_url, m_file, m_stamp, m_user, m_password, m_caFile, m_pin})
        connect(edit, &QLineEdit::textChanged, this, &SyncSettingsDialog::revalidate);
    connect(m_fromFile, &QRadioButton::toggled, this, &SyncSettingsDialog::revalidate);
    connect(m_entered, &QRadioButton::toggled, this, &SyncSettingsDialog::revalidate);
    connect(m_pull, &QCheckBox::toggled, this, &SyncSettingsDialog::revalidate);
    connect(m_push, &QCheckBox::toggled, this, &SyncSettingsDialog::revalidate);
    revalidate();
    resize(620, sizeHint().height());
}

SyncSettingsDialog::~SyncSettingsDialog()
{
    if (m_testThread) {
        *m_testCancelled = true;
        m_testThread->wait(10000); // the client polls its cancel flag every 50 ms
    }
}

SyncSettings SyncSettingsDialog::settings() const
{
    SyncSettings s;
    s.serviceUrl = QUrl(m_url->text().trimmed());
    s.providerSpace = m_space->currentText();
    s.hostGroups = SyncSettings::parseHostGroups(m_hostGroups->text());
    s.stamp = m_stamp->text().trimmed();
    s.intervalMinutes = m_interval->value();
    s.pull = m_pull->isChecked();
    s.push = m_push->isChecked();
    s.credentialSource = m_fromFile->isChecked() ? SyncSettings::CredentialSource::File
            : m_entered->isChecked()             ? SyncSettings::CredentialSource::Entered
                                                 : SyncSettings::CredentialSource::Environment;
    s.credentialFile = m_file->text().trimmed();
    s.user = m_user->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.pin = m_pin->text().trimmed();
    return s;
}

QString SyncSettingsDialog::typedPassword() const
{
    return m_password->text();
}

QString SyncSettingsDialog::effectivePassword() const
{
    if (!m_password->text().isEmpty())
        return m_password->text();
    return m_passwords.password(settings().passwordAccount()).value_or(QString());
}

QString SyncSettingsDialog::testResult() const
{
    return m_testResult->text();
}

void SyncSettingsDialog::testConnection()
{
    if (m_testThread)
        return;
    const Parsed<VmmSyncOptions> options = settings().toOptions(effectivePassword());
    if (!options) {
        m_testResult->setText(tr("Not tested: %1").arg(options.error()));
        Q_EMIT connectionTested(false);
        return;
    }
    VmmSyncOptions o = options.value();
    o.retries = 0;
    o.timeoutMs = std::min(o.timeoutMs, 15000);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1...").arg(o.baseUrl.toString(QUrl::RemoveUserInfo)));
    m_testCancelled = std::make_shared<std::atomic<bool>>(false);
    QPointer<SyncSettingsDialog> guard(this);
    // The check blocks (a local event loop per request): a worker thread, its answer queued
    // back to the GUI thread, dropped if the dialog has gone meanwhile.
    m_testThread = QThread::create([o, cancelled = m_testCancelled, guard] {
        const VmmConnectionCheck check = checkVmmConnection(o, cancelled.get());
        QMetaObject::invokeMethod(
                qApp,
                [guard, check] {
                    if (guard)
                        guard->showCheck(check);
                },
                Qt::QueuedConnection);
    });
    connect(m_testThread, &QThread::finished, m_testThread, &QObject::deleteLater);
    m_testThread->start();
}

void SyncSettingsDialog::showCheck(const VmmConnectionCheck &check)
{
    m_test->setEnabled(true);
    QStringList lines;
    if (check.ok) {
        QStringList stamps;
        for (const QUuid &stamp : check.stamps)
            stamps.append(stamp.toString(QUuid::WithoutBraces));
        lines.append(tr("Connected. Entity sets: %1.").arg(check.sets.join(QStringLiteral(", "))));
        lines.append(
                stamps.isEmpty()
                        ? tr("No logical network yet, so no stamp is known.")
                        : tr("Stamps (VMM servers): %1.").arg(stamps.join(QStringLiteral(", "))));
        if (stamps.size() > 1 && m_stamp->text().trimmed().isEmpty())
            lines.append(tr("Several stamps: enter the one to synchronize under VMM stamp."));
        lines.append(check.sets.contains(QStringLiteral("LogicalNetworkDefinitions"))
                             ? tr("Network sites come from the service's site set.")
                             : tr("No network site set (as SPF): sites are derived from the "
                                  "pools."));
    } else {
        lines.append(tr("Failed: %1").arg(check.error));
    }
    for (const QString &warning : check.warnings)
        lines.append(tr("Warning: %1").arg(warning));
    m_testResult->setText(lines.join(QLatin1Char('\n')));
    m_testThread.clear();
    Q_EMIT connectionTested(check.ok);
}

QString SyncSettingsDialog::message() const
{
    return m_message->text();
}

void SyncSettingsDialog::revalidate()
{
    const VmmCredentials environment = vmmcredentials::fromEnvironment().valueOr({});
    m_environmentState->setText(
            !environment.bearerToken.isEmpty() ? tr("A token is set in this console's environment.")
                    : !environment.user.isEmpty()
                    ? tr("User %1 is set in this console's environment.").arg(environment.user)
                    : tr("Neither is set in this console's environment."));
    m_file->setEnabled(m_fromFile->isChecked());
    m_user->setEnabled(m_entered->isChecked());
    m_password->setEnabled(m_entered->isChecked());
    QString problem = SyncSettings::checkUrl(QUrl(m_url->text().trimmed()));
    if (problem.isEmpty() && !m_pull->isChecked() && !m_push->isChecked())
        problem = tr("choose pull, push or both");
    if (problem.isEmpty()) {
        // The same reading a run does, so credentials a run would refuse are refused here.
        const Parsed<VmmSyncOptions> options = settings().toOptions(m_password->text());
        if (!options)
            problem = options.error();
    }
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SyncSettingsDialog::browseCaFile()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("CA Certificate (PEM)"), m_caFile->text(),
                                           tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void SyncSettingsDialog::browse()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("VMM Credentials File"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}

} // namespace ipam
