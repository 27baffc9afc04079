#pragma once

#include "vmm/vmmentities.h"
#include "vmm/vmmlinktable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace ipam {

struct VmmSyncContext;

// Reads what VMM holds before anything is applied: every page of every set (fetch), each
// entity fingerprinted and, unless it matches the fingerprint its link recorded, parsed and
// normalised; an entity that cannot be read is refused, one out of scope (host groups) left
// out. Holds what VMM sent for the rest of the run: the entities per set, and every ID VMM
// listed (what tells "removed in VMM" apart).
class VmmReader
{
public:
    explicit VmmReader(VmmSyncContext &ctx);

    // Whether every set came whole; otherwise the run is cut off (VmmSyncContext::abort).
    bool fetch();

    VmmSyncContext &context() const { return m_ctx; }
    // Readable and in scope, in the order VMM sent them.
    QList<vmm::RemoteEntity> &entities(const QString &set) { return m_remote[set]; }
    // Every ID VMM listed of the set, but those fetch() matched by fingerprint...
    const QSet<QUuid> &listed(const QString &set) { return m_listed[set]; }
    // ...which are here, by link.
    QUuid listedLink(qint64 linkId) const { return m_listedLinks.value(linkId); }
    // The set had an entity without a readable ID: none of its links counts as unlisted.
    bool unreadable(const QString &set) const { return m_unreadable.contains(set); }
    // The sites VmmDerivedSites made from the pools, taken in as if VMM had listed them.
    void setDerived(const QString &set, QList<vmm::RemoteEntity> entities);
    // VMM holds this entity now (the run created it): not "removed in VMM".
    void noteListed(const QString &set, const QUuid &id) { m_listed[set].insert(id); }

private:
    // What fetch() learns of an entity before anything is applied: its ID and fingerprint, and
    // either the link whose recorded fingerprint it matches or its normalised values.
    struct Reading
    {
        QUuid id;
        quint64 hash = 0;
        const VmmLink *sameAsLink = nullptr;
        QJsonObject object;                              // when not sameAsLink: parsed...
        std::optional<Parsed<vmm::RemoteEntity>> parsed; // ...and normalised
    };
    QList<Reading> read(const QString &set, const QList<QByteArrayView> &texts) const;
    bool discover();
    bool checkMetadata();
    bool pickStamp(const QSet<QUuid> &stamps);

    VmmSyncContext &m_ctx;
    QList<QByteArray> m_pages; // what VMM sent: RemoteEntity::raw points into them
    QHash<QString, QList<vmm::RemoteEntity>> m_remote; // readable and in scope, per set
    QHash<QString, QSet<QUuid>> m_listed;              // every ID VMM listed, per set...
    QHash<qint64, QUuid> m_listedLinks; // ...but those fetch() matched by fingerprint, by link
    QSet<QString> m_unreadable;         // sets with an entity without a readable ID
};

} // namespace ipam
