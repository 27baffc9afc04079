#pragma once

#include "domain/entities.h"
#include "domain/operation.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace ipam {

// What a committed change set did, published by the write path after COMMIT so the item
// models can apply it incrementally. `objects` holds each object as written (after a create
// or update, as it was before a remove), in the order of `items`. Derived updates (a
// subnet's utilization after an address was added) appear as Update items too.
struct ChangeEvent
{
    struct Item
    {
        ChangeOp op;
        ObjectKind kind;
        ObjectId id;
        qint64 version;
    };
    QList<Item> items;
    QList<AnyObject> objects;
    QString principal;
    QString label;
    qint64 auditId = 0;
    // False when the event was learned from another process (NOTIFY, data_version) and
    // `objects` is empty: listeners re-read the items they show.
    bool local = true;
    // Set on an event from another process that changed too much to list (a bulk import):
    // listeners reload what they show.
    bool reloadAll = false;
    // The store-wide definitions changed: custom fields, their associations or range groups
    // (an administrative change, fields/). Consoles read them again (columns, dialogs, the
    // range group tree).
    bool definitionsChanged = false;
};

} // namespace ipam

Q_DECLARE_METATYPE(ipam::ChangeEvent)
