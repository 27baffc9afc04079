#pragma once

#include "domain/entities.h"
#include "store/objectwriter.h"
#include "store/store.h"
#include "write/changeset.h"
#include "write/parentcache.h"
#include "write/subnetspans.h"

#include <QList>

#include <map>

namespace ipam {

// Bulk mode for change sets that create many subnets (a CSV import of a million rows): the
// overlap rule is checked for all of them at once in memory against the spaces' existing
// subnets (one sorted read per space instead of one indexed query per row), and the rows are
// inserted 100 per statement (PostgreSQL) or all at once in key order (SQLite). Every other
// rule still runs per row (ObjectValidator). Measured on SQLite: about 10x the per-row path.
//
// A bulk load (BulkLoad) applies its rows chunk by chunk in one transaction, all through one
// instance: the spans of each space (SubnetSpans) are read once and then follow the load's
// creates, so chunk k is checked against the store and chunks 1..k-1 without reading them
// again. A space whose subnets are edited or removed meanwhile is read again (forget).
class BulkSubnetCreate
{
public:
    // Switches bulk mode on for sets creating at least bulkThreshold subnets whose new
    // subnets overlap neither each other nor a stored one; a refusal names the later change of
    // the first clash and sets `failedChange` to its index.
    WriteOutcome prevalidate(const ChangeSet &changes, Store &store, ParentCache &parents,
                             int *failedChange);
    bool isActive() const { return m_active; }
    // For a bulk load: bulk mode for every set from now on, however few subnets it creates
    // (the spans must see every create of the load).
    void setAlwaysActive() { m_alwaysActive = true; }
    // A subnet of `spaceId` was edited or removed: its spans are read again on next use.
    void forget(ObjectId spaceId);

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
    // (space, family number) -> the spans of its subnets, read on first use.
    using SpaceKey = std::pair<ObjectId, int>;
    SubnetSpans *spans(Store &store, SpaceKey key, QString *error);

    bool m_active = false;
    bool m_alwaysActive = false;
    QList<Subnet> m_pending;
    std::map<SpaceKey, SubnetSpans> m_spans;
};

} // namespace ipam
