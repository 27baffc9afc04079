#include "accessscopemodel.h"

#include "access/accesscontrolstore.h"

#include <QMimeData>

#include <algorithm>

namespace ipam {

AccessScopeModel::AccessScopeModel(AccessControlStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    m_nodes.insert(0, Node());
}

void AccessScopeModel::refresh()
{
    AccessControlTables &tables = m_store.tables();
    apply(tables.scopeTree(), tables.objectCounts(), m_store.grants());
}

void AccessScopeModel::refreshTree()
{
    apply(m_store.tables().scopeTree(), m_counts, m_store.grants());
}

QList<ObjectId> AccessScopeModel::sortedChildren(const AccessScopeTree &tree, ObjectId parent) const
{
    if (parent == 0)
        return tree.contains(AccessScope::globalId) ? QList<ObjectId>{AccessScope::globalId}
                                                    : QList<ObjectId>();
    QList<ObjectId> children = tree.children(parent);
    std::sort(children.begin(), children.end(), [&](ObjectId a, ObjectId b) {
        const int c = tree.scope(a)->name.compare(tree.scope(b)->name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return children;
}

void AccessScopeModel::apply(const AccessScopeTree &tree, const QHash<ObjectId, qint64> &counts,
                             const AccessGrants &grants)
{
    const AccessScopeTree oldTree = m_tree;
    const QHash<ObjectId, qint64> oldCounts = m_counts;
    // The new values first, so that every row the views ask about during the notifications
    // answers what it will show afterwards.
    m_tree = tree;
    m_counts = counts;
    m_grants = grants;

    // 1. Top down over the new tree: each parent's children put in order, by moving those that
    // exist (here or under another parent) and inserting the new ones. A parent is in its final
    // place before its children are handled, so no move ever goes into its own subtree.
    QList<ObjectId> queue{0};
    for (qsizetype q = 0; q < queue.size(); ++q) {
        const ObjectId parentId = queue.at(q);
        const QList<ObjectId> targets = sortedChildren(tree, parentId);
        for (int i = 0; i < targets.size(); ++i) {
            const ObjectId id = targets.at(i);
            queue.append(id);
            const QList<ObjectId> &current = m_nodes[parentId].children;
            if (i < current.size() && current.at(i) == id)
                continue;
            const auto existing = m_nodes.constFind(id);
            if (existing != m_nodes.constEnd()) {
                const ObjectId oldParent = existing->parent;
                const int from = rowOf(id);
                beginMoveRows(nodeIndex(oldParent), from, from, nodeIndex(parentId), i);
                m_nodes[oldParent].children.removeAt(from);
                m_nodes[parentId].children.insert(i, id);
                m_nodes[id].parent = parentId;
                endMoveRows();
            } else {
                beginInsertRows(nodeIndex(parentId), i, i);
                m_nodes[parentId].children.insert(i, id);
                m_nodes.insert(id, Node{parentId, {}});
                endInsertRows();
            }
        }
    }
    // 2. What is left of the old tree (its survivors have moved out above), top-most first.
    QList<ObjectId> gone;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.key() != 0 && !tree.contains(it.key())
            && (it->parent == 0 || tree.contains(it->parent)))
            gone.append(it.key());
    }
    for (ObjectId id : std::as_const(gone)) {
        const ObjectId parentId = m_nodes.value(id).parent;
        const int row = rowOf(id);
        beginRemoveRows(nodeIndex(parentId), row, row);
        removeNode(id);
        m_nodes[parentId].children.removeAt(row);
        endRemoveRows();
    }
    // 3. Scopes that stayed but read differently.
    for (const AccessScope &scope : tree.scopes()) {
        const AccessScope *before = oldTree.scope(scope.id);
        if (!before)
            continue;
        if (before->name != scope.name || before->description != scope.description
            || oldCounts.value(scope.id) != counts.value(scope.id))
            Q_EMIT dataChanged(nodeIndex(scope.id, 0), nodeIndex(scope.id, ColumnCount - 1));
    }
}

void AccessScopeModel::removeNode(ObjectId id)
{
    const Node node = m_nodes.take(id);
    for (ObjectId child : node.children)
        removeNode(child);
}

int AccessScopeModel::rowOf(ObjectId id) const
{
    const auto node = m_nodes.constFind(id);
    if (node == m_nodes.constEnd())
        return -1;
    return int(m_nodes.value(node->parent).children.indexOf(id));
}

QModelIndex AccessScopeModel::nodeIndex(ObjectId id, int column) const
{
    if (id == 0)
        return {};
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(id));
}

QModelIndex AccessScopeModel::indexOf(ObjectId scopeId, int column) const
{
    return nodeIndex(scopeId, column);
}

ObjectId AccessScopeModel::scopeIdOf(const QModelIndex &index) const
{
    return index.isValid() ? ObjectId(index.internalId()) : 0;
}

QString AccessScopeModel::pathOf(const QModelIndex &index) const
{
    return m_tree.path(scopeIdOf(index));
}

QModelIndex AccessScopeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const auto node = m_nodes.constFind(parent.isValid() ? ObjectId(parent.internalId()) : 0);
    if (node == m_nodes.constEnd() || row >= node->children.size())
        return {};
    return createIndex(row, column, quintptr(node->children.at(row)));
}

