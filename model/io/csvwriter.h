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
    QString m_error;
};

} // namespace ipam
