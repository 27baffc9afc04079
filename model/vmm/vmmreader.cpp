#include "vmmreader.h"

#include "vmm/vmmclient.h"
#include "vmm/vmmsync.h"
#include "vmm/vmmsynccontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <future>
#include <thread>
#include <vector>

namespace ipam {

using namespace Qt::StringLiterals;

VmmReader::VmmReader(VmmSyncContext &ctx)
    : m_ctx(ctx)
{ }

// Pure reads of the entities and of the link cache (nothing writes it meanwhile), spread over
// the machine's cores: normalising 100,000 entities is most of a first pull's fetch.
QList<VmmReader::Reading> VmmReader::read(const QString &set,
                                          const QList<QByteArrayView> &texts) const
{
    QList<Reading> readings(texts.size());
    Reading *out = readings.data(); // detached once, here: the workers only write their rows
    const int kind = int(vmm::kindOfSet(set));
    auto readRows = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const QByteArrayView text = texts.at(i);
            Reading &reading = out[i];
            reading.hash = vmm::entityFingerprint(text);
            // The fingerprint a link recorded when its entity last equalled the baseline: the
            // same bytes (the ID among them), unchanged since, so not even parsed (see
            // VmmLink::remoteHash). A host group filter needs the normalised HostGroups: then
            // every entity is read.
            if (m_ctx.options.hostGroups.isEmpty()) {
                if (const VmmLink *same = m_ctx.linkIndex.ofRemoteHash(kind, reading.hash)) {
                    reading.sameAsLink = same;
                    reading.id = reading.sameAsLink->remoteId;
                    continue;
                }
            }
            // The page scan found an object here; the parser needs no copy of its bytes.
            reading.object
                    = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()))
                              .object();
            reading.id = vmm::idOf(reading.object);
            reading.parsed = vmm::parseEntity(set, reading.object);
        }
    };
    constexpr qsizetype rowsPerWorker = 2000; // below that, starting a thread costs more
    const qsizetype workers = std::clamp<qsizetype>(texts.size() / rowsPerWorker, 1,
                                                    std::clamp(QThread::idealThreadCount(), 1, 4));
    std::vector<std::thread> threads;
    const qsizetype share = (texts.size() + workers - 1) / workers;
    for (qsizetype w = 1; w < workers; ++w)
        threads.emplace_back(readRows, w * share, std::min(texts.size(), (w + 1) * share));
    readRows(0, std::min(texts.size(), share));
    for (std::thread &thread : threads)
        thread.join();
    return readings;
}

void VmmReader::setDerived(const QString &set, QList<vmm::RemoteEntity> entities)
{
    QSet<QUuid> &listed = m_listed[set];
    for (const vmm::RemoteEntity &e : std::as_const(entities))
        listed.insert(e.id);
    m_remote[set] = std::move(entities);
}

// Every page of every set first: nothing is applied from a set VMM could not send whole.
bool VmmReader::fetch()
{
    // Each set is read (fingerprinted, normalised: read()) on other threads while the next
    // one downloads; the entities are then taken in, in set order.
    struct Fetched
    {
        QString set;
        VmmSetReply reply;
        std::future<QList<Reading>> readings;
    };
    if (!discover())
        return false;
    std::vector<std::unique_ptr<Fetched>> fetched; // addresses stay put for the readers
    int step = 0;
    for (const QString &set : vmm::entitySets()) {
        Q_EMIT m_ctx.sync.progress(step++, 3 * int(vmm::entitySets().size()), u"reading "_s + set);
        if (set == vmm::definitions && m_ctx.derivedSites)
            continue; // VmmDerivedSites makes them from the pools
        auto one = std::make_unique<Fetched>();
        one->set = set;
        one->reply = m_ctx.client->fetchSet(set, m_ctx.options.stampId);
        if (!one->reply.ok()) {
            m_ctx.abort(one->reply.error);
            return false; // the futures wait for their readers as they go
        }
        const Fetched *reading = one.get();
        one->readings = std::async(std::launch::async, [this, reading] {
            return read(reading->set, reading->reply.entities);
        });
        fetched.push_back(std::move(one));
    }
    QSet<QString> filteredDefinitions;
    QSet<QUuid> stamps;
    for (const std::unique_ptr<Fetched> &one : fetched) {
        const QString &set = one->set;
        const VmmSetReply &reply = one->reply;
        QList<vmm::RemoteEntity> &entities = m_remote[set];
        QSet<QUuid> &listed = m_listed[set];
        m_pages.append(reply.pages);
        const QList<Reading> readings = one->readings.get();
        for (qsizetype i = 0; i < readings.size(); ++i) {
            const QByteArrayView raw = reply.entities.at(i);
            const Reading &reading = readings.at(i);
            const QUuid id = reading.id;
            if (id.isNull())
                m_unreadable.insert(set);
            const quint64 hash = reading.hash;
            if (reading.sameAsLink) {
                m_listedLinks.insert(reading.sameAsLink->id, id); // listed, by link: no string kept
                ++m_ctx.report.fingerprinted;
                vmm::RemoteEntity e;
                e.id = id;
                e.stampId = reading.sameAsLink->stampId; // the same bytes sent it
                e.hash = hash;
                e.sameAsBaseline = true;
                e.raw = raw;
                stamps.insert(e.stampId);
                entities.append(e);
                continue;
            }
            if (!id.isNull())
                listed.insert(id);
            const Parsed<vmm::RemoteEntity> &parsed = *reading.parsed;
            if (!parsed) {
                const QString name = reading.object.value("Name"_L1).toString();
                m_ctx.refuse(
                        u"%1 %2"_s.arg(set, name.isEmpty() ? vmm::guidText(id) : vmm::quoted(name)),
                        parsed.error());
                continue;
            }
            vmm::RemoteEntity e = parsed.value();
            e.hash = hash;
            stamps.insert(e.stampId);
            if (set == vmm::definitions) {
                QStringList groups;
                for (const QJsonValue &group : e.values.value("HostGroups"_L1).toArray())
                    groups.append(group.toString());
                if (!m_ctx.siteInScope(groups)) {
                    filteredDefinitions.insert(vmm::guidText(e.id));
                    continue;
                }
            }
            if (set == vmm::pools
                && filteredDefinitions.contains(
                        e.values.value("LogicalNetworkDefinitionId"_L1).toString()))
                continue;
            entities.append(e);
        }
        if (m_ctx.stopped())
            return false;
    }
    return pickStamp(stamps);
}

