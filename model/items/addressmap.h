#pragma once

#include "address/addressrange.h"
#include "domain/entities.h"

#include <vector>

namespace ipam {

// A small picture of a prefix for the details pane: the prefix cut into equal cells (a power
// of two, at most maxCells), each summing up what lies in it: how much of it is covered by
// pieces (a block's subnets, a subnet's ranges), how much is used, and the colour key (the
// logical network) of the piece that covers most of it. Pure computation over plain values,
// so it is tested without widgets and drawn by AddressMapWidget.
class AddressMap
{
public:
    struct Piece
    {
        AddressRange range;
        double used = 0;       // fraction 0..1 of the piece in use
        ObjectId colorKey = 0; // e.g. the logical network
        ObjectId id = 0;       // the object, for tooltips and clicks
    };
    struct Cell
    {
        Prefix prefix;
        double covered = 0; // fraction 0..1 of the cell inside pieces
        double used = 0;    // fraction 0..1 of the cell in use
        ObjectId colorKey = 0;
        ObjectId id = 0; // the piece covering most of the cell
        int pieces = 0;  // pieces touching the cell
    };

    static AddressMap build(const Prefix &parent, std::vector<Piece> pieces, int maxCells = 256);
    // Marks single addresses as used (a subnet's address records), on top of the pieces.
    void addUsedAddresses(const std::vector<IpAddress> &addresses);
    // The cell holding an address, -1 outside the parent.
    int cellOf(const IpAddress &address) const;

    const Prefix &parent() const { return m_parent; }
    int cellLength() const { return m_cellLength; }
    const std::vector<Cell> &cells() const { return m_cells; }

private:
    Prefix m_parent;
    int m_cellLength = 0;
    std::vector<Cell> m_cells;
};

} // namespace ipam
