#include "vmmipamstate.h"

#include "store/database.h"
#include "store/sqlitestatement.h"
#include "vmm/vmmadoption.h"
#include "vmm/vmmentities.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmmapping.h"
#include "vmm/vmmsynccontext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ipam {

using namespace Qt::StringLiterals;

namespace vmm {

// One column of a loadIpamKeys() key, as it reads it from the database.
QByteArray keyColumn(const QVariant &value)
{
    return value.toString().toUtf8() + '\x1f';
}

// The same read natively: SQLite's own text of the column (what QtSql's toString gives).
QByteArray keyColumn(const SqliteValue &value)
{
    return value.toByteArray() + '\x1f';
}

} // namespace vmm

namespace {

// Calls `row` with each row's first column (an id) and the text of the others as
// loadIpamKeys() hashes them, each followed by 0x1f (keyColumn). A no-op re-sync reads
// 100,000 of these rows: through a native statement on SQLite (see SqliteStatement).
void forEachKeyRow(Database &db, const QString &sql,
                   const std::function<void(qint64 id, const QByteArray &columns)> &row)
{
    QByteArray bytes;
    forEachRow(db, sql, {}, nullptr, [&](const auto &r) {
        bytes.clear();
        for (int column = 1, columns = columnCount(r); column < columns; ++column)
            bytes += vmm::keyColumn(r.value(column));
        row(r.value(0).toLongLong(), bytes);
    });
}

} // namespace

VmmIpamState::VmmIpamState(VmmSyncContext &ctx, VmmLookups &lookups, const VmmValueMapping &mapping,
                           VmmAdoption &adoption)
    : m_ctx(ctx)
    , m_lookups(lookups)
    , m_mapping(mapping)
    , m_adoption(adoption)
{ }

qint64 VmmIpamState::versionOf(ObjectKind kind, ObjectId id)
{
    const std::optional<AnyObject> object = m_ctx.store.get(kind, id);
    return object ? storedPart(*object).version : 0;
}

