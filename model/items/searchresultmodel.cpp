#include "searchresultmodel.h"

#include "items/itemroles.h"

#include <QFont>

namespace ipam {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString SearchResultModel::kindTitle(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return tr("Address Spaces");
    case ObjectKind::LogicalNetwork:
        return tr("Logical Networks");
    case ObjectKind::NetworkSite:
        return tr("Network Sites");
    case ObjectKind::VmNetwork:
        return tr("VM Networks");
    case ObjectKind::Block:
        return tr("IP Address Blocks");
    case ObjectKind::Subnet:
        return tr("IP Address Subnets");
    case ObjectKind::Range:
        return tr("IP Address Ranges");
    case ObjectKind::Address:
        return tr("IP Addresses");
    }
    return {};
}

void SearchResultModel::setResults(const SearchResults &results,
                                   const QHash<ObjectId, QString> &spaceNames)
{
    QList<Group> groups;
    for (int i = 0; i < results.hits.size(); ++i) {
        const ObjectKind kind = results.hits.at(i).kind();
        if (groups.isEmpty() || groups.constLast().kind != kind)
            groups.append({kind, i, 0, results.truncated.contains(kind)});
        ++groups.last().count;
    }
    // The same objects in the same places: only their contents may differ.
    bool same = groups.size() == m_groups.size() && results.hits.size() == m_hits.size();
    for (int g = 0; same && g < groups.size(); ++g)
        same = groups.at(g).kind == m_groups.at(g).kind
                && groups.at(g).count == m_groups.at(g).count
                && groups.at(g).truncated == m_groups.at(g).truncated;
    for (int i = 0; same && i < m_hits.size(); ++i)
        same = m_hits.at(i).id() == results.hits.at(i).id();
    if (same) {
        m_hits = results.hits;
        m_spaceNames = spaceNames;
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex parent = index(g, 0);
            if (rowCount(parent) > 0)
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(rowCount(parent) - 1, ColumnCount - 1, parent));
        }
        return;
    }
    beginResetModel();
    m_hits = results.hits;
    m_groups = groups;
    m_spaceNames = spaceNames;
    endResetModel();
}

void SearchResultModel::clear()
{
    setResults({}, {});
}

const SearchHit *SearchResultModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return &m_hits.at(group.first + index.row());
}

QModelIndex SearchResultModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || row >= m_groups.at(parent.row()).count)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_groups.at(parent.row()).count;
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == ObjectColumn)
            return group.truncated ? tr("%1 (first %2)").arg(kindTitle(group.kind)).arg(group.count)
                                   : tr("%1 (%2)").arg(kindTitle(group.kind)).arg(group.count);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == ItemRole::ObjectKind)
            return int(group.kind);
        if (role == ItemRole::ObjectId)
            return qint64(0);
        return {};
    }
    const SearchHit &h = *hit(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ObjectColumn:
            return h.title();
        case SpaceColumn:
            return m_spaceNames.value(h.spaceId());
        case DetailsColumn:
            return h.detail();
        }
        return {};
    case ItemRole::ObjectId:
        return h.id();
    case ItemRole::ObjectKind:
        return int(h.kind());
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case SpaceColumn:
        return tr("Address Space");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace ipam
