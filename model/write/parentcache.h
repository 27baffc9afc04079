#pragma once

#include "domain/entities.h"
#include "store/store.h"
#include "write/changeset.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <optional>

namespace ipam {

// What the rules of one change set read again and again, read once: the parents its changes
// name (spaces, logical networks, sites, VM networks), the stored state of the subnets and VM
// networks it edits, which of its new names are taken, which spaces hold addresses. A drop of
// 10,000 subnets asks for the same site 10,000 times, and a VMM pull's batch of 5,000 pools
// lies in thousands of customer spaces, so the look-ups are cached and, for big sets, read
// ahead 500 per query (prefetchParents, prefetchSubnets). Objects the set creates are fed in
// (noteCreated): the next change usually names one. Only SELECTs: the dialogs use one too
// (through a read-only ObjectValidator), without a transaction.
class ParentCache
{
public:
    explicit ParentCache(Store &store);

    // Null for 0 or an id that does not exist.
    const AddressSpace *space(ObjectId id);
    const LogicalNetwork *logicalNetwork(ObjectId id);
    const NetworkSite *site(ObjectId id);
    const VmNetwork *vmNetwork(ObjectId id);

    // A parent removed or about to be edited is read again on next use. No-op for kinds that
    // are nobody's parent.
    template<typename T>
    void forget(ObjectId id);
    // An object the set created: its parents' caches learn it (a space also starts the set of
    // its new VM networks).
    template<typename T>
    void noteCreated(const T &object);

    // The stored state of a subnet or VM network read ahead (prefetchSubnets / prefetchParents),
    // taken out; nullopt for other kinds or when it was not read ahead.
    template<typename T>
    std::optional<T> takeStored(ObjectId id);

    // Whether a new space / site name is surely free: the set's new names were gathered
    // (prefetchParents) and this one is not taken. Otherwise the store is asked.
    bool spaceNameSurelyFree(const QString &name) const;
    void noteSpaceName(const QString &name);
    bool siteNameSurelyFree(const QPair<ObjectId, QString> &name) const;
    void noteSiteName(const QPair<ObjectId, QString> &name);

    // Spaces this set created, with the VM networks created in them: nothing else is in them
    // (a VMM pull creates thousands, each with its VM network).
    bool isNewSpace(ObjectId spaceId) const { return m_newSpaces.contains(spaceId); }
    bool newSpaceHasVmNetwork(ObjectId spaceId, const QString &name) const;
    void noteNewSpaceVmNetwork(ObjectId spaceId, const QString &name);

    // A customer subnet's VM network by the space's VM network name (0: none), and the
    // prefixes of a logical network's subnets (customerSubnetPlacement): one query per space /
    // logical network instead of one per subnet; cleared when VM networks or provider subnets
    // change.
    ObjectId vmNetworkIdByName(ObjectId spaceId, const QString &name);
    void clearVmNetworkNames() { m_vmNetworkIdByName.clear(); }
    const QList<Prefix> &logicalNetworkPrefixes(ObjectId logicalNetworkId);
    void clearLogicalNetworkPrefixes() { m_logicalNetworkPrefixes.clear(); }

    // Per space: holds any address (or gets one in this change set), holds one outside every
    // subnet (which a new subnet adopts).
    bool spaceHasAddresses(ObjectId spaceId);
    void noteAddressIn(ObjectId spaceId) { m_spaceHasAddresses.insert(spaceId, true); }
    bool spaceHasUnmappedAddresses(ObjectId spaceId);
    void noteUnmappedAddressIn(ObjectId spaceId) { m_unmappedAddresses.insert(spaceId, true); }

    // Reads the parents the changes name, 500 per query, into the caches. Only found objects
    // are kept, so the caches hold what a first look-up would have read.
    void prefetchParents(const ChangeSet &changes);
    // Reads the stored state of the subnets a change set updates or removes, 500 per query
    // instead of one query each: a drop of 10,000 subnets is 10,000 updates.
    void prefetchSubnets(const ChangeSet &changes);

private:
    // Fills `known` for all of `spaceIds` at once: which hold an address matching `condition`
    // (spaceHasAddresses, spaceHasUnmappedAddresses ask one space per query otherwise).
    void prefetchAddressPresence(const QSet<ObjectId> &spaceIds, const QString &condition,
                                 QHash<ObjectId, bool> &known);
    // Which of `names` the rows of `sql` ("... WHERE name IN (%1)") hold, 500 names per
    // query: row(r) for each; false when a query failed. Below 100 names, none is asked and
    // false returned: a few look-ups one by one are cheaper than gathering.
    template<typename Row>
    bool forEachNamed(const QString &sql, const QStringList &names, Row &&row);

    Store &m_store;
    QHash<ObjectId, std::optional<AddressSpace>> m_spaces;
    QHash<ObjectId, std::optional<LogicalNetwork>> m_logicalNetworks;
    QHash<ObjectId, std::optional<NetworkSite>> m_sites;
    QHash<ObjectId, std::optional<VmNetwork>> m_vmNetworks;
    QHash<ObjectId, std::optional<Subnet>> m_prefetchedSubnets;
    QHash<ObjectId, std::optional<VmNetwork>> m_prefetchedVmNetworks; // updated or removed
    // Of the names a change set's new spaces take, those stored when it began, plus every name
    // the set writes: a name not in it is free (prefetchParents), others are asked.
    QSet<QString> m_takenSpaceNames;
    bool m_spaceNamesKnown = false;
    // The same for new sites, by logical network.
    QSet<QPair<ObjectId, QString>> m_takenSiteNames;
    bool m_siteNamesKnown = false;
    QSet<ObjectId> m_newSpaces;
    QSet<QPair<ObjectId, QString>> m_newSpaceVmNetworks;
    QHash<QPair<ObjectId, QString>, ObjectId> m_vmNetworkIdByName;
    QHash<ObjectId, QList<Prefix>> m_logicalNetworkPrefixes;
    QHash<ObjectId, bool> m_spaceHasAddresses;
    QHash<ObjectId, bool> m_unmappedAddresses;
};

template<typename T>
void ParentCache::forget(ObjectId id)
{
    if constexpr (std::is_same_v<T, AddressSpace>)
        m_spaces.remove(id);
    else if constexpr (std::is_same_v<T, LogicalNetwork>)
        m_logicalNetworks.remove(id);
    else if constexpr (std::is_same_v<T, NetworkSite>)
        m_sites.remove(id);
    else if constexpr (std::is_same_v<T, VmNetwork>)
        m_vmNetworks.remove(id);
}

template<typename T>
void ParentCache::noteCreated(const T &object)
{
    if constexpr (std::is_same_v<T, AddressSpace>) {
        m_spaces.insert(object.id, object);
        m_newSpaces.insert(object.id);
    } else if constexpr (std::is_same_v<T, LogicalNetwork>) {
        m_logicalNetworks.insert(object.id, object);
    } else if constexpr (std::is_same_v<T, NetworkSite>) {
        m_sites.insert(object.id, object);
    } else if constexpr (std::is_same_v<T, VmNetwork>) {
        m_vmNetworks.insert(object.id, object);
        if (m_newSpaces.contains(object.spaceId))
            m_newSpaceVmNetworks.insert({object.spaceId, object.name});
    }
}

template<typename T>
std::optional<T> ParentCache::takeStored(ObjectId id)
{
    if constexpr (std::is_same_v<T, Subnet>)
        return m_prefetchedSubnets.take(id);
    else if constexpr (std::is_same_v<T, VmNetwork>)
        return m_prefetchedVmNetworks.take(id);
    else
        return std::nullopt;
}

} // namespace ipam