std::optional<QJsonObject> VmmIpamState::ipamValues(ObjectKind kind, ObjectId id, qint64 *version)
{
    // The object's version too when asked (a link row records both): one read, not two.
    auto keep = [version](const auto &o) {
        if (version)
            *version = o.version;
    };
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        if (const auto o = m_ctx.store.get<LogicalNetwork>(id)) {
            keep(*o);
            return m_mapping.valuesOf(*o);
        }
        return std::nullopt;
    case ObjectKind::NetworkSite:
        if (const auto o = m_ctx.store.get<NetworkSite>(id)) {
            keep(*o);
            QList<QPair<QString, int>> pairs;
            for (const Subnet &subnet : m_ctx.store.select<Subnet>(u"site_id = ?"_s, {id}))
                pairs.append({subnet.networkId.toString(), subnet.vlanIds.value(0, 0)});
            return m_mapping.valuesOf(*o, pairs);
        }
        return std::nullopt;
    case ObjectKind::VmNetwork:
        if (const auto o = m_ctx.store.get<VmNetwork>(id)) {
            keep(*o);
            return m_mapping.valuesOf(*o);
        }
        return std::nullopt;
    case ObjectKind::Subnet:
        if (const auto o = m_ctx.store.get<Subnet>(id)) {
            keep(*o);
            return m_mapping.valuesOf(*o);
        }
        return std::nullopt;
    case ObjectKind::Range:
        if (const auto o = m_ctx.store.get<Range>(id)) {
            keep(*o);
            if (const auto subnet = m_ctx.store.get<Subnet>(o->subnetId))
                return m_mapping.valuesOf(*o, *subnet);
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

QHash<ObjectId, VmmIpamState::ValuesAndVersion> VmmIpamState::siteValues(
        const QList<ObjectId> &siteIds)
{
    QHash<ObjectId, ValuesAndVersion> values;
    constexpr int perStatement = 500;
    for (qsizetype i = 0; i < siteIds.size(); i += perStatement) {
        const QList<ObjectId> part = siteIds.mid(i, perStatement);
        QVariantList binds;
        for (const ObjectId id : part)
            binds.append(id);
        const QString marks = QStringList(part.size(), u"?"_s).join(u',');
        QHash<ObjectId, QList<QPair<QString, int>>> pairs;
        for (const Subnet &subnet :
             m_ctx.store.select<Subnet>(u"site_id IN (%1)"_s.arg(marks), binds))
            pairs[subnet.siteId].append({subnet.networkId.toString(), subnet.vlanIds.value(0, 0)});
        for (const NetworkSite &site :
             m_ctx.store.select<NetworkSite>(u"id IN (%1)"_s.arg(marks), binds))
            values.insert(site.id,
                          {m_mapping.valuesText(site, pairs.value(site.id)), site.version});
    }
    return values;
}

std::optional<QJsonObject> VmmIpamState::cachedValues(ObjectKind kind, ObjectId id)
{
    // Read on first use: a first pull links everything it writes and never needs them.
    if (!m_valuesLoaded.contains(int(kind)))
        loadValues(kind);
    if (m_valuesLoaded.contains(int(kind))) {
        const auto it = m_values.constFind({int(kind), id});
        if (it != m_values.constEnd())
            return *it;
    }
    return ipamValues(kind, id);
}

void VmmIpamState::forgetValues(const AnyObject &object)
{
    const StoredObject &stored = storedPart(object);
    m_values.remove({int(kindOf(object)), stored.id});
    if (const Subnet *subnet = std::get_if<Subnet>(&object))
        m_values.remove({int(ObjectKind::NetworkSite), subnet->siteId});
}

void VmmIpamState::loadValues(ObjectKind kind)
{
    // Everything of the kind in the sync's scope, in a few queries; what is not here is read
    // one by one (ipamValues), so the cache is an optimization, never an answer of its own.
    for (auto it = m_values.begin(); it != m_values.end();) {
        it = it.key().first == int(kind) ? m_values.erase(it) : std::next(it);
    }
    const QVariantList provider{m_ctx.provider.id};
    const QString networksOfProvider = u"SELECT id FROM logical_network WHERE space_id = ?"_s;
    const QString vmNetworksOfProvider
            = u"SELECT v.id FROM vm_network v JOIN address_space a ON a.id = v.space_id WHERE "
              "a.provider_space_id = ?"_s;
    auto put = [this, kind](ObjectId id, QJsonObject values) {
        m_values.insert({int(kind), id}, std::move(values));
    };
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        for (const auto &o : m_ctx.store.select<LogicalNetwork>(u"space_id = ?"_s, provider))
            put(o.id, m_mapping.valuesOf(o));
        break;
    case ObjectKind::NetworkSite: {
        // Subnets come from the run's subnet cache (read once for sites, VM subnets and pools).
        m_lookups.loadSubnets();
        QHash<ObjectId, QList<QPair<QString, int>>> subnets;
        for (const Subnet &subnet : std::as_const(m_lookups.subnets())) {
            if (subnet.siteId != 0 && subnet.spaceId == m_ctx.provider.id)
                subnets[subnet.siteId].append(
                        {subnet.networkId.toString(), subnet.vlanIds.value(0, 0)});
        }
        for (const auto &o : m_ctx.store.select<NetworkSite>(
                     u"logical_network_id IN (%1)"_s.arg(networksOfProvider), provider))
            put(o.id, m_mapping.valuesOf(o, subnets.value(o.id)));
        break;
    }
    case ObjectKind::VmNetwork:
        for (const auto &o : m_ctx.store.select<VmNetwork>(
                     u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s,
                     provider))
            put(o.id, m_mapping.valuesOf(o));
        break;
    case ObjectKind::Subnet:
        // VM subnets: customer subnets of the provider's customer spaces with a VM network.
        m_lookups.loadSubnets();
        for (const Subnet &subnet : std::as_const(m_lookups.subnets())) {
            if (subnet.vmNetworkId != 0 && subnet.spaceId != m_ctx.provider.id)
                put(subnet.id, m_mapping.valuesOf(subnet));
        }
        break;
    case ObjectKind::Range: {
        // Ranges of provider subnets on sites, and of VM subnets.
        m_lookups.loadSubnets();
        for (const QString &where :
             {u"space_id = ?"_s,
              u"space_id IN (SELECT id FROM address_space WHERE provider_space_id = ?)"_s}) {
            for (const auto &o : m_ctx.store.select<Range>(where, provider)) {
                const auto subnet = m_lookups.subnets().constFind(o.subnetId);
                if (subnet == m_lookups.subnets().constEnd())
                    continue;
                const bool inScope = subnet->spaceId == m_ctx.provider.id
                        ? subnet->siteId != 0
                        : subnet->vmNetworkId != 0;
                if (inScope)
                    put(o.id, m_mapping.valuesOf(o, *subnet));
            }
        }
        break;
    }
    default:
        return;
    }
    m_valuesLoaded.insert(int(kind));
}

std::optional<QJsonObject> VmmIpamState::valuesToCompare(ObjectKind kind, ObjectId id)
{
    if (m_valuesLoaded.contains(int(kind)) || vmm::useCache(&m_valueLookups[int(kind)]))
        return cachedValues(kind, id);
    return ipamValues(kind, id);
}

void VmmIpamState::loadIpamKeys(ObjectKind kind)
{
    // Everything a kind's values (valuesOf) read: the object's own columns (its version),
    // the remote IDs of the links it refers to, and for a site its subnets (prefix and VLAN,
    // with their ids and versions: SQLite may give a deleted subnet's id to a new one), for a
    // range its subnet's version (a range cannot outlive its subnet). A derived update that
    // bumps a version without touching the values (utilization counters) only sends that
    // object through the full compare, which records its new key.
    m_ipamKeys.clear();
    QString sql;
    const QString linked = u" JOIN vmm_link l ON l.kind = %1 AND l.object_id = o.id"_s;
    auto parentLink = [](const char *alias, ObjectKind parent, const char *column) {
        return u" LEFT JOIN vmm_link %1 ON %1.kind = %2 AND %1.object_id = %3"_s.arg(
                QLatin1StringView(alias), QString::number(int(parent)), QLatin1StringView(column));
    };
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        sql = u"SELECT o.id, o.version FROM logical_network o"_s + linked;
        break;
    case ObjectKind::NetworkSite:
        sql = u"SELECT o.id, o.version, p.remote_id FROM network_site o"_s + linked
                + parentLink("p", ObjectKind::LogicalNetwork, "o.logical_network_id");
        break;
    case ObjectKind::VmNetwork:
        sql = u"SELECT o.id, o.version, p.remote_id FROM vm_network o"_s + linked
                + parentLink("p", ObjectKind::LogicalNetwork, "o.logical_network_id");
        break;
    case ObjectKind::Subnet:
        sql = u"SELECT o.id, o.version, p.remote_id FROM ip_subnet o"_s + linked
                + parentLink("p", ObjectKind::VmNetwork, "o.vm_network_id");
        break;
    case ObjectKind::Range:
        sql = u"SELECT o.id, o.version, s.id, s.version, p.remote_id, q.remote_id FROM ip_range "
              "o"_s
                + linked + u" JOIN ip_subnet s ON s.id = o.subnet_id"_s
                + parentLink("p", ObjectKind::NetworkSite, "s.site_id")
                + parentLink("q", ObjectKind::Subnet, "s.id");
        break;
    default:
        return;
    }
    Database &db = m_ctx.writePath.database();
    QHash<ObjectId, QByteArray> siteSubnets;
    if (kind == ObjectKind::NetworkSite) {
        forEachKeyRow(db,
                      u"SELECT s.site_id, s.id, s.version, s.network_id, s.vlan_ids FROM ip_subnet "
                      "s JOIN vmm_link l ON l.kind = %1 AND l.object_id = s.site_id ORDER BY "
                      "s.site_id, s.id"_s.arg(int(kind)),
                      [&siteSubnets](qint64 siteId, const QByteArray &columns) {
                          siteSubnets[siteId] += columns + '\x1e';
                      });
    }
    m_ipamKeys.reserve(m_ctx.linkIndex.byId().size());
    forEachKeyRow(db, sql.arg(int(kind)), [&](qint64 id, const QByteArray &columns) {
        m_ipamKeys.insert(id,
                          vmm::fingerprint(kind == ObjectKind::NetworkSite
                                                   ? columns + siteSubnets.value(id)
                                                   : columns));
    });
}

