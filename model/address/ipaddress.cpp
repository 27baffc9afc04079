#include "ipaddress.h"

#include "addresstext.h"

#include <QDebug>

namespace ipam {

Parsed<IpAddress> IpAddress::parse(QStringView text)
{
    const AddressText::Scan scan = AddressText::scanAddress(text);
    if (scan.problem != AddressText::Problem::None) {
        return Parsed<IpAddress>::failure(
                AddressText::describe(text, scan, AddressText::Subject::Address));
    }
    return IpAddress(scan.family, scan.value);
}

QString IpAddress::toString() const
{
    char16_t buffer[AddressText::MaxAddressChars];
    const int length = AddressText::format(buffer, m_family, m_value);
    return QString(reinterpret_cast<const QChar *>(buffer), length);
}

QByteArray IpAddress::toBytes() const
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = char(quint8(m_value >> (120 - 8 * i)));
    return bytes;
}

IpAddress IpAddress::fromBytes(Family family, QByteArrayView bytes)
{
    Q_ASSERT_X(bytes.size() <= 16, "IpAddress::fromBytes", "more than 16 bytes");
    uint128 value = 0;
    for (char byte : bytes)
        value = value << 8 | quint8(byte);
    return IpAddress(family, value);
}

QString toDecimalString(uint128 value)
{
    // At most 39 digits; fill from the end, 19 digits at a time in 64-bit arithmetic.
    constexpr quint64 chunk = 10'000'000'000'000'000'000ull;
    char16_t buffer[40];
    char16_t *end = buffer + 40;
    char16_t *p = end;
    do {
        quint64 part = quint64(value % chunk);
        value /= chunk;
        for (int i = 0; i < 19 && (part || value); ++i) {
            *--p = char16_t(u'0' + part % 10);
            part /= 10;
        }
    } while (value);
    if (p == end)
        *--p = u'0';
    return QString(reinterpret_cast<const QChar *>(p), end - p);
}

Parsed<uint128> parseDecimal128(QStringView text)
{
    if (text.isEmpty())
        return Parsed<uint128>::failure(QStringLiteral("empty number"));
    constexpr uint128 max = ~uint128(0);
    uint128 value = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9') {
            return Parsed<uint128>::failure(
                    QStringLiteral("\"%1\" is not a decimal number").arg(text));
        }
        const unsigned digit = u - u'0';
        if (value > (max - digit) / 10) {
            return Parsed<uint128>::failure(
                    QStringLiteral("\"%1\" is larger than 2^128 - 1").arg(text));
        }
        value = value * 10 + digit;
    }
    return value;
}

QDebug operator<<(QDebug debug, const IpAddress &address)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "IpAddress(" << address.toString() << ')';
    return debug;
}

} // namespace ipam
