#pragma once

#include "domain/entities.h"
#include "domain/utilization.h"
#include "history/utilizationthreshold.h"
#include "store/database.h"

#include <QList>

#include <optional>

namespace ipam {

// A raised utilization alert: a subnet or range over (or, where an under threshold is set,
// under) its utilization thresholds, or forecast to be full within N days
// (history/utilizationforecast.h). Its identity is the object and the condition.
struct UtilizationAlert
{
    enum class Condition { OverThreshold, UnderThreshold, FullWithin };
    Condition condition = Condition::OverThreshold;
    ObjectKind kind = ObjectKind::Subnet; // Subnet or Range
    ObjectId objectId = 0;
    ObjectId subnetId = 0; // the subnet itself, or the range's
    ObjectId spaceId = 0;
    QString prefix; // the subnet's network id, as the admin names it
    QString name;   // the object: the prefix, or a range's START-END
    double percent = 0;
    std::optional<qint64> fullAtMs; // FullWithin: the forecast date
    // The threshold crossed: over or under %, or the days of "full within".
    double threshold = 0;
};

struct AlertRules
{
    // The store-wide thresholds, for objects `resolver` does not cover (or all, without one).
    UtilizationThresholds thresholds;
    // Each object's effective thresholds (stored, inherited: history/utilizationthreshold.h).
    const ThresholdResolver *resolver = nullptr;
    // Under-utilized objects raise alerts everywhere; otherwise only where an under threshold
    // is set on the object or an ancestor (by the store-wide default alone every new subnet
    // would raise one).
    bool under = false;
    // Overrides every object's "full within" days (0: no forecast alerts); nullopt: each
    // object's own (default 30).
    std::optional<int> fullWithinDays;
};

QString toString(UtilizationAlert::Condition condition);
std::optional<UtilizationAlert::Condition> alertConditionFromString(QStringView text);

// The alerts `subnets` (and `ranges` that set a threshold of their own: a range otherwise
// inherits its subnet's and would repeat its alerts) raise now: thresholds from their counts
// as they stand, and "full within N days" from each object's last 30 days of history (only
// objects whose history moved in that time are forecast: one without a point there has no
// growth). A range is evaluated with its subnet, which must be among `subnets`. False with
// `error` on a database failure.
bool evaluateAlerts(Database &database, const QList<Subnet> &subnets, const AlertRules &rules,
                    qint64 nowMs, QList<UtilizationAlert> *alerts, QString *error,
                    const QList<Range> &ranges = {});

} // namespace ipam