VmmIpamState::AuditPosition VmmIpamState::auditPosition(qint64 after)
{
    // Two index look-ups: the newest id, and the rows of the window ending there.
    constexpr qint64 window = 64;
    AuditPosition at;
    QSqlQuery &newest = m_ctx.writePath.database().prepared(u"SELECT max(id) FROM audit_change"_s);
    if (newest.exec() && newest.next())
        at.id = newest.value(0).toLongLong();
    newest.finish();
    QSqlQuery &rows = m_ctx.writePath.database().prepared(
            u"SELECT count(*) FROM audit_change WHERE id > ?"_s);
    rows.addBindValue((after < 0 ? at.id : after) - window);
    if (rows.exec() && rows.next())
        at.window = rows.value(0).toLongLong();
    rows.finish();
    return at;
}

QString VmmIpamState::markKey() const
{
    // What a mark's "nothing left to push" depends on besides IPAM: the same connection,
    // scope and directions.
    QStringList groups;
    for (const QString &group : m_ctx.options.hostGroups)
        groups.append(group.trimmed().toLower());
    groups.sort();
    return QStringList{m_ctx.options.baseUrl.toString(QUrl::RemoveUserInfo), groups.join(u'\x1f'),
                       m_ctx.options.pull ? u"pull"_s : u""_s,
                       m_ctx.options.push ? u"push"_s : u""_s}
            .join(u'\x1e');
}

