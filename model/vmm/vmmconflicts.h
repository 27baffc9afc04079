#pragma once

#include "vmm/vmmlinktable.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace ipam {

struct VmmSyncContext;

// The open conflicts of one run, by link: an object changed on both sides since the last sync
// is stored as a conflict (each side's version), logged once, and kept as it is until the
// sides agree again or the admin picks one (VmmSync::resolve); closing it is recorded too.
class VmmConflicts
{
public:
    explicit VmmConflicts(VmmSyncContext &ctx);

    // The stored open conflicts, each by the link of its object or remote entity (the link
    // index is loaded).
    void load();
    // `ipam` or `vmmValues` empty: removed on that side.
    void record(const VmmLink &link, const QString &name, const QJsonObject &ipam,
                const QJsonObject &vmmValues);
    void close(qint64 linkId);
    // The link is gone, and its conflict with it.
    void forget(qint64 linkId) { m_openConflicts.remove(linkId); }

private:
    VmmSyncContext &m_ctx;
    QHash<qint64, VmmConflict> m_openConflicts; // by link id
};

} // namespace ipam
