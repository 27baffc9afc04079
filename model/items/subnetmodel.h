#pragma once

#include "items/addressobjectmodel.h"
#include "items/rowbatch.h"
#include "items/subnettable.h"

#include <QIcon>

#include <string>
#include <vector>

namespace ipam {

class NetworkDirectory;

// The subnets as a flat table model over SubnetTable: IPAM's columns, typed roles, and the
// change feed applied incrementally.
//
// apply() takes the net effect of one change event (subnets created or updated, ids removed)
// and announces it with exact begin/end notifications: updates as dataChanged, removals and
// out-of-order insertions run by run (RowBatch keeps each partial state consistent while the
// table is edited once), new ids at the end as one insertion. Selections, expanded nodes and
// scroll positions of the views therefore survive other consoles' edits.
//
// SubnetFilterProxy does not follow the generic row signals: it would have to map a million
// rows per removal. It listens to the table-level signals below, which speak of table rows
// (positions in SubnetTable) and come at the points where its own notifications are valid.
class SubnetModel : public AddressObjectModel
{
    Q_OBJECT
public:
    enum Column {
        NetworkColumn,
        NameColumn,
        PrefixLengthColumn,
        TotalColumn,
        UsedColumn,
        UtilizationPercentColumn,
        UtilizationColumn,
        LogicalNetworkColumn,
        SiteColumn,
        VmNetworkColumn,
        VlanColumn,
        OwnerColumn,
        DescriptionColumn,
        AddressSpaceColumn,
        LastModifiedColumn,
        ColumnCount
    };
    using Row = SubnetTable::Row;

    // The drag MIME type of subnets (their ids, one per line); text/plain carries prefixes.
    static QString mimeType() { return QStringLiteral("application/x-ipam-subnet-ids"); }

    explicit SubnetModel(const NetworkDirectory &directory, QObject *parent = nullptr);

    const SubnetTable &table() const { return m_table; }
    const NetworkDirectory &directory() const { return m_directory; }

    // Replaces everything (a reload); a model reset.
    void reset(const QList<Subnet> &subnets);
    void clear();
    // The net effect of one change event, or one page of a streamed load.
    void apply(const QList<Subnet> &upserts, const QList<ObjectId> &removals);
    // Releases spare capacity after a load.
    void squeeze() { m_table.squeeze(); }

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // AddressObjectModel
    ObjectKind kind() const override { return ObjectKind::Subnet; }
    int ownColumnCount() const override { return ColumnCount; }
    ObjectId objectId(int row) const override;
    int rowOf(ObjectId id) const override;
    Placement placementOf(int row) const override;
    bool matches(int row, const SearchQuery &query) const override;
    bool lessThan(int left, int right, int column) const override;
    bool hiddenByDefault(int column) const override;
    int defaultWidth(int column) const override;

    // Typed access by table row, for the proxy (valid between notifications).
    QVariant cell(Row row, int column, int role) const;
    bool rowLess(Row a, Row b, int column) const;
    // Sorts table rows ascending by a column (the order rowLess defines), with keys computed
    // once per row or placement rather than per comparison.
    void sortRows(std::vector<Row> &rows, int column) const;
    // Whether a row matches the search box: its own text or one of its custom field values.
    bool rowMatches(Row row, const SearchQuery &query) const;
    // The case-folded UTF-8 text of a text column, the key it sorts by.
    void foldedText(Row row, int column, std::string &out) const;
    // The logical network a row counts under (its VM network's for customer subnets).
    ObjectId logicalNetworkOf(Row row) const;

    static QString columnTitle(int column);

Q_SIGNALS:
    // In-place updates of these table rows (ascending); `changes` ORs SubnetTable::Change.
    void tableRowsChanged(const std::vector<quint32> &rows, quint8 changes);
    // These table rows (ascending) are about to go; the table is still unchanged.
    void tableRowsAboutToBeRemoved(const std::vector<quint32> &rows);
    // The table rows were renumbered (after a removal: -1 for removed rows; before the
    // announcement of an insertion in the middle). Indexed by old row.
    void tableRowsRenumbered(const std::vector<qint32> &oldToNew);
    // These table rows (ascending, new numbering) were inserted.
    void tableRowsInserted(const std::vector<quint32> &rows);
    // The totals of these placements changed (the console tree's counts and badges).
    void placementsChanged(const std::vector<quint32> &placements);

private:
    qsizetype storageRow(int row) const;
    QVariant display(Row row, int column) const;

    const NetworkDirectory &m_directory;
    SubnetTable m_table;
    RowBatch m_batch;
    std::vector<qint32> m_batchOldToNew; // while inserting in the middle
    QIcon m_icon;
};

} // namespace ipam
