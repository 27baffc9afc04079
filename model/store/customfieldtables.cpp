#include "customfieldtables.h"

#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

template<typename T>
Parsed<T> failed(const QSqlQuery &query)
{
    return Parsed<T>::failure(Database::describe(query.lastError()));
}

// QtSql binds a null QString as NULL; the columns are NOT NULL DEFAULT ''.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

bool CustomFieldTables::run(const QString &sql, const QVariantList &binds, QString *error,
                            qint64 *insertedId)
{
    // SQLite through the native statement: an import sets values of many objects.
    if (SqliteStatement *native = insertedId ? nullptr : m_db.native(sql)) {
        native->reset();
        for (int i = 0; i < binds.size(); ++i)
            native->bind(i + 1, binds.at(i));
        const bool ok = native->exec();
        if (!ok && error)
            *error = native->error();
        native->reset();
        return ok;
    }
    QSqlQuery &query = m_db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    bool ok = query.exec();
    if (ok && insertedId) {
        ok = query.next();
        *insertedId = ok ? query.value(0).toLongLong() : 0;
    }
    if (!ok && error)
        *error = Database::describe(query.lastError());
    query.finish();
    return ok;
}

Parsed<QList<CustomField>> CustomFieldTables::fields()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT id, version, name, type, applies_to, allowed_values, built_in, "
                    "property, description FROM custom_field ORDER BY built_in DESC, name"_s))
        return failed<QList<CustomField>>(query);
    QList<CustomField> list;
    while (query.next()) {
        CustomField f;
        f.id = query.value(0).toLongLong();
        f.version = query.value(1).toLongLong();
        f.name = query.value(2).toString();
        f.type = CustomFieldType(qBound(0, query.value(3).toInt(), 3));
        f.appliesTo = quint32(query.value(4).toLongLong());
        f.allowedValues = customfields::fromStoredText(query.value(5).toString());
        f.builtIn = query.value(6).toInt() != 0;
        f.property = query.value(7).toString();
        f.description = query.value(8).toString();
        list.append(std::move(f));
    }
    return list;
}

Parsed<QList<CustomFieldAssociation>> CustomFieldTables::associations()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT id, field_id, value, other_field_id, other_values FROM "
                    "custom_field_association ORDER BY id"_s))
        return failed<QList<CustomFieldAssociation>>(query);
    QList<CustomFieldAssociation> list;
    while (query.next()) {
        CustomFieldAssociation a;
        a.id = query.value(0).toLongLong();
        a.fieldId = query.value(1).toLongLong();
        a.value = query.value(2).toString();
        a.otherFieldId = query.value(3).toLongLong();
        a.otherValues = customfields::fromStoredText(query.value(4).toString());
        list.append(std::move(a));
    }
    return list;
}

Parsed<QList<RangeGroup>> CustomFieldTables::rangeGroups()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT id, version, name, levels, criteria, built_in, description FROM "
                    "range_group ORDER BY built_in DESC, name"_s))
        return failed<QList<RangeGroup>>(query);
    QList<RangeGroup> list;
    while (query.next()) {
        RangeGroup g;
        g.id = query.value(0).toLongLong();
        g.version = query.value(1).toLongLong();
        g.name = query.value(2).toString();
        g.levels = customfields::fromStoredText(query.value(3).toString());
        g.criteria = query.value(4).toString();
        g.builtIn = query.value(5).toInt() != 0;
        g.description = query.value(6).toString();
        list.append(std::move(g));
    }
    return list;
}

bool CustomFieldTables::insertField(CustomField *f, QString *error)
{
    qint64 id = 0;
    if (!run(u"INSERT INTO custom_field (name, type, applies_to, allowed_values, built_in, "
             "property, description) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
             {f->name, int(f->type), qint64(f->appliesTo),
              text(customfields::storedText(f->allowedValues)), f->builtIn ? 1 : 0,
              text(f->property), text(f->description)},
             error, &id))
        return false;
    f->id = id;
    f->version = 1;
    return true;
}

bool CustomFieldTables::updateField(CustomField *f, QString *error)
{
    if (!run(u"UPDATE custom_field SET version = version + 1, name = ?, type = ?, applies_to = "
             "?, allowed_values = ?, description = ? WHERE id = ?"_s,
             {f->name, int(f->type), qint64(f->appliesTo),
              text(customfields::storedText(f->allowedValues)), text(f->description), f->id},
             error))
        return false;
    ++f->version;
    return true;
}

bool CustomFieldTables::removeField(ObjectId fieldId, QString *error)
{
    return run(u"DELETE FROM custom_field_association WHERE field_id = ? OR other_field_id = ?"_s,
               {fieldId, fieldId}, error)
            && run(u"DELETE FROM custom_field_value WHERE field_id = ?"_s, {fieldId}, error)
            && run(u"DELETE FROM custom_field WHERE id = ?"_s, {fieldId}, error);
}

