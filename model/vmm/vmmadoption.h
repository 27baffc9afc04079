#pragma once

#include "domain/entities.h"
#include "vmm/vmmentities.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace ipam {

struct VmmSyncContext;
class VmmLookups;

// Which IPAM objects the sync covers, and which of them an entity VMM sent without a link
// already is: an unlinked object of the same natural key (a name, a site's name in its
// logical network, a prefix, a range's bounds) is the same thing, VMM's copy of an object
// IPAM created (its POST answer was lost) or one made on both sides by hand, so it is
// adopted (linked) rather than created twice.
class VmmAdoption
{
public:
    VmmAdoption(VmmSyncContext &ctx, VmmLookups &lookups);

    // The unlinked object the entity is; 0 for none.
    ObjectId adopt(const QString &set, const vmm::RemoteEntity &e);
    // The ids of the objects of the kind in the sync's scope (the provider space, its
    // customer spaces, the host groups), ascending.
    QList<ObjectId> scopeObjects(ObjectKind kind);

private:
    void loadNaturalKeys(ObjectKind kind);

    VmmSyncContext &m_ctx;
    VmmLookups &m_lookups;
    // adopt(): natural key -> unlinked object, per kind (names; "space start-end" for
    // ranges). Stale entries only ever name objects this run linked since, which adopt() skips.
    QHash<int, int> m_adoptLookups;
    QSet<int> m_naturalKeysLoaded;
    QHash<QPair<int, QString>, QList<ObjectId>> m_byNaturalKey;
    QHash<int, int> m_unlinkedByKind; // how many m_byNaturalKey holds, per kind
};

} // namespace ipam
