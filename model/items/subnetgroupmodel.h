#pragma once

#include "address/addresscount.h"
#include "domain/utilization.h"
#include "items/subnetgrouping.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace ipam {

class SubnetFilterProxy;

// The result pane's subnets grouped by one column (IPAM's "Group by"): a two-level tree whose
// top rows are the groups, in the column's sort order, with their subnet count and their summed
// total, used addresses and utilization; under each group its subnets, in the order of the
// proxy (so the clicked column sorts inside the groups).
//
// Built over SubnetFilterProxy, not over a QSortFilterProxyModel: grouping reads each row's key
// straight from SubnetTable (one pass, a hash lookup per row, ids decided per placement), and
// sorts only the groups (measured in bench_models beside a QSortFilterProxyModel-based grouping).
//
// It follows the proxy with exact notifications: rows the proxy removes or inserts leave or join
// their group (and an emptied group goes, a new key makes a group), a changed row whose key
// moved leaves one group and joins another, other changes are dataChanged on the row and on its
// group's totals; the proxy's resets (a filter change) and layout changes (a sort) regroup.
class SubnetGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        GroupLabelRole = Qt::UserRole + 200, // QString: the group's value, on group rows
        IsGroupRole,                         // bool
    };

    explicit SubnetGroupModel(QObject *parent = nullptr);

    void setSourceProxy(SubnetFilterProxy *proxy);
    SubnetFilterProxy *sourceProxy() const { return m_proxy; }
    // -1: no grouping (no rows); otherwise a SubnetGrouping::isGroupable column.
    void setGroupColumn(int column);
    int groupColumn() const { return m_column; }

    int groupCount() const { return int(m_order.size()); }
    QModelIndex groupIndex(int groupRow) const { return index(groupRow, 0); }
    // The proxy row of a child index (-1 for a group row).
    int proxyRow(const QModelIndex &index) const;
    QModelIndex indexOfProxyRow(int proxyRow, int column = 0) const;
    QString groupLabel(int groupRow) const;
    qint64 groupSubnetCount(int groupRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QStringList mimeTypes() const override;

private:
    struct Group
    {
        SubnetGrouping::Key key;
        QString label;
        std::vector<int> members; // proxy rows, ascending
        quint64 utilized = 0;
        AddressCount total;
        bool live = false;
    };

    void connectProxy();
    void regroup();
    void rebuildKeyIndex();
    int findGroup(const SubnetGrouping::Key &key) const;
    int createGroup(const SubnetGrouping::Key &key, int proxyRow);
    int sortedPosition(int groupId) const;
    void recount(Group &group);
    void removeMember(int proxyRow);
    void insertMember(int proxyRow);
    QModelIndex groupIndexOf(int groupId, int column = 0) const;
    QVariant groupData(const Group &group, int column, int role) const;
    SubnetTable::Row tableRowOf(int proxyRow) const;

    void onAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRemoved(const QModelIndex &parent, int first, int last);
    void onInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();

    SubnetFilterProxy *m_proxy = nullptr; // not owned; outlives this model
    int m_column = -1;
    std::vector<Group> m_groups; // by group id; ids of emptied groups are reused
    std::vector<int> m_freeIds;
    std::vector<int> m_order;      // group row -> group id
    std::vector<int> m_rowOfGroup; // group id -> group row
    std::vector<int> m_groupOf;    // proxy row -> group id
    QHash<quint64, int> m_byNumber;
    QHash<QString, int> m_byText;
    QList<QMetaObject::Connection> m_connections;
    // Across a layout change: each persistent index as its subnet's id, or its group's key.
    struct PersistentKey
    {
        ObjectId subnetId = 0; // 0: a group row
        SubnetGrouping::Key key;
        int column = 0;
    };
    QModelIndexList m_layoutPersistent;
    QList<PersistentKey> m_layoutKeys;
};

} // namespace ipam
