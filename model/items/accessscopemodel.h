#pragma once

#include "domain/accessgrants.h"
#include "domain/accessscope.h"

#include <QAbstractItemModel>
#include <QHash>

namespace ipam {

class AccessControlStore;

// The Access Scopes view: the scope tree under Global (children by name), with the number of
// address-space objects whose effective scope each one is ("Objects") and its description.
//
// refresh() re-reads the tree and the counts (one grouped query) and turns the difference into
// exact notifications: new scopes inserted, removed ones removed, moved or renamed ones moved
// (beginMoveRows, so a moved scope keeps its expansion and selection), changed names, counts
// and descriptions as dataChanged. Nodes are keyed by scope id, which is the index's internal id.
//
// Drag and drop moves a scope under another one through AccessControlStore::moveScope (the
// write path: authorized, audited). Drops onto the scope itself or one of its descendants, of
// Global, onto the current parent, or where the acting principal lacks Edit access scope are
// refused before they happen; whyNotDrop() says why.
class AccessScopeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ObjectsColumn, DescriptionColumn, ColumnCount };
    enum Role {
        ScopeIdRole = Qt::UserRole + 100, // qint64
        PathRole,                         // "Global/East"
        ObjectCountRole,                  // qint64
    };

    explicit AccessScopeModel(AccessControlStore &store, QObject *parent = nullptr);

    // Re-reads the scopes, the object counts and the acting principal's grants.
    void refresh();
    // The same without the counts, which stay as they were: counting scans every object table
    // (about 0.3 s for 11 million objects on SQLite), while most access-control edits (roles,
    // policies, renames) cannot change a count.
    void refreshTree();
    // The same from values already read (for tests and for a caller that read them).
    void apply(const AccessScopeTree &tree, const QHash<ObjectId, qint64> &counts,
               const AccessGrants &grants);

    const AccessScopeTree &tree() const { return m_tree; }
    QModelIndex indexOf(ObjectId scopeId, int column = 0) const;
    ObjectId scopeIdOf(const QModelIndex &index) const;
    QString pathOf(const QModelIndex &index) const;
    qint64 objectCount(ObjectId scopeId) const { return m_counts.value(scopeId); }

    // Why `scopeId` cannot be moved under `newParentId` ("" when it can).
    QString whyNotMove(ObjectId scopeId, ObjectId newParentId) const;
    static QString mimeType() { return QStringLiteral("application/x-ipam-access-scope"); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    // A drop was carried out (the scope now lies under its new parent) or refused (message).
    void scopeMoved(ipam::ObjectId scopeId, const QString &message);
    void moveRefused(const QString &message);

private:
    struct Node
    {
        ObjectId parent = 0; // 0: the invisible root (Global's parent)
        QList<ObjectId> children;
    };
    QModelIndex nodeIndex(ObjectId id, int column = 0) const;
    int rowOf(ObjectId id) const;
    QList<ObjectId> sortedChildren(const AccessScopeTree &tree, ObjectId parent) const;
    std::optional<ObjectId> droppedScope(const QMimeData *data) const;
    void removeNode(ObjectId id);

    AccessControlStore &m_store;
    AccessScopeTree m_tree;
    QHash<ObjectId, Node> m_nodes; // key 0 is the invisible root
    QHash<ObjectId, qint64> m_counts;
    AccessGrants m_grants;
};

} // namespace ipam
