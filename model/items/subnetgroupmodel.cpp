#include "subnetgroupmodel.h"

#include "items/itemroles.h"
#include "items/resultcolumns.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetmodel.h"

#include <QFont>

#include <algorithm>
#include <unordered_map>

namespace ipam {

namespace {

bool isNumericColumn(int column)
{
    return column == SubnetModel::PrefixLengthColumn || column == SubnetModel::TotalColumn
            || column == SubnetModel::UsedColumn || column == SubnetModel::UtilizationPercentColumn;
}

// Keys of the placement columns depend on the placement only: decided once per placement.
bool isPlacementColumn(int column)
{
    return column == SubnetModel::LogicalNetworkColumn || column == SubnetModel::SiteColumn
            || column == SubnetModel::VmNetworkColumn || column == SubnetModel::AddressSpaceColumn;
}

} // namespace

SubnetGroupModel::SubnetGroupModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SubnetGroupModel::setSourceProxy(SubnetFilterProxy *proxy)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_proxy = proxy;
    if (m_proxy)
        connectProxy();
    regroup();
    endResetModel();
}

void SubnetGroupModel::setGroupColumn(int column)
{
    if (!SubnetGrouping::isGroupable(column))
        column = -1;
    if (column == m_column)
        return;
    beginResetModel();
    m_column = column;
    regroup();
    endResetModel();
}

void SubnetGroupModel::connectProxy()
{
    SubnetFilterProxy *p = m_proxy;
    m_connections
            << connect(p, &QAbstractItemModel::modelAboutToBeReset, this,
                       [this] { beginResetModel(); })
            << connect(p, &QAbstractItemModel::modelReset, this,
                       [this] {
                           regroup();
                           endResetModel();
                       })
            << connect(p, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                       &SubnetGroupModel::onAboutToBeRemoved)
            << connect(p, &QAbstractItemModel::rowsRemoved, this, &SubnetGroupModel::onRemoved)
            << connect(p, &QAbstractItemModel::rowsInserted, this, &SubnetGroupModel::onInserted)
            << connect(p, &QAbstractItemModel::dataChanged, this, &SubnetGroupModel::onDataChanged)
            << connect(p, &QAbstractItemModel::layoutAboutToBeChanged, this,
                       &SubnetGroupModel::onLayoutAboutToBeChanged)
            << connect(p, &QAbstractItemModel::layoutChanged, this,
                       &SubnetGroupModel::onLayoutChanged);
}

SubnetTable::Row SubnetGroupModel::tableRowOf(int proxyRow) const
{
    return m_proxy->tableRow(proxyRow);
}

