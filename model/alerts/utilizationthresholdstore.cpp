#include "utilizationthresholdstore.h"

#include "domain/objectproperties.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ipam::UtilizationThresholdStore", text);
}

WriteResult failure(WriteStatus status, const QString &message)
{
    WriteResult result;
    result.status = status;
    result.message = message;
    return result;
}

QJsonObject auditJson(const QString &object, const ThresholdSetting &setting)
{
    QJsonObject json = setting.toJson();
    json.insert(u"Object"_s, object);
    return json;
}

} // namespace

UtilizationThresholdStore::UtilizationThresholdStore(WritePath &writePath)
    : m_writePath(writePath)
{ }

std::optional<ThresholdSetting> UtilizationThresholdStore::own(const ObjectRef &object,
                                                               QString *error)
{
    ThresholdSetting setting;
    if (!ThresholdTable(m_writePath.database()).read(object, &setting, error))
        return std::nullopt;
    return setting;
}

std::optional<EffectiveThresholds> UtilizationThresholdStore::effective(const AnyObject &object,
                                                                        QString *error)
{
    Store &store = m_writePath.store();
    ThresholdResolver resolver;
    if (!resolver.load(store, error))
        return std::nullopt;
    if (const auto *subnet = std::get_if<Subnet>(&object))
        return resolver.forSubnet(*subnet);
    if (const auto *range = std::get_if<Range>(&object)) {
        const std::optional<Subnet> subnet = store.get<Subnet>(range->subnetId);
        return subnet ? resolver.forRange(*range, *subnet) : resolver.forRange(*range, Subnet());
    }
    if (const auto *site = std::get_if<NetworkSite>(&object))
        return resolver.forSite(site->id);
    if (const auto *network = std::get_if<LogicalNetwork>(&object))
        return resolver.forLogicalNetwork(network->id);
    return resolver.forSpace(storedPart(object).id);
}

WriteResult UtilizationThresholdStore::set(const ObjectRef &ref, const ThresholdSetting &to,
                                           const std::optional<ThresholdSetting> &expected)
{
    Store &store = m_writePath.store();
    const std::optional<AnyObject> object = store.get(ref.kind, ref.id);
    if (!object)
        return failure(
                WriteStatus::Refused,
                tr("no %1 #%2 (removed by someone else?)").arg(toString(ref.kind)).arg(ref.id));
    const QString name = describe(*object);
    if (!canHoldThreshold(ref.kind))
        return failure(WriteStatus::Refused,
                       tr("%1: only address spaces, logical networks, network sites, subnets and "
                          "ranges hold utilization thresholds")
                               .arg(name));
    if (const QString bad = checkSetting(to); !bad.isEmpty())
        return failure(WriteStatus::Refused, u"%1: %2"_s.arg(name, bad));
    AdministrativeChange change;
    change.label = to.isEmpty() ? u"threshold clear"_s : u"threshold set"_s;
    change.object = u"utilization threshold of "_s + name;
    change.requirements.append(
            {operationFor(ChangeOp::Update, ref.kind), storedPart(*object).accessScopeId, name});
    change.apply = [&store, ref, to, expected, name, object](Database &db, QJsonArray &before,
                                                             QJsonArray &after,
                                                             QList<ObjectRef> &touched) {
        ThresholdTable table(db);
        ThresholdSetting current;
        QString error;
        if (!table.read(ref, &current, &error))
            return failure(WriteStatus::Failed, error);
        if (expected && current != *expected)
            return failure(WriteStatus::Conflict,
                           tr("the utilization threshold of %1 was changed by someone else "
                              "meanwhile; refresh and try again")
                                   .arg(name));
        ThresholdResolver resolver;
        if (!resolver.load(store, &error))
            return failure(WriteStatus::Failed, error);
        std::optional<Subnet> subnetOfRange;
        if (const auto *range = std::get_if<Range>(&*object))
            subnetOfRange = store.get<Subnet>(range->subnetId);
        auto describeRef = [&store](const ObjectRef &r) {
            const std::optional<AnyObject> o = store.get(r.kind, r.id);
            return o ? describe(*o) : u"%1 #%2"_s.arg(toString(r.kind)).arg(r.id);
        };
        if (const QString bad
            = checkEffective(to, resolver.inheritedBy(*object, subnetOfRange), describeRef);
            !bad.isEmpty())
            return failure(WriteStatus::Refused, u"%1: %2"_s.arg(name, bad));
        if (!current.isEmpty())
            before.append(auditJson(name, current));
        if (!to.isEmpty())
            after.append(auditJson(name, to));
        if (!table.write(ref, to, QDateTime::currentMSecsSinceEpoch(), &error))
            return failure(WriteStatus::Failed, tr("refused by the database: %1").arg(error));
        touched.append(ref);
        return WriteResult();
    };
    return m_writePath.submit(change);
}

} // namespace ipam
