#include "auditlogmodel.h"

#include "domain/audittext.h"
#include "items/itemroles.h"

#include <QDateTime>

namespace ipam {

AuditLogModel::AuditLogModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void AuditLogModel::reload(int limit)
{
    beginResetModel();
    m_limit = limit;
    m_entries = m_store.auditLog(limit);
    endResetModel();
}

void AuditLogModel::refresh()
{
    const qint64 newest = m_entries.isEmpty() ? 0 : m_entries.constFirst().id;
    QList<AuditEntry> fresh;
    for (const AuditEntry &entry : m_store.auditLog(256)) {
        if (entry.id <= newest)
            break;
        fresh.append(entry);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_entries = fresh + m_entries;
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime().toString(
                    QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case PrincipalColumn:
            return e.principal;
        case OperationColumn:
            return e.operation;
        case ObjectColumn:
            return e.object;
        case OutcomeColumn:
            return e.outcome;
        }
    }
    if (role == Qt::ToolTipRole) {
        QString text;
        if (!e.beforeJson.isEmpty() && e.beforeJson != QLatin1String("[]"))
            text += tr("Before: %1\n").arg(e.beforeJson.left(600));
        // A denial is stored in English (scripts grep it): shown in the reader's language.
        if (e.outcome == QLatin1String("denied"))
            text += tr("After: %1").arg(audittext::translated(e.afterJson.left(600)));
        else if (!e.afterJson.isEmpty())
            text += tr("After: %1").arg(e.afterJson.left(600));
        return text;
    }
    if (role == ItemRole::ObjectId)
        return e.id;
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PrincipalColumn:
        return tr("Principal");
    case OperationColumn:
        return tr("Operation");
    case ObjectColumn:
        return tr("Object");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

} // namespace ipam