void SubnetGroupModel::regroup()
{
    m_groups.clear();
    m_freeIds.clear();
    m_order.clear();
    m_rowOfGroup.clear();
    m_groupOf.clear();
    m_byNumber.clear();
    m_byText.clear();
    if (!m_proxy || m_column < 0)
        return;
    const SubnetModel &model = *m_proxy->subnetModel();
    const SubnetTable &table = model.table();
    const SubnetGrouping grouping(model, m_column);
    const int rows = m_proxy->rowCount();
    m_groupOf.assign(size_t(rows), -1);

    auto add = [&](int groupId, int proxyRow, SubnetTable::Row row) {
        Group &group = m_groups[size_t(groupId)];
        group.members.push_back(proxyRow);
        group.utilized += quint64(table.utilized(row));
        group.total += table.total(row);
        m_groupOf[size_t(proxyRow)] = groupId;
    };
    auto fresh = [&](SubnetTable::Row row) {
        m_groups.push_back({});
        Group &group = m_groups.back();
        group.live = true;
        if (!grouping.isText())
            group.key.number = grouping.numberOf(row);
        return int(m_groups.size() - 1);
    };

    if (grouping.isText()) {
        // The text's bytes straight from the table's pool; a key is copied once per group.
        std::unordered_map<std::string_view, int> byBytes;
        std::vector<QByteArray> ownedKeys; // texts not in the pool (names shown as networks)
        QByteArray scratch;
        for (int p = 0; p < rows; ++p) {
            const SubnetTable::Row row = tableRowOf(p);
            const QUtf8StringView text = grouping.textView(row, scratch);
            std::string_view bytes(text.data(), size_t(text.size()));
            auto found = byBytes.find(bytes);
            int id;
            if (found == byBytes.end()) {
                id = fresh(row);
                if (text.data() == scratch.constData()) {
                    ownedKeys.push_back(scratch);
                    bytes = std::string_view(ownedKeys.back().constData(), size_t(text.size()));
                }
                byBytes.emplace(bytes, id);
                m_groups[size_t(id)].key.text = text.toString();
            } else {
                id = found->second;
            }
            add(id, p, row);
        }
    } else if (isPlacementColumn(m_column)) {
        std::vector<int> groupOfPlacement(size_t(table.placementCount()), -1);
        for (int p = 0; p < rows; ++p) {
            const SubnetTable::Row row = tableRowOf(p);
            int &cached = groupOfPlacement[table.placementIndex(row)];
            if (cached < 0) {
                const quint64 key = grouping.numberOf(row);
                cached = m_byNumber.value(key, -1);
                if (cached < 0) {
                    cached = fresh(row);
                    m_byNumber.insert(key, cached);
                }
            }
            add(cached, p, row);
        }
    } else {
        int lastId = -1;
        quint64 lastKey = 0;
        for (int p = 0; p < rows; ++p) {
            const SubnetTable::Row row = tableRowOf(p);
            const quint64 key = grouping.numberOf(row);
            if (lastId < 0 || key != lastKey) {
                lastId = m_byNumber.value(key, -1);
                if (lastId < 0) {
                    lastId = fresh(row);
                    m_byNumber.insert(key, lastId);
                }
                lastKey = key;
            }
            add(lastId, p, row);
        }
    }

    // Groups in the column's order: sort one representative row per group the way the proxy
    // sorts rows by that column (keys computed once per group, not per comparison).
    std::vector<SubnetTable::Row> representatives;
    std::unordered_map<SubnetTable::Row, int> groupOfRepresentative;
    representatives.reserve(m_groups.size());
    for (size_t id = 0; id < m_groups.size(); ++id) {
        Group &group = m_groups[id];
        const SubnetTable::Row row = tableRowOf(group.members.front());
        group.label = grouping.label(row);
        representatives.push_back(row);
        groupOfRepresentative.emplace(row, int(id));
    }
    model.sortRows(representatives, m_column);
    m_order.reserve(representatives.size());
    for (SubnetTable::Row row : representatives)
        m_order.push_back(groupOfRepresentative.at(row));
    m_rowOfGroup.assign(m_groups.size(), -1);
    for (size_t r = 0; r < m_order.size(); ++r)
        m_rowOfGroup[size_t(m_order[r])] = int(r);
    rebuildKeyIndex();
}

void SubnetGroupModel::rebuildKeyIndex()
{
    m_byNumber.clear();
    m_byText.clear();
    for (size_t id = 0; id < m_groups.size(); ++id) {
        const Group &group = m_groups[id];
        if (!group.live)
            continue;
        if (SubnetGrouping::isTextColumn(m_column))
            m_byText.insert(group.key.text, int(id));
        else
            m_byNumber.insert(group.key.number, int(id));
    }
}

int SubnetGroupModel::findGroup(const SubnetGrouping::Key &key) const
{
    if (SubnetGrouping::isTextColumn(m_column))
        return m_byText.value(key.text, -1);
    return m_byNumber.value(key.number, -1);
}

int SubnetGroupModel::sortedPosition(int groupId) const
{
    // Where a group whose representative is `row` goes among the others (the column's order).
    const SubnetModel &model = *m_proxy->subnetModel();
    const Group &group = m_groups[size_t(groupId)];
    const SubnetTable::Row row = tableRowOf(group.members.front());
    const auto at = std::lower_bound(
            m_order.begin(), m_order.end(), row, [&](int other, SubnetTable::Row value) {
                const SubnetTable::Row rep = tableRowOf(m_groups[size_t(other)].members.front());
                return model.rowLess(rep, value, m_column);
            });
    return int(at - m_order.begin());
}

