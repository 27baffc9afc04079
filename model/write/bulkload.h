#pragma once

#include "write/changeset.h"
#include "write/writepath.h"

#include <memory>

namespace ipam {

class ChangeApplier;
class WriteTransaction;

// The write path for a load too large to hold as one ChangeSet (a CSV import of a million
// rows): the caller submits it in chunks, and every chunk goes through exactly the checks of
// WritePath::submit (stored versions, RBAC, ObjectValidator's rules, overlap across the load
// and the store), all inside ONE transaction, so the load commits whole or not at all. A
// refused chunk, a cancel, or a process killed midway leaves the store as it was.
//
// What stays bounded, however long the load: the chunk the caller holds; the overlap checks'
// spans (compact keys, BulkSubnetCreate / SubnetSpans); the audit row (the first
// WritePath::maxObjectsInAudit objects' before/after and the count, plus audit_object id runs so
// that each object finds the row in its own history); the change event other consoles get
// ("*": reload). The utilization of touched subnets and ranges is recounted once, at commit.
class BulkLoad
{
public:
    // Rows per chunk the callers use: big enough that per-chunk costs vanish, small enough
    // that a chunk of QString-carrying objects stays a few megabytes.
    static constexpr int chunkSize = 10000;

    // `label` names the load in the audit log ("import subnet subnets.csv").
    BulkLoad(WritePath &writePath, QString label);
    ~BulkLoad(); // rolls back a load not committed

    // Starts the transaction; false with `result` saying why.
    bool begin(WriteResult &result);
    // Applies one chunk. On a refusal the load is over (rolled back) and `failedChange`
    // indexes the refused change of this chunk.
    WriteResult apply(const ChangeSet &chunk);
    // Recounts, writes the audit row, commits and publishes the load's change event.
    WriteResult commit();
    // Rolls everything back.
    void cancel();

    bool isOpen() const { return m_open; }
    qint64 changes() const { return m_changes; }

private:
    WritePath &m_writePath;
    QString m_label;
    QString m_firstObject;
    std::unique_ptr<WriteTransaction> m_transaction;
    std::unique_ptr<ChangeApplier> m_applier;
    bool m_open = false;
    qint64 m_changes = 0;
};

} // namespace ipam
