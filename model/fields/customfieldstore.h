#pragma once

#include "domain/customfield.h"
#include "domain/rangegroup.h"
#include "write/writepath.h"

#include <QJsonObject>

namespace ipam {

// Edits of the store-wide custom field definitions, their associations and the IP address
// range groups: each an AdministrativeChange on the write path (Edit custom fields, checked
// in Global; audited; its event says definitionsChanged so every console reads them again).
// Each edit reads the definitions inside its transaction, so two admins adding the same name
// cannot both succeed. Built-in fields and the built-in range group cannot be removed; a
// built-in field may be given more values (IPAM's new device types), not lose its own.
class CustomFieldStore
{
public:
    explicit CustomFieldStore(WritePath &writePath)
        : m_writePath(writePath)
    { }

    Parsed<QList<CustomField>> fields();
    Parsed<QList<CustomFieldAssociation>> associations();
    Parsed<QList<RangeGroup>> rangeGroups();

    WriteResult addField(const CustomField &field);
    // Replaces the definition of the field named `name` (expectedVersion -1: whatever it is).
    // A list field that loses a value any object holds is refused (naming the value and how
    // many objects hold it).
    WriteResult updateField(const QString &name, const CustomField &field,
                            qint64 expectedVersion = -1);
    // Removes the field with its values (and associations) from every object.
    WriteResult removeField(const QString &name);

    // "where `field` is `value`, `otherField` offers `otherValues`".
    WriteResult addAssociation(const QString &field, const QString &value,
                               const QString &otherField, const QStringList &otherValues);
    WriteResult removeAssociation(ObjectId associationId);

    WriteResult addRangeGroup(const RangeGroup &group);
    WriteResult removeRangeGroup(const QString &name);

    static QJsonObject toJson(const CustomField &field);
    static QJsonObject toJson(const RangeGroup &group);

private:
    WritePath &m_writePath;
};

} // namespace ipam
