#pragma once

#include "accesscontrolview.h"

class QTableView;

namespace ipam {

class AccessPolicyModel;

// The Access Policies view: one row per user or group with its (role, access scope) pairs;
// Add / Edit open the policy dialog, Delete removes every pair of the principal.
class AccessPoliciesPage : public AccessControlView
{
    Q_OBJECT
public:
    explicit AccessPoliciesPage(AccessControlStore &store, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AccessPolicyModel *model() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    int currentRow() const;
    bool selectPrincipal(const QString &userOrGroup, bool isGroup = false);

    void addPolicy();
    void editPolicy();
    void removePolicy();

protected:
    void reload() override;
    void updateActions() override;

private:
    // Does the principal hold `operation` in any scope (where a policy could be granted)?
    bool allowedSomewhere(Operation operation) const;

    QTableView *m_view = nullptr;
    AccessPolicyModel *m_model = nullptr;
    AccessScopeTree m_tree;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace ipam
