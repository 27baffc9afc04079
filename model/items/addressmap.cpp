#include "addressmap.h"

#include <algorithm>
#include <cmath>

namespace ipam {

AddressMap AddressMap::build(const Prefix &parent, std::vector<Piece> pieces, int maxCells)
{
    AddressMap map;
    map.m_parent = parent;
    const int width = bitWidth(parent.family());
    int cellBits = 0;
    while ((1 << (cellBits + 1)) <= maxCells && parent.length() + cellBits + 1 <= width)
        ++cellBits;
    map.m_cellLength = parent.length() + cellBits;
    const int cellCount = 1 << cellBits;
    const int hostBits = width - map.m_cellLength;
    const double cellSize = std::ldexp(1.0, hostBits);
    const uint128 base = parent.first().value();

    map.m_cells.resize(size_t(cellCount));
    std::vector<double> best(size_t(cellCount), 0.0);
    for (int i = 0; i < cellCount; ++i) {
        const uint128 network = base + (uint128(i) << hostBits);
        map.m_cells[size_t(i)].prefix
                = Prefix::make(IpAddress(parent.family(), network), map.m_cellLength).value();
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const Piece &a, const Piece &b) { return a.range.first() < b.range.first(); });
    const AddressRange whole = AddressRange::of(parent);
    for (const Piece &piece : pieces) {
        if (!whole.overlaps(piece.range))
            continue;
        const uint128 first = std::max(piece.range.first().value(), whole.first().value());
        const uint128 last = std::min(piece.range.last().value(), whole.last().value());
        const auto firstCell = qsizetype((first - base) >> hostBits);
        const auto lastCell = qsizetype((last - base) >> hostBits);
        for (qsizetype c = firstCell; c <= lastCell; ++c) {
            Cell &cell = map.m_cells[size_t(c)];
            const uint128 cellFirst = cell.prefix.first().value();
            const uint128 cellLast = cell.prefix.last().value();
            const uint128 from = std::max(first, cellFirst);
            const uint128 to = std::min(last, cellLast);
            const double share = (double(to - from) + 1.0) / cellSize;
            cell.covered = std::min(1.0, cell.covered + share);
            cell.used = std::min(1.0, cell.used + share * piece.used);
            ++cell.pieces;
            if (share > best[size_t(c)]) {
                best[size_t(c)] = share;
                cell.colorKey = piece.colorKey;
                cell.id = piece.id;
            }
        }
    }
    return map;
}

int AddressMap::cellOf(const IpAddress &address) const
{
    if (!m_parent.contains(address) || m_cells.empty())
        return -1;
    const int hostBits = bitWidth(m_parent.family()) - m_cellLength;
    return int((address.value() - m_parent.first().value()) >> hostBits);
}

void AddressMap::addUsedAddresses(const std::vector<IpAddress> &addresses)
{
    const double cellSize = std::ldexp(1.0, bitWidth(m_parent.family()) - m_cellLength);
    for (const IpAddress &address : addresses) {
        const int cell = cellOf(address);
        if (cell >= 0)
            m_cells[size_t(cell)].used = std::min(1.0, m_cells[size_t(cell)].used + 1.0 / cellSize);
    }
}

} // namespace ipam
