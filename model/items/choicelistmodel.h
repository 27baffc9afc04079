#pragma once

#include "items/resultfilter.h"

#include <QAbstractListModel>
#include <QList>

namespace ipam {

class NetworkDirectory;

// The entries of a filter-bar chooser: "Any", "Unassigned", then the VMM logical networks of
// the chosen spaces, or the network sites of the chosen logical network (of all logical
// networks in those spaces while it is "Any"), sorted by name. Containers the change feed
// adds, renames or removes are inserted, moved and removed in place, so the current choice
// of the combo box survives them.
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { LogicalNetworks, NetworkSites };
    enum { AnyRow = 0, UnassignedRow = 1, FirstObjectRow = 2 };

    ChoiceListModel(Kind kind, const NetworkDirectory &directory, QObject *parent = nullptr);

    // The provider spaces whose containers are offered (empty: every space), and for sites
    // the logical network they follow (0: any).
    void setScope(const QList<ObjectId> &spaceIds, ObjectId logicalNetworkId = 0);
    const QList<ObjectId> &spaceIds() const { return m_spaceIds; }
    ObjectId logicalNetworkId() const { return m_logicalNetworkId; }

    KeyChoice choiceAt(int row) const;
    int rowOf(const KeyChoice &choice) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ObjectId> collect() const;
    bool inScope(ObjectKind kind, ObjectId id) const;
    QString label(ObjectId id) const;
    bool less(ObjectId a, ObjectId b) const;
    int positionFor(ObjectId id) const;
    void onAdded(ObjectKind kind, ObjectId id);
    void onChanged(ObjectKind kind, ObjectId id);
    void onAboutToBeRemoved(ObjectKind kind, ObjectId id);
    void reload();

    Kind m_kind;
    const NetworkDirectory &m_directory;
    QList<ObjectId> m_spaceIds;
    ObjectId m_logicalNetworkId = 0;
    QList<ObjectId> m_ids;
};

} // namespace ipam
