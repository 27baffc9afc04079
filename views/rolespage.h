#pragma once

#include "accesscontrolview.h"

class QTableView;

namespace ipam {

class RoleListModel;

// The Roles view: every role, built-in ones marked, with Add / Edit / Copy / Remove. Built-in
// roles open read-only (as does any role for a principal without Edit role); Copy opens the
// Add dialog filled from the selected role; Remove is refused by the store while a policy uses
// the role, and its message is shown.
class RolesPage : public AccessControlView
{
    Q_OBJECT
public:
    explicit RolesPage(AccessControlStore &store, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RoleListModel *model() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *copyAction() const { return m_copy; }
    QAction *removeAction() const { return m_remove; }
    // The selected role's row, -1 when none.
    int currentRow() const;
    bool selectRole(const QString &name);

    void addRole();
    void editRole();
    void copyRole();
    void removeRole();

protected:
    void reload() override;
    void updateActions() override;

private:
    QTableView *m_view = nullptr;
    RoleListModel *m_model = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace ipam
