#pragma once

#include <QStringList>

namespace ipam {

// Schema version 9: the database's own access control (version 3) holds against a limited
// login that opens psql, following PostgreSQL's rules for SECURITY DEFINER functions.
//
//  - Every function of the enforcement runs with a fixed search_path (the schema, then pg_temp
//    last: a login's temporary table or a function in a schema of its own never stands in for
//    ours) and names the schema's tables with the schema. The checks and the scope triggers are
//    SECURITY DEFINER, so they read the real tables whatever the login may see, and ask about
//    the login itself (session_user: inside such a function current_user is the owner).
//  - PUBLIC gets nothing by default: EXECUTE on the enforcement's functions is revoked except
//    for the few a login calls (the audit function and the visibility helpers its reads use);
//    the tables keep SELECT (narrowed by row-level security) and INSERT/UPDATE/DELETE on the
//    data tables (checked by the triggers); the audit log and schema_version get no write
//    privilege, sequences none at all (identity columns need none).
//  - The audit log is append-only through ipam_append_audit(): the row's principal is the
//    session's login and its time the server's (for anyone but the owner), and a change set it
//    lists as removing an object must really have removed it, so a forged row cannot make a
//    console drop what still exists.
//  - Row-level security for reads: an address-space object is visible in the scopes of the
//    login's policies and below them (what the console and ipamctl show), the audit log with
//    View audit log, a policy to whom it applies or who holds an access-policy operation in its
//    scope, the VMM sync state with Run VMM synchronization. The owner bypasses (not FORCEd).
//  - audit_change, a view owned by the owner, lists every change set's objects for the live
//    update feed (ids and versions only; the principal only with View audit log), so that
//    notifications can be checked against the audit log by logins that may not read it.
QStringList postgresHardeningSchema();

// Custom fields and range groups (store/customfieldschema.h) on PostgreSQL: the definitions
// need Edit custom fields in Global; a value row needs an operation on its object in the
// object's scope and is read only with its object (row-level security); the audit function
// accepts the change feed's "definitions changed" item.
QStringList customFieldHardeningSchema();

// The same version on SQLite: only the audit_change view, so that both backends read change
// sets in one way.
QStringList auditChangeViewSchema();

// For this version's and later versions' definitions: `sql` written with the schema as @S,
// wrapped so that the migration runs it with every name qualified by the schema it runs in
// (a "postgresql:" statement).
QString postgresInSchema(QString sql);
// PostgreSQL's rules for a SECURITY DEFINER function (a fixed search_path, the schema and then
// pg_temp last), as a clause to put after LANGUAGE; written with @S like postgresInSchema().
QString postgresDefinerClause();

} // namespace ipam
