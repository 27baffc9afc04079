#pragma once

#include "vmm/vmmadoption.h"
#include "vmm/vmmconflicts.h"
#include "vmm/vmmipamstate.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmmapping.h"
#include "vmm/vmmpush.h"
#include "vmm/vmmreader.h"
#include "vmm/vmmsync.h"
#include "vmm/vmmsynccontext.h"
#include "vmm/vmmwritequeue.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace ipam {

// One run of the sync (or one resolve), in order: load (the provider space, the links, the
// open conflicts, the mark), read what VMM holds (VmmReader), then per entity set, parents
// first, compare each entity with its link's baseline and IPAM's side and pull, push or keep
// a conflict (pullAndPushSet), and last, children first, what is gone from either side
// (handleGone). The parts it drives share one VmmSyncContext; see VmmSync's class comment for
// the approach.
class VmmSyncRun
{
public:
    using Outcome = VmmOutcome;

    explicit VmmSyncRun(VmmSync &sync);

    VmmSyncReport run();
    WriteResult resolve(qint64 conflictId, KeepSide keep);
    QStringList notInVmm();
    // The client's warnings (VmmClient::warnings), empty when no client was made.
    QStringList warnings() const;

private:
    bool load(QString *error);
    void loadLinks();
    void pullAndPushSet(const QString &set);
    void pushUnlinked(const QString &set);
    void handleGone(const QString &set);
    void handleNew(const QString &set, const vmm::RemoteEntity &e);
    void reconcile(const QString &set, const vmm::RemoteEntity &e, const VmmLink &link,
                   const QJsonObject &ipam, quint64 ipamKey);
    void reconcileDerivedSite(const vmm::RemoteEntity &e, const VmmLink &link,
                              const QJsonObject &ipam, quint64 ipamKey);

    VmmSyncContext m_ctx;
    VmmConflicts m_conflicts;
    VmmLookups m_lookups;
    VmmValueMapping m_mapping;
    VmmAdoption m_adoption;
    VmmIpamState m_ipam;
    VmmWriteQueue m_queue;
    VmmChangeMapping m_pull;
    VmmReader m_reader;
    VmmPush m_push;
    // Linked objects removed in IPAM, with VMM's entity, per set: handled after the children.
    QHash<QString, QList<QPair<qint64, vmm::RemoteEntity>>> m_ipamGone;
};

} // namespace ipam
