#pragma once

#include "vmm/vmmlinktable.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace ipam {

// The links one run knows, by id, by IPAM object and by remote entity (and, until the
// entities are read, by the fingerprint each recorded): read once at the start (load), kept
// current with what the run commits (cache, uncache). Every part of the run asks it which
// object an entity is, and which entity an object is.
class VmmLinkIndex
{
public:
    void load(QList<VmmLink> links);
    void cache(const VmmLink &link);
    void uncache(qint64 linkId);

    const QHash<qint64, VmmLink> &byId() const { return m_linkById; }
    const VmmLink *ofObject(ObjectKind kind, ObjectId id) const;
    const VmmLink *ofRemote(const QString &set, const QString &guid) const;
    const VmmLink *ofRemote(const QString &set, const QUuid &id) const;
    // The link whose entity had exactly these bytes when it last equalled the baseline
    // (VmmLink::remoteHash), by the set's kind: what the reader matches an entity against.
    const VmmLink *ofRemoteHash(int kind, quint64 hash) const
    {
        const auto found = m_linkByRemoteHash.constFind({kind, hash});
        return found == m_linkByRemoteHash.constEnd() ? nullptr : &m_linkById.find(*found).value();
    }
    // Once the entities are read: the run's writes do not keep the fingerprints current.
    void dropRemoteHashes() { m_linkByRemoteHash = {}; }

    // The remote ID of an object's link as the wire contract writes it; "" for none.
    QString remoteOf(ObjectKind kind, ObjectId id) const;
    // The object linked to an entity of `set`; 0 for none.
    ObjectId objectFor(const QString &set, const QString &guid) const;

private:
    QHash<qint64, VmmLink> m_linkById;
    QHash<QPair<int, ObjectId>, qint64> m_linkByObject;
    QHash<QPair<int, QUuid>, qint64> m_linkByRemote; // by the set's kind and the remote ID
    // By the set's kind and the entity fingerprint recorded (VmmLink::remoteHash): what the
    // reader matches an entity's bytes against before reading them. Built by load(), dropped
    // once the entities are read.
    QHash<QPair<int, quint64>, qint64> m_linkByRemoteHash;
};

} // namespace ipam
