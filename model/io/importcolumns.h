#pragma once

#include "domain/enums.h"

#include <QString>
#include <QStringList>

namespace ipam {

// The columns CsvImporter reads for a kind (IpamServer property names, with the other names
// it accepts), for the import dialog's column mapping: which column of a file becomes which
// property, and which it ignores. Names compare as CsvReader::column compares them (case,
// spaces and underscores ignored). Kept in step with CsvImporter's column table (csvimporter.cpp).
namespace ImportColumns {

struct Column
{
    QString property;
    QStringList otherNames;
    bool required = false;
};

QList<Column> of(ObjectKind kind);
// The property a header field maps to, or an empty string when the importer ignores it.
QString propertyFor(ObjectKind kind, const QString &header);
// The required properties the header lacks.
QStringList missing(ObjectKind kind, const QStringList &header);

} // namespace ImportColumns

} // namespace ipam
