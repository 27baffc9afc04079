#pragma once

#include <QStringList>

namespace ipam {

// Schema version 3, PostgreSQL only: the database enforces access control itself, so that an
// admin who opens psql with their own login cannot change what their IPAM roles do not allow.
// Only the schema owner (the role owning the tables, and superusers) bypasses it.
//
//  - Every login may use the tables (privileges to PUBLIC); triggers are the gate. Checks run
//    per statement over transition tables on the address-space tables (so a bulk INSERT of
//    100 rows checks its few distinct scopes once, not each row), per row on the small
//    access-control tables.
//  - The rule is the application's: ipam_may(operation key, scope) is true when a policy of
//    current_user, or of a database role it is a member of, grants a role holding the
//    operation in the scope or an ancestor. An UPDATE is classified by the columns it changes:
//    only derived columns (utilization, address-to-subnet mapping, inherited scopes) need any
//    operation in the row's scope; only the logical network / site of a subnet, AssignSubnet;
//    only an own access scope, SetAccessScope in the old and new scope; anything else,
//    Edit<kind> in both.
//  - A refusal raises SQLSTATE 42501 with the write path's message:
//    "permission denied: <login> may not <operation> on <object> (scope <path>)".
//  - The scope cascades (triggers of version 2) run as the owner (SECURITY DEFINER): a change
//    of a space's scope moves what inherits from it without asking for rights on each row.
QStringList postgresEnforcementSchema();

} // namespace ipam
