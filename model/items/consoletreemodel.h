#pragma once

#include "domain/utilization.h"
#include "items/resultfilter.h"
#include "items/subnettable.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <functional>
#include <memory>
#include <vector>

class QMimeData;

namespace ipam {

class NetworkDirectory;
class SubnetModel;

enum class ConsoleNodeKind : quint8 {
    Root,             // IPAM
    AddressSpaceRoot, // IP ADDRESS SPACE
    Blocks,           // IP Address Blocks
    Inventory,        // IP Address Inventory
    RangeGroups,      // IP Address Range Groups
    Virtualized,      // VIRTUALIZED IP ADDRESS SPACE
    ProviderSpaces,   // Provider IP Address Space
    CustomerSpaces,   // Customer IP Address Space
    ProviderSpace,    // <provider space>
    LogicalNetwork,   // <VMM logical network>
    NetworkSite,      // <network site>
    CustomerSpace,    // <customer space>
    VmNetwork,        // <VM network>
    AccessControl,    // ACCESS CONTROL
    Roles,
    AccessScopes,
    AccessPolicies,
    Audit,  // AUDIT
    Alerts, // ALERTS: the utilization alerts raised now
};

// The console tree, as IPAM's navigation pane shows it:
//
//   IPAM ▸ IP ADDRESS SPACE (IP Address Blocks / Inventory / Range Groups)
//        ▸ VIRTUALIZED IP ADDRESS SPACE ▸ Provider IP Address Space ▸ space ▸ logical network ▸
//        site
//                                       ▸ Customer IP Address Space ▸ space ▸ VM network
//        ▸ ACCESS CONTROL (Roles, Access Scopes, Access Policies) ▸ AUDIT ▸ ALERTS
//
// Typed nodes (kind + object id) behind internal pointers; the children of spaces, logical
// networks and the space groups are created when first expanded (canFetchMore/fetchMore), so a
// fabric of 1,000 logical networks x 10 sites costs nothing until someone opens it. Each node
// answers its subnet count and utilization for the current family (ItemRole::SubnetCount,
// UtilizationPercent, UtilizationStatus): totals are summed per placement, once per change,
// not per node. Containers added, renamed or removed (NetworkDirectory) become exact
// insert/move/remove notifications, so expansion and selection survive.
//
// Drops: provider space, logical network and site nodes (and customer spaces and VM networks,
// to refuse with a reason) take the subnet MIME type and text/plain through a DropHandler,
// which ConsoleModels installs (SubnetAssignment); without one nothing is droppable.
class ConsoleTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // Asked with apply=false while dragging (may the drop happen? `reason` says why not) and
    // with apply=true on the drop itself.
    using DropHandler = std::function<bool(const QMimeData *data, ConsoleNodeKind kind, ObjectId id,
                                           bool apply, QString *reason)>;

    ConsoleTreeModel(const NetworkDirectory &directory, const SubnetModel &subnets,
                     QObject *parent = nullptr);
    ~ConsoleTreeModel() override;

    void setFamily(Family family);
    Family family() const { return m_family; }
    void setThresholds(const UtilizationThresholds &thresholds) { m_thresholds = thresholds; }
    void setDropHandler(DropHandler handler) { m_dropHandler = std::move(handler); }

    ConsoleNodeKind kindOf(const QModelIndex &index) const;
    ObjectId objectIdOf(const QModelIndex &index) const;
    Scope scopeOf(const QModelIndex &index) const;
    static Scope scopeOf(ConsoleNodeKind kind, ObjectId id);
    static QString title(ConsoleNodeKind kind);
    // The node of a kind (and object), fetching its ancestors; invalid when it does not exist.
    QModelIndex indexOf(ConsoleNodeKind kind, ObjectId id = 0);
    // A node by its display names from the top, separated by '/', case-insensitive:
    // "IPAM/VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/Storage/Site 1".
    // The leading "IPAM/" may be left out.
    QModelIndex indexOfPath(const QString &path);
    QString pathOf(const QModelIndex &index) const;
    SubnetTable::Totals totalsOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    Node *addStatic(Node *parent, ConsoleNodeKind kind);
    bool isLazy(const Node *node) const;
    QList<ObjectId> childIdsOf(const Node *node) const;
    ConsoleNodeKind childKindOf(const Node *node) const;
    QString nameOf(const Node *node) const;
    Node *parentNodeFor(ObjectKind kind, ObjectId id) const;
    int insertionRow(const Node *parent, ConsoleNodeKind kind, ObjectId id) const;
    void forget(Node *node);
    void renumber(Node *parent, int from);
    void ensureTotals() const;
    SubnetTable::Totals totalsOf(const Node *node) const;
    void emitTotalsChanged(Node *node);
    QIcon iconOf(ConsoleNodeKind kind) const;

    void onObjectAdded(ObjectKind kind, ObjectId id);
    void onObjectChanged(ObjectKind kind, ObjectId id);
    void onObjectAboutToBeRemoved(ObjectKind kind, ObjectId id);
    void onDirectoryReset();

    const NetworkDirectory &m_directory;
    const SubnetModel &m_subnets;
    std::unique_ptr<Node> m_root; // invisible; its one child is IPAM
    QHash<QPair<int, ObjectId>, Node *> m_dynamic;
    Family m_family = Family::V4;
    UtilizationThresholds m_thresholds;
    DropHandler m_dropHandler;

    mutable bool m_totalsValid = false;
    mutable QHash<QPair<int, ObjectId>, SubnetTable::Totals> m_totals;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace ipam

Q_DECLARE_METATYPE(ipam::ConsoleNodeKind)
