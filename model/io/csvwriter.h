#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace ipam {

// Writes CSV that CsvReader, Excel and IPAM's Import-Ipam* cmdlets read back unchanged:
// UTF-8 without a byte order mark, one record per line, a field quoted (with "" for a quote
// inside) only when it has to be: when it holds a comma, a quote, a CR or an LF, starts or
// ends with a space or tab (readers trim those), starts with “ (CsvReader takes that for a
// typographic quote) or U+FEFF (a byte order mark, at the start of a file), or is the only
// field of its record and empty (a blank line would be skipped). Output is buffered; it reaches the
// device on flush() or destruction.
//
// Spreadsheet formulas are neutralised (OWASP "CSV Injection"): a field starting with
// = + - @ TAB or CR is written with a single quote in front ('=SUM(A1)), which Excel and
// LibreOffice show as text instead of evaluating; so that this stays reversible, a field
// starting with a single quote gets one more ('' then the rest). CsvReader removes exactly
// that one quote again (see CsvReader::setFormulaGuard), so export then import gives back
// every value unchanged.
// The characters after which a single quote is added on writing and removed on reading.
constexpr bool isFormulaGuarded(QChar first)
{
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r' || first == u'\'';
}

class CsvWriter
{
public:
    enum class LineEnding { Lf, CrLf };

    explicit CsvWriter(QIODevice *device); // device already open for writing
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // LF by default; CRLF for tools that insist on RFC 4180 to the letter.
    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }
    LineEnding lineEnding() const { return m_lineEnding; }

    // On by default; off writes every value exactly as given (a file for a program that does
    // not know the convention).
    void setFormulaGuard(bool guard) { m_formulaGuard = guard; }
    bool formulaGuard() const { return m_formulaGuard; }

    // Writes one record. An empty list writes an empty line, which readers skip.
    void writeRecord(const QList<QString> &fields);
    // Writes out what is buffered; false (and error()) if the device refused it.
    bool flush();
    QString error() const { return m_error; }

private:
    void appendField(const QString &field, bool alone);

    QIODevice *m_device;
    QByteArray m_buffer;
    QStringEncoder m_encoder;
    LineEnding m_lineEnding = LineEnding::Lf;
    bool m_formulaGuard = true;
    QString m_guarded; // scratch: "'" + a field
    QString m_error;
};

} // namespace ipam
