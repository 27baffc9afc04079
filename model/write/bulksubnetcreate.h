#pragma once

#include "domain/entities.h"
#include "store/objectwriter.h"
#include "store/store.h"
#include "write/changeset.h"
#include "write/parentcache.h"

#include <QList>

namespace ipam {

// Bulk mode for change sets that create many subnets (a CSV import of a million rows): the
// overlap rule is checked for all of them at once in memory against the spaces' existing
// subnets (one sorted read per space instead of one indexed query per row), and the rows are
// inserted 100 per statement (PostgreSQL) or all at once in key order (SQLite). Every other
// rule still runs per row (ObjectValidator). Measured on SQLite: about 10x the per-row path.
class BulkSubnetCreate
{
public:
    // Switches bulk mode on for sets creating at least bulkThreshold subnets whose new
    // subnets overlap neither each other nor a stored one; a refusal names the later change of
    // the first clash and sets `failedChange` to its index.
    WriteOutcome prevalidate(const ChangeSet &changes, Store &store, ParentCache &parents,
                             int *failedChange);
    bool isActive() const { return m_active; }

    // A validated subnet, written with the next insertPending.
    void add(const Subnet &subnet) { m_pending.append(subnet); }
    bool isEmpty() const { return m_pending.isEmpty(); }
    // PostgreSQL takes them a multi-row statement at a time (MultiRowWriter); SQLite all at
    // once, in key order.
    bool batchFull(const Database &database) const;
    // Inserts the pending subnets, giving each its id and version; they stay pending until
    // takePending (the applier records them). On PostgreSQL a refusal names its subnet, whose
    // index among the pending ones is `*failedIndex` (-1 when unknown).
    WriteOutcome insertPending(ObjectWriter &writer, int *failedIndex = nullptr);
    QList<Subnet> takePending() { return std::exchange(m_pending, {}); }

private:
    bool m_active = false;
    QList<Subnet> m_pending;
};

} // namespace ipam
