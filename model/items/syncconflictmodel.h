#pragma once

#include "vmm/vmmsync.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ipam {

// The open VMM sync conflicts: objects changed in IPAM and in VMM since the last sync, each
// waiting for the admin to keep one side. One row per conflict: name, kind, VMM entity set,
// when it was found, and what differs, IPAM's value beside VMM's. setConflicts() takes the
// connector's current list and changes only the rows that changed (by conflict id), so the
// admin's selection survives a sync that finds the same conflicts again.
class SyncConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        RemoteSetColumn,
        DetectedColumn,
        IpamValueColumn,
        VmmValueColumn,
        ColumnCount
    };
    static constexpr int ConflictIdRole = Qt::UserRole + 1;

    explicit SyncConflictModel(QObject *parent = nullptr);

    void setConflicts(const QList<VmmConflict> &conflicts);
    // After a resolve: the row goes at once, before the connector's next list arrives.
    bool remove(qint64 conflictId);
    const VmmConflict &conflict(int row) const { return m_rows.at(row).conflict; }
    // -1 when not listed.
    int rowOf(qint64 conflictId) const;

    // The property names whose values differ between the two versions, in a stable order
    // (Name first, then alphabetical); a version that is empty (removed on that side) differs
    // in every property of the other.
    static QStringList differingProperties(const QJsonObject &ipam, const QJsonObject &vmm);
    // A JSON value as a cell shows it: strings bare, arrays comma-separated, objects compact.
    static QString displayValue(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        VmmConflict conflict;
        QString ipamSummary;
        QString vmmSummary;
    };
    static Row makeRow(const VmmConflict &conflict);
    static bool sameConflict(const VmmConflict &a, const VmmConflict &b);
    void reindex();

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
};

// Both versions of one conflict as a property table: property, IPAM's value, VMM's value, with
// the properties that differ first-class (DifferentRole, a highlighted background, bold), so
// the admin sees at a glance what keeping either side would change.
class ConflictVersionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PropertyColumn, IpamColumn, VmmColumn, ColumnCount };
    static constexpr int DifferentRole = Qt::UserRole + 1;

    explicit ConflictVersionsModel(QObject *parent = nullptr);

    void setVersions(const QJsonObject &ipam, const QJsonObject &vmm);
    void clear();
    const QString &property(int row) const { return m_rows.at(row).name; }
    bool isDifferent(int row) const { return m_rows.at(row).different; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString ipam;
        QString vmm;
        bool different = false;
    };
    QList<Row> m_rows;
    bool m_ipamRemoved = false;
    bool m_vmmRemoved = false;
};

} // namespace ipam
