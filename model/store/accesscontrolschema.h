#pragma once

#include <QStringList>

namespace ipam {

// Schema version 2: role-based access control. Written in the dialect of migrations.cpp
// (%ID%, "sqlite:" / "postgresql:" prefixes) plus %CREATOR%, the principal who creates or
// upgrades the database (the OS user on SQLite, current_user on PostgreSQL).
//
//  - access_scope: the scope tree (row 1 is Global); user_role + user_role_operation: roles
//    and their operations by key; access_policy: (user or group, role, scope) rows. The eight
//    built-in roles are written from the domain catalogue (builtInRoles()).
//  - every address-space table gains access_scope_id (the EFFECTIVE scope, materialized so a
//    check is a lookup, not a walk up the object tree) and access_scope_inherited. Triggers
//    keep inherited scopes in step inside the database, whoever writes: a new or re-parented
//    row takes its parent's scope, and a change of a row's scope flows down to the rows that
//    inherit from it. Parents: address space -> Global; logical network, VM network, block,
//    subnet -> address space; network site -> logical network; range -> subnet; address ->
//    its subnet, or its address space while unmapped.
QStringList accessControlSchema();

// The statements that (re)write the built-in roles' operations from the catalogue; a later
// migration that grows the catalogue runs them again.
QStringList builtInRoleStatements();

} // namespace ipam
