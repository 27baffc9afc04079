#pragma once

#include "items/addressobjectmodel.h"
#include "items/stringpool.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <deque>
#include <vector>

namespace ipam {

// The common part of the range, address and block models: compact rows (`RowData`, with an
// `id` field; text in a StringPool) and the change feed applied one object at a time with
// exact notifications.
//
// Rows are kept in the order they arrived (a whole load sorted by id, then pages and new
// objects appended: the proxy in front sorts), in a deque, so appending a page of a
// 10,000,000-row table never copies the rows already held (a vector's growth would, in one
// stall); an id -> row hash answers rowOf(). A removal renumbers the rows after it, O(n) in
// the rows held, which per scope are the pages read so far.
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
    int rowOf(ObjectId id) const override { return int(m_rowOf.value(id, -1)); }
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
        clearRows();
        for (const Object &object : std::as_const(objects))
            appendRow(object);
        resetCaches();
        endResetModel();
    }

    // Appends the objects not held yet, as one insertion at the end.
    void insertBatch(const QList<Object> &objects)
    {
        QList<const Object *> fresh;
        fresh.reserve(objects.size());
        for (const Object &object : objects) {
            if (!m_rowOf.contains(object.id))
                fresh.append(&object);
        }
        if (fresh.isEmpty())
            return;
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Object *object : std::as_const(fresh))
            appendRow(*object);
        endInsertRows();
        resetCaches();
    }

    void apply(const QList<Object> &upserts, const QList<ObjectId> &removals)
    {
        for (ObjectId id : removals)
            removeRow(rowOf(id));
        for (const Object &object : upserts) {
            const int row = rowOf(object.id);
            if (!holds(object)) {
                // Out of the part this model shows (loaded per scope): gone, or left to the
                // page that reads it.
                removeRow(row);
                continue;
            }
            if (row >= 0) {
                m_rows[size_t(row)] = makeRow(object);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                continue;
            }
            const int position = rowCount();
            beginInsertRows({}, position, position);
            appendRow(object);
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
    // Whether the model shows this object (a model loaded per scope shows part of the store).
    virtual bool holds(const Object &object) const
    {
        Q_UNUSED(object);
        return true;
    }

    void clearRows()
    {
        m_rows.clear();
        m_rows.shrink_to_fit();
        m_rowOf.clear();
        m_text = StringPool();
    }

    void appendRow(const Object &object)
    {
        m_rowOf.insert(object.id, qsizetype(m_rows.size()));
        m_rows.push_back(makeRow(object));
    }
    void removeRow(int row)
    {
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rowOf.remove(m_rows[size_t(row)].id);
        m_rows.erase(m_rows.begin() + row);
        for (size_t i = size_t(row); i < m_rows.size(); ++i)
            m_rowOf[m_rows[i].id] = qsizetype(i);
        endRemoveRows();
    }

    std::deque<RowData> m_rows;
    QHash<ObjectId, qsizetype> m_rowOf;
    StringPool m_text;
};

} // namespace ipam
