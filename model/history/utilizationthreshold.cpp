#include "utilizationthreshold.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ipam {

using namespace Qt::StringLiterals;

QJsonObject ThresholdSetting::toJson() const
{
    QJsonObject json;
    if (overPercent)
        json.insert(u"OverPercent"_s, *overPercent);
    if (underPercent)
        json.insert(u"UnderPercent"_s, *underPercent);
    if (fullWithinDays)
        json.insert(u"FullWithinDays"_s, *fullWithinDays);
    return json;
}

QString checkSetting(const ThresholdSetting &setting)
{
    // NaN fails every comparison: written so that it is refused too.
    if (setting.overPercent && !(*setting.overPercent > 0 && *setting.overPercent <= 100))
        return QCoreApplication::translate(
                       "ipam::ThresholdSetting",
                       "over-utilization threshold %1 %: expected more than 0 and at most 100")
                .arg(*setting.overPercent);
    if (setting.underPercent && !(*setting.underPercent >= 0 && *setting.underPercent < 100))
        return QCoreApplication::translate(
                       "ipam::ThresholdSetting",
                       "under-utilization threshold %1 %: expected at least 0 and less than 100")
                .arg(*setting.underPercent);
    if (setting.fullWithinDays
        && (*setting.fullWithinDays < 0 || *setting.fullWithinDays > maxFullWithinDays))
        return QCoreApplication::translate(
                       "ipam::ThresholdSetting",
                       "full within %1 days: expected 0 (no forecast alert) to %2 days")
                .arg(*setting.fullWithinDays)
                .arg(maxFullWithinDays);
    return QString();
}

QString checkEffective(const ThresholdSetting &setting, const EffectiveThresholds &inherited,
                       const std::function<QString(const ObjectRef &)> &describeRef)
{
    if (const QString own = checkSetting(setting); !own.isEmpty())
        return own;
    const double over = setting.overPercent.value_or(inherited.thresholds.over);
    const double under = setting.underPercent.value_or(inherited.thresholds.under);
    if (under <= over)
        return QString();
    auto source = [&](bool own, const std::optional<ObjectRef> &from) {
        if (own)
            return QCoreApplication::translate("ipam::ThresholdSetting", "set here");
        if (!from)
            return QCoreApplication::translate("ipam::ThresholdSetting", "the store-wide setting");
        return QCoreApplication::translate("ipam::ThresholdSetting", "inherited from %1")
                .arg(describeRef(*from));
    };
    return QCoreApplication::translate(
                   "ipam::ThresholdSetting",
                   "under-utilization threshold %1 % (%2) is above the over-utilization threshold "
                   "%3 % (%4)")
            .arg(under)
            .arg(source(bool(setting.underPercent), inherited.underFrom))
            .arg(over)
            .arg(source(bool(setting.overPercent), inherited.overFrom));
}

namespace {

ThresholdSetting settingOf(const QSqlQuery &query, int first)
{
    ThresholdSetting s;
    if (!query.value(first).isNull())
        s.overPercent = query.value(first).toDouble();
    if (!query.value(first + 1).isNull())
        s.underPercent = query.value(first + 1).toDouble();
    if (!query.value(first + 2).isNull())
        s.fullWithinDays = query.value(first + 2).toInt();
    return s;
}

template<typename T>
QVariant nullable(const std::optional<T> &value, QMetaType type)
{
    return value ? QVariant(*value) : QVariant(type);
}

bool run(Database &db, const QString &sql, const QVariantList &binds, QString *error,
         QSqlQuery **kept = nullptr)
{
    QSqlQuery &query = db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        if (error)
            *error = Database::describe(query.lastError());
        query.finish();
        return false;
    }
    if (kept)
        *kept = &query;
    else
        query.finish();
    return true;
}

} // namespace

bool ThresholdTable::read(const ObjectRef &object, ThresholdSetting *setting, QString *error)
{
    *setting = ThresholdSetting();
    QSqlQuery *query = nullptr;
    if (!run(m_db,
             u"SELECT over_percent, under_percent, full_within_days FROM utilization_threshold "
             "WHERE kind = ? AND object_id = ?"_s,
             {int(object.kind), object.id}, error, &query))
        return false;
    if (query->next())
        *setting = settingOf(*query, 0);
    query->finish();
    return true;
}

bool ThresholdTable::readAll(QHash<quint64, ThresholdSetting> *settings, QString *error)
{
    settings->clear();
    QSqlQuery *query = nullptr;
    if (!run(m_db,
             u"SELECT kind, object_id, over_percent, under_percent, full_within_days FROM "
             "utilization_threshold"_s,
             {}, error, &query))
        return false;
    while (query->next())
        settings->insert(
                thresholdKey({ObjectKind(query->value(0).toInt()), query->value(1).toLongLong()}),
                settingOf(*query, 2));
    query->finish();
    return true;
}

bool ThresholdTable::write(const ObjectRef &object, const ThresholdSetting &setting, qint64 nowMs,
                           QString *error)
{
    if (setting.isEmpty())
        return remove(object, error);
    const QVariantList figures
            = {nullable(setting.overPercent, QMetaType::fromType<double>()),
               nullable(setting.underPercent, QMetaType::fromType<double>()),
               nullable(setting.fullWithinDays, QMetaType::fromType<int>()), nowMs};
    // UPDATE, then INSERT when there was no row (no ON CONFLICT: a login's UPDATE under
    // row-level security and a plain INSERT are what the checks expect on both backends).
    QSqlQuery *query = nullptr;
    if (!run(m_db,
             u"UPDATE utilization_threshold SET over_percent = ?, under_percent = ?, "
             "full_within_days = ?, modified_ms = ? WHERE kind = ? AND object_id = ?"_s,
             figures + QVariantList{int(object.kind), object.id}, error, &query))
        return false;
    const int updated = query->numRowsAffected();
    query->finish();
    if (updated > 0)
        return true;
    return run(m_db,
               u"INSERT INTO utilization_threshold (over_percent, under_percent, "
               "full_within_days, modified_ms, kind, object_id) VALUES (?, ?, ?, ?, ?, ?)"_s,
               figures + QVariantList{int(object.kind), object.id}, error);
}

