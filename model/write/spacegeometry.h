#pragma once

#include "address/addressrange.h"
#include "domain/entities.h"
#include "store/database.h"
#include "store/objecttable.h"
#include "store/writeoutcome.h"
#include "write/changeset.h"

#include <map>
#include <optional>
#include <utility>

namespace ipam {

// Bulk mode for change sets that create many ranges (a VMM pull's pools, a CSV import): the
// containing subnet and the range a new one would overlap are looked up in memory, in maps
// read once per space in one sorted pass, instead of two indexed queries per range. The maps
// answer exactly what Store::subnetContaining / rangeOverlapping answer inside this
// transaction: subnets and ranges created here are added as they are written, and a space
// whose subnets or ranges are edited or removed here is read again on next use.
class SpaceGeometry
{
public:
    using Key = std::pair<int, uint128>; // (family number, first address)
    struct Shapes
    {
        std::map<Key, Subnet> subnets;                         // id, spaceId and networkId only
        std::map<Key, std::pair<IpAddress, IpAddress>> ranges; // start, end
    };

    explicit SpaceGeometry(Database &database);

    // Switches the maps on for change sets creating at least bulkThreshold ranges, and reads
    // them before any change of the set is applied: the maps then follow the set's writes.
    WriteOutcome prepare(const ChangeSet &changes);
    bool isActive() const { return m_active; }
    // For a bulk load (BulkLoad): the maps for every set from now on, however few ranges it
    // creates, read once per space and then following the load's writes.
    void setAlwaysActive() { m_alwaysActive = true; }

    // One space's maps, read on first use; null and `error` when the read failed.
    Shapes *shapes(ObjectId spaceId, QString *error);
    void forget(ObjectId spaceId) { m_spaces.erase(spaceId); }
    // A subnet written in this set, into its space's maps if they are read.
    void addSubnet(const Subnet &subnet);

    static Key key(const IpAddress &first) { return {familyNumber(first.family()), first.value()}; }
    // Store::subnetContaining / rangeOverlapping over the maps.
    static std::optional<Subnet> containingSubnet(const Shapes &shapes, const AddressRange &range);
    static std::optional<std::pair<IpAddress, IpAddress>> overlappingRange(
            const Shapes &shapes, const AddressRange &range);

private:
    bool load(const QList<ObjectId> &spaceIds, QString *error);

    Database &m_db;
    bool m_active = false;
    bool m_alwaysActive = false;
    std::map<ObjectId, Shapes> m_spaces;
};

} // namespace ipam
