#pragma once

#include "address/parsed.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ipam {

// What an OData v3 service's $metadata (CSDL in EDMX, MS-CSDL / MS-ODATA 2.2.3.7.2) says
// about its entity sets: each set's entity type and the type's properties (those of its base
// types included, BaseType followed through the schemas). Navigation properties are not
// listed: the connector uses none.
struct ODataMetadata
{
    QHash<QString, QString> setTypes;          // "VMSubnets" -> "VMM.VMSubnet"
    QHash<QString, QStringList> setProperties; // "VMSubnets" -> {"ID", "StampId", "Name", ...}
};

// The sets and properties of an EDMX document; an error (with the XML parser's line) when it
// is not one (an HTML page, JSON, a truncated document).
Parsed<ODataMetadata> parseODataMetadata(const QByteArray &xml);

} // namespace ipam
