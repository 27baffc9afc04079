#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

#include <vector>

namespace ipam {

class Database;

// Which objects each audit row changed, so that every object of a change set (not only the
// first, which names the row) finds the row in its own history: the Event Catalog of an object
// and the AUDIT search read it.
//
// Storage stays small at any size of change set: the table audit_object holds runs of
// consecutive ids per kind, (audit_id, kind, bucket, first_id, last_id), and a run never crosses
// a bucket of 4,096 ids (bucket = id >> 12). A million subnets created by one import are ids
// in a row: 245 rows, not a million. Finding an object's rows is an index range read on
// (kind, bucket, first_id) over the runs of one bucket, however long the audit log is.
struct AuditObjectKey
{
    ObjectKind kind;
    ObjectId id;
};

struct AuditObjectRun
{
    ObjectKind kind;
    ObjectId firstId;
    ObjectId lastId;
    friend bool operator==(const AuditObjectRun &, const AuditObjectRun &) = default;
};

constexpr int auditObjectBucketBits = 12;

// The keys of any list of items with `kind` and `id` (a change event's items).
template<typename Items>
std::vector<AuditObjectKey> auditObjectKeys(const Items &items)
{
    std::vector<AuditObjectKey> keys;
    keys.reserve(std::size_t(items.size()));
    for (const auto &item : items)
        keys.push_back({item.kind, item.id});
    return keys;
}

// The runs of `keys` (any order, duplicates allowed), by kind and id, split at buckets.
std::vector<AuditObjectRun> auditObjectRuns(std::vector<AuditObjectKey> keys);

// Writes the runs of `keys` for the audit row `auditId`, in the caller's transaction, in
// multi-row INSERTs. False with `error` set when the database refuses.
bool writeAuditObjects(Database &database, qint64 auditId, std::vector<AuditObjectKey> keys,
                       QString *error);

// The audit rows that changed the object, newest first, at most `limit`.
QList<qint64> auditIdsOf(Database &database, ObjectKind kind, ObjectId id, int limit);

} // namespace ipam
