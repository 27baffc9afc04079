#pragma once

#include "domain/entities.h"
#include "domain/verdict.h"

// The rules of the address space (IPAM's NetworkType/AddressSpace rules and the containment rules)
// as pure functions over domain values. The write path, the console's dialogs and drops, and
// ipamctl all ask these; none re-implements them. Rules that need the store (overlap,
// uniqueness) live in the write path, which gathers the objects and calls these.

namespace ipam::rules {

// A provider space holds Provider subnets, Default also NonVirtualized ones (its default);
// a customer space holds Customer subnets only.
NetworkType defaultNetworkType(const AddressSpace &space);
Verdict networkTypeFitsSpace(NetworkType type, const AddressSpace &space);
// NonVirtualized <-> Provider may change; nothing becomes or stops being Customer.
Verdict networkTypeChange(NetworkType from, NetworkType to);

// Name, type, and the customer space's mandatory provider and isolation method.
Verdict addressSpaceIsValid(const AddressSpace &space, const AddressSpace *associatedProvider);
// A name holds no control character (C0, DEL, C1) and no bidirectional override or isolate
// (domain/printabletext.h), has no surrounding spaces and at most 255 characters.
Verdict nameIsValid(const QString &name, ObjectKind kind);
// Refuses an unsafe character (domain/printabletext.h) in `text`, naming it and `what`
// ("subnet name", "column Name").
Verdict textIsPrintable(QStringView text, const QString &what);
Verdict vlanIdsAreValid(const QList<int> &vlanIds);

// A subnet may be assigned only to a logical network of its own provider space, and to a
// network site of that logical network; unassigning (both null) is always allowed.
// `logicalNetwork` is the target; `site`, when given, must belong to it.
Verdict subnetAssignment(const Subnet &subnet, const AddressSpace &subnetSpace,
                         const LogicalNetwork *logicalNetwork, const NetworkSite *site);

// A customer subnet sits in its space's VM network; without network virtualization it must
// sit inside one of the logical network's subnets (`logicalNetworkSubnets`).
Verdict customerSubnetPlacement(const Subnet &subnet, const VmNetwork *vmNetwork,
                                const QList<Prefix> &logicalNetworkSubnets);

// A range lies inside its subnet; start <= end in one family.
Verdict rangeFitsSubnet(const Range &range, const Subnet &subnet);
// Brings the range's gateways to their one stored form, "<ip>/Automatic" or "<ip>/<metric>"
// (domain/gateway.h); refuses a gateway that is not one, or of the other family.
Verdict normalizeGateways(Range &range);

// A block's start/end lie inside its network.
Verdict blockIsValid(const Block &block);

} // namespace ipam::rules
