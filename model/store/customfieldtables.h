#pragma once

#include "address/parsed.h"
#include "domain/customfield.h"
#include "domain/rangegroup.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ipam {

class Database;

// The SQL of custom fields (store/customfieldschema.h): definitions, associations, range
// groups and the values of objects. Reads run anywhere; the writes are meant for the write
// path's open transaction (ChangeApplier for values, fields/ for definitions), which audits
// them. One instance per use: it caches nothing, statements are the Database's prepared ones.
class CustomFieldTables
{
public:
    explicit CustomFieldTables(Database &database)
        : m_db(database)
    { }

    // Every definition, built-in ones first, then by name.
    Parsed<QList<CustomField>> fields();
    Parsed<QList<CustomFieldAssociation>> associations();
    Parsed<QList<RangeGroup>> rangeGroups();

    // Definitions (inside a transaction). insert sets field->id and version.
    bool insertField(CustomField *field, QString *error);
    bool updateField(CustomField *field, QString *error); // bumps version
    // The field with its values and associations.
    bool removeField(ObjectId fieldId, QString *error);
    bool insertAssociation(CustomFieldAssociation *association, QString *error);
    bool removeAssociation(ObjectId associationId, QString *error);
    bool insertRangeGroup(RangeGroup *group, QString *error);
    bool updateRangeGroup(RangeGroup *group, QString *error);
    bool removeRangeGroup(ObjectId groupId, QString *error);

    // Values. The stored text of one object's fields: field id -> stored text
    // (customfields::fromStoredText splits it).
    Parsed<QHash<ObjectId, QString>> valuesOf(ObjectKind kind, ObjectId objectId);
    // One field's values over all objects of a kind: object id -> stored text (a result-pane
    // column, a CSV export).
    Parsed<QHash<ObjectId, QString>> column(ObjectKind kind, ObjectId fieldId);
    // Whether any object of the kind holds a value.
    Parsed<bool> anyValues(ObjectKind kind);
    // How many objects hold a value of the field.
    Parsed<qint64> valueCount(ObjectId fieldId);
    // Sets (stored non-empty) or clears (empty) one value.
    bool setValue(ObjectKind kind, ObjectId objectId, ObjectId fieldId, const QString &stored,
                  QString *error);
    bool removeValuesOf(ObjectKind kind, ObjectId objectId, QString *error);

private:
    bool run(const QString &sql, const QVariantList &binds, QString *error,
             qint64 *insertedId = nullptr);
    Database &m_db;
};

} // namespace ipam
