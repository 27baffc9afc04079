#pragma once

#include <QStringList>

namespace ipam {

// Schema version 16: the utilization history (version 14) on PostgreSQL, the way version 9
// treats the audit log. Version 14 let every login read every point and insert or alter any
// (a reader of one scope could read another's utilization or forge a trend).
//
//  - Reads: a point is visible only while its subnet or range is visible to the login
//    (row-level security over the objects' own row-level security); a removed object's
//    points only to the owner and the holders of a policy in Global.
//  - Writes: no login but the owner writes utilization_point directly. The write path appends
//    through ipam_append_utilization(), which (for anyone but the owner) accepts a point only
//    for a subnet or range the caller's own transaction wrote, in a scope of the login, with
//    the figures the server counts itself (addresses, and the addresses the subnet's ranges
//    cover) and the row holds; the time is the server's (a client that sends one is refused);
//    a point that does not move the object's figures is not written.
QStringList utilizationHistoryHardeningSchema();

} // namespace ipam
