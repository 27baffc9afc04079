#include "subnettable.h"

#include "domain/utilization.h"
#include "items/resultfilter.h"

#include <QDateTime>

#include <algorithm>
#include <cctype>

namespace ipam {

namespace {

constexpr quint32 bigUtilized = 0xffffffffu;

quint8 lengthFamilyCode(const Prefix &prefix)
{
    return quint8(prefix.family() == Family::V6 ? 33 + prefix.length() : prefix.length());
}

QString vlanText(const QList<int> &vlanIds)
{
    QString text;
    for (int vlan : vlanIds) {
        if (!text.isEmpty())
            text += QStringLiteral(", ");
        text += QString::number(vlan);
    }
    return text;
}

// A name that merely repeats the network (the write path's default) is not stored.
bool nameRepeatsNetwork(const QString &name, const Prefix &network)
{
    if (name.isEmpty())
        return true;
    if (name.size() > 43
        || !(name.front().isDigit() || name.front() == QLatin1Char(':')
             || (name.front().toLower() >= QLatin1Char('a')
                 && name.front().toLower() <= QLatin1Char('f'))))
        return false;
    return name == network.toString();
}

// Moves the surviving entries of a column to their new rows (old -> new is monotone and
// never moves an entry up, so one forward pass suffices).
template<typename T>
void compactColumn(std::vector<T> &column, const std::vector<qint32> &oldToNew, size_t newSize)
{
    if (column.empty())
        return;
    for (size_t i = 0; i < oldToNew.size(); ++i) {
        if (oldToNew[i] >= 0)
            column[size_t(oldToNew[i])] = column[i];
    }
    column.resize(newSize);
}

// The inverse: spreads the entries to their new rows (never down), from the back.
template<typename T>
void spreadColumn(std::vector<T> &column, const std::vector<qint32> &oldToNew, size_t newSize)
{
    if (column.empty())
        return;
    column.resize(newSize);
    for (size_t i = oldToNew.size(); i-- > 0;)
        column[size_t(oldToNew[i])] = column[i];
}

} // namespace

SubnetTable::SubnetTable() = default;

void SubnetTable::clear()
{
    *this = SubnetTable();
}

void SubnetTable::reserve(qsizetype rows)
{
    const auto n = size_t(rows);
    m_idLow.reserve(n);
    m_network.reserve(n);
    m_lengthFamily.reserve(n);
    m_placement.reserve(n);
    m_name.reserve(n);
    m_owner.reserve(n);
    m_description.reserve(n);
    m_vlans.reserve(n);
    m_utilized.reserve(n);
    m_modified.reserve(n);
    m_networkOrder.reserve(n);
}

std::optional<SubnetTable::Row> SubnetTable::find(ObjectId wanted) const
{
    qsizetype low = 0;
    qsizetype high = size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (id(Row(mid)) < wanted)
            low = mid + 1;
        else
            high = mid;
    }
    if (low < size() && id(Row(low)) == wanted)
        return Row(low);
    return std::nullopt;
}

Prefix SubnetTable::network(Row row) const
{
    return Prefix::make(IpAddress(family(row), networkValue(row)), prefixLength(row)).value();
}

AddressRange SubnetTable::addressRange(Row row) const
{
    return AddressRange::of(network(row));
}

QString SubnetTable::name(Row row) const
{
    return nameIsNetwork(row) ? networkText(row) : m_text.string(m_name[row]);
}

qint64 SubnetTable::utilized(Row row) const
{
    const quint32 value = m_utilized[row];
    return value == bigUtilized ? m_bigUtilized.value(id(row)) : qint64(value);
}

double SubnetTable::utilizationPercent(Row row) const
{
    return percentageUtilized(utilized(row), total(row));
}

void SubnetTable::setId(Row row, ObjectId value)
{
    const auto wide = quint64(value);
    if ((wide >> 32) != 0 && m_idHigh.empty())
        m_idHigh.assign(m_idLow.size(), 0);
    m_idLow[row] = quint32(wide);
    if (!m_idHigh.empty())
        m_idHigh[row] = quint32(wide >> 32);
}

SubnetTable::PlacementRows &SubnetTable::placementRows(PlacementRegistry::Index index)
{
    if (m_byPlacement.size() <= index)
        m_byPlacement.resize(index + 1);
    return m_byPlacement[index];
}

