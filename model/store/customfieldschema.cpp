#include "customfieldschema.h"

#include "domain/customfield.h"
#include "store/accesscontrolschema.h"

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

QStringList builtInFieldRows()
{
    QStringList s;
    for (const CustomField &f : customfields::builtInFields()) {
        s << u"INSERT INTO custom_field (name, type, applies_to, allowed_values, built_in, "
             "property, description) SELECT %1, %2, %3, %4, 1, %5, %6 WHERE NOT EXISTS (SELECT "
             "1 FROM custom_field WHERE name = %1)"_s.arg(sqlText(f.name))
                        .arg(int(f.type))
                        .arg(f.appliesTo)
                        .arg(sqlText(customfields::storedText(f.allowedValues)),
                             sqlText(f.property), sqlText(f.description));
    }
    return s;
}

} // namespace

QStringList customFieldSchema()
{
    // Every statement may run again over its own work (a store whose version row was lost, a
    // test that replays an upgrade): IF NOT EXISTS, seeds only where missing.
    QStringList s;
    s << u"CREATE TABLE IF NOT EXISTS custom_field ("
         " id %ID%,"
         " version BIGINT NOT NULL DEFAULT 1,"
         " name TEXT NOT NULL UNIQUE,"
         " type INTEGER NOT NULL CHECK (type >= 0 AND type <= 3),"
         " applies_to INTEGER NOT NULL CHECK (applies_to > 0),"
         " allowed_values TEXT NOT NULL DEFAULT '',"
         " built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in = 0 OR built_in = 1),"
         " property TEXT NOT NULL DEFAULT '',"
         " description TEXT NOT NULL DEFAULT '')"_s;
    s << u"CREATE UNIQUE INDEX IF NOT EXISTS custom_field_name ON custom_field (lower(name))"_s;
    s << u"CREATE TABLE IF NOT EXISTS custom_field_value ("
         " kind INTEGER NOT NULL CHECK (kind >= 4 AND kind <= 7),"
         " object_id BIGINT NOT NULL,"
         " field_id BIGINT NOT NULL REFERENCES custom_field(id),"
         " value TEXT NOT NULL CHECK (value <> ''),"
         " PRIMARY KEY (kind, object_id, field_id))"_s;
    s << u"CREATE INDEX IF NOT EXISTS custom_field_value_field ON custom_field_value (field_id, kind, value)"_s;
    s << u"CREATE TABLE IF NOT EXISTS custom_field_association ("
         " id %ID%,"
         " field_id BIGINT NOT NULL REFERENCES custom_field(id),"
         " value TEXT NOT NULL,"
         " other_field_id BIGINT NOT NULL REFERENCES custom_field(id),"
         " other_values TEXT NOT NULL,"
         " CHECK (field_id <> other_field_id),"
         " UNIQUE (field_id, value, other_field_id))"_s;
    s << u"CREATE TABLE IF NOT EXISTS range_group ("
         " id %ID%,"
         " version BIGINT NOT NULL DEFAULT 1,"
         " name TEXT NOT NULL UNIQUE,"
         " levels TEXT NOT NULL DEFAULT '',"
         " criteria TEXT NOT NULL DEFAULT '',"
         " built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in = 0 OR built_in = 1),"
         " description TEXT NOT NULL DEFAULT '')"_s;
    s << builtInFieldRows();
    // IPAM's default logical group: ranges by the service that manages them, then its instance.
    s << u"INSERT INTO range_group (name, levels, built_in, description) SELECT 'Managed by "
         "Service', 'Managed by Service\nService Instance', 1, 'Ranges by the service and "
         "instance that manage them' WHERE NOT EXISTS (SELECT 1 FROM range_group WHERE name = "
         "'Managed by Service')"_s;
    // IPAM Administrator Role holds every operation, the new one too.
    s << builtInRoleStatements();
    return s;
}

} // namespace ipam
