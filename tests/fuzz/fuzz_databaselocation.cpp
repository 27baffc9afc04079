// The database location (--db / IPAM_DB): a postgresql:// URL or a file path. Any text is
// read or refused with a reason, and what is shown of it never holds the password.

#include "store/databaselocation.h"

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(text);
    if (!location) {
        if (location.error().isEmpty())
            std::abort();
        return 0;
    }
    const DatabaseLocation &l = location.value();
    const QString shown = l.displayString();
    // A password of a few characters may occur in the host or user by chance.
    if (l.password.size() >= 6 && shown.contains(l.password))
        std::abort();
    return 0;
}
