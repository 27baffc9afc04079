#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

// How ipamctl prints what a command returns: as an aligned table for people, as JSON for
// scripts, or as CSV that Import-Ipam* and CsvReader read back. One function per kind of
// result; each returns the complete UTF-8 output, ending in a newline.
//
// Values are mapped the same way in every format, by their QVariant type:
//   null or invalid QVariant    JSON null, empty cell
//   bool                        JSON true/false, "True"/"False" in table and CSV (as
//                               PowerShell's Format-Table and Export-Csv write them)
//   integer types, double       JSON number (NaN and infinities: null), shortest exact text
//   QStringList, QVariantList   JSON array ("VlanId": [13, 10]); in table and CSV one cell
//                               joined with ", " ("13, 10"): that is how IPAM shows a
//                               multi-valued property, and in CSV the comma makes the writer
//                               quote the cell, so it stays one field and the importer splits
//                               it on commas
//   QString (anything else)     JSON string (anything else: QVariant::toString())
// Numbers beyond 2^53 do not survive a JSON parser that reads numbers as doubles, so callers
// pass them as QString: the TotalAddresses of an IPv6 range is a decimal string in JSON
// ("1208925819614629174706176"), never a number.

namespace ipam {

enum class OutputFormat { Table, Json, Csv };

// "table", "json" or "csv", in any case; nullopt for anything else.
std::optional<OutputFormat> outputFormatFromString(QStringView name);

// Rows of objects; columns are IPAM property names ("Name", "NetworkId") in display order.
// A row shorter than the columns reads as null in the missing cells; extra cells are ignored.
struct RecordTable
{
    QList<QString> columns;
    QList<QList<QVariant>> rows;
};

// Json: one array of objects, keys in column order. Table: header, dashed separator, one line
// per row; a column is right-aligned when all its non-empty cells are numbers (decimal digit
// strings count, for the big counts passed as strings), otherwise left-aligned; line breaks
// in a cell print as spaces. No rows: just the header and separator. Csv: header and rows.
QByteArray formatRecords(const RecordTable &table, OutputFormat format);

// For results that are plain values (find-free-address, find-free-subnet): a JSON array of
// strings, or one value per line in table and CSV (no header).
QByteArray formatStringList(const QList<QString> &values, OutputFormat format);

} // namespace ipam
