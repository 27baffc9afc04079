#include "customfieldstore.h"

#include "fields/rangecriteria.h"
#include "store/customfieldtables.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

WriteResult result(WriteStatus status, const QString &message)
{
    WriteResult r;
    r.status = status;
    r.message = message;
    return r;
}

WriteResult refused(const QString &message)
{
    return result(WriteStatus::Refused, message);
}

WriteResult failed(const QString &message)
{
    return result(WriteStatus::Failed, message);
}

QString fieldObject(const QString &name)
{
    return u"custom field \"%1\""_s.arg(name);
}

AdministrativeChange definitionsChange(const QString &label, const QString &object)
{
    AdministrativeChange change;
    change.label = label;
    change.object = object;
    change.changesDefinitions = true;
    change.requirements.append({Operation::EditCustomFields, 0, object});
    return change;
}

// The names a range group's levels may use beside custom fields: the range's own properties.
const QStringList &rangeProperties()
{
    static const QStringList names
            = {u"ManagedByService"_s, u"ServiceInstance"_s, u"AssignmentType"_s, u"Owner"_s,
               u"Description"_s,      u"AddressSpace"_s};
    return names;
}

} // namespace

Parsed<QList<CustomField>> CustomFieldStore::fields()
{
    return CustomFieldTables(m_writePath.database()).fields();
}

Parsed<QList<CustomFieldAssociation>> CustomFieldStore::associations()
{
    return CustomFieldTables(m_writePath.database()).associations();
}

Parsed<QList<RangeGroup>> CustomFieldStore::rangeGroups()
{
    return CustomFieldTables(m_writePath.database()).rangeGroups();
}

QJsonObject CustomFieldStore::toJson(const CustomField &f)
{
    return {{u"Name"_s, f.name},
            {u"Type"_s, toString(f.type)},
            {u"AppliesTo"_s, fieldkinds::toString(f.appliesTo)},
            {u"Values"_s, QJsonArray::fromStringList(f.allowedValues)},
            {u"BuiltIn"_s, f.builtIn},
            {u"Property"_s, f.property},
            {u"Description"_s, f.description}};
}

QJsonObject CustomFieldStore::toJson(const RangeGroup &g)
{
    return {{u"Name"_s, g.name},
            {u"Levels"_s, QJsonArray::fromStringList(g.levels)},
            {u"Criteria"_s, g.criteria},
            {u"BuiltIn"_s, g.builtIn},
            {u"Description"_s, g.description}};
}

WriteResult CustomFieldStore::addField(const CustomField &given)
{
    CustomField field = given;
    field.id = 0;
    field.builtIn = false;
    field.property.clear();
    if (const Verdict v = customfields::definitionIsValid(field); !v)
        return refused(v.reason());
    AdministrativeChange change = definitionsChange(u"field add"_s, fieldObject(field.name));
    change.apply = [field](Database &db, QJsonArray &, QJsonArray &after,
                           QList<ObjectRef> &) mutable {
        CustomFieldTables tables(db);
        const Parsed<QList<CustomField>> existing = tables.fields();
        if (!existing)
            return failed(existing.error());
        if (const CustomField *same = customfields::find(existing.value(), field.name))
            return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                       "custom field \"%1\" already exists")
                                   .arg(same->name));
        QString error;
        if (!tables.insertField(&field, &error))
            return failed(error);
        after.append(toJson(field));
        return WriteResult();
    };
    return m_writePath.submit(change);
}

