#pragma once

#include <QByteArrayView>
#include <QHash>

#include <optional>
#include <vector>

namespace ipam {

// The keys an import has seen (an object's identity: space, addresses, prefix length,
// service), each with the CSV line that named it first, so that a file naming one object twice
// is refused with "the same object as line N" however far apart the two lines are.
//
// Compact because a file may hold ten million rows: a key is kept as a 128-bit digest (two
// independent 64-bit hashes of its bytes) and its line, 24 bytes, in sorted runs (the keys of
// each finished chunk become one run; runs of similar size are merged), not as a QByteArray in
// a hash (about 130 bytes each). Two different keys share a digest with a probability of about
// n^2 / 2^129 (3e-25 for ten million rows): far below the rate of undetected memory errors.
class ImportKeys
{
public:
    // The line that named `key` first, if one did.
    std::optional<qint64> lineOf(QByteArrayView key) const;
    // Records `key` at `line` (not seen before).
    void add(QByteArrayView key, qint64 line);
    // Ends a chunk: its keys move into a sorted run.
    void seal();
    std::size_t size() const;

private:
    struct Digest
    {
        quint64 a;
        quint64 b;
        friend bool operator==(const Digest &, const Digest &) = default;
        friend auto operator<=>(const Digest &, const Digest &) = default;
    };
    struct Entry
    {
        Digest digest;
        qint64 line;
    };
    friend size_t qHash(const Digest &d, size_t seed = 0) noexcept { return size_t(d.a ^ seed); }
    static Digest digestOf(QByteArrayView key);

    QHash<Digest, qint64> m_recent;         // keys of the chunk being read
    std::vector<std::vector<Entry>> m_runs; // earlier chunks, each sorted by digest
};

} // namespace ipam
