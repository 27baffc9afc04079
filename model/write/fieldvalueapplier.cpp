#include "fieldvalueapplier.h"

#include "domain/objectproperties.h"
#include "write/applyoutcome.h"

#include <QCoreApplication>

namespace ipam {

using namespace applying;
using namespace Qt::StringLiterals;

namespace {

// The object properties IPAM's built-in fields stand for (CustomField::property).
bool setProperty(AnyObject *object, const QString &property, const QString &value)
{
    return std::visit(
            [&](auto &o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, Block>) {
                    if (property == u"RIR"_s) {
                        o.rir = value;
                        return true;
                    }
                }
                if constexpr (std::is_same_v<T, Range> || std::is_same_v<T, Address>) {
                    if (property == u"ManagedByService"_s) {
                        o.managedByService = value.isEmpty() ? u"IPAM"_s : value;
                        return true;
                    }
                    if (property == u"ServiceInstance"_s) {
                        o.serviceInstance = value.isEmpty() ? u"Localhost"_s : value;
                        return true;
                    }
                }
                if constexpr (std::is_same_v<T, Address>) {
                    if (property == u"DeviceType"_s) {
                        o.deviceType = value.isEmpty() ? u"Host"_s : value;
                        return true;
                    }
                    if (property == u"IpAddressState"_s) {
                        o.ipAddressState = value.isEmpty() ? u"In-Use"_s : value;
                        return true;
                    }
                }
                return false;
            },
            *object);
}

QString propertyValue(const AnyObject &object, const QString &property)
{
    for (const auto &[name, value] : storedProperties(object)) {
        if (name == property)
            return value.toString();
    }
    return QString();
}

} // namespace

FieldValueApplier::FieldValueApplier(Database &database)
    : m_db(database)
    , m_tables(database)
{ }

Outcome FieldValueApplier::load()
{
    if (m_loaded)
        return std::nullopt;
    Parsed<QList<CustomField>> fields = m_tables.fields();
    if (!fields)
        return Failure{WriteStatus::Failed,
                       QCoreApplication::translate("ipam::FieldValueApplier", "custom fields: %1")
                               .arg(fields.error())};
    Parsed<QList<CustomFieldAssociation>> associations = m_tables.associations();
    if (!associations)
        return Failure{WriteStatus::Failed,
                       QCoreApplication::translate("ipam::FieldValueApplier", "custom fields: %1")
                               .arg(associations.error())};
    m_fields = fields.value();
    m_associations = associations.value();
    m_loaded = true;
    return std::nullopt;
}

QJsonObject FieldValueApplier::storedJson(ObjectKind kind, ObjectId objectId,
                                          QHash<ObjectId, QString> *stored)
{
    QJsonObject json;
    if (objectId == 0)
        return json;
    Parsed<QHash<ObjectId, QString>> values = m_tables.valuesOf(kind, objectId);
    if (!values)
        return json;
    *stored = values.value();
    for (const CustomField &f : std::as_const(m_fields)) {
        if (const auto it = stored->constFind(f.id); it != stored->constEnd())
            json.insert(f.name, customfields::valueText(customfields::fromStoredText(*it)));
    }
    return json;
}

Outcome FieldValueApplier::prepare(AnyObject *object, ObjectId objectId,
                                   const QList<FieldAssignment> &assignments, Prepared *out)
{
    *out = {};
    if (assignments.isEmpty())
        return std::nullopt;
    if (Outcome failure = load())
        return failure;
    const ObjectKind kind = kindOf(*object);
    const QString what = describe(*object);
    if (!fieldkinds::canHaveFields(kind))
        return refused(
                QCoreApplication::translate("ipam::FieldValueApplier", "%1 has no custom fields")
                        .arg(what));
    QHash<ObjectId, QString> stored;
    out->before = storedJson(kind, objectId, &stored);
    QHash<ObjectId, QStringList> after;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        after.insert(it.key(), customfields::fromStoredText(it.value()));
    for (const FieldAssignment &a : assignments) {
        const CustomField *field = customfields::find(m_fields, a.field);
        if (!field)
            return refused(QCoreApplication::translate("ipam::FieldValueApplier",
                                                       "%1: there is no custom field \"%2\"")
                                   .arg(what, a.field));
        if (!field->appliesToKind(kind))
            return refused(QCoreApplication::translate(
                                   "ipam::FieldValueApplier",
                                   "%1: custom field \"%2\" applies to %3, not to a %4")
                                   .arg(what, field->name, fieldkinds::toString(field->appliesTo),
                                        displayName(kind)));
        const Parsed<QStringList> values = customfields::parseValue(*field, a.text);
        if (!values)
            return refused(u"%1: %2"_s.arg(what, values.error()));
        if (!field->property.isEmpty()) {
            if (!setProperty(object, field->property, values.value().value(0)))
                return refused(
                        QCoreApplication::translate("ipam::FieldValueApplier",
                                                    "%1: custom field \"%2\" cannot be set here")
                                .arg(what, field->name));
            continue;
        }
        out->values.append({field->id, field->name, values.value()});
        after.insert(field->id, values.value());
    }
    if (!m_associations.isEmpty()) {
        const Verdict verdict
                = customfields::associationsHold(m_associations, m_fields, [&](ObjectId fieldId) {
                      for (const CustomField &f : std::as_const(m_fields)) {
                          if (f.id == fieldId && !f.property.isEmpty())
                              return QStringList{propertyValue(*object, f.property)};
                      }
                      return after.value(fieldId);
                  });
        if (!verdict)
            return refused(u"%1: %2"_s.arg(what, verdict.reason()));
    }
    return std::nullopt;
}

Outcome FieldValueApplier::write(ObjectKind kind, ObjectId objectId, const Prepared &prepared)
{
    for (const Resolved &r : prepared.values) {
        QString error;
        m_kindHasValues[int(kind)] = true;
        if (!m_tables.setValue(kind, objectId, r.fieldId, customfields::storedText(r.values),
                               &error))
            return Failure{WriteStatus::Failed,
                           QCoreApplication::translate("ipam::FieldValueApplier",
                                                       "custom field \"%1\": %2")
                                   .arg(r.name, error)};
    }
    return std::nullopt;
}

Outcome FieldValueApplier::removeAll(ObjectKind kind, ObjectId objectId, QJsonObject *before)
{
    std::optional<bool> &hasValues = m_kindHasValues[int(kind)];
    if (!hasValues) {
        Parsed<bool> any = m_tables.anyValues(kind);
        if (!any)
            return Failure{WriteStatus::Failed,
                           QCoreApplication::translate("ipam::FieldValueApplier",
                                                       "custom field values: %1")
                                   .arg(any.error())};
        hasValues = any.value();
    }
    if (!*hasValues)
        return std::nullopt;
    if (Outcome failure = load())
        return failure;
    QHash<ObjectId, QString> stored;
    *before = storedJson(kind, objectId, &stored);
    if (stored.isEmpty())
        return std::nullopt;
    QString error;
    if (!m_tables.removeValuesOf(kind, objectId, &error))
        return Failure{
                WriteStatus::Failed,
                QCoreApplication::translate("ipam::FieldValueApplier", "custom field values: %1")
                        .arg(error)};
    return std::nullopt;
}

QJsonObject FieldValueApplier::json(const Prepared &prepared)
{
    QJsonObject json;
    for (const Resolved &r : prepared.values)
        json.insert(r.name, customfields::valueText(r.values));
    return json;
}

} // namespace ipam
