#include "globalsearch.h"

#include "store/searchschema.h"
#include "store/store.h"

#include <algorithm>

namespace ipam {

namespace {

// What text search reads of each kind; the columns and expressions are those of the indexes
// in store/searchschema.cpp, written the same so that the planners use them.
template<typename T>
struct TextColumns;

template<>
struct TextColumns<AddressSpace>
{
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("description")};
    }
    static constexpr const char *fts = nullptr; // a small table: LIKE
};
template<>
struct TextColumns<LogicalNetwork>
{
    static QStringList columns() { return {QStringLiteral("name"), QStringLiteral("description")}; }
    static constexpr const char *fts = nullptr;
};
template<>
struct TextColumns<NetworkSite>
{
    static QStringList columns() { return {QStringLiteral("name")}; }
    static constexpr const char *fts = nullptr;
};
template<>
struct TextColumns<VmNetwork>
{
    static QStringList columns() { return {QStringLiteral("name"), QStringLiteral("description")}; }
    static constexpr const char *fts = nullptr;
};
template<>
struct TextColumns<Block>
{
    static QStringList columns() { return SearchSchema::columns(ObjectKind::Block); }
    static constexpr const char *fts = "search_block";
};
template<>
struct TextColumns<Subnet>
{
    static QStringList columns() { return SearchSchema::columns(ObjectKind::Subnet); }
    static constexpr const char *fts = "search_subnet";
};
template<>
struct TextColumns<Range>
{
    static QStringList columns() { return SearchSchema::columns(ObjectKind::Range); }
    static constexpr const char *fts = "search_range";
};
template<>
struct TextColumns<Address>
{
    static QStringList columns() { return SearchSchema::columns(ObjectKind::Address); }
    static constexpr const char *fts = "search_address";
};

QVariant key(const IpAddress &address)
{
    return address.toBytes();
}

} // namespace

QString SearchHit::title() const
{
    return std::visit(
            [](const auto &o) -> QString {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, Block> || std::is_same_v<T, Subnet>)
                    return o.networkId.toString();
                else if constexpr (std::is_same_v<T, Range>)
                    return o.startAddress.toString() + u'-' + o.endAddress.toString();
                else if constexpr (std::is_same_v<T, Address>)
                    return o.ipAddress.toString();
                else
                    return o.name;
            },
            object);
}

QString SearchHit::detail() const
{
    QStringList parts;
    auto add = [&parts](const QString &text) {
        if (!text.isEmpty())
            parts.append(text);
    };
    std::visit(
            [&add](const auto &o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, Subnet>) {
                    if (o.name != o.networkId.toString()) // IPAM's default name: the prefix
                        add(o.name);
                }
                if constexpr (std::is_same_v<T, Block>)
                    add(o.rir);
                if constexpr (std::is_same_v<T, Address>) {
                    add(o.deviceName);
                    add(o.macAddress);
                }
                if constexpr (
                        std::is_same_v<
                                T,
                                AddressSpace> || std::is_same_v<T, Block> || std::is_same_v<T, Subnet> || std::is_same_v<T, Range> || std::is_same_v<T, Address>)
                    add(o.owner);
                if constexpr (!std::is_same_v<T, NetworkSite>)
                    add(o.description);
            },
            object);
    return parts.join(QStringLiteral(" · "));
}

ObjectId SearchHit::spaceId() const
{
    return std::visit(
            [](const auto &o) -> ObjectId {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, AddressSpace>)
                    return o.id;
                else if constexpr (std::is_same_v<T, NetworkSite>)
                    return 0;
                else
                    return o.spaceId;
            },
            object);
}

GlobalSearch::GlobalSearch(Store &store)
    : m_store(store)
{ }

void GlobalSearch::setVisibleCondition(const QString &where, const QVariantList &binds)
{
    m_visible = where;
    m_visibleBinds = binds;
}

template<typename T>
QList<T> GlobalSearch::select(QString where, QVariantList binds, const QString &orderBy)
{
    if (!m_visible.isEmpty()) {
        where = where.isEmpty() ? m_visible : QStringLiteral("(%1) AND (%2)").arg(where, m_visible);
        binds += m_visibleBinds;
    }
    return m_store.select<T>(where, binds, orderBy);
}

SearchResults GlobalSearch::find(const SearchText &text)
{
    SearchResults results;
    if (!text.error().isEmpty()) {
        results.error = text.error();
        return results;
    }
    switch (text.kind()) {
    case SearchText::Kind::Empty:
        break;
    case SearchText::Kind::Contains:
        findContaining(text.range(), text.isSingleAddress(), results);
        break;
    case SearchText::Kind::Text:
        findText(text, results);
        break;
    }
    if (results.error.isEmpty() && !m_store.lastError().isEmpty())
        results.error = m_store.lastError();
    return results;
}

