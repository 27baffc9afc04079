#pragma once

#include "items/addressobjectmodel.h"
#include "items/resultproxy.h"

#include <QSortFilterProxyModel>

namespace ipam {

class NetworkDirectory;

// The filter and order of the range, address and block views: a QSortFilterProxyModel that
// decides on typed values (the row's placement, the search query, the model's own strict
// order), never on display text. These tables are small enough for QSortFilterProxyModel's
// per-row work; the subnets, a million rows, have SubnetFilterProxy. The benchmark runs this
// proxy over the subnets too, as the stock baseline.
class ObjectFilterProxy : public QSortFilterProxyModel, public ResultProxy
{
    Q_OBJECT
public:
    explicit ObjectFilterProxy(const NetworkDirectory &directory, QObject *parent = nullptr);

    // Must be an AddressObjectModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilter(const ResultFilter &filter) override;
    const ResultFilter &filter() const override { return m_filter; }
    AddressObjectModel *resultSource() const override { return m_source; }

    // Re-decides every row (after a change of the subnets the rows inherit placement from).
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const NetworkDirectory &m_directory;
    AddressObjectModel *m_source = nullptr;
    ResultFilter m_filter;
};

} // namespace ipam
