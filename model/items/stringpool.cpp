#include "stringpool.h"

#include <QHashFunctions>

#include <cstring>

namespace ipam {

namespace {

// Appends the UTF-8 of text to out; plain ASCII (most names) is copied byte by byte.
void toUtf8(QStringView text, QByteArray &out)
{
    out.resize(0);
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            out = text.toUtf8();
            return;
        }
    }
    out.resize(text.size());
    char *data = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        data[i] = char(text[i].unicode());
}

int readLength(const char *p, quint32 *length)
{
    quint32 value = 0;
    int shift = 0;
    int used = 0;
    for (;;) {
        const auto byte = quint8(p[used++]);
        value |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
        shift += 7;
    }
    *length = value;
    return used;
}

} // namespace

StringPool::StringPool()
{
    m_bytes.push_back(0); // the entry of Ref 0: the empty string
}

size_t StringPool::hashOf(QByteArrayView utf8)
{
    return qHash(utf8, 0x9e3779b9u);
}

QUtf8StringView StringPool::view(Ref ref) const
{
    if (ref == empty || ref >= m_bytes.size())
        return {};
    quint32 length = 0;
    const char *p = m_bytes.data() + ref;
    const int used = readLength(p, &length);
    return QUtf8StringView(p + used, qsizetype(length));
}

StringPool::Ref StringPool::store(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return empty;
    const Ref ref = Ref(m_bytes.size());
    quint32 length = quint32(utf8.size());
    do {
        quint8 byte = length & 0x7f;
        length >>= 7;
        if (length)
            byte |= 0x80;
        m_bytes.push_back(char(byte));
    } while (length);
    m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end());
    return ref;
}

StringPool::Ref StringPool::append(QStringView text)
{
    if (text.isEmpty())
        return empty;
    toUtf8(text, m_scratch);
    return store(m_scratch);
}

StringPool::Ref StringPool::find(QByteArrayView utf8, size_t hash) const
{
    if (m_table.empty())
        return empty;
    const size_t mask = m_table.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Ref ref = m_table[i];
        if (ref == empty)
            return empty;
        const QUtf8StringView candidate = view(ref);
        if (candidate.size() == utf8.size()
            && std::memcmp(candidate.data(), utf8.data(), size_t(utf8.size())) == 0)
            return ref;
    }
}

void StringPool::growTable()
{
    std::vector<Ref> old = std::move(m_table);
    m_table.assign(old.empty() ? 1024 : old.size() * 2, empty);
    const size_t mask = m_table.size() - 1;
    for (Ref ref : old) {
        if (ref == empty)
            continue;
        const QUtf8StringView text = view(ref);
        size_t i = hashOf(QByteArrayView(text.data(), text.size())) & mask;
        while (m_table[i] != empty)
            i = (i + 1) & mask;
        m_table[i] = ref;
    }
}

StringPool::Ref StringPool::intern(QStringView text)
{
    if (text.isEmpty())
        return empty;
    toUtf8(text, m_scratch);
    const size_t hash = hashOf(m_scratch);
    if (const Ref existing = find(m_scratch, hash))
        return existing;
    if (qsizetype(m_interned + 1) * 2 > qsizetype(m_table.size()))
        growTable();
    const Ref ref = store(m_scratch);
    const size_t mask = m_table.size() - 1;
    size_t i = hash & mask;
    while (m_table[i] != empty)
        i = (i + 1) & mask;
    m_table[i] = ref;
    ++m_interned;
    return ref;
}

void StringPool::release(Ref ref)
{
    // Interned entries stay referenced by the table and may be shared: only appended ones die.
    if (ref == empty || ref >= m_bytes.size())
        return;
    const QUtf8StringView text = view(ref);
    const size_t hash = hashOf(QByteArrayView(text.data(), text.size()));
    if (find(QByteArrayView(text.data(), text.size()), hash) == ref)
        return;
    quint32 length = 0;
    m_garbage += readLength(m_bytes.data() + ref, &length) + qsizetype(length);
}

qsizetype StringPool::memoryUsage() const
{
    return qsizetype(m_bytes.capacity() + m_table.capacity() * sizeof(Ref));
}

void StringPool::squeeze()
{
    m_bytes.shrink_to_fit();
}

} // namespace ipam
