#include "vmmmapping.h"

#include "domain/subnetplacement.h"
#include "vmm/vmmipamstate.h"
#include "vmm/vmmlookups.h"
#include "vmm/vmmsynccontext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

QStringList splitAddressSet(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

QList<QPair<QString, int>> subnetVLans(const QJsonObject &values)
{
    QList<QPair<QString, int>> pairs;
    for (const QJsonValue &pair : values.value("SubnetVLans"_L1).toArray())
        pairs.append({pair.toObject().value("Subnet"_L1).toString(),
                      pair.toObject().value("VLanID"_L1).toInt()});
    return pairs;
}

QList<QString> stringsOf(const QJsonValue &list)
{
    QList<QString> items;
    for (const QJsonValue &item : list.toArray())
        items.append(item.toString());
    return items;
}

// A subnet's VLAN as VMM sees it: one per subnet, 0 for none. Setting it keeps IPAM's other
// VLANs of the subnet when the first already matches.
void setVlan(Subnet &subnet, int vlan)
{
    if (subnet.vlanIds.value(0, 0) != vlan)
        subnet.vlanIds = vlan ? QList<int>{vlan} : QList<int>{};
}

} // namespace

VmmChangeMapping::VmmChangeMapping(VmmSyncContext &ctx, VmmLookups &lookups,
                                   const VmmValueMapping &values, VmmIpamState &ipam,
                                   VmmWriteQueue &queue)
    : m_ctx(ctx)
    , m_lookups(lookups)
    , m_mapping(values)
    , m_ipam(ipam)
    , m_queue(queue)
{ }

VmmOutcome VmmChangeMapping::apply(const QString &set, const vmm::RemoteEntity &e,
                                   ObjectId objectId, Done done)
{
    if (set == vmm::logicalNetworks)
        return applyLogicalNetwork(e, objectId, std::move(done));
    if (set == vmm::definitions)
        return applySite(e, objectId, std::move(done));
    if (set == vmm::vmNetworks)
        return applyVmNetwork(e, objectId, std::move(done));
    if (set == vmm::vmSubnets)
        return applyVmSubnet(e, objectId, std::move(done));
    return applyPool(e, objectId, std::move(done));
}

VmmOutcome VmmChangeMapping::applyNow(const QString &set, const vmm::RemoteEntity &e,
                                      ObjectId objectId)
{
    bool committed = false;
    if (apply(set, e, objectId, [&committed] { committed = true; }) != Outcome::Applied)
        return m_ctx.aborted ? Outcome::Aborted : Outcome::Refused;
    m_queue.flushPending();
    return committed ? Outcome::Applied : m_ctx.aborted ? Outcome::Aborted : Outcome::Refused;
}

VmmWriteQueue::LinkTarget VmmChangeMapping::targetFor(const QString &set,
                                                      const vmm::RemoteEntity &e, int writtenIndex)
{
    LinkTarget target{vmm::kindOfSet(set), set, e.id, e.stampId, {}, false, 0, e.hash,
                      e.valuesText};
    target.object = [writtenIndex](const QList<AnyObject> &written, int offset) -> ObjectId {
        const int at = offset + writtenIndex;
        return at < written.size() ? storedPart(written.at(at)).id : 0;
    };
    return target;
}

VmmWriteQueue::LinkTarget VmmChangeMapping::targetFor(const QString &set,
                                                      const vmm::RemoteEntity &e, ObjectId objectId)
{
    LinkTarget target{vmm::kindOfSet(set), set, e.id, e.stampId, {}, false, 0, e.hash,
                      e.valuesText};
    target.object = [objectId](const QList<AnyObject> &, int) { return objectId; };
    return target;
}