void GlobalSearch::findContaining(const AddressRange &range, bool single, SearchResults &results)
{
    const QVariant first = key(range.first());
    const QVariant last = key(range.last());
    const int family = familyNumber(range.family());
    QList<SearchHit> blocks, subnets, ranges, addresses;
    // Spaces are few (one per tenant at most); each costs a handful of index probes.
    const QList<AddressSpace> spaces = m_store.select<AddressSpace>();
    for (const AddressSpace &space : spaces) {
        // Blocks nest: the most specific is the longest prefix holding the range.
        const QList<Block> holding = select<Block>(
                QStringLiteral("space_id = ? AND family = ? AND lo <= ? AND hi >= ?"),
                {space.id, family, first, last}, QStringLiteral("prefix_length DESC LIMIT 1"));
        for (const Block &block : holding)
            blocks.append({block});
        // Subnets of a space are disjoint: the one starting nearest at or below is the only
        // candidate (the unique (space_id, family, lo) index).
        const QList<Subnet> below = m_store.select<Subnet>(
                QStringLiteral("space_id = ? AND family = ? AND lo <= ?"),
                {space.id, family, first}, QStringLiteral("lo DESC LIMIT 1"));
        if (below.isEmpty() || !below.constFirst().networkId.contains(range.last()))
            continue;
        const QList<Subnet> subnet
                = select<Subnet>(QStringLiteral("id = ?"), {below.constFirst().id}, QString());
        if (subnet.isEmpty())
            continue; // not visible
        subnets.append({subnet.constFirst()});
        const QList<Range> holdingRanges
                = select<Range>(QStringLiteral("subnet_id = ? AND lo <= ? AND hi >= ?"),
                                {subnet.constFirst().id, first, last}, QStringLiteral("lo DESC"));
        for (const Range &r : holdingRanges)
            ranges.append({r});
        if (single) {
            const QList<Address> records
                    = select<Address>(QStringLiteral("space_id = ? AND family = ? AND ip = ?"),
                                      {space.id, family, first}, QStringLiteral("id"));
            for (const Address &address : records)
                addresses.append({address});
        }
    }
    // Most specific first across spaces too: the longest block prefix, the smallest range.
    std::stable_sort(blocks.begin(), blocks.end(), [](const SearchHit &a, const SearchHit &b) {
        return std::get<Block>(a.object).networkId.length()
                > std::get<Block>(b.object).networkId.length();
    });
    std::stable_sort(ranges.begin(), ranges.end(), [](const SearchHit &a, const SearchHit &b) {
        const Range &x = std::get<Range>(a.object);
        const Range &y = std::get<Range>(b.object);
        return x.endAddress.value() - x.startAddress.value()
                < y.endAddress.value() - y.startAddress.value();
    });
    results.hits << blocks << subnets << ranges << addresses;
}

template<typename T>
void GlobalSearch::appendText(const SearchText &text, SearchResults &results)
{
    const QStringList needles = text.needles();
    const QStringList columns = TextColumns<T>::columns();
    const bool pg = m_store.database().isPostgreSql();
    const QString limit = QStringLiteral("id LIMIT %1").arg(m_limit + 1);
    bool trigrams = TextColumns<T>::fts != nullptr;
    for (const QString &needle : needles)
        trigrams = trigrams && needle.size() >= SearchSchema::minimumTrigramNeedle;

    if (TextColumns<T>::fts != nullptr && !trigrams) {
        results.tooShortForObjects = true;
        return;
    }
    QString where;
    QVariantList binds;
    if (trigrams && !pg) {
        // The FTS5 table answers the substring; the limit inside keeps a common needle cheap.
        where = QStringLiteral("id IN (SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid "
                               "LIMIT %2)")
                        .arg(QLatin1String(TextColumns<T>::fts))
                        .arg(m_visible.isEmpty() ? m_limit + 1 : 20 * (m_limit + 1));
        binds.append(text.ftsQuery());
    } else if (trigrams) {
        // pg_trgm's GIN index over the same expression, under the index's own predicate.
        QStringList parts;
        for (const QString &needle : needles) {
            parts.append(SearchSchema::postgresExpression(T::kind) + QStringLiteral(" ILIKE ?"));
            binds.append(SearchText::likePattern(needle));
        }
        where = QStringLiteral("(%1) AND (%2)")
                        .arg(parts.join(QStringLiteral(" OR ")),
                             SearchSchema::indexedPredicate(T::kind));
    } else {
        QStringList parts;
        const QString like = pg ? QStringLiteral(" ILIKE ? ESCAPE '\\'")
                                : QStringLiteral(" LIKE ? ESCAPE '\\'");
        for (const QString &needle : needles) {
            for (const QString &column : columns) {
                parts.append(column + like);
                binds.append(SearchText::likePattern(needle));
            }
        }
        where = parts.join(QStringLiteral(" OR "));
    }
    QList<T> found = select<T>(where, binds, limit);
    if (found.size() > m_limit) {
        found.resize(m_limit);
        results.truncated.append(T::kind);
    }
    for (const T &object : std::as_const(found))
        results.hits.append({object});
}

void GlobalSearch::findText(const SearchText &text, SearchResults &results)
{
    appendText<AddressSpace>(text, results);
    appendText<LogicalNetwork>(text, results);
    appendText<NetworkSite>(text, results);
    appendText<VmNetwork>(text, results);
    appendText<Block>(text, results);
    appendText<Subnet>(text, results);
    appendText<Range>(text, results);
    appendText<Address>(text, results);
}

} // namespace ipam
