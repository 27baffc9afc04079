#include "consoletreemodel.h"

#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/subnetmodel.h"

#include <QMimeData>

namespace ipam {

struct ConsoleTreeModel::Node
{
    ConsoleNodeKind kind = ConsoleNodeKind::Root;
    ObjectId id = 0;
    Node *parent = nullptr;
    int row = 0;
    bool populated = true;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QPair<int, ObjectId> key(ConsoleNodeKind kind, ObjectId id)
{
    return {int(kind), id};
}

QPair<int, ObjectId> totalsKey(Scope::Kind kind, ObjectId id)
{
    return {int(kind), id};
}

} // namespace

ConsoleTreeModel::ConsoleTreeModel(const NetworkDirectory &directory, const SubnetModel &subnets,
                                   QObject *parent)
    : QAbstractItemModel(parent)
    , m_directory(directory)
    , m_subnets(subnets)
    , m_root(std::make_unique<Node>())
{
    Node *ipam = addStatic(m_root.get(), ConsoleNodeKind::Root);
    Node *space = addStatic(ipam, ConsoleNodeKind::AddressSpaceRoot);
    addStatic(space, ConsoleNodeKind::Blocks);
    addStatic(space, ConsoleNodeKind::Inventory);
    addStatic(space, ConsoleNodeKind::RangeGroups);
    Node *virtualized = addStatic(ipam, ConsoleNodeKind::Virtualized);
    addStatic(virtualized, ConsoleNodeKind::ProviderSpaces)->populated = false;
    addStatic(virtualized, ConsoleNodeKind::CustomerSpaces)->populated = false;
    Node *access = addStatic(ipam, ConsoleNodeKind::AccessControl);
    addStatic(access, ConsoleNodeKind::Roles);
    addStatic(access, ConsoleNodeKind::AccessScopes);
    addStatic(access, ConsoleNodeKind::AccessPolicies);
    addStatic(ipam, ConsoleNodeKind::Audit);
    addStatic(ipam, ConsoleNodeKind::Alerts);

    connect(&directory, &NetworkDirectory::objectAdded, this, &ConsoleTreeModel::onObjectAdded);
    connect(&directory, &NetworkDirectory::objectChanged, this, &ConsoleTreeModel::onObjectChanged);
    connect(&directory, &NetworkDirectory::objectAboutToBeRemoved, this,
            &ConsoleTreeModel::onObjectAboutToBeRemoved);
    connect(&directory, &NetworkDirectory::reset, this, &ConsoleTreeModel::onDirectoryReset);
    auto totalsChanged = [this] {
        m_totalsValid = false;
        emitTotalsChanged(m_root.get());
    };
    connect(&subnets, &SubnetModel::placementsChanged, this, totalsChanged);
    connect(&subnets, &QAbstractItemModel::modelReset, this, totalsChanged);
}

ConsoleTreeModel::~ConsoleTreeModel() = default;

ConsoleTreeModel::Node *ConsoleTreeModel::addStatic(Node *parent, ConsoleNodeKind kind)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->parent = parent;
    node->row = int(parent->children.size());
    Node *raw = node.get();
    parent->children.push_back(std::move(node));
    m_dynamic.insert(key(kind, 0), raw);
    return raw;
}

QString ConsoleTreeModel::title(ConsoleNodeKind kind)
{
    switch (kind) {
    case ConsoleNodeKind::Root:
        return QStringLiteral("IPAM");
    case ConsoleNodeKind::AddressSpaceRoot:
        return tr("IP ADDRESS SPACE");
    case ConsoleNodeKind::Blocks:
        return tr("IP Address Blocks");
    case ConsoleNodeKind::Inventory:
        return tr("IP Address Inventory");
    case ConsoleNodeKind::RangeGroups:
        return tr("IP Address Range Groups");
    case ConsoleNodeKind::Virtualized:
        return tr("VIRTUALIZED IP ADDRESS SPACE");
    case ConsoleNodeKind::ProviderSpaces:
        return tr("Provider IP Address Space");
    case ConsoleNodeKind::CustomerSpaces:
        return tr("Customer IP Address Space");
    case ConsoleNodeKind::AccessControl:
        return tr("ACCESS CONTROL");
    case ConsoleNodeKind::Roles:
        return tr("Roles");
    case ConsoleNodeKind::AccessScopes:
        return tr("Access Scopes");
    case ConsoleNodeKind::AccessPolicies:
        return tr("Access Policies");
    case ConsoleNodeKind::Audit:
        return tr("AUDIT");
    case ConsoleNodeKind::Alerts:
        return tr("ALERTS");
    default:
        return {};
    }
}

