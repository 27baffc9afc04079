#pragma once

#include <QHash>

#include "domain/entities.h"
#include "domain/operation.h"
#include "write/writepath.h"

#include <QList>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace ipam {

class EditHistory;

// One console edit as an undoable step: the objects as they were before it and after it
// (a create has no "before", a remove no "after"). Undo and redo submit the other state
// through the write path as one ChangeSet, each change carrying the version this command
// last wrote (optimistic concurrency), so an object someone else changed meanwhile makes the
// step fail as a conflict instead of overwriting their edit.
//
// A step that fails (conflict, denial, a broken rule) reports the write path's message
// through EditHistory::failed and marks itself obsolete: QUndoStack then drops it from the
// history and keeps its index on the step before (after a failed undo) or after (a failed
// redo) it. The stack stays consistent with the store: every step left in it still describes
// a change that is (below the index) or is not (above it) in the store, and nothing the other
// editor wrote is overwritten.
class ObjectChangeCommand : public QUndoCommand
{
public:
    struct Entry
    {
        std::optional<AnyObject> before;
        std::optional<AnyObject> after;
        // Custom field values on each side, as assignments: the fields the edit set (empty
        // text where there was no value), so undo writes back exactly what was there.
        QList<FieldAssignment> fieldsBefore = {};
        QList<FieldAssignment> fieldsAfter = {};
    };

    // `entries` describe a change already committed (the "after" objects as the write path
    // returned them); the first redo() that QUndoStack::push() makes does nothing.
    ObjectChangeCommand(EditHistory &history, const QString &text, QList<Entry> entries);

    void undo() override;
    void redo() override;

    const QList<Entry> &entries() const { return m_entries; }

private:
    // Makes the store hold `to` (before or after) of every entry, expecting `from`.
    bool apply(bool toAfter);

    EditHistory &m_history;
    QList<Entry> m_entries;
    bool m_skipRedo = true;
};

// The label of a change set, or for one that carries none the name of its operation ("Add
// range", "Edit address"; "Edit 3 objects" for a mix).
QString changeSetName(const ChangeSet &changes);

// The console's undo stack: every edit (drops, dialogs, deletes) goes through run() or is
// recorded with record() after a dialog committed it. Undo and redo go through the same write
// path as the edit itself.
class EditHistory : public QUndoStack
{
    Q_OBJECT
public:
    explicit EditHistory(WritePath &writePath, QObject *parent = nullptr);

    WritePath &writePath() { return m_writePath; }

    // Submits `changes` and, when committed, pushes one step that undoes them. `before` holds
    // the objects as they were, one per change in change order (nullopt for creates).
    WriteResult run(const ChangeSet &changes, const QList<std::optional<AnyObject>> &before);
    // The same, reading the objects an update changes from the store first (dialogs, deletes).
    WriteResult run(const ChangeSet &changes);
    // Pushes a step for a change already committed (a dialog's OK).
    void record(const QString &text, const QList<std::optional<AnyObject>> &before,
                const WriteResult &committed, const ChangeSet &changes);

Q_SIGNALS:
    // An undo or redo was refused; the step has been dropped from the history.
    void failed(const QString &message);

private:
    // The custom field values an edit is about to change, read before it runs (run()).
    QHash<ObjectId, QList<FieldAssignment>> readFields(const ChangeSet &changes);
    QList<FieldAssignment> fieldsBefore(const Change &change,
                                        const std::optional<AnyObject> &before);
    QHash<ObjectId, QList<FieldAssignment>> m_pendingFields;

    friend class ObjectChangeCommand;
    WritePath &m_writePath;
};

} // namespace ipam
