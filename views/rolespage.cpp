#include "rolespage.h"

#include "access/accesscontrolstore.h"
#include "items/rolelistmodel.h"
#include "roledialog.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ipam {

RolesPage::RolesPage(AccessControlStore &store, QWidget *parent)
    : AccessControlView(store, parent)
{
    setObjectName(QStringLiteral("rolesPage"));
    m_add = addEditAction(tr("Add User Role..."), "role", tr("Add a custom role"));
    m_edit = addEditAction(tr("Edit User Role..."), "edit",
                           tr("Edit the selected role (built-in roles open read-only)"));
    m_copy = addEditAction(tr("Copy User Role..."), "copy",
                           tr("Add a role that starts from the selected one"));
    m_remove = addEditAction(tr("Delete User Role"), "delete", tr("Delete the selected role"));
    m_model = new RoleListModel(this);
    m_view = addListView(m_model, QStringLiteral("roleView"));
    // Name, count and type as wide as they need; the description takes the rest.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(RoleListModel::DescriptionColumn,
                                                     QHeaderView::Stretch);

    connect(m_add, &QAction::triggered, this, &RolesPage::addRole);
    connect(m_edit, &QAction::triggered, this, &RolesPage::editRole);
    connect(m_copy, &QAction::triggered, this, &RolesPage::copyRole);
    connect(m_remove, &QAction::triggered, this, &RolesPage::removeRole);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RolesPage::editRole);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RolesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RolesPage::updateActions);
}

void RolesPage::reload()
{
    m_model->setRoles(store().tables().roles());
}

int RolesPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row())
            ? current.row()
            : -1;
}

bool RolesPage::selectRole(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->role(row).name == name) {
            m_view->selectRow(row);
            m_view->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void RolesPage::updateActions()
{
    const int row = currentRow();
    const bool builtIn = row >= 0 && m_model->role(row).isBuiltIn;
    const AccessGrants &g = grants();
    const ObjectId global = AccessScope::globalId;
    gate(m_add,
         g.allows(Operation::AddRole, global) ? QString() : requiresText(Operation::AddRole));
    // Built-in roles (and all roles without Edit role) can always be opened to read.
    const bool mayEdit = g.allows(Operation::EditRole, global);
    if (row < 0)
        gate(m_edit, tr("Select a role"));
    else
        gate(m_edit, QString());
    m_edit->setText(row >= 0 && (builtIn || !mayEdit) ? tr("View User Role...")
                                                      : tr("Edit User Role..."));
    if (row >= 0 && builtIn)
        m_edit->setToolTip(tr("Built-in roles are read-only: copy one to change it"));
    else if (row >= 0 && !mayEdit)
        m_edit->setToolTip(tr("Read-only. %1").arg(requiresText(Operation::EditRole)));
    if (row < 0)
        gate(m_copy, tr("Select a role to copy"));
    else
        gate(m_copy,
             g.allows(Operation::AddRole, global) ? QString() : requiresText(Operation::AddRole));
    if (row < 0)
        gate(m_remove, tr("Select a role"));
    else if (builtIn)
        gate(m_remove, tr("Built-in roles cannot be deleted"));
    else
        gate(m_remove,
             g.allows(Operation::DeleteRole, global) ? QString()
                                                     : requiresText(Operation::DeleteRole));
}

void RolesPage::addRole()
{
    auto *dialog = new RoleDialog(store(), RoleDialog::Mode::Add, {}, this);
    openDialog(dialog, [dialog] { return tr("Role %1 added.").arg(dialog->roleName()); });
}

void RolesPage::editRole()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const UserRole role = m_model->role(row);
    const bool editable
            = !role.isBuiltIn && grants().allows(Operation::EditRole, AccessScope::globalId);
    auto *dialog = new RoleDialog(
            store(), editable ? RoleDialog::Mode::Edit : RoleDialog::Mode::View, role, this);
    if (!editable) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    openDialog(dialog, [dialog] { return tr("Role %1 saved.").arg(dialog->roleName()); });
}

void RolesPage::copyRole()
{
    const int row = currentRow();
    if (row < 0)
        return;
    UserRole copy = m_model->role(row);
    copy.id = 0;
    copy.isBuiltIn = false;
    copy.name = tr("Copy of %1").arg(copy.name);
    // A custom role cannot hold what only IPAM Administrator Role may (the store refuses it).
    for (Operation o : copy.operations.toList()) {
        if (operationInfo(o).adminRoleOnly)
            copy.operations.remove(o);
    }
    auto *dialog = new RoleDialog(store(), RoleDialog::Mode::Add, copy, this);
    openDialog(dialog, [dialog] { return tr("Role %1 added.").arg(dialog->roleName()); });
}

void RolesPage::removeRole()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->role(row).name;
    if (!confirm(tr("Delete User Role"), tr("Delete the role \"%1\"?").arg(name)))
        return;
    report(store().removeRole(name), tr("Delete User Role"), tr("Role %1 deleted.").arg(name));
}

} // namespace ipam
