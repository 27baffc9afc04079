#pragma once

#include "address/ipaddress.h"
#include "items/resultfilter.h"

#include <QList>

#include <chrono>
#include <vector>

namespace ipam {

class NetworkDirectory;
class Store;
class SubnetTable;

// Where a range or an address sits, as far as loading per scope is concerned.
struct ChildLocation
{
    ObjectId id = 0;
    ObjectId subnetId = 0; // 0: an unmapped address
    ObjectId spaceId = 0;
    Family family = Family::V4;
};

// Reads the ranges or the addresses of one result-pane scope (tree node, logical network and
// site choosers, IPv4/IPv6) from the store, a page at a time, so that a console over
// 10,000,000 addresses never holds more than the part the admin has scrolled through.
//
// The walk is the scope's subnets in network order (SubnetTable::networkOrder, so the first
// page holds the lowest networks: what a view sorted by address shows first), then for
// addresses the unmapped ones of each space in the scope. Rows are read per subnet through
// the store's (subnet_id) indexes: a group of subnets is counted first (an index-only count),
// the subnets that fit the page are read with one IN list, and a subnet bigger than a page is
// read alone by keyset (id > last id). Each call stops at its row count or its time budget,
// whichever comes first, so no call stalls the event loop however sparse the scope.
//
// The cursor is a key (the subnet's network order key and the last id read in it), not a
// position, so subnets coming and going between pages neither skip nor repeat rows; covers()
// says whether a row lies in the part already read: a live change to a row there is applied,
// one beyond it is left to the page that will read it.
class ScopedLoad
{
public:
    ScopedLoad(ObjectKind kind, const SubnetTable &subnets, const NetworkDirectory &directory);

    // The structural part of a filter (the search text is the proxy's, over loaded rows).
    static ResultFilter scopeOf(const ResultFilter &filter);

    void start(const ResultFilter &filter);
    // Back to the start of the same scope (a reload).
    void restart() { start(m_filter); }
    void stop();
    bool isActive() const { return m_phase != Phase::Idle; }
    bool atEnd() const { return m_phase == Phase::Done || m_phase == Phase::Idle; }
    const ResultFilter &filter() const { return m_filter; }

    bool accepts(const Placement &placement) const;
    // In the scope, read yet or not.
    bool inScope(const ChildLocation &location) const;
    // In the scope and within the part read so far.
    bool covers(const ChildLocation &location) const;

    // The next rows of the walk: at most `rows`, fewer when the budget ran out or the walk
    // ended. T is Range or Address. Errors end the walk; error() says why.
    template<typename T>
    QList<T> next(Store &store, qsizetype rows, std::chrono::milliseconds budget);
    const QString &error() const { return m_error; }

private:
    enum class Phase { Idle, Subnets, Unmapped, Done };
    // The network order of SubnetTable::networkLess: family, address, length, space, id.
    struct Key
    {
        int family = 0;
        uint128 value = 0;
        int length = 0;
        ObjectId space = 0;
        ObjectId id = 0;
        bool operator<(const Key &o) const;
        bool operator==(const Key &o) const = default;
    };
    Key keyOfRow(quint32 row) const;
    bool acceptsRow(quint32 row);
    std::vector<ObjectId> unmappedSpaces() const;

    const ObjectKind m_kind;
    const SubnetTable &m_subnets;
    const NetworkDirectory &m_directory;
    ResultFilter m_filter;
    Phase m_phase = Phase::Idle;
    // Subnets: the last subnet touched and the last id read in it (max: all of it).
    bool m_hasKey = false;
    Key m_key;
    ObjectId m_lastId = 0;
    // Unmapped addresses: the space being read and the last id read in it.
    ObjectId m_space = 0;
    std::vector<qint8> m_verdicts; // per placement index: -1 unknown, 0 no, 1 yes
    QString m_error;
};

} // namespace ipam
