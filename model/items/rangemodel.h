#pragma once

#include "address/addressrange.h"
#include "items/scopedrowmodel.h"

namespace ipam {

class NetworkDirectory;
class SubnetModel;

struct RangeRow
{
    ObjectId id = 0;
    ObjectId spaceId = 0;
    ObjectId subnetId = 0;
    uint128 start = 0;
    uint128 end = 0;
    Family family = Family::V4;
    AssignmentType assignmentType = AssignmentType::Static;
    StringPool::Ref managedByService = 0;
    StringPool::Ref serviceInstance = 0;
    StringPool::Ref owner = 0;
    StringPool::Ref description = 0;
    qint64 utilized = 0;
    qint64 modifiedMs = 0;
};

// IP address ranges (IPAM's IP Address Ranges view; VMM's static IP address pools). A range
// shows and filters under the logical network and site of its subnet.
class RangeModel : public ScopedRowModel<Range, RangeRow>
{
    Q_OBJECT
public:
    enum Column {
        NetworkColumn,
        StartColumn,
        EndColumn,
        TotalColumn,
        UsedColumn,
        UtilizationPercentColumn,
        UtilizationColumn,
        ManagedByColumn,
        ServiceInstanceColumn,
        AssignmentTypeColumn,
        LogicalNetworkColumn,
        SiteColumn,
        OwnerColumn,
        DescriptionColumn,
        AddressSpaceColumn,
        LastModifiedColumn,
        ColumnCount
    };

    RangeModel(const NetworkDirectory &directory, const SubnetModel &subnets,
               QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ObjectKind kind() const override { return ObjectKind::Range; }
    int ownColumnCount() const override { return ColumnCount; }
    Placement placementOf(int row) const override;
    bool matches(int row, const SearchQuery &query) const override;
    bool lessThan(int left, int right, int column) const override;
    int networkColumn() const override { return StartColumn; }
    bool hiddenByDefault(int column) const override;

    AddressRange rangeOf(int row) const;
    QString rangeText(ObjectId id) const;

private:
    ChildLocation locationOf(const Range &object) const override
    {
        return {object.id, object.subnetId, object.spaceId, object.startAddress.family()};
    }
    RangeRow makeRow(const Range &range) override;
    QVariant display(const RangeRow &row, int column) const;
    double percent(const RangeRow &row) const;

    const NetworkDirectory &m_directory;
    const SubnetModel &m_subnets;
};

} // namespace ipam