QModelIndex AccessScopeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return nodeIndex(m_nodes.value(ObjectId(child.internalId())).parent);
}

int AccessScopeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes.value(parent.isValid() ? ObjectId(parent.internalId()) : 0).children.size());
}

int AccessScopeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AccessScopeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const ObjectId id = ObjectId(index.internalId());
    const AccessScope *scope = m_tree.scope(id);
    if (!scope)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return scope->name;
        case ObjectsColumn:
            return m_counts.value(id);
        case DescriptionColumn:
            return scope->description;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ObjectsColumn)
            return tr("Address-space objects whose access scope is %1 (not counting its "
                      "child scopes)")
                    .arg(m_tree.path(id));
        return m_tree.path(id);
    case Qt::TextAlignmentRole:
        if (index.column() == ObjectsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ScopeIdRole:
        return id;
    case PathRole:
        return m_tree.path(id);
    case ObjectCountRole:
        return m_counts.value(id);
    }
    return {};
}

QVariant AccessScopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Access Scope");
    case ObjectsColumn:
        return tr("Objects");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

Qt::ItemFlags AccessScopeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    const ObjectId id = ObjectId(index.internalId());
    if (id != AccessScope::globalId && m_grants.allows(Operation::EditAccessScope, id))
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QString AccessScopeModel::whyNotMove(ObjectId scopeId, ObjectId newParentId) const
{
    const AccessScope *scope = m_tree.scope(scopeId);
    const AccessScope *parent = m_tree.scope(newParentId);
    if (!scope || !parent)
        return tr("That access scope no longer exists.");
    const QString path = m_tree.path(scopeId);
    if (scope->isGlobal())
        return tr("Access scope Global cannot be moved.");
    if (m_tree.isWithin(newParentId, scopeId))
        return tr("%1 cannot move into itself or one of its child scopes.").arg(path);
    if (scope->parentId == newParentId)
        return tr("%1 is already in %2.").arg(path, m_tree.path(newParentId));
    for (ObjectId sibling : m_tree.children(newParentId)) {
        if (m_tree.scope(sibling)->name.compare(scope->name, Qt::CaseInsensitive) == 0)
            return tr("%1 already has an access scope named %2.")
                    .arg(m_tree.path(newParentId), scope->name);
    }
    if (!m_grants.allows(Operation::EditAccessScope, scopeId)
        || !m_grants.allows(Operation::EditAccessScope, newParentId))
        return tr("Requires the operation: %1").arg(toString(Operation::EditAccessScope));
    return QString();
}

QStringList AccessScopeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *AccessScopeModel::mimeData(const QModelIndexList &indexes) const
{
    // One scope per drag: the first selected one (the view selects single rows).
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == 0) {
            auto *data = new QMimeData;
            data->setData(mimeType(), QByteArray::number(scopeIdOf(index)));
            return data;
        }
    }
    return nullptr;
}

std::optional<ObjectId> AccessScopeModel::droppedScope(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    bool ok = false;
    const ObjectId id = data->data(mimeType()).trimmed().toLongLong(&ok);
    return ok ? std::optional<ObjectId>(id) : std::nullopt;
}

bool AccessScopeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    // A drop between two rows lands in their parent, as a drop onto the parent would.
    const std::optional<ObjectId> scope = droppedScope(data);
    return scope && action == Qt::MoveAction && parent.isValid()
            && whyNotMove(*scope, scopeIdOf(parent)).isEmpty();
}

bool AccessScopeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent)
{
    const std::optional<ObjectId> scope = droppedScope(data);
    if (!scope || action != Qt::MoveAction || !parent.isValid())
        return false;
    const ObjectId target = scopeIdOf(parent);
    if (const QString why = whyNotMove(*scope, target); !why.isEmpty()) {
        Q_EMIT moveRefused(why);
        return false;
    }
    const QString from = m_tree.path(*scope);
    const QString to = m_tree.path(target);
    const WriteResult result = m_store.moveScope(from, to);
    refresh();
    if (!result.ok()) {
        Q_EMIT moveRefused(result.message);
        return false;
    }
    Q_EMIT scopeMoved(*scope, tr("Moved %1 into %2.").arg(from, to));
    return true;
}

} // namespace ipam