Scope ConsoleTreeModel::scopeOf(ConsoleNodeKind kind, ObjectId id)
{
    switch (kind) {
    case ConsoleNodeKind::Root:
    case ConsoleNodeKind::Virtualized:
        return {Scope::Kind::Everything, 0};
    case ConsoleNodeKind::AddressSpaceRoot:
    case ConsoleNodeKind::Blocks:
    case ConsoleNodeKind::Inventory:
    case ConsoleNodeKind::RangeGroups:
        return {Scope::Kind::DefaultSpace, 0};
    case ConsoleNodeKind::ProviderSpaces:
        return {Scope::Kind::ProviderSpaces, 0};
    case ConsoleNodeKind::CustomerSpaces:
        return {Scope::Kind::CustomerSpaces, 0};
    case ConsoleNodeKind::ProviderSpace:
    case ConsoleNodeKind::CustomerSpace:
        return {Scope::Kind::Space, id};
    case ConsoleNodeKind::LogicalNetwork:
        return {Scope::Kind::LogicalNetwork, id};
    case ConsoleNodeKind::NetworkSite:
        return {Scope::Kind::NetworkSite, id};
    case ConsoleNodeKind::VmNetwork:
        return {Scope::Kind::VmNetwork, id};
    default:
        return {Scope::Kind::Nothing, 0};
    }
}

ConsoleTreeModel::Node *ConsoleTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ConsoleTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

ConsoleNodeKind ConsoleTreeModel::kindOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->kind : ConsoleNodeKind::Root;
}

ObjectId ConsoleTreeModel::objectIdOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : 0;
}

Scope ConsoleTreeModel::scopeOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return scopeOf(node->kind, node->id);
}

bool ConsoleTreeModel::isLazy(const Node *node) const
{
    switch (node->kind) {
    case ConsoleNodeKind::ProviderSpaces:
    case ConsoleNodeKind::CustomerSpaces:
    case ConsoleNodeKind::ProviderSpace:
    case ConsoleNodeKind::LogicalNetwork:
    case ConsoleNodeKind::CustomerSpace:
        return true;
    default:
        return false;
    }
}

ConsoleNodeKind ConsoleTreeModel::childKindOf(const Node *node) const
{
    switch (node->kind) {
    case ConsoleNodeKind::ProviderSpaces:
        return ConsoleNodeKind::ProviderSpace;
    case ConsoleNodeKind::CustomerSpaces:
        return ConsoleNodeKind::CustomerSpace;
    case ConsoleNodeKind::ProviderSpace:
        return ConsoleNodeKind::LogicalNetwork;
    case ConsoleNodeKind::LogicalNetwork:
        return ConsoleNodeKind::NetworkSite;
    case ConsoleNodeKind::CustomerSpace:
        return ConsoleNodeKind::VmNetwork;
    default:
        return ConsoleNodeKind::Root;
    }
}

QList<ObjectId> ConsoleTreeModel::childIdsOf(const Node *node) const
{
    switch (node->kind) {
    case ConsoleNodeKind::ProviderSpaces:
        return m_directory.spaces(AddressSpaceType::Provider);
    case ConsoleNodeKind::CustomerSpaces:
        return m_directory.spaces(AddressSpaceType::Customer);
    case ConsoleNodeKind::ProviderSpace:
        return m_directory.logicalNetworksOf(node->id);
    case ConsoleNodeKind::LogicalNetwork:
        return m_directory.sitesOf(node->id);
    case ConsoleNodeKind::CustomerSpace:
        return m_directory.vmNetworksOf(node->id);
    default:
        return {};
    }
}

QString ConsoleTreeModel::nameOf(const Node *node) const
{
    switch (node->kind) {
    case ConsoleNodeKind::ProviderSpace:
    case ConsoleNodeKind::CustomerSpace:
        return m_directory.name(ObjectKind::AddressSpace, node->id);
    case ConsoleNodeKind::LogicalNetwork:
        return m_directory.name(ObjectKind::LogicalNetwork, node->id);
    case ConsoleNodeKind::NetworkSite:
        return m_directory.name(ObjectKind::NetworkSite, node->id);
    case ConsoleNodeKind::VmNetwork:
        return m_directory.name(ObjectKind::VmNetwork, node->id);
    default:
        return title(node->kind);
    }
}