void SubnetTable::writeRow(Row row, const Subnet &subnet, bool fresh)
{
    if (!fresh)
        releaseText(row);
    const bool wasV6 = !fresh && m_lengthFamily[row] > 32;
    setId(row, subnet.id);
    const Prefix &prefix = subnet.networkId;
    if (prefix.family() == Family::V6) {
        if (wasV6) {
            m_v6[m_network[row]] = prefix.network().value();
        } else {
            m_network[row] = quint32(m_v6.size());
            m_v6.push_back(prefix.network().value());
        }
    } else {
        if (wasV6)
            ++m_v6Garbage;
        m_network[row] = quint32(prefix.network().value());
    }
    m_lengthFamily[row] = lengthFamilyCode(prefix);
    m_placement[row] = m_placements.indexOf(Placement::of(subnet));
    placementRows(m_placement[row]);
    m_name[row] = nameRepeatsNetwork(subnet.name, prefix) ? StringPool::empty
                                                          : m_text.append(subnet.name);
    m_owner[row] = m_text.intern(subnet.owner);
    m_description[row] = m_text.intern(subnet.description);
    m_vlans[row] = subnet.vlanIds.isEmpty() ? StringPool::empty
                                            : m_text.intern(vlanText(subnet.vlanIds));
    if (subnet.utilizedAddresses >= qint64(bigUtilized) || subnet.utilizedAddresses < 0) {
        m_utilized[row] = bigUtilized;
        m_bigUtilized.insert(subnet.id, qMax<qint64>(0, subnet.utilizedAddresses));
    } else {
        m_utilized[row] = quint32(subnet.utilizedAddresses);
        if (!m_bigUtilized.isEmpty())
            m_bigUtilized.remove(subnet.id);
    }
    m_modified[row] = quint32(qBound<qint64>(0, subnet.lastModifiedMs / 1000, 0xffffffffLL));
}

void SubnetTable::releaseText(Row row)
{
    m_text.release(m_name[row]);
}

void SubnetTable::addToTotals(Row row)
{
    PlacementRows &p = placementRows(m_placement[row]);
    p.utilized += quint64(utilized(row));
    p.total += total(row);
}

void SubnetTable::removeFromTotals(Row row)
{
    PlacementRows &p = placementRows(m_placement[row]);
    p.utilized -= quint64(utilized(row));
    p.total -= total(row);
}

void SubnetTable::append(const Subnet &subnet)
{
    Q_ASSERT(subnet.id > lastId());
    const Row row = Row(size());
    m_idLow.push_back(0);
    if (!m_idHigh.empty())
        m_idHigh.push_back(0);
    m_network.push_back(0);
    m_lengthFamily.push_back(0);
    m_placement.push_back(0);
    m_name.push_back(StringPool::empty);
    m_owner.push_back(StringPool::empty);
    m_description.push_back(StringPool::empty);
    m_vlans.push_back(StringPool::empty);
    m_utilized.push_back(0);
    m_modified.push_back(0);
    writeRow(row, subnet, true);
    addToTotals(row);
    placementRows(m_placement[row]).rows.push_back(row);
    m_appended.push_back(row);
}

void SubnetTable::finishAppend()
{
    mergeIntoNetworkOrder(std::move(m_appended));
    m_appended.clear();
}

void SubnetTable::mergeIntoNetworkOrder(std::vector<Row> rows)
{
    if (rows.empty())
        return;
    const auto less = [this](Row a, Row b) { return networkLess(a, b); };
    std::sort(rows.begin(), rows.end(), less);
    const auto middle = qsizetype(m_networkOrder.size());
    m_networkOrder.insert(m_networkOrder.end(), rows.begin(), rows.end());
    // Already ordered when the new rows all sort after the old ones (ids that follow the
    // address plan, the common case): then the merge is skipped.
    if (middle > 0 && less(m_networkOrder[size_t(middle)], m_networkOrder[size_t(middle - 1)]))
        std::inplace_merge(m_networkOrder.begin(), m_networkOrder.begin() + middle,
                           m_networkOrder.end(), less);
}

