#pragma once

#include "syncsettings.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QPushButton;
class QSpinBox;
class QThread;

namespace ipam {

class SyncPasswordStore;
struct VmmConnectionCheck;

// Edits the VMM connection: service URL, provider address space, host groups, the periodic
// interval, pull/push, where the credentials come from (the environment, a file readable only
// by the admin, or a user and password entered here: the password kept by SyncPasswordStore,
// and the dialog says where), and HTTPS trust (a CA file, a SHA-256 pin). "Test connection"
// reads the service document and the logical networks on a worker thread with exactly the
// options a run would use, and shows the sets and stamps found or the exact failure. OK stays
// disabled, with the reason shown, until the URL, the credentials and the trust options are
// usable (the same checks as a run and as ipamctl's --ca-file/--pin).
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncSettingsDialog(const SyncSettings &settings, const QStringList &providerSpaces,
                       SyncPasswordStore &passwords, QWidget *parent = nullptr);
    ~SyncSettingsDialog() override;

    SyncSettings settings() const;
    // The password typed into the dialog; empty when none was typed (a known one is kept).
    QString typedPassword() const;
    // The problem shown now; empty when OK is enabled.
    QString message() const;
    // The last "Test connection" result as shown; empty before the first.
    QString testResult() const;

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    void revalidate();
    void browse();
    void browseCaFile();
    void testConnection();
    void showCheck(const VmmConnectionCheck &check);
    QString effectivePassword() const;

    QLineEdit *m_url = nullptr;
    QComboBox *m_space = nullptr;
    QLineEdit *m_hostGroups = nullptr;
    QLineEdit *m_stamp = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_pull = nullptr;
    QCheckBox *m_push = nullptr;
    QRadioButton *m_fromEnvironment = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QRadioButton *m_entered = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordWhere = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_environmentState = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SyncPasswordStore &m_passwords;
    // The running "Test connection", cancelled when the dialog goes.
    QPointer<QThread> m_testThread;
    std::shared_ptr<std::atomic<bool>> m_testCancelled;
};

} // namespace ipam
