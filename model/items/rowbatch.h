#pragma once

#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

namespace ipam {

// Maps the rows a view sees to positions in a model's storage while a batch of insertions
// or removals is announced run by run.
//
// Item models announce each contiguous run with its own begin/end pair, and after each
// endRemoveRows()/endInsertRows() the model must look exactly as if only the runs announced
// so far had happened (QAbstractItemModelTester checks it). Editing the storage once per run
// costs O(n) per run, O(n * runs) for a scattered batch: 10,000 reassigned subnets among a
// million rows would take seconds. Instead the storage is edited once, and this mapping
// answers for the partial states in between in O(log runs):
//
// - Removing: the storage keeps the old layout until the batch ends; row -> old position.
// - Inserting: the storage already has the final layout; rows before the last announced run
//   are final, rows after it are old rows not yet reached, shifted by what was inserted.
//
// Runs must be announced in ascending order.
class RowBatch
{
public:
    enum class Mode { Idle, Removing, Inserting };

    Mode mode() const { return m_mode; }
    bool isIdle() const { return m_mode == Mode::Idle; }

    void beginRemoving()
    {
        m_mode = Mode::Removing;
        m_runs.clear();
        m_count = 0;
    }
    // `first` in the coordinates announced to the view (beginRemoveRows' first).
    void runRemoved(qsizetype first, qsizetype count)
    {
        m_count += count;
        m_runs.emplace_back(first, m_count);
    }
    // Removing: the old position of the row the view calls `row` now.
    qsizetype oldPosition(qsizetype row) const
    {
        auto it = std::upper_bound(m_runs.begin(), m_runs.end(), row,
                                   [](qsizetype r, const std::pair<qsizetype, qsizetype> &run) {
                                       return r < run.first;
                                   });
        if (it == m_runs.begin())
            return row;
        return row + std::prev(it)->second;
    }

    // `total`: the rows the whole batch inserts.
    void beginInserting(qsizetype total)
    {
        m_mode = Mode::Inserting;
        m_boundary = 0;
        m_count = 0;
        m_total = total;
    }
    // `first` in final coordinates (beginInsertRows' first).
    void runInserted(qsizetype first, qsizetype count)
    {
        m_boundary = first + count;
        m_count += count;
    }
    // Inserting: {true, final position} for rows already final, else {false, old position}.
    std::pair<bool, qsizetype> insertingPosition(qsizetype row) const
    {
        if (row < m_boundary)
            return {true, row};
        return {false, row - m_count};
    }

    void finish() { m_mode = Mode::Idle; }

    // The row count the view sees, given the storage's.
    qsizetype visibleCount(qsizetype storageCount) const
    {
        switch (m_mode) {
        case Mode::Idle:
            return storageCount;
        case Mode::Removing:
            return storageCount - m_count;
        case Mode::Inserting:
            return storageCount - (m_total - m_count);
        }
        return storageCount;
    }

    // Splits ascending positions into runs of consecutive ones: (first, count).
    template<typename T>
    static std::vector<std::pair<qsizetype, qsizetype>> runsOf(const std::vector<T> &positions)
    {
        std::vector<std::pair<qsizetype, qsizetype>> runs;
        for (T p : positions) {
            const auto position = qsizetype(p);
            if (!runs.empty() && runs.back().first + runs.back().second == position)
                ++runs.back().second;
            else
                runs.emplace_back(position, 1);
        }
        return runs;
    }

private:
    Mode m_mode = Mode::Idle;
    std::vector<std::pair<qsizetype, qsizetype>> m_runs; // (announced first, removed so far)
    qsizetype m_boundary = 0;
    qsizetype m_count = 0;
    qsizetype m_total = 0;
};

} // namespace ipam