int SubnetGroupModel::createGroup(const SubnetGrouping::Key &key, int proxyRow)
{
    const SubnetGrouping grouping(*m_proxy->subnetModel(), m_column);
    int id;
    if (!m_freeIds.empty()) {
        id = m_freeIds.back();
        m_freeIds.pop_back();
        m_groups[size_t(id)] = Group();
    } else {
        id = int(m_groups.size());
        m_groups.emplace_back();
        m_rowOfGroup.push_back(-1);
    }
    Group &group = m_groups[size_t(id)];
    group.key = key;
    group.live = true;
    group.label = grouping.label(tableRowOf(proxyRow));
    // Sorted by its first member: placed while it holds only that row.
    group.members.push_back(proxyRow);
    const int position = sortedPosition(id);
    group.members.clear();
    beginInsertRows({}, position, position);
    m_order.insert(m_order.begin() + position, id);
    for (size_t r = size_t(position); r < m_order.size(); ++r)
        m_rowOfGroup[size_t(m_order[r])] = int(r);
    if (SubnetGrouping::isTextColumn(m_column))
        m_byText.insert(key.text, id);
    else
        m_byNumber.insert(key.number, id);
    endInsertRows();
    return id;
}

void SubnetGroupModel::recount(Group &group)
{
    const SubnetTable &table = m_proxy->subnetModel()->table();
    group.utilized = 0;
    group.total = AddressCount();
    for (int p : group.members) {
        const SubnetTable::Row row = tableRowOf(p);
        group.utilized += quint64(table.utilized(row));
        group.total += table.total(row);
    }
}

void SubnetGroupModel::removeMember(int proxyRow)
{
    const int id = m_groupOf[size_t(proxyRow)];
    if (id < 0)
        return;
    Group &group = m_groups[size_t(id)];
    const auto at = std::lower_bound(group.members.begin(), group.members.end(), proxyRow);
    const int position = int(at - group.members.begin());
    const SubnetTable &table = m_proxy->subnetModel()->table();
    const SubnetTable::Row row = tableRowOf(proxyRow);
    beginRemoveRows(groupIndexOf(id), position, position);
    group.members.erase(at);
    group.utilized -= quint64(table.utilized(row));
    group.total -= table.total(row);
    m_groupOf[size_t(proxyRow)] = -1;
    endRemoveRows();
    if (!group.members.empty()) {
        const QModelIndex first = groupIndexOf(id);
        Q_EMIT dataChanged(first, first.siblingAtColumn(columnCount() - 1));
        return;
    }
    const int groupRow = m_rowOfGroup[size_t(id)];
    beginRemoveRows({}, groupRow, groupRow);
    m_order.erase(m_order.begin() + groupRow);
    for (size_t r = size_t(groupRow); r < m_order.size(); ++r)
        m_rowOfGroup[size_t(m_order[r])] = int(r);
    m_rowOfGroup[size_t(id)] = -1;
    if (SubnetGrouping::isTextColumn(m_column))
        m_byText.remove(group.key.text);
    else
        m_byNumber.remove(group.key.number);
    group.live = false;
    m_freeIds.push_back(id);
    endRemoveRows();
}

void SubnetGroupModel::insertMember(int proxyRow)
{
    const SubnetGrouping grouping(*m_proxy->subnetModel(), m_column);
    const SubnetTable::Row row = tableRowOf(proxyRow);
    const SubnetGrouping::Key key = grouping.keyOf(row);
    int id = findGroup(key);
    if (id < 0)
        id = createGroup(key, proxyRow);
    Group &group = m_groups[size_t(id)];
    const auto at = std::lower_bound(group.members.begin(), group.members.end(), proxyRow);
    const int position = int(at - group.members.begin());
    const SubnetTable &table = m_proxy->subnetModel()->table();
    beginInsertRows(groupIndexOf(id), position, position);
    group.members.insert(at, proxyRow);
    group.utilized += quint64(table.utilized(row));
    group.total += table.total(row);
    m_groupOf[size_t(proxyRow)] = id;
    endInsertRows();
    const QModelIndex first = groupIndexOf(id);
    Q_EMIT dataChanged(first, first.siblingAtColumn(columnCount() - 1));
}

