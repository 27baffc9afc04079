#include "jsontext.h"

#include <QString>

namespace ipam {

namespace {

// A UTF-16 code unit at `at` that is half of a surrogate pair without its other half.
bool isLoneSurrogate(const char16_t *at, const char16_t *begin, const char16_t *end)
{
    if (QChar::isHighSurrogate(*at))
        return at + 1 == end || !QChar::isLowSurrogate(at[1]);
    if (QChar::isLowSurrogate(*at))
        return at == begin || !QChar::isHighSurrogate(at[-1]);
    return false;
}

} // namespace

JsonText &JsonText::open(char bracket)
{
    separate();
    m_text += bracket;
    m_needComma = false;
    return *this;
}

JsonText &JsonText::close(char bracket)
{
    m_text += bracket;
    m_needComma = true;
    return *this;
}

JsonText &JsonText::key(QLatin1StringView name)
{
    separate();
    m_text += '"';
    m_text += QByteArrayView(name.data(), name.size());
    m_text += "\":";
    m_needComma = false;
    return *this;
}

JsonText &JsonText::value(QStringView text)
{
    // QJsonDocument's escaping: '"', '\\' and the C0 controls (\b \f \n \r \t by name, the
    // others as \u00xx), a lone surrogate as \udxxx; everything else as UTF-8.
    static constexpr char hex[] = "0123456789abcdef";
    separate();
    m_text += '"';
    const char16_t *at = text.utf16();
    const char16_t *const end = at + text.size();
    while (at != end) {
        const char16_t *ascii = at;
        while (at != end && *at < 0x80 && *at >= 0x20 && *at != '"' && *at != '\\')
            ++at;
        if (at != ascii) {
            const qsizetype run = at - ascii;
            const qsizetype size = m_text.size();
            m_text.resize(size + run);
            char *out = m_text.data() + size;
            for (qsizetype i = 0; i < run; ++i)
                out[i] = char(ascii[i]);
        }
        if (at == end)
            break;
        const char16_t c = *at;
        if (c >= 0x80) { // a run of non-ASCII, encoded by Qt
            const char16_t *wide = at;
            while (at != end && *at >= 0x80 && !isLoneSurrogate(at, text.utf16(), end))
                ++at;
            m_text += QStringView(wide, at - wide).toUtf8();
            if (at != end && *at >= 0x80) {
                // UTF-8 cannot hold a lone surrogate (toUtf8() writes '?'): QJsonDocument
                // writes it as an escape, and so must this, or such a name would change.
                m_text += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    m_text += hex[(*at >> shift) & 0xf];
                ++at;
            }
            continue;
        }
        ++at;
        m_text += '\\';
        switch (c) {
        case '"':
            m_text += '"';
            break;
        case '\\':
            m_text += '\\';
            break;
        case '\b':
            m_text += 'b';
            break;
        case '\f':
            m_text += 'f';
            break;
        case '\n':
            m_text += 'n';
            break;
        case '\r':
            m_text += 'r';
            break;
        case '\t':
            m_text += 't';
            break;
        default:
            m_text += "u00";
            m_text += hex[c >> 4];
            m_text += hex[c & 0xf];
        }
    }
    m_text += '"';
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(bool b)
{
    separate();
    m_text += b ? "true" : "false";
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(qint64 number)
{
    separate();
    m_text += QByteArray::number(number);
    m_needComma = true;
    return *this;
}

} // namespace ipam
