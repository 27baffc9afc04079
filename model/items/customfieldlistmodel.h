#pragma once

#include "domain/customfield.h"

#include <QAbstractTableModel>

namespace ipam {

// The custom field definitions as a table (Configure Custom Fields): name, type, the kinds it
// applies to, its values, built in or not. setFields() takes the definitions as read again
// (after a "definitions changed" event) and applies the difference by id with exact row
// insert/remove and dataChanged notifications, so the selected field stays selected.
class CustomFieldListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        AppliesToColumn,
        ValuesColumn,
        BuiltInColumn,
        ColumnCount
    };
    enum Role { FieldIdRole = Qt::UserRole + 1 };

    explicit CustomFieldListModel(QObject *parent = nullptr);

    void setFields(const QList<CustomField> &fields);
    const QList<CustomField> &fields() const { return m_fields; }
    const CustomField *fieldAt(int row) const;
    int rowOf(ObjectId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString typeName(CustomFieldType type);

private:
    QList<CustomField> m_fields;
};

} // namespace ipam