std::vector<quint8> SubnetTable::update(const std::vector<std::pair<Row, const Subnet *>> &updates)
{
    std::vector<quint8> masks;
    masks.reserve(updates.size());
    QHash<PlacementRegistry::Index, std::vector<Row>> leaving;
    QHash<PlacementRegistry::Index, std::vector<Row>> entering;
    std::vector<Row> moved;
    for (const auto &[row, subnet] : updates) {
        quint8 mask = TextChanged;
        const PlacementRegistry::Index before = m_placement[row];
        const PlacementRegistry::Index after = m_placements.indexOf(Placement::of(*subnet));
        placementRows(after);
        if (before != after) {
            mask |= PlacementChanged;
            leaving[before].push_back(row);
            entering[after].push_back(row);
        }
        if (lengthFamilyCode(subnet->networkId) != m_lengthFamily[row]
            || subnet->networkId.network().value() != networkValue(row)
            || subnet->spaceId != placement(row).spaceId) {
            mask |= NetworkChanged;
            moved.push_back(row);
        }
        if (subnet->utilizedAddresses != utilized(row))
            mask |= UsageChanged;
        removeFromTotals(row);
        writeRow(row, *subnet, false);
        addToTotals(row);
        masks.push_back(mask);
    }
    for (auto it = leaving.begin(); it != leaving.end(); ++it) {
        std::vector<Row> &gone = it.value();
        std::sort(gone.begin(), gone.end());
        std::vector<Row> &rows = m_byPlacement[it.key()].rows;
        std::vector<Row> kept;
        kept.reserve(rows.size() - gone.size());
        std::set_difference(rows.begin(), rows.end(), gone.begin(), gone.end(),
                            std::back_inserter(kept));
        rows.swap(kept);
    }
    for (auto it = entering.begin(); it != entering.end(); ++it) {
        std::vector<Row> &added = it.value();
        std::sort(added.begin(), added.end());
        std::vector<Row> &rows = m_byPlacement[it.key()].rows;
        const auto middle = qsizetype(rows.size());
        rows.insert(rows.end(), added.begin(), added.end());
        std::inplace_merge(rows.begin(), rows.begin() + middle, rows.end());
    }
    if (!moved.empty()) {
        std::vector<char> isMoved(size_t(size()), 0);
        for (Row row : moved)
            isMoved[row] = 1;
        std::erase_if(m_networkOrder, [&](Row row) { return isMoved[row] != 0; });
        mergeIntoNetworkOrder(std::move(moved));
    }
    rebuildTextIfWasteful();
    return masks;
}

void SubnetTable::renumberIndexes(const std::vector<qint32> &oldToNew)
{
    auto renumber = [&](std::vector<Row> &rows) {
        size_t out = 0;
        for (Row row : rows) {
            const qint32 now = oldToNew[row];
            if (now >= 0)
                rows[out++] = Row(now);
        }
        rows.resize(out);
    };
    for (PlacementRows &p : m_byPlacement)
        renumber(p.rows);
    renumber(m_networkOrder);
}

std::vector<qint32> SubnetTable::remove(const std::vector<Row> &rows)
{
    const size_t n = size_t(size());
    std::vector<qint32> oldToNew(n, 0);
    for (Row row : rows) {
        removeFromTotals(row);
        releaseText(row);
        if (m_utilized[row] == bigUtilized)
            m_bigUtilized.remove(id(row));
        if (m_lengthFamily[row] > 32)
            ++m_v6Garbage;
        oldToNew[row] = -1;
    }
    qint32 next = 0;
    for (size_t i = 0; i < n; ++i) {
        if (oldToNew[i] >= 0)
            oldToNew[i] = next++;
    }
    const auto newSize = size_t(next);
    compactColumn(m_idLow, oldToNew, newSize);
    compactColumn(m_idHigh, oldToNew, newSize);
    compactColumn(m_network, oldToNew, newSize);
    compactColumn(m_lengthFamily, oldToNew, newSize);
    compactColumn(m_placement, oldToNew, newSize);
    compactColumn(m_name, oldToNew, newSize);
    compactColumn(m_owner, oldToNew, newSize);
    compactColumn(m_description, oldToNew, newSize);
    compactColumn(m_vlans, oldToNew, newSize);
    compactColumn(m_utilized, oldToNew, newSize);
    compactColumn(m_modified, oldToNew, newSize);
    renumberIndexes(oldToNew);

    if (m_v6Garbage > 1024 && m_v6Garbage * 2 > qsizetype(m_v6.size())) {
        std::vector<uint128> v6;
        for (size_t row = 0; row < newSize; ++row) {
            if (m_lengthFamily[row] > 32) {
                const uint128 value = m_v6[m_network[row]];
                m_network[row] = quint32(v6.size());
                v6.push_back(value);
            }
        }
        m_v6.swap(v6);
        m_v6Garbage = 0;
    }
    rebuildTextIfWasteful();
    return oldToNew;
}

