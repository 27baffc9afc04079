#pragma once

#include "items/objectrowmodel.h"
#include "items/subnettable.h"

namespace ipam {

class NetworkDirectory;
class SubnetModel;

struct BlockRow
{
    ObjectId id = 0;
    ObjectId spaceId = 0;
    uint128 network = 0;
    uint128 start = 0;
    uint128 end = 0;
    Family family = Family::V4;
    quint8 length = 0;
    StringPool::Ref rir = 0;
    StringPool::Ref owner = 0;
    StringPool::Ref description = 0;
    qint64 modifiedMs = 0;
};

// IP address blocks (IPAM's IP Address Blocks view). A block belongs to a space, not to a
// logical network: under a logical network or site it is listed with its space's blocks
// (ignoresAssignment). Its use is the address space of the subnets inside it, read from the
// subnet table's network order and cached until the subnets change.
class BlockModel : public ObjectRowModel<Block, BlockRow>
{
    Q_OBJECT
public:
    enum Column {
        NetworkColumn,
        StartColumn,
        EndColumn,
        PrefixLengthColumn,
        TotalColumn,
        AssignedColumn,
        UtilizationPercentColumn,
        UtilizationColumn,
        SubnetCountColumn,
        RirColumn,
        OwnerColumn,
        DescriptionColumn,
        AddressSpaceColumn,
        LastModifiedColumn,
        ColumnCount
    };

    BlockModel(const NetworkDirectory &directory, const SubnetModel &subnets,
               QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ObjectKind kind() const override { return ObjectKind::Block; }
    int ownColumnCount() const override { return ColumnCount; }
    Placement placementOf(int row) const override;
    bool matches(int row, const SearchQuery &query) const override;
    bool lessThan(int left, int right, int column) const override;
    bool ignoresAssignment() const override { return true; }
    bool hiddenByDefault(int column) const override;

    Prefix prefixOf(int row) const;
    // The subnets inside the block: count, addresses they cover (total) and use.
    SubnetTable::Totals subnetTotals(int row) const;

private:
    BlockRow makeRow(const Block &block) override;
    void resetCaches() override;
    QVariant display(int row, int column) const;
    double percent(int row) const;
    void onSubnetsChanged();

    const NetworkDirectory &m_directory;
    const SubnetModel &m_subnets;
    mutable std::vector<std::optional<SubnetTable::Totals>> m_totals;
};

} // namespace ipam
