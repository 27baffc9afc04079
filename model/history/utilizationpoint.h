#pragma once

#include "address/addresscount.h"
#include "domain/entities.h"

#include <QList>

namespace ipam {

// One object's utilization as a committed change left it: what the history stores per
// subnet or range (see store/utilizationhistoryschema.h). A subnet's total is fixed by its
// prefix and a range's by its bounds, so a point holds only what changes.
struct UtilizationSample
{
    ObjectKind kind = ObjectKind::Subnet; // Subnet or Range
    ObjectId id = 0;
    AddressCount assigned; // subnets: addresses covered by their ranges; ranges: unused
    qint64 used = 0;       // address records
};

// Parses the decimal form ip_subnet and utilization_point keep ("0" for an empty text).
AddressCount addressCountFromText(const QString &text);

} // namespace ipam
