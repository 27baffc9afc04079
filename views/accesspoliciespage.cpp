#include "accesspoliciespage.h"

#include "access/accesscontrolstore.h"
#include "items/accesspolicymodel.h"
#include "policydialog.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ipam {

AccessPoliciesPage::AccessPoliciesPage(AccessControlStore &store, QWidget *parent)
    : AccessControlView(store, parent)
{
    setObjectName(QStringLiteral("accessPoliciesPage"));
    m_add = addEditAction(tr("Add Access Policy..."), "policy",
                          tr("Grant a user or group roles in access scopes"));
    m_edit = addEditAction(tr("Edit Access Policy..."), "edit",
                           tr("Change the roles and access scopes of the selected user or group"));
    m_remove = addEditAction(tr("Delete Access Policy"), "delete",
                             tr("Delete every role and access scope of the selected user or "
                                "group"));
    m_model = new AccessPolicyModel(this);
    m_view = addListView(m_model, QStringLiteral("accessPolicyView"));

    connect(m_add, &QAction::triggered, this, &AccessPoliciesPage::addPolicy);
    connect(m_edit, &QAction::triggered, this, &AccessPoliciesPage::editPolicy);
    connect(m_remove, &QAction::triggered, this, &AccessPoliciesPage::removePolicy);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editPolicy();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPoliciesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessPoliciesPage::updateActions);
}

void AccessPoliciesPage::reload()
{
    AccessControlTables &tables = store().tables();
    m_tree = tables.scopeTree();
    m_model->setPolicies(tables.policies(), tables.rolesById(), m_tree);
}

int AccessPoliciesPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row())
            ? current.row()
            : -1;
}

bool AccessPoliciesPage::selectPrincipal(const QString &userOrGroup, bool isGroup)
{
    const int row = m_model->rowOf(PrincipalPolicy{userOrGroup, isGroup, {}}.key());
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool AccessPoliciesPage::allowedSomewhere(Operation operation) const
{
    for (const AccessScope &scope : m_tree.scopes()) {
        if (grants().allows(operation, scope.id))
            return true;
    }
    return false;
}

void AccessPoliciesPage::updateActions()
{
    const bool mayAdd = allowedSomewhere(Operation::AddAccessPolicy);
    gate(m_add, mayAdd ? QString() : requiresText(Operation::AddAccessPolicy));
    const int row = currentRow();
    if (row < 0) {
        gate(m_edit, tr("Select a user or group"));
        gate(m_remove, tr("Select a user or group"));
        return;
    }
    // Editing adds and removes pairs: it needs one of the two somewhere.
    const bool mayDeleteAll = [&] {
        for (const PrincipalPolicy::Pair &pair : m_model->policy(row).pairs) {
            if (!grants().allows(Operation::DeleteAccessPolicy, pair.scopeId))
                return false;
        }
        return true;
    }();
    gate(m_edit,
         mayAdd || allowedSomewhere(Operation::DeleteAccessPolicy)
                 ? QString()
                 : requiresText(Operation::AddAccessPolicy));
    gate(m_remove, mayDeleteAll ? QString() : requiresText(Operation::DeleteAccessPolicy));
}

void AccessPoliciesPage::addPolicy()
{
    auto *dialog = new PolicyDialog(store(), nullptr, this);
    openDialog(dialog,
               [dialog] { return tr("Access policy of %1 saved.").arg(dialog->principal()); });
}

void AccessPoliciesPage::editPolicy()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const PrincipalPolicy policy = m_model->policy(row);
    auto *dialog = new PolicyDialog(store(), &policy, this);
    openDialog(dialog,
               [dialog] { return tr("Access policy of %1 saved.").arg(dialog->principal()); });
}

void AccessPoliciesPage::removePolicy()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const PrincipalPolicy policy = m_model->policy(row);
    if (!confirm(tr("Delete Access Policy"),
                 tr("Delete the access policy of %1 (%2 role and access scope pairs)?")
                         .arg(policy.userOrGroup)
                         .arg(policy.pairs.size())))
        return;
    report(store().removePolicies(policy.userOrGroup), tr("Delete Access Policy"),
           tr("Access policy of %1 deleted.").arg(policy.userOrGroup));
}

} // namespace ipam
