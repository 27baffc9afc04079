#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace ipam {

// A flat table whose rows are identified by a key (a role's id, a policy's principal) and
// re-read whole from the store on every refresh. setRows() turns the new list into the exact
// notifications a view needs to keep its selection and scroll position: rows that are gone
// are removed, new ones inserted where they belong, rows whose place changed (a rename that
// re-sorts) are moved, and rows whose values changed get dataChanged. The access-control
// tables hold hundreds of rows, so the linear searches here cost nothing.
//
// Subclasses say what a row's key is and whether two versions of a row look the same.
template<typename Row, typename Key>
class KeyedRowModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const Key &key) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == key)
                return i;
        }
        return -1;
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;
    virtual bool sameValues(const Row &a, const Row &b) const = 0;

    // `target` is in display order and has unique keys.
    void setRows(const QList<Row> &target)
    {
        QList<Key> wanted;
        wanted.reserve(target.size());
        for (const Row &row : target)
            wanted.append(keyOf(row));
        // Removals, bottom up in contiguous runs.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (wanted.contains(keyOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !wanted.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows(QModelIndex(), first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
        // Every target position in turn: already there, moved up from below, or new.
        for (int i = 0; i < target.size(); ++i) {
            const Key &key = wanted.at(i);
            if (i < m_rows.size() && keyOf(m_rows.at(i)) == key) {
                updateRow(i, target.at(i));
                continue;
            }
            int from = -1;
            for (int j = i + 1; j < m_rows.size(); ++j) {
                if (keyOf(m_rows.at(j)) == key) {
                    from = j;
                    break;
                }
            }
            if (from >= 0) {
                beginMoveRows(QModelIndex(), from, from, QModelIndex(), i);
                m_rows.move(from, i);
                endMoveRows();
                updateRow(i, target.at(i));
            } else {
                beginInsertRows(QModelIndex(), i, i);
                m_rows.insert(i, target.at(i));
                endInsertRows();
            }
        }
        Q_ASSERT(m_rows.size() == target.size());
    }

private:
    void updateRow(int row, const Row &values)
    {
        if (sameValues(m_rows.at(row), values))
            return;
        m_rows[row] = values;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    QList<Row> m_rows;
};

} // namespace ipam
