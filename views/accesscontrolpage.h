#pragma once

#include "accesscontrolview.h"
#include "items/consoletreemodel.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace ipam {

class AccessControlStore;
class AccessPoliciesPage;
class AccessScopesPage;
class EffectivePermissionsDialog;
class RolesPage;
class WritePath;

// The centre pane of the ACCESS CONTROL nodes: an overview on ACCESS CONTROL itself, and the
// Roles, Access Scopes and Access Policies views on their nodes. It owns the AccessControlStore
// the views edit through (over the console's write path) and keeps them current: after their
// own edits at once, and after any commit of the write path (another dialog, a sync, a CSV
// import changing object counts) on the next turn of the event loop while shown, or when next
// shown otherwise, so a bulk import never pays for views nobody looks at.
class AccessControlPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccessControlPage(WritePath &writePath, QWidget *parent = nullptr);
    ~AccessControlPage() override;

    // Shows the view of an ACCESS CONTROL node (AccessControl, Roles, AccessScopes,
    // AccessPolicies).
    void showNode(ConsoleNodeKind kind);
    ConsoleNodeKind node() const { return m_node; }
    // Re-reads everything now, object counts included.
    void refresh();
    // The shown view's actions (for the actions pane), and a line for the details pane.
    QList<QAction *> currentActions() const;
    QString note() const;

    AccessControlStore &store() { return *m_store; }
    RolesPage *rolesPage() const { return m_roles; }
    AccessScopesPage *scopesPage() const { return m_scopes; }
    AccessPoliciesPage *policiesPage() const { return m_policies; }
    QAction *effectivePermissionsAction() const { return m_effective; }
    // Asked before removals in every view (tests answer it without a message box).
    void setConfirmation(AccessControlView::Confirmation confirmation);
    // Opens "Effective Permissions" for the acting principal, in `scopeId` (Global when 0).
    EffectivePermissionsDialog *showEffectivePermissions(ObjectId scopeId = 0);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onCommitted(const ipam::ChangeEvent &event);
    void scheduleRefresh();
    void reread();
    void updateOverview();

    WritePath &m_writePath;
    std::unique_ptr<AccessControlStore> m_store;
    ConsoleNodeKind m_node = ConsoleNodeKind::AccessControl;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_overview = nullptr;
    RolesPage *m_roles = nullptr;
    AccessScopesPage *m_scopes = nullptr;
    AccessPoliciesPage *m_policies = nullptr;
    QAction *m_effective = nullptr;
    bool m_stale = true;
    bool m_refreshQueued = false;
};

} // namespace ipam
