#pragma once

#include "items/scopedrowmodel.h"

namespace ipam {

class NetworkDirectory;
class RangeModel;
class SubnetModel;

struct AddressRow
{
    ObjectId id = 0;
    ObjectId spaceId = 0;
    ObjectId subnetId = 0;
    ObjectId rangeId = 0;
    uint128 ip = 0;
    Family family = Family::V4;
    AssignmentType assignmentType = AssignmentType::Static;
    StringPool::Ref macAddress = 0;
    StringPool::Ref deviceName = 0;
    StringPool::Ref deviceType = 0;
    StringPool::Ref state = 0;
    StringPool::Ref managedByService = 0;
    StringPool::Ref serviceInstance = 0;
    StringPool::Ref owner = 0;
    StringPool::Ref description = 0;
    qint64 modifiedMs = 0;
};

// IP address records (IPAM's IP Addresses view and the IP Address Inventory). An address
// shows and filters under the logical network and site of its subnet; unmapped ones (no
// subnet) only under their space.
class AddressModel : public ScopedRowModel<Address, AddressRow>
{
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        DeviceNameColumn,
        MacAddressColumn,
        DeviceTypeColumn,
        StateColumn,
        AssignmentTypeColumn,
        RangeColumn,
        SubnetColumn,
        LogicalNetworkColumn,
        SiteColumn,
        ManagedByColumn,
        ServiceInstanceColumn,
        OwnerColumn,
        DescriptionColumn,
        AddressSpaceColumn,
        LastModifiedColumn,
        ColumnCount
    };

    AddressModel(const NetworkDirectory &directory, const SubnetModel &subnets,
                 const RangeModel &ranges, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ObjectKind kind() const override { return ObjectKind::Address; }
    int ownColumnCount() const override { return ColumnCount; }
    Placement placementOf(int row) const override;
    bool matches(int row, const SearchQuery &query) const override;
    bool lessThan(int left, int right, int column) const override;
    bool hiddenByDefault(int column) const override;

    IpAddress addressOf(int row) const;
    // Rows whose subnet or range is one of these (their derived columns follow it).
    std::vector<int> rowsIn(const QList<ObjectId> &subnetIds,
                            const QList<ObjectId> &rangeIds) const;

private:
    ChildLocation locationOf(const Address &object) const override
    {
        return {object.id, object.subnetId, object.spaceId, object.ipAddress.family()};
    }
    AddressRow makeRow(const Address &address) override;
    QVariant display(const AddressRow &row, int column) const;

    const NetworkDirectory &m_directory;
    const SubnetModel &m_subnets;
    const RangeModel &m_ranges;
};

} // namespace ipam
