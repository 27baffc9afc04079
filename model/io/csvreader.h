#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace ipam {

// One record of a CSV file: its fields and the physical line it starts on (a quoted field
// may span several lines, so later records can start further down than their index says).
struct CsvRecord
{
    qint64 line = 0; // 1-based physical line where the record starts
    QList<QString> fields;
};

// Reads the CSV files IPAM's Import-IpamSubnet, Import-IpamRange and Import-IpamAddress take
// (RFC 4180, as Excel, PowerShell's Export-Csv and people with a text editor write it), one
// record at a time, so a file of a million rows never sits in memory as text.
//
// What it accepts:
// - UTF-8, with or without a byte order mark. Other encodings are an error, not a guess:
//   an invalid byte is reported with its line and column.
// - LF, CRLF or bare CR (classic Mac, some spreadsheet exports) line ends, even mixed; the
//   last line may lack one. Line numbers count each of them as one line end.
// - Quoted fields with "" for a quote inside, and commas, CRs and LFs inside the quotes
//   (kept exactly as written).
// - Spaces and tabs around a field are dropped (IPAM's own examples write
//   "Network, start IP address"); inside quotes they are kept. A quote inside an unquoted
//   field (12" rack) is kept as a plain character.
// - Lines holding nothing but whitespace are skipped, wherever they are. The price: a
//   one-column file cannot hold an empty value unless it is written as "".
// - With a header read, a record may have fewer fields than the header: the missing
//   trailing fields read as empty strings, so every record has header().size() fields
//   (spreadsheets drop trailing empty cells). More fields than the header is an error.
// - By default also the typographic quotes “ ” that Word puts into IPAM documents and that
//   people paste from there, but only when a field starts with “ (after whitespace); it
//   then ends at the next ” and ”” stands for one ”. Anywhere else “ and ” are text.
//
// Errors stop the reader: next() returns false from then on and error() says what went
// wrong as "line N, column C: reason (value)", where C is the 1-based field index. The line
// is that of the offending byte, except for an unterminated quote (the line where the quote
// opened) and a field count (the line where the record starts).
//
// The bool-and-error() interface (rather than a value-or-error per call) is deliberate: a
// streaming reader is a loop, and record.fields keeps its QStrings between calls so a
// steady stream of rows costs no allocations.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device); // device already open

    // Whether a field that starts with a single quote followed by = + - @ TAB CR or another
    // single quote loses that first quote: CsvWriter writes such values so that spreadsheets
    // show them as text (see csvwriter.h). A single quote before anything else stays. On by
    // default.
    void setFormulaGuard(bool guard) { m_formulaGuard = guard; }
    bool formulaGuard() const { return m_formulaGuard; }

    // Whether a field starting with “ is quoted (see above). On by default.
    void setTypographicQuotes(bool accept) { m_typographicQuotes = accept; }
    bool typographicQuotes() const { return m_typographicQuotes; }

    // Reads the first record as the header; false and error() on failure, empty input or a
    // header naming a column twice (as column() compares names).
    bool readHeader();
    const QList<QString> &header() const { return m_header; }
    // The index of the header field called `name`, comparing case-insensitively and
    // ignoring spaces and underscores ("Network Id" == "network_id" == "NetworkId");
    // -1 if there is none.
    int column(QStringView name) const;

    // Reads the next record into `record`; false at the end of the input or on an error
    // (then error() is not empty). Reuses record.fields' strings where it can.
    bool next(CsvRecord &record);
    QString error() const { return m_error; }
    // The line the last record read starts on, or the line error() refers to.
    qint64 line() const { return m_lastLine; }
    // Bytes of the input consumed so far (read and parsed), for progress.
    qint64 bytesRead() const { return m_deviceBytes - (m_end - m_pos); }

private:
    enum class Step { Record, NeedMore, End, Failed };

    Step parseRecord(QList<QString> &fields, qsizetype &count, qint64 &startLine);
    bool storeField(QList<QString> &fields, qsizetype index, const char *begin, const char *end,
                    bool ascii, qint64 firstLine);
    bool fill();
    void fail(qint64 line, qsizetype column, const QString &reason, const QString &value = {});

    QIODevice *m_device;
    QByteArray m_buffer; // bytes [m_pos, m_end) are read and not yet parsed
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    qint64 m_deviceBytes = 0; // read from the device so far
    bool m_started = false;   // BOM check done
    qint64 m_line = 1;        // physical line at m_pos
    qint64 m_lastLine = 0;
    bool m_typographicQuotes = true;
    bool m_formulaGuard = true;
    bool m_hasHeader = false;
    QString m_error;
    QByteArray m_unescaped; // scratch for quoted fields with "" inside
    QList<QString> m_header;
    QList<QString> m_headerKeys; // header names as column() compares them
};

} // namespace ipam
