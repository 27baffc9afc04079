#pragma once

#include "address/parsed.h"
#include "vmm/vmmsynctypes.h"

#include <QProcessEnvironment>

namespace ipam {

// Where the VMM connector's credentials come from; none of these ever writes them anywhere.
//  - the environment: IPAM_VMM_TOKEN (a bearer token), or IPAM_VMM_USER + IPAM_VMM_PASSWORD
//    (HTTP Basic; use HTTPS);
//  - a file readable only by its owner (mode 0600 or 0400; anything readable or writable by
//    group or others is refused), of "key = value" lines: token, user, password ('#' starts
//    a comment).
// ipamctl asks on the terminal (without echo) when neither gives any.
namespace vmmcredentials {

// Empty credentials (isEmpty()) when the environment names none; an error when it names half
// (a user without a password).
Parsed<VmmCredentials> fromEnvironment(const QProcessEnvironment &environment
                                       = QProcessEnvironment::systemEnvironment());
Parsed<VmmCredentials> fromFile(const QString &path);

} // namespace vmmcredentials
} // namespace ipam
