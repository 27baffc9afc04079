#include "vmmconflicts.h"

#include "vmm/vmmsynccontext.h"

#include <QDateTime>

namespace ipam {

using namespace Qt::StringLiterals;

VmmConflicts::VmmConflicts(VmmSyncContext &ctx)
    : m_ctx(ctx)
{ }

void VmmConflicts::load()
{
    m_openConflicts.clear();
    for (const VmmConflict &conflict : m_ctx.links.openConflicts()) {
        // The conflict's link: the one of its object or remote entity.
        const VmmLink *link = conflict.remoteId.isNull()
                ? m_ctx.linkIndex.ofObject(conflict.kind, conflict.objectId)
                : m_ctx.linkIndex.ofRemote(conflict.remoteSet, conflict.remoteId);
        if (link)
            m_openConflicts.insert(link->id, conflict);
    }
}

void VmmConflicts::record(const VmmLink &link, const QString &name, const QJsonObject &ipam,
                          const QJsonObject &vmmValues)
{
    ++m_ctx.report.conflicts;
    const QString what = vmm::named(link.kind, name);
    const auto open = m_openConflicts.constFind(link.id);
    if (open != m_openConflicts.constEnd() && open->ipamVersion == ipam
        && open->vmmVersion == vmmValues)
        return; // already shown to the admin as it is
    if (m_ctx.dryRun(u"record a conflict on "_s + what))
        return;
    VmmConflict conflict;
    conflict.kind = link.kind;
    conflict.objectId = ipam.isEmpty() ? 0 : link.objectId;
    conflict.remoteSet = link.remoteSet;
    conflict.remoteId = link.remoteId;
    conflict.name = name;
    conflict.ipamVersion = ipam;
    conflict.vmmVersion = vmmValues;
    conflict.detectedMs = QDateTime::currentMSecsSinceEpoch();
    const QString error = m_ctx.links.inTransaction(
            [&] { return m_ctx.links.saveConflict(link.id, conflict); });
    if (!error.isEmpty()) {
        m_ctx.refuse(what, error, WriteStatus::Failed);
        return;
    }
    conflict.id = m_ctx.links.openConflictOf(link.id);
    m_openConflicts.insert(link.id, conflict);
    const QString side = ipam.isEmpty() ? u"removed in IPAM and changed in VMM"_s
            : vmmValues.isEmpty()       ? u"changed in IPAM and removed in VMM"_s
                                        : u"changed in IPAM and in VMM"_s;
    m_ctx.log(u"conflict #%1: %2 %3 since the last sync; kept as it is until resolved"_s
                      .arg(conflict.id)
                      .arg(what, side));
}

void VmmConflicts::close(qint64 linkId)
{
    const auto open = m_openConflicts.constFind(linkId);
    if (open == m_openConflicts.constEnd())
        return;
    const qint64 id = open->id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_ctx.links.inTransaction([&] { return m_ctx.links.closeConflict(id, now); }).isEmpty())
        m_openConflicts.remove(linkId);
}

} // namespace ipam