bool ThresholdTable::remove(const ObjectRef &object, QString *error)
{
    return run(m_db, u"DELETE FROM utilization_threshold WHERE kind = ? AND object_id = ?"_s,
               {int(object.kind), object.id}, error);
}

bool ThresholdTable::any(QString *error)
{
    QSqlQuery *query = nullptr;
    if (!run(m_db, u"SELECT EXISTS (SELECT 1 FROM utilization_threshold)"_s, {}, error, &query))
        return false;
    const bool found = query->next() && query->value(0).toBool();
    query->finish();
    return found;
}

bool ThresholdResolver::load(Store &store, QString *error)
{
    m_defaults = store.thresholds();
    if (!ThresholdTable(store.database()).readAll(&m_settings, error))
        return false;
    m_spaceOfNetwork.clear();
    m_networkOfSite.clear();
    for (const LogicalNetwork &network : store.select<LogicalNetwork>())
        m_spaceOfNetwork.insert(network.id, network.spaceId);
    for (const NetworkSite &site : store.select<NetworkSite>())
        m_networkOfSite.insert(site.id, site.logicalNetworkId);
    return true;
}

QList<ObjectRef> ThresholdResolver::chainOfLogicalNetwork(ObjectId id) const
{
    QList<ObjectRef> chain{{ObjectKind::LogicalNetwork, id}};
    if (const ObjectId space = m_spaceOfNetwork.value(id))
        chain.append({ObjectKind::AddressSpace, space});
    return chain;
}

QList<ObjectRef> ThresholdResolver::chainOfSite(ObjectId siteId) const
{
    QList<ObjectRef> chain{{ObjectKind::NetworkSite, siteId}};
    if (const ObjectId network = m_networkOfSite.value(siteId))
        chain += chainOfLogicalNetwork(network);
    return chain;
}

QList<ObjectRef> ThresholdResolver::chainOfSubnet(const Subnet &subnet) const
{
    QList<ObjectRef> chain{{ObjectKind::Subnet, subnet.id}};
    if (subnet.siteId)
        chain.append({ObjectKind::NetworkSite, subnet.siteId});
    if (subnet.logicalNetworkId)
        chain.append({ObjectKind::LogicalNetwork, subnet.logicalNetworkId});
    chain.append({ObjectKind::AddressSpace, subnet.spaceId});
    return chain;
}

EffectiveThresholds ThresholdResolver::resolve(const QList<ObjectRef> &chain) const
{
    EffectiveThresholds e;
    e.thresholds = m_defaults;
    bool over = false, under = false, full = false;
    for (const ObjectRef &ref : chain) {
        const auto it = m_settings.constFind(thresholdKey(ref));
        if (it == m_settings.cend())
            continue;
        if (!over && it->overPercent) {
            e.thresholds.over = *it->overPercent;
            e.overFrom = ref;
            over = true;
        }
        if (!under && it->underPercent) {
            e.thresholds.under = *it->underPercent;
            e.underFrom = ref;
            e.underAlerts = under = true;
        }
        if (!full && it->fullWithinDays) {
            e.fullWithinDays = *it->fullWithinDays;
            e.fullWithinFrom = ref;
            full = true;
        }
    }
    return e;
}

EffectiveThresholds ThresholdResolver::forSpace(ObjectId spaceId) const
{
    return resolve({{ObjectKind::AddressSpace, spaceId}});
}

EffectiveThresholds ThresholdResolver::forLogicalNetwork(ObjectId id) const
{
    return resolve(chainOfLogicalNetwork(id));
}

EffectiveThresholds ThresholdResolver::forSite(ObjectId id) const
{
    return resolve(chainOfSite(id));
}

EffectiveThresholds ThresholdResolver::forSubnet(const Subnet &subnet) const
{
    return resolve(chainOfSubnet(subnet));
}

EffectiveThresholds ThresholdResolver::forRange(const Range &range, const Subnet &subnet) const
{
    return resolve(QList<ObjectRef>{{ObjectKind::Range, range.id}} + chainOfSubnet(subnet));
}

EffectiveThresholds ThresholdResolver::inheritedBy(const AnyObject &object,
                                                   const std::optional<Subnet> &subnetOfRange) const
{
    QList<ObjectRef> chain;
    if (const auto *network = std::get_if<LogicalNetwork>(&object)) {
        chain = {{ObjectKind::LogicalNetwork, network->id},
                 {ObjectKind::AddressSpace, network->spaceId}};
    } else if (const auto *site = std::get_if<NetworkSite>(&object)) {
        chain = chainOfSite(site->id);
        if (chain.size() == 1) // a site made after load(): its network from the object
            chain += chainOfLogicalNetwork(site->logicalNetworkId);
    } else if (const auto *subnet = std::get_if<Subnet>(&object)) {
        chain = chainOfSubnet(*subnet);
    } else if (const auto *range = std::get_if<Range>(&object)) {
        chain = QList<ObjectRef>{{ObjectKind::Range, range->id}};
        if (subnetOfRange)
            chain += chainOfSubnet(*subnetOfRange);
    } else {
        chain = {{kindOf(object), storedPart(object).id}};
    }
    chain.removeFirst(); // its own setting left out
    return resolve(chain);
}

} // namespace ipam
