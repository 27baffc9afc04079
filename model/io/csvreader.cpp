#include "csvreader.h"

#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace ipam {

namespace {

// Read size. Big enough that the device's per-call cost vanishes, small enough to stay in L2/L3.
constexpr qsizetype ChunkSize = 1 << 20;
constexpr qsizetype ExcerptLength = 40;

constexpr bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

constexpr bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// Line ends in [begin, end): LF, CRLF and a bare CR count one each.
qint64 countLineEnds(const char *begin, const char *end)
{
    qint64 lines = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
            ++lines;
    }
    return lines;
}

// The typographic quotes, as UTF-8: “ U+201C and ” U+201D.
constexpr char TypographicOpen[] = "\xE2\x80\x9C";
constexpr char TypographicClose[] = "\xE2\x80\x9D";

bool startsWith(const char *p, const char *end, const char *quote, qsizetype length)
{
    return end - p >= length && std::memcmp(p, quote, size_t(length)) == 0;
}

// Length of the UTF-8 sequence a lead byte announces (1 for anything invalid), for excerpts.
qsizetype sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    if (lead >= 0xE0)
        return lead <= 0xEF ? 3 : 1;
    if (lead >= 0xC2)
        return 2;
    return 1;
}

// Strict UTF-8 to UTF-16 (no overlongs, surrogates or code points past U+10FFFF). Writes at
// most `length` code units to `out` and returns how many; on an invalid sequence returns -1 and
// sets *errorAt to the offset of its first byte. QString::fromUtf8 would replace errors
// silently, and QStringDecoder says only that there was one, not where.
qsizetype decodeUtf8(const unsigned char *in, qsizetype length, char16_t *out, qsizetype *errorAt)
{
    char16_t *const start = out;
    qsizetype i = 0;
    while (i < length) {
        const unsigned char b = in[i];
        if (b < 0x80) {
            *out++ = b;
            ++i;
            continue;
        }
        auto continuation = [&](qsizetype k, unsigned char lo, unsigned char hi) {
            return i + k < length && in[i + k] >= lo && in[i + k] <= hi;
        };
        if (b >= 0xC2 && b <= 0xDF && continuation(1, 0x80, 0xBF)) {
            *out++ = char16_t(((b & 0x1F) << 6) | (in[i + 1] & 0x3F));
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF
                   && continuation(1, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF)
                   && continuation(2, 0x80, 0xBF)) {
            *out++ = char16_t(((b & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F));
            i += 3;
        } else if (b >= 0xF0 && b <= 0xF4
                   && continuation(1, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF)
                   && continuation(2, 0x80, 0xBF) && continuation(3, 0x80, 0xBF)) {
            const char32_t c = ((b & 0x07) << 18) | ((in[i + 1] & 0x3F) << 12)
                    | ((in[i + 2] & 0x3F) << 6) | (in[i + 3] & 0x3F);
            *out++ = char16_t(0xD7C0 + (c >> 10));
            *out++ = char16_t(0xDC00 | (c & 0x3FF));
            i += 4;
        } else {
            *errorAt = i;
            return -1;
        }
    }
    return out - start;
}

// A value for an error message: one line, not too long.
QString excerpt(QString text)
{
    if (text.size() > ExcerptLength)
        text = text.left(ExcerptLength) + u'…';
    text.replace(u'\r', QLatin1String("\\r"));
    text.replace(u'\n', QLatin1String("\\n"));
    return text;
}

QString headerKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name) {
        if (c != u' ' && c != u'_')
            key.append(c);
    }
    return key.toCaseFolded();
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{ }

int CsvReader::column(QStringView name) const
{
    const QString key = headerKey(name);
    return int(m_headerKeys.indexOf(key));
}

bool CsvReader::readHeader()
{
    CsvRecord record;
    m_hasHeader = false;
    if (!next(record)) {
        if (m_error.isEmpty())
            fail(m_line, 0,
                 QCoreApplication::translate("ipam::CsvImporter",
                                             "no header row (the input is empty)"));
        return false;
    }
    m_header = record.fields;
    m_headerKeys.clear();
    for (const QString &name : std::as_const(m_header)) {
        const QString key = headerKey(name);
        // A second column of the same name would be read by nobody: refuse the file rather
        // than drop that column's values. Unnamed columns are read by nobody anyway.
        if (const qsizetype first = key.isEmpty() ? -1 : m_headerKeys.indexOf(key); first >= 0) {
            fail(record.line, m_headerKeys.size() + 1,
                 QCoreApplication::translate(
                         "ipam::CsvImporter",
                         "column \"%1\" is named twice in the header (also column %2)")
                         .arg(excerpt(name))
                         .arg(first + 1));
            return false;
        }
        m_headerKeys.append(key);
    }
    m_hasHeader = true;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_started) {
        while (m_end - m_pos < 3 && !m_eof) {
            if (!fill())
                return false;
        }
        if (startsWith(m_buffer.constData() + m_pos, m_buffer.constData() + m_end, "\xEF\xBB\xBF",
                       3))
            m_pos += 3;
        m_started = true;
    }

    qsizetype count = 0;
    qint64 startLine = 0;
    for (Step step = Step::NeedMore; step != Step::Record;) {
        step = parseRecord(record.fields, count, startLine);
        if (step == Step::End || step == Step::Failed)
            return false;
        if (step == Step::NeedMore && !fill())
            return false;
    }

    QList<QString> &fields = record.fields;
    record.line = m_lastLine = startLine;
    if (m_hasHeader) {
        if (count > m_header.size()) {
            fail(startLine, 0,
                 QCoreApplication::translate("ipam::CsvImporter", "%1 fields, header has %2")
                         .arg(count)
                         .arg(m_header.size()));
            return false;
        }
        for (qsizetype i = count; i < m_header.size(); ++i) {
            if (i < fields.size())
                fields[i].resize(0); // keeps the string's capacity for the next record
            else
                fields.emplace_back();
        }
        count = m_header.size();
    }
    if (fields.size() > count)
        fields.resize(count);
    return true;
}

// Parses one record from the buffer, which must hold all of it: on reaching the end of the
// buffer before the end of the record it returns NeedMore, the caller reads more and the record
// is parsed again from its start. That keeps every field contiguous in memory (no per-field
// copying), at the price of parsing one record twice per chunk.
CsvReader::Step CsvReader::parseRecord(QList<QString> &fields, qsizetype &count, qint64 &startLine)
{
    const char *const base = m_buffer.constData();
    const char *const e = base + m_end;
    const char *p = base + m_pos;
    qint64 line = m_line;

    // Blank lines, committed one by one so they are not scanned again.
    for (;;) {
        const char *q = p;
        while (q < e && isBlank(*q))
            ++q;
        if (q == e) {
            if (!m_eof)
                return Step::NeedMore;
            m_pos = m_end;
            m_line = line;
            return Step::End;
        }
        if (!isLineEnd(*q))
            break;
        if (*q == '\r' && q + 1 == e && !m_eof)
            return Step::NeedMore; // a CRLF split between reads
        p = q + (*q == '\r' && q + 1 < e && q[1] == '\n' ? 2 : 1);
        ++line;
        m_pos = p - base;
        m_line = line;
    }

    startLine = line;
    count = 0;
    for (;;) {
        while (p < e && isBlank(*p))
            ++p;
        const qsizetype column = count + 1;

        const char *closeQuote = nullptr;
        qsizetype quoteLength = 0;
        if (p < e && *p == '"') {
            closeQuote = "\"";
            quoteLength = 1;
        } else if (m_typographicQuotes && startsWith(p, e, TypographicOpen, 3)) {
            closeQuote = TypographicClose;
            quoteLength = 3;
        }

        if (!closeQuote) {
            const char *const fieldStart = p;
            unsigned char high = 0;
            while (p < e && *p != ',' && !isLineEnd(*p)) {
                high |= static_cast<unsigned char>(*p);
                ++p;
            }
            if (p == e && !m_eof)
                return Step::NeedMore;
            const char *fieldEnd = p;
            while (fieldEnd > fieldStart && isBlank(fieldEnd[-1]))
                --fieldEnd;
            if (!storeField(fields, count, fieldStart, fieldEnd, high < 0x80, line))
                return Step::Failed;
        } else {
            const char *const open = p;
            const qint64 openLine = line;
            const char quoteByte = closeQuote[0];
            p += quoteLength;
            const char *const contentStart = p;
            const char *contentEnd = nullptr;
            bool escaped = false;
            unsigned char high = quoteLength > 1 ? 0x80 : 0;
            for (;;) {
                while (p < e && !(*p == quoteByte && startsWith(p, e, closeQuote, quoteLength))) {
                    if (*p == '\n' || (*p == '\r' && (p + 1 == e || p[1] != '\n')))
                        ++line; // a CRLF split between reads is parsed again whole
                    high |= static_cast<unsigned char>(*p);
                    ++p;
                }
                if (p == e) {
                    if (!m_eof)
                        return Step::NeedMore;
                    fail(openLine, column,
                         QCoreApplication::translate("ipam::CsvImporter",
                                                     "unterminated quoted field"));
                    return Step::Failed;
                }
                contentEnd = p;
                p += quoteLength;
                if (e - p < quoteLength && !m_eof)
                    return Step::NeedMore; // cannot tell yet whether the quote is doubled
                if (!startsWith(p, e, closeQuote, quoteLength))
                    break;
                escaped = true; // a doubled quote: one quote character of the value
                p += quoteLength;
            }

            while (p < e && isBlank(*p))
                ++p;
            if (p == e && !m_eof)
                return Step::NeedMore;
            if (p < e && *p != ',' && !isLineEnd(*p)) {
                // The excerpt ends with the whole offending character, however the file was
                // split into reads.
                const qsizetype shown = sequenceLength(static_cast<unsigned char>(*p));
                if (e - p < shown && !m_eof)
                    return Step::NeedMore;
                const char *shownEnd = std::min(e, p + shown);
                fail(line, column,
                     QCoreApplication::translate("ipam::CsvImporter", "text after closing quote"),
                     QString::fromUtf8(open, shownEnd - open));
                return Step::Failed;
            }

            const char *valueStart = contentStart;
            const char *valueEnd = contentEnd;
            if (escaped) {
                m_unescaped.resize(contentEnd - contentStart);
                char *out = m_unescaped.data();
                for (const char *q = contentStart; q < contentEnd;) {
                    const bool isQuote = startsWith(q, contentEnd, closeQuote, quoteLength);
                    for (qsizetype k = 0; k < (isQuote ? quoteLength : 1); ++k)
                        *out++ = *q++;
                    if (isQuote)
                        q += quoteLength; // its double
                }
                valueStart = m_unescaped.constData();
                valueEnd = out;
            }
            if (!storeField(fields, count, valueStart, valueEnd, high < 0x80, openLine))
                return Step::Failed;
        }

        count = column;
        if (p == e) { // the last record, without a line end
            m_pos = m_end;
            m_line = line;
            return Step::Record;
        }
        if (*p == ',') {
            ++p;
            continue;
        }
        // LF, CRLF or a bare CR (RFC 4180 writes CRLF; old Mac tools a bare CR).
        if (*p == '\r' && p + 1 == e && !m_eof)
            return Step::NeedMore; // is an LF next?
        p += *p == '\r' && p + 1 < e && p[1] == '\n' ? 2 : 1;
        ++line;
        m_pos = p - base;
        m_line = line;
        return Step::Record;
    }
}

