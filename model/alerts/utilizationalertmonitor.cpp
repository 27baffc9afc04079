#include "utilizationalertmonitor.h"

#include "alerts/utilizationalertstore.h"
#include "history/utilizationalert.h"

#include <QDateTime>

namespace ipam {

using namespace Qt::StringLiterals;

UtilizationAlertMonitor::UtilizationAlertMonitor(WritePath &writePath, QObject *parent)
    : QObject(parent)
    , m_writePath(writePath)
{
    connect(&writePath, &WritePath::committed, this, &UtilizationAlertMonitor::applyCommitted);
}

bool UtilizationAlertMonitor::resolver(ThresholdResolver **resolver, QString *error)
{
    if (!m_resolver) {
        ThresholdResolver loaded;
        if (!loaded.load(m_writePath.store(), error))
            return false;
        m_resolver = std::move(loaded);
    }
    *resolver = &*m_resolver;
    return true;
}

WriteResult UtilizationAlertMonitor::refresh(const QList<Subnet> &subnets, bool forecasts,
                                             qint64 nowMs)
{
    WriteResult result;
    ThresholdResolver *thresholds = nullptr;
    if (!resolver(&thresholds, &result.message)) {
        result.status = WriteStatus::Failed;
        return result;
    }
    QSet<ObjectId> subnetIds;
    QSet<quint64> objects;
    for (const Subnet &subnet : subnets) {
        subnetIds.insert(subnet.id);
        objects.insert(thresholdKey({ObjectKind::Subnet, subnet.id}));
    }
    QList<Range> ranges;
    for (auto it = thresholds->settings().cbegin(); it != thresholds->settings().cend(); ++it) {
        if (ObjectKind(it.key() >> 56) != ObjectKind::Range)
            continue;
        const ObjectId id = ObjectId(it.key() & ((quint64(1) << 56) - 1));
        if (std::optional<Range> range = m_writePath.store().get<Range>(id);
            range && subnetIds.contains(range->subnetId)) {
            ranges.append(*range);
            objects.insert(it.key());
        }
    }
    AlertRules rules;
    rules.thresholds = m_writePath.store().thresholds();
    rules.resolver = thresholds;
    if (!forecasts)
        rules.fullWithinDays = 0;
    QList<UtilizationAlert> alerts;
    if (!evaluateAlerts(m_writePath.database(), subnets, rules, nowMs, &alerts, &result.message,
                        ranges)) {
        result.status = WriteStatus::Failed;
        return result;
    }
    result = UtilizationAlertStore(m_writePath).update(alerts, objects, forecasts, nowMs);
    if (result.ok() && result.auditId)
        Q_EMIT alertsChanged();
    return result;
}

void UtilizationAlertMonitor::applyCommitted(const ChangeEvent &event)
{
    if (event.label.startsWith(u"alert "_s))
        return; // this monitor's own bookkeeping, and acknowledgements
    const bool thresholdsChanged = event.label.startsWith(u"threshold "_s);
    Store &store = m_writePath.store();
    QList<Subnet> subnets;
    QSet<ObjectId> seen;
    auto add = [&](const Subnet &subnet) {
        if (!seen.contains(subnet.id)) {
            seen.insert(subnet.id);
            subnets.append(subnet);
        }
    };
    for (const ChangeEvent::Item &item : event.items) {
        if (item.kind == ObjectKind::LogicalNetwork || item.kind == ObjectKind::NetworkSite
            || thresholdsChanged)
            m_resolver.reset(); // inheritance reads their parents
        if (item.op == ChangeOp::Remove)
            continue; // the write path cleared a removed object's alerts
        if (seen.size() > maxObjects)
            return;
        if (item.kind == ObjectKind::Subnet) {
            if (std::optional<Subnet> subnet = store.get<Subnet>(item.id))
                add(*subnet);
        } else if (item.kind == ObjectKind::Range) {
            if (std::optional<Range> range = store.get<Range>(item.id))
                if (std::optional<Subnet> subnet = store.get<Subnet>(range->subnetId))
                    add(*subnet);
        } else if (thresholdsChanged) {
            // Everything below the object inherits the change.
            const char *column = item.kind == ObjectKind::AddressSpace ? "space_id"
                    : item.kind == ObjectKind::LogicalNetwork          ? "logical_network_id"
                    : item.kind == ObjectKind::NetworkSite             ? "site_id"
                                                                       : nullptr;
            if (!column)
                continue;
            if (store.count<Subnet>(u"%1 = ?"_s.arg(QLatin1StringView(column)), {item.id})
                > maxObjects)
                return;
            for (const Subnet &subnet :
                 store.select<Subnet>(u"%1 = ?"_s.arg(QLatin1StringView(column)), {item.id}))
                add(subnet);
        }
    }
    if (subnets.isEmpty())
        return;
    const WriteResult result = refresh(subnets, subnets.size() <= forecastLimit,
                                       QDateTime::currentMSecsSinceEpoch());
    if (!result.ok())
        Q_EMIT failed(result.message);
}

} // namespace ipam
