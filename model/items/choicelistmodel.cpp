#include "choicelistmodel.h"

#include "items/itemroles.h"
#include "items/networkdirectory.h"

#include <QIcon>

namespace ipam {

ChoiceListModel::ChoiceListModel(Kind kind, const NetworkDirectory &directory, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_directory(directory)
{
    connect(&directory, &NetworkDirectory::objectAdded, this, &ChoiceListModel::onAdded);
    connect(&directory, &NetworkDirectory::objectChanged, this, &ChoiceListModel::onChanged);
    connect(&directory, &NetworkDirectory::objectAboutToBeRemoved, this,
            &ChoiceListModel::onAboutToBeRemoved);
    connect(&directory, &NetworkDirectory::reset, this, &ChoiceListModel::reload);
    m_ids = collect();
}

void ChoiceListModel::setScope(const QList<ObjectId> &spaceIds, ObjectId logicalNetworkId)
{
    if (spaceIds == m_spaceIds && logicalNetworkId == m_logicalNetworkId)
        return;
    m_spaceIds = spaceIds;
    m_logicalNetworkId = m_kind == Kind::NetworkSites ? logicalNetworkId : 0;
    reload();
}

void ChoiceListModel::reload()
{
    beginResetModel();
    m_ids = collect();
    endResetModel();
}

QList<ObjectId> ChoiceListModel::collect() const
{
    QList<ObjectId> networks;
    if (m_kind == Kind::NetworkSites && m_logicalNetworkId != 0) {
        networks = {m_logicalNetworkId};
    } else if (m_spaceIds.isEmpty()) {
        networks = m_directory.allLogicalNetworks();
    } else {
        for (ObjectId space : m_spaceIds)
            networks += m_directory.logicalNetworksOf(space);
    }
    QList<ObjectId> ids;
    if (m_kind == Kind::LogicalNetworks) {
        ids = networks;
    } else {
        for (ObjectId network : std::as_const(networks))
            ids += m_directory.sitesOf(network);
    }
    // Labels once per entry, not per comparison (10,000 sites in a big fabric).
    std::vector<std::pair<QString, ObjectId>> labelled;
    labelled.reserve(size_t(ids.size()));
    for (ObjectId id : std::as_const(ids))
        labelled.emplace_back(label(id), id);
    std::sort(labelled.begin(), labelled.end(), [](const auto &a, const auto &b) {
        return NetworkDirectory::nameLess(a.first, a.second, b.first, b.second);
    });
    for (qsizetype i = 0; i < ids.size(); ++i)
        ids[i] = labelled[size_t(i)].second;
    return ids;
}

bool ChoiceListModel::inScope(ObjectKind kind, ObjectId id) const
{
    if (m_kind == Kind::LogicalNetworks) {
        if (kind != ObjectKind::LogicalNetwork)
            return false;
        return m_spaceIds.isEmpty()
                || m_spaceIds.contains(m_directory.parentOf(ObjectKind::LogicalNetwork, id));
    }
    if (kind != ObjectKind::NetworkSite)
        return false;
    const ObjectId network = m_directory.parentOf(ObjectKind::NetworkSite, id);
    if (m_logicalNetworkId != 0)
        return network == m_logicalNetworkId;
    return m_spaceIds.isEmpty()
            || m_spaceIds.contains(m_directory.parentOf(ObjectKind::LogicalNetwork, network));
}

QString ChoiceListModel::label(ObjectId id) const
{
    if (m_kind == Kind::LogicalNetworks) {
        const QString name = m_directory.name(ObjectKind::LogicalNetwork, id);
        if (m_spaceIds.size() == 1)
            return name;
        return QStringLiteral("%1 (%2)").arg(
                name,
                m_directory.name(ObjectKind::AddressSpace,
                                 m_directory.parentOf(ObjectKind::LogicalNetwork, id)));
    }
    const QString name = m_directory.name(ObjectKind::NetworkSite, id);
    if (m_logicalNetworkId != 0)
        return name;
    return QStringLiteral("%1 (%2)").arg(
            name,
            m_directory.name(ObjectKind::LogicalNetwork,
                             m_directory.parentOf(ObjectKind::NetworkSite, id)));
}

bool ChoiceListModel::less(ObjectId a, ObjectId b) const
{
    return NetworkDirectory::nameLess(label(a), a, label(b), b);
}

int ChoiceListModel::positionFor(ObjectId id) const
{
    int position = 0;
    for (ObjectId other : m_ids) {
        if (other != id && less(other, id))
            ++position;
    }
    return position;
}

KeyChoice ChoiceListModel::choiceAt(int row) const
{
    if (row == UnassignedRow)
        return KeyChoice::unassigned();
    if (row >= FirstObjectRow && row < FirstObjectRow + m_ids.size())
        return KeyChoice::object(m_ids.at(row - FirstObjectRow));
    return KeyChoice::any();
}

int ChoiceListModel::rowOf(const KeyChoice &choice) const
{
    switch (choice.mode) {
    case KeyChoice::Mode::Any:
        return AnyRow;
    case KeyChoice::Mode::Unassigned:
        return UnassignedRow;
    case KeyChoice::Mode::Object: {
        const qsizetype i = m_ids.indexOf(choice.id);
        return i < 0 ? -1 : FirstObjectRow + int(i);
    }
    }
    return -1;
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstObjectRow + int(m_ids.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (row == AnyRow)
            return m_kind == Kind::LogicalNetworks ? tr("Any logical network")
                                                   : tr("Any network site");
        if (row == UnassignedRow)
            return tr("Unassigned");
        return label(m_ids.at(row - FirstObjectRow));
    }
    if (role == ItemRole::ObjectId)
        return row >= FirstObjectRow ? m_ids.at(row - FirstObjectRow) : ObjectId(0);
    if (role == Qt::DecorationRole && row >= FirstObjectRow)
        return QIcon(m_kind == Kind::LogicalNetworks ? QStringLiteral(":/icons/logical-network.svg")
                                                     : QStringLiteral(":/icons/site.svg"));
    return {};
}

void ChoiceListModel::onAdded(ObjectKind kind, ObjectId id)
{
    if (!inScope(kind, id) || m_ids.contains(id))
        return;
    const int position = positionFor(id);
    beginInsertRows({}, FirstObjectRow + position, FirstObjectRow + position);
    m_ids.insert(position, id);
    endInsertRows();
}

void ChoiceListModel::onChanged(ObjectKind kind, ObjectId id)
{
    // A logical network's rename changes the labels of its sites too.
    if (m_kind == Kind::NetworkSites && kind == ObjectKind::LogicalNetwork
        && m_logicalNetworkId == 0) {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(FirstObjectRow), index(rowCount() - 1));
        return;
    }
    const qsizetype from = m_ids.indexOf(id);
    if (from < 0 || !inScope(kind, id))
        return;
    const int to = positionFor(id);
    if (to != from) {
        beginMoveRows({}, FirstObjectRow + int(from), FirstObjectRow + int(from), {},
                      FirstObjectRow + (to > from ? to + 1 : to));
        m_ids.move(from, to);
        endMoveRows();
    }
    const QModelIndex changed = index(FirstObjectRow + to);
    Q_EMIT dataChanged(changed, changed);
}

void ChoiceListModel::onAboutToBeRemoved(ObjectKind kind, ObjectId id)
{
    if (!inScope(kind, id))
        return;
    const qsizetype row = m_ids.indexOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, FirstObjectRow + int(row), FirstObjectRow + int(row));
    m_ids.removeAt(row);
    endRemoveRows();
}

} // namespace ipam
