#include "subnetassignment.h"

#include "domain/rules.h"
#include "domain/subnetplacement.h"
#include "items/edithistory.h"
#include "items/networkdirectory.h"
#include "items/subnetmodel.h"
#include "store/store.h"

#include <QMimeData>
#include <QSet>

namespace ipam {

namespace {

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString subnetCount(qsizetype count)
{
    return count == 1 ? SubnetAssignment::tr("1 subnet")
                      : SubnetAssignment::tr("%1 subnets").arg(count);
}

} // namespace

Subnet AssignmentTarget::placed(Subnet subnet, const NetworkDirectory &directory) const
{
    if (unassign) {
        unassignSubnet(subnet);
        return subnet;
    }
    if (siteId != 0) {
        placeOnSite(subnet, siteId, logicalNetworkId);
        return subnet;
    }
    const NetworkSite *current = subnet.siteId ? directory.site(subnet.siteId) : nullptr;
    placeOnLogicalNetwork(subnet, logicalNetworkId, current ? current->logicalNetworkId : 0);
    return subnet;
}

SubnetAssignment::SubnetAssignment(const NetworkDirectory &directory, const SubnetModel &subnets,
                                   Store &store, EditHistory &history, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_subnets(subnets)
    , m_store(store)
    , m_history(history)
{ }

bool SubnetAssignment::acceptsSubnets(ConsoleNodeKind kind)
{
    return kind == ConsoleNodeKind::ProviderSpace || kind == ConsoleNodeKind::LogicalNetwork
            || kind == ConsoleNodeKind::NetworkSite || kind == ConsoleNodeKind::CustomerSpace
            || kind == ConsoleNodeKind::VmNetwork;
}

std::optional<AssignmentTarget> SubnetAssignment::targetOf(ConsoleNodeKind kind, ObjectId id,
                                                           QString *reason) const
{
    AssignmentTarget target;
    switch (kind) {
    case ConsoleNodeKind::ProviderSpace:
        if (const AddressSpace *space = m_directory.space(id)) {
            target.spaceId = id;
            target.unassign = true;
            target.description = tr("provider address space %1").arg(quotedName(space->name));
            return target;
        }
        break;
    case ConsoleNodeKind::LogicalNetwork:
        if (const LogicalNetwork *network = m_directory.logicalNetwork(id)) {
            target.spaceId = network->spaceId;
            target.logicalNetworkId = id;
            target.description = tr("logical network %1").arg(quotedName(network->name));
            return target;
        }
        break;
    case ConsoleNodeKind::NetworkSite:
        if (const NetworkSite *site = m_directory.site(id)) {
            target.logicalNetworkId = site->logicalNetworkId;
            target.siteId = id;
            target.spaceId
                    = m_directory.parentOf(ObjectKind::LogicalNetwork, site->logicalNetworkId);
            target.description = tr("network site %1").arg(quotedName(site->name));
            return target;
        }
        break;
    case ConsoleNodeKind::CustomerSpace:
    case ConsoleNodeKind::VmNetwork:
        if (reason)
            *reason = tr("subnets are assigned to logical networks and network sites of a "
                         "provider space, not to customer address space");
        return std::nullopt;
    default:
        break;
    }
    if (reason)
        *reason = tr("subnets can be dropped onto a provider space, a logical network or a "
                     "network site only");
    return std::nullopt;
}

Verdict SubnetAssignment::canAssign(const QList<ObjectId> &subnetIds, ConsoleNodeKind kind,
                                    ObjectId id) const
{
    QString reason;
    const std::optional<AssignmentTarget> target = targetOf(kind, id, &reason);
    if (!target)
        return Verdict::refused(reason);
    if (subnetIds.isEmpty())
        return Verdict::refused(tr("no subnets to assign"));
    const SubnetTable &table = m_subnets.table();
    const LogicalNetwork *network = m_directory.logicalNetwork(target->logicalNetworkId);
    const NetworkSite *site = m_directory.site(target->siteId);
    // Rows of one placement answer alike (the rule reads the space, type and placement only;
    // the authorizer the scope, which a subnet inherits from its logical network or space).
    if (m_authorizer)
        m_authorizer->beginChangeSet(m_history.writePath().database());
    const Principal &principal = m_history.writePath().principal();
    QSet<PlacementRegistry::Index> checked;
    for (ObjectId subnetId : subnetIds) {
        const std::optional<SubnetTable::Row> row = table.find(subnetId);
        if (!row)
            return Verdict::refused(tr("subnet %1 no longer exists").arg(subnetId));
        const PlacementRegistry::Index index = table.placementIndex(*row);
        if (checked.contains(index))
            continue;
        checked.insert(index);
        const Placement &placement = table.placement(*row);
        const AddressSpace *space = m_directory.space(placement.spaceId);
        if (!space)
            return Verdict::refused(tr("subnet %1 has no address space").arg(subnetId));
        Subnet probe;
        probe.id = subnetId;
        probe.spaceId = placement.spaceId;
        probe.networkId = table.network(*row);
        probe.networkType = placement.networkType;
        probe.logicalNetworkId = placement.logicalNetworkId;
        probe.siteId = placement.siteId;
        probe.vmNetworkId = placement.vmNetworkId;
        if (target->unassign && placement.spaceId != target->spaceId)
            return Verdict::refused(tr("subnet %1 belongs to address space %2, not to %3")
                                            .arg(probe.networkId.toString(),
                                                 quotedName(space->name), target->description));
        const Subnet placed = target->placed(probe, m_directory);
        const NetworkSite *placedSite = site ? site : m_directory.site(placed.siteId);
        if (Verdict verdict = rules::subnetAssignment(placed, *space, network, placedSite);
            !verdict)
            return verdict;
        if (m_authorizer) {
            // As the write path asks: may the principal assign the subnet where it is, and
            // where it goes?
            for (const Subnet &state : {probe, placed}) {
                if (Verdict verdict
                    = m_authorizer->authorize(principal, Operation::AssignSubnet, AnyObject(state));
                    !verdict)
                    return verdict;
            }
        }
    }
    return Verdict::allowed();
}

QList<ObjectId> SubnetAssignment::representatives(const QList<ObjectId> &subnetIds) const
{
    const SubnetTable &table = m_subnets.table();
    QSet<PlacementRegistry::Index> seen;
    QList<ObjectId> ids;
    for (ObjectId subnetId : subnetIds) {
        const std::optional<SubnetTable::Row> row = table.find(subnetId);
        if (!row || !seen.contains(table.placementIndex(*row))) {
            if (row)
                seen.insert(table.placementIndex(*row));
            ids.append(subnetId);
        }
    }
    return ids;
}

WriteResult SubnetAssignment::assign(const QList<ObjectId> &subnetIds, ConsoleNodeKind kind,
                                     ObjectId id)
{
    auto refuse = [this](const QString &reason) {
        Q_EMIT refused(reason);
        WriteResult result;
        result.status = WriteStatus::Refused;
        result.message = reason;
        return result;
    };
    if (Verdict verdict = canAssign(subnetIds, kind, id); !verdict)
        return refuse(verdict.reason());
    const AssignmentTarget target = *targetOf(kind, id);
    const LogicalNetwork *network = m_directory.logicalNetwork(target.logicalNetworkId);

    // Read the subnets as stored (their versions are what this edit expects), in chunks of
    // literal ids: integers, so nothing to bind or escape.
    QList<Subnet> subnets;
    subnets.reserve(subnetIds.size());
    constexpr qsizetype chunk = 4096;
    for (qsizetype from = 0; from < subnetIds.size(); from += chunk) {
        QStringList ids;
        for (qsizetype i = from; i < qMin(from + chunk, subnetIds.size()); ++i)
            ids << QString::number(subnetIds.at(i));
        subnets += m_store.select<Subnet>(
                QStringLiteral("id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    if (subnets.size() != QSet<ObjectId>(subnetIds.cbegin(), subnetIds.cend()).size())
        return refuse(tr("some of the subnets no longer exist; refresh and try again"));

    ChangeSet changes;
    changes.label = tr("assign %1 to %2").arg(subnetCount(subnets.size()), target.description);
    QList<std::optional<AnyObject>> before;
    before.reserve(subnets.size());
    for (const Subnet &subnet : std::as_const(subnets)) {
        const Subnet placed = target.placed(subnet, m_directory);
        if (placed.logicalNetworkId == subnet.logicalNetworkId && placed.siteId == subnet.siteId)
            continue;
        const AddressSpace *space = m_directory.space(subnet.spaceId);
        if (!space)
            return refuse(tr("subnet %1 has no address space").arg(subnet.networkId.toString()));
        if (Verdict verdict
            = rules::subnetAssignment(placed, *space, network, m_directory.site(placed.siteId));
            !verdict)
            return refuse(verdict.reason());
        changes.update(placed, subnet.version);
        before.append(AnyObject(subnet));
    }
    if (changes.isEmpty()) {
        WriteResult nothing;
        nothing.message
                = tr("%1 already in %2").arg(subnetCount(subnets.size()), target.description);
        Q_EMIT assigned(subnetIds, nothing.message);
        return nothing;
    }
    const WriteResult result = m_history.run(changes, before);
    if (!result.ok())
        return refuse(result.message);
    Q_EMIT assigned(
            subnetIds,
            tr("Assigned %1 to %2.").arg(subnetCount(changes.changes.size()), target.description));
    return result;
}

QList<ObjectId> SubnetAssignment::subnetIdsIn(const QMimeData *data, ConsoleNodeKind kind,
                                              ObjectId id) const
{
    QList<ObjectId> ids;
    if (!data)
        return ids;
    if (data->hasFormat(SubnetModel::mimeType())) {
        const QList<QByteArray> lines = data->data(SubnetModel::mimeType()).split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const ObjectId subnetId = line.trimmed().toLongLong(&ok);
            if (ok && subnetId > 0)
                ids.append(subnetId);
        }
        return ids;
    }
    if (!data->hasText())
        return ids;
    const std::optional<AssignmentTarget> target = targetOf(kind, id);
    if (!target)
        return ids;
    const QStringList lines = data->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const Parsed<Prefix> prefix = Prefix::parse(QStringView(line).trimmed());
        if (!prefix)
            continue;
        if (const auto subnet = m_store.subnetByPrefix(target->spaceId, prefix.value()))
            ids.append(subnet->id);
    }
    return ids;
}

bool SubnetAssignment::handleDrop(const QMimeData *data, ConsoleNodeKind kind, ObjectId id,
                                  bool apply, QString *reason)
{
    const QList<ObjectId> ids = subnetIdsIn(data, kind, id);
    if (ids.isEmpty()) {
        QString why;
        const std::optional<AssignmentTarget> target = targetOf(kind, id, &why);
        if (target && data && !data->hasFormat(SubnetModel::mimeType()) && data->hasText())
            why = tr("none of the dropped prefixes is a subnet of %1").arg(target->description);
        else if (target)
            why = tr("nothing to assign");
        if (reason)
            *reason = why;
        Q_EMIT hint(why);
        return false;
    }
    if (!apply) {
        const Verdict verdict = canAssign(ids, kind, id);
        if (reason)
            *reason = verdict.reason();
        Q_EMIT hint(verdict ? tr("Assign %1 to %2")
                                      .arg(subnetCount(ids.size()), targetOf(kind, id)->description)
                            : verdict.reason());
        return bool(verdict);
    }
    const WriteResult result = assign(ids, kind, id);
    if (reason)
        *reason = result.ok() ? QString() : result.message;
    return result.ok();
}

} // namespace ipam
