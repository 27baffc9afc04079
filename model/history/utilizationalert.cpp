#include "utilizationalert.h"

#include "address/addressrange.h"
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

std::optional<UtilizationAlert::Condition> alertConditionFromString(QStringView text)
{
    for (auto c :
         {UtilizationAlert::Condition::OverThreshold, UtilizationAlert::Condition::UnderThreshold,
          UtilizationAlert::Condition::FullWithin}) {
        if (text.compare(toString(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

namespace {

// One object to evaluate: its figures and what holds at it.
struct Candidate
{
    ObjectKind kind;
    ObjectId id;
    const Subnet *subnet;
    QString name;
    AddressCount total;
    qint64 used;
    EffectiveThresholds effective;
};

EffectiveThresholds withRules(EffectiveThresholds e, const AlertRules &rules)
{
    if (rules.under)
        e.underAlerts = true;
    if (rules.fullWithinDays)
        e.fullWithinDays = *rules.fullWithinDays;
    return e;
}

} // namespace

bool evaluateAlerts(Database &database, const QList<Subnet> &subnets, const AlertRules &rules,
                    qint64 nowMs, QList<UtilizationAlert> *alerts, QString *error,
                    const QList<Range> &ranges)
{
    alerts->clear();
    EffectiveThresholds storeWide;
    storeWide.thresholds = rules.thresholds;
    QList<Candidate> candidates;
    candidates.reserve(subnets.size());
    QHash<ObjectId, const Subnet *> subnetById;
    for (const Subnet &subnet : subnets) {
        subnetById.insert(subnet.id, &subnet);
        candidates.append(
                {ObjectKind::Subnet, subnet.id, &subnet, subnet.networkId.toString(),
                 subnet.networkId.size(), subnet.utilizedAddresses,
                 withRules(rules.resolver ? rules.resolver->forSubnet(subnet) : storeWide, rules)});
    }
    if (rules.resolver) {
        for (const Range &range : ranges) {
            const Subnet *subnet = subnetById.value(range.subnetId);
            if (!subnet
                || !rules.resolver->settings().contains(
                        thresholdKey({ObjectKind::Range, range.id})))
                continue;
            const AddressRange bounds
                    = AddressRange::make(range.startAddress, range.endAddress).valueOr({});
            candidates.append(
                    {ObjectKind::Range, range.id, subnet,
                     range.startAddress.toString() + QLatin1Char('-') + range.endAddress.toString(),
                     bounds.size(), range.utilizedAddresses,
                     withRules(rules.resolver->forRange(range, *subnet), rules)});
        }
    }
    auto raise = [alerts](const Candidate &c, UtilizationAlert::Condition condition, double percent,
                          double threshold, std::optional<qint64> fullAt) {
        alerts->append({condition, c.kind, c.id, c.subnet->id, c.subnet->spaceId,
                        c.subnet->networkId.toString(), c.name, percent, fullAt, threshold});
    };
    bool anyForecast = false;
    for (const Candidate &c : std::as_const(candidates)) {
        const double percent = percentageUtilized(c.used, c.total);
        const UtilizationThresholds &t = c.effective.thresholds;
        // Over first: where an inherited under exceeds an own over, a value can be both.
        if (percent > t.over)
            raise(c, UtilizationAlert::Condition::OverThreshold, percent, t.over, std::nullopt);
        else if (c.effective.underAlerts && percent < t.under)
            raise(c, UtilizationAlert::Condition::UnderThreshold, percent, t.under, std::nullopt);
        anyForecast |= c.effective.fullWithinDays > 0;
    }
    if (!anyForecast)
        return true;
    // Which objects moved in the last 30 days: the others have no growth to forecast.
    const qint64 windowStart = nowMs - 30 * msPerDay;
    QSet<QPair<int, ObjectId>> moved;
    if (!forEachRow(database,
                    QStringLiteral("SELECT DISTINCT kind, object_id FROM utilization_point WHERE "
                                   "at_ms >= ?"),
                    {windowStart}, error, [&moved](const auto &row) {
                        moved.insert({row.value(0).toInt(), row.value(1).toLongLong()});
                    }))
        return false;
    UtilizationTrendReader reader(database);
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.effective.fullWithinDays <= 0 || !moved.contains({int(c.kind), c.id}))
            continue;
        UtilizationTrend trend;
        if (!reader.read({{c.kind, c.id}}, windowStart, nowMs, &trend, error))
            return false;
        const UtilizationForecast f
                = forecastUtilization(trend, nowMs, c.effective.thresholds.over);
        if (f.fullAtMs && *f.fullAtMs <= nowMs + c.effective.fullWithinDays * msPerDay)
            raise(c, UtilizationAlert::Condition::FullWithin,
                  trend.percentAt(trend.points.size() - 1), c.effective.fullWithinDays, f.fullAtMs);
    }
    return true;
}

} // namespace ipam
