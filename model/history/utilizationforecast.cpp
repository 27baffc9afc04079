#include "utilizationforecast.h"

#include <cmath>

namespace ipam {

qint64 UtilizationForecast::daysUntil(const std::optional<qint64> &atMs, qint64 nowMs)
{
    if (!atMs)
        return -1;
    return *atMs <= nowMs ? 0 : (*atMs - nowMs + msPerDay - 1) / msPerDay;
}

UtilizationForecast forecastUtilization(const UtilizationTrend &trend, qint64 nowMs,
                                        double overPercent, int windowDays)
{
    UtilizationForecast result;
    const double total = trend.total.toDouble();
    if (total <= 0 || windowDays < 2 || trend.points.isEmpty())
        return result;
    const double current = double(trend.valueAt(nowMs).used);
    const double over = total * overPercent / 100.0;
    // x in days before now (0 = now), y the used count at the end of that day.
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const int n = windowDays;
    for (int k = 0; k < n; ++k) {
        const double x = -double(k);
        const double y = double(trend.valueAt(nowMs - k * msPerDay).used);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double denominator = n * sxx - sx * sx;
    const double slope = denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
    const double intercept = (sy - slope * sx) / n; // the fitted count now
    result.usedPerDay = slope;
    auto crossing = [&](double level) -> std::optional<qint64> {
        if (current >= level)
            return nowMs;
        if (slope <= 1e-12)
            return std::nullopt;
        const double days = std::max(0.0, (level - intercept) / slope);
        if (days > 365.0 * 1000) // beyond any planning horizon: no date
            return std::nullopt;
        return nowMs + qint64(std::llround(days * double(msPerDay)));
    };
    result.overThresholdAtMs = crossing(over);
    result.fullAtMs = crossing(total);
    return result;
}

} // namespace ipam
