#include "syncconflictmodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

const QString nameProperty = QStringLiteral("Name");
// Keys both sides always agree on, or that only identify the entity: not worth a row.
const QSet<QString> identityProperties
        = {QStringLiteral("ID"), QStringLiteral("StampId"), QStringLiteral("odata.type"),
           QStringLiteral("__metadata")};

QStringList propertyUnion(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys.append(key);
    }
    keys.removeIf([](const QString &key) { return identityProperties.contains(key); });
    std::sort(keys.begin(), keys.end(), [](const QString &x, const QString &y) {
        if ((x == nameProperty) != (y == nameProperty))
            return x == nameProperty;
        return x < y;
    });
    return keys;
}

// "Name: Storage 2; Description: moved" for the differing properties, at most three.
// At most `limit` properties (-1: all), then "...".
QString summary(const QJsonObject &version, const QStringList &differing, const QString &removed,
                int limit = 3, const QString &separator = QStringLiteral("; "))
{
    if (version.isEmpty())
        return removed;
    QStringList parts;
    for (const QString &key : differing) {
        if (parts.size() == limit) {
            parts.append(QStringLiteral("..."));
            break;
        }
        parts.append(QStringLiteral("%1: %2").arg(
                key, SyncConflictModel::displayValue(version.value(key))));
    }
    return parts.join(separator);
}

} // namespace

SyncConflictModel::SyncConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString SyncConflictModel::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(displayValue(item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList SyncConflictModel::differingProperties(const QJsonObject &ipam, const QJsonObject &vmm)
{
    QStringList differing;
    for (const QString &key : propertyUnion(ipam, vmm)) {
        if (ipam.isEmpty() || vmm.isEmpty() || ipam.value(key) != vmm.value(key))
            differing.append(key);
    }
    return differing;
}

SyncConflictModel::Row SyncConflictModel::makeRow(const VmmConflict &conflict)
{
    const QStringList differing = differingProperties(conflict.ipamVersion, conflict.vmmVersion);
    return {conflict, summary(conflict.ipamVersion, differing, tr("(removed in IPAM)")),
            summary(conflict.vmmVersion, differing, tr("(removed in VMM)"))};
}

bool SyncConflictModel::sameConflict(const VmmConflict &a, const VmmConflict &b)
{
    return a.id == b.id && a.kind == b.kind && a.objectId == b.objectId
            && a.remoteSet == b.remoteSet && a.remoteId == b.remoteId && a.name == b.name
            && a.ipamVersion == b.ipamVersion && a.vmmVersion == b.vmmVersion
            && a.detectedMs == b.detectedMs;
}

void SyncConflictModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).conflict.id, row);
}

int SyncConflictModel::rowOf(qint64 conflictId) const
{
    return m_rowById.value(conflictId, -1);
}

void SyncConflictModel::setConflicts(const QList<VmmConflict> &conflicts)
{
    QHash<qint64, const VmmConflict *> incoming;
    incoming.reserve(conflicts.size());
    for (const VmmConflict &conflict : conflicts)
        incoming.insert(conflict.id, &conflict);

    // Gone: remove runs of rows from the bottom up, so earlier row numbers stay valid.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incoming.contains(m_rows.at(last).conflict.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).conflict.id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    reindex();

    // Still there: changed in place.
    for (int row = 0; row < m_rows.size(); ++row) {
        const VmmConflict &now = *incoming.value(m_rows.at(row).conflict.id);
        if (sameConflict(now, m_rows.at(row).conflict))
            continue;
        m_rows[row] = makeRow(now);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    // New: appended in the connector's order.
    QList<Row> added;
    QSet<qint64> addedIds;
    for (const VmmConflict &conflict : conflicts) {
        if (!m_rowById.contains(conflict.id) && !addedIds.contains(conflict.id)) {
            addedIds.insert(conflict.id);
            added.append(makeRow(*incoming.value(conflict.id)));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    reindex();
    endInsertRows();
}

bool SyncConflictModel::remove(qint64 conflictId)
{
    const int row = rowOf(conflictId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
    return true;
}

int SyncConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const VmmConflict &c = row.conflict;
    if (role == ConflictIdRole)
        return c.id;
    if (role == Qt::ToolTipRole
        && (index.column() == IpamValueColumn || index.column() == VmmValueColumn)) {
        // Every differing property, one a line (the cell shows the first three).
        const QStringList differing = differingProperties(c.ipamVersion, c.vmmVersion);
        return index.column() == IpamValueColumn
                ? summary(c.ipamVersion, differing, tr("(removed in IPAM)"), -1, u"\n"_s)
                : summary(c.vmmVersion, differing, tr("(removed in VMM)"), -1, u"\n"_s);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return c.name;
    case KindColumn:
        return displayName(c.kind);
    case RemoteSetColumn:
        return c.remoteSet;
    case DetectedColumn:
        return QDateTime::fromMSecsSinceEpoch(c.detectedMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case IpamValueColumn:
        return row.ipamSummary;
    case VmmValueColumn:
        return row.vmmSummary;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case RemoteSetColumn:
        return tr("VMM Entity Set");
    case DetectedColumn:
        return tr("Detected");
    case IpamValueColumn:
        return tr("IPAM Value");
    case VmmValueColumn:
        return tr("VMM Value");
    case ColumnCount:
        break;
    }
    return {};
}

ConflictVersionsModel::ConflictVersionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConflictVersionsModel::setVersions(const QJsonObject &ipam, const QJsonObject &vmm)
{
    beginResetModel();
    m_rows.clear();
    m_ipamRemoved = ipam.isEmpty();
    m_vmmRemoved = vmm.isEmpty();
    const QStringList differing = SyncConflictModel::differingProperties(ipam, vmm);
    for (const QString &key : propertyUnion(ipam, vmm)) {
        m_rows.append({key, SyncConflictModel::displayValue(ipam.value(key)),
                       SyncConflictModel::displayValue(vmm.value(key)), differing.contains(key)});
    }
    endResetModel();
}

void ConflictVersionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_ipamRemoved = m_vmmRemoved = false;
    endResetModel();
}

int ConflictVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case PropertyColumn:
            return row.name;
        case IpamColumn:
            return m_ipamRemoved ? tr("(removed)") : row.ipam;
        case VmmColumn:
            return m_vmmRemoved ? tr("(removed)") : row.vmm;
        case ColumnCount:
            break;
        }
        return {};
    case DifferentRole:
        return row.different;
    case Qt::BackgroundRole:
        // A pale amber that reads on light and dark palettes alike.
        return row.different && index.column() != PropertyColumn
                ? QVariant(QColor(255, 214, 102, 110))
                : QVariant();
    case Qt::FontRole:
        if (row.different) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ConflictVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PropertyColumn:
        return tr("Property");
    case IpamColumn:
        return tr("IPAM");
    case VmmColumn:
        return tr("VMM");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipam
