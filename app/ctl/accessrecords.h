#pragma once

#include "address/parsed.h"
#include "domain/accessscope.h"
#include "domain/userrole.h"
#include "io/recordformatter.h"

#include <QHash>
#include <QList>
#include <QStringList>

// How ipamctl shows access control, keyed by IPAM's property names: the records of `scope
// list`, `role list`, `policy list` and `whoami`, and the one parser of operation lists.

namespace ipam::ctl {

// AccessScopePath, Name, Description.
RecordTable scopeRecords(const QList<AccessScope> &scopes, const AccessScopeTree &tree);
// Name, Description, Operations (their keys), IsBuiltIn; for people (table) the count of
// operations instead of the list.
RecordTable roleRecords(const QList<UserRole> &roles, OutputFormat format);
// UserOrGroup, IsGroup, Role, AccessScopePath.
RecordTable policyRecords(const QList<AccessPolicy> &policies,
                          const QHash<ObjectId, UserRole> &roles, const AccessScopeTree &tree);

// "AddSubnet,EditSubnet" (and repeated options): operation keys or display names, any case;
// an operation group ("AddressSubnetOperations") stands for all its operations. An unknown
// word is named in the error.
Parsed<OperationSet> parseOperations(const QStringList &values);

} // namespace ipam::ctl
