#pragma once

#include "ipaddress.h"

#include <QString>
#include <QStringView>

namespace ipam {

// The text forms of addresses and prefixes: a strict scanner and the canonical formatter,
// shared by IpAddress, Prefix and AddressRange. Internal to the address engine; callers use
// IpAddress::parse / Prefix::parse and toString().
//
// The scanner never allocates: it reports a Problem and the offending piece of the text.
// Only when the caller turns a failure into a message (describe) is a QString built, so a
// CSV import of valid rows allocates nothing here.
//
// Accepted forms (anything else is refused, with a message naming the text in quotes):
// - IPv4: exactly four decimal parts 0..255 separated by dots; no empty part, no leading
//   zero ("010" could be octal to some tools), no other notation ("10.1", "0x0a...").
// - IPv6: RFC 4291 text: eight groups of 1-4 hex digits (either case), at most one "::"
//   standing for one or more zero groups, optionally ending in an embedded dotted IPv4
//   address counting as two groups ("::ffff:1.2.3.4"). Scope ids ("fe80::1%eth0") are
//   refused: an IPAM records addresses, not interfaces.
// - Prefix: an address, "/", and a length 0..32 or 0..128 in decimal, without sign or
//   leading zero ("0" itself is fine). A netmask ("/255.255.255.0") is refused.
// - Whitespace anywhere, inside or around the text, is refused rather than trimmed: callers
//   decide what to trim (a CSV reader trims its fields itself).
class AddressText
{
public:
    enum class Problem : quint8 {
        None,
        BadCharacter,
        V4PartCount,
        V4EmptyPart,
        V4NotDecimal,
        V4LeadingZero,
        V4OutOfRange,
        V6LeadingColon,
        V6TrailingColon,
        V6ColonRun,
        V6SecondDoubleColon,
        V6GroupTooLong,
        V6TooFewGroups,
        V6TooManyGroups,
        V6MisplacedV4,
        MissingLength,
        EmptyLength,
        LengthNotDecimal,
        LengthLeadingZero,
        LengthOutOfRange,
    };

    // What the text was meant to be, for the wording of messages.
    enum class Subject : quint8 { Address, Prefix };

    struct Scan
    {
        uint128 value = 0; // the address as written (host bits are not cleared)
        Family family = Family::V4;
        int length = -1; // prefix length; -1 for addresses
        Problem problem = Problem::None;
        QStringView culprit; // the offending part of the text, when there is one
        int count = 0;       // parts or groups found, for the count problems
    };

    static Scan scanAddress(QStringView text);
    static Scan scanPrefix(QStringView text);

    // The message for a failed scan of text, naming the text in quotes and saying what is
    // wrong. Problems that concern the whole text (empty, whitespace, scope id, a character
    // no address contains) are reported before the scanner's own finding.
    static QString describe(QStringView text, const Scan &scan, Subject subject);

    // Writes the canonical text of an address to out (at least MaxAddressChars) and
    // returns the number of characters written.
    static constexpr int MaxAddressChars = 39;
    static int format(char16_t *out, Family family, uint128 value);
};

} // namespace ipam
