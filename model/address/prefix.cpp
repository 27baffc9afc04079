#include "prefix.h"

#include "addresstext.h"

#include <QCoreApplication>
#include <QDebug>

namespace ipam {

namespace {

QString hostBitsMessage(const QString &asWritten, const Prefix &canonical)
{
    return QCoreApplication::translate("ipam::Prefix", "%1 has host bits set; did you mean %2?")
            .arg(asWritten, canonical.toString());
}

} // namespace

Parsed<Prefix> Prefix::parse(QStringView text)
{
    const AddressText::Scan scan = AddressText::scanPrefix(text);
    if (scan.problem != AddressText::Problem::None) {
        return Parsed<Prefix>::failure(
                AddressText::describe(text, scan, AddressText::Subject::Prefix));
    }
    const uint128 hostBits = hostMask(scan.family, scan.length);
    if (scan.value & hostBits) {
        return Parsed<Prefix>::failure(hostBitsMessage(
                text.toString(), Prefix(scan.family, scan.value & ~hostBits, scan.length)));
    }
    return Prefix(scan.family, scan.value, scan.length);
}

Parsed<Prefix> Prefix::make(IpAddress network, int length)
{
    const int width = bitWidth(network.family());
    if (length < 0 || length > width) {
        return Parsed<Prefix>::failure(
                QCoreApplication::translate("ipam::Prefix",
                                            "prefix length %1 is out of range 0..%2 for %3")
                        .arg(length)
                        .arg(width)
                        .arg(network.toString()));
    }
    const uint128 hostBits = hostMask(network.family(), length);
    if (network.value() & hostBits) {
        return Parsed<Prefix>::failure(
                hostBitsMessage(network.toString() + u'/' + QString::number(length),
                                Prefix(network.family(), network.value() & ~hostBits, length)));
    }
    return Prefix(network.family(), network.value(), length);
}

QString Prefix::toString() const
{
    char16_t buffer[AddressText::MaxAddressChars + 4];
    int size = AddressText::format(buffer, m_family, m_network);
    buffer[size++] = u'/';
    if (m_length >= 100)
        buffer[size++] = char16_t(u'0' + m_length / 100);
    if (m_length >= 10)
        buffer[size++] = char16_t(u'0' + m_length / 10 % 10);
    buffer[size++] = char16_t(u'0' + m_length % 10);
    return QString(reinterpret_cast<const QChar *>(buffer), size);
}

QDebug operator<<(QDebug debug, const Prefix &prefix)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Prefix(" << prefix.toString() << ')';
    return debug;
}

} // namespace ipam
