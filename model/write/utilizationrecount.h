#pragma once

#include "domain/entities.h"
#include "store/objectwriter.h"
#include "store/store.h"
#include "write/changeevent.h"

#include <QSet>

namespace ipam {

// Utilization is derived, never edited: the subnets and ranges a change set touched (an
// address or range added, moved or removed, a subnet adopting addresses) are collected while
// it applies and recounted once before commit, 500 per statement. The recounted subnets are
// published as updates (without a version bump: nobody edited them) so that views show the
// new figures.
class UtilizationRecount
{
public:
    void touchSubnet(ObjectId id) { m_subnets.insert(id); }
    void touchRange(ObjectId id) { m_ranges.insert(id); }
    bool isTouched(ObjectKind kind, ObjectId id) const;

    // Recounts inside the open transaction; appends each subnet whose figures changed to
    // `event` (with the object when `keepObjects`).
    WriteOutcome run(Store &store, ObjectWriter &writer, ChangeEvent &event, bool keepObjects);

private:
    QSet<ObjectId> m_subnets;
    QSet<ObjectId> m_ranges;
};

} // namespace ipam
