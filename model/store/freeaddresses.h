#pragma once

#include "domain/entities.h"

#include <QList>

namespace ipam {

class Store;

// What "free" means for Find and Allocate Available IP Address (the console) and
// `ipamctl find-free-address`, as IPAM's Find-IpamFreeAddress does it on a range: an address
// is free when it is
//   - inside what was asked for: the range (when the search starts from one), else the subnet;
//   - not the network or broadcast address of an IPv4 subnet shorter than /31;
//   - not a gateway, reserved address or VIP of any range of the subnet;
//   - not recorded as an address.
// The first `count` such addresses, ascending.
QList<IpAddress> findFreeAddresses(Store &store, const Subnet &subnet, const Range *range,
                                   int count);

// Why an address may not be handed out though it is not recorded ("the gateway of range
// 10.1.2.10-10.1.2.200"), or empty. Add IP Address warns with it.
QString addressReservedBecause(Store &store, const Subnet &subnet, const IpAddress &address);

} // namespace ipam
