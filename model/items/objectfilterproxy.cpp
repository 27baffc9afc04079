#include "objectfilterproxy.h"

#include "items/networkdirectory.h"

namespace ipam {

ObjectFilterProxy::ObjectFilterProxy(const NetworkDirectory &directory, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_directory(directory)
{
    setDynamicSortFilter(true);
}

void ObjectFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<AddressObjectModel *>(sourceModel);
    Q_ASSERT_X(m_source || !sourceModel, "ObjectFilterProxy",
               "the source must be an AddressObjectModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
    // Every custom field value was read again (the definitions changed): what the search
    // text matches and the order by a field column are decided again.
    if (m_source)
        connect(m_source, &AddressObjectModel::fieldValuesReloaded, this,
                &ObjectFilterProxy::invalidate, Qt::UniqueConnection);
}

void ObjectFilterProxy::setFilter(const ResultFilter &filter)
{
    // A source loaded per scope reads the scope first (the first call, or a reset when it
    // changed; it keeps its rows when only the search text changed); the proxy then decides
    // the search text over the rows it holds.
    if (m_source)
        m_source->scopeTo(filter);
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return false;
    if (!m_filter.acceptsPlacement(m_source->placementOf(sourceRow), m_directory,
                                   m_source->ignoresAssignment()))
        return false;
    return m_filter.search.isEmpty() || m_source->matches(sourceRow, m_filter.search);
}

bool ObjectFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_source->lessThan(left.row(), right.row(), left.column());
}

} // namespace ipam