// Puts bytes [begin, end) into fields[index], reusing that string's buffer when it is not
// shared. firstLine is the line of `begin`, for reporting invalid UTF-8 inside the field.
bool CsvReader::storeField(QList<QString> &fields, qsizetype index, const char *begin,
                           const char *end, bool ascii, qint64 firstLine)
{
    if (index >= fields.size())
        fields.emplace_back();
    QString &field = fields[index];
    // A quote CsvWriter put before a formula-like value (csvwriter.h) is not part of it.
    if (m_formulaGuard && end - begin >= 2 && *begin == '\''
        && isFormulaGuarded(QLatin1Char(begin[1])))
        ++begin;
    const qsizetype length = end - begin;
    field.resize(length);
    char16_t *out = reinterpret_cast<char16_t *>(field.data());
    if (ascii) {
        for (qsizetype i = 0; i < length; ++i)
            out[i] = static_cast<unsigned char>(begin[i]);
        return true;
    }
    qsizetype errorAt = 0;
    const qsizetype decoded
            = decodeUtf8(reinterpret_cast<const unsigned char *>(begin), length, out, &errorAt);
    if (decoded < 0) {
        const qint64 line = firstLine + countLineEnds(begin, begin + errorAt);
        const unsigned char bad = static_cast<unsigned char>(begin[errorAt]);
        fail(line, index + 1,
             QStringLiteral("invalid UTF-8 byte 0x%1")
                     .arg(QString::number(bad, 16).toUpper().rightJustified(2, u'0')),
             QString::fromUtf8(begin, length));
        return false;
    }
    field.resize(decoded);
    return true;
}

// Moves the unparsed rest of the buffer to its front and appends what the device has next.
bool CsvReader::fill()
{
    const qsizetype kept = m_end - m_pos;
    if (m_pos > 0 && kept > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(kept));
    m_pos = 0;
    m_end = kept;
    if (m_buffer.size() - m_end < ChunkSize / 2) // one record longer than half the buffer
        m_buffer.resize(std::max(ChunkSize, m_buffer.size() * 2));

    for (;;) {
        const qint64 n = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (n < 0) {
            fail(m_line, 0,
                 QCoreApplication::translate("ipam::CsvImporter", "cannot read: %1")
                         .arg(m_device->errorString()));
            return false;
        }
        if (n > 0) {
            m_end += n;
            m_deviceBytes += n;
            return true;
        }
        // Sockets and processes may have more to come.
        if (!m_device->isSequential() || !m_device->waitForReadyRead(-1)) {
            m_eof = true;
            return true;
        }
    }
}

void CsvReader::fail(qint64 line, qsizetype column, const QString &reason, const QString &value)
{
    m_lastLine = line;
    m_error = column > 0
            ? QCoreApplication::translate("ipam::CsvImporter", "line %1, column %2: %3")
                      .arg(line)
                      .arg(column)
                      .arg(reason)
            : QCoreApplication::translate("ipam::CsvImporter", "line %1: %2").arg(line).arg(reason);
    if (!value.isEmpty())
        m_error += QLatin1String(" (") + excerpt(value) + u')';
}

} // namespace ipam