QModelIndex ConsoleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex ConsoleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ConsoleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ConsoleTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ConsoleTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!isLazy(node) || node->populated)
        return !node->children.empty();
    switch (node->kind) {
    case ConsoleNodeKind::ProviderSpaces:
        return !m_directory.spaces(AddressSpaceType::Provider).isEmpty();
    case ConsoleNodeKind::CustomerSpaces:
        return !m_directory.spaces(AddressSpaceType::Customer).isEmpty();
    case ConsoleNodeKind::ProviderSpace:
    case ConsoleNodeKind::CustomerSpace:
        return m_directory.childCount(ObjectKind::AddressSpace, node->id) > 0;
    case ConsoleNodeKind::LogicalNetwork:
        return m_directory.childCount(ObjectKind::LogicalNetwork, node->id) > 0;
    default:
        return false;
    }
}

bool ConsoleTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return isLazy(node) && !node->populated;
}

void ConsoleTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!isLazy(node) || node->populated)
        return;
    const QList<ObjectId> ids = childIdsOf(node);
    const ConsoleNodeKind kind = childKindOf(node);
    if (ids.isEmpty()) {
        node->populated = true;
        return;
    }
    beginInsertRows(parent, 0, int(ids.size()) - 1);
    node->populated = true;
    for (ObjectId id : ids) {
        auto child = std::make_unique<Node>();
        child->kind = kind;
        child->id = id;
        child->parent = node;
        child->row = int(node->children.size());
        child->populated = !isLazy(child.get());
        m_dynamic.insert(key(kind, id), child.get());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

void ConsoleTreeModel::ensureTotals() const
{
    if (m_totalsValid)
        return;
    m_totals.clear();
    const SubnetTable &table = m_subnets.table();
    const ObjectId defaultSpace = m_directory.defaultSpaceId();
    for (qsizetype i = 0; i < table.placementCount(); ++i) {
        const auto index = PlacementRegistry::Index(i);
        const Placement &p = table.placements().at(index);
        if (p.family != m_family)
            continue;
        const SubnetTable::Totals totals = table.totalsOf(index);
        if (totals.count == 0)
            continue;
        m_totals[totalsKey(Scope::Kind::Everything, 0)] += totals;
        m_totals[totalsKey(Scope::Kind::Space, p.spaceId)] += totals;
        if (p.spaceId == defaultSpace)
            m_totals[totalsKey(Scope::Kind::DefaultSpace, 0)] += totals;
        const AddressSpace *space = m_directory.space(p.spaceId);
        if (space) {
            const Scope::Kind group = space->type == AddressSpaceType::Provider
                    ? Scope::Kind::ProviderSpaces
                    : Scope::Kind::CustomerSpaces;
            m_totals[totalsKey(group, 0)] += totals;
        }
        if (const ObjectId lnet = effectiveLogicalNetwork(p, m_directory))
            m_totals[totalsKey(Scope::Kind::LogicalNetwork, lnet)] += totals;
        if (p.siteId)
            m_totals[totalsKey(Scope::Kind::NetworkSite, p.siteId)] += totals;
        if (p.vmNetworkId)
            m_totals[totalsKey(Scope::Kind::VmNetwork, p.vmNetworkId)] += totals;
    }
    m_totalsValid = true;
}

SubnetTable::Totals ConsoleTreeModel::totalsOf(const Node *node) const
{
    const Scope scope = scopeOf(node->kind, node->id);
    if (scope.kind == Scope::Kind::Nothing)
        return {};
    ensureTotals();
    return m_totals.value(totalsKey(scope.kind, scope.id));
}

SubnetTable::Totals ConsoleTreeModel::totalsOf(const QModelIndex &index) const
{
    return totalsOf(nodeOf(index));
}

void ConsoleTreeModel::emitTotalsChanged(Node *node)
{
    if (node->children.empty())
        return;
    static const QList<int> roles = {Qt::ToolTipRole, ItemRole::SubnetCount,
                                     ItemRole::UtilizationPercent, ItemRole::UtilizationStatus};
    Q_EMIT dataChanged(indexOfNode(node->children.front().get()),
                       indexOfNode(node->children.back().get()), roles);
    for (const auto &child : node->children)
        emitTotalsChanged(child.get());
}

void ConsoleTreeModel::setFamily(Family family)
{
    if (family == m_family)
        return;
    m_family = family;
    m_totalsValid = false;
    emitTotalsChanged(m_root.get());
}

QIcon ConsoleTreeModel::iconOf(ConsoleNodeKind kind) const
{
    auto it = m_icons.constFind(int(kind));
    if (it != m_icons.constEnd())
        return *it;
    QString name;
    switch (kind) {
    case ConsoleNodeKind::Root:
        name = QStringLiteral("ipam");
        break;
    case ConsoleNodeKind::AddressSpaceRoot:
        name = QStringLiteral("address-space");
        break;
    case ConsoleNodeKind::Blocks:
        name = QStringLiteral("block");
        break;
    case ConsoleNodeKind::Inventory:
        name = QStringLiteral("address");
        break;
    case ConsoleNodeKind::RangeGroups:
        name = QStringLiteral("range");
        break;
    case ConsoleNodeKind::Virtualized:
        name = QStringLiteral("virtualized");
        break;
    case ConsoleNodeKind::ProviderSpaces:
    case ConsoleNodeKind::ProviderSpace:
        name = QStringLiteral("provider-space");
        break;
    case ConsoleNodeKind::CustomerSpaces:
    case ConsoleNodeKind::CustomerSpace:
        name = QStringLiteral("customer-space");
        break;
    case ConsoleNodeKind::LogicalNetwork:
        name = QStringLiteral("logical-network");
        break;
    case ConsoleNodeKind::NetworkSite:
        name = QStringLiteral("site");
        break;
    case ConsoleNodeKind::VmNetwork:
        name = QStringLiteral("vm-network");
        break;
    case ConsoleNodeKind::AccessControl:
        name = QStringLiteral("access");
        break;
    case ConsoleNodeKind::Roles:
        name = QStringLiteral("role");
        break;
    case ConsoleNodeKind::AccessScopes:
        name = QStringLiteral("scope");
        break;
    case ConsoleNodeKind::AccessPolicies:
        name = QStringLiteral("policy");
        break;
    case ConsoleNodeKind::Audit:
        name = QStringLiteral("audit");
        break;
    case ConsoleNodeKind::Alerts:
        name = QStringLiteral("alert");
        break;
    }
    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    m_icons.insert(int(kind), icon);
    return icon;
}

QVariant ConsoleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return nameOf(node);
    case Qt::DecorationRole:
        return iconOf(node->kind);
    case Qt::ToolTipRole: {
        if (scopeOf(node->kind, node->id).kind == Scope::Kind::Nothing)
            return nameOf(node);
        const SubnetTable::Totals totals = totalsOf(node);
        const double percent = percentageUtilized(qint64(totals.utilized), totals.total);
        return tr("%1\n%2 %3 subnets, %4 % of %5 addresses used")
                .arg(nameOf(node))
                .arg(totals.count)
                .arg(m_family == Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                .arg(percent, 0, 'f', 1)
                .arg(totals.total.toString());
    }
    case ItemRole::NodeKind:
        return int(node->kind);
    case ItemRole::ObjectId:
        return node->id;
    case ItemRole::ObjectKind:
        switch (node->kind) {
        case ConsoleNodeKind::ProviderSpace:
        case ConsoleNodeKind::CustomerSpace:
            return int(ObjectKind::AddressSpace);
        case ConsoleNodeKind::LogicalNetwork:
            return int(ObjectKind::LogicalNetwork);
        case ConsoleNodeKind::NetworkSite:
            return int(ObjectKind::NetworkSite);
        case ConsoleNodeKind::VmNetwork:
            return int(ObjectKind::VmNetwork);
        default:
            return {};
        }
    case ItemRole::SubnetCount:
        if (scopeOf(node->kind, node->id).kind == Scope::Kind::Nothing)
            return {};
        return totalsOf(node).count;
    case ItemRole::UtilizationPercent: {
        if (scopeOf(node->kind, node->id).kind == Scope::Kind::Nothing)
            return {};
        const SubnetTable::Totals totals = totalsOf(node);
        return percentageUtilized(qint64(totals.utilized), totals.total);
    }
    case ItemRole::UtilizationStatus: {
        if (scopeOf(node->kind, node->id).kind == Scope::Kind::Nothing)
            return {};
        const SubnetTable::Totals totals = totalsOf(node);
        return int(utilizationStatus(percentageUtilized(qint64(totals.utilized), totals.total),
                                     m_thresholds));
    }
    }
    return {};
}