VmmOutcome VmmChangeMapping::applyLogicalNetwork(const vmm::RemoteEntity &e, ObjectId objectId,
                                                 Done done)
{
    const QJsonObject &v = e.values;
    LogicalNetwork o;
    if (objectId) {
        const auto stored = m_ctx.store.get<LogicalNetwork>(objectId);
        if (!stored)
            return m_ctx.refuse(vmm::named(ObjectKind::LogicalNetwork, e.name()),
                                QCoreApplication::translate("ipam::VmmSync", "no longer in IPAM"));
        o = *stored;
    } else {
        o.spaceId = m_ctx.provider.id;
    }
    o.name = v.value("Name"_L1).toString();
    o.description = v.value("Description"_L1).toString();
    o.networkVirtualizationEnabled = v.value("NetworkVirtualizationEnabled"_L1).toBool();
    o.remoteId = vmm::guidText(e.id);
    PendingWrite write;
    write.what = vmm::named(ObjectKind::LogicalNetwork, o.name);
    write.changes.append(
            {objectId ? ChangeOp::Update : ChangeOp::Create, o, objectId ? o.version : -1});
    write.target = targetFor(vmm::logicalNetworks, e, 0);
    write.baselineOf = [this](const AnyObject &written) {
        return m_mapping.valuesText(std::get<LogicalNetwork>(written));
    };
    write.ipamKeyOf = [](const AnyObject &written) { // as VmmIpamState::loadIpamKeys() reads it
        return vmm::keyColumn(std::get<LogicalNetwork>(written).version);
    };
    write.applied = [done = std::move(done)](const AnyObject *) { done(); };
    m_queue.queue(std::move(write));
    return Outcome::Applied;
}

VmmOutcome VmmChangeMapping::applySite(const vmm::RemoteEntity &e, ObjectId objectId, Done done,
                                       bool whole)
{
    const QJsonObject &v = e.values;
    const QString what = vmm::named(ObjectKind::NetworkSite, e.name());
    const QString networkGuid = v.value("LogicalNetworkId"_L1).toString();
    const ObjectId networkId = m_ctx.linkIndex.objectFor(vmm::logicalNetworks, networkGuid);
    if (!networkId)
        return m_ctx.refuse(what,
                            QCoreApplication::translate("ipam::VmmSync",
                                                        "its logical network %1 is not in IPAM")
                                    .arg(networkGuid));
    const QList<QPair<QString, int>> pairs = subnetVLans(v);
    QList<int> vlans;
    for (const auto &pair : pairs) {
        if (pair.second != 0 && !vlans.contains(pair.second))
            vlans.append(pair.second);
    }
    std::sort(vlans.begin(), vlans.end());
    QStringList groups;
    for (const QJsonValue &group : v.value("HostGroups"_L1).toArray())
        groups.append(group.toString());

    NetworkSite site;
    if (objectId) {
        const auto stored = m_ctx.store.get<NetworkSite>(objectId);
        if (!stored)
            return m_ctx.refuse(what,
                                QCoreApplication::translate("ipam::VmmSync", "no longer in IPAM"));
        site = *stored;
        if (site.logicalNetworkId != networkId)
            return m_ctx.refuse(
                    what,
                    QCoreApplication::translate(
                            "ipam::VmmSync",
                            "VMM moved it to another logical network; IPAM keeps a site "
                            "in its logical network"));
    } else {
        site.logicalNetworkId = networkId;
    }
    const NetworkSite before = site;
    site.name = v.value("Name"_L1).toString();
    site.hostGroup = groups.join("; "_L1);
    site.vlanIds = vlans;
    site.remoteId = vmm::guidText(e.id);
    if (!objectId && whole) {
        // The usual new site: its subnets new too, so site and subnets are one write (the
        // subnets name the site's change as their parent). Refused, it is written the
        // step-by-step way below, where a refused subnet holds back nothing else.
        QList<Subnet> subnets;
        for (const auto &[text, vlan] : pairs) {
            const Parsed<Prefix> prefix = Prefix::parse(text);
            if (!prefix || m_lookups.subnetAt(m_ctx.provider.id, prefix.value())
                || m_queue.isPrefixQueued({m_ctx.provider.id, prefix.value()})) {
                subnets.clear();
                whole = false;
                break;
            }
            Subnet subnet;
            subnet.spaceId = m_ctx.provider.id;
            subnet.networkId = prefix.value();
            subnet.name = text;
            subnet.networkType = NetworkType::Provider;
            subnet.logicalNetworkId = site.logicalNetworkId;
            setVlan(subnet, vlan);
            subnets.append(subnet);
        }
        if (whole) {
            PendingWrite write;
            write.what = what;
            write.changes.append({ChangeOp::Create, site, -1});
            for (const Subnet &subnet : std::as_const(subnets)) {
                write.changes.append({ChangeOp::Create, subnet, -1, 0});
                m_queue.notePrefixQueued({m_ctx.provider.id, subnet.networkId});
            }
            write.target = targetFor(vmm::definitions, e, 0);
            write.baselineOf = [this, pairs](const AnyObject &written) {
                return m_mapping.valuesText(std::get<NetworkSite>(written), pairs);
            };
            write.applied = [done](const AnyObject *) {
                if (done)
                    done();
            };
            write.onRefused = [this, e, done] { applySite(e, 0, done, false); };
            m_queue.queue(std::move(write));
            return Outcome::Applied;
        }
    }
    // Step 1: the site itself (when it changes); step 2, once it is committed: its subnets.
    if (!objectId || site.name != before.name || site.hostGroup != before.hostGroup
        || site.vlanIds != before.vlanIds || site.remoteId != before.remoteId) {
        PendingWrite write;
        write.what = what;
        write.changes.append({objectId ? ChangeOp::Update : ChangeOp::Create, site,
                              objectId ? site.version : -1});
        write.target = targetFor(vmm::definitions, e, 0);
        if (!objectId) {
            // A new site has no subnets yet.
            write.baselineOf = [this](const AnyObject &written) {
                return m_mapping.valuesText(std::get<NetworkSite>(written), {});
            };
        }
        const bool created = !objectId;
        write.applied = [this, e, created, done = std::move(done)](const AnyObject *written) {
            if (written)
                applySiteSubnets(e, std::get<NetworkSite>(*written), created, true, done);
        };
        m_queue.queue(std::move(write));
        return Outcome::Applied;
    }
    applySiteSubnets(e, site, false, false, std::move(done));
    return Outcome::Applied;
}

// Step 2 of a site: each subnet VMM lists on it is created or assigned to it, one write each,
// so one refused subnet (an overlap in the provider space, say) does not hold back the others;
// subnets VMM no longer lists leave it (they stay in IPAM, unassigned).
void VmmChangeMapping::applySiteSubnets(const vmm::RemoteEntity &e, const NetworkSite &site,
                                        bool created, bool linked, Done done)
{
    const QString what = vmm::named(ObjectKind::NetworkSite, e.name());
    const QList<QPair<QString, int>> pairs = subnetVLans(e.values);
    // A subnet another queued write already changes (it moves between two sites) waits for
    // that write's commit: its version is only known then.
    for (const auto &[text, vlan] : pairs) {
        const Parsed<Prefix> prefix = Prefix::parse(text);
        if (!prefix)
            continue;
        const auto stored = m_lookups.subnetAt(m_ctx.provider.id, prefix.value());
        if (m_queue.isPrefixQueued({m_ctx.provider.id, prefix.value()})
            || (stored && m_queue.isSubnetQueued(stored->id))) {
            m_queue.afterCommit([this, e, site, created, linked, done] {
                applySiteSubnets(e, site, created, linked, done);
            });
            return;
        }
    }
    const LinkTarget siteTarget = targetFor(vmm::definitions, e, site.id);
    QSet<Prefix> listed;
    bool queued = false;
    for (const auto &[text, vlan] : pairs) {
        const Parsed<Prefix> prefix = Prefix::parse(text);
        if (!prefix)
            continue; // parseEntity checked it
        listed.insert(prefix.value());
        PendingWrite write;
        write.what = u"subnet %1 of %2"_s.arg(text, what);
        write.target = siteTarget;
        Subnet subnet;
        if (const auto stored = m_lookups.subnetAt(m_ctx.provider.id, prefix.value())) {
            subnet = *stored;
            if (subnet.logicalNetworkId == site.logicalNetworkId && subnet.siteId == site.id
                && subnet.vlanIds.value(0, 0) == vlan)
                continue;
            placeOnSite(subnet, site);
            setVlan(subnet, vlan);
            write.changes.append({ChangeOp::Update, subnet, subnet.version});
            m_queue.noteSubnetQueued(subnet.id);
        } else {
            subnet.spaceId = m_ctx.provider.id;
            subnet.networkId = prefix.value();
            subnet.name = text;
            subnet.networkType = NetworkType::Provider;
            placeOnSite(subnet, site);
            setVlan(subnet, vlan);
            write.changes.append({ChangeOp::Create, subnet, -1});
            m_queue.notePrefixQueued({m_ctx.provider.id, prefix.value()});
        }
        m_queue.queue(std::move(write));
        queued = true;
    }
    if (!created) {
        for (Subnet subnet : m_ctx.store.select<Subnet>(u"site_id = ?"_s, {site.id})) {
            if (listed.contains(subnet.networkId) || m_queue.isSubnetQueued(subnet.id))
                continue;
            removeFromSite(subnet);
            PendingWrite write;
            write.what = u"subnet %1 of %2"_s.arg(subnet.networkId.toString(), what);
            write.target = siteTarget;
            write.changes.append({ChangeOp::Update, subnet, subnet.version});
            m_queue.noteSubnetQueued(subnet.id);
            m_queue.queue(std::move(write));
            queued = true;
        }
    }
    if (!linked && !queued) {
        VmmLink link;
        if (const VmmLink *existing = m_ctx.linkIndex.ofObject(ObjectKind::NetworkSite, site.id))
            link = *existing;
        link.kind = ObjectKind::NetworkSite;
        link.objectId = site.id;
        link.remoteSet = vmm::definitions;
        link.remoteId = e.id;
        link.stampId = e.stampId;
        link.baseline = m_ipam.ipamValues(ObjectKind::NetworkSite, site.id).value_or(QJsonObject());
        link.objectVersion = m_ipam.versionOf(ObjectKind::NetworkSite, site.id);
        if (const QString error = m_queue.saveLinkNow(link); !error.isEmpty()) {
            m_ctx.refuse(what, error, WriteStatus::Failed);
            return;
        }
    }
    if (done)
        done();
}

VmmOutcome VmmChangeMapping::applyVmNetwork(const vmm::RemoteEntity &e, ObjectId objectId,
                                            Done done)
{
    const QJsonObject &v = e.values;
    const QString name = v.value("Name"_L1).toString();
    const QString what = vmm::named(ObjectKind::VmNetwork, name);
    const QString networkGuid = v.value("LogicalNetworkId"_L1).toString();
    const ObjectId networkId = m_ctx.linkIndex.objectFor(vmm::logicalNetworks, networkGuid);
    if (!networkId)
        return m_ctx.refuse(what,
                            QCoreApplication::translate("ipam::VmmSync",
                                                        "its logical network %1 is not in IPAM")
                                    .arg(networkGuid));
    const VmNetworkIsolation isolation
            = vmNetworkIsolationFromString(v.value("IsolationType"_L1).toString())
                      .value_or(VmNetworkIsolation::NoIsolation);
    if (!objectId) {
        // The customer address space and its VM network, one write: the VM network names the
        // space's change as its parent.
        AddressSpace space;
        space.name = name;
        space.type = AddressSpaceType::Customer;
        space.associatedProviderSpaceId = m_ctx.provider.id;
        space.vmNetwork = name;
        space.isolationMethod = isolation == VmNetworkIsolation::WindowsNetworkVirtualization
                ? IsolationMethod::NVGRE
                : IsolationMethod::IPRewrite;
        VmNetwork network;
        network.name = name;
        network.description = v.value("Description"_L1).toString();
        network.logicalNetworkId = networkId;
        network.isolation = isolation;
        network.remoteId = vmm::guidText(e.id);
        PendingWrite write;
        write.what = what;
        write.changes.append({ChangeOp::Create, space, -1});
        write.changes.append({ChangeOp::Create, network, -1, 0});
        write.primary = 1;
        write.target = targetFor(vmm::vmNetworks, e, 1);
        linkVmNetworkAsWritten(write);
        write.applied = [done = std::move(done)](const AnyObject *) {
            if (done)
                done();
        };
        m_queue.queue(std::move(write));
        return Outcome::Applied;
    }
    const auto stored = m_ctx.store.get<VmNetwork>(objectId);
    if (!stored)
        return m_ctx.refuse(what,
                            QCoreApplication::translate("ipam::VmmSync", "no longer in IPAM"));
    applyVmNetworkValues(e, *stored, m_ctx.store.get<AddressSpace>(stored->spaceId),
                         std::move(done));
    return Outcome::Applied;
}

// A VM network's link takes its baseline and IPAM key from the VM network as written.
void VmmChangeMapping::linkVmNetworkAsWritten(PendingWrite &write)
{
    write.baselineOf = [this](const AnyObject &written) {
        return m_mapping.valuesText(std::get<VmNetwork>(written));
    };
    write.ipamKeyOf = [this](const AnyObject &written) { // as VmmIpamState::loadIpamKeys() reads it
        const auto &o = std::get<VmNetwork>(written);
        return vmm::keyColumn(o.version)
                + vmm::keyColumn(
                        m_ctx.linkIndex.remoteOf(ObjectKind::LogicalNetwork, o.logicalNetworkId));
    };
}

// Step 2 of a VM network: its own values; a rename renames its customer space too.
void VmmChangeMapping::applyVmNetworkValues(const vmm::RemoteEntity &e, const VmNetwork &stored,
                                            std::optional<AddressSpace> space, Done done)
{
    const QJsonObject &v = e.values;
    const QString name = v.value("Name"_L1).toString();
    VmNetwork network = stored;
    network.name = name;
    network.description = v.value("Description"_L1).toString();
    network.logicalNetworkId = m_ctx.linkIndex.objectFor(vmm::logicalNetworks,
                                                         v.value("LogicalNetworkId"_L1).toString());
    network.isolation = vmNetworkIsolationFromString(v.value("IsolationType"_L1).toString())
                                .value_or(VmNetworkIsolation::NoIsolation);
    network.remoteId = vmm::guidText(e.id);
    PendingWrite write;
    write.what = vmm::named(ObjectKind::VmNetwork, name);
    if (network.name != stored.name || network.description != stored.description
        || network.logicalNetworkId != stored.logicalNetworkId
        || network.isolation != stored.isolation || network.remoteId != stored.remoteId) {
        write.changes.append({ChangeOp::Update, network, network.version});
        linkVmNetworkAsWritten(write);
    }
    if (space && (space->name != name || space->vmNetwork != name)) {
        space->name = name;
        space->vmNetwork = name;
        // After the VM network: it is found by name.
        write.changes.append({ChangeOp::Update, *space, space->version});
        write.baselineOf = nullptr; // read the whole state in the transaction
    }
    if (write.changes.isEmpty()) {
        if (done)
            done();
        return;
    }
    write.target = targetFor(vmm::vmNetworks, e, network.id);
    write.applied = [done = std::move(done)](const AnyObject *) {
        if (done)
            done();
    };
    m_queue.queue(std::move(write));
}

VmmOutcome VmmChangeMapping::applyVmSubnet(const vmm::RemoteEntity &e, ObjectId objectId, Done done)
{
    const QJsonObject &v = e.values;
    const QString what = vmm::named(ObjectKind::Subnet, e.name());
    const QString networkGuid = v.value("VMNetworkId"_L1).toString();
    const auto network
            = m_lookups.vmNetworkById(m_ctx.linkIndex.objectFor(vmm::vmNetworks, networkGuid));
    if (!network)
        return m_ctx.refuse(
                what,
                QCoreApplication::translate("ipam::VmmSync", "its VM network %1 is not in IPAM")
                        .arg(networkGuid));
    const Parsed<Prefix> prefix = Prefix::parse(v.value("Subnet"_L1).toString());
    if (!prefix)
        return m_ctx.refuse(what, prefix.error());
    Subnet subnet;
    if (objectId) {
        const auto stored = m_lookups.subnetById(objectId);
        if (!stored)
            return m_ctx.refuse(what,
                                QCoreApplication::translate("ipam::VmmSync", "no longer in IPAM"));
        subnet = *stored;
    } else {
        subnet.spaceId = network->spaceId;
        subnet.networkType = NetworkType::Customer;
    }
    subnet.networkId = prefix.value();
    subnet.name = e.name();
    subnet.vmNetworkId = network->id; // its VLANs stay IPAM's: SPF's VM subnet has none
    PendingWrite write;
    write.what = what;
    write.changes.append({objectId ? ChangeOp::Update : ChangeOp::Create, subnet,
                          objectId ? subnet.version : -1});
    write.target = targetFor(vmm::vmSubnets, e, 0);
    write.baselineOf = [this](const AnyObject &written) {
        return m_mapping.valuesText(std::get<Subnet>(written));
    };
    write.ipamKeyOf = [this](const AnyObject &written) { // as VmmIpamState::loadIpamKeys() reads it
        const auto &o = std::get<Subnet>(written);
        return vmm::keyColumn(o.version)
                + vmm::keyColumn(m_ctx.linkIndex.remoteOf(ObjectKind::VmNetwork, o.vmNetworkId));
    };
    write.applied = [done = std::move(done)](const AnyObject *) { done(); };
    m_queue.queue(std::move(write));
    return Outcome::Applied;
}

VmmOutcome VmmChangeMapping::applyPool(const vmm::RemoteEntity &e, ObjectId objectId, Done done)
{
    const QJsonObject &v = e.values;
    const QString what = vmm::named(ObjectKind::Range, e.name());
    const Parsed<Prefix> prefix = Prefix::parse(v.value("Subnet"_L1).toString());
    const Parsed<IpAddress> start = IpAddress::parse(v.value("IPAddressRangeStart"_L1).toString());
    const Parsed<IpAddress> end = IpAddress::parse(v.value("IPAddressRangeEnd"_L1).toString());
    if (!prefix || !start || !end)
        return m_ctx.refuse(
                what, QCoreApplication::translate("ipam::VmmSync", "unreadable subnet or bounds"));
    std::optional<Subnet> subnet;
    if (const QString vmSubnet = v.value("VMSubnetId"_L1).toString(); !vmSubnet.isEmpty()) {
        subnet = m_lookups.subnetById(m_ctx.linkIndex.objectFor(vmm::vmSubnets, vmSubnet));
        if (!subnet)
            return m_ctx.refuse(
                    what,
                    QCoreApplication::translate("ipam::VmmSync", "its VM subnet %1 is not in IPAM")
                            .arg(vmSubnet));
    } else {
        const QString definition = v.value("LogicalNetworkDefinitionId"_L1).toString();
        if (!m_ctx.linkIndex.objectFor(vmm::definitions, definition))
            return m_ctx.refuse(what,
                                QCoreApplication::translate("ipam::VmmSync",
                                                            "its network site %1 is not in IPAM")
                                        .arg(definition));
        subnet = m_lookups.subnetAt(m_ctx.provider.id, prefix.value());
        if (!subnet)
            return m_ctx.refuse(
                    what,
                    QCoreApplication::translate("ipam::VmmSync", "its subnet %1 is not in IPAM")
                            .arg(prefix.value().toString()));
    }
    if (subnet->networkId != prefix.value())
        return m_ctx.refuse(what,
                            QCoreApplication::translate("ipam::VmmSync",
                                                        "its subnet %1 is not the VM subnet's %2")
                                    .arg(prefix.value().toString(), subnet->networkId.toString()));
    Range range;
    if (objectId) {
        const auto stored = m_ctx.store.get<Range>(objectId);
        if (!stored)
            return m_ctx.refuse(what,
                                QCoreApplication::translate("ipam::VmmSync", "no longer in IPAM"));
        range = *stored;
    } else {
        range.managedByService = u"VMM"_s;
        range.serviceInstance
                = m_ctx.options.baseUrl.host().isEmpty() ? u"VMM"_s : m_ctx.options.baseUrl.host();
    }
    range.spaceId = subnet->spaceId;
    range.subnetId = subnet->id;
    range.startAddress = start.value();
    range.endAddress = end.value();
    range.description = e.name();
    range.reservedAddresses = splitAddressSet(v.value("IPAddressReservedSet"_L1).toString());
    range.vips = splitAddressSet(v.value("VIPAddressSet"_L1).toString());
    range.gateways = stringsOf(v.value("DefaultGatewayIPAddresses"_L1));
    range.dnsServers = stringsOf(v.value("DNSServers"_L1));
    range.remoteId = vmm::guidText(e.id);
    PendingWrite write;
    write.what = what;
    write.changes.append(
            {objectId ? ChangeOp::Update : ChangeOp::Create, range, objectId ? range.version : -1});
    write.target = targetFor(vmm::pools, e, 0);
    // One copy of the subnet for both (a pull queues tens of thousands of these).
    const auto shared = std::make_shared<const Subnet>(*subnet);
    write.baselineOf = [this, shared](const AnyObject &written) {
        return m_mapping.valuesText(std::get<Range>(written), *shared);
    };
    write.ipamKeyOf = [this, shared](const AnyObject &written) {
        return vmm::keyColumn(std::get<Range>(written).version) + vmm::keyColumn(shared->id)
                + vmm::keyColumn(shared->version)
                + vmm::keyColumn(m_ctx.linkIndex.remoteOf(ObjectKind::NetworkSite, shared->siteId))
                + vmm::keyColumn(m_ctx.linkIndex.remoteOf(ObjectKind::Subnet, shared->id));
    };
    write.applied = [done = std::move(done)](const AnyObject *) { done(); };
    m_queue.queue(std::move(write));
    return Outcome::Applied;
}

VmmOutcome VmmChangeMapping::removeFromIpam(const VmmLink &link)
{
    const QString what = m_ipam.nameOf(link);
    PendingWrite write;
    write.what = what;
    QList<Change> &changes = write.changes;
    const QVariantList id{link.objectId};
    switch (link.kind) {
    case ObjectKind::LogicalNetwork: {
        const auto o = m_ctx.store.get<LogicalNetwork>(link.objectId);
        if (!o)
            break;
        // Its subnets stay in IPAM, unassigned: they are address space, not VMM's to take.
        for (Subnet subnet : m_ctx.store.select<Subnet>(u"logical_network_id = ?"_s, id)) {
            unassignSubnet(subnet);
            changes.append({ChangeOp::Update, subnet, subnet.version});
        }
        changes.append({ChangeOp::Remove, *o, o->version});
        break;
    }
    case ObjectKind::NetworkSite: {
        const auto o = m_ctx.store.get<NetworkSite>(link.objectId);
        if (!o)
            break;
        for (Subnet subnet : m_ctx.store.select<Subnet>(u"site_id = ?"_s, id)) {
            removeFromSite(subnet);
            changes.append({ChangeOp::Update, subnet, subnet.version});
        }
        changes.append({ChangeOp::Remove, *o, o->version});
        break;
    }
    case ObjectKind::VmNetwork: {
        // The VM network is its customer address space's: both go (the space takes its VM
        // networks with it).
        const auto o = m_ctx.store.get<VmNetwork>(link.objectId);
        if (!o)
            break;
        if (const auto space = m_ctx.store.get<AddressSpace>(o->spaceId)) {
            changes.append({ChangeOp::Remove, *space, space->version});
            m_lookups.forgetVmNetwork(o->id);
        }
        break;
    }
    case ObjectKind::Subnet:
        if (const auto o = m_ctx.store.get<Subnet>(link.objectId))
            changes.append({ChangeOp::Remove, *o, o->version});
        break;
    case ObjectKind::Range:
        if (const auto o = m_ctx.store.get<Range>(link.objectId))
            changes.append({ChangeOp::Remove, *o, o->version});
        break;
    default:
        break;
    }
    if (changes.isEmpty()) {
        m_queue.dropLinkNow(link.id);
        return Outcome::Applied;
    }
    write.target
            = {link.kind, link.remoteSet, link.remoteId, link.stampId, {}, true, link.id, 0, {}};
    return m_queue.writeNow(std::move(write)) ? Outcome::Applied
            : m_ctx.aborted                   ? Outcome::Aborted
                                              : Outcome::Refused;
}

} // namespace ipam