WriteResult CustomFieldStore::updateField(const QString &name, const CustomField &given,
                                          qint64 expectedVersion)
{
    AdministrativeChange change = definitionsChange(u"field set"_s, fieldObject(name));
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &after, QList<ObjectRef> &) {
        CustomFieldTables tables(db);
        const Parsed<QList<CustomField>> existing = tables.fields();
        if (!existing)
            return failed(existing.error());
        const CustomField *stored = customfields::find(existing.value(), name);
        if (!stored)
            return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                       "there is no custom field \"%1\"")
                                   .arg(name));
        if (expectedVersion >= 0 && stored->version != expectedVersion)
            return result(
                    WriteStatus::Conflict,
                    QCoreApplication::translate(
                            "ipam::CustomFieldStore",
                            "custom field \"%1\" was changed by someone else meanwhile; refresh "
                            "and try again")
                            .arg(stored->name));
        CustomField field = given;
        field.id = stored->id;
        field.version = stored->version;
        field.builtIn = stored->builtIn;
        field.property = stored->property;
        if (stored->builtIn) {
            // IPAM's built-in fields keep their name, type, kinds and values; they may offer
            // more (new device types are values of Device Type).
            if (field.name != stored->name || field.type != stored->type
                || field.appliesTo != stored->appliesTo)
                return refused(QCoreApplication::translate(
                                       "ipam::CustomFieldStore",
                                       "custom field \"%1\" is built in: only its values and "
                                       "description can change")
                                       .arg(stored->name));
            for (const QString &value : stored->allowedValues) {
                if (!field.allowedValues.contains(value))
                    return refused(QCoreApplication::translate(
                                           "ipam::CustomFieldStore",
                                           "custom field \"%1\" is built in: its value \"%2\" "
                                           "cannot be removed")
                                           .arg(stored->name, value));
            }
        }
        if (const Verdict v = customfields::definitionIsValid(field); !v)
            return refused(v.reason());
        if (const CustomField *other = customfields::find(existing.value(), field.name);
            other && other->id != field.id)
            return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                       "custom field \"%1\" already exists")
                                   .arg(other->name));
        // Values objects hold must stay valid: a type change or a value dropped from the list
        // would leave them unreadable.
        if (field.type != stored->type || field.isList()) {
            for (ObjectKind kind :
                 {ObjectKind::Block, ObjectKind::Subnet, ObjectKind::Range, ObjectKind::Address}) {
                const Parsed<QHash<ObjectId, QString>> column = tables.column(kind, field.id);
                if (!column)
                    return failed(column.error());
                if (!column.value().isEmpty() && !field.appliesToKind(kind))
                    return refused(
                            QCoreApplication::translate(
                                    "ipam::CustomFieldStore",
                                    "custom field \"%1\": %2 objects of kind %3 hold values; "
                                    "it must still apply to them")
                                    .arg(field.name)
                                    .arg(column.value().size())
                                    .arg(toString(kind)));
                for (const QString &stored : column.value()) {
                    const QString text
                            = customfields::valueText(customfields::fromStoredText(stored));
                    const Parsed<QStringList> parsed = customfields::parseValue(field, text);
                    if (!parsed)
                        return refused(QCoreApplication::translate(
                                               "ipam::CustomFieldStore",
                                               "custom field \"%1\": an object holds \"%2\", which "
                                               "the new definition refuses (%3)")
                                               .arg(field.name, text, parsed.error()));
                }
            }
        }
        QString error;
        before.append(toJson(*stored));
        if (!tables.updateField(&field, &error))
            return failed(error);
        after.append(toJson(field));
        return WriteResult();
    };
    return m_writePath.submit(change);
}

WriteResult CustomFieldStore::removeField(const QString &name)
{
    AdministrativeChange change = definitionsChange(u"field remove"_s, fieldObject(name));
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &, QList<ObjectRef> &) {
        CustomFieldTables tables(db);
        const Parsed<QList<CustomField>> existing = tables.fields();
        if (!existing)
            return failed(existing.error());
        const CustomField *stored = customfields::find(existing.value(), name);
        if (!stored)
            return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                       "there is no custom field \"%1\"")
                                   .arg(name));
        if (stored->builtIn)
            return refused(QCoreApplication::translate(
                                   "ipam::CustomFieldStore",
                                   "custom field \"%1\" is built in and cannot be removed")
                                   .arg(stored->name));
        const Parsed<QList<RangeGroup>> groups = tables.rangeGroups();
        if (!groups)
            return failed(groups.error());
        for (const RangeGroup &g : groups.value()) {
            for (const QString &level : g.levels) {
                if (level.compare(stored->name, Qt::CaseInsensitive) == 0)
                    return refused(QCoreApplication::translate(
                                           "ipam::CustomFieldStore",
                                           "custom field \"%1\" groups the range group \"%2\"; "
                                           "change or remove the group first")
                                           .arg(stored->name, g.name));
            }
        }
        const Parsed<qint64> count = tables.valueCount(stored->id);
        QJsonObject json = toJson(*stored);
        json.insert(u"ObjectsWithValues"_s, count.valueOr(0));
        before.append(json);
        QString error;
        if (!tables.removeField(stored->id, &error))
            return failed(error);
        return WriteResult();
    };
    return m_writePath.submit(change);
}

