#pragma once

#include "syncsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ipam {

// Edits the VMM connection: service URL, provider address space, host groups, the periodic
// interval, pull/push, and where the credentials come from (the environment or a file
// readable only by the admin). The dialog says plainly that no password or token is saved.
// OK stays disabled, with the reason shown, until the URL and the credential source are usable.
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncSettingsDialog(const SyncSettings &settings, const QStringList &providerSpaces,
                       QWidget *parent = nullptr);

    SyncSettings settings() const;
    // The problem shown now; empty when OK is enabled.
    QString message() const;

private:
    void revalidate();
    void browse();

    QLineEdit *m_url = nullptr;
    QComboBox *m_space = nullptr;
    QLineEdit *m_hostGroups = nullptr;
    QLineEdit *m_stamp = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_pull = nullptr;
    QCheckBox *m_push = nullptr;
    QRadioButton *m_fromEnvironment = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_environmentState = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ipam
