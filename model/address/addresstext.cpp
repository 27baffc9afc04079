#include "addresstext.h"
#include <QCoreApplication>

namespace ipam {

namespace {

using Problem = AddressText::Problem;
using Scan = AddressText::Scan;

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

Scan failed(Problem problem, const char16_t *begin, const char16_t *end, int count = 0)
{
    Scan scan;
    scan.problem = problem;
    scan.culprit = QStringView(begin, end);
    scan.count = count;
    return scan;
}

// Dotted-quad IPv4 over [begin, end). On success value holds the 32 bits.
Scan scanV4(const char16_t *begin, const char16_t *end)
{
    quint32 value = 0;
    int parts = 0;
    const char16_t *p = begin;
    for (;;) {
        const char16_t *partBegin = p;
        quint32 part = 0;
        while (p != end && isDigit(*p)) {
            if (p - partBegin < 4) // more than 3 digits is out of range anyway; don't overflow
                part = part * 10 + (*p - u'0');
            ++p;
        }
        if (p != end && *p != u'.') { // a non-digit inside the part
            while (p != end && *p != u'.')
                ++p;
            return failed(Problem::V4NotDecimal, partBegin, p);
        }
        const qsizetype digits = p - partBegin;
        if (digits == 0)
            return failed(Problem::V4EmptyPart, partBegin, p);
        if (digits > 1 && *partBegin == u'0')
            return failed(Problem::V4LeadingZero, partBegin, p);
        if (digits > 3 || part > 255)
            return failed(Problem::V4OutOfRange, partBegin, p);
        value = value << 8 | part;
        ++parts;
        if (p == end || parts == 4)
            break;
        ++p; // the dot
    }
    if (parts != 4 || p != end) {
        int found = 1;
        for (const char16_t *q = begin; q != end; ++q)
            found += *q == u'.';
        return failed(Problem::V4PartCount, begin, end, found);
    }
    Scan scan;
    scan.value = value;
    scan.family = Family::V4;
    return scan;
}

// RFC 4291 IPv6 text over [begin, end), which contains at least one ':'.
Scan scanV6(const char16_t *begin, const char16_t *end)
{
    quint16 groups[8] = {};
    int count = 0;
    int doubleColonAt = -1; // index in groups where "::" stands
    const char16_t *p = begin;
    if (*p == u':') {
        if (p + 1 == end || p[1] != u':')
            return failed(Problem::V6LeadingColon, begin, end);
        doubleColonAt = 0;
        p += 2;
    }
    while (p != end) {
        const char16_t *groupBegin = p;
        quint32 group = 0;
        int digit;
        while (p != end && (digit = hexValue(*p)) >= 0) {
            if (p - groupBegin < 4)
                group = group << 4 | quint32(digit);
            ++p;
        }
        if (p != end && *p == u'.') { // the embedded IPv4 tail, which must end the text
            const char16_t *colon = p;
            while (colon != end && *colon != u':')
                ++colon;
            if (colon != end)
                return failed(Problem::V6MisplacedV4, groupBegin, colon);
            const Scan tail = scanV4(groupBegin, end);
            if (tail.problem != Problem::None)
                return tail;
            if (count > 6)
                return failed(Problem::V6TooManyGroups, begin, end, count + 2);
            groups[count++] = quint16(tail.value >> 16);
            groups[count++] = quint16(tail.value);
            p = end;
            break;
        }
        const qsizetype digits = p - groupBegin;
        if (digits == 0) {
            if (p != end && *p == u':')
                return failed(Problem::V6ColonRun, groupBegin, p + 1);
            return failed(Problem::BadCharacter, p, p + (p != end));
        }
        if (digits > 4)
            return failed(Problem::V6GroupTooLong, groupBegin, p);
        if (count == 8)
            return failed(Problem::V6TooManyGroups, begin, end, count + 1);
        groups[count++] = quint16(group);
        if (p == end)
            break;
        if (*p != u':')
            return failed(Problem::BadCharacter, p, p + 1);
        ++p;
        if (p == end)
            return failed(Problem::V6TrailingColon, begin, end);
        if (*p == u':') {
            if (doubleColonAt >= 0)
                return failed(Problem::V6SecondDoubleColon, p - 1, p + 1);
            doubleColonAt = count;
            ++p;
        }
    }
    if (doubleColonAt >= 0 ? count > 7 : count > 8)
        return failed(Problem::V6TooManyGroups, begin, end, count);
    if (doubleColonAt < 0 && count < 8)
        return failed(Problem::V6TooFewGroups, begin, end, count);

    uint128 value = 0;
    const int zeros = 8 - count;
    for (int i = 0, g = 0; i < 8; ++i) {
        const bool skipped = doubleColonAt >= 0 && i >= doubleColonAt && i < doubleColonAt + zeros;
        value = value << 16 | (skipped ? 0 : groups[g++]);
    }
    Scan scan;
    scan.value = value;
    scan.family = Family::V6;
    return scan;
}

Scan scanAddressRange(const char16_t *begin, const char16_t *end)
{
    if (begin == end)
        return failed(Problem::BadCharacter, begin, end);
    for (const char16_t *p = begin; p != end; ++p) {
        if (*p == u':')
            return scanV6(begin, end);
    }
    return scanV4(begin, end);
}

// Characters that can appear in some valid address.
bool isAllowed(char16_t c)
{
    return hexValue(c) >= 0 || c == u':' || c == u'.';
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

QString characterName(QChar c)
{
    if (c.isPrint())
        return quoted(QStringView(&c, 1));
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

AddressText::Scan AddressText::scanAddress(QStringView text)
{
    const auto *begin = reinterpret_cast<const char16_t *>(text.utf16());
    return scanAddressRange(begin, begin + text.size());
}

AddressText::Scan AddressText::scanPrefix(QStringView text)
{
    const auto *begin = reinterpret_cast<const char16_t *>(text.utf16());
    const auto *end = begin + text.size();
    const char16_t *slash = begin;
    while (slash != end && *slash != u'/')
        ++slash;
    Scan scan = scanAddressRange(begin, slash);
    if (scan.problem != Problem::None)
        return scan;
    if (slash == end)
        return failed(Problem::MissingLength, begin, end);

    const char16_t *lengthBegin = slash + 1;
    if (lengthBegin == end)
        return failed(Problem::EmptyLength, lengthBegin, end);
    int length = 0;
    for (const char16_t *p = lengthBegin; p != end; ++p) {
        if (!isDigit(*p))
            return failed(Problem::LengthNotDecimal, lengthBegin, end);
        if (length <= 128) // stop growing once out of range; no overflow on long digit runs
            length = length * 10 + (*p - u'0');
    }
    if (end - lengthBegin > 1 && *lengthBegin == u'0')
        return failed(Problem::LengthLeadingZero, lengthBegin, end);
    if (length > bitWidth(scan.family))
        return failed(Problem::LengthOutOfRange, lengthBegin, end, bitWidth(scan.family));
    scan.length = length;
    return scan;
}

QString AddressText::describe(QStringView text, const Scan &scan, Subject subject)
{
    const QString what = subject == Subject::Address
            ? QCoreApplication::translate("ipam::AddressText", "address")
            : QCoreApplication::translate("ipam::AddressText", "prefix");
    if (text.isEmpty())
        return QCoreApplication::translate("ipam::AddressText", "empty %1").arg(what);

    bool hasSpace = false;
    bool onlySpace = true;
    for (QChar c : text) {
        hasSpace |= c.isSpace();
        onlySpace &= c.isSpace();
    }
    if (onlySpace)
        return QCoreApplication::translate("ipam::AddressText", "empty %1 (%2 is only whitespace)")
                .arg(what, quoted(text));
    if (hasSpace) {
        return QCoreApplication::translate(
                       "ipam::AddressText",
                       "%1 contains whitespace; spaces are not allowed in or around %2")
                .arg(quoted(text),
                     subject == Subject::Address
                             ? QCoreApplication::translate("ipam::AddressText", "an address")
                             : QCoreApplication::translate("ipam::AddressText", "a prefix"));
    }
    if (const qsizetype percent = text.indexOf(u'%'); percent >= 0) {
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: scope ids are not allowed (%2)")
                .arg(quoted(text), quoted(text.mid(percent)));
    }
    if (subject == Subject::Address && text.contains(u'/')) {
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1 has a /length: expected an address, not a prefix")
                .arg(quoted(text));
    }
    // In a prefix only the address part is checked here: the length has its own messages.
    const QStringView checked = subject == Subject::Prefix ? text.left(text.indexOf(u'/')) : text;
    for (QChar c : checked) {
        if (!isAllowed(c.unicode()))
            return QCoreApplication::translate("ipam::AddressText", "%1: unexpected character %2")
                    .arg(quoted(text), characterName(c));
    }

    const QString t = quoted(text);
    const QString culprit = quoted(scan.culprit);
    switch (scan.problem) {
    case Problem::None:
        break;
    case Problem::BadCharacter:
        if (scan.culprit.isEmpty())
            return QCoreApplication::translate("ipam::AddressText",
                                               "%1: missing address before \"/\"")
                    .arg(t);
        return QCoreApplication::translate("ipam::AddressText", "%1: unexpected character %2")
                .arg(t, culprit);
    case Problem::V4PartCount:
        return QCoreApplication::translate(
                       "ipam::AddressText",
                       "%1: an IPv4 address has exactly 4 decimal parts separated by dots, "
                       "found %2")
                .arg(t)
                .arg(scan.count);
    case Problem::V4EmptyPart:
        return QCoreApplication::translate(
                       "ipam::AddressText",
                       "%1: empty part in IPv4 address (two dots in a row, or a dot at "
                       "the start or end)")
                .arg(t);
    case Problem::V4NotDecimal:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: %2 is not a decimal number 0..255")
                .arg(t, culprit);
    case Problem::V4LeadingZero:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: leading zero in %2 is ambiguous (octal?)")
                .arg(t, culprit);
    case Problem::V4OutOfRange:
        return QCoreApplication::translate("ipam::AddressText", "%1: %2 is out of range 0..255")
                .arg(t, scan.culprit.toString());
    case Problem::V6LeadingColon:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: a leading \":\" is only allowed as part of \"::\"")
                .arg(t);
    case Problem::V6TrailingColon:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: a trailing \":\" is only allowed as part of \"::\"")
                .arg(t);
    case Problem::V6ColonRun:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: too many colons in a row (at most \"::\")")
                .arg(t);
    case Problem::V6SecondDoubleColon:
        return QCoreApplication::translate("ipam::AddressText", "%1: at most one \"::\" is allowed")
                .arg(t);
    case Problem::V6GroupTooLong:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: group %2 has more than 4 hex digits")
                .arg(t, culprit);
    case Problem::V6TooFewGroups:
        return QCoreApplication::translate(
                       "ipam::AddressText",
                       "%1: an IPv6 address has 8 groups (or fewer with \"::\"), found %2")
                .arg(t)
                .arg(scan.count);
    case Problem::V6TooManyGroups:
        return QCoreApplication::translate(
                       "ipam::AddressText",
                       "%1: too many groups for an IPv6 address (%2; at most 8, or 7 "
                       "with \"::\")")
                .arg(t)
                .arg(scan.count);
    case Problem::V6MisplacedV4:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: the embedded IPv4 part %2 must come last")
                .arg(t, culprit);
    case Problem::MissingLength:
        return QCoreApplication::translate("ipam::AddressText", "%1: missing /length").arg(t);
    case Problem::EmptyLength:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: missing /length (nothing after \"/\")")
                .arg(t);
    case Problem::LengthNotDecimal:
        if (scan.culprit.contains(u'.'))
            return QCoreApplication::translate(
                           "ipam::AddressText",
                           "%1: prefix length %2 is not a decimal number (netmasks are "
                           "not accepted; write the length)")
                    .arg(t, culprit);
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: prefix length %2 is not a decimal number")
                .arg(t, culprit);
    case Problem::LengthLeadingZero:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: leading zero in prefix length %2")
                .arg(t, culprit);
    case Problem::LengthOutOfRange:
        return QCoreApplication::translate("ipam::AddressText",
                                           "%1: prefix length %2 is out of range 0..%3")
                .arg(t, scan.culprit.toString())
                .arg(scan.count);
    }
    return QCoreApplication::translate("ipam::AddressText", "%1 is not a valid %2").arg(t, what);
}

int AddressText::format(char16_t *out, Family family, uint128 value)
{
    static constexpr char16_t hexDigits[] = u"0123456789abcdef";
    char16_t *p = out;
    if (family == Family::V4) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            const unsigned octet = unsigned(value >> shift) & 0xff;
            if (octet >= 100)
                *p++ = char16_t(u'0' + octet / 100);
            if (octet >= 10)
                *p++ = char16_t(u'0' + octet / 10 % 10);
            *p++ = char16_t(u'0' + octet % 10);
            if (shift)
                *p++ = u'.';
        }
        return int(p - out);
    }

    quint16 groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = quint16(value >> (112 - 16 * i));
    // RFC 5952 4.2: shorten the longest run of two or more zero groups, the first on a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            *p++ = u':';
            *p++ = u':';
            i += bestLength - 1;
            continue;
        }
        if (i > 0 && i != bestStart + bestLength)
            *p++ = u':';
        const unsigned g = groups[i];
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const unsigned nibble = g >> shift & 0xf;
            if (nibble || started || shift == 0) {
                *p++ = hexDigits[nibble];
                started = true;
            }
        }
    }
    return int(p - out);
}

} // namespace ipam