WriteResult CustomFieldStore::addAssociation(const QString &fieldName, const QString &value,
                                             const QString &otherName,
                                             const QStringList &otherValues)
{
    AdministrativeChange change = definitionsChange(
            u"field associate"_s, u"custom fields \"%1\" and \"%2\""_s.arg(fieldName, otherName));
    change.apply = [=](Database &db, QJsonArray &, QJsonArray &after, QList<ObjectRef> &) {
        CustomFieldTables tables(db);
        const Parsed<QList<CustomField>> existing = tables.fields();
        if (!existing)
            return failed(existing.error());
        const CustomField *field = customfields::find(existing.value(), fieldName);
        const CustomField *other = customfields::find(existing.value(), otherName);
        if (!field || !other)
            return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                       "there is no custom field \"%1\"")
                                   .arg(field ? otherName : fieldName));
        if (field->id == other->id)
            return refused(QCoreApplication::translate(
                    "ipam::CustomFieldStore", "a custom field cannot be associated with itself"));
        const Parsed<QStringList> parsedValue = customfields::parseValue(*field, value);
        if (!parsedValue || parsedValue.value().size() != 1)
            return refused(parsedValue ? QCoreApplication::translate("ipam::CustomFieldStore",
                                                                     "give one value of %1")
                                                 .arg(field->name)
                                       : parsedValue.error());
        CustomFieldAssociation a;
        a.fieldId = field->id;
        a.value = parsedValue.value().constFirst();
        a.otherFieldId = other->id;
        for (const QString &v : otherValues) {
            const Parsed<QStringList> parsed = customfields::parseValue(*other, v);
            if (!parsed)
                return refused(parsed.error());
            for (const QString &p : parsed.value()) {
                if (!a.otherValues.contains(p))
                    a.otherValues.append(p);
            }
        }
        if (a.otherValues.isEmpty())
            return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                       "give the values %1 offers")
                                   .arg(other->name));
        QString error;
        if (!tables.insertAssociation(&a, &error))
            return failed(error);
        after.append(QJsonObject{{u"Field"_s, field->name},
                                 {u"Value"_s, a.value},
                                 {u"OtherField"_s, other->name},
                                 {u"OtherValues"_s, QJsonArray::fromStringList(a.otherValues)}});
        return WriteResult();
    };
    return m_writePath.submit(change);
}

WriteResult CustomFieldStore::removeAssociation(ObjectId associationId)
{
    AdministrativeChange change
            = definitionsChange(u"field dissociate"_s, u"association #%1"_s.arg(associationId));
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &, QList<ObjectRef> &) {
        CustomFieldTables tables(db);
        const Parsed<QList<CustomFieldAssociation>> existing = tables.associations();
        if (!existing)
            return failed(existing.error());
        for (const CustomFieldAssociation &a : existing.value()) {
            if (a.id != associationId)
                continue;
            before.append(QJsonObject{{u"Id"_s, a.id}, {u"Value"_s, a.value}});
            QString error;
            if (!tables.removeAssociation(a.id, &error))
                return failed(error);
            return WriteResult();
        }
        return refused(
                QCoreApplication::translate("ipam::CustomFieldStore", "there is no association #%1")
                        .arg(associationId));
    };
    return m_writePath.submit(change);
}

