#include "utilization.h"

namespace ipam {

double percentageUtilized(qint64 utilized, const AddressCount &total)
{
    const double totalValue = total.toDouble();
    if (totalValue <= 0)
        return 0.0;
    return double(utilized) * 100.0 / totalValue;
}

UtilizationStatus utilizationStatus(double percentage, const UtilizationThresholds &thresholds)
{
    if (percentage < thresholds.under)
        return UtilizationStatus::Under;
    if (percentage > thresholds.over)
        return UtilizationStatus::Over;
    return UtilizationStatus::Optimal;
}

} // namespace ipam
