#include "edithistory.h"

#include "store/customfieldtables.h"

#include <algorithm>

namespace ipam {

ObjectChangeCommand::ObjectChangeCommand(EditHistory &history, const QString &text,
                                         QList<Entry> entries)
    : m_history(history)
    , m_entries(std::move(entries))
{
    setText(text);
}

void ObjectChangeCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

void ObjectChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!apply(true))
        setObsolete(true);
}

bool ObjectChangeCommand::apply(bool toAfter)
{
    ChangeSet changes;
    changes.label = (toAfter ? QStringLiteral("redo ") : QStringLiteral("undo ")) + text();
    changes.changes.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        const std::optional<AnyObject> &from = toAfter ? entry.before : entry.after;
        const std::optional<AnyObject> &to = toAfter ? entry.after : entry.before;
        const QList<FieldAssignment> &fields = toAfter ? entry.fieldsAfter : entry.fieldsBefore;
        if (from && to) {
            AnyObject object = *to;
            storedPart(object).id = storedPart(*from).id;
            storedPart(object).version = storedPart(*from).version;
            changes.update(std::move(object), storedPart(*from).version, fields);
        } else if (to) {
            AnyObject object = *to;
            storedPart(object).id = 0;
            storedPart(object).version = 0;
            QList<FieldAssignment> values = fields;
            values.removeIf([](const FieldAssignment &a) { return a.text.isEmpty(); });
            changes.create(std::move(object), values);
        } else if (from) {
            changes.remove(*from, storedPart(*from).version);
        }
    }
    const WriteResult result = m_history.writePath().submit(changes);
    if (!result.ok()) {
        Q_EMIT m_history.failed((toAfter ? EditHistory::tr("Cannot redo \"%1\": %2")
                                         : EditHistory::tr("Cannot undo \"%1\": %2"))
                                        .arg(text(), result.message));
        return false;
    }
    const bool haveObjects = result.objects.size() == changes.changes.size();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        std::optional<AnyObject> &to = toAfter ? entry.after : entry.before;
        if (!to)
            continue;
        if (haveObjects) {
            to = result.objects.at(i);
        } else {
            // Too large for the event to carry the objects: updates bump the version by one.
            const std::optional<AnyObject> &from = toAfter ? entry.before : entry.after;
            if (from) {
                storedPart(*to).id = storedPart(*from).id;
                storedPart(*to).version = storedPart(*from).version + 1;
            }
        }
    }
    return true;
}

QString changeSetName(const ChangeSet &changes)
{
    if (!changes.label.isEmpty() || changes.changes.isEmpty())
        return changes.label;
    const Change &first = changes.changes.constFirst();
    const bool alike = std::all_of(
            changes.changes.cbegin(), changes.changes.cend(), [&](const Change &change) {
                return change.op == first.op && kindOf(change.object) == kindOf(first.object);
            });
    // The operation's name, as the write path would audit it: "Add range", "Edit address".
    if (alike)
        return displayName(operationFor(first.op, kindOf(first.object)));
    return QObject::tr("Edit %1 objects").arg(changes.changes.size());
}

QList<FieldAssignment> EditHistory::fieldsBefore(const Change &change,
                                                 const std::optional<AnyObject> &before)
{
    // What run() read before the edit ran: the fields an update set, everything a removed
    // object held (so that undo recreates it with its values). record() of an edit committed
    // elsewhere has none.
    if (!before || change.op == ChangeOp::Create || !fieldkinds::canHaveFields(kindOf(*before)))
        return {};
    return m_pendingFields.value(storedPart(*before).id);
}