bool CustomFieldTables::insertAssociation(CustomFieldAssociation *a, QString *error)
{
    return run(u"INSERT INTO custom_field_association (field_id, value, other_field_id, "
               "other_values) VALUES (?, ?, ?, ?) RETURNING id"_s,
               {a->fieldId, text(a->value), a->otherFieldId,
                text(customfields::storedText(a->otherValues))},
               error, &a->id);
}

bool CustomFieldTables::removeAssociation(ObjectId associationId, QString *error)
{
    return run(u"DELETE FROM custom_field_association WHERE id = ?"_s, {associationId}, error);
}

bool CustomFieldTables::insertRangeGroup(RangeGroup *g, QString *error)
{
    if (!run(u"INSERT INTO range_group (name, levels, criteria, built_in, description) VALUES "
             "(?, ?, ?, 0, ?) RETURNING id"_s,
             {g->name, text(customfields::storedText(g->levels)), text(g->criteria),
              text(g->description)},
             error, &g->id))
        return false;
    g->version = 1;
    return true;
}

bool CustomFieldTables::updateRangeGroup(RangeGroup *g, QString *error)
{
    if (!run(u"UPDATE range_group SET version = version + 1, name = ?, levels = ?, criteria = ?, "
             "description = ? WHERE id = ?"_s,
             {g->name, text(customfields::storedText(g->levels)), text(g->criteria),
              text(g->description), g->id},
             error))
        return false;
    ++g->version;
    return true;
}

bool CustomFieldTables::removeRangeGroup(ObjectId groupId, QString *error)
{
    return run(u"DELETE FROM range_group WHERE id = ?"_s, {groupId}, error);
}

Parsed<QHash<ObjectId, QString>> CustomFieldTables::valuesOf(ObjectKind kind, ObjectId objectId)
{
    QSqlQuery &query = m_db.prepared(
            u"SELECT field_id, value FROM custom_field_value WHERE kind = ? AND object_id = ?"_s);
    query.bindValue(0, int(kind));
    query.bindValue(1, objectId);
    if (!query.exec())
        return failed<QHash<ObjectId, QString>>(query);
    QHash<ObjectId, QString> values;
    while (query.next())
        values.insert(query.value(0).toLongLong(), query.value(1).toString());
    query.finish();
    return values;
}

Parsed<QHash<ObjectId, QString>> CustomFieldTables::column(ObjectKind kind, ObjectId fieldId)
{
    QHash<ObjectId, QString> values;
    const QString sql = u"SELECT object_id, value FROM custom_field_value WHERE field_id = ? AND "
                        "kind = ?"_s;
    if (SqliteStatement *native = m_db.native(sql)) {
        native->reset();
        native->bind(1, fieldId);
        native->bind(2, qint64(kind));
        while (native->next())
            values.insert(native->int64(0), native->text(1));
        const bool failedStep = native->failed();
        const QString error = failedStep ? native->error() : QString();
        native->reset();
        if (failedStep)
            return Parsed<QHash<ObjectId, QString>>::failure(error);
        return values;
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(fieldId);
    query.addBindValue(int(kind));
    if (!query.exec())
        return failed<QHash<ObjectId, QString>>(query);
    while (query.next())
        values.insert(query.value(0).toLongLong(), query.value(1).toString());
    return values;
}

Parsed<bool> CustomFieldTables::anyValues(ObjectKind kind)
{
    QSqlQuery &query
            = m_db.prepared(u"SELECT EXISTS (SELECT 1 FROM custom_field_value WHERE kind = ?)"_s);
    query.bindValue(0, int(kind));
    if (!query.exec() || !query.next())
        return failed<bool>(query);
    const bool any = query.value(0).toBool();
    query.finish();
    return any;
}

Parsed<qint64> CustomFieldTables::valueCount(ObjectId fieldId)
{
    QSqlQuery &query
            = m_db.prepared(u"SELECT count(*) FROM custom_field_value WHERE field_id = ?"_s);
    query.bindValue(0, fieldId);
    if (!query.exec() || !query.next())
        return failed<qint64>(query);
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

bool CustomFieldTables::setValue(ObjectKind kind, ObjectId objectId, ObjectId fieldId,
                                 const QString &stored, QString *error)
{
    if (stored.isEmpty())
        return run(u"DELETE FROM custom_field_value WHERE kind = ? AND object_id = ? AND field_id "
                   "= ?"_s,
                   {int(kind), objectId, fieldId}, error);
    return run(u"INSERT INTO custom_field_value (kind, object_id, field_id, value) VALUES (?, ?, "
               "?, ?) ON CONFLICT (kind, object_id, field_id) DO UPDATE SET value = "
               "excluded.value"_s,
               {int(kind), objectId, fieldId, stored}, error);
}

bool CustomFieldTables::removeValuesOf(ObjectKind kind, ObjectId objectId, QString *error)
{
    return run(u"DELETE FROM custom_field_value WHERE kind = ? AND object_id = ?"_s,
               {int(kind), objectId}, error);
}

} // namespace ipam
