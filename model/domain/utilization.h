#pragma once

#include "address/addresscount.h"
#include "domain/enums.h"

namespace ipam {

// IPAM's utilization thresholds: under `under` percent a subnet is under-utilized, over
// `over` percent over-utilized (IPAM's MinimumUtilizationThreshold / Maximum..., 20 / 80).
struct UtilizationThresholds
{
    double under = 20.0;
    double over = 80.0;

    bool isValid() const { return under >= 0 && over <= 100 && under <= over; }
};

// Utilized / total * 100; 0 for an empty total.
double percentageUtilized(qint64 utilized, const AddressCount &total);
UtilizationStatus utilizationStatus(double percentage, const UtilizationThresholds &thresholds);

} // namespace ipam
