#include "addressmodel.h"

#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/rangemodel.h"
#include "items/resultcolumns.h"
#include "items/resultfilter.h"
#include "items/subnetmodel.h"

#include <QSet>

namespace ipam {

using namespace ResultColumns;

AddressModel::AddressModel(const NetworkDirectory &directory, const SubnetModel &subnets,
                           const RangeModel &ranges, QObject *parent)
    : ScopedRowModel(ObjectKind::Address, subnets.table(), directory, parent)
    , m_directory(directory)
    , m_subnets(subnets)
    , m_ranges(ranges)
{ }

AddressRow AddressModel::makeRow(const Address &address)
{
    AddressRow row;
    row.id = address.id;
    row.spaceId = address.spaceId;
    row.subnetId = address.subnetId;
    row.rangeId = address.rangeId;
    row.ip = address.ipAddress.value();
    row.family = address.ipAddress.family();
    row.assignmentType = address.assignmentType;
    row.macAddress = m_text.intern(address.macAddress);
    row.deviceName = m_text.intern(address.deviceName);
    row.deviceType = m_text.intern(address.deviceType);
    row.state = m_text.intern(address.ipAddressState);
    row.managedByService = m_text.intern(address.managedByService);
    row.serviceInstance = m_text.intern(address.serviceInstance);
    row.owner = m_text.intern(address.owner);
    row.description = m_text.intern(address.description);
    row.modifiedMs = address.lastModifiedMs;
    return row;
}

IpAddress AddressModel::addressOf(int row) const
{
    const AddressRow &r = m_rows[size_t(row)];
    return IpAddress(r.family, r.ip);
}

std::vector<int> AddressModel::rowsIn(const QList<ObjectId> &subnetIds,
                                      const QList<ObjectId> &rangeIds) const
{
    const QSet<ObjectId> subnets(subnetIds.begin(), subnetIds.end());
    const QSet<ObjectId> ranges(rangeIds.begin(), rangeIds.end());
    std::vector<int> rows;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if ((m_rows[i].subnetId && subnets.contains(m_rows[i].subnetId))
            || (m_rows[i].rangeId && ranges.contains(m_rows[i].rangeId)))
            rows.push_back(int(i));
    }
    return rows;
}

QVariant AddressModel::display(const AddressRow &row, int column) const
{
    switch (column) {
    case AddressColumn:
        return IpAddress(row.family, row.ip).toString();
    case DeviceNameColumn:
        return m_text.string(row.deviceName);
    case MacAddressColumn:
        return m_text.string(row.macAddress);
    case DeviceTypeColumn:
        return m_text.string(row.deviceType);
    case StateColumn:
        return m_text.string(row.state);
    case AssignmentTypeColumn:
        return toString(row.assignmentType);
    case RangeColumn:
        return m_ranges.rangeText(row.rangeId);
    case SubnetColumn:
        return subnetText(row.subnetId, m_subnets);
    case LogicalNetworkColumn:
        return logicalNetworkName(
                placementOfChild(row.subnetId, row.spaceId, row.family, m_subnets), m_directory);
    case SiteColumn:
        return m_directory.name(
                ObjectKind::NetworkSite,
                placementOfChild(row.subnetId, row.spaceId, row.family, m_subnets).siteId);
    case ManagedByColumn:
        return m_text.string(row.managedByService);
    case ServiceInstanceColumn:
        return m_text.string(row.serviceInstance);
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

QVariant AddressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AddressRow &row = m_rows[size_t(index.row())];
    if (isFieldColumn(index.column()) && role != ItemRole::ObjectId && role != ItemRole::ObjectKind)
        return fieldData(objectId(index.row()), index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row, index.column());
    case ItemRole::ObjectId:
        return row.id;
    case ItemRole::ObjectKind:
        return int(ObjectKind::Address);
    case ItemRole::UtilizationBar:
        return false;
    }
    return {};
}

QVariant AddressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && isFieldColumn(section))
        return fieldHeader(section, role);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("IP Address");
    case DeviceNameColumn:
        return tr("Device Name");
    case MacAddressColumn:
        return tr("MAC Address");
    case DeviceTypeColumn:
        return tr("Device Type");
    case StateColumn:
        return tr("IP Address State");
    case AssignmentTypeColumn:
        return tr("Assignment Type");
    case RangeColumn:
        return tr("IP Range");
    case SubnetColumn:
        return tr("Subnet");
    case LogicalNetworkColumn:
        return tr("VMM Logical Network");
    case SiteColumn:
        return tr("Network Site");
    case ManagedByColumn:
        return tr("Managed by Service");
    case ServiceInstanceColumn:
        return tr("Service Instance");
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

bool AddressModel::hiddenByDefault(int column) const
{
    if (isFieldColumn(column))
        return fieldHiddenByDefault(column);
    return column == LastModifiedColumn || column == ServiceInstanceColumn
            || column == ManagedByColumn;
}

Placement AddressModel::placementOf(int row) const
{
    const AddressRow &r = m_rows[size_t(row)];
    return placementOfChild(r.subnetId, r.spaceId, r.family, m_subnets);
}

bool AddressModel::matches(int row, const SearchQuery &query) const
{
    if (!query.isValid())
        return false;
    if (query.contains())
        return query.containsMatches(AddressRange::make(addressOf(row), addressOf(row)).value());
    const AddressRow &r = m_rows[size_t(row)];
    return query.matches(m_text.view(r.deviceName)) || query.matches(m_text.view(r.macAddress))
            || query.matches(m_text.view(r.owner)) || query.matches(m_text.view(r.description))
            || query.matches(addressOf(row).toString()) || fieldsMatch(r.id, query);
}

bool AddressModel::lessThan(int left, int right, int column) const
{
    const AddressRow &a = m_rows[size_t(left)];
    const AddressRow &b = m_rows[size_t(right)];
    int order = 0;
    switch (column) {
    case AddressColumn:
        break;
    case LastModifiedColumn:
        order = compare(a.modifiedMs, b.modifiedMs);
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
            order = compare(a.ip, b.ip);
        if (order == 0)
            order = compare(a.id, b.id);
    }
    return order < 0;
}

} // namespace ipam
