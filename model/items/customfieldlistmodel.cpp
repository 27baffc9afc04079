#include "customfieldlistmodel.h"

#include <QSet>

namespace ipam {

using namespace Qt::StringLiterals;

CustomFieldListModel::CustomFieldListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString CustomFieldListModel::typeName(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text:
        return tr("Text");
    case CustomFieldType::Number:
        return tr("Number");
    case CustomFieldType::OneOf:
        return tr("One of a list");
    case CustomFieldType::ManyOf:
        return tr("Several of a list");
    }
    return QString();
}

void CustomFieldListModel::setFields(const QList<CustomField> &fields)
{
    // Gone first (from the bottom, so rows above keep their numbers), then updates in place,
    // then new ones where the new order puts them.
    QSet<ObjectId> wanted;
    for (const CustomField &f : fields)
        wanted.insert(f.id);
    for (int row = int(m_fields.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_fields.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_fields.removeAt(row);
        endRemoveRows();
    }
    for (int i = 0; i < fields.size(); ++i) {
        const CustomField &f = fields.at(i);
        const int row = rowOf(f.id);
        if (row == i) {
            if (m_fields.at(i).version != f.version || m_fields.at(i).name != f.name
                || m_fields.at(i).allowedValues != f.allowedValues) {
                m_fields[i] = f;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        if (row >= 0) {
            // Renamed into another place: a move keeps its selection. Rows above i already
            // match, so the row is below it.
            beginMoveRows({}, row, row, {}, i);
            m_fields.move(row, i);
            endMoveRows();
            m_fields[i] = f;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, i, i);
        m_fields.insert(i, f);
        endInsertRows();
    }
}

const CustomField *CustomFieldListModel::fieldAt(int row) const
{
    return row >= 0 && row < m_fields.size() ? &m_fields.at(row) : nullptr;
}

int CustomFieldListModel::rowOf(ObjectId id) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).id == id)
            return row;
    }
    return -1;
}

int CustomFieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int CustomFieldListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldListModel::data(const QModelIndex &index, int role) const
{
    const CustomField *f = index.isValid() ? fieldAt(index.row()) : nullptr;
    if (!f)
        return {};
    if (role == FieldIdRole)
        return f->id;
    if (role == Qt::ToolTipRole)
        return f->description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return f->name;
    case TypeColumn:
        return typeName(f->type);
    case AppliesToColumn:
        return fieldkinds::toString(f->appliesTo) == u"all"_s ? tr("All")
                                                              : fieldkinds::toString(f->appliesTo);
    case ValuesColumn:
        return customfields::valueText(f->allowedValues);
    case BuiltInColumn:
        return f->builtIn ? tr("Built-in") : tr("User-defined");
    default:
        return {};
    }
}

QVariant CustomFieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case AppliesToColumn:
        return tr("Applies to");
    case ValuesColumn:
        return tr("Values");
    case BuiltInColumn:
        return tr("Category");
    default:
        return {};
    }
}

} // namespace ipam
