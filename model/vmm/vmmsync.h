#pragma once

#include "domain/entities.h"
#include "vmm/vmmsynctypes.h"
#include "write/writepath.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace ipam {

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
    // What the last run() or resolve() warned of (NTLM or Basic over plain http): a run's are
    // also in its report; a resolve has no report.
    const QStringList &warnings() const { return m_warnings; }

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
    QStringList m_warnings;
};

} // namespace ipam
