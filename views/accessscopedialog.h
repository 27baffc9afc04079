#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ipam {

class AccessControlStore;

// Adds an access scope under a parent, or renames one and edits its description, through
// AccessControlStore (the write path). A refusal is shown in the dialog, which stays open.
class AccessScopeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit };
    // Add: `path` is the new scope's parent; Edit: the scope itself.
    AccessScopeDialog(AccessControlStore &store, Mode mode, const QString &path,
                      const QString &description = {}, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLabel *messageLabel() const { return m_message; }
    // The scope's path after OK.
    QString resultPath() const;

    void accept() override;

private:
    void validate();

    AccessControlStore &m_store;
    Mode m_mode;
    QString m_path;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ipam
