#pragma once

// The connector's value types: what a sync is told (options, credentials) and what it tells
// back (its report, the conflicts it keeps). Apart from vmmsync.h so that the client, the
// link table and the credential sources need not see the sync itself.

#include "domain/entities.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace ipam {

// How the connector authenticates to the VMM REST service (SPF). Held in memory only: the
// connector never writes it anywhere (see vmmcredentials.h for where it comes from).
struct VmmCredentials
{
    QString bearerToken; // wins over user/password when set
    QString user;
    QString password;
    bool isEmpty() const { return bearerToken.isEmpty() && user.isEmpty(); }
};

struct VmmSyncOptions
{
    QUrl baseUrl; // e.g. https://vmm:8090/SC2012R2/VMM/Microsoft.Management.Odata.svc
    // The provider address space the VMM logical networks live in (must exist).
    QString providerSpace = QStringLiteral("Default");
    QStringList hostGroups; // network sites of these host groups only; empty = all
    // The VMM server (SPF stamp) to sync; null: the service's only one (a service with several
    // is refused, naming them). Every request then filters by it.
    QUuid stampId;
    bool dryRun = false; // fetch and compare, report what would change, write nothing
    bool pull = true;    // VMM -> IPAM
    bool push = true;    // IPAM -> VMM
    VmmCredentials credentials;
    // HTTPS: the system's CA store always; plus the CA certificates of this PEM file (a
    // private CA), and/or the SHA-256 of the service's own certificate (hex, colons allowed):
    // with a pin, a certificate the CAs do not vouch for is accepted if it is the pinned one,
    // and any other is refused even when a CA vouches for it.
    QString caFile;
    QString pinnedSha256;
    int timeoutMs = 30000;  // per HTTP request
    int retries = 2;        // per request, on 5xx / timeout / dropped connection / bad JSON
    int retryDelayMs = 200; // first backoff; doubles per retry
    // Pulled objects are written this many changes per write-path transaction (each with its
    // link rows); an object the write path refuses is taken out, the writes before it
    // committed and the rest resubmitted. Clamped to 1..WritePath::maxObjectsInEvent. A
    // larger batch writes faster (a pull of 100,000: 4.9 s at 50,000, 5.2 s at 20,000) and
    // holds SQLite's write lock longer (about 2 s for 40,000 pools).
    int batchSize = 50000;
};

struct VmmSyncReport
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    int conflicts = 0; // open conflicts found or still open after this run
    int refused = 0;   // entities VMM sent that could not be read, or the write path refused
    int notInVmm = 0;  // IPAM objects VMM does not accept (405/501), with their reasons
    int denied = 0;    // of the refused: the sync principal lacks the right (RBAC)
    // Entities VMM sent that matched their link's recorded fingerprint (VmmLink::remoteHash):
    // known equal to the baseline without being parsed. Not part of summary().
    int fingerprinted = 0;
    // IPAM was as the last completed sync left it (its mark, see vmmSyncSchemaV7), so this run
    // did not read it. Not part of summary().
    bool ipamUnchanged = false;
    // The service offers no network site set (SPF never does): sites were derived from the
    // pools, and their names and VLANs are IPAM's (VmmDerivedSites).
    bool sitesDerived = false;
    // What the admin should act on although the run went on, each also in the log: NTLM or
    // Basic over plain http (VmmClient::warnings).
    QStringList warnings;
    QStringList log;
    bool completed = false; // false: cut off (network, cancel); nothing half-applied
    QString error;          // why it did not complete
    // "created 3, updated 1, deleted 0, unchanged 12, conflicts 0, refused 1, not in VMM 0"
    QString summary() const;
};

// An object changed on both sides since the last sync: neither version is written until the
// admin picks one (VmmSync::resolve).
struct VmmConflict
{
    qint64 id = 0;
    ObjectKind kind = ObjectKind::LogicalNetwork;
    ObjectId objectId = 0; // 0 when the IPAM object was removed meanwhile
    QString remoteSet;     // "LogicalNetworks", ...
    QUuid remoteId;
    QString name;
    QJsonObject ipamVersion; // in the wire contract's property names; empty = removed in IPAM
    QJsonObject vmmVersion;  // the same; empty = removed in VMM
    qint64 detectedMs = 0;
};

enum class KeepSide { Ipam, Vmm };

} // namespace ipam
