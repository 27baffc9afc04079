#include "accessscopespage.h"

#include "access/accesscontrolstore.h"
#include "accessscopedialog.h"
#include "items/accessscopemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace ipam {

AccessScopesPage::AccessScopesPage(AccessControlStore &store, QWidget *parent)
    : AccessControlView(store, parent)
{
    setObjectName(QStringLiteral("accessScopesPage"));
    m_add = addEditAction(tr("Add Access Scope..."), "scope",
                          tr("Add an access scope under the selected one"));
    m_edit = addEditAction(tr("Edit Access Scope..."), "edit",
                           tr("Rename the selected access scope or edit its description"));
    m_remove = addEditAction(tr("Delete Access Scope"), "delete",
                             tr("Delete the selected access scope and its child scopes"));
    m_model = new AccessScopeModel(store, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("accessScopeTree"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Drag a scope onto another to move it there; drops land on a node, never between two.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(true);
    m_view->setDropIndicatorShown(true);
    m_view->header()->setStretchLastSection(true);
    contentLayout()->addWidget(m_view, 1);
    useContextMenu(m_view);

    connect(m_add, &QAction::triggered, this, &AccessScopesPage::addScope);
    connect(m_edit, &QAction::triggered, this, &AccessScopesPage::editScope);
    connect(m_remove, &QAction::triggered, this, &AccessScopesPage::removeScope);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editScope();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessScopesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessScopesPage::updateActions);
    // New scopes show where they went; a moved one keeps its expansion (exact move).
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { m_view->expand(parent); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &to) { m_view->expand(to); });
    connect(m_model, &AccessScopeModel::scopeMoved, this, [this](ObjectId, const QString &text) {
        Q_EMIT changed();
        Q_EMIT message(text);
    });
    connect(m_model, &AccessScopeModel::moveRefused, this,
            [this](const QString &text) { showFailure(tr("Move Access Scope"), text); });
}

void AccessScopesPage::reload()
{
    const bool first = m_model->rowCount() == 0;
    if (m_countsStale) {
        m_countsStale = false;
        m_model->refresh();
    } else {
        m_model->refreshTree();
    }
    if (first) {
        m_view->expandAll();
        m_view->resizeColumnToContents(AccessScopeModel::NameColumn);
        // Global selected: "Add Access Scope" works at once, as the tree's root.
        if (m_model->rowCount() > 0)
            selectScope(AccessScope::globalName);
    }
}

ObjectId AccessScopesPage::currentScope() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isSelected(current)
            ? m_model->scopeIdOf(current)
            : 0;
}

bool AccessScopesPage::selectScope(const QString &path)
{
    const std::optional<ObjectId> id = m_model->tree().idForPath(path);
    if (!id)
        return false;
    const QModelIndex index = m_model->indexOf(*id);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void AccessScopesPage::updateActions()
{
    const ObjectId scope = currentScope();
    const AccessGrants &g = grants();
    if (!scope) {
        gate(m_add, tr("Select the access scope to add under"));
        gate(m_edit, tr("Select an access scope"));
        gate(m_remove, tr("Select an access scope"));
        return;
    }
    gate(m_add,
         g.allows(Operation::AddAccessScope, scope) ? QString()
                                                    : requiresText(Operation::AddAccessScope));
    const bool global = scope == AccessScope::globalId;
    gate(m_edit,
         g.allows(Operation::EditAccessScope, scope) ? QString()
                                                     : requiresText(Operation::EditAccessScope));
    if (global)
        gate(m_remove, tr("Access scope Global cannot be deleted"));
    else
        gate(m_remove,
             g.allows(Operation::DeleteAccessScope, scope)
                     ? QString()
                     : requiresText(Operation::DeleteAccessScope));
}

void AccessScopesPage::addScope()
{
    const ObjectId parent = currentScope();
    if (!parent)
        return;
    auto *dialog = new AccessScopeDialog(store(), AccessScopeDialog::Mode::Add,
                                         m_model->tree().path(parent), QString(), this);
    openDialog(dialog, [dialog] { return tr("Access scope %1 added.").arg(dialog->resultPath()); });
}

void AccessScopesPage::editScope()
{
    const ObjectId scope = currentScope();
    if (!scope)
        return;
    const AccessScope *s = m_model->tree().scope(scope);
    auto *dialog = new AccessScopeDialog(store(), AccessScopeDialog::Mode::Edit,
                                         m_model->tree().path(scope), s->description, this);
    if (scope == AccessScope::globalId)
        // Global keeps its name; its description may change.
        dialog->nameEdit()->setReadOnly(true);
    openDialog(dialog, [dialog] { return tr("Access scope %1 saved.").arg(dialog->resultPath()); });
}

void AccessScopesPage::removeScope()
{
    const ObjectId scope = currentScope();
    if (!scope)
        return;
    const AccessScopeTree &tree = m_model->tree();
    const QString path = tree.path(scope);
    const QString parentPath = tree.path(tree.scope(scope)->parentId);
    qint64 objects = 0;
    for (ObjectId id : tree.subtree(scope))
        objects += m_model->objectCount(id);
    const QString text = tr("Delete the access scope %1 and its %2 child scopes? Its %3 objects "
                            "move to %4; the access policies granted in it are deleted.")
                                 .arg(path)
                                 .arg(tree.subtree(scope).size() - 1)
                                 .arg(objects)
                                 .arg(parentPath);
    if (!confirm(tr("Delete Access Scope"), text))
        return;
    report(store().removeScope(path), tr("Delete Access Scope"),
           tr("Access scope %1 deleted.").arg(path));
}

} // namespace ipam
