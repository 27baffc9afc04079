#pragma once

#include <QStringList>

namespace ipam {

// Schema version 17: utilization thresholds stored per object, and the state of raised
// utilization alerts (history/utilizationthreshold.h, alerts/alertstate.h).
//
//  - utilization_threshold: one row per address space, logical network, network site, subnet
//    or range that sets any of its own figures (over %, under %, "full within N days"); a
//    NULL figure is inherited from the parent (space > logical network > site > subnet >
//    range), and the store-wide setting above the space. The CHECKs hold each figure's range,
//    so no client writes a threshold the resolver cannot use.
//  - utilization_alert: one row per raised alert (object + condition); the partial unique
//    index keeps one raised row per identity, a cleared one stays as history. Acknowledged
//    (by whom, when) and snoozed until are kept on the row.
//
// On PostgreSQL both tables are read with their objects (row-level security through the
// object's scope; a removed object's rows only by holders of a policy in Global). A threshold
// row needs Edit <kind> of its object in the object's scope (Delete <kind> may remove it with
// the object). An alert row may be raised or cleared by a login holding, in the object's scope,
// an operation that moves utilization or thresholds (add/edit/delete of subnets, ranges and
// addresses, assign subnet, edit of sites, logical networks and spaces); acknowledging or
// snoozing needs
// Edit <kind> there, and the server names the acknowledging login and dates it. No login
// deletes alert rows.
QStringList utilizationAlertSchema();

} // namespace ipam