void SubnetGroupModel::onAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_column < 0)
        return;
    // The rows are still in the proxy: each leaves its group now (last first, so the
    // positions of the ones still to go stay valid).
    for (int p = last; p >= first; --p)
        removeMember(p);
}

void SubnetGroupModel::onRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_column < 0)
        return;
    const int count = last - first + 1;
    m_groupOf.erase(m_groupOf.begin() + first, m_groupOf.begin() + last + 1);
    // Renumbering only: the members keep their positions in their groups.
    for (Group &group : m_groups) {
        auto from = std::upper_bound(group.members.begin(), group.members.end(), last);
        for (auto it = from; it != group.members.end(); ++it)
            *it -= count;
    }
}

void SubnetGroupModel::onInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_column < 0)
        return;
    const int count = last - first + 1;
    for (Group &group : m_groups) {
        auto from = std::lower_bound(group.members.begin(), group.members.end(), first);
        for (auto it = from; it != group.members.end(); ++it)
            *it += count;
    }
    m_groupOf.insert(m_groupOf.begin() + first, size_t(count), -1);
    for (int p = first; p <= last; ++p)
        insertMember(p);
}

void SubnetGroupModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid() || m_column < 0 || !topLeft.isValid())
        return;
    const SubnetGrouping grouping(*m_proxy->subnetModel(), m_column);
    std::vector<int> touched;
    std::vector<int> moved;
    for (int p = topLeft.row(); p <= bottomRight.row(); ++p) {
        const int id = m_groupOf[size_t(p)];
        if (id >= 0 && m_groups[size_t(id)].key == grouping.keyOf(tableRowOf(p))) {
            const QModelIndex child = indexOfProxyRow(p);
            Q_EMIT dataChanged(child, child.siblingAtColumn(columnCount() - 1));
            touched.push_back(id);
        } else {
            moved.push_back(p);
        }
    }
    // Rows whose key moved leave their groups first, all of them, so that every member left
    // has its group's key when new groups are placed by their first member; then they join.
    for (auto it = moved.rbegin(); it != moved.rend(); ++it)
        removeMember(*it);
    for (int p : moved)
        insertMember(p);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (int id : touched) {
        Group &group = m_groups[size_t(id)];
        if (!group.live)
            continue;
        recount(group);
        group.label = grouping.label(tableRowOf(group.members.front()));
        const QModelIndex first = groupIndexOf(id);
        Q_EMIT dataChanged(first, first.siblingAtColumn(columnCount() - 1));
    }
}

void SubnetGroupModel::onLayoutAboutToBeChanged()
{
    if (m_column < 0)
        return;
    Q_EMIT layoutAboutToBeChanged();
    m_layoutPersistent = persistentIndexList();
    m_layoutKeys.clear();
    const SubnetTable &table = m_proxy->subnetModel()->table();
    for (const QModelIndex &index : std::as_const(m_layoutPersistent)) {
        PersistentKey key;
        key.column = index.column();
        if (index.parent().isValid())
            key.subnetId = table.id(tableRowOf(proxyRow(index)));
        else
            key.key = m_groups[size_t(m_order[size_t(index.row())])].key;
        m_layoutKeys.append(key);
    }
}

void SubnetGroupModel::onLayoutChanged()
{
    if (m_column < 0)
        return;
    regroup();
    const SubnetTable &table = m_proxy->subnetModel()->table();
    QModelIndexList now;
    now.reserve(m_layoutKeys.size());
    for (const PersistentKey &key : std::as_const(m_layoutKeys)) {
        if (key.subnetId == 0) {
            const int id = findGroup(key.key);
            now.append(id < 0 ? QModelIndex() : groupIndexOf(id, key.column));
            continue;
        }
        const std::optional<SubnetTable::Row> row = table.find(key.subnetId);
        const int p = row ? m_proxy->proxyRowOfTableRow(*row) : -1;
        now.append(p < 0 ? QModelIndex() : indexOfProxyRow(p, key.column));
    }
    changePersistentIndexList(m_layoutPersistent, now);
    m_layoutPersistent.clear();
    m_layoutKeys.clear();
    Q_EMIT layoutChanged();
}

