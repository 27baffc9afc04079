#pragma once

#include "items/addressobjectmodel.h"
#include "items/stringpool.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace ipam {

// The common part of the range, address and block models: compact rows (`RowData`, with an
// `id` field; text in a StringPool) kept in id order, and the change feed applied one object
// at a time with exact notifications. These tables are a few thousand to tens of thousands of
// rows, where an O(n) vector insert per change is cheaper than any index; the subnets, a
// million rows, have SubnetModel.
template<typename Object, typename RowData>
class ObjectRowModel : public AddressObjectModel
{
public:
    using AddressObjectModel::AddressObjectModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    ObjectId objectId(int row) const override { return m_rows[size_t(row)].id; }
    int rowOf(ObjectId id) const override
    {
        const auto it = std::lower_bound(
                m_rows.begin(), m_rows.end(), id,
                [](const RowData &row, ObjectId wanted) { return row.id < wanted; });
        return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    }
    const RowData &rowData(int row) const { return m_rows[size_t(row)]; }

    void reset(QList<Object> objects)
    {
        beginResetModel();
        std::sort(objects.begin(), objects.end(),
                  [](const Object &a, const Object &b) { return a.id < b.id; });
        m_rows.clear();
        m_text = StringPool();
        m_rows.reserve(size_t(objects.size()));
        for (const Object &object : std::as_const(objects))
            m_rows.push_back(makeRow(object));
        resetCaches();
        endResetModel();
    }

    void apply(const QList<Object> &upserts, const QList<ObjectId> &removals)
    {
        for (ObjectId id : removals) {
            const int row = rowOf(id);
            if (row < 0)
                continue;
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
        for (const Object &object : upserts) {
            const int row = rowOf(object.id);
            if (row >= 0) {
                m_rows[size_t(row)] = makeRow(object);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                continue;
            }
            const auto it = std::lower_bound(
                    m_rows.begin(), m_rows.end(), object.id,
                    [](const RowData &r, ObjectId wanted) { return r.id < wanted; });
            const int position = int(it - m_rows.begin());
            beginInsertRows({}, position, position);
            m_rows.insert(m_rows.begin() + position, makeRow(object));
            endInsertRows();
        }
        if (!removals.isEmpty() || !upserts.isEmpty())
            resetCaches();
    }

    // Announces that derived columns of these rows changed (their subnet moved, ...).
    void rowsDerivedChanged(const std::vector<int> &rows)
    {
        for (int row : rows)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

protected:
    virtual RowData makeRow(const Object &object) = 0;
    virtual void resetCaches() { }

    std::vector<RowData> m_rows;
    StringPool m_text;
};

} // namespace ipam
