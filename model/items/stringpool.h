#pragma once

#include <QString>
#include <QStringView>
#include <QUtf8StringView>

#include <vector>

namespace ipam {

// The text of many rows in one arena: names, owners, descriptions and VLAN lists of a million
// subnets without a QString (24 bytes plus a heap block) per cell. A cell holds a 4-byte
// reference, the offset of its entry; an entry is a length (LEB128) followed by UTF-8 bytes.
// Reference 0 is the empty string.
//
// intern() deduplicates through an open-addressing table of references (about 8 bytes per
// distinct string), for the columns where values repeat (owners, descriptions, VLANs);
// append() does not, for the columns where nearly every value is unique (names), so they cost
// only their bytes. Nothing is ever freed in place: a table that replaces many values counts
// the garbage (release()) and rebuilds its pool when half of it is dead.
class StringPool
{
public:
    using Ref = quint32;
    static constexpr Ref empty = 0;

    StringPool();

    Ref intern(QStringView text);
    Ref append(QStringView text);
    // Counts the entry as garbage (the caller no longer references it).
    void release(Ref ref);

    QUtf8StringView view(Ref ref) const;
    QString string(Ref ref) const { return view(ref).toString(); }
    bool isEmpty(Ref ref) const { return ref == empty; }

    qsizetype liveBytes() const { return qsizetype(m_bytes.size()) - m_garbage; }
    qsizetype garbageBytes() const { return m_garbage; }
    bool wantsRebuild() const
    {
        return m_garbage > 4096 && m_garbage * 2 > qsizetype(m_bytes.size());
    }
    // Bytes held (capacity of the arena and the deduplication table).
    qsizetype memoryUsage() const;
    void reserve(qsizetype bytes) { m_bytes.reserve(size_t(bytes)); }
    void squeeze();

private:
    Ref store(QByteArrayView utf8);
    Ref find(QByteArrayView utf8, size_t hash) const;
    void growTable();
    static size_t hashOf(QByteArrayView utf8);

    std::vector<char> m_bytes;
    std::vector<Ref> m_table; // open addressing over interned refs; 0 = free slot
    qsizetype m_interned = 0;
    qsizetype m_garbage = 0;
    QByteArray m_scratch;
};

} // namespace ipam
