#pragma once

#include "addresscount.h"
#include "ipaddress.h"

QT_FORWARD_DECLARE_CLASS(QDebug)

namespace ipam {

// A CIDR prefix (a subnet or a block of address space): a network address whose host bits
// are all zero, and a length. Always valid: the only ways in are parse() and make(), which
// refuse host bits, lengths out of range and sloppy text (see AddressText for the accepted
// forms). Stored as 32 flat bytes, so a million-subnet console holds them by value.
class Prefix
{
public:
    // 0.0.0.0/32: a single address, so a default-constructed placeholder never claims to
    // contain anything but itself.
    constexpr Prefix() = default;

    // Strict: "a.b.c.d/n" or "ipv6/n". Host bits set are refused with a message naming the
    // canonical prefix: "10.0.0.1/8 has host bits set; did you mean 10.0.0.0/8?".
    // Allocation-free on success.
    static Parsed<Prefix> parse(QStringView text);
    // The same checks for an address and a length from elsewhere (a database row, a form).
    static Parsed<Prefix> make(IpAddress network, int length);

    constexpr IpAddress network() const { return IpAddress(m_family, m_network); }
    constexpr int length() const { return m_length; }
    constexpr Family family() const { return m_family; }
    constexpr IpAddress first() const { return network(); }
    constexpr IpAddress last() const
    {
        return IpAddress(m_family, m_network | hostMask(m_family, m_length));
    }
    AddressCount size() const { return AddressCount::ofPrefixLength(m_family, m_length); }

    // Prefixes and addresses of another family are never contained nor overlapping.
    constexpr bool contains(IpAddress address) const
    {
        return address.family() == m_family
                && (address.value() & ~hostMask(m_family, m_length)) == m_network;
    }
    constexpr bool contains(const Prefix &other) const
    {
        return other.m_length >= m_length && contains(other.network());
    }
    constexpr bool overlaps(const Prefix &other) const
    {
        return contains(other) || other.contains(*this);
    }

    // Canonical text, e.g. "10.0.0.0/8", "2001:db8::/32".
    QString toString() const;

    // The host bits of a prefix of this length: 2^(bitWidth - length) - 1; 0 for a full-length
    // prefix, all ones for /0. length must be in 0..bitWidth(family).
    static constexpr uint128 hostMask(Family family, int length)
    {
        const int hostBits = bitWidth(family) - length;
        if (hostBits <= 0)
            return 0;
        return hostBits >= 128 ? ~uint128(0) : (uint128(1) << hostBits) - 1;
    }

    // Family, then network address, then length (a supernet sorts before its first subnet).
    friend constexpr std::strong_ordering operator<=>(const Prefix &a, const Prefix &b)
    {
        if (const auto byFamily = a.m_family <=> b.m_family; byFamily != 0)
            return byFamily;
        if (const auto byNetwork = a.m_network <=> b.m_network; byNetwork != 0)
            return byNetwork;
        return a.m_length <=> b.m_length;
    }
    friend constexpr bool operator==(const Prefix &, const Prefix &) = default;

private:
    friend class AddressRange;
    friend class AddressSet;
    // Unchecked: for engine code whose network is already aligned to length.
    constexpr Prefix(Family family, uint128 network, int length)
        : m_network(network)
        , m_family(family)
        , m_length(quint8(length))
    { }

    uint128 m_network = 0;
    Family m_family = Family::V4;
    quint8 m_length = 32;
};

inline size_t qHash(const Prefix &prefix, size_t seed = 0) noexcept
{
    return qHashMulti(seed, quint64(prefix.network().value() >> 64),
                      quint64(prefix.network().value()), quint8(prefix.family()), prefix.length());
}

QDebug operator<<(QDebug debug, const Prefix &prefix);

} // namespace ipam

Q_DECLARE_TYPEINFO(ipam::Prefix, Q_RELOCATABLE_TYPE);
