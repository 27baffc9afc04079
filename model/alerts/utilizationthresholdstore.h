#pragma once

#include "history/utilizationthreshold.h"
#include "write/writepath.h"

namespace ipam {

// Edits of the utilization thresholds objects set themselves (history/utilizationthreshold.h):
// each through the write path as one AdministrativeChange ("threshold set" / "threshold
// clear"), so it is authorized, validated, written in one transaction with its audit row
// (before and after), committed and published (the object as touched, so consoles re-read
// its alerts). RBAC: Edit <kind> of the object in the object's scope: a threshold is a property
// of the object, as IPAM's store-wide thresholds are a setting (Edit settings).
//
// Validated: each figure's range, and under <= over once the object's figures are resolved
// over what it inherits. A descendant with figures of its own keeps them (it is not checked
// again when an ancestor changes); where its resolved under exceeds its over, over-utilization
// is reported first. A removed object's setting is removed with it by the write path.
class UtilizationThresholdStore
{
public:
    explicit UtilizationThresholdStore(WritePath &writePath);

    // The object's own setting (empty when it sets nothing); nullopt with `error` on failure.
    std::optional<ThresholdSetting> own(const ObjectRef &object, QString *error = nullptr);
    // What holds at the object after inheritance.
    std::optional<EffectiveThresholds> effective(const AnyObject &object, QString *error = nullptr);

    // Makes `to` the object's own setting; an empty one clears it. With `expected`, a stored
    // setting other than it is a conflict (undo and redo: someone changed it meanwhile).
    WriteResult set(const ObjectRef &object, const ThresholdSetting &to,
                    const std::optional<ThresholdSetting> &expected = std::nullopt);
    WriteResult clear(const ObjectRef &object,
                      const std::optional<ThresholdSetting> &expected = std::nullopt)
    {
        return set(object, ThresholdSetting(), expected);
    }

private:
    WritePath &m_writePath;
};

} // namespace ipam
