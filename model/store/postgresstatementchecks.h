#pragma once

#include <QStringList>

namespace ipam {

// Schema version 11 (PostgreSQL only): the database's own access checks of version 9, with
// the same rules and the same refusals, paid per statement rather than per row, so that the
// write path's multi-row statements (store/multirowwriter.h) cost the checks once each.
//
//  - ipam_check_update() sorts the statement's rows into the (operation, scope) pairs they
//    need in one query over the transition tables and asks ipam_require() once per pair,
//    naming the lowest id of each; each row's JSON is built once, not once per column.
//  - The VMM sync state (vmm_link, vmm_conflict, vmm_mark) is checked once per statement that
//    touches a row (one transition-table trigger per event: PostgreSQL allows transition
//    tables on single-event triggers only) instead of once per row.
//  - An inheriting row's scope is derived on INSERT, and on UPDATE only when something it
//    depends on changed (its parent column, its scope or its inherited flag): a recount's
//    UPDATE of a subnet's counters no longer runs the derivation. Whoever points an inheriting
//    row elsewhere by hand changes its scope column, so the derivation still runs and undoes it.
//
// Not done: a lower fillfactor for ip_subnet, so that a recount's update of a subnet written in
// the same transaction stays on its page (a HOT update). Measured at 90: 204 of 1,503 such
// updates were HOT (a page's tenth holds a few new row versions, not one per row), while every
// read of the whole table (the console's load) reads a ninth more pages.
QStringList postgresStatementChecksSchema();

// Schema version 13 (PostgreSQL only): the scope derivation plans its look-up of the parent's
// scope per call. Since version 9 it kept PL/pgSQL's cached plan (plan_cache_mode = auto), made
// while the parent table was nearly empty: a sequential scan, 0.42 ms per subnet once a VMM
// pull had written 14,000 customer spaces (30 s of a 100,000-object pull).
QStringList postgresDerivationPlansSchema();

} // namespace ipam
