#include "addressobjectmodel.h"

#include "store/customfieldtables.h"

#include <QSet>

namespace ipam {

namespace {

// Above this many objects in one change, reading each field's whole column (one query per
// field) costs less than one query per object.
constexpr qsizetype maxObjectsReadOneByOne = 256;

} // namespace

int AddressObjectModel::columnOfField(ObjectId fieldId) const
{
    const int column = m_fields.columnOf(fieldId);
    return column < 0 ? -1 : ownColumnCount() + column;
}

bool AddressObjectModel::reloadFields(CustomFieldTables &tables, QString *error, bool keepUnchanged)
{
    const Parsed<QList<CustomField>> read = tables.fields();
    if (!read) {
        if (error)
            *error = read.error();
        return false;
    }
    const QList<CustomField> fields = CustomFieldColumns::applicable(read.value(), kind());
    QSet<ObjectId> ids;
    for (const CustomField &field : fields)
        ids.insert(field.id);
    const int own = ownColumnCount();
    for (int column = m_fields.count() - 1; column >= 0; --column) {
        if (ids.contains(m_fields.field(column).id))
            continue;
        beginRemoveColumns({}, own + column, own + column);
        m_fields.remove(column);
        endRemoveColumns();
    }
    QList<CustomField> fresh;
    for (const CustomField &field : fields) {
        const int column = m_fields.columnOf(field.id);
        if (column < 0) {
            fresh.append(field);
            continue;
        }
        const bool renamed = m_fields.field(column).name != field.name;
        const bool unchanged = m_fields.field(column).version == field.version;
        m_fields.setDefinition(column, field);
        if (keepUnchanged && unchanged)
            continue;
        const Parsed<QHash<ObjectId, QString>> values = tables.column(kind(), field.id);
        if (!values) {
            if (error)
                *error = values.error();
            return false;
        }
        m_fields.setValues(column, values.value());
        if (renamed)
            Q_EMIT headerDataChanged(Qt::Horizontal, own + column, own + column);
    }
    if (!fresh.isEmpty()) {
        QList<QHash<ObjectId, QString>> values;
        for (const CustomField &field : std::as_const(fresh)) {
            const Parsed<QHash<ObjectId, QString>> column = tables.column(kind(), field.id);
            if (!column) {
                if (error)
                    *error = column.error();
                return false;
            }
            values.append(column.value());
        }
        const int first = own + m_fields.count();
        beginInsertColumns({}, first, first + int(fresh.size()) - 1);
        for (qsizetype i = 0; i < fresh.size(); ++i)
            m_fields.append(fresh.at(i), values.at(i));
        endInsertColumns();
    }
    Q_EMIT fieldValuesReloaded();
    return true;
}

bool AddressObjectModel::refreshFieldValues(CustomFieldTables &tables, const QList<ObjectId> &ids,
                                            QString *error)
{
    if (m_fields.count() == 0 || ids.isEmpty())
        return true;
    if (ids.size() > maxObjectsReadOneByOne) {
        for (int column = 0; column < m_fields.count(); ++column) {
            const Parsed<QHash<ObjectId, QString>> values
                    = tables.column(kind(), m_fields.field(column).id);
            if (!values) {
                if (error)
                    *error = values.error();
                return false;
            }
            m_fields.setValues(column, values.value());
        }
        return true;
    }
    for (ObjectId id : ids) {
        const Parsed<QHash<ObjectId, QString>> values = tables.valuesOf(kind(), id);
        if (!values) {
            if (error)
                *error = values.error();
            return false;
        }
        for (int column = 0; column < m_fields.count(); ++column)
            m_fields.setValue(column, id, values.value().value(m_fields.field(column).id));
    }
    return true;
}

void AddressObjectModel::forgetFieldValues(const QList<ObjectId> &ids)
{
    for (ObjectId id : ids)
        m_fields.forget(id);
}

QVariant AddressObjectModel::fieldData(ObjectId id, int column, int role) const
{
    const int field = column - ownColumnCount();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_fields.text(field, id);
    case Qt::TextAlignmentRole:
        if (m_fields.field(field).type == CustomFieldType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AddressObjectModel::fieldHeader(int column, int role) const
{
    const CustomField &field = m_fields.field(column - ownColumnCount());
    switch (role) {
    case Qt::DisplayRole:
        return field.name;
    case Qt::ToolTipRole:
        return field.description.isEmpty()
                ? tr("Custom field (%1)").arg(toString(field.type))
                : tr("Custom field (%1): %2").arg(toString(field.type), field.description);
    case Qt::TextAlignmentRole:
        if (field.type == CustomFieldType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool AddressObjectModel::fieldHiddenByDefault(int column) const
{
    // IPAM's built-in fields (AD site, Region, ...) are there for every store; the admin's own
    // fields were added to be seen.
    return m_fields.field(column - ownColumnCount()).builtIn;
}

int AddressObjectModel::compareField(ObjectId a, ObjectId b, int column) const
{
    const quint32 ka = fieldSortKey(a, column);
    const quint32 kb = fieldSortKey(b, column);
    return ka < kb ? -1 : (ka > kb ? 1 : 0);
}

} // namespace ipam
