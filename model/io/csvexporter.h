#pragma once

#include "address/ipaddress.h"
#include "address/parsed.h"
#include "domain/entities.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace ipam {

class Store;

// Writes subnets, ranges or addresses as the CSV files IPAM's Export-Ipam* cmdlets write and
// CsvImporter reads: a header of IpamServer property names, then one record per object.
//
// Only the properties an import sets are written (columns()): computed ones (utilization,
// LastModifiedTime) describe one database, not the objects, and would make an export of an
// imported file differ from the file. So export -> import into an empty store (with the same
// address spaces, logical networks and sites) -> export gives the same bytes.
//
// Formatting, chosen so that the text round-trips exactly:
// - UTF-8 without a byte order mark, LF line ends, fields quoted only when they must be
//   (CsvWriter);
// - list properties (VlanId, ReservedAddress, VIP, Gateway, DnsServer) in one field, the
//   values joined by ", " ("13, 10"), as IPAM's console shows them; the comma makes the field
//   quoted, and the importer splits on commas;
// - references by name (AddressSpace, VmmLogicalNetwork, ...), never by id;
// - a stable order that does not depend on ids: address spaces by name, then IPv4 before
//   IPv6, then by address (addresses: then ManagedByService, ServiceInstance).
//
// Custom fields (store/customfieldtables.h) follow as columns named after the field, values as
// "a; b", for each field of the kind that some object holds a value of (so a store without
// values exports exactly what it did before fields existed).
//
// Each address space's objects of the exported kind are read into memory at once (the
// writer must not read the store while it iterates a query: QPSQL's forward-only results
// do not survive a second query on the connection).
class CsvExporter
{
public:
    explicit CsvExporter(Store &store);

    void setFamily(std::optional<Family> family) { m_family = family; }
    // Only this address space; 0 (the default) exports every space.
    void setSpace(ObjectId spaceId) { m_spaceId = spaceId; }
    // Only the objects that also match this SQL condition (what a principal may see, from
    // AccessControlTables::visibleCondition); empty (the default) exports all.
    void setCondition(const QString &where, const QVariantList &binds)
    {
        m_where = where;
        m_binds = binds;
    }

    static bool canExport(ObjectKind kind);
    // The columns written for a kind (subnet, range or address).
    static const QStringList &columns(ObjectKind kind);

    // Writes to `device` (open for writing); the number of objects written, or why not.
    Parsed<qint64> exportTo(ObjectKind kind, QIODevice *device);

private:
    Store &m_store;
    std::optional<Family> m_family;
    ObjectId m_spaceId = 0;
    QString m_where;
    QVariantList m_binds;
};

} // namespace ipam
