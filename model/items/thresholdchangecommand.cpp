#include "thresholdchangecommand.h"

#include "alerts/utilizationthresholdstore.h"

#include <QCoreApplication>

namespace ipam {

WriteResult ThresholdChangeCommand::run(EditHistory &history, const ObjectRef &object,
                                        const ThresholdSetting &after, const QString &text)
{
    UtilizationThresholdStore thresholds(history.writePath());
    WriteResult result;
    const std::optional<ThresholdSetting> before = thresholds.own(object, &result.message);
    if (!before) {
        result.status = WriteStatus::Failed;
        return result;
    }
    result = thresholds.set(object, after, before);
    if (result.ok())
        history.push(new ThresholdChangeCommand(history, object, *before, after, text));
    return result;
}

ThresholdChangeCommand::ThresholdChangeCommand(EditHistory &history, const ObjectRef &object,
                                               ThresholdSetting before, ThresholdSetting after,
                                               const QString &text)
    : QUndoCommand(text)
    , m_history(history)
    , m_object(object)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void ThresholdChangeCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

void ThresholdChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!apply(true))
        setObsolete(true);
}

bool ThresholdChangeCommand::apply(bool toAfter)
{
    const WriteResult result
            = UtilizationThresholdStore(m_history.writePath())
                      .set(m_object, toAfter ? m_after : m_before, toAfter ? m_before : m_after);
    if (result.ok())
        return true;
    Q_EMIT m_history.failed(
            (toAfter ? QCoreApplication::translate("ipam::EditHistory", "Cannot redo \"%1\": %2")
                     : QCoreApplication::translate("ipam::EditHistory", "Cannot undo \"%1\": %2"))
                    .arg(text(), result.message));
    return false;
}

} // namespace ipam
