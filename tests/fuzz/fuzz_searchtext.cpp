// Global search's text (SearchText::parse, macDigits, the LIKE pattern and the FTS5 query it
// builds): no crash or undefined behaviour on any input; a Contains query's range holds its
// first address; a MAC needle is hex digits only; the FTS5 query is balanced phrases (every
// double quote doubled inside), so no typed text can change its syntax.

#include "search/searchtext.h"

#include <QString>

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchText text = SearchText::parse(input);
    if (text.kind() == SearchText::Kind::Contains && text.error().isEmpty()
        && !text.range().contains(text.range().first()))
        std::abort();
    for (QChar c : text.macNeedle()) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')))
            std::abort();
    }
    if (text.kind() == SearchText::Kind::Text) {
        if (text.needles().isEmpty())
            std::abort();
        // Quotes outside phrases come in pairs: an even count overall, and the query starts
        // and ends with one.
        const QString fts = text.ftsQuery();
        if (fts.count(u'"') % 2 != 0 || !fts.startsWith(u'"') || !fts.endsWith(u'"'))
            std::abort();
        for (const QString &needle : text.needles()) {
            const QString like = SearchText::likePattern(needle);
            if (!like.startsWith(u'%') || !like.endsWith(u'%') || like.size() < needle.size() + 2)
                std::abort();
        }
    }
    (void)SearchText::macDigits(input);
    return 0;
}
