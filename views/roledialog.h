#pragma once

#include "domain/userrole.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ipam {

class AccessControlStore;
class OperationTreeModel;

// Adds, edits or shows a role: its name, description and operations, as a tree of IPAM's
// operation groups with tri-state checkboxes (checking a group checks all it may), a filter
// box over the operations, and "N of 53 operations selected". Built-in roles (and roles the
// principal may not edit) open read-only: fields locked, no OK. OK sends the role through
// AccessControlStore (addRole or setRole: the write path); a refusal is shown in the dialog,
// which stays open.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit, View };

    // Add: `role` pre-fills it (a copy); Edit/View: the stored role.
    RoleDialog(AccessControlStore &store, Mode mode, const UserRole &role = {},
               QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *operationView() const { return m_view; }
    OperationTreeModel *operationModel() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    QLabel *countLabel() const { return m_count; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString roleName() const;

    void accept() override;

private:
    void validate();
    void updateCount();

    AccessControlStore &m_store;
    Mode m_mode;
    UserRole m_original;
    QStringList m_takenNames; // lower-cased, read once: validation runs per keystroke
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    OperationTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ipam
