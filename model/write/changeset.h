#pragma once

#include "domain/customfield.h"
#include "domain/entities.h"
#include "domain/operation.h"

#include <QList>
#include <QString>

#include <functional>

namespace ipam {

class Database;

// One change: create an object (id 0), update it to the given values, or remove it.
// `expectedVersion` is the version the editor saw; the write path refuses the change as a
// conflict when the stored object has moved on (optimistic concurrency). -1 skips the check
// (scripts that say "set this, whatever it is now").
struct Change
{
    ChangeOp op = ChangeOp::Create;
    AnyObject object;
    qint64 expectedVersion = -1;
    // A create whose parent is created earlier in the same change set: the index of that
    // change; its new id fills the reference before this change is checked. Supported pairs:
    // a subnet's site (NetworkSite), a VM network's customer address space (AddressSpace:
    // the space then does not get its VM network by name, this change is that VM network).
    // A VMM pull writes a site with its subnets, a VM network with its space, in one go.
    int parentChange = -1;
    // Custom field values to set on the object (blocks, subnets, ranges, addresses), by field
    // name, written in the same transaction as the object (FieldValueApplier); an empty text
    // clears the field. On an update, fields not named keep their values. A removal drops all.
    QList<FieldAssignment> fields = {};
};

// What one user action changes, applied all-or-nothing by WritePath::submit: a drop of 1,000
// subnets, an import, one dialog's OK. `label` names the action in the audit log ("subnet
// assign", "import subnet subnets.csv").
struct ChangeSet
{
    QString label;
    QList<Change> changes;
    // Optional: runs inside the write path's transaction after every change was written and
    // validated, before the audit row and COMMIT. `written` holds the changes' objects as
    // written (ids and versions set), one per change in change order (empty for change sets
    // larger than WritePath::maxObjectsInEvent). For bookkeeping that must live or die with
    // the objects (the VMM sync's link rows: an object and its remote ID commit together or
    // not at all). A non-empty return is the reason to roll everything back (Failed).
    std::function<QString(Database &database, const QList<AnyObject> &written)> inTransaction;

    void create(AnyObject object, QList<FieldAssignment> fields = {})
    {
        changes.append({ChangeOp::Create, std::move(object), -1, -1, std::move(fields)});
    }
    void update(AnyObject object, qint64 expectedVersion = -1, QList<FieldAssignment> fields = {})
    {
        changes.append(
                {ChangeOp::Update, std::move(object), expectedVersion, -1, std::move(fields)});
    }
    void remove(AnyObject object, qint64 expectedVersion = -1)
    {
        changes.append({ChangeOp::Remove, std::move(object), expectedVersion});
    }
    bool isEmpty() const { return changes.isEmpty(); }
};

} // namespace ipam