Qt::ItemFlags ConsoleTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const ConsoleNodeKind kind = nodeOf(index)->kind;
    // Customer spaces and VM networks take drops too, so that the handler can say why not.
    if (m_dropHandler
        && (kind == ConsoleNodeKind::ProviderSpace || kind == ConsoleNodeKind::LogicalNetwork
            || kind == ConsoleNodeKind::NetworkSite || kind == ConsoleNodeKind::CustomerSpace
            || kind == ConsoleNodeKind::VmNetwork))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList ConsoleTreeModel::mimeTypes() const
{
    return {SubnetModel::mimeType(), QStringLiteral("text/plain")};
}

Qt::DropActions ConsoleTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool ConsoleTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                       const QModelIndex &parent) const
{
    // Only onto a node (row -1): between two sites is not a place to assign to.
    if (!m_dropHandler || !data || !parent.isValid() || row != -1)
        return false;
    const Node *node = nodeOf(parent);
    QString reason;
    return m_dropHandler(data, node->kind, node->id, false, &reason);
}

bool ConsoleTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node *node = nodeOf(parent);
    QString reason;
    return m_dropHandler(data, node->kind, node->id, true, &reason);
}

QModelIndex ConsoleTreeModel::indexOf(ConsoleNodeKind kind, ObjectId id)
{
    auto lookup = [this](ConsoleNodeKind k, ObjectId i) -> QModelIndex {
        Node *node = m_dynamic.value(key(k, i));
        return node ? indexOfNode(node) : QModelIndex();
    };
    auto fetched = [this, &lookup](const QModelIndex &parent, ConsoleNodeKind k, ObjectId i) {
        if (!parent.isValid())
            return QModelIndex();
        fetchMore(parent);
        return lookup(k, i);
    };
    switch (kind) {
    case ConsoleNodeKind::ProviderSpace:
        return fetched(indexOf(ConsoleNodeKind::ProviderSpaces), kind, id);
    case ConsoleNodeKind::CustomerSpace:
        return fetched(indexOf(ConsoleNodeKind::CustomerSpaces), kind, id);
    case ConsoleNodeKind::LogicalNetwork:
        return fetched(indexOf(ConsoleNodeKind::ProviderSpace,
                               m_directory.parentOf(ObjectKind::LogicalNetwork, id)),
                       kind, id);
    case ConsoleNodeKind::NetworkSite:
        return fetched(indexOf(ConsoleNodeKind::LogicalNetwork,
                               m_directory.parentOf(ObjectKind::NetworkSite, id)),
                       kind, id);
    case ConsoleNodeKind::VmNetwork:
        return fetched(indexOf(ConsoleNodeKind::CustomerSpace,
                               m_directory.parentOf(ObjectKind::VmNetwork, id)),
                       kind, id);
    default:
        return lookup(kind, 0);
    }
}

