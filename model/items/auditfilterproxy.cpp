#include "auditfilterproxy.h"

#include "items/auditlogmodel.h"
#include "store/auditobjects.h"

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
    m_objectAudits = auditsOfObjectsNamed(text);
    invalidateFilter();
}

QSet<qint64> AuditFilterProxy::auditsOfObjectsNamed(const QString &text) const
{
    QSet<qint64> audits;
    const QString key = text.trimmed();
    if (!m_audit || key.isEmpty())
        return audits;
    Store &store = m_audit->store();
    std::vector<AuditObjectKey> objects;
    const bool isPrefix = key.contains(QLatin1Char('/'));
    const Parsed<Prefix> prefix = isPrefix ? Prefix::parse(key) : Parsed<Prefix>(Prefix());
    const Parsed<IpAddress> ip = isPrefix ? Parsed<IpAddress>(IpAddress()) : IpAddress::parse(key);
    if ((isPrefix && !prefix) || (!isPrefix && !ip))
        return audits;
    for (const AddressSpace &space : store.select<AddressSpace>()) {
        if (isPrefix) {
            if (const auto subnet = store.subnetByPrefix(space.id, prefix.value()))
                objects.push_back({ObjectKind::Subnet, subnet->id});
            if (const auto block = store.blockByPrefix(space.id, prefix.value()))
                objects.push_back({ObjectKind::Block, block->id});
        } else {
            for (const Address &address : store.addressesByIp(space.id, ip.value()))
                objects.push_back({ObjectKind::Address, address.id});
        }
    }
    for (const AuditObjectKey &object : objects) {
        for (qint64 id : auditIdsOf(store.database(), object.kind, object.id, 5000))
            audits.insert(id);
    }
    return audits;
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
    if (!m_text.isEmpty() && !m_objectAudits.contains(entry.id)
        && !entry.object.contains(m_text, Qt::CaseInsensitive)
        && !entry.operation.contains(m_text, Qt::CaseInsensitive)
        && !entry.outcome.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace ipam
