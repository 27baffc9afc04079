#pragma once

#include "address/addressrange.h"
#include "items/placement.h"

#include <QByteArray>
#include <QString>
#include <QUtf8StringView>

#include <optional>

namespace ipam {

class NetworkDirectory;

// What the search box asks: a case-insensitive text that must occur in the name, owner,
// description or network of a row, or "contains 10.1.2.3" / "contains 10.1.0.0/24": the rows
// whose network holds that address or prefix.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    // Empty: no text and no "contains" (a query with an error is not empty: it matches nothing).
    bool isEmpty() const { return m_text.isEmpty() && !m_contains && m_error.isEmpty(); }
    bool isValid() const { return m_error.isEmpty(); }
    // Why the text is not a valid query ("contains 10.1.2" names no address); empty if valid.
    const QString &error() const { return m_error; }
    const QString &text() const { return m_text; }
    const std::optional<AddressRange> &contains() const { return m_contains; }

    // Case-insensitive substring tests; a plain ASCII needle is matched without decoding.
    bool matches(QStringView haystack) const;
    bool matches(QUtf8StringView haystack) const;
    // True when `first..last` (a row's own addresses) holds the queried address or prefix.
    bool containsMatches(const AddressRange &rowRange) const
    {
        return m_contains && rowRange.contains(*m_contains);
    }

    friend bool operator==(const SearchQuery &a, const SearchQuery &b)
    {
        return a.m_text == b.m_text && a.m_contains == b.m_contains && a.m_error == b.m_error;
    }

private:
    QString m_text;
    QByteArray m_asciiLower; // the needle, lower-cased, when it is plain ASCII
    std::optional<AddressRange> m_contains;
    QString m_error;
};

// A choice of the filter bar: any value, the unassigned rows, or one object.
struct KeyChoice
{
    enum class Mode : quint8 { Any, Unassigned, Object };
    Mode mode = Mode::Any;
    ObjectId id = 0;

    static KeyChoice any() { return {}; }
    static KeyChoice unassigned() { return {Mode::Unassigned, 0}; }
    static KeyChoice object(ObjectId id) { return {Mode::Object, id}; }
    bool isAny() const { return mode == Mode::Any; }
    bool accepts(ObjectId value) const
    {
        switch (mode) {
        case Mode::Any:
            return true;
        case Mode::Unassigned:
            return value == 0;
        case Mode::Object:
            return value == id;
        }
        return false;
    }
    friend bool operator==(const KeyChoice &, const KeyChoice &) = default;
};

// The part of the address space a console tree node stands for.
struct Scope
{
    enum class Kind : quint8 {
        Everything,     // IPAM, VIRTUALIZED IP ADDRESS SPACE
        DefaultSpace,   // IP ADDRESS SPACE and its nodes: the non-virtualized address space
        ProviderSpaces, // Provider IP Address Space
        CustomerSpaces, // Customer IP Address Space
        Space,
        LogicalNetwork,
        NetworkSite,
        VmNetwork,
        Nothing, // nodes that list no address objects (ACCESS CONTROL, AUDIT)
    };
    Kind kind = Kind::Everything;
    ObjectId id = 0;

    friend bool operator==(const Scope &, const Scope &) = default;
};

// Everything that decides which rows the result pane lists: the tree node's scope, the IPv4 /
// IPv6 switch, the logical network and site choosers and the search text. A value: the
// proxies compare filters to skip work when nothing changed.
struct ResultFilter
{
    Family family = Family::V4;
    Scope scope;
    KeyChoice logicalNetwork;
    KeyChoice site;
    SearchQuery search;

    // The structural part (everything but the search text), decided per placement. `ignore
    // Assignment` treats lnet, site and VM network scopes as their address space and the
    // choosers as "any": for blocks, which belong to a space but are assigned to nothing.
    bool acceptsPlacement(const Placement &placement, const NetworkDirectory &directory,
                          bool ignoreAssignment = false) const;
    bool acceptsFamily(Family f) const { return f == family; }

    friend bool operator==(const ResultFilter &, const ResultFilter &) = default;
};

// The logical network a row counts under: its own, or its VM network's for customer subnets.
ObjectId effectiveLogicalNetwork(const Placement &placement, const NetworkDirectory &directory);

} // namespace ipam
