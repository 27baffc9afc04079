#include "vmmsynccontext.h"

#include "domain/objectproperties.h"
#include "domain/printabletext.h"
#include "vmm/vmmsync.h"

namespace ipam {

using namespace Qt::StringLiterals;

VmmSyncContext::VmmSyncContext(VmmSync &sync, WritePath &writePath, const VmmSyncOptions &options,
                               const std::atomic<bool> &cancelled)
    : sync(sync)
    , writePath(writePath)
    , store(writePath.store())
    , options(options)
    , links(writePath.database())
    , m_cancelled(cancelled)
{ }

bool VmmSyncContext::siteInScope(const QStringList &groups) const
{
    if (options.hostGroups.isEmpty())
        return true;
    for (const QString &group : groups) {
        for (const QString &wanted : options.hostGroups) {
            if (group.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

VmmOutcome VmmSyncContext::refuse(const QString &what, const QString &reason, WriteStatus status)
{
    ++report.refused;
    if (status == WriteStatus::Denied)
        ++report.denied;
    lastStatus = status == WriteStatus::Committed ? WriteStatus::Refused : status;
    lastReason = what + u": "_s + reason;
    log(u"refused "_s + lastReason);
    return VmmOutcome::Refused;
}

void VmmSyncContext::log(const QString &text)
{
    // VMM's names end up in the log: shown in a terminal by ipamctl, they must not act on it.
    const QString line = printableText(text);
    report.log.append(line);
    Q_EMIT sync.logLine(line);
}

bool VmmSyncContext::dryRun(const QString &line)
{
    if (!options.dryRun)
        return false;
    log(u"would "_s + line);
    return true;
}

void VmmSyncContext::abort(const QString &error)
{
    if (aborted)
        return;
    aborted = true;
    report.error = error;
    log(u"sync cut off: %1; what was written is whole, the next run goes on from there"_s.arg(
            error));
}

bool VmmSyncContext::stopped()
{
    if (!aborted && m_cancelled)
        abort(u"cancelled"_s);
    return aborted;
}

namespace vmm {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString named(ObjectKind kind, const QString &name)
{
    return displayName(kind) + u' ' + quoted(name);
}

QStringList hostGroupsOf(const NetworkSite &site)
{
    QStringList groups;
    for (const QString &group : site.hostGroup.split(u';', Qt::SkipEmptyParts)) {
        if (!group.trimmed().isEmpty())
            groups.append(group.trimmed());
    }
    groups.sort();
    groups.removeDuplicates();
    return groups;
}

} // namespace vmm

} // namespace ipam
