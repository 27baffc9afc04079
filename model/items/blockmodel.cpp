#include "blockmodel.h"

#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/resultcolumns.h"
#include "items/resultfilter.h"
#include "items/subnetmodel.h"

namespace ipam {

using namespace ResultColumns;

BlockModel::BlockModel(const NetworkDirectory &directory, const SubnetModel &subnets,
                       QObject *parent)
    : ObjectRowModel(parent)
    , m_directory(directory)
    , m_subnets(subnets)
{
    connect(&subnets, &SubnetModel::placementsChanged, this, &BlockModel::onSubnetsChanged);
    connect(&subnets, &QAbstractItemModel::modelReset, this, &BlockModel::onSubnetsChanged);
}

BlockRow BlockModel::makeRow(const Block &block)
{
    BlockRow row;
    row.id = block.id;
    row.spaceId = block.spaceId;
    row.network = block.networkId.network().value();
    row.family = block.networkId.family();
    row.length = quint8(block.networkId.length());
    row.start = block.startAddress.value();
    row.end = block.endAddress.value();
    row.rir = m_text.intern(block.rir);
    row.owner = m_text.intern(block.owner);
    row.description = m_text.intern(block.description);
    row.modifiedMs = block.lastModifiedMs;
    return row;
}

void BlockModel::resetCaches()
{
    m_totals.assign(m_rows.size(), std::nullopt);
}

void BlockModel::onSubnetsChanged()
{
    resetCaches();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, AssignedColumn), index(rowCount() - 1, SubnetCountColumn));
}

Prefix BlockModel::prefixOf(int row) const
{
    const BlockRow &r = m_rows[size_t(row)];
    return Prefix::make(IpAddress(r.family, r.network), r.length).value();
}

SubnetTable::Totals BlockModel::subnetTotals(int row) const
{
    if (m_totals.size() != m_rows.size())
        m_totals.assign(m_rows.size(), std::nullopt);
    std::optional<SubnetTable::Totals> &cached = m_totals[size_t(row)];
    if (!cached)
        cached = m_subnets.table().totalsWithin(m_rows[size_t(row)].spaceId, prefixOf(row));
    return *cached;
}

double BlockModel::percent(int row) const
{
    // Addresses of the block's subnets over the block's: both may exceed 64 bits (IPv6).
    const double size = prefixOf(row).size().toDouble();
    return size > 0 ? subnetTotals(row).total.toDouble() * 100.0 / size : 0.0;
}

QVariant BlockModel::display(int row, int column) const
{
    const BlockRow &r = m_rows[size_t(row)];
    switch (column) {
    case NetworkColumn:
        return prefixOf(row).toString();
    case StartColumn:
        return IpAddress(r.family, r.start).toString();
    case EndColumn:
        return IpAddress(r.family, r.end).toString();
    case PrefixLengthColumn:
        return int(r.length);
    case TotalColumn:
        return count(prefixOf(row).size());
    case AssignedColumn:
        return count(subnetTotals(row).total);
    case UtilizationPercentColumn:
        return QString::number(percent(row), 'f', 1);
    case UtilizationColumn:
        return toString(utilizationStatus(percent(row), m_thresholds));
    case SubnetCountColumn:
        return subnetTotals(row).count;
    case RirColumn:
        return m_text.string(r.rir);
    case OwnerColumn:
        return m_text.string(r.owner);
    case DescriptionColumn:
        return m_text.string(r.description);
    case AddressSpaceColumn:
        return m_directory.name(ObjectKind::AddressSpace, r.spaceId);
    case LastModifiedColumn:
        return time(r.modifiedMs);
    }
    return {};
}

QVariant BlockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (isFieldColumn(index.column()) && role != ItemRole::ObjectId && role != ItemRole::ObjectKind)
        return fieldData(objectId(index.row()), index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == PrefixLengthColumn || column == TotalColumn || column == AssignedColumn
            || column == UtilizationPercentColumn || column == SubnetCountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRole::ObjectId:
        return m_rows[size_t(row)].id;
    case ItemRole::ObjectKind:
        return int(ObjectKind::Block);
    case ItemRole::UtilizationPercent:
        return percent(row);
    case ItemRole::UtilizationStatus:
        return int(utilizationStatus(percent(row), m_thresholds));
    case ItemRole::UtilizationBar:
        return column == UtilizationPercentColumn;
    }
    return {};
}

QVariant BlockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && isFieldColumn(section))
        return fieldHeader(section, role);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NetworkColumn:
        return tr("Network");
    case StartColumn:
        return tr("Start IP Address");
    case EndColumn:
        return tr("End IP Address");
    case PrefixLengthColumn:
        return tr("Prefix Length");
    case TotalColumn:
        return tr("Total");
    case AssignedColumn:
        return tr("Assigned to Subnets");
    case UtilizationPercentColumn:
        return tr("Utilization %");
    case UtilizationColumn:
        return tr("Utilization");
    case SubnetCountColumn:
        return tr("Subnets");
    case RirColumn:
        return tr("RIR");
    case OwnerColumn:
        return tr("Owner");
    case DescriptionColumn:
        return tr("Description");
    case AddressSpaceColumn:
        return tr("Address Space");
    case LastModifiedColumn:
        return tr("Last Modified");
    }
    return {};
}

bool BlockModel::hiddenByDefault(int column) const
{
    if (isFieldColumn(column))
        return fieldHiddenByDefault(column);
    return column == StartColumn || column == EndColumn || column == LastModifiedColumn;
}

Placement BlockModel::placementOf(int row) const
{
    const BlockRow &r = m_rows[size_t(row)];
    Placement placement;
    placement.spaceId = r.spaceId;
    placement.family = r.family;
    return placement;
}

bool BlockModel::matches(int row, const SearchQuery &query) const
{
    if (!query.isValid())
        return false;
    if (query.contains())
        return query.containsMatches(AddressRange::of(prefixOf(row)));
    const BlockRow &r = m_rows[size_t(row)];
    return query.matches(m_text.view(r.owner)) || query.matches(m_text.view(r.description))
            || query.matches(m_text.view(r.rir)) || query.matches(prefixOf(row).toString())
            || fieldsMatch(r.id, query);
}

bool BlockModel::lessThan(int left, int right, int column) const
{
    const BlockRow &a = m_rows[size_t(left)];
    const BlockRow &b = m_rows[size_t(right)];
    int order = 0;
    switch (column) {
    case NetworkColumn:
    case StartColumn:
    case EndColumn:
        break;
    case PrefixLengthColumn:
        order = compare(a.length, b.length);
        break;
    case TotalColumn:
        order = compare(prefixOf(left).size(), prefixOf(right).size());
        break;
    case AssignedColumn:
        order = compare(subnetTotals(left).total, subnetTotals(right).total);
        break;
    case UtilizationPercentColumn:
    case UtilizationColumn:
        order = compare(percent(left), percent(right));
        break;
    case SubnetCountColumn:
        order = compare(subnetTotals(left).count, subnetTotals(right).count);
        break;
    case LastModifiedColumn:
        order = compare(a.modifiedMs, b.modifiedMs);
        break;
    default:
        order = isFieldColumn(column)
                ? compareField(a.id, b.id, column)
                : QString::compare(display(left, column).toString(),
                                   display(right, column).toString(), Qt::CaseInsensitive);
        break;
    }
    if (order == 0) {
        order = compare(int(a.family), int(b.family));
        if (order == 0)
            order = compare(a.network, b.network);
        if (order == 0)
            order = compare(a.length, b.length);
        if (order == 0)
            order = compare(a.id, b.id);
    }
    return order < 0;
}

} // namespace ipam
