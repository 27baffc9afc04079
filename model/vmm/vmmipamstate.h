#pragma once

#include "vmm/vmmlinktable.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace ipam {

struct VmmSyncContext;
class VmmAdoption;
class VmmLookups;
class VmmValueMapping;

// IPAM's side of the sync: the canonical values of the objects in scope (read one by one,
// or a whole kind at once for a no-op re-sync), the key per linked object that tells without
// reading it whether it changed since it last equalled its baseline (loadIpamKeys), and the
// mark: whether IPAM is as the last completed sync saw it whole (then a run need not read it
// at all), checked and left again at the end of a run that changed anything.
class VmmIpamState
{
public:
    VmmIpamState(VmmSyncContext &ctx, VmmLookups &lookups, const VmmValueMapping &mapping,
                 VmmAdoption &adoption);

    // The object's canonical values read afresh (inside a write path transaction, too).
    std::optional<QJsonObject> ipamValues(ObjectKind kind, ObjectId id, qint64 *version = nullptr);
    // ipamValues() of many sites at once (a pull's batch links thousands, each read after its
    // subnets were written): a few queries per 500 sites instead of two per site.
    struct ValuesAndVersion
    {
        QByteArray values; // JSON text
        qint64 version = 0;
    };
    QHash<ObjectId, ValuesAndVersion> siteValues(const QList<ObjectId> &siteIds);
    // The same from the per-kind cache loadValues() filled (a few queries per kind instead
    // of a few per object: what makes a no-op re-sync cheap), falling back to ipamValues.
    std::optional<QJsonObject> cachedValues(ObjectKind kind, ObjectId id);
    // IPAM's values of a linked object whose hash did not match: one by one for a few, the
    // whole kind at once (loadValues) for many.
    std::optional<QJsonObject> valuesToCompare(ObjectKind kind, ObjectId id);
    // The run wrote the object (or one the values of this kind read): read it again.
    void forgetValues(const AnyObject &object);
    void forgetValues(ObjectKind kind, ObjectId id) { m_values.remove({int(kind), id}); }
    void reloadValues(ObjectKind kind) { m_valuesLoaded.remove(int(kind)); }

    // ipamKeys(): per linked object of the kind, a hash of its version and of the versions
    // and remote IDs its values depend on (one query, no object read). Versions only grow,
    // so a key recorded when the values equalled the baseline comes back only while the
    // object and what it depends on are untouched.
    void loadIpamKeys(ObjectKind kind);
    const QHash<ObjectId, quint64> &ipamKeys() const { return m_ipamKeys; }
    void clearIpamKeys() { m_ipamKeys.clear(); }
    // Both sides of a link as hashed now equal its baseline: recorded by saveHashes().
    void recordHashes(const VmmLinkTable::Hashes &hashes) { m_hashes.append(hashes); }
    void saveHashes();

    // The mark (see vmmSyncSchemaV7): whether IPAM is as a completed sync last saw it whole,
    // so that this run need not read it (VmmSyncContext::ipamUnchanged); and, at the end of
    // a run that changed anything, checking IPAM whole again to leave a new mark.
    bool ipamAsMarked();
    void markIpamSeen();

    qint64 versionOf(ObjectKind kind, ObjectId id);
    // How the log names a linked object: by IPAM's name, or the baseline's once it is gone.
    QString nameOf(const VmmLink &link);

private:
    void loadValues(ObjectKind kind);
    struct AuditPosition
    {
        qint64 id = 0;     // the newest audit row
        qint64 window = 0; // rows after id - 64 (see vmm_mark.audit_window)
    };
    AuditPosition auditPosition(qint64 after);
    QString markKey() const;
    QString verifyAndMark(bool *marked);

    VmmSyncContext &m_ctx;
    VmmLookups &m_lookups;
    const VmmValueMapping &m_mapping;
    VmmAdoption &m_adoption;
    QHash<QPair<int, ObjectId>, QJsonObject> m_values; // loadValues()
    QSet<int> m_valuesLoaded;                          // kinds in m_values
    QHash<int, int> m_valueLookups;                    // valuesToCompare() per kind
    QHash<ObjectId, quint64> m_ipamKeys;               // loadIpamKeys(), the current set's kind
    QList<VmmLinkTable::Hashes> m_hashes;              // to record (saveHashes)
};

} // namespace ipam
