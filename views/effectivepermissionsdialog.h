#pragma once

#include "domain/accessgrants.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ipam {

class AccessControlStore;
class EffectivePermissionsModel;

// "Effective Permissions": pick a principal (a user with the groups it belongs to, or a group)
// and an access scope (or start from an object's scope), and see every operation the principal
// may perform there and why: which policy (user or group), which role, granted in which scope.
// It reads the roles, scopes and policies once and answers each change of the inputs from them.
//
// It opens on the acting principal unless the opener shows another (showPrincipal: the user
// or group selected in Access Policies). "Member of" follows the typed user: the acting
// user's own groups for the acting user, the OS groups of any other (Principal::osGroupsOf),
// so the evaluation is never the acting user's groups under another name; the admin may
// still edit the list to ask "what if".
class EffectivePermissionsDialog : public QDialog
{
    Q_OBJECT
public:
    EffectivePermissionsDialog(AccessControlStore &store, const Principal &principal,
                               ObjectId scopeId = 0, QWidget *parent = nullptr);

    QLineEdit *principalEdit() const { return m_principal; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *groupsEdit() const { return m_groups; }
    QComboBox *scopeCombo() const { return m_scope; }
    QTableView *view() const { return m_view; }
    EffectivePermissionsModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }

    void setScope(ObjectId scopeId);
    // Shows a user (with its groups) or a group instead of the acting principal.
    void showPrincipal(const QString &userOrGroup, bool isGroup);
    // Re-reads roles, scopes and policies (after an edit elsewhere).
    void reload();

private:
    void update();
    Principal chosenPrincipal() const;
    void fillGroupsOfTypedUser();

    AccessControlStore &m_store;
    Principal m_acting;
    AccessScopeTree m_tree;
    QList<AccessPolicy> m_policies;
    QHash<ObjectId, UserRole> m_roles;
    QLineEdit *m_principal = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_groups = nullptr;
    QComboBox *m_scope = nullptr;
    QTableView *m_view = nullptr;
    EffectivePermissionsModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ipam
