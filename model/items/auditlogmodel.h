#pragma once

#include "store/store.h"

#include <QAbstractTableModel>

namespace ipam {

// The change history (AUDIT node): the newest audit rows first. New commits are inserted at
// the top as they happen (refresh() reads what is newer than the first row).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        PrincipalColumn,
        OperationColumn,
        ObjectColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit AuditLogModel(Store &store, QObject *parent = nullptr);

    void reload(int limit = 5000);
    void refresh();
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    Store &store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
    QList<AuditEntry> m_entries;
    int m_limit = 5000;
};

} // namespace ipam
