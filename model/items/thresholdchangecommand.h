#pragma once

#include "history/utilizationthreshold.h"
#include "items/edithistory.h"

namespace ipam {

// One edit of an object's own utilization thresholds as an undoable step in the console's
// history (EditHistory): undo writes the setting it replaced, redo the one it made, each
// through UtilizationThresholdStore expecting what the other side left, so a threshold
// someone changed meanwhile makes the step fail as a conflict (reported through
// EditHistory::failed, the step dropped) instead of overwriting it.
class ThresholdChangeCommand : public QUndoCommand
{
public:
    // Sets `after` on the object and, when committed, pushes the step onto `history`; the
    // write path's result either way.
    static WriteResult run(EditHistory &history, const ObjectRef &object,
                           const ThresholdSetting &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ThresholdChangeCommand(EditHistory &history, const ObjectRef &object, ThresholdSetting before,
                           ThresholdSetting after, const QString &text);
    bool apply(bool toAfter);

    EditHistory &m_history;
    ObjectRef m_object;
    ThresholdSetting m_before;
    ThresholdSetting m_after;
    bool m_skipRedo = true;
};

} // namespace ipam