WriteResult CustomFieldStore::addRangeGroup(const RangeGroup &given)
{
    RangeGroup group = given;
    group.name = group.name.trimmed();
    if (group.name.isEmpty())
        return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                   "a range group needs a name"));
    if (const Verdict v = customfields::definitionIsValid(CustomField{
                0, 0, group.name, CustomFieldType::Text, fieldkinds::all, {}, false, u"-"_s, {}});
        !v)
        return refused(v.reason());
    AdministrativeChange change
            = definitionsChange(u"range-group add"_s, u"range group \"%1\""_s.arg(group.name));
    change.apply = [group](Database &db, QJsonArray &, QJsonArray &after,
                           QList<ObjectRef> &) mutable {
        CustomFieldTables tables(db);
        const Parsed<QList<CustomField>> fields = tables.fields();
        const Parsed<QList<RangeGroup>> groups = tables.rangeGroups();
        if (!fields || !groups)
            return failed(fields ? groups.error() : fields.error());
        for (const RangeGroup &g : groups.value()) {
            if (g.name.compare(group.name, Qt::CaseInsensitive) == 0)
                return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                           "range group \"%1\" already exists")
                                       .arg(g.name));
        }
        for (QString &level : group.levels) {
            level = level.trimmed();
            const CustomField *field = customfields::find(fields.value(), level);
            bool known = field && field->appliesToKind(ObjectKind::Range);
            if (field)
                level = field->name;
            for (const QString &p : rangeProperties()) {
                if (!known && p.compare(level, Qt::CaseInsensitive) == 0) {
                    level = p;
                    known = true;
                }
            }
            if (!known)
                return refused(
                        QCoreApplication::translate(
                                "ipam::CustomFieldStore",
                                "range group \"%1\": \"%2\" is neither a range property nor a "
                                "custom field of ranges")
                                .arg(group.name, level));
        }
        const Parsed<RangeCriteria> criteria = RangeCriteria::parse(group.criteria);
        if (!criteria)
            return refused(
                    QCoreApplication::translate("ipam::CustomFieldStore", "range group \"%1\": %2")
                            .arg(group.name, criteria.error()));
        for (const QString &name : criteria.value().names()) {
            const bool property = rangeProperties().contains(name, Qt::CaseInsensitive);
            const CustomField *field = customfields::find(fields.value(), name);
            if (!property && !(field && field->appliesToKind(ObjectKind::Range)))
                return refused(
                        QCoreApplication::translate(
                                "ipam::CustomFieldStore",
                                "range group \"%1\": the criteria name \"%2\", which is neither "
                                "a range property nor a custom field of ranges")
                                .arg(group.name, name));
        }
        QString error;
        if (!tables.insertRangeGroup(&group, &error))
            return failed(error);
        after.append(toJson(group));
        return WriteResult();
    };
    return m_writePath.submit(change);
}

WriteResult CustomFieldStore::removeRangeGroup(const QString &name)
{
    AdministrativeChange change
            = definitionsChange(u"range-group remove"_s, u"range group \"%1\""_s.arg(name));
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &, QList<ObjectRef> &) {
        CustomFieldTables tables(db);
        const Parsed<QList<RangeGroup>> groups = tables.rangeGroups();
        if (!groups)
            return failed(groups.error());
        for (const RangeGroup &g : groups.value()) {
            if (g.name.compare(name.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            if (g.builtIn)
                return refused(QCoreApplication::translate(
                                       "ipam::CustomFieldStore",
                                       "range group \"%1\" is built in and cannot be removed")
                                       .arg(g.name));
            before.append(toJson(g));
            QString error;
            if (!tables.removeRangeGroup(g.id, &error))
                return failed(error);
            return WriteResult();
        }
        return refused(QCoreApplication::translate("ipam::CustomFieldStore",
                                                   "there is no range group \"%1\"")
                               .arg(name));
    };
    return m_writePath.submit(change);
}

} // namespace ipam
