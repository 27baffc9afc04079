#pragma once

#include <QString>

namespace ipam {

// The checks of the HTTPS trust options (VmmSyncOptions::caFile, pinnedSha256), one place for
// ipamctl's --ca-file/--pin and the console's settings dialog, so both refuse the same input
// with the same words before any connection is tried.
namespace vmmtrust {

// The SHA-256 of the service's certificate as typed (hex, upper or lower case, colons or
// spaces between bytes allowed: what `openssl x509 -fingerprint -sha256` prints). checkPin:
// empty when it is one, else why not ("\"ab:cd\" is not a SHA-256 in hex (64 digits)");
// normalizedPin: its 64 hex digits in lower case.
QString checkPin(const QString &text);
QString normalizedPin(const QString &text);

// Empty when the file holds at least one PEM certificate, else why not (missing, unreadable,
// no certificate in it), naming the file.
QString checkCaFile(const QString &path);

} // namespace vmmtrust
} // namespace ipam
