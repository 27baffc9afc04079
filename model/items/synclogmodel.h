#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <deque>

namespace ipam {

// What one line of a VMM synchronization did, in the admin's words.
enum class SyncAction : quint8 {
    Created,
    Updated,
    Deleted,
    Refused,
    Conflict,
    NotInVmm,
    Unchanged,
    Info,
    Error,
};

QString displayName(SyncAction action); // "created", "not in VMM", ...

// One line of the sync log, split into what happened, to which object, and why.
struct SyncLogEntry
{
    qint64 timeMs = 0; // UTC milliseconds since the epoch
    SyncAction action = SyncAction::Info;
    QString object;
    QString detail;
    QString line; // as the connector wrote it

    // Reads a connector log line ("created subnet 10.1.0.0/24 (VMSubnets ...)", "refused
    // network site \"East\": VLAN 5000 is out of range", ...). A line that names no known
    // action is kept whole as Info.
    static SyncLogEntry fromLine(const QString &line, qint64 timeMs);
};

// The sync log pane's table: time, action, object, detail, oldest first, newest appended at the
// bottom. A sync of 100,000 objects writes as many lines, so the log keeps only the last
// maximumRows() of them (trimming from the top with exact remove notifications) and takes
// lines in batches, one insert notification per batch.
class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActionColumn, ObjectColumn, DetailColumn, ColumnCount };
    // Qt::UserRole: the SyncAction as an int (for filters); ForegroundRole marks problems.
    static constexpr int ActionRole = Qt::UserRole + 1;

    explicit SyncLogModel(QObject *parent = nullptr);

    void setMaximumRows(int rows);
    int maximumRows() const { return m_maximumRows; }

    void append(const QList<SyncLogEntry> &entries);
    void appendLine(const QString &line, qint64 timeMs);
    void clear();
    const SyncLogEntry &entry(int row) const { return m_entries.at(size_t(row)); }
    // Lines appended since the model was made, trimmed ones included.
    qint64 totalAppended() const { return m_totalAppended; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void trimTo(int rows);

    std::deque<SyncLogEntry> m_entries;
    int m_maximumRows = 10000;
    qint64 m_totalAppended = 0;
};

} // namespace ipam
