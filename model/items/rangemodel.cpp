#include "rangemodel.h"

#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/resultcolumns.h"
#include "items/resultfilter.h"
#include "items/subnetmodel.h"

namespace ipam {

using namespace ResultColumns;

RangeModel::RangeModel(const NetworkDirectory &directory, const SubnetModel &subnets,
                       QObject *parent)
    : ScopedRowModel(ObjectKind::Range, subnets.table(), directory, parent)
    , m_directory(directory)
    , m_subnets(subnets)
{ }

RangeRow RangeModel::makeRow(const Range &range)
{
    RangeRow row;
    row.id = range.id;
    row.spaceId = range.spaceId;
    row.subnetId = range.subnetId;
    row.start = range.startAddress.value();
    row.end = range.endAddress.value();
    row.family = range.startAddress.family();
    row.assignmentType = range.assignmentType;
    row.managedByService = m_text.intern(range.managedByService);
    row.serviceInstance = m_text.intern(range.serviceInstance);
    row.owner = m_text.intern(range.owner);
    row.description = m_text.intern(range.description);
    row.utilized = range.utilizedAddresses;
    row.modifiedMs = range.lastModifiedMs;
    return row;
}

AddressRange RangeModel::rangeOf(int row) const
{
    const RangeRow &r = m_rows[size_t(row)];
    return AddressRange::make(IpAddress(r.family, r.start), IpAddress(r.family, r.end)).value();
}

QString RangeModel::rangeText(ObjectId id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : rangeOf(row).toString();
}

double RangeModel::percent(const RangeRow &row) const
{
    const AddressRange range
            = AddressRange::make(IpAddress(row.family, row.start), IpAddress(row.family, row.end))
                      .value();
    return percentageUtilized(row.utilized, range.size());
}

QVariant RangeModel::display(const RangeRow &row, int column) const
{
    switch (column) {
    case NetworkColumn:
        return subnetText(row.subnetId, m_subnets);
    case StartColumn:
        return IpAddress(row.family, row.start).toString();
    case EndColumn:
        return IpAddress(row.family, row.end).toString();
    case TotalColumn:
        return count(
                AddressRange::make(IpAddress(row.family, row.start), IpAddress(row.family, row.end))
                        .value()
                        .size());
    case UsedColumn:
        return row.utilized;
    case UtilizationPercentColumn:
        return QString::number(percent(row), 'f', 1);
    case UtilizationColumn:
        return toString(utilizationStatus(percent(row), m_thresholds));
    case ManagedByColumn:
        return m_text.string(row.managedByService);
    case ServiceInstanceColumn:
        return m_text.string(row.serviceInstance);
    case AssignmentTypeColumn:
        return toString(row.assignmentType);
    case LogicalNetworkColumn:
        return logicalNetworkName(
                placementOfChild(row.subnetId, row.spaceId, row.family, m_subnets), m_directory);
    case SiteColumn:
        return m_directory.name(
                ObjectKind::NetworkSite,
                placementOfChild(row.subnetId, row.spaceId, row.family, m_subnets).siteId);
    case OwnerColumn:
        return m_text.string(row.owner);
    case DescriptionColumn:
        return m_text.string(row.description);
    case AddressSpaceColumn:
        return m_directory.name(ObjectKind::AddressSpace, row.spaceId);
    case LastModifiedColumn:
        return time(row.modifiedMs);
    }
    return {};
}

QVariant RangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RangeRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (isFieldColumn(index.column()) && role != ItemRole::ObjectId && role != ItemRole::ObjectKind)
        return fieldData(objectId(index.row()), index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == TotalColumn || column == UsedColumn || column == UtilizationPercentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRole::ObjectId:
        return row.id;
    case ItemRole::ObjectKind:
        return int(ObjectKind::Range);
    case ItemRole::UtilizationPercent:
        return percent(row);
    case ItemRole::UtilizationStatus:
        return int(utilizationStatus(percent(row), m_thresholds));
    case ItemRole::UtilizationBar:
        return column == UtilizationPercentColumn;
    }
    return {};
}

QVariant RangeModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case TotalColumn:
        return tr("Total");
    case UsedColumn:
        return tr("Used");
    case UtilizationPercentColumn:
        return tr("Utilization %");
    case UtilizationColumn:
        return tr("Utilization");
    case ManagedByColumn:
        return tr("Managed by Service");
    case ServiceInstanceColumn:
        return tr("Service Instance");
    case AssignmentTypeColumn:
        return tr("Assignment Type");
    case LogicalNetworkColumn:
        return tr("VMM Logical Network");
    case SiteColumn:
        return tr("Network Site");
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

bool RangeModel::hiddenByDefault(int column) const
{
    if (isFieldColumn(column))
        return fieldHiddenByDefault(column);
    return column == LastModifiedColumn || column == ServiceInstanceColumn;
}

Placement RangeModel::placementOf(int row) const
{
    const RangeRow &r = m_rows[size_t(row)];
    return placementOfChild(r.subnetId, r.spaceId, r.family, m_subnets);
}

bool RangeModel::matches(int row, const SearchQuery &query) const
{
    if (!query.isValid())
        return false;
    if (query.contains())
        return query.containsMatches(rangeOf(row));
    const RangeRow &r = m_rows[size_t(row)];
    return query.matches(m_text.view(r.owner)) || query.matches(m_text.view(r.description))
            || query.matches(m_text.view(r.managedByService))
            || query.matches(rangeOf(row).toString()) || fieldsMatch(r.id, query);
}

bool RangeModel::lessThan(int left, int right, int column) const
{
    const RangeRow &a = m_rows[size_t(left)];
    const RangeRow &b = m_rows[size_t(right)];
    int order = 0;
    switch (column) {
    case TotalColumn:
        order = compare(a.end - a.start, b.end - b.start);
        break;
    case UsedColumn:
        order = compare(a.utilized, b.utilized);
        break;
    case UtilizationPercentColumn:
    case UtilizationColumn:
        order = compare(percent(a), percent(b));
        break;
    case LastModifiedColumn:
        order = compare(a.modifiedMs, b.modifiedMs);
        break;
    case NetworkColumn:
    case StartColumn:
    case EndColumn:
        break;
    default:
        order = isFieldColumn(column)
                ? compareField(a.id, b.id, column)
                : QString::compare(display(a, column).toString(), display(b, column).toString(),
                                   Qt::CaseInsensitive);
        break;
    }
    if (order == 0) {
        order = compare(int(a.family), int(b.family));
        if (order == 0)
            order = column == EndColumn ? compare(a.end, b.end) : compare(a.start, b.start);
        if (order == 0)
            order = compare(a.id, b.id);
    }
    return order < 0;
}

} // namespace ipam