std::vector<qint32> SubnetTable::insert(const std::vector<const Subnet *> &subnets,
                                        std::vector<Row> *inserted)
{
    const size_t n = size_t(size());
    const size_t k = subnets.size();
    std::vector<qint32> oldToNew(n);
    std::vector<Row> positions;
    positions.reserve(k);
    size_t j = 0;
    for (size_t i = 0; i < n; ++i) {
        const ObjectId current = id(Row(i));
        while (j < k && subnets[j]->id < current) {
            positions.push_back(Row(i + j));
            ++j;
        }
        oldToNew[i] = qint32(i + j);
    }
    for (; j < k; ++j)
        positions.push_back(Row(n + j));

    const size_t newSize = n + k;
    spreadColumn(m_idLow, oldToNew, newSize);
    spreadColumn(m_idHigh, oldToNew, newSize);
    spreadColumn(m_network, oldToNew, newSize);
    spreadColumn(m_lengthFamily, oldToNew, newSize);
    spreadColumn(m_placement, oldToNew, newSize);
    spreadColumn(m_name, oldToNew, newSize);
    spreadColumn(m_owner, oldToNew, newSize);
    spreadColumn(m_description, oldToNew, newSize);
    spreadColumn(m_vlans, oldToNew, newSize);
    spreadColumn(m_utilized, oldToNew, newSize);
    spreadColumn(m_modified, oldToNew, newSize);
    renumberIndexes(oldToNew);

    QHash<PlacementRegistry::Index, std::vector<Row>> entering;
    for (size_t i = 0; i < k; ++i) {
        const Row row = positions[i];
        writeRow(row, *subnets[i], true);
        addToTotals(row);
        entering[m_placement[row]].push_back(row);
    }
    for (auto it = entering.begin(); it != entering.end(); ++it) {
        std::vector<Row> &rows = m_byPlacement[it.key()].rows;
        const auto middle = qsizetype(rows.size());
        rows.insert(rows.end(), it.value().begin(), it.value().end());
        std::inplace_merge(rows.begin(), rows.begin() + middle, rows.end());
    }
    mergeIntoNetworkOrder(positions);
    if (inserted)
        *inserted = std::move(positions);
    return oldToNew;
}

SubnetTable::Totals SubnetTable::totalsOf(PlacementRegistry::Index placement) const
{
    if (placement >= m_byPlacement.size())
        return {};
    const PlacementRows &p = m_byPlacement[placement];
    return {qint64(p.rows.size()), p.utilized, p.total};
}

std::pair<qsizetype, qsizetype> SubnetTable::familySpan(Family wanted) const
{
    const auto split = std::partition_point(m_networkOrder.begin(), m_networkOrder.end(),
                                            [this](Row row) { return family(row) == Family::V4; });
    const auto middle = qsizetype(split - m_networkOrder.begin());
    if (wanted == Family::V4)
        return {0, middle};
    return {middle, qsizetype(m_networkOrder.size())};
}

bool SubnetTable::networkLess(Row a, Row b) const
{
    const bool v6a = m_lengthFamily[a] > 32;
    const bool v6b = m_lengthFamily[b] > 32;
    if (v6a != v6b)
        return v6b;
    if (!v6a) {
        if (m_network[a] != m_network[b])
            return m_network[a] < m_network[b];
    } else {
        const uint128 va = m_v6[m_network[a]];
        const uint128 vb = m_v6[m_network[b]];
        if (va != vb)
            return va < vb;
    }
    if (m_lengthFamily[a] != m_lengthFamily[b])
        return m_lengthFamily[a] < m_lengthFamily[b];
    const ObjectId sa = placement(a).spaceId;
    const ObjectId sb = placement(b).spaceId;
    if (sa != sb)
        return sa < sb;
    return a < b;
}

