#pragma once

#include "history/utilizationtrend.h"

#include <optional>

namespace ipam {

// When a trend will cross the over-utilization threshold and be full. Method: ordinary least
// squares of the used count against time over the last `windowDays` days, the step function
// sampled at the end of each day (so a day with a hundred changes weighs as much as a quiet
// one); the fitted line's crossing of over% and of 100 % of the total. No growth (slope <= 0)
// means no date. Already over or full: the date is `nowMs`.
struct UtilizationForecast
{
    double usedPerDay = 0; // the fitted slope, addresses per day
    std::optional<qint64> overThresholdAtMs;
    std::optional<qint64> fullAtMs;

    // Whole days from `nowMs` until `atMs` (0 when already there), -1 when there is no date.
    static qint64 daysUntil(const std::optional<qint64> &atMs, qint64 nowMs);
};

inline constexpr qint64 msPerDay = 86'400'000;

UtilizationForecast forecastUtilization(const UtilizationTrend &trend, qint64 nowMs,
                                        double overPercent, int windowDays = 30);

} // namespace ipam
