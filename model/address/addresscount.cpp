#include "addresscount.h"

#include <QDebug>

namespace ipam {

AddressCount AddressCount::ofPrefixLength(Family family, int length)
{
    const int width = bitWidth(family);
    const int hostBits = width - qBound(0, length, width);
    if (hostBits == 128)
        return AddressCount(1, 0);
    return AddressCount(0, uint128(1) << hostBits);
}

AddressCount &AddressCount::operator+=(AddressCount other)
{
    const uint128 low = m_low + other.m_low;
    const quint64 carry = low < m_low ? 1 : 0;
    quint64 high;
    if (qAddOverflow(m_high, other.m_high, &high) || qAddOverflow(high, carry, &high)) {
        // Beyond 2^192: no set of addresses gets there; saturate rather than wrap.
        m_high = ~quint64(0);
        m_low = ~uint128(0);
        return *this;
    }
    m_high = high;
    m_low = low;
    return *this;
}

AddressCount &AddressCount::operator-=(AddressCount other)
{
    if (*this <= other) {
        *this = AddressCount();
        return *this;
    }
    const quint64 borrow = m_low < other.m_low ? 1 : 0;
    m_low -= other.m_low;
    m_high -= other.m_high + borrow;
    return *this;
}

QString AddressCount::toString() const
{
    if (m_high == 0)
        return toDecimalString(m_low);
    // Long division of the 192-bit number (three 64-bit limbs) by 10^19, repeatedly.
    constexpr quint64 chunk = 10'000'000'000'000'000'000ull;
    quint64 limbs[3] = {m_high, quint64(m_low >> 64), quint64(m_low)};
    QString digits;
    for (;;) {
        uint128 remainder = 0;
        for (quint64 &limb : limbs) {
            const uint128 current = remainder << 64 | limb;
            limb = quint64(current / chunk);
            remainder = current % chunk;
        }
        const bool more = limbs[0] || limbs[1] || limbs[2];
        QString part = QString::number(quint64(remainder));
        if (more)
            part = part.rightJustified(19, u'0');
        digits.prepend(part);
        if (!more)
            return digits;
    }
}

double AddressCount::toDouble() const
{
    constexpr double twoTo64 = 18446744073709551616.0;
    return double(m_high) * twoTo64 * twoTo64 + double(m_low);
}

QDebug operator<<(QDebug debug, const AddressCount &count)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "AddressCount(" << count.toString() << ')';
    return debug;
}

} // namespace ipam
