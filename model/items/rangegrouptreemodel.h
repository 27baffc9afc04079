#pragma once

#include "domain/customfield.h"
#include "domain/rangegroup.h"
#include "fields/rangecriteria.h"
#include "write/changeevent.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace ipam {

class Store;

// IP ADDRESS SPACE ▸ IP Address Range Groups: each range group (IPAM's logical groups, the
// built-in Managed by Service first), under it one node per value of its first level (a range
// property or custom field), under those the values of the next level, and the ranges its
// criteria select at the leaves ("ranges grouped by Site then Owner"). A range with several
// values of a ManyOf field shows under each; one without a value under "(no value)".
//
// Follows the data live: apply() takes each change event; ranges named in it are re-read
// (with their field values), a change of definitions or address spaces reads everything
// again; then the new tree is merged into the shown one node by node (children are kept
// sorted, so the merge is one pass per node), with exact begin/end insert and remove
// notifications and dataChanged for counts, so expanded nodes and the selection survive.
class RangeGroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum class NodeKind { Group, Value, Range };
    enum Role { NodeKindRole = Qt::UserRole + 1, RangeIdRole, GroupNameRole };

    explicit RangeGroupTreeModel(Store &store, QObject *parent = nullptr);
    ~RangeGroupTreeModel() override;

    bool load(QString *error = nullptr);
    void apply(const ipam::ChangeEvent &event);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A range's values of a property or custom field by name (the levels and criteria).
    struct RangeValues
    {
        Range range;
        QHash<ObjectId, QStringList> fields; // custom field id -> values
    };

private:
    struct Node;
    struct Fresh;
    bool readDefinitions(QString *error);
    bool readRange(ObjectId id);
    QStringList valuesOf(const RangeValues &r, const QString &name) const;
    Fresh build() const;
    void merge(Node *node, Fresh &&fresh, const QModelIndex &index);
    QModelIndex indexOf(Node *node, int column = 0) const;

    Store &m_store;
    QList<RangeGroup> m_groups;
    QList<CustomField> m_fields;
    QHash<ObjectId, QString> m_spaceNames;
    QHash<ObjectId, RangeValues> m_ranges;
    std::unique_ptr<Node> m_root;
};

} // namespace ipam
