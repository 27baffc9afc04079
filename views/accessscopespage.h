#pragma once

#include "accesscontrolview.h"

class QTreeView;

namespace ipam {

class AccessScopeModel;

// The Access Scopes view: the scope tree with the number of objects in each scope; Add (a child
// of the selected scope), Edit (rename, description), Delete (its subtree: the objects move to
// its parent, the policies granted in it go) and moving a scope by dragging it onto another.
class AccessScopesPage : public AccessControlView
{
    Q_OBJECT
public:
    explicit AccessScopesPage(AccessControlStore &store, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    AccessScopeModel *model() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    ObjectId currentScope() const;
    bool selectScope(const QString &path);

    // The next refresh re-reads the object counts too (objects or scopes changed).
    void setCountsStale() { m_countsStale = true; }

    void addScope();
    void editScope();
    void removeScope();

protected:
    void reload() override;
    void updateActions() override;

private:
    QTreeView *m_view = nullptr;
    AccessScopeModel *m_model = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    bool m_countsStale = true;
};

} // namespace ipam
