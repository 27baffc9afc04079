// The criteria of an IP address range group, as an admin types them (ipamctl range-group add
// --criteria, the console's dialog) and a store holds them. Any text is read or refused with a
// reason; what is read writes back (toString) to text that reads as the same criteria.

#include "fields/rangecriteria.h"

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parsed<RangeCriteria> criteria = RangeCriteria::parse(text);
    if (!criteria) {
        if (criteria.error().isEmpty())
            std::abort();
        return 0;
    }
    const QString canonical = criteria.value().toString();
    const Parsed<RangeCriteria> again = RangeCriteria::parse(canonical);
    if (!again || again.value().toString() != canonical)
        std::abort();
    // Evaluating never depends on more than the names it lists.
    const QStringList names = criteria.value().names();
    criteria.value().matches([&](const QString &name) {
        if (!names.contains(name, Qt::CaseInsensitive))
            std::abort();
        return QStringList{QStringLiteral("East")};
    });
    return 0;
}