QModelIndex ConsoleTreeModel::indexOfPath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    QModelIndex current = index(0, 0);
    if (!parts.isEmpty()
        && parts.front().compare(nameOf(nodeOf(current)), Qt::CaseInsensitive) == 0)
        parts.removeFirst();
    for (const QString &part : std::as_const(parts)) {
        fetchMore(current);
        QModelIndex found;
        for (int row = 0; row < rowCount(current); ++row) {
            const QModelIndex child = index(row, 0, current);
            if (nameOf(nodeOf(child)).compare(part, Qt::CaseInsensitive) == 0) {
                found = child;
                break;
            }
        }
        if (!found.isValid())
            return {};
        current = found;
    }
    return current;
}

QString ConsoleTreeModel::pathOf(const QModelIndex &index) const
{
    QStringList parts;
    for (const Node *node = nodeOf(index); node && node != m_root.get(); node = node->parent)
        parts.prepend(nameOf(node));
    return parts.join(QLatin1Char('/'));
}

ConsoleTreeModel::Node *ConsoleTreeModel::parentNodeFor(ObjectKind kind, ObjectId id) const
{
    switch (kind) {
    case ObjectKind::AddressSpace: {
        const AddressSpace *space = m_directory.space(id);
        if (!space)
            return nullptr;
        return m_dynamic.value(key(space->type == AddressSpaceType::Provider
                                           ? ConsoleNodeKind::ProviderSpaces
                                           : ConsoleNodeKind::CustomerSpaces,
                                   0));
    }
    case ObjectKind::LogicalNetwork:
        return m_dynamic.value(key(ConsoleNodeKind::ProviderSpace,
                                   m_directory.parentOf(ObjectKind::LogicalNetwork, id)));
    case ObjectKind::NetworkSite:
        return m_dynamic.value(key(ConsoleNodeKind::LogicalNetwork,
                                   m_directory.parentOf(ObjectKind::NetworkSite, id)));
    case ObjectKind::VmNetwork:
        return m_dynamic.value(key(ConsoleNodeKind::CustomerSpace,
                                   m_directory.parentOf(ObjectKind::VmNetwork, id)));
    default:
        return nullptr;
    }
}

