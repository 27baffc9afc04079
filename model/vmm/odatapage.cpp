#include "odatapage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

// A validating recursive-descent scan of JSON as QJsonDocument (Qt 6.4) reads it, which is a
// little more than RFC 8259: a leading UTF-8 byte order mark, raw control characters inside
// strings, an unknown escape standing for the byte after the backslash, and nesting up to
// 1024 arrays and objects. Strings must be valid UTF-8, as there. It remembers only where
// values lie (their first and one-past-last byte), so a page costs one pass over its bytes.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text)
        : m_begin(text.data())
        , m_at(text.data())
        , m_end(text.data() + text.size())
    { }

    struct Span
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        QByteArrayView view() const { return QByteArrayView(begin, end - begin); }
    };

    // Calls member(key, value span) for each member of the object starting here; the key as
    // its raw text between the quotes (escapes not decoded). `visit` may scan the value
    // itself (then it returns true) or leave it to be skipped (false).
    template<typename Visit>
    bool object(Visit visit)
    {
        if (!expect('{') || !enter())
            return false;
        skipSpace();
        if (peek() == '}') {
            ++m_at;
            return leave();
        }
        for (;;) {
            skipSpace();
            Span key;
            if (!string(&key))
                return false;
            skipSpace();
            if (!expect(':'))
                return false;
            skipSpace();
            const QByteArrayView name(key.begin + 1, key.end - key.begin - 2);
            bool scanned = false;
            if (!visit(name, &scanned))
                return false;
            if (!scanned && !value(nullptr))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            return expect('}') && leave();
        }
    }

    // The spans of an array's elements, starting here.
    bool array(QList<Span> *elements)
    {
        if (!expect('[') || !enter())
            return false;
        skipSpace();
        if (peek() == ']') {
            ++m_at;
            return leave();
        }
        for (;;) {
            skipSpace();
            Span element;
            if (!value(&element))
                return false;
            if (elements)
                elements->append(element);
            skipSpace();
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            return expect(']') && leave();
        }
    }

    bool value(Span *span)
    {
        const char *start = m_at;
        if (m_at == m_end)
            return fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "unexpected end of the answer"));
        bool ok = false;
        switch (peek()) {
        case '{':
            ok = object([](QByteArrayView, bool *) { return true; });
            break;
        case '[':
            ok = array(nullptr);
            break;
        case '"':
            ok = string(nullptr);
            break;
        case 't':
            ok = literal("true");
            break;
        case 'f':
            ok = literal("false");
            break;
        case 'n':
            ok = literal("null");
            break;
        default:
            ok = number(); // anything else is taken for one, as QJsonDocument does
        }
        if (ok && span)
            *span = {start, m_at};
        return ok;
    }

    bool string(Span *span)
    {
        const char *start = m_at;
        if (!expect('"'))
            return false;
        while (m_at < m_end) {
            const auto c = static_cast<unsigned char>(*m_at++);
            if (c == '"') {
                if (span)
                    *span = {start, m_at};
                return true;
            }
            if (c >= 0x80) {
                if (!utf8Sequence(c))
                    return fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "invalid UTF-8 in a string"));
                continue;
            }
            if (c != '\\')
                continue; // control characters too, as QJsonDocument reads them
            if (m_at == m_end)
                break;
            switch (*m_at++) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u':
                for (int i = 0; i < 4; ++i, ++m_at) {
                    if (m_at == m_end || !isxdigit(static_cast<unsigned char>(*m_at)))
                        return fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "bad \\u escape"));
                }
                break;
            default: // as QJsonDocument reads it: the byte itself, even a UTF-8 lead byte
                break;
            }
        }
        return fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "unterminated string"));
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }
    // QJsonDocument skips a UTF-8 byte order mark before the document (not before spaces).
    void skipByteOrderMark()
    {
        if (m_end - m_at > 3 && QByteArrayView(m_at, 3) == "\xEF\xBB\xBF")
            m_at += 3;
    }
    bool atEnd() const { return m_at == m_end; }
    char peek() const { return m_at < m_end ? *m_at : '\0'; }
    QString error() const
    {
        // m_error is a QT_TRANSLATE_NOOP'd literal: translated only here, on failure.
        return QCoreApplication::translate("ipam::VmmSync", "%1 at byte %2 of %3")
                .arg(QCoreApplication::translate("ipam::VmmSync", m_error))
                .arg(m_errorAt - m_begin)
                .arg(m_end - m_begin);
    }
    bool fail(const char *what)
    {
        if (!m_error) {
            m_error = what;
            m_errorAt = m_at;
        }
        return false;
    }

private:
    // QJsonDocument's limit of nested arrays and objects, the outermost one included.
    static constexpr int maxDepth = 1024;

    bool enter()
    {
        return ++m_depth <= maxDepth
                || fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "nesting deeper than 1024 levels"));
    }
    bool leave()
    {
        --m_depth;
        return true;
    }

    // The rest of a UTF-8 sequence whose lead byte (>= 0x80) was just read: strict, as Qt
    // reads it (no overlong forms, no surrogates, nothing past U+10FFFF).
    bool utf8Sequence(unsigned char lead)
    {
        int more = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            --m_at;
            return false;
        }
        for (int i = 0; i < more; ++i, low = 0x80, high = 0xBF) {
            if (m_at == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c < low || c > high)
                return false;
            ++m_at;
        }
        return true;
    }

    bool expect(char c)
    {
        if (m_at < m_end && *m_at == c) {
            ++m_at;
            return true;
        }
        return fail(m_at == m_end
                            ? QT_TRANSLATE_NOOP("ipam::VmmSync", "unexpected end of the answer")
                            : QT_TRANSLATE_NOOP("ipam::VmmSync", "unexpected character"));
    }
    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_at) {
            if (m_at == m_end || *m_at != *word)
                return fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "unexpected character"));
        }
        return true;
    }
    void skipDigits()
    {
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
    }
    // Numbers as QJsonDocument reads them: its scan (sign, integer, fraction, exponent, each
    // digit run possibly empty), then the text must convert whole (so ".5" and "1." pass,
    // "-" and "1e" do not). Rare in entities (a VLAN ID), so converting costs nothing.
    bool number()
    {
        const char *start = m_at;
        if (peek() == '-')
            ++m_at;
        if (peek() == '0')
            ++m_at;
        else
            skipDigits();
        if (peek() == '.') {
            ++m_at;
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            skipDigits();
        }
        if (m_at == m_end)
            return fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "unexpected end of the answer"));
        bool ok = false;
        QByteArray::fromRawData(start, m_at - start).toDouble(&ok);
        return ok || fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "malformed number"));
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    int m_depth = 0;
    const char *m_error = nullptr;
    const char *m_errorAt = nullptr;
};

