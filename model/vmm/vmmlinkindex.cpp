#include "vmmlinkindex.h"

#include "vmm/vmmentities.h"

namespace ipam {

using namespace Qt::StringLiterals;

void VmmLinkIndex::load(QList<VmmLink> links)
{
    m_linkById.clear();
    m_linkByObject.clear();
    m_linkByRemote.clear();
    // cache() in bulk, sized once: 100,000 links would otherwise rehash each table often.
    m_linkById.reserve(links.size());
    m_linkByObject.reserve(links.size());
    m_linkByRemote.reserve(links.size());
    m_linkByRemoteHash.clear();
    m_linkByRemoteHash.reserve(links.size());
    for (VmmLink &link : links) {
        // The set's name shared with vmm::entitySets(): comparing the same string data is a
        // pointer check, and the run compares it for every link of every set.
        if (const QString shared = vmm::setOfKind(link.kind); link.remoteSet == shared)
            link.remoteSet = shared;
        m_linkByObject.insert({int(link.kind), link.objectId}, link.id);
        if (!link.remoteId.isNull())
            m_linkByRemote.insert({int(link.kind), link.remoteId}, link.id);
        if (link.remoteHash != 0 && !link.remoteId.isNull())
            m_linkByRemoteHash.insert({int(link.kind), link.remoteHash}, link.id);
        m_linkById.insert(link.id, std::move(link));
    }
}

void VmmLinkIndex::cache(const VmmLink &link)
{
    uncache(link.id);
    m_linkById.insert(link.id, link);
    m_linkByObject.insert({int(link.kind), link.objectId}, link.id);
    if (!link.remoteId.isNull())
        m_linkByRemote.insert({int(link.kind), link.remoteId}, link.id);
}

void VmmLinkIndex::uncache(qint64 linkId)
{
    const auto it = m_linkById.constFind(linkId);
    if (it == m_linkById.constEnd())
        return;
    m_linkByObject.remove({int(it->kind), it->objectId});
    if (!it->remoteId.isNull())
        m_linkByRemote.remove({int(it->kind), it->remoteId});
    m_linkById.erase(it);
}

const VmmLink *VmmLinkIndex::ofObject(ObjectKind kind, ObjectId id) const
{
    const auto it = m_linkByObject.constFind({int(kind), id});
    return it == m_linkByObject.constEnd() ? nullptr : &m_linkById.find(*it).value();
}

const VmmLink *VmmLinkIndex::ofRemote(const QString &set, const QString &guid) const
{
    return ofRemote(set, QUuid::fromString(guid));
}

const VmmLink *VmmLinkIndex::ofRemote(const QString &set, const QUuid &id) const
{
    if (id.isNull())
        return nullptr;
    const auto it = m_linkByRemote.constFind({int(vmm::kindOfSet(set)), id});
    return it == m_linkByRemote.constEnd() ? nullptr : &m_linkById.find(*it).value();
}

QString VmmLinkIndex::remoteOf(ObjectKind kind, ObjectId id) const
{
    if (id == 0)
        return QString(""_L1);
    const VmmLink *link = ofObject(kind, id);
    return link ? vmm::guidText(link->remoteId) : QString(""_L1);
}

ObjectId VmmLinkIndex::objectFor(const QString &set, const QString &guid) const
{
    const VmmLink *link = guid.isEmpty() ? nullptr : ofRemote(set, guid);
    return link ? link->objectId : 0;
}

} // namespace ipam
