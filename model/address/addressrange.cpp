#include "addressrange.h"

#include <QCoreApplication>
#include <QDebug>

namespace ipam {

namespace {

QString familyName(Family family)
{
    return family == Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

// Trailing zero bits of a non-zero value.
int countTrailingZeros(uint128 value)
{
    const auto low = quint64(value);
    return low ? __builtin_ctzll(low) : 64 + __builtin_ctzll(quint64(value >> 64));
}

// Index of the highest set bit of a non-zero value.
int highestBit(uint128 value)
{
    const auto high = quint64(value >> 64);
    return high ? 127 - __builtin_clzll(high) : 63 - __builtin_clzll(quint64(value));
}

} // namespace

Parsed<AddressRange> AddressRange::make(IpAddress first, IpAddress last)
{
    if (first.family() != last.family()) {
        return Parsed<AddressRange>::failure(
                QCoreApplication::translate(
                        "ipam::AddressRange",
                        "\"%1\" and \"%2\" are of different address families (%3 and %4)")
                        .arg(first.toString(), last.toString(), familyName(first.family()),
                             familyName(last.family())));
    }
    if (first > last) {
        return Parsed<AddressRange>::failure(
                QCoreApplication::translate("ipam::AddressRange",
                                            "range start \"%1\" is after its end \"%2\"")
                        .arg(first.toString(), last.toString()));
    }
    return AddressRange(first.family(), first.value(), last.value());
}

AddressCount AddressRange::size() const
{
    return AddressCount::fromValue(m_last - m_first) + AddressCount::fromValue(1);
}

QList<Prefix> AddressRange::toPrefixes() const
{
    QList<Prefix> prefixes;
    appendPrefixes(prefixes);
    return prefixes;
}

void AddressRange::appendPrefixes(QList<Prefix> &out) const
{
    // Greedy from the start: the largest block that is aligned at first and does not run
    // past last. Each step either ends the range or moves first to a coarser alignment
    // (or down again once near last), so there are at most 2 * width blocks.
    const int width = bitWidth(m_family);
    uint128 first = m_first;
    for (;;) {
        const int alignment = first == 0 ? width : qMin(countTrailingZeros(first), width);
        const uint128 span = m_last - first; // addresses left, minus one
        const int fits = span == ~uint128(0) ? 128 : highestBit(span + 1);
        const int hostBits = qMin(alignment, fits);
        const uint128 blockLast = first | Prefix::hostMask(m_family, width - hostBits);
        out.append(Prefix(m_family, first, width - hostBits));
        if (blockLast >= m_last)
            return;
        first = blockLast + 1;
    }
}

QString AddressRange::toString() const
{
    return first().toString() + u'-' + last().toString();
}

QDebug operator<<(QDebug debug, const AddressRange &range)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "AddressRange(" << range.toString() << ')';
    return debug;
}

} // namespace ipam
