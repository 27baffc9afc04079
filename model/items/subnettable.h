#pragma once

#include "address/addressrange.h"
#include "domain/entities.h"
#include "items/placement.h"
#include "items/stringpool.h"

#include <QHash>

#include <optional>
#include <vector>

namespace ipam {

class SearchQuery;

// The subnets the console holds, as columns: one vector per field, rows ordered by id, so a
// million subnets cost about 40 bytes each plus the bytes of their names (measured on this machine:
// a row struct with a QString name costs 120).
//
// - Ids are 32-bit until one needs more (then a second column holds the high halves).
// - A network is 4 bytes: the IPv4 address itself, or for IPv6 an index into a side vector
//   of 128-bit values; family and length share one byte.
// - Space, logical network, site, VM network, family and network type together are one
//   placement number (placement.h), a few thousand distinct values for a million rows.
// - Names, owners, descriptions and VLAN lists are references into one StringPool; a name
//   that is just the network's text (IPAM's default) is not stored at all.
// - Used addresses are 32-bit (an overflow map keeps larger counts exact); the last
//   modification time is in seconds.
//
// Besides the columns the table keeps the two indexes the result pane needs to answer in
// O(result): the rows of each placement (ascending), with their totals for the console tree,
// and every row in network order (family, address, length, space, id) for sorting by network.
//
// The table does not notify anyone: SubnetModel wraps every mutation in the item-model
// notifications. Rows are positions; a removal or an insertion in the middle renumbers the
// rows after it, and the mutators return the old -> new numbering for the indexes built on
// top (the proxies).
class SubnetTable
{
public:
    using Row = quint32;
    enum Change : quint8 {
        NoChange = 0,
        NetworkChanged = 1,   // network, or anything the network order uses (space)
        PlacementChanged = 2, // space, logical network, site, VM network, family or type
        UsageChanged = 4,     // used addresses
        TextChanged = 8,      // name, owner, description, VLANs, modification time
    };
    struct Totals
    {
        qint64 count = 0;
        quint64 utilized = 0;
        AddressCount total;
        Totals &operator+=(const Totals &other)
        {
            count += other.count;
            utilized += other.utilized;
            total += other.total;
            return *this;
        }
    };

    SubnetTable();

    qsizetype size() const { return qsizetype(m_idLow.size()); }
    bool isEmpty() const { return m_idLow.empty(); }
    void clear();
    void reserve(qsizetype rows);

    std::optional<Row> find(ObjectId id) const;
    ObjectId id(Row row) const
    {
        return m_idHigh.empty() ? ObjectId(m_idLow[row])
                                : ObjectId((quint64(m_idHigh[row]) << 32) | m_idLow[row]);
    }
    ObjectId lastId() const { return isEmpty() ? 0 : id(Row(size() - 1)); }

    Family family(Row row) const { return m_lengthFamily[row] > 32 ? Family::V6 : Family::V4; }
    int prefixLength(Row row) const
    {
        const int code = m_lengthFamily[row];
        return code > 32 ? code - 33 : code;
    }
    uint128 networkValue(Row row) const
    {
        return m_lengthFamily[row] > 32 ? m_v6[m_network[row]] : uint128(m_network[row]);
    }
    Prefix network(Row row) const;
    AddressRange addressRange(Row row) const;
    QString networkText(Row row) const { return network(row).toString(); }

    PlacementRegistry::Index placementIndex(Row row) const { return m_placement[row]; }
    const Placement &placement(Row row) const { return m_placements.at(m_placement[row]); }

    bool nameIsNetwork(Row row) const { return m_name[row] == StringPool::empty; }
    QString name(Row row) const;
    QUtf8StringView nameView(Row row) const { return m_text.view(m_name[row]); }
    QString owner(Row row) const { return m_text.string(m_owner[row]); }
    QString description(Row row) const { return m_text.string(m_description[row]); }
    QString vlans(Row row) const { return m_text.string(m_vlans[row]); }
    QUtf8StringView ownerView(Row row) const { return m_text.view(m_owner[row]); }
    QUtf8StringView descriptionView(Row row) const { return m_text.view(m_description[row]); }

