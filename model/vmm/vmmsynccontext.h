#pragma once

#include "vmm/vmmclient.h"
#include "vmm/vmmlinkindex.h"
#include "vmm/vmmlinktable.h"
#include "vmm/vmmsynctypes.h"
#include "write/writepath.h"

#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <memory>

namespace ipam {

// Where a run's time goes, per phase: QT_LOGGING_RULES="ipam.vmmsync.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcVmmSync)

class VmmSync;
class Store;

// How one step of a run ended: written (or sent), refused (logged, the run goes on), or the
// run was cut off (network, cancel).
enum class VmmOutcome { Applied, Refused, Aborted };

// The state one run of the sync (or one resolve) shares between its parts: what it was told
// (options, the write path and store), what it holds open (the link table and the index of
// its links, the VMM client), what it found (the provider space, VMM's stamp) and what it
// reports. The parts (reader, IPAM state, adoption, mapping, write queue, push, conflicts)
// each keep their own state and reach the shared part through here. It also holds the one
// way a part reports a step: log, refuse, dryRun, and abort / stopped for cutting a run off.
struct VmmSyncContext
{
    VmmSyncContext(VmmSync &sync, WritePath &writePath, const VmmSyncOptions &options,
                   const std::atomic<bool> &cancelled);

    VmmOutcome refuse(const QString &what, const QString &reason,
                      WriteStatus status = WriteStatus::Refused);
    void log(const QString &line);
    bool dryRun(const QString &line); // logs "would ..." and says whether to stop there
    void abort(const QString &error);
    bool stopped();
    // Whether a site of these host groups is in the sync's scope (options.hostGroups).
    bool siteInScope(const QStringList &groups) const;

    VmmSync &sync; // its signals: progress, logLine
    WritePath &writePath;
    Store &store;
    const VmmSyncOptions &options;
    VmmLinkTable links;
    VmmLinkIndex linkIndex; // links, as the run knows them
    std::unique_ptr<VmmClient> client;
    VmmSyncReport report;
    AddressSpace provider;
    QUuid stampId;
    bool aborted = false;
    WriteStatus lastStatus = WriteStatus::Committed;
    QString lastReason;
    // IPAM and the sync tables are as the mark says a completed run saw them: the objects'
    // keys equal their links' ipam_hash where that is set, and nothing waits to be pushed.
    // Until this run commits a change to IPAM: from then on it reads IPAM as usual.
    bool ipamUnchanged = false;
    // The service document's sets; without LogicalNetworkDefinitions, network sites are
    // derived from the pools (derivedSites) and never written to VMM.
    QStringList offeredSets;
    bool derivedSites = false;

private:
    const std::atomic<bool> &m_cancelled;
};

namespace vmm {

QString quoted(const QString &text);
// How the log names an object: logical network "Storage".
QString named(ObjectKind kind, const QString &name);
// A site's host groups as the wire contract lists them: trimmed, sorted, each once.
QStringList hostGroupsOf(const NetworkSite &site);
// One column of an IPAM key (VmmIpamState::loadIpamKeys), as it reads it from the database.
QByteArray keyColumn(const QVariant &value);
// What the run looks up per entity is read one by one at first (a small incremental run stays
// a few queries) and, past a few look-ups of the kind, all at once.
inline bool useCache(int *lookups)
{
    return ++*lookups > 64;
}

} // namespace vmm

} // namespace ipam
