#include "scopedload.h"

#include "items/networkdirectory.h"
#include "items/subnettable.h"
#include "store/sqlitestatement.h"
#include "store/store.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace ipam {

namespace {

using Clock = std::chrono::steady_clock;

// Subnets per grouped statement. A fixed count (unused places bound to 0, which no subnet
// id is) keeps the SQL text constant, so the connection prepares it once (Database::native).
constexpr int groupSize = 256;
constexpr ObjectId everything = std::numeric_limits<ObjectId>::max();

template<typename T>
QString tableName();
template<>
QString tableName<Range>()
{
    return QStringLiteral("ip_range");
}
template<>
QString tableName<Address>()
{
    return QStringLiteral("ip_address");
}

QString placeholders()
{
    QString list;
    for (int i = 0; i < groupSize; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return list;
}

QVariantList groupBinds(const std::vector<ObjectId> &ids)
{
    QVariantList binds;
    binds.reserve(groupSize);
    for (ObjectId id : ids)
        binds.append(id);
    while (binds.size() < groupSize)
        binds.append(qint64(0));
    return binds;
}

} // namespace

bool ScopedLoad::Key::operator<(const Key &o) const
{
    if (family != o.family)
        return family < o.family;
    if (value != o.value)
        return value < o.value;
    if (length != o.length)
        return length < o.length;
    if (space != o.space)
        return space < o.space;
    return id < o.id;
}

ScopedLoad::ScopedLoad(ObjectKind kind, const SubnetTable &subnets,
                       const NetworkDirectory &directory)
    : m_kind(kind)
    , m_subnets(subnets)
    , m_directory(directory)
{
    Q_ASSERT(kind == ObjectKind::Range || kind == ObjectKind::Address);
}

ResultFilter ScopedLoad::scopeOf(const ResultFilter &filter)
{
    ResultFilter scope = filter;
    scope.search = SearchQuery();
    return scope;
}

void ScopedLoad::start(const ResultFilter &filter)
{
    m_filter = scopeOf(filter);
    m_phase = m_filter.scope.kind == Scope::Kind::Nothing ? Phase::Done : Phase::Subnets;
    m_hasKey = false;
    m_key = {};
    m_lastId = 0;
    m_space = 0;
    m_verdicts.clear();
    m_error.clear();
}

void ScopedLoad::stop()
{
    m_phase = Phase::Idle;
    m_hasKey = false;
    m_verdicts.clear();
}

bool ScopedLoad::accepts(const Placement &placement) const
{
    return m_phase != Phase::Idle && m_filter.acceptsPlacement(placement, m_directory);
}

ScopedLoad::Key ScopedLoad::keyOfRow(quint32 row) const
{
    return {m_subnets.family(row) == Family::V4 ? 4 : 6, m_subnets.networkValue(row),
            m_subnets.prefixLength(row), m_subnets.placement(row).spaceId, m_subnets.id(row)};
}

bool ScopedLoad::acceptsRow(quint32 row)
{
    // A million subnets share a few thousand placements: decide each placement once per call.
    const auto index = m_subnets.placementIndex(row);
    if (index >= m_verdicts.size())
        m_verdicts.resize(size_t(index) + 1, -1);
    if (m_verdicts[index] < 0)
        m_verdicts[index] = accepts(m_subnets.placement(row)) ? 1 : 0;
    return m_verdicts[index] == 1;
}

bool ScopedLoad::inScope(const ChildLocation &location) const
{
    if (m_phase == Phase::Idle)
        return false;
    if (location.subnetId != 0) {
        const auto row = m_subnets.find(location.subnetId);
        return row && accepts(m_subnets.placement(*row));
    }
    Placement placement;
    placement.spaceId = location.spaceId;
    placement.family = location.family;
    return m_kind == ObjectKind::Address && accepts(placement);
}

bool ScopedLoad::covers(const ChildLocation &location) const
{
    if (!inScope(location))
        return false;
    if (location.subnetId != 0) {
        if (m_phase != Phase::Subnets)
            return true; // every subnet of the scope has been read
        if (!m_hasKey)
            return false;
        const Key key = keyOfRow(*m_subnets.find(location.subnetId));
        return key < m_key || (key == m_key && location.id <= m_lastId);
    }
    switch (m_phase) {
    case Phase::Done:
        return true;
    case Phase::Unmapped:
        return location.spaceId < m_space
                || (location.spaceId == m_space && location.id <= m_lastId);
    default:
        return false;
    }
}

std::vector<ObjectId> ScopedLoad::unmappedSpaces() const
{
    std::vector<ObjectId> spaces;
    const QList<ObjectId> all = m_directory.spaces(AddressSpaceType::Provider)
            + m_directory.spaces(AddressSpaceType::Customer);
    for (ObjectId space : all) {
        Placement placement;
        placement.spaceId = space;
        placement.family = m_filter.family;
        if (accepts(placement))
            spaces.push_back(space);
    }
    std::sort(spaces.begin(), spaces.end());
    return spaces;
}

template<typename T>
QList<T> ScopedLoad::next(Store &store, qsizetype rows, std::chrono::milliseconds budget)
{
    QList<T> result;
    const auto deadline = Clock::now() + budget;
    const QString table = tableName<T>();
    m_verdicts.clear();
    const auto fail = [&](const QString &error) {
        m_error = error.isEmpty() ? QStringLiteral("reading %1 failed").arg(table) : error;
        m_phase = Phase::Done;
        return result;
    };

    while (m_phase == Phase::Subnets && result.size() < rows && Clock::now() < deadline) {
        // Where the walk resumes: the first subnet at or after the cursor's key.
        const std::vector<quint32> &order = m_subnets.networkOrder();
        const auto [spanBegin, spanEnd] = m_subnets.familySpan(m_filter.family);
        auto it = order.begin() + spanBegin;
        if (m_hasKey) {
            it = std::lower_bound(
                    it, order.begin() + spanEnd, m_key,
                    [this](quint32 row, const Key &key) { return keyOfRow(row) < key; });
            if (it != order.begin() + spanEnd && keyOfRow(*it) == m_key && m_lastId == everything)
                ++it; // that one is read
        }
        // The next group of the scope's subnets.
        std::vector<quint32> group;
        for (int scanned = 0; it != order.begin() + spanEnd && group.size() < size_t(groupSize);
             ++it, ++scanned) {
            if (acceptsRow(*it))
                group.push_back(*it);
            if ((scanned & 4095) == 4095 && Clock::now() >= deadline)
                break;
        }
        if (group.empty()) {
            if (it != order.begin() + spanEnd) {
                // Out of time among subnets outside the scope: remember how far it got.
                m_hasKey = true;
                m_key = keyOfRow(*std::prev(it));
                m_lastId = everything;
                break;
            }
            m_phase = m_kind == ObjectKind::Address ? Phase::Unmapped : Phase::Done;
            break;
        }
        // The first subnet may be under way (a keyset page of a big subnet).
        if (m_hasKey && keyOfRow(group.front()) == m_key && m_lastId != everything) {
            const qsizetype wanted = rows - result.size();
            const QList<T> page
                    = store.select<T>(QStringLiteral("subnet_id = ? AND id > ?"),
                                      {m_key.id, m_lastId, wanted}, QStringLiteral("id LIMIT ?"));
            if (!store.lastError().isEmpty())
                return fail(store.lastError());
            result += page;
            m_lastId = page.size() == wanted ? page.constLast().id : everything;
            continue;
        }
        std::vector<ObjectId> ids;
        ids.reserve(group.size());
        for (quint32 row : group)
            ids.push_back(m_subnets.id(row));
        QHash<ObjectId, qint64> counts;
        QString error;
        if (!forEachRow(store.database(),
                        QStringLiteral("SELECT subnet_id, count(*) FROM %1 WHERE subnet_id IN (%2) "
                                       "GROUP BY subnet_id")
                                .arg(table, placeholders()),
                        groupBinds(ids), &error, [&counts](const auto &row) {
                            counts.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
                        }))
            return fail(error);
        // The subnets that fit the page whole, in walk order.
        std::vector<ObjectId> whole;
        qsizetype planned = result.size();
        size_t taken = 0;
        for (; taken < group.size(); ++taken) {
            const qint64 count = counts.value(ids[taken]);
            if (planned + count > rows)
                break; // a first subnet bigger than the page is read by keyset below
            if (count > 0)
                whole.push_back(ids[taken]);
            planned += count;
        }
        if (!whole.empty()) {
            const QList<T> page = store.select<T>(
                    QStringLiteral("subnet_id IN (%1)").arg(placeholders()), groupBinds(whole));
            if (!store.lastError().isEmpty())
                return fail(store.lastError());
            result += page;
        }
        m_hasKey = true;
        if (taken == group.size()) {
            m_key = keyOfRow(group.back());
            m_lastId = everything;
            continue;
        }
        // The next subnet does not fit what is left of the page: read it by keyset.
        m_key = keyOfRow(group[taken]);
        m_lastId = 0;
    }

    if (m_phase == Phase::Unmapped) {
        const std::vector<ObjectId> spaces = unmappedSpaces();
        auto space = std::lower_bound(spaces.begin(), spaces.end(), m_space);
        while (space != spaces.end() && result.size() < rows && Clock::now() < deadline) {
            if (*space != m_space) {
                m_space = *space;
                m_lastId = 0;
            }
            const qsizetype wanted = rows - result.size();
            const QList<T> page = store.select<T>(
                    QStringLiteral("space_id = ? AND subnet_id IS NULL AND family = ? AND id > ?"),
                    {m_space, m_filter.family == Family::V4 ? 4 : 6, m_lastId, wanted},
                    QStringLiteral("id LIMIT ?"));
            if (!store.lastError().isEmpty())
                return fail(store.lastError());
            result += page;
            if (page.size() == wanted) {
                m_lastId = page.constLast().id;
                break;
            }
            m_lastId = everything;
            ++space;
        }
        if (space == spaces.end())
            m_phase = Phase::Done;
    }
    return result;
}

template QList<Range> ScopedLoad::next<Range>(Store &, qsizetype, std::chrono::milliseconds);
template QList<Address> ScopedLoad::next<Address>(Store &, qsizetype, std::chrono::milliseconds);

} // namespace ipam