    qint64 utilized(Row row) const;
    AddressCount total(Row row) const
    {
        return AddressCount::ofPrefixLength(family(row), prefixLength(row));
    }
    double utilizationPercent(Row row) const;
    qint64 lastModifiedMs(Row row) const { return qint64(m_modified[row]) * 1000; }

    // Appends a subnet whose id is above lastId() (new objects and the initial load): O(1).
    // finishAppend() then merges the appended rows into the network order.
    void append(const Subnet &subnet);
    void finishAppend();
    // Updates rows in place; returns the Change mask of each, in order.
    std::vector<quint8> update(const std::vector<std::pair<Row, const Subnet *>> &updates);
    // Removes rows (ascending, distinct): O(n). Returns old row -> new row, -1 for removed.
    std::vector<qint32> remove(const std::vector<Row> &rows);
    // Inserts subnets (ascending ids, none in the table) at the positions of their ids: O(n).
    // Returns old row -> new row; `inserted` receives the new rows, ascending.
    std::vector<qint32> insert(const std::vector<const Subnet *> &subnets,
                               std::vector<Row> *inserted);

    const PlacementRegistry &placements() const { return m_placements; }
    qsizetype placementCount() const { return m_placements.size(); }
    const std::vector<Row> &rowsOf(PlacementRegistry::Index placement) const
    {
        return m_byPlacement[placement].rows;
    }
    Totals totalsOf(PlacementRegistry::Index placement) const;

    // Every row in network order; the rows of one family are the span familySpan() gives.
    const std::vector<Row> &networkOrder() const { return m_networkOrder; }
    std::pair<qsizetype, qsizetype> familySpan(Family family) const;
    // The network order: family, address, length, space, id (a strict total order).
    bool networkLess(Row a, Row b) const;

    // The rows of one space whose network lies inside `within`, in network order: a block's
    // subnets, the cells of an address map. O(log n + rows in the range over all spaces).
    std::vector<Row> rowsWithin(ObjectId spaceId, const Prefix &within) const;
    Totals totalsWithin(ObjectId spaceId, const Prefix &within) const;

    // Name, owner, description or network text holds the query's text; or the network holds
    // its "contains" operand.
    bool matches(Row row, const SearchQuery &query) const;

    // Bytes held by the columns, the indexes and the text (capacities, not sizes).
    qsizetype memoryUsage() const;
    void squeeze();

private:
    struct PlacementRows
    {
        std::vector<Row> rows;
        quint64 utilized = 0;
        AddressCount total;
    };

    void writeRow(Row row, const Subnet &subnet, bool fresh);
    void releaseText(Row row);
    void setId(Row row, ObjectId id);
    void addToTotals(Row row);
    void removeFromTotals(Row row);
    void rebuildTextIfWasteful();
    void renumberIndexes(const std::vector<qint32> &oldToNew);
    void mergeIntoNetworkOrder(std::vector<Row> rows);
    PlacementRows &placementRows(PlacementRegistry::Index index);

    std::vector<quint32> m_idLow;
    std::vector<quint32> m_idHigh; // empty while every id fits in 32 bits
    std::vector<quint32> m_network;
    std::vector<uint128> m_v6;
    qsizetype m_v6Garbage = 0;
    std::vector<quint8> m_lengthFamily;
    std::vector<quint32> m_placement;
    std::vector<StringPool::Ref> m_name;
    std::vector<StringPool::Ref> m_owner;
    std::vector<StringPool::Ref> m_description;
    std::vector<StringPool::Ref> m_vlans;
    std::vector<quint32> m_utilized;
    QHash<ObjectId, qint64> m_bigUtilized;
    std::vector<quint32> m_modified;
    StringPool m_text;

    PlacementRegistry m_placements;
    std::vector<PlacementRows> m_byPlacement;
    std::vector<Row> m_networkOrder;
    std::vector<Row> m_appended; // not yet in m_networkOrder
};

} // namespace ipam
