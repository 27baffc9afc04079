#include "importkeys.h"

#include <algorithm>

namespace ipam {

namespace {

// Two fixed, unrelated seeds: the digests must not depend on the process's hash seed, or two
// runs of one file could differ.
constexpr size_t seedA = 0x9E3779B97F4A7C15ull;
constexpr size_t seedB = 0xC2B2AE3D27D4EB4Full;

} // namespace

ImportKeys::Digest ImportKeys::digestOf(QByteArrayView key)
{
    return {quint64(qHashBits(key.data(), size_t(key.size()), seedA)),
            quint64(qHashBits(key.data(), size_t(key.size()), seedB))};
}

std::optional<qint64> ImportKeys::lineOf(QByteArrayView key) const
{
    const Digest digest = digestOf(key);
    if (const auto it = m_recent.constFind(digest); it != m_recent.constEnd())
        return it.value();
    for (const std::vector<Entry> &run : m_runs) {
        const auto it = std::lower_bound(
                run.begin(), run.end(), digest,
                [](const Entry &entry, const Digest &d) { return entry.digest < d; });
        if (it != run.end() && it->digest == digest)
            return it->line;
    }
    return std::nullopt;
}

void ImportKeys::add(QByteArrayView key, qint64 line)
{
    m_recent.insert(digestOf(key), line);
}

void ImportKeys::seal()
{
    if (m_recent.isEmpty())
        return;
    std::vector<Entry> run;
    run.reserve(std::size_t(m_recent.size()));
    for (auto it = m_recent.cbegin(); it != m_recent.cend(); ++it)
        run.push_back({it.key(), it.value()});
    m_recent = {};
    auto byDigest = [](const Entry &x, const Entry &y) { return x.digest < y.digest; };
    std::sort(run.begin(), run.end(), byDigest);
    m_runs.push_back(std::move(run));
    // Merge while the newest run is at least half the size of the one before it: each key
    // moves about log2(n / chunk) times, and a look-up searches few runs.
    while (m_runs.size() >= 2 && m_runs.back().size() * 2 >= m_runs[m_runs.size() - 2].size()) {
        std::vector<Entry> newer = std::move(m_runs.back());
        m_runs.pop_back();
        std::vector<Entry> &older = m_runs.back();
        const std::size_t middle = older.size();
        older.insert(older.end(), newer.begin(), newer.end());
        std::inplace_merge(older.begin(), older.begin() + std::ptrdiff_t(middle), older.end(),
                           byDigest);
    }
}

std::size_t ImportKeys::size() const
{
    std::size_t total = std::size_t(m_recent.size());
    for (const std::vector<Entry> &run : m_runs)
        total += run.size();
    return total;
}

} // namespace ipam
