#pragma once

#include "domain/customfield.h"
#include "domain/entities.h"
#include "store/customfieldtables.h"
#include "store/writeoutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ipam {

class Database;

// The custom field values of the objects one change set writes (Change::fields), inside the
// same transaction as the objects: an object and its values commit together or not at all.
// prepare() resolves each NAME=VALUE against the definitions (read once per change set, only
// if some change has values), validates it (the field exists and applies to the kind, the value
// parses, associations hold over the object's values after the change) and puts the values of
// property-backed built-in fields (Device Type, ...) on the object itself; write() stores the
// rest once the object has its id; removeAll() drops a removed object's values.
class FieldValueApplier
{
public:
    struct Resolved
    {
        ObjectId fieldId = 0;
        QString name;
        QStringList values; // empty: clear
    };
    struct Prepared
    {
        QList<Resolved> values;
        QJsonObject before; // the object's values before the change, by field name (updates)
    };

    explicit FieldValueApplier(Database &database);

    // For a create `objectId` is 0. Property-backed fields are set on `object`.
    WriteOutcome prepare(AnyObject *object, ObjectId objectId,
                         const QList<FieldAssignment> &assignments, Prepared *out);
    WriteOutcome write(ObjectKind kind, ObjectId objectId, const Prepared &prepared);
    WriteOutcome removeAll(ObjectKind kind, ObjectId objectId, QJsonObject *before);

    // The values as the audit row shows them: {"Site": "East", "Tags": "a; b"} (cleared: "").
    static QJsonObject json(const Prepared &prepared);

private:
    WriteOutcome load();
    QJsonObject storedJson(ObjectKind kind, ObjectId objectId, QHash<ObjectId, QString> *stored);

    Database &m_db;
    CustomFieldTables m_tables;
    bool m_loaded = false;
    // Per kind: whether any object of it may hold values (so a million removals of objects
    // without values read nothing more).
    std::optional<bool> m_kindHasValues[objectKindCount];
    QList<CustomField> m_fields;
    QList<CustomFieldAssociation> m_associations;
};

} // namespace ipam
