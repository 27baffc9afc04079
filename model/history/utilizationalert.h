#pragma once

#include "domain/entities.h"
#include "domain/utilization.h"
#include "store/database.h"

#include <QList>

#include <optional>

namespace ipam {

// A raised utilization alert: a subnet over (or, when asked, under) the utilization
// thresholds, or forecast to be full within N days (history/utilizationforecast.h).
struct UtilizationAlert
{
    enum class Condition { OverThreshold, UnderThreshold, FullWithin };
    Condition condition = Condition::OverThreshold;
    ObjectId subnetId = 0;
    ObjectId spaceId = 0;
    QString prefix; // the subnet's network id, as the admin names it
    double percent = 0;
    std::optional<qint64> fullAtMs; // FullWithin: the forecast date
};

struct AlertRules
{
    UtilizationThresholds thresholds;
    bool under = false;      // under-utilized subnets raise alerts too (off: every new one would)
    int fullWithinDays = 30; // 0: no forecast alerts
};

QString toString(UtilizationAlert::Condition condition);

// The alerts `subnets` raise now: thresholds from their counts as they stand, and "full
// within N days" from each subnet's last 30 days of history (only subnets whose history
// moved in that time are forecast: one without a point there has no growth). Evaluated on
// request, never stored: a change committed anywhere raises or clears them for the next
// reader. False with `error` on a database failure.
bool evaluateAlerts(Database &database, const QList<Subnet> &subnets, const AlertRules &rules,
                    qint64 nowMs, QList<UtilizationAlert> *alerts, QString *error);

} // namespace ipam
