#include "csvwriter.h"

#include <QIODevice>

namespace ipam {

namespace {

constexpr qsizetype FlushSize = 1 << 20;

bool needsQuotes(const QString &field, bool alone)
{
    if (field.isEmpty())
        return alone;
    const QChar first = field.front();
    const QChar last = field.back();
    // Readers trim blanks, take a leading “ for a typographic quote and U+FEFF at the start
    // of a file for a byte order mark.
    if (first == u' ' || first == u'\t' || last == u' ' || last == u'\t' || first == u'\u201C'
        || first == u'\uFEFF')
        return true;
    for (QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
    , m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    m_buffer.reserve(FlushSize + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeRecord(const QList<QString> &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendField(fields.at(i), fields.size() == 1);
    }
    if (m_lineEnding == LineEnding::CrLf)
        m_buffer.append('\r');
    m_buffer.append('\n');
    if (m_buffer.size() >= FlushSize)
        flush();
}

void CsvWriter::appendField(const QString &given, bool alone)
{
    const bool guard = m_formulaGuard && !given.isEmpty() && isFormulaGuarded(given.front());
    if (guard) {
        m_guarded.resize(0);
        m_guarded += u'\'';
        m_guarded += given;
    }
    const QString &field = guard ? m_guarded : given;
    if (!needsQuotes(field, alone)) {
        // At most three UTF-8 bytes per UTF-16 code unit; encode straight into the buffer.
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + 3 * field.size());
        char *end = m_encoder.appendToBuffer(m_buffer.data() + at, field);
        m_buffer.resize(end - m_buffer.constData());
        return;
    }
    m_buffer.append('"');
    qsizetype from = 0;
    while (from <= field.size()) {
        qsizetype quote = field.indexOf(u'"', from);
        if (quote < 0)
            quote = field.size();
        const qsizetype at = m_buffer.size();
        const QStringView part = QStringView(field).sliced(from, quote - from);
        m_buffer.resize(at + 3 * part.size());
        char *end = m_encoder.appendToBuffer(m_buffer.data() + at, part);
        m_buffer.resize(end - m_buffer.constData());
        if (quote < field.size())
            m_buffer.append("\"\"", 2);
        from = quote + 1;
    }
    m_buffer.append('"');
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return m_error.isEmpty();
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size() && m_error.isEmpty())
        m_error = QStringLiteral("cannot write: %1").arg(m_device->errorString());
    m_buffer.resize(0); // keeps the capacity, unlike clear()
    return m_error.isEmpty();
}

} // namespace ipam