// The service document says which sets there are: SPF's four, and the site set only where
// the project's extension serves it. Without it the sites come from the pools.
bool VmmReader::discover()
{
    const Parsed<QStringList> sets = m_ctx.client->fetchServiceDocument();
    for (const QString &warning : m_ctx.client->warnings()) {
        m_ctx.report.warnings.append(warning);
        m_ctx.log(QCoreApplication::translate("ipam::VmmSync", "warning: %1").arg(warning));
    }
    if (!sets) {
        m_ctx.abort(sets.error());
        return false;
    }
    m_ctx.offeredSets = sets.value();
    QStringList missing;
    for (const QString &set : vmm::contractSets()) {
        if (!m_ctx.offeredSets.contains(set))
            missing.append(set);
    }
    if (!missing.isEmpty()) {
        m_ctx.abort(
                QCoreApplication::translate("ipam::VmmSync",
                                            "%1 offers no %2: not SPF's VMM service (it offers %3)")
                        .arg(m_ctx.options.baseUrl.toString(QUrl::RemoveUserInfo),
                             missing.join(", "_L1),
                             m_ctx.offeredSets.isEmpty() ? QCoreApplication::translate(
                                     "ipam::VmmSync", "no entity sets")
                                                         : m_ctx.offeredSets.join(", "_L1)));
        return false;
    }
    if (!checkMetadata())
        return false;
    m_ctx.derivedSites = !m_ctx.offeredSets.contains(vmm::definitions);
    m_ctx.report.sitesDerived = m_ctx.derivedSites;
    if (m_ctx.derivedSites)
        m_ctx.log(u"the service offers no network site set (SPF has none): network sites are "
                  "derived from the pools (LogicalNetworkDefinitionId, Subnet, VMHostGroup); "
                  "their names and VLANs are IPAM's and are never written to VMM"_s);
    else
        m_ctx.log(u"the service offers the network site set LogicalNetworkDefinitions "
                  "(IPAM's documented extension): sites, SubnetVLans and host groups come "
                  "from it"_s);
    return true;
}

// SPF (WCF Data Services) serves $metadata: the entity types and properties the connector
// relies on are checked there before anything is read, so an SPF release without one fails
// naming it instead of refusing every entity. A service without $metadata goes on (logged):
// the entities are then checked one by one as they are read.
bool VmmReader::checkMetadata()
{
    const VmmMetadataReply metadata = m_ctx.client->fetchMetadata();
    const QString url = m_ctx.options.baseUrl.toString(QUrl::RemoveUserInfo);
    switch (metadata.state) {
    case VmmMetadataReply::State::Failed:
        m_ctx.abort(metadata.message);
        return false;
    case VmmMetadataReply::State::NotServed:
        m_ctx.log(QCoreApplication::translate("ipam::VmmSync",
                                              "the service serves no usable $metadata (%1): "
                                              "entity properties are checked as entities are "
                                              "read")
                          .arg(metadata.message));
        return true;
    case VmmMetadataReply::State::Read:
        break;
    }
    if (const QString problem = vmm::metadataProblem(metadata.metadata, m_ctx.offeredSets, url);
        !problem.isEmpty()) {
        m_ctx.abort(problem);
        return false;
    }
    return true;
}

// One SPF serves every VMM server registered with it, in one set: without --stamp, a service
// of one stamp just works; several are refused, listed, rather than mixed into one IPAM.
bool VmmReader::pickStamp(const QSet<QUuid> &stamps)
{
    if (!m_ctx.options.stampId.isNull()) {
        m_ctx.stampId = m_ctx.options.stampId;
        return true;
    }
    if (stamps.size() > 1) {
        QStringList listed;
        for (const QUuid &stamp : stamps)
            listed.append(vmm::guidText(stamp));
        listed.sort();
        m_ctx.abort(QCoreApplication::translate(
                            "ipam::VmmSync",
                            "the service serves %1 stamps (VMM servers): %2; pick one with --stamp "
                            "GUID (or the console's VMM stamp setting)")
                            .arg(stamps.size())
                            .arg(listed.join(", "_L1)));
        return false;
    }
    if (!stamps.isEmpty())
        m_ctx.stampId = *stamps.constBegin();
    return true;
}

} // namespace ipam
