#include "effectivepermissionsmodel.h"

#include <QColor>

namespace ipam {

EffectivePermissionsModel::EffectivePermissionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_reasons(operationCount)
{ }

void EffectivePermissionsModel::setGrants(const AccessGrants &grants, ObjectId scopeId)
{
    m_grants = grants;
    m_scopeId = scopeId;
    m_allowed = OperationSet();
    for (Operation o : allOperations()) {
        m_reasons[int(o)] = grants.reasons(o, scopeId);
        if (grants.allows(o, scopeId))
            m_allowed.insert(o);
    }
    Q_EMIT dataChanged(index(0, 0), index(operationCount - 1, ColumnCount - 1));
}

QString EffectivePermissionsModel::describe(const AccessGrants::Grant &grant)
{
    return tr("%1 %2: %3 in %4")
            .arg(grant.policy.isGroup ? tr("group") : tr("user"), grant.policy.userOrGroup,
                 grant.roleName, grant.scopePath);
}

int EffectivePermissionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : operationCount;
}

int EffectivePermissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectivePermissionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation operation = allOperations().at(index.row());
    const bool allowed = m_allowed.contains(operation);
    const QList<AccessGrants::Grant> &why = m_reasons.at(int(operation));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OperationColumn:
            return displayName(operation);
        case GroupColumn:
            return displayName(operationInfo(operation).group);
        case AllowedColumn:
            return allowed ? tr("Allowed") : tr("Denied");
        case GrantedByColumn: {
            QStringList texts;
            for (const AccessGrants::Grant &grant : why)
                texts.append(describe(grant));
            return texts.join(QStringLiteral("; "));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == GrantedByColumn || index.column() == AllowedColumn) {
            if (why.isEmpty())
                return tr("No policy grants a role holding %1 in this scope or above it.")
                        .arg(displayName(operation));
            QStringList texts;
            for (const AccessGrants::Grant &grant : why)
                texts.append(describe(grant));
            return texts.join(QLatin1Char('\n'));
        }
        if (index.column() == OperationColumn && operationInfo(operation).scopeAgnostic)
            return tr("%1: granted by a role holding it in any scope").arg(operationKey(operation));
        return operationKey(operation);
    case Qt::ForegroundRole:
        // Denied rows recede; what the principal may do stands out.
        if (!allowed)
            return QColor(Qt::darkGray);
        break;
    case OperationRole:
        return int(operation);
    case AllowedRole:
        return allowed;
    case ReasonCountRole:
        return int(why.size());
    }
    return {};
}

QVariant EffectivePermissionsModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case GroupColumn:
        return tr("Operation Group");
    case AllowedColumn:
        return tr("Effective Permission");
    case GrantedByColumn:
        return tr("Granted By");
    }
    return {};
}

} // namespace ipam
