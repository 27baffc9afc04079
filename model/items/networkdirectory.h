#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace ipam {

class Store;

// The containers of the address space, kept in memory by id: address spaces, VMM logical
// networks, network sites and VM networks (thousands at most, so whole objects). The console
// tree lists them, the choosers offer them, and the result models show their names; all of
// them ask here, so a rename reaches every pane from one change event.
class NetworkDirectory : public QObject
{
    Q_OBJECT
public:
    explicit NetworkDirectory(QObject *parent = nullptr);

    bool load(Store &store, QString *error = nullptr);
    void clear();

    // True when `kind` is one of the directory's kinds.
    static bool holds(ObjectKind kind);
    // Applies a created or updated object / a removal. Emits the signals below.
    void upsert(const AnyObject &object);
    void remove(ObjectKind kind, ObjectId id);

    const AddressSpace *space(ObjectId id) const;
    const LogicalNetwork *logicalNetwork(ObjectId id) const;
    const NetworkSite *site(ObjectId id) const;
    const VmNetwork *vmNetwork(ObjectId id) const;
    ObjectId defaultSpaceId() const { return m_defaultSpaceId; }

    // Children, sorted by name (case-insensitively, then by id).
    QList<ObjectId> spaces(AddressSpaceType type) const;
    QList<ObjectId> logicalNetworksOf(ObjectId spaceId) const;
    QList<ObjectId> sitesOf(ObjectId logicalNetworkId) const;
    QList<ObjectId> vmNetworksOf(ObjectId spaceId) const;
    QList<ObjectId> allLogicalNetworks() const;
    qsizetype count(ObjectKind kind) const;
    // How many children a container has: logical networks (and VM networks) of a space, sites
    // of a logical network. Cheaper than the sorted lists.
    qsizetype childCount(ObjectKind kind, ObjectId id) const;

    // The display name of a container; empty for 0 or an unknown id.
    QString name(ObjectKind kind, ObjectId id) const;
    // The logical network a customer subnet reaches through its VM network.
    ObjectId logicalNetworkOfVmNetwork(ObjectId vmNetworkId) const;
    // The parent container (space of a logical network or VM network, logical network of a
    // site, provider of a customer space); 0 when there is none.
    ObjectId parentOf(ObjectKind kind, ObjectId id) const;

    // Orders two names as the console lists them.
    static bool nameLess(const QString &a, ObjectId idA, const QString &b, ObjectId idB);

Q_SIGNALS:
    void objectAdded(ipam::ObjectKind kind, ipam::ObjectId id);
    void objectChanged(ipam::ObjectKind kind, ipam::ObjectId id);
    // Before the object is dropped: it can still be read.
    void objectAboutToBeRemoved(ipam::ObjectKind kind, ipam::ObjectId id);
    void objectRemoved(ipam::ObjectKind kind, ipam::ObjectId id);
    void reset();

private:
    template<typename T>
    QList<ObjectId> sortedByName(const QHash<ObjectId, T> &objects,
                                 const QList<ObjectId> &ids) const;
    void link(const AnyObject &object);
    void unlink(const AnyObject &object);

    QHash<ObjectId, AddressSpace> m_spaces;
    QHash<ObjectId, LogicalNetwork> m_logicalNetworks;
    QHash<ObjectId, NetworkSite> m_sites;
    QHash<ObjectId, VmNetwork> m_vmNetworks;
    QHash<ObjectId, QList<ObjectId>> m_logicalNetworksBySpace;
    QHash<ObjectId, QList<ObjectId>> m_sitesByLogicalNetwork;
    QHash<ObjectId, QList<ObjectId>> m_vmNetworksBySpace;
    ObjectId m_defaultSpaceId = 0;
};

} // namespace ipam