bool VmmIpamState::ipamAsMarked()
{
    const std::optional<VmmLinkTable::Mark> mark = m_ctx.links.mark(m_ctx.provider.id);
    if (!mark || mark->optionsKey != markKey())
        return false;
    const AuditPosition now = auditPosition(mark->auditId);
    return now.id == mark->auditId && now.window == mark->auditWindow;
}

// After a completed run: a mark that still stands needs nothing; otherwise IPAM is checked
// whole once (the cost a no-op run saves), in one transaction, and a new mark left when it
// holds: every link's ipam_hash is its object's key (those that are not are cleared: their
// next compare reads the object) and no object in scope waits to be pushed.
void VmmIpamState::markIpamSeen()
{
    if (m_ctx.options.dryRun || m_ctx.stopped() || ipamAsMarked())
        return;
    bool marked = false;
    const QString failure
            = m_ctx.links.inTransaction([this, &marked] { return verifyAndMark(&marked); });
    if (!failure.isEmpty()) // only costs the next run a full read of IPAM
        qCWarning(lcVmmSync) << "cannot mark what was seen:" << failure;
    else if (!marked)
        qCDebug(lcVmmSync) << "no mark: objects wait to be pushed";
}

QString VmmIpamState::verifyAndMark(bool *marked)
{
    // The audit position first: a change committed after it moves it (or, on PostgreSQL, the
    // window), so the mark never claims more than what was read below.
    const AuditPosition at = auditPosition(-1);
    const QList<VmmLinkTable::LinkState> states = m_ctx.links.linkStates();
    QHash<QPair<int, ObjectId>, const VmmLinkTable::LinkState *> byObject;
    byObject.reserve(states.size());
    for (const VmmLinkTable::LinkState &state : states)
        byObject.insert({int(state.kind), state.objectId}, &state);
    QList<qint64> stale;
    for (const QString &set : vmm::entitySets()) {
        const ObjectKind kind = vmm::kindOfSet(set);
        loadIpamKeys(kind);
        for (const VmmLinkTable::LinkState &state : states) {
            if (state.kind == kind && state.ipamHash != 0
                && m_ipamKeys.value(state.objectId) != state.ipamHash)
                stale.append(state.id);
        }
        if (!m_ctx.options.push)
            continue;
        for (const ObjectId id : m_adoption.scopeObjects(kind)) {
            const VmmLinkTable::LinkState *link = byObject.value({int(kind), id});
            // pushUnlinked()'s test: unlinked, or refused while at another version.
            if (!link
                || (!link->hasRemote && link->notInVmm
                    && link->objectVersion != versionOf(kind, id)))
                return QString(); // waits to be pushed: the next run reads IPAM
        }
    }
    m_ipamKeys.clear();
    if (QString error = m_ctx.links.clearIpamHashes(stale); !error.isEmpty())
        return error;
    *marked = true;
    return m_ctx.links.saveMark(m_ctx.provider.id, {markKey(), at.id, at.window},
                                QDateTime::currentMSecsSinceEpoch());
}

void VmmIpamState::saveHashes()
{
    if (m_hashes.isEmpty() || m_ctx.options.dryRun || m_ctx.stopped())
        return;
    const QString failure
            = m_ctx.links.inTransaction([this] { return m_ctx.links.saveHashes(m_hashes); });
    if (!failure.isEmpty()) // only costs the next run a closer look
        qCWarning(lcVmmSync) << "cannot record what was compared:" << failure;
    m_hashes.clear();
}

QString VmmIpamState::nameOf(const VmmLink &link)
{
    if (const std::optional<QJsonObject> values = ipamValues(link.kind, link.objectId))
        return vmm::named(link.kind, values->value("Name"_L1).toString());
    return vmm::named(link.kind, link.baseline.value("Name"_L1).toString());
}

} // namespace ipam