QModelIndex SubnetGroupModel::groupIndexOf(int groupId, int column) const
{
    return createIndex(m_rowOfGroup[size_t(groupId)], column, quintptr(0));
}

int SubnetGroupModel::proxyRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return -1;
    return m_groups[size_t(index.internalId() - 1)].members[size_t(index.row())];
}

QModelIndex SubnetGroupModel::indexOfProxyRow(int row, int column) const
{
    if (row < 0 || size_t(row) >= m_groupOf.size() || m_groupOf[size_t(row)] < 0)
        return {};
    const int id = m_groupOf[size_t(row)];
    const std::vector<int> &members = m_groups[size_t(id)].members;
    const auto at = std::lower_bound(members.begin(), members.end(), row);
    return createIndex(int(at - members.begin()), column, quintptr(id + 1));
}

QString SubnetGroupModel::groupLabel(int groupRow) const
{
    return m_groups[size_t(m_order[size_t(groupRow)])].label;
}

qint64 SubnetGroupModel::groupSubnetCount(int groupRow) const
{
    return qint64(m_groups[size_t(m_order[size_t(groupRow)])].members.size());
}

QModelIndex SubnetGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < int(m_order.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_order.size()))
        return {};
    const int id = m_order[size_t(parent.row())];
    if (row >= int(m_groups[size_t(id)].members.size()))
        return {};
    return createIndex(row, column, quintptr(id + 1));
}

QModelIndex SubnetGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return groupIndexOf(int(child.internalId() - 1));
}

int SubnetGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_order.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(m_order[size_t(parent.row())])].members.size());
}

int SubnetGroupModel::columnCount(const QModelIndex &) const
{
    return SubnetModel::ColumnCount;
}

bool SubnetGroupModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant SubnetGroupModel::groupData(const Group &group, int column, int role) const
{
    const double percent = percentageUtilized(qint64(group.utilized), group.total);
    const UtilizationThresholds &thresholds = m_proxy->subnetModel()->thresholds();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SubnetModel::NetworkColumn:
            return group.members.size() == 1
                    ? tr("%1 (1 subnet)").arg(group.label)
                    : tr("%1 (%2 subnets)").arg(group.label).arg(group.members.size());
        case SubnetModel::TotalColumn:
            return ResultColumns::count(group.total);
        case SubnetModel::UsedColumn:
            return QVariant::fromValue(group.utilized);
        case SubnetModel::UtilizationPercentColumn:
            return QString::number(percent, 'f', 1);
        case SubnetModel::UtilizationColumn:
            return toString(utilizationStatus(percent, thresholds));
        default:
            return {};
        }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case GroupLabelRole:
        return group.label;
    case IsGroupRole:
        return true;
    case ItemRole::ObjectId:
        return qint64(0);
    case ItemRole::SubnetCount:
        return qint64(group.members.size());
    case ItemRole::UtilizationPercent:
        return percent;
    case ItemRole::UtilizationStatus:
        return int(utilizationStatus(percent, thresholds));
    case ItemRole::UtilizationBar:
        return column == SubnetModel::UtilizationPercentColumn;
    default:
        return {};
    }
}

QVariant SubnetGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_proxy)
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[size_t(m_order[size_t(index.row())])], index.column(), role);
    if (role == IsGroupRole)
        return false;
    return m_proxy->index(proxyRow(index), index.column()).data(role);
}

QVariant SubnetGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_proxy ? m_proxy->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags SubnetGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return m_proxy->index(proxyRow(index), index.column()).flags();
}

QStringList SubnetGroupModel::mimeTypes() const
{
    return m_proxy ? m_proxy->mimeTypes() : QStringList();
}

QMimeData *SubnetGroupModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList mapped;
    for (const QModelIndex &index : indexes) {
        if (const int p = proxyRow(index); p >= 0)
            mapped.append(m_proxy->index(p, index.column()));
    }
    return m_proxy && !mapped.isEmpty() ? m_proxy->mimeData(mapped) : nullptr;
}

} // namespace ipam