std::vector<SubnetTable::Row> SubnetTable::rowsWithin(ObjectId spaceId, const Prefix &within) const
{
    std::vector<Row> rows;
    const bool v6 = within.family() == Family::V6;
    const uint128 first = within.first().value();
    const uint128 last = within.last().value();
    auto it = std::lower_bound(m_networkOrder.begin(), m_networkOrder.end(), first,
                               [&](Row row, uint128 value) {
                                   const bool rowV6 = m_lengthFamily[row] > 32;
                                   if (rowV6 != v6)
                                       return !rowV6;
                                   return networkValue(row) < value;
                               });
    for (; it != m_networkOrder.end(); ++it) {
        const Row row = *it;
        if ((m_lengthFamily[row] > 32) != v6 || networkValue(row) > last)
            break;
        if (placement(row).spaceId == spaceId && within.contains(network(row)))
            rows.push_back(row);
    }
    return rows;
}

SubnetTable::Totals SubnetTable::totalsWithin(ObjectId spaceId, const Prefix &within) const
{
    Totals totals;
    for (Row row : rowsWithin(spaceId, within)) {
        ++totals.count;
        totals.utilized += quint64(utilized(row));
        totals.total += total(row);
    }
    return totals;
}

bool SubnetTable::matches(Row row, const SearchQuery &query) const
{
    if (!query.isValid())
        return false;
    if (query.contains())
        return query.containsMatches(addressRange(row));
    if (query.text().isEmpty())
        return true;
    if (!nameIsNetwork(row) && query.matches(nameView(row)))
        return true;
    if (query.matches(ownerView(row)) || query.matches(descriptionView(row)))
        return true;
    // Only text that can occur in an address or prefix is looked for in the network.
    for (QChar c : query.text()) {
        if (!(isxdigit(c.toLatin1()) || c == QLatin1Char('.') || c == QLatin1Char(':')
              || c == QLatin1Char('/')))
            return false;
    }
    return query.matches(QStringView(networkText(row)));
}

qsizetype SubnetTable::memoryUsage() const
{
    auto bytes = [](const auto &v) { return qsizetype(v.capacity() * sizeof(v[0])); };
    qsizetype total = bytes(m_idLow) + bytes(m_idHigh) + bytes(m_network) + bytes(m_v6)
            + bytes(m_lengthFamily) + bytes(m_placement) + bytes(m_name) + bytes(m_owner)
            + bytes(m_description) + bytes(m_vlans) + bytes(m_utilized) + bytes(m_modified)
            + bytes(m_networkOrder) + bytes(m_appended) + m_text.memoryUsage();
    total += m_bigUtilized.capacity() * qsizetype(sizeof(ObjectId) + sizeof(qint64) + 8);
    total += qsizetype(m_byPlacement.capacity() * sizeof(PlacementRows));
    for (const PlacementRows &p : m_byPlacement)
        total += bytes(p.rows);
    // The registry: a Placement and a hash node per distinct placement.
    total += m_placements.size() * qsizetype(2 * sizeof(Placement) + 16);
    return total;
}

void SubnetTable::squeeze()
{
    m_idLow.shrink_to_fit();
    m_idHigh.shrink_to_fit();
    m_network.shrink_to_fit();
    m_v6.shrink_to_fit();
    m_lengthFamily.shrink_to_fit();
    m_placement.shrink_to_fit();
    m_name.shrink_to_fit();
    m_owner.shrink_to_fit();
    m_description.shrink_to_fit();
    m_vlans.shrink_to_fit();
    m_utilized.shrink_to_fit();
    m_modified.shrink_to_fit();
    m_networkOrder.shrink_to_fit();
    m_appended.shrink_to_fit();
    for (PlacementRows &p : m_byPlacement)
        p.rows.shrink_to_fit();
    m_text.squeeze();
}

void SubnetTable::rebuildTextIfWasteful()
{
    if (!m_text.wantsRebuild())
        return;
    StringPool text;
    text.reserve(m_text.liveBytes());
    for (size_t row = 0; row < m_name.size(); ++row) {
        m_name[row] = m_name[row] == StringPool::empty ? StringPool::empty
                                                       : text.append(m_text.string(m_name[row]));
        m_owner[row] = text.intern(m_text.string(m_owner[row]));
        m_description[row] = text.intern(m_text.string(m_description[row]));
        m_vlans[row] = text.intern(m_text.string(m_vlans[row]));
    }
    m_text = std::move(text);
}

} // namespace ipam
