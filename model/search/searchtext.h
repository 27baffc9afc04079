#pragma once

#include "address/addressrange.h"
#include "address/parsed.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ipam {

// What the admin typed into global search (Ctrl+K, `ipamctl search`), understood once:
//   - "contains 10.1.2.3", "contains 10.1.0.0/24", or a bare address or prefix: the objects
//     whose addresses hold it (the most specific block, the subnet, its ranges, the address);
//   - a MAC address in any of its spellings ("00:15:5D:0A:00:01", "00-15-5d-0a-00-01",
//     "0015.5d0a.0001", or a fragment such as "5d:0a"): matched without separators;
//   - anything else: a case-insensitive substring of a name, device name, owner or
//     description.
// A value with no QObject; parse() never fails silently: an unusable text has error().
class SearchText
{
public:
    enum class Kind : quint8 { Empty, Contains, Text };

    static SearchText parse(QStringView input);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Empty; }
    // The range a Contains search looks for (a single address for an address).
    const AddressRange &range() const { return m_range; }
    // True when the range was typed as an address (so address records are looked up too).
    bool isSingleAddress() const { return m_range.first() == m_range.last(); }
    // The needle of a Text search, as typed (trimmed).
    const QString &needle() const { return m_needle; }
    // For a MAC-shaped needle, its hex digits (upper case, no separators): also looked for in
    // the MAC addresses, whatever separators they were stored with.
    const QString &macNeedle() const { return m_macDigits; }
    bool isMac() const { return !m_macDigits.isEmpty(); }
    // The needles to look for: the text, and the MAC digits when there are.
    QStringList needles() const;
    // Why the text cannot be searched ("contains 10.1.2" names no address); empty if it can.
    const QString &error() const { return m_error; }

    // A needle as a LIKE pattern (escape character '\\'): "%needle%".
    static QString likePattern(const QString &needle);
    // The needles as an FTS5 query: phrases ("needle", inner quotes doubled) joined by OR.
    QString ftsQuery() const;

    // "00:15:5d:0a:00:01" -> "00155D0A0001"; nullopt when the text is not MAC-shaped (hex
    // pairs joined by ':' or '-', or hex quads joined by '.', at least two groups).
    static std::optional<QString> macDigits(QStringView text);

private:
    Kind m_kind = Kind::Empty;
    AddressRange m_range;
    QString m_needle;
    QString m_macDigits;
    QString m_error;
};

} // namespace ipam