namespace {
ConsoleNodeKind nodeKindFor(const NetworkDirectory &directory, ObjectKind kind, ObjectId id)
{
    switch (kind) {
    case ObjectKind::AddressSpace: {
        const AddressSpace *space = directory.space(id);
        return space && space->type == AddressSpaceType::Customer ? ConsoleNodeKind::CustomerSpace
                                                                  : ConsoleNodeKind::ProviderSpace;
    }
    case ObjectKind::LogicalNetwork:
        return ConsoleNodeKind::LogicalNetwork;
    case ObjectKind::NetworkSite:
        return ConsoleNodeKind::NetworkSite;
    case ObjectKind::VmNetwork:
        return ConsoleNodeKind::VmNetwork;
    default:
        return ConsoleNodeKind::Root;
    }
}
} // namespace

int ConsoleTreeModel::insertionRow(const Node *parent, ConsoleNodeKind kind, ObjectId id) const
{
    Node probe;
    probe.kind = kind;
    probe.id = id;
    const QString name = nameOf(&probe);
    int row = 0;
    for (const auto &child : parent->children) {
        if (child->id != id && NetworkDirectory::nameLess(nameOf(child.get()), child->id, name, id))
            ++row;
    }
    return row;
}

void ConsoleTreeModel::renumber(Node *parent, int from)
{
    for (size_t i = size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void ConsoleTreeModel::onObjectAdded(ObjectKind kind, ObjectId id)
{
    Node *parent = parentNodeFor(kind, id);
    if (!parent)
        return;
    const QModelIndex parentIndex = indexOfNode(parent);
    if (!parent->populated) {
        // Its expand indicator may change.
        if (parentIndex.isValid())
            Q_EMIT dataChanged(parentIndex, parentIndex);
        return;
    }
    const ConsoleNodeKind childKind = nodeKindFor(m_directory, kind, id);
    if (m_dynamic.contains(key(childKind, id)))
        return;
    const int row = insertionRow(parent, childKind, id);
    beginInsertRows(parentIndex, row, row);
    auto child = std::make_unique<Node>();
    child->kind = childKind;
    child->id = id;
    child->parent = parent;
    child->populated = !isLazy(child.get());
    m_dynamic.insert(key(childKind, id), child.get());
    parent->children.insert(parent->children.begin() + row, std::move(child));
    renumber(parent, row);
    endInsertRows();
}

void ConsoleTreeModel::onObjectChanged(ObjectKind kind, ObjectId id)
{
    Node *node = m_dynamic.value(key(nodeKindFor(m_directory, kind, id), id));
    if (!node || !node->parent)
        return;
    Node *parent = node->parent;
    const int from = node->row;
    const int to = insertionRow(parent, node->kind, id);
    if (to != from) {
        const QModelIndex parentIndex = indexOfNode(parent);
        beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to);
        std::unique_ptr<Node> moving = std::move(parent->children[size_t(from)]);
        parent->children.erase(parent->children.begin() + from);
        parent->children.insert(parent->children.begin() + to, std::move(moving));
        renumber(parent, qMin(from, to));
        endMoveRows();
    }
    const QModelIndex index = indexOfNode(node);
    Q_EMIT dataChanged(index, index);
}

void ConsoleTreeModel::forget(Node *node)
{
    m_dynamic.remove(key(node->kind, node->id));
    for (const auto &child : node->children)
        forget(child.get());
}

void ConsoleTreeModel::onObjectAboutToBeRemoved(ObjectKind kind, ObjectId id)
{
    Node *node = m_dynamic.value(key(nodeKindFor(m_directory, kind, id), id));
    if (!node || !node->parent)
        return;
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOfNode(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row);
    endRemoveRows();
}

void ConsoleTreeModel::onDirectoryReset()
{
    beginResetModel();
    for (ConsoleNodeKind kind :
         {ConsoleNodeKind::ProviderSpaces, ConsoleNodeKind::CustomerSpaces}) {
        Node *group = m_dynamic.value(key(kind, 0));
        for (const auto &child : group->children)
            forget(child.get());
        group->children.clear();
        group->populated = false;
    }
    m_totalsValid = false;
    endResetModel();
}

} // namespace ipam
