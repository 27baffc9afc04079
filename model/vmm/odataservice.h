#pragma once

#include "address/parsed.h"

#include <QByteArray>
#include <QStringList>

namespace ipam {

// The entity sets an OData service offers, read from its service document (GET of the
// service root): JSON light {"odata.metadata": ..., "value": [{"name": "X", "url": "X"}, ...]}
// (MS-ODATAJSON 2.2.1), verbose {"d": {"EntitySets": ["X", ...]}} (MS-ODATA 2.2.6.3.12; some
// services write objects with a "name" there too). Atom/XML (application/atomsvc+xml) is
// refused with a message saying so: the connector always asks for JSON, and a service that
// answers XML anyway is not the one it was pointed at (or sits behind something that rewrote
// the request). `contentType` is the answer's Content-Type header, as sent.
Parsed<QStringList> parseServiceDocument(const QByteArray &body, const QByteArray &contentType);

} // namespace ipam
