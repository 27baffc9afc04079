#include "auditfilterproxy.h"

#include "items/auditlogmodel.h"

#include <QSet>

namespace ipam {

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void AuditFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_audit = qobject_cast<AuditLogModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AuditFilterProxy::setPrincipal(const QString &principal)
{
    if (principal == m_principal)
        return;
    m_principal = principal;
    invalidateFilter();
}

void AuditFilterProxy::setSince(qint64 sinceMs)
{
    if (sinceMs == m_sinceMs)
        return;
    m_sinceMs = sinceMs;
    invalidateFilter();
}

void AuditFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

QStringList AuditFilterProxy::principals() const
{
    if (!m_audit)
        return {};
    QSet<QString> names;
    for (int row = 0; row < m_audit->rowCount(); ++row)
        names.insert(m_audit->entry(row).principal);
    QStringList list(names.begin(), names.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_audit || sourceParent.isValid())
        return false;
    const AuditEntry &entry = m_audit->entry(sourceRow);
    if (!m_principal.isEmpty() && entry.principal != m_principal)
        return false;
    if (m_sinceMs > 0 && entry.atMs < m_sinceMs)
        return false;
    if (!m_text.isEmpty() && !entry.object.contains(m_text, Qt::CaseInsensitive)
        && !entry.operation.contains(m_text, Qt::CaseInsensitive)
        && !entry.outcome.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace ipam
