#include "printabletext.h"

namespace ipam {

qsizetype firstUnsafeCharacter(QStringView text)
{
    // All unsafe characters are in the BMP: no need to pair surrogates.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isUnsafeCharacter(text[i].unicode()))
            return i;
    }
    return -1;
}

QString printableText(QStringView text)
{
    const qsizetype first = firstUnsafeCharacter(text);
    if (first < 0)
        return text.toString();
    QString out = text.left(first).toString();
    out.reserve(text.size() + 8);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isUnsafeCharacter(c)) {
            out += QChar(c);
            continue;
        }
        switch (c) {
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c < 0x100)
                out += QLatin1String("\\x")
                        + QString::number(c, 16).toUpper().rightJustified(2, u'0');
            else
                out += QLatin1String("\\u")
                        + QString::number(c, 16).toUpper().rightJustified(4, u'0');
        }
    }
    return out;
}

QString codePointName(char32_t c)
{
    return QLatin1String("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

} // namespace ipam
