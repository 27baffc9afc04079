#include "parentcache.h"

#include "store/objectcache.h"
#include "store/sqlitestatement.h"

#include <QSqlQuery>

namespace ipam {

namespace {

template<typename T>
void prefetch(QHash<ObjectId, std::optional<T>> &cache, Store &store, const QSet<ObjectId> &ids)
{
    QVariantList part;
    auto flush = [&] {
        if (part.isEmpty())
            return;
        const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
        for (const T &object :
             store.select<T>(QStringLiteral("id IN (%1)").arg(marks), part, QString()))
            cache.insert(object.id, object);
        part.clear();
    };
    for (const ObjectId id : ids) {
        if (id == 0 || cache.contains(id))
            continue;
        part.append(id);
        if (part.size() == 500)
            flush();
    }
    flush();
}

} // namespace

ParentCache::ParentCache(Store &store)
    : m_store(store)
{ }

const AddressSpace *ParentCache::space(ObjectId id)
{
    return cachedObject(m_spaces, m_store, id);
}
const LogicalNetwork *ParentCache::logicalNetwork(ObjectId id)
{
    return cachedObject(m_logicalNetworks, m_store, id);
}
const NetworkSite *ParentCache::site(ObjectId id)
{
    return cachedObject(m_sites, m_store, id);
}
const VmNetwork *ParentCache::vmNetwork(ObjectId id)
{
    return cachedObject(m_vmNetworks, m_store, id);
}

bool ParentCache::spaceNameSurelyFree(const QString &name) const
{
    return m_spaceNamesKnown && !m_takenSpaceNames.contains(name);
}

void ParentCache::noteSpaceName(const QString &name)
{
    if (m_spaceNamesKnown)
        m_takenSpaceNames.insert(name);
}

bool ParentCache::siteNameSurelyFree(const QPair<ObjectId, QString> &name) const
{
    return m_siteNamesKnown && !m_takenSiteNames.contains(name);
}

void ParentCache::noteSiteName(const QPair<ObjectId, QString> &name)
{
    if (m_siteNamesKnown)
        m_takenSiteNames.insert(name);
}

bool ParentCache::newSpaceHasVmNetwork(ObjectId spaceId, const QString &name) const
{
    return m_newSpaceVmNetworks.contains({spaceId, name});
}

void ParentCache::noteNewSpaceVmNetwork(ObjectId spaceId, const QString &name)
{
    m_newSpaceVmNetworks.insert({spaceId, name});
}

ObjectId ParentCache::vmNetworkIdByName(ObjectId spaceId, const QString &name)
{
    const QPair<ObjectId, QString> key(spaceId, name);
    auto named = m_vmNetworkIdByName.find(key);
    if (named == m_vmNetworkIdByName.end()) {
        const auto network = m_store.vmNetworkByName(spaceId, name);
        named = m_vmNetworkIdByName.insert(key, network ? network->id : 0);
    }
    return named.value();
}

const QList<Prefix> &ParentCache::logicalNetworkPrefixes(ObjectId logicalNetworkId)
{
    auto prefixes = m_logicalNetworkPrefixes.find(logicalNetworkId);
    if (prefixes == m_logicalNetworkPrefixes.end()) {
        QList<Prefix> list;
        for (const Subnet &s :
             m_store.select<Subnet>(QStringLiteral("logical_network_id = ?"), {logicalNetworkId}))
            list.append(s.networkId);
        prefixes = m_logicalNetworkPrefixes.insert(logicalNetworkId, list);
    }
    return prefixes.value();
}

bool ParentCache::spaceHasAddresses(ObjectId spaceId)
{
    auto it = m_spaceHasAddresses.find(spaceId);
    if (it == m_spaceHasAddresses.end()) {
        const bool any = m_store.count<Address>(QStringLiteral("space_id = ?"), {spaceId}) > 0;
        it = m_spaceHasAddresses.insert(spaceId, any);
    }
    return it.value();
}

bool ParentCache::spaceHasUnmappedAddresses(ObjectId spaceId)
{
    auto it = m_unmappedAddresses.find(spaceId);
    if (it == m_unmappedAddresses.end()) {
        const bool any = m_store.count<Address>(
                                 QStringLiteral("space_id = ? AND subnet_id IS NULL"), {spaceId})
                > 0;
        it = m_unmappedAddresses.insert(spaceId, any);
    }
    return it.value();
}

template<typename Row>
bool ParentCache::forEachNamed(const QString &sql, const QStringList &names, Row &&row)
{
    if (names.size() < 100)
        return false;
    for (qsizetype i = 0; i < names.size(); i += 500) {
        const QStringList part = names.mid(i, 500);
        const QVariantList binds(part.cbegin(), part.cend());
        const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
        if (!forEachRow(m_store.database(), sql.arg(marks), binds, nullptr, row))
            return false; // then every name is asked for, as without this
    }
    return true;
}

void ParentCache::prefetchAddressPresence(const QSet<ObjectId> &spaceIds, const QString &condition,
                                          QHash<ObjectId, bool> &known)
{
    QList<ObjectId> ids;
    for (const ObjectId id : spaceIds) {
        if (id != 0 && !known.contains(id))
            ids.append(id);
    }
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        const QList<ObjectId> part = ids.mid(i, 500);
        QSqlQuery &query = m_store.database().prepared(
                QStringLiteral("SELECT DISTINCT space_id FROM ip_address WHERE %1space_id IN (%2)")
                        .arg(condition,
                             QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (qsizetype b = 0; b < part.size(); ++b)
            query.bindValue(int(b), part.at(b));
        if (!query.exec())
            return; // then each space is asked on its own, as without this
        QSet<ObjectId> holding;
        while (query.next())
            holding.insert(query.value(0).toLongLong());
        query.finish();
        for (const ObjectId id : part)
            known.insert(id, holding.contains(id));
    }
}

void ParentCache::prefetchParents(const ChangeSet &changes)
{
    if (changes.changes.size() < 100)
        return; // a few lookups are cheaper than gathering
    QSet<ObjectId> spaces;
    QSet<ObjectId> logicalNetworks;
    QSet<ObjectId> sites;
    QSet<ObjectId> vmNetworks;
    QSet<ObjectId> storedVmNetworks;
    QStringList newSpaceNames;
    QStringList newSiteNames;
    QSet<ObjectId> rangeSpaces;  // of new ranges: map addresses to them?
    QSet<ObjectId> subnetSpaces; // of new subnets: adopt unmapped addresses?
    for (const Change &change : changes.changes) {
        std::visit(
                [&](const auto &o) {
                    using T = std::decay_t<decltype(o)>;
                    if constexpr (std::is_same_v<T, AddressSpace>) {
                        spaces.insert(o.associatedProviderSpaceId);
                        if (change.op == ChangeOp::Create)
                            newSpaceNames.append(o.name);
                    } else if constexpr (std::is_same_v<T, NetworkSite>) {
                        logicalNetworks.insert(o.logicalNetworkId);
                        if (change.op == ChangeOp::Create)
                            newSiteNames.append(o.name);
                    } else {
                        spaces.insert(o.spaceId);
                        if constexpr (std::is_same_v<T, VmNetwork>) {
                            logicalNetworks.insert(o.logicalNetworkId);
                            if (change.op != ChangeOp::Create)
                                storedVmNetworks.insert(o.id);
                        }
                        if (change.op == ChangeOp::Create) {
                            if constexpr (std::is_same_v<T, Range>)
                                rangeSpaces.insert(o.spaceId);
                            if constexpr (std::is_same_v<T, Subnet>)
                                subnetSpaces.insert(o.spaceId);
                        }
                        if constexpr (std::is_same_v<T, Subnet>) {
                            logicalNetworks.insert(o.logicalNetworkId);
                            sites.insert(o.siteId);
                            vmNetworks.insert(o.vmNetworkId);
                        }
                    }
                },
                change.object);
    }
    prefetch(m_spaces, m_store, spaces);
    prefetch(m_logicalNetworks, m_store, logicalNetworks);
    prefetch(m_sites, m_store, sites);
    prefetch(m_vmNetworks, m_store, vmNetworks);
    prefetch(m_prefetchedVmNetworks, m_store, storedVmNetworks);
    // Read before any change applies, as the per-space lookups would be on first use; the
    // changes keep them current (ObjectValidator::prepare(Address) marks its space).
    prefetchAddressPresence(rangeSpaces, QString(), m_spaceHasAddresses);
    prefetchAddressPresence(subnetSpaces, QStringLiteral("subnet_id IS NULL AND "),
                            m_unmappedAddresses);
    m_siteNamesKnown = forEachNamed(
            QStringLiteral("SELECT logical_network_id, name FROM network_site WHERE name IN (%1)"),
            newSiteNames, [this](const auto &row) {
                m_takenSiteNames.insert({row.value(0).toLongLong(), row.value(1).toString()});
            });
    m_spaceNamesKnown = forEachNamed(
            QStringLiteral("SELECT name FROM address_space WHERE name IN (%1)"), newSpaceNames,
            [this](const auto &row) { m_takenSpaceNames.insert(row.value(0).toString()); });
}

void ParentCache::prefetchSubnets(const ChangeSet &changes)
{
    QVariantList ids;
    auto flush = [&] {
        if (ids.isEmpty())
            return;
        QStringList marks(ids.size(), QStringLiteral("?"));
        for (const Subnet &subnet :
             m_store.select<Subnet>(QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(','))),
                                    ids, QString()))
            m_prefetchedSubnets.insert(subnet.id, subnet);
        ids.clear();
    };
    for (const Change &change : changes.changes) {
        if (change.op == ChangeOp::Create || !std::holds_alternative<Subnet>(change.object))
            continue;
        ids.append(std::get<Subnet>(change.object).id);
        if (ids.size() == 500)
            flush();
    }
    flush();
}

} // namespace ipam
