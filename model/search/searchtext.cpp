#include "searchtext.h"

#include "address/prefix.h"

#include <QCoreApplication>

namespace ipam {

namespace {

// An address or a prefix, as "contains" and a bare operand take it.
Parsed<AddressRange> parseOperand(QStringView operand)
{
    if (operand.contains(u'/')) {
        const Parsed<Prefix> prefix = Prefix::parse(operand);
        if (!prefix)
            return Parsed<AddressRange>::failure(prefix.error());
        return AddressRange::of(prefix.value());
    }
    const Parsed<IpAddress> address = IpAddress::parse(operand);
    if (!address)
        return Parsed<AddressRange>::failure(address.error());
    return AddressRange::make(address.value(), address.value());
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Could the text be meant as an address or prefix (so that a parse error is worth showing)?
// Digits, dots and a slash (IPv4), or hex digits with at least two colons (IPv6).
bool looksLikeAddress(QStringView text)
{
    qsizetype colons = 0;
    bool dotsOnly = true;
    for (QChar c : text) {
        if (c == u':')
            ++colons;
        else if (!(c.isDigit() || c == u'.' || c == u'/'))
            dotsOnly = false;
        if (!(isHex(c) || c == u':' || c == u'.' || c == u'/'))
            return false;
    }
    return (dotsOnly && text.count(u'.') == 3) || colons >= 2;
}

} // namespace

std::optional<QString> SearchText::macDigits(QStringView text)
{
    // Groups of 1-2 hex digits joined by one kind of separator (':' or '-'), or groups of 4
    // joined by '.' (Cisco's form); at least two groups, at most the six of a MAC.
    QChar separator;
    for (QChar c : text) {
        if (c == u':' || c == u'-' || c == u'.') {
            separator = c;
            break;
        }
    }
    if (separator.isNull())
        return std::nullopt;
    const qsizetype maxGroup = separator == u'.' ? 4 : 2;
    const qsizetype maxGroups = separator == u'.' ? 3 : 6;
    QString digits;
    qsizetype group = 0;
    qsizetype groups = 1;
    bool fullGroup = false; // Cisco's form has at least one quad ("10.1.2" is no MAC)
    for (QChar c : text) {
        if (c == separator) {
            if (group == 0)
                return std::nullopt;
            fullGroup = fullGroup || group == maxGroup;
            group = 0;
            if (++groups > maxGroups)
                return std::nullopt;
        } else if (isHex(c) && group < maxGroup) {
            digits.append(c.toUpper());
            ++group;
        } else {
            return std::nullopt;
        }
    }
    fullGroup = fullGroup || group == maxGroup;
    if (group == 0 || groups < 2 || (separator == u'.' && !fullGroup))
        return std::nullopt;
    return digits;
}

SearchText SearchText::parse(QStringView input)
{
    SearchText result;
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return result;
    static const QLatin1StringView keyword("contains");
    if (text.startsWith(keyword, Qt::CaseInsensitive)
        && (text.size() == keyword.size() || text.at(keyword.size()).isSpace())) {
        const QStringView operand = text.mid(keyword.size()).trimmed();
        result.m_kind = Kind::Contains;
        if (operand.isEmpty()) {
            result.m_error = QCoreApplication::translate(
                    "ipam::SearchText", "\"contains\" needs an address or a prefix");
            return result;
        }
        const Parsed<AddressRange> range = parseOperand(operand);
        if (!range)
            result.m_error = range.error();
        else
            result.m_range = range.value();
        return result;
    }
    // A MAC first: "00:15:5d:0a:00:01" would otherwise read as an IPv6 address attempt.
    if (std::optional<QString> digits = macDigits(text); digits && digits->size() >= 4) {
        result.m_kind = Kind::Text;
        result.m_needle = text.toString();
        result.m_macDigits = *digits;
        return result;
    }
    if (looksLikeAddress(text)) {
        const Parsed<AddressRange> range = parseOperand(text);
        if (range) {
            result.m_kind = Kind::Contains;
            result.m_range = range.value();
            return result;
        }
        if (text.contains(u'/')) {
            result.m_kind = Kind::Contains;
            result.m_error = range.error();
            return result;
        }
    }
    result.m_kind = Kind::Text;
    result.m_needle = text.toString();
    return result;
}

QStringList SearchText::needles() const
{
    QStringList result;
    if (!m_needle.isEmpty())
        result.append(m_needle);
    if (!m_macDigits.isEmpty() && m_macDigits.compare(m_needle, Qt::CaseInsensitive) != 0)
        result.append(m_macDigits);
    return result;
}

QString SearchText::likePattern(const QString &needle)
{
    QString escaped;
    escaped.reserve(needle.size() + 2);
    escaped.append(u'%');
    for (QChar c : needle) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    escaped.append(u'%');
    return escaped;
}

QString SearchText::ftsQuery() const
{
    QStringList phrases;
    for (QString needle : needles()) {
        needle.replace(u'"', QStringLiteral("\"\""));
        phrases.append(u'"' + needle + u'"');
    }
    return phrases.join(QStringLiteral(" OR "));
}

} // namespace ipam
