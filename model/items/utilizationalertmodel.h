#pragma once

#include "alerts/utilizationalertstore.h"

#include <QAbstractTableModel>

#include <functional>

namespace ipam {

// The ALERTS node's list: the utilization alerts raised now (not cleared), one row each:
// object, condition, its utilization now, raised since, state (Raised, Acknowledged, Snoozed)
// and who acknowledged it. refresh() reads the alert table again (a few rows: every raised
// alert, not every object) and applies the difference by alert id as exact remove, change and
// insert notifications, so a selection survives another console's acknowledgement.
// ConsoleModels refreshes it after every applied change set (this console's and others').
class UtilizationAlertModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ObjectColumn,
        ConditionColumn,
        ValueColumn,
        SinceColumn,
        StateColumn,
        AcknowledgedByColumn,
        ColumnCount
    };
    enum Role { AlertIdRole = Qt::UserRole + 1, NeedsAttentionRole, ObjectKindRole, ObjectIdRole };

    explicit UtilizationAlertModel(WritePath &writePath, QObject *parent = nullptr);

    // Which objects the console may show (ConsoleModels' access control); all without one.
    void setVisibility(std::function<bool(ObjectKind, ObjectId)> visible)
    {
        m_visible = std::move(visible);
    }
    // False with `error` when the store could not be read (the rows stay as they were).
    bool refresh(QString *error = nullptr);
    // Raised alerts neither acknowledged nor snoozed now.
    int attentionCount() const { return m_attention; }
    const AlertRecord *recordAt(int row) const;
    int rowOf(qint64 alertId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void attentionCountChanged(int count);

private:
    struct Row
    {
        AlertRecord record;
        QString object; // "subnet 10.0.0.0/24"
        double percent; // its utilization now
        friend bool operator==(const Row &, const Row &) = default;
    };
    bool readRows(QList<Row> *rows, QString *error);
    void updateAttention();

    WritePath &m_writePath;
    std::function<bool(ObjectKind, ObjectId)> m_visible;
    QList<Row> m_rows;
    int m_attention = 0;
};

} // namespace ipam
