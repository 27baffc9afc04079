#include "utilizationalert.h"

#include "history/utilizationforecast.h"
#include "history/utilizationtrend.h"
#include "store/sqlitestatement.h"

#include <QSet>

namespace ipam {

QString toString(UtilizationAlert::Condition condition)
{
    switch (condition) {
    case UtilizationAlert::Condition::OverThreshold:
        return QStringLiteral("OverThreshold");
    case UtilizationAlert::Condition::UnderThreshold:
        return QStringLiteral("UnderThreshold");
    case UtilizationAlert::Condition::FullWithin:
        return QStringLiteral("FullWithin");
    }
    return QString();
}

bool evaluateAlerts(Database &database, const QList<Subnet> &subnets, const AlertRules &rules,
                    qint64 nowMs, QList<UtilizationAlert> *alerts, QString *error)
{
    alerts->clear();
    for (const Subnet &subnet : subnets) {
        const double percent
                = percentageUtilized(subnet.utilizedAddresses, subnet.networkId.size());
        const UtilizationStatus status = utilizationStatus(percent, rules.thresholds);
        if (status == UtilizationStatus::Over)
            alerts->append({UtilizationAlert::Condition::OverThreshold, subnet.id, subnet.spaceId,
                            subnet.networkId.toString(), percent, std::nullopt});
        else if (rules.under && status == UtilizationStatus::Under)
            alerts->append({UtilizationAlert::Condition::UnderThreshold, subnet.id, subnet.spaceId,
                            subnet.networkId.toString(), percent, std::nullopt});
    }
    if (rules.fullWithinDays <= 0)
        return true;
    // Which subnets moved in the last 30 days: the others have no growth to forecast.
    const qint64 windowStart = nowMs - 30 * msPerDay;
    QSet<ObjectId> moved;
    if (!forEachRow(database,
                    QStringLiteral("SELECT DISTINCT object_id FROM utilization_point WHERE kind = "
                                   "? AND at_ms >= ?"),
                    {int(ObjectKind::Subnet), windowStart}, error,
                    [&moved](const auto &row) { moved.insert(row.value(0).toLongLong()); }))
        return false;
    UtilizationTrendReader reader(database);
    for (const Subnet &subnet : subnets) {
        if (!moved.contains(subnet.id))
            continue;
        UtilizationTrend trend;
        if (!reader.read({{ObjectKind::Subnet, subnet.id}}, windowStart, nowMs, &trend, error))
            return false;
        const UtilizationForecast f = forecastUtilization(trend, nowMs, rules.thresholds.over);
        if (f.fullAtMs && *f.fullAtMs <= nowMs + rules.fullWithinDays * msPerDay)
            alerts->append({UtilizationAlert::Condition::FullWithin, subnet.id, subnet.spaceId,
                            subnet.networkId.toString(), trend.percentAt(trend.points.size() - 1),
                            f.fullAtMs});
    }
    return true;
}

} // namespace ipam
