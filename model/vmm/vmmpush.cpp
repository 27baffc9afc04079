#include "vmmpush.h"

#include "vmm/vmmclient.h"
#include "vmm/vmmipamstate.h"
#include "vmm/vmmreader.h"
#include "vmm/vmmwritequeue.h"

namespace ipam {

using namespace Qt::StringLiterals;

VmmPush::VmmPush(VmmSyncContext &ctx, VmmReader &reader, VmmIpamState &ipam, VmmWriteQueue &queue)
    : m_ctx(ctx)
    , m_reader(reader)
    , m_ipam(ipam)
    , m_queue(queue)
{ }

namespace {

// A write whose answer did not arrive whole (no answer, 5xx, a 2xx with a broken body): the
// run stops here, and the next one finds out what VMM made of it.
bool cutOff(const VmmReply &reply)
{
    if (reply.ok())
        return false;
    return reply.status == 0 || (reply.status >= 500 && reply.status != 501)
            || (reply.status >= 200 && reply.status < 300);
}

} // namespace

VmmOutcome VmmPush::create(ObjectKind kind, ObjectId id, const QJsonObject &values,
                           const VmmLink *existing)
{
    const QString set = vmm::setOfKind(kind);
    const QString what = vmm::named(kind, values.value("Name"_L1).toString());
    if (!vmm::allows(set, vmm::Verb::Post))
        return markNotInVmm(kind, id, set, vmm::notAllowedReason(set, vmm::Verb::Post), existing);
    QJsonObject body = vmm::wireBody(set, values);
    if (!m_ctx.stampId.isNull())
        body.insert("StampId"_L1, vmm::guidText(m_ctx.stampId));
    const VmmReply reply = m_ctx.client->create(set, body);
    if (reply.notSupported())
        return markNotInVmm(kind, id, set, reply.error, existing);
    if (!reply.ok()) {
        if (cutOff(reply)) {
            m_ctx.abort(reply.error);
            return Outcome::Aborted;
        }
        return m_ctx.refuse(u"creating "_s + what + u" in VMM"_s, reply.error);
    }
    const QUuid remoteId = vmm::idOf(reply.entity);
    if (remoteId.isNull())
        return m_ctx.refuse(u"creating "_s + what + u" in VMM"_s, u"VMM answered without an ID"_s);
    VmmLink link;
    if (existing)
        link = *existing;
    link.kind = kind;
    link.objectId = id;
    link.remoteSet = set;
    link.remoteId = remoteId;
    link.stampId = QUuid::fromString(reply.entity.value("StampId"_L1).toString());
    if (link.stampId.isNull())
        link.stampId = m_ctx.stampId;
    if (m_ctx.stampId.isNull())
        m_ctx.stampId = link.stampId;
    m_reader.noteListed(set, remoteId); // VMM holds it now: not "removed in VMM"
    link.baseline = values;
    link.objectVersion = m_ipam.versionOf(kind, id);
    link.notInVmm = false;
    link.reason.clear();
    if (const QString error = m_queue.saveLinkNow(link); !error.isEmpty())
        return m_ctx.refuse(what, error, WriteStatus::Failed);
    ++m_ctx.report.created;
    m_ctx.log(u"created in VMM "_s + what);
    return Outcome::Applied;
}

// Not sent: what the contract does not let VMM take. The link says why, for this version of
// the object, so the next run does not ask again (VmmSyncRun::reconcile) until it changes.
VmmOutcome VmmPush::keepNotInVmm(VmmLink link, const QString &reason)
{
    const QString what = m_ipam.nameOf(link);
    link.notInVmm = true;
    link.reason = reason;
    link.objectVersion = m_ipam.versionOf(link.kind, link.objectId);
    if (const QString error = m_queue.saveLinkNow(link); !error.isEmpty())
        return m_ctx.refuse(what, error, WriteStatus::Failed);
    m_ctx.log(u"not in VMM: %1: %2"_s.arg(what, reason));
    m_ctx.lastReason = reason;
    return Outcome::Refused;
}

VmmOutcome VmmPush::update(VmmLink link, const QJsonObject &values)
{
    const QString what = vmm::named(link.kind, values.value("Name"_L1).toString());
    const QJsonObject baseline = link.baseline.object();
    QStringList createOnly;
    QJsonObject body = vmm::partialBody(link.remoteSet, baseline, values, &createOnly);
    if (!body.isEmpty() && !vmm::allows(link.remoteSet, vmm::Verb::Put))
        return keepNotInVmm(link,
                            vmm::notAllowedReason(link.remoteSet, vmm::Verb::Put)
                                    + u": changed in IPAM: "_s
                                    + QStringList(body.keys()).join(", "_L1));
    const QString createOnlyReason = u"VMM takes %1 of an existing %2 on create only"_s.arg(
            createOnly.join(", "_L1), displayName(link.kind));
    if (body.isEmpty())
        return keepNotInVmm(link, createOnlyReason);
    // SPF's PUT changes only the properties sent; the keys (ID, StampId) address it and are
    // "Required" in the body too.
    body.insert("ID"_L1, vmm::guidText(link.remoteId));
    body.insert("StampId"_L1, vmm::guidText(link.stampId));
    const VmmReply reply = m_ctx.client->replace(link.remoteSet, link.remoteId, link.stampId, body);
    if (reply.notSupported()) {
        link.notInVmm = true;
        link.reason = reply.error;
        link.objectVersion = m_ipam.versionOf(link.kind, link.objectId);
        m_queue.saveLinkNow(link);
        m_ctx.log(u"not in VMM: %1: VMM does not take the change: %2"_s.arg(what, reply.error));
        return Outcome::Refused;
    }
    if (!reply.ok()) {
        if (cutOff(reply)) {
            m_ctx.abort(reply.error);
            return Outcome::Aborted;
        }
        return m_ctx.refuse(u"updating "_s + what + u" in VMM"_s, reply.error);
    }
    // What VMM now holds: the new values but the create-only ones it kept.
    QJsonObject agreed = values;
    for (const QString &property : std::as_const(createOnly))
        agreed.insert(property, baseline.value(property));
    link.baseline = agreed;
    link.objectVersion = m_ipam.versionOf(link.kind, link.objectId);
    link.notInVmm = false;
    link.reason.clear();
    ++m_ctx.report.updated;
    m_ctx.log(u"updated in VMM "_s + what);
    if (!createOnly.isEmpty())
        return keepNotInVmm(link, createOnlyReason) == Outcome::Aborted ? Outcome::Aborted
                                                                        : Outcome::Applied;
    if (const QString error = m_queue.saveLinkNow(link); !error.isEmpty())
        return m_ctx.refuse(what, error, WriteStatus::Failed);
    return Outcome::Applied;
}

VmmOutcome VmmPush::remove(const VmmLink &link)
{
    const QString what = m_ipam.nameOf(link);
    if (!vmm::allows(link.remoteSet, vmm::Verb::Delete))
        return keepNotInVmm(link,
                            u"removed in IPAM, but "_s
                                    + vmm::notAllowedReason(link.remoteSet, vmm::Verb::Delete));
    const VmmReply reply = m_ctx.client->remove(link.remoteSet, link.remoteId, link.stampId);
    if (reply.notSupported()) {
        VmmLink kept = link;
        kept.notInVmm = true;
        kept.reason = u"removed in IPAM, but VMM does not take the removal: "_s + reply.error;
        m_queue.saveLinkNow(kept);
        m_ctx.log(u"not in VMM: %1: %2"_s.arg(what, kept.reason));
        return Outcome::Refused;
    }
    if (!reply.ok()) {
        if (cutOff(reply)) {
            m_ctx.abort(reply.error);
            return Outcome::Aborted;
        }
        return m_ctx.refuse(u"deleting "_s + what + u" in VMM"_s, reply.error);
    }
    if (const QString error = m_queue.dropLinkNow(link.id); !error.isEmpty())
        return m_ctx.refuse(what, error, WriteStatus::Failed);
    ++m_ctx.report.deleted;
    m_ctx.log(u"deleted in VMM "_s + what + u" (removed in IPAM)"_s);
    return Outcome::Applied;
}

VmmOutcome VmmPush::markNotInVmm(ObjectKind kind, ObjectId id, const QString &set,
                                 const QString &reason, const VmmLink *existing)
{
    VmmLink link;
    if (existing)
        link = *existing;
    link.kind = kind;
    link.objectId = id;
    link.remoteSet = set;
    link.notInVmm = true;
    link.reason = reason;
    link.objectVersion = m_ipam.versionOf(kind, id);
    const std::optional<QJsonObject> values = m_ipam.ipamValues(kind, id);
    const QString what = vmm::named(kind, values ? values->value("Name"_L1).toString() : QString());
    if (const QString error = m_queue.saveLinkNow(link); !error.isEmpty())
        return m_ctx.refuse(what, error, WriteStatus::Failed);
    m_ctx.log(u"not in VMM: %1: %2"_s.arg(what, reason));
    return Outcome::Refused;
}

} // namespace ipam
