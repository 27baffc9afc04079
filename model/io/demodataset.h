#pragma once

#include <QString>

// The demo data set: a realistic, fully virtualized address space to explore the console
// with (resources/demo/README.md describes what it holds and what to look at). It is built
// by code from fixed tables and a fixed random seed, so every load produces the same
// objects, and it is written through the one write path like any other change, so the data
// obeys every rule the console enforces.

namespace ipam {

class WritePath;

// Loads the demo data set into the store behind `writePath`: provider address spaces with
// their logical networks and network sites, customer (tenant) spaces with VM networks,
// blocks, about 2,200 subnets, 1,600 ranges and 28,000 addresses, in one change
// set per level (spaces, logical networks, sites, ...). Meant for a store whose only address
// space is Default. When the write path refuses a level (the set is already loaded, or the
// store's own Default subnets collide with the demo's), returns false with the write path's
// message in `error`, after removing the levels already written: the store is left as it was.
// Then it adds access control to explore (scopes per region and for the tenants, the spaces
// placed in them, a custom role, policies for regional groups and a sync account); that step
// is refused only if the principal may not edit access control, and then the address space
// stays loaded and `error` says so.
bool loadDemoDataSet(WritePath &writePath, QString *error);

} // namespace ipam
