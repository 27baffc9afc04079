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
    // A subnet as the maps keep it: 16 bytes beside its key, not a whole Subnet (a space of a
    // million subnets would hold a third of a gigabyte of empty strings).
    struct SubnetShape
    {
        ObjectId id;
        int length;
    };
    struct Shapes
    {
        ObjectId spaceId = 0;
        std::map<Key, SubnetShape> subnets;
        // Start and end of its ranges (read or written here); none: an address of the space
        // lies in no range, without asking the store.
        std::map<Key, std::pair<IpAddress, IpAddress>> ranges;
    };

    explicit SpaceGeometry(Database &database);

    // Switches the maps on for change sets creating at least bulkThreshold ranges, and reads
    // them before any change of the set is applied: the maps then follow the set's writes.
    WriteOutcome prepare(const ChangeSet &changes);
    bool isActive() const { return m_active; }
    // For a bulk load (BulkLoad): the maps for every set from now on, however few ranges it
    // creates, read once per space and then following the load's writes.
    void setAlwaysActive() { m_alwaysActive = true; }
    bool isBulkLoad() const { return m_alwaysActive; }

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
