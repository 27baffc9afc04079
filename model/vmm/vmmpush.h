#pragma once

#include "vmm/vmmlinktable.h"
#include "vmm/vmmsynccontext.h"

#include <QJsonObject>
#include <QString>

namespace ipam {

class VmmIpamState;
class VmmReader;
class VmmWriteQueue;

// IPAM's changes to VMM: creates, replaces and removes an entity over the REST service
// (POST, PUT, DELETE) and records the link that follows. VMM answering 405/501 marks the
// object "not in VMM" with VMM's reason (not asked again until the object changes); an
// answer that did not arrive whole cuts the run off, so that the next run finds out what VMM
// made of it.
class VmmPush
{
public:
    using Outcome = VmmOutcome;

    VmmPush(VmmSyncContext &ctx, VmmReader &reader, VmmIpamState &ipam, VmmWriteQueue &queue);

    // `existing`: the object's link without a remote ID (a create refused before), if any.
    Outcome create(ObjectKind kind, ObjectId id, const QJsonObject &values,
                   const VmmLink *existing);
    Outcome update(VmmLink link, const QJsonObject &values);
    Outcome remove(const VmmLink &link);
    Outcome markNotInVmm(ObjectKind kind, ObjectId id, const QString &set, const QString &reason,
                         const VmmLink *existing);

private:
    Outcome keepNotInVmm(VmmLink link, const QString &reason);

    VmmSyncContext &m_ctx;
    VmmReader &m_reader;
    VmmIpamState &m_ipam;
    VmmWriteQueue &m_queue;
};

} // namespace ipam