// A member name as JSON spells it, escapes decoded (they are rare in names: compared raw
// unless the raw text holds one).
bool nameIs(QByteArrayView raw, QLatin1StringView wanted)
{
    if (!raw.contains('\\'))
        return raw == QByteArrayView(wanted.data(), wanted.size());
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString() == wanted;
}

// "odata.nextLink" / "__next" as the page holds it.
struct NextLink
{
    QString text;
    bool present = false;
    bool isString = false;
};

QString decodedString(QByteArrayView quoted)
{
    const QByteArray wrapped = '[' + quoted.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace

ODataPage scanODataPage(QByteArray bytes)
{
    ODataPage page;
    page.bytes = std::move(bytes);
    JsonScanner scan(page.bytes);
    using Span = JsonScanner::Span;
    QList<Span> value;   // "value"
    QList<Span> results; // "d": {"results"} or "d": [...]
    bool hasValue = false;
    bool hasResults = false;
    bool valueIsList = true;
    bool resultsIsList = true;
    NextLink next;
    NextLink dNext;
    auto stringMember = [&scan](NextLink *out, bool *scanned) {
        *scanned = true;
        out->present = true;
        JsonScanner::Span span;
        if (scan.peek() != '"') {
            out->text.clear();
            out->isString = false;
            return scan.value(nullptr);
        }
        if (!scan.string(&span))
            return false;
        out->text = decodedString(span.view());
        out->isString = true;
        return true;
    };
    auto list = [&scan](QList<Span> *out, bool *isList, bool *scanned) {
        *scanned = true;
        if (scan.peek() != '[') {
            *isList = false;
            return scan.value(nullptr);
        }
        return scan.array(out);
    };
    scan.skipByteOrderMark();
    scan.skipSpace();
    const bool ok = scan.peek() == '{' ? scan.object([&](QByteArrayView name, bool *scanned) {
        if (nameIs(name, "value"_L1)) {
            hasValue = true;
            value.clear();
            return list(&value, &valueIsList, scanned);
        }
        if (nameIs(name, "odata.nextLink"_L1)
            || (!next.present && nameIs(name, "@odata.nextLink"_L1)))
            return stringMember(&next, scanned);
        if (!nameIs(name, "d"_L1))
            return true;
        *scanned = true;
        hasResults = true;
        results.clear();
        if (scan.peek() == '[')
            return scan.array(&results);
        if (scan.peek() != '{') {
            resultsIsList = false;
            return scan.value(nullptr);
        }
        resultsIsList = false;
        return scan.object([&](QByteArrayView inner, bool *innerScanned) {
            if (nameIs(inner, "results"_L1)) {
                resultsIsList = true;
                results.clear();
                return list(&results, &resultsIsList, innerScanned);
            }
            if (nameIs(inner, "__next"_L1))
                return stringMember(&dNext, innerScanned);
            return true;
        });
    })
                                       : scan.value(nullptr)
                    && (scan.fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "not an object")), false);
    if (ok) {
        scan.skipSpace();
        if (!scan.atEnd()) {
            scan.fail(QT_TRANSLATE_NOOP("ipam::VmmSync", "garbage after the answer"));
            page.error = QCoreApplication::translate("ipam::VmmSync", "malformed JSON answer (%1)")
                                 .arg(scan.error());
            page.malformed = true;
            return page;
        }
    } else {
        page.error = QCoreApplication::translate("ipam::VmmSync", "malformed JSON answer (%1)")
                             .arg(scan.error());
        page.malformed = true;
        return page;
    }
    const QList<Span> *items = nullptr;
    const NextLink *link = nullptr;
    if (hasValue && valueIsList) {
        items = &value;
        link = &next;
    } else if (!hasValue && hasResults && resultsIsList) {
        items = &results;
        link = &dNext;
    }
    if (!items) {
        page.error = QCoreApplication::translate(
                "ipam::VmmSync", "the answer holds no entity list (\"value\" or \"d.results\")");
        return page;
    }
    // A next link that is there but cannot be followed means pages we cannot read: reading
    // the set as complete would take their entities for removed.
    if (link->present && (!link->isString || link->text.isEmpty())) {
        page.error = link->isString
                ? QCoreApplication::translate("ipam::VmmSync", "the next link is empty")
                : QCoreApplication::translate("ipam::VmmSync", "the next link is not a string");
        return page;
    }
    page.nextLink = link->text;
    page.entities.reserve(items->size());
    for (const Span &item : *items) {
        if (*item.begin != '{') {
            page.error = QCoreApplication::translate("ipam::VmmSync",
                                                     "an entry of the list is not an object");
            page.entities.clear();
            return page;
        }
        page.entities.append(item.view());
    }
    return page;
}

} // namespace ipam
