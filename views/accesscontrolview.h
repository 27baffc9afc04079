#pragma once

#include "domain/accessgrants.h"
#include "write/writepath.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QDialog;
class QTableView;
class QToolBar;
class QVBoxLayout;

namespace ipam {

class AccessControlStore;

// What the three ACCESS CONTROL views (Roles, Access Scopes, Access Policies) share: the store
// they edit through, the acting principal's grants that enable or disable their actions (a
// disabled action's tooltip names the missing operation), a toolbar whose actions are also the
// view's context menu, the question before a removal, and how a refused edit is shown (the
// write path's message in a message box; the view stays as it was).
class AccessControlView : public QWidget
{
    Q_OBJECT
public:
    // Asked before a removal; true goes ahead. The default is a QMessageBox question.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    AccessControlView(AccessControlStore &store, QWidget *parent = nullptr);

    // Re-reads what the view shows, with the acting principal's grants as they are now.
    void refresh(const AccessGrants &grants);
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    QList<QAction *> editActions() const { return m_editActions; }
    QToolBar *toolBar() const { return m_toolBar; }
    // Adds an action that is not an edit (Effective Permissions...) to the toolbar and menu.
    void addViewAction(QAction *action);
    // The last refusal shown (for tests and the status bar).
    QString lastFailure() const { return m_lastFailure; }

    static QString requiresText(Operation operation);

Q_SIGNALS:
    // An edit was committed: every view of the node re-reads.
    void changed();
    void message(const QString &text);

protected:
    virtual void reload() = 0;        // reads the model from store()
    virtual void updateActions() = 0; // enables actions for the selection and grants()

    AccessControlStore &store() const { return m_store; }
    const AccessGrants &grants() const { return m_grants; }
    QVBoxLayout *contentLayout() const { return m_layout; }
    QAction *addEditAction(const QString &text, const char *icon, const QString &toolTip);
    // The list of a page: read-only rows selected one at a time, compact fixed-height rows,
    // columns as wide as their contents, added to the content layout with the toolbar's
    // actions as its context menu.
    QTableView *addListView(QAbstractItemModel *model, const QString &objectName);
    // Enabled when `why` is empty; otherwise disabled with `why` as its tooltip.
    static void gate(QAction *action, const QString &why);
    // Installs the toolbar's actions as the context menu of `view`.
    void useContextMenu(QWidget *view);
    bool confirm(const QString &title, const QString &text);
    // Committed: emits changed() and the success text; refused: shows its message.
    bool report(const WriteResult &result, const QString &title, const QString &success);
    void showFailure(const QString &title, const QString &text);
    // Opens `dialog` window-modally without blocking; an accepted one counts as an edit.
    void openDialog(QDialog *dialog, std::function<QString()> success);

private:
    AccessControlStore &m_store;
    AccessGrants m_grants;
    QVBoxLayout *m_layout = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_editActions;
    QList<QAction *> m_viewActions;
    Confirmation m_confirm;
    QString m_lastFailure;
};

} // namespace ipam
