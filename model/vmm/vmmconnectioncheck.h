#pragma once

#include "vmm/vmmsynctypes.h"

#include <QList>
#include <QStringList>
#include <QUuid>

#include <atomic>

namespace ipam {

// What "Test connection" found at a VMM service: the entity sets its service document
// offers, the stamps (VMM servers) its logical networks belong to, and the warnings the
// client gathered (NTLM or Basic over plain http); or the exact failure (HTTP status and
// the service's message, a refused certificate, a refused password naming the user).
struct VmmConnectionCheck
{
    bool ok = false;
    QString error;
    QStringList sets;
    QList<QUuid> stamps; // in the order first seen
    QStringList warnings;
    // The service's $metadata declared every property the connector relies on (false: it
    // serves none; the entities are then checked as they are read).
    bool metadataChecked = false;
};

// Reads the service document, $metadata and the LogicalNetworks set with these options (URL,
// credentials, CA file, pin, timeout), writing nothing anywhere. Blocking: run it on a worker
// thread (the console's settings dialog does). A service without SPF's four sets fails,
// naming the ones missing, as a sync would.
VmmConnectionCheck checkVmmConnection(const VmmSyncOptions &options,
                                      const std::atomic<bool> *cancelled = nullptr);

} // namespace ipam
