#pragma once

#include "domain/entities.h"
#include "write/writepath.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <atomic>

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
    bool dryRun = false;    // fetch and compare, report what would change, write nothing
    bool pull = true;       // VMM -> IPAM
    bool push = true;       // IPAM -> VMM
    VmmCredentials credentials;
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

class VmmClient;
class VmmLinkTable;
struct VmmEntityMapping;

// Two-way sync of the virtualized address space with VMM over its REST service (the OData
// shape of System Center SPF): LogicalNetworks -> logical networks of options.providerSpace,
// LogicalNetworkDefinitions -> network sites with their subnets and VLANs,
// StaticIPAddressPools -> ranges, VMNetworks -> customer address spaces with their VM
// network, VMSubnets -> customer subnets; and back for what IPAM created or edited.
//
// Every IPAM change goes through the given WritePath (its principal is the sync account, so
// RBAC and the rules apply and each change is audited). Each object is written together with
// its link row (the remote ID and the baseline: the values both sides agreed on at the last
// sync) in one transaction, so a run cut off anywhere leaves whole objects only and the next
// run picks up where it stopped. A pull writes many objects per transaction (batchSize); one
// the write path refuses is taken out, logged as refused, and the rest written. Comparing each side
// with the baseline tells who changed what: one side -> copy it over; both -> a conflict, stored,
// never overwritten.
class VmmSync : public QObject
{
    Q_OBJECT
public:
    VmmSync(WritePath &writePath, VmmSyncOptions options, QObject *parent = nullptr);
    ~VmmSync() override;

    // Blocking (a local event loop per request): run it from a worker thread that owns its
    // own Database and WritePath, or from a command-line tool.
    VmmSyncReport run();
    // Thread-safe; run() returns soon after with completed = false.
    void cancel();

    // The open conflicts stored in the database.
    QList<VmmConflict> conflicts();
    // Keep IPAM pushes IPAM's version to VMM; keep VMM applies VMM's version to IPAM.
    WriteResult resolve(qint64 conflictId, KeepSide keep);

    // Objects VMM refused to take (405/501) with the reason, as "logical network \"X\": ...".
    QStringList notInVmm();

Q_SIGNALS:
    void progress(int done, int total, const QString &stage);
    void logLine(const QString &line); // "created logical network \"Storage\"", "refused ..."

private:
    friend class VmmSyncRun;
    WritePath &m_writePath;
    VmmSyncOptions m_options;
    std::atomic<bool> m_cancelled{false};
};

} // namespace ipam
