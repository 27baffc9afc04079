#include "syncsettingsdialog.h"

#include "vmm/vmmcredentials.h"

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
#include <QVBoxLayout>

namespace ipam {

SyncSettingsDialog::SyncSettingsDialog(const SyncSettings &settings,
                                       const QStringList &providerSpaces, QWidget *parent)
    : QDialog(parent)
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
    auto *sources = new QButtonGroup(this);
    sources->addButton(m_fromEnvironment);
    sources->addButton(m_fromFile);
    m_file = new QLineEdit(settings.credentialFile, this);
    m_file->setObjectName(QStringLiteral("syncCredentialFile"));
    m_file->setAccessibleName(tr("Credentials file"));
    m_file->setPlaceholderText(tr("a file with token=... or user=... and password=..."));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    (settings.credentialSource == SyncSettings::CredentialSource::File ? m_fromFile
                                                                       : m_fromEnvironment)
            ->setChecked(true);
    form->addRow(tr("Credentials:"), m_fromEnvironment);
    form->addRow(QString(), m_environmentState);
    form->addRow(QString(), m_fromFile);
    form->addRow(QString(), fileRow);

    auto *note = new QLabel(
            tr("Passwords and tokens are never saved: the settings keep only where to read "
               "them, and they are read again before each synchronization. Use HTTPS so that "
               "they do not cross the network in clear text."),
            this);
    note->setObjectName(QStringLiteral("syncCredentialNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

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
    for (QLineEdit *edit : {m_url, m_file, m_stamp})
        connect(edit, &QLineEdit::textChanged, this, &SyncSettingsDialog::revalidate);
    connect(m_fromFile, &QRadioButton::toggled, this, &SyncSettingsDialog::revalidate);
    connect(m_pull, &QCheckBox::toggled, this, &SyncSettingsDialog::revalidate);
    connect(m_push, &QCheckBox::toggled, this, &SyncSettingsDialog::revalidate);
    revalidate();
    resize(620, sizeHint().height());
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
                                                 : SyncSettings::CredentialSource::Environment;
    s.credentialFile = m_file->text().trimmed();
    return s;
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
    QString problem = SyncSettings::checkUrl(QUrl(m_url->text().trimmed()));
    if (problem.isEmpty() && !m_pull->isChecked() && !m_push->isChecked())
        problem = tr("choose pull, push or both");
    if (problem.isEmpty()) {
        // The same reading a run does, so credentials a run would refuse are refused here.
        const Parsed<VmmSyncOptions> options = settings().toOptions();
        if (!options)
            problem = options.error();
    }
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SyncSettingsDialog::browse()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("VMM Credentials File"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}

} // namespace ipam
