#pragma once

#include "address/ipaddress.h"
#include "domain/enums.h"
#include "write/writepath.h"

#include <QString>

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
    qint64 rows = 0;    // data rows read
    qint64 added = 0;   // new objects
    qint64 updated = 0; // existing objects rewritten
    qint64 skipped = 0; // rows of the other address family

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
// All or nothing: every row is parsed and its names resolved first; the first bad row stops
// the import with nothing written. Then one ChangeSet goes through the write path, which
// validates overlap and the rules; if it refuses change k, the message names the CSV line of
// that change.
class CsvImporter
{
public:
    explicit CsvImporter(WritePath &writePath);

    // Rows of the other family are skipped (IPAM imports one family per call); nullopt
    // imports both.
    void setFamily(std::optional<Family> family) { m_family = family; }

    static bool canImport(ObjectKind kind);

    // `device` is open for reading; `label` names the import in the audit log.
    ImportResult importFrom(ObjectKind kind, QIODevice *device, const QString &label);

private:
    WritePath &m_writePath;
    std::optional<Family> m_family;
};

} // namespace ipam
