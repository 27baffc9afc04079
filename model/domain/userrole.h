#pragma once

#include "domain/entities.h"
#include "domain/operation.h"

#include <QList>
#include <QString>

namespace ipam {

// A role: a named set of operations (IPAM's "user role"). Built-in roles are IPAM's eight,
// defined here and written to the store by the schema; they are read-only. A role with no
// operations is a reader: any policy lets its principal see the objects in its scope.
struct UserRole
{
    ObjectId id = 0;
    QString name;
    QString description;
    OperationSet operations;
    bool isBuiltIn = false;
};

namespace builtinroles {
// The exact names IPAM's console shows in "Select role".
inline const QString administrator = QStringLiteral("IPAM Administrator Role");
inline const QString asmAdministrator = QStringLiteral("IPAM ASM Administrator Role");
inline const QString msmAdministrator = QStringLiteral("IPAM MSM Administrator Role");
inline const QString ipAddressRecordAdministrator
        = QStringLiteral("IP Address Record Administrator Role");
inline const QString dnsRecordAdministrator = QStringLiteral("DNS Record Administrator Role");
inline const QString dhcpAdministrator = QStringLiteral("IPAM DHCP Administrator Role");
inline const QString dhcpScopeAdministrator = QStringLiteral("IPAM DHCP Scope Administrator Role");
inline const QString dhcpReservationsAdministrator
        = QStringLiteral("IPAM DHCP Reservations Administrator Role");
} // namespace builtinroles

// IPAM's eight built-in roles, with their operations (id 0: not read from a store).
//  - IPAM Administrator: every operation.
//  - IPAM ASM Administrator: the whole address space, virtualized included (spaces, logical
//    networks, sites, VM networks, blocks, subnets, ranges, addresses), import/export, the
//    audit log and running VMM synchronization (the VMM account needs this role).
//  - IPAM MSM Administrator: DHCP and DNS servers (grants nothing in this product yet).
//  - IP Address Record Administrator: IP addresses, not spaces, blocks, subnets or ranges.
//  - DNS Record / DHCP / DHCP Scope / DHCP Reservations Administrator: their DHCP/DNS groups.
const QList<UserRole> &builtInRoles();
const UserRole *builtInRole(const QString &name);

// An access policy: one (role, scope) pair granted to a user or a group. IPAM's policy dialog
// groups the pairs of one user or group; the store keeps one row per pair.
struct AccessPolicy
{
    ObjectId id = 0;
    QString userOrGroup;
    bool isGroup = false;
    ObjectId roleId = 0;
    ObjectId scopeId = 0;
};

} // namespace ipam
