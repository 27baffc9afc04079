#include "utilizationalertmodel.h"

#include "address/addressrange.h"
#include "domain/objectproperties.h"

#include <QDateTime>
#include <QLocale>

namespace ipam {

UtilizationAlertModel::UtilizationAlertModel(WritePath &writePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_writePath(writePath)
{ }

bool UtilizationAlertModel::readRows(QList<Row> *rows, QString *error)
{
    QList<AlertRecord> records;
    if (!UtilizationAlertStore(m_writePath).open(&records, error))
        return false;
    Store &store = m_writePath.store();
    for (const AlertRecord &r : std::as_const(records)) {
        if (m_visible && !m_visible(r.kind, r.objectId))
            continue;
        const std::optional<AnyObject> object = store.get(r.kind, r.objectId);
        if (!object)
            continue; // removed meanwhile: its alert is cleared with it
        double percent = 0;
        if (const auto *subnet = std::get_if<Subnet>(&*object))
            percent = percentageUtilized(subnet->utilizedAddresses, subnet->networkId.size());
        else if (const auto *range = std::get_if<Range>(&*object))
            percent = percentageUtilized(
                    range->utilizedAddresses,
                    AddressRange::make(range->startAddress, range->endAddress).valueOr({}).size());
        rows->append({r, describe(*object), percent});
    }
    return true;
}

bool UtilizationAlertModel::refresh(QString *error)
{
    QList<Row> fresh;
    if (!readRows(&fresh, error))
        return false;
    QSet<qint64> freshIds;
    for (const Row &row : std::as_const(fresh))
        freshIds.insert(row.record.id);
    // Removed: from the bottom, in runs.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (freshIds.contains(m_rows.at(i).record.id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshIds.contains(m_rows.at(first - 1).record.id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // Changed in place, then new ones at the end (oldest first, as the store orders them).
    QHash<qint64, int> rowOfId;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOfId.insert(m_rows.at(i).record.id, i);
    QList<Row> added;
    for (const Row &row : std::as_const(fresh)) {
        const auto it = rowOfId.constFind(row.record.id);
        if (it == rowOfId.cend()) {
            added.append(row);
        } else if (!(m_rows.at(*it) == row)) {
            m_rows[*it] = row;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
    updateAttention();
    return true;
}

void UtilizationAlertModel::updateAttention()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int count = 0;
    for (const Row &row : std::as_const(m_rows))
        count += row.record.needsAttention(now) ? 1 : 0;
    if (count == m_attention)
        return;
    m_attention = count;
    Q_EMIT attentionCountChanged(count);
}

const AlertRecord *UtilizationAlertModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}

int UtilizationAlertModel::rowOf(qint64 alertId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.id == alertId)
            return i;
    }
    return -1;
}

int UtilizationAlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UtilizationAlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString conditionText(UtilizationAlert::Condition condition)
{
    switch (condition) {
    case UtilizationAlert::Condition::OverThreshold:
        return UtilizationAlertModel::tr("Over threshold");
    case UtilizationAlert::Condition::UnderThreshold:
        return UtilizationAlertModel::tr("Under threshold");
    case UtilizationAlert::Condition::FullWithin:
        return UtilizationAlertModel::tr("Full soon");
    }
    return QString();
}

QString stateText(AlertRecord::State state)
{
    switch (state) {
    case AlertRecord::State::Raised:
        return UtilizationAlertModel::tr("Raised");
    case AlertRecord::State::Acknowledged:
        return UtilizationAlertModel::tr("Acknowledged");
    case AlertRecord::State::Snoozed:
        return UtilizationAlertModel::tr("Snoozed");
    case AlertRecord::State::Cleared:
        return UtilizationAlertModel::tr("Cleared");
    }
    return QString();
}

} // namespace

QVariant UtilizationAlertModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const AlertRecord &r = row.record;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (role) {
    case AlertIdRole:
        return r.id;
    case NeedsAttentionRole:
        return r.needsAttention(now);
    case ObjectKindRole:
        return int(r.kind);
    case ObjectIdRole:
        return r.objectId;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ObjectColumn:
            return row.object;
        case ConditionColumn:
            if (r.condition == UtilizationAlert::Condition::FullWithin && r.fullAtMs)
                return tr("Full by %1")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*r.fullAtMs).date(),
                                                QLocale::ShortFormat));
            return conditionText(r.condition);
        case ValueColumn:
            return QStringLiteral("%1 %").arg(QLocale().toString(row.percent, 'f', 2));
        case SinceColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.raisedMs),
                                      QLocale::ShortFormat);
        case StateColumn:
            if (r.state(now) == AlertRecord::State::Snoozed)
                return tr("Snoozed until %1")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*r.snoozedUntilMs),
                                                QLocale::ShortFormat));
            return stateText(r.state(now));
        case AcknowledgedByColumn:
            return r.acknowledgedBy;
        case ColumnCount:
            break;
        }
        break;
    case Qt::UserRole: // sorting: numbers and times as numbers
        switch (Column(index.column())) {
        case ValueColumn:
            return row.percent;
        case SinceColumn:
            return r.raisedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant UtilizationAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ObjectColumn:
        return tr("Object");
    case ConditionColumn:
        return tr("Condition");
    case ValueColumn:
        return tr("Utilization");
    case SinceColumn:
        return tr("Since");
    case StateColumn:
        return tr("State");
    case AcknowledgedByColumn:
        return tr("Acknowledged by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipam
