#pragma once

#include "domain/entities.h"
#include "domain/utilization.h"
#include "io/recordformatter.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ipam {

class Store;

// Shows stored objects the way IPAM's IpamServer module shows them: one record per object,
// keyed by IPAM's property names (Name, NetworkId, VmmLogicalNetwork, TotalAddresses, ...),
// with the ids of referenced objects resolved to names and the computed properties
// (utilization, counts) filled in. ipamctl prints these records, the CSV exporter writes a
// subset of them, and the console's details pane shows them, so nothing here assumes a
// command line.
//
// Values follow recordformatter.h's mapping:
// - names of referenced objects are strings, or null when there is no reference (an
//   unassigned subnet's VmmLogicalNetwork);
// - lists (VlanId, ReservedAddress, ...) are lists: a JSON array, one cell joined by ", ";
// - TotalAddresses and AssignedAddresses are exact. They are a JSON number (qint64) while
//   they are at most 2^53, the largest integer every JSON reader keeps exactly, and a decimal
//   string beyond (an IPv6 /64 holds 18446744073709551616 addresses);
// - PercentageUtilized is UtilizedAddresses / TotalAddresses * 100 as a double; Utilization
//   is Under | Optimal | Over against the store's thresholds;
// - LastModifiedTime is ISO 8601 in UTC with milliseconds ("2024-05-01T12:00:00.000Z").
//
// Lookups are cached for the presenter's lifetime (listing 10,000 subnets of one site asks
// for its name once), so a presenter is meant to live for one listing or one refresh of a
// pane: make a new one, or call clearCache(), after the store has changed.
class ObjectPresenter
{
public:
    explicit ObjectPresenter(Store &store);

    // Every property of a kind, in IPAM's display order; row() fills them in this order.
    static const QStringList &columns(ObjectKind kind);
    // The few properties IPAM's Format-Table shows by default: for narrow views and tables
    // read by people.
    static const QStringList &summaryColumns(ObjectKind kind);

    QList<QVariant> row(const AddressSpace &space);
    QList<QVariant> row(const LogicalNetwork &network);
    QList<QVariant> row(const NetworkSite &site);
    QList<QVariant> row(const VmNetwork &network);
    QList<QVariant> row(const Block &block);
    QList<QVariant> row(const Subnet &subnet);
    QList<QVariant> row(const Range &range);
    QList<QVariant> row(const Address &address);
    QList<QVariant> row(const AnyObject &object);

    // (property, value) pairs, as a details pane lists them.
    QList<std::pair<QString, QVariant>> properties(const AnyObject &object);

    template<typename T>
    RecordTable table(const QList<T> &objects)
    {
        RecordTable result;
        result.columns = columns(T::kind);
        result.rows.reserve(objects.size());
        for (const T &object : objects)
            result.rows.append(row(object));
        return result;
    }

    // The names shown for references; empty when the id is 0 or names nothing.
    QString spaceName(ObjectId id);
    QString logicalNetworkName(ObjectId id);
    QString siteName(ObjectId id);
    QString vmNetworkName(ObjectId id);

    // An exact count as the records hold it: qint64 up to 2^53, else its decimal text.
    static QVariant countValue(const AddressCount &count);

    void clearCache();

private:
    struct SpaceUtilization
    {
        double ipv4 = 0;
        double ipv6 = 0;
    };

    const AddressSpace *space(ObjectId id);
    const LogicalNetwork *logicalNetwork(ObjectId id);
    const NetworkSite *site(ObjectId id);
    const VmNetwork *vmNetwork(ObjectId id);
    const Subnet *subnet(ObjectId id);
    const Range *range(ObjectId id);
    const UtilizationThresholds &thresholds();
    SpaceUtilization spaceUtilization(ObjectId spaceId);
    // The network type of objects that carry none themselves (ranges, addresses): their
    // subnet's, else the default of their space.
    NetworkType networkTypeOf(ObjectId subnetId, ObjectId spaceId);
    void appendUtilization(QList<QVariant> &row, const AddressCount &total, qint64 utilized);

    Store &m_store;
    QHash<ObjectId, std::optional<AddressSpace>> m_spaces;
    QHash<ObjectId, std::optional<LogicalNetwork>> m_logicalNetworks;
    QHash<ObjectId, std::optional<NetworkSite>> m_sites;
    QHash<ObjectId, std::optional<VmNetwork>> m_vmNetworks;
    QHash<ObjectId, std::optional<Subnet>> m_subnets;
    QHash<ObjectId, std::optional<Range>> m_ranges;
    QHash<ObjectId, SpaceUtilization> m_spaceUtilization;
    std::optional<UtilizationThresholds> m_thresholds;
};

} // namespace ipam
