#pragma once

#include "address/ipaddress.h"
#include "domain/enums.h"
#include "write/writepath.h"

#include <QString>

#include <algorithm>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace ipam {

struct ImportResult
{
    WriteStatus status = WriteStatus::Committed;
    // Empty on success; else one line: "line N, column C: reason ("value")" for a row that
    // does not parse or resolve, "line N: <write path message>" for a row the write path
    // refused.
    QString message;
    qint64 line = 0;        // the file's line the message names (0: none), for a dialog to show
    qint64 rows = 0;        // data rows read
    qint64 added = 0;       // new objects
    qint64 updated = 0;     // existing objects rewritten
    qint64 skipped = 0;     // rows of the other address family
    qint64 unchanged = 0;   // rows naming a stored object with the values it has: not written
    bool cancelled = false; // the progress handler said stop: nothing was written

    bool ok() const { return status == WriteStatus::Committed; }
    int exitCode() const;
};

// Imports a CSV file of subnets, ranges or addresses, as IPAM's Import-IpamSubnet,
// Import-IpamRange and Import-IpamAddress do, all or nothing.
//
// Columns are IpamServer property names, in any order, matched without regard to case,
// spaces or underscores (CsvReader::column); unknown columns are ignored, so the output of
// `ipamctl ... list --format csv` imports too. The columns read are those CsvExporter writes:
//   subnet   NetworkId (required), Name, NetworkType, AddressSpace, VmmLogicalNetwork,
//            NetworkSite, VMNetwork, VlanId, VirtualSubnetId, Owner, Description,
//            CustomConfiguration
//   range    StartAddress and EndAddress (required; StartIPAddress / EndIPAddress also
//            accepted), NetworkId (optional: the subnet the range must lie in),
//            AddressSpace, NetworkType, ManagedByService, ServiceInstance, AssignmentType,
//            Owner, Description, ReservedAddress, VIP, Gateway, DnsServer
//   address  IpAddress (required), AddressSpace, NetworkType, MacAddress, DeviceName,
//            DeviceType, AssignmentType, IpAddressState, ManagedByService, ServiceInstance,
//            Owner, Description
// Custom fields: a column named as a custom field defined for the kind (matched as the other
// columns are) sets that field's value, checked against its definition ("line N, column C:
// Site does not offer ..."); an empty cell clears it on an update. Fields and objects are
// written in the same transaction.
// The address space of a row: its AddressSpace; else, as IPAM's files say it, its
// CustomerAddressSpace when NetworkType is Customer, its ProviderAddressSpace otherwise;
// else Default. Without NetworkType a new object takes its space's default type
// (NonVirtualized in Default). List properties (VlanId, ReservedAddress, ...) are one field
// with the values separated by commas ("13, 10", as CsvExporter writes them) or semicolons.
//
// A row whose key exists updates that object; otherwise it adds one. Keys: the space and
// NetworkId for subnets, the space and start/end for ranges, the space, IpAddress,
// ManagedByService and ServiceInstance for addresses. An update sets only the properties the
// file has columns for; a column that is present but empty clears the property (or, for
// ManagedByService, ServiceInstance, DeviceType, IpAddressState and AssignmentType, sets
// IPAM's default).
//
// All or nothing, streamed: rows are parsed and their names resolved a chunk at a time
// (BulkLoad::chunkSize), and each chunk goes through the write path's checks (overlap across
// the file and the store, the rules, RBAC) inside one transaction for the whole file (BulkLoad),
// so memory holds one chunk, not the file. The first bad row or refused change stops the import
// and rolls back everything before it; the message names its CSV line. A row that would
// change nothing is not written (ImportResult::unchanged).
class CsvImporter
{
public:
    explicit CsvImporter(WritePath &writePath);

    // Rows of the other family are skipped (IPAM imports one family per call); nullopt
    // imports both.
    void setFamily(std::optional<Family> family) { m_family = family; }

    static bool canImport(ObjectKind kind);

    // Called after each chunk of rows is written (BulkLoad::chunkSize) and at the end, with
    // the data rows and bytes read so far; returning false cancels the import, which then
    // rolls back and returns with ImportResult::cancelled set.
    void setProgressHandler(std::function<bool(qint64 rowsRead, qint64 bytesRead)> handler)
    {
        m_progress = std::move(handler);
    }

    // Rows per chunk (BulkLoad::chunkSize by default); tests use small chunks to cross chunk
    // boundaries with small files.
    void setChunkSize(int rows) { m_chunkSize = std::max(1, rows); }

    // `device` is open for reading; `label` names the import in the audit log.
    ImportResult importFrom(ObjectKind kind, QIODevice *device, const QString &label);

private:
    WritePath &m_writePath;
    std::optional<Family> m_family;
    std::function<bool(qint64, qint64)> m_progress;
    int m_chunkSize;
};

} // namespace ipam
