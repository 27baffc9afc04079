#pragma once

#include "domain/entities.h"

#include <QTreeView>

class QTableView;

namespace ipam {

class SubnetFilterProxy;
class SubnetGroupModel;

// The result pane's subnets grouped by a column (Group by): a tree over SubnetGroupModel whose
// group rows show the value, the count and the summed utilization (bars drawn by the same
// delegate as the table), expandable to the subnets, which keep the table's columns (order,
// widths, hidden ones) and its sort. Selection and activation speak of subnet ids, as the
// table's do.
class GroupedSubnetView : public QTreeView
{
    Q_OBJECT
public:
    GroupedSubnetView(SubnetFilterProxy *proxy, QWidget *parent = nullptr);

    SubnetGroupModel *groupModel() const { return m_groups; }
    void setGroupColumn(int column);
    int groupColumn() const;
    // Takes the table's column order, widths and hidden columns (when grouping starts).
    void followColumnsOf(const QTableView *table);

    QList<ObjectId> selectedIds() const;
    ObjectId currentId() const;
    void selectIds(const QList<ObjectId> &ids);

Q_SIGNALS:
    void subnetActivated(ipam::ObjectId id);

private:
    SubnetGroupModel *m_groups = nullptr;
};

} // namespace ipam
