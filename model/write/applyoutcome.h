#pragma once

#include "domain/verdict.h"
#include "store/writeoutcome.h"

#include <QString>

// The words the write path's parts share: what one step returns and how a refusal is phrased.
// Only the write path's own .cpp files include this (it brings short names into scope).
namespace ipam::applying {

using Failure = WriteFailure;
using Outcome = WriteOutcome;

// Change sets creating at least this many subnets or ranges take the bulk paths
// (BulkSubnetCreate, SpaceGeometry): below it, per-row look-ups are cheaper than gathering.
inline constexpr int bulkThreshold = 1000;

inline Outcome refused(QString message)
{
    return Failure{WriteStatus::Refused, std::move(message)};
}

inline Outcome refused(const Verdict &verdict)
{
    if (verdict)
        return std::nullopt;
    return Failure{WriteStatus::Refused, verdict.reason()};
}

inline QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace ipam::applying