QHash<ObjectId, QList<FieldAssignment>> EditHistory::readFields(const ChangeSet &changes)
{
    QHash<ObjectId, QList<FieldAssignment>> result;
    CustomFieldTables tables(m_writePath.store().database());
    QList<CustomField> fields;
    bool loaded = false;
    // A kind without any values needs no read per removed object (a delete of 100,000 rows).
    QHash<int, bool> kindHasValues;
    for (const Change &change : changes.changes) {
        const ObjectKind kind = kindOf(change.object);
        const bool wanted = fieldkinds::canHaveFields(kind)
                && ((change.op == ChangeOp::Update && !change.fields.isEmpty())
                    || change.op == ChangeOp::Remove);
        if (!wanted)
            continue;
        if (!loaded) {
            fields = tables.fields().valueOr({});
            loaded = true;
        }
        if (change.op == ChangeOp::Remove) {
            auto has = kindHasValues.find(int(kind));
            if (has == kindHasValues.end())
                has = kindHasValues.insert(int(kind), tables.anyValues(kind).valueOr(true));
            if (!*has)
                continue;
        }
        const ObjectId id = storedPart(change.object).id;
        const QHash<ObjectId, QString> stored = tables.valuesOf(kind, id).valueOr({});
        QList<FieldAssignment> values;
        if (change.op == ChangeOp::Update) {
            for (const FieldAssignment &a : change.fields) {
                const CustomField *f = customfields::find(fields, a.field);
                if (f && f->property.isEmpty())
                    values.append({f->name,
                                   customfields::valueText(
                                           customfields::fromStoredText(stored.value(f->id)))});
            }
        } else {
            for (const CustomField &f : std::as_const(fields)) {
                if (stored.contains(f.id))
                    values.append({f.name,
                                   customfields::valueText(
                                           customfields::fromStoredText(stored.value(f.id)))});
            }
        }
        result.insert(id, values);
    }
    return result;
}

EditHistory::EditHistory(WritePath &writePath, QObject *parent)
    : QUndoStack(parent)
    , m_writePath(writePath)
{ }

WriteResult EditHistory::run(const ChangeSet &changes,
                             const QList<std::optional<AnyObject>> &before)
{
    // An unnamed edit (a dialog that sets no label) still gets a name, so that the Undo menu,
    // the Undo History and the audit log never show a blank step.
    ChangeSet named = changes;
    named.label = changeSetName(named);
    m_pendingFields = readFields(named);
    const WriteResult result = m_writePath.submit(named);
    if (result.ok())
        record(named.label, before, result, named);
    m_pendingFields.clear();
    return result;
}

WriteResult EditHistory::run(const ChangeSet &changes)
{
    QList<std::optional<AnyObject>> before;
    before.reserve(changes.changes.size());
    for (const Change &change : changes.changes) {
        switch (change.op) {
        case ChangeOp::Create:
            before.append(std::nullopt);
            break;
        case ChangeOp::Update:
            before.append(
                    m_writePath.store().get(kindOf(change.object), storedPart(change.object).id));
            break;
        case ChangeOp::Remove:
            before.append(change.object);
            break;
        }
    }
    return run(changes, before);
}

void EditHistory::record(const QString &text, const QList<std::optional<AnyObject>> &before,
                         const WriteResult &committed, const ChangeSet &changes)
{
    QList<ObjectChangeCommand::Entry> entries;
    entries.reserve(changes.changes.size());
    const bool haveObjects = committed.objects.size() == changes.changes.size();
    for (qsizetype i = 0; i < changes.changes.size(); ++i) {
        const Change &change = changes.changes.at(i);
        ObjectChangeCommand::Entry entry;
        entry.before = before.value(i);
        if (change.op != ChangeOp::Remove) {
            if (haveObjects) {
                entry.after = committed.objects.at(i);
            } else {
                entry.after = change.object;
                storedPart(*entry.after).version = change.expectedVersion >= 0
                        ? change.expectedVersion + 1
                        : storedPart(change.object).version + 1;
            }
        } else if (!entry.before) {
            entry.before = haveObjects ? committed.objects.at(i) : change.object;
        }
        entry.fieldsAfter
                = change.op == ChangeOp::Remove ? QList<FieldAssignment>() : change.fields;
        entry.fieldsBefore = fieldsBefore(change, entry.before);
        entries.append(std::move(entry));
    }
    push(new ObjectChangeCommand(*this, text, std::move(entries)));
}

} // namespace ipam
