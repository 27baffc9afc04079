#pragma once

#include "domain/entities.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace ipam {

// An object's stored fields as (IPAM property name, value) pairs in IPAM's display order,
// with references as ids (AddressSpaceId, VmmLogicalNetworkId, ...). The audit log records
// these; presenters (ipamctl, CSV export, details pane) start from them and resolve ids to names.
using PropertyList = QList<std::pair<QString, QVariant>>;

PropertyList storedProperties(const AnyObject &object);
QJsonObject toJson(const PropertyList &properties);
// A short human name for messages and the audit log: `subnet 10.1.0.0/24`, `logical network
// "Storage"`.
QString describe(const AnyObject &object);

} // namespace ipam
