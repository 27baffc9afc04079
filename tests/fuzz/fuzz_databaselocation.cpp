// The database location (--db / IPAM_DB): a postgresql:// URL or a file path. Any text is
// read or refused with a reason, and what is shown of it never depends on the password.

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
    // What is shown does not depend on the password at all (comparing texts instead would
    // trip over a password that also occurs in the database name, as the fuzzer found).
    DatabaseLocation other = location.value();
    other.password = other.password.isEmpty() ? QStringLiteral("x") : QString();
    if (other.displayString() != location.value().displayString())
        std::abort();
    // And it shows each part as it is (a "%1" in a user name is not a placeholder).
    const DatabaseLocation &l = location.value();
    if (l.isPostgreSql()
        && l.displayString()
                != QStringLiteral("postgresql://") + l.user + u'@' + l.host + u':'
                        + QString::number(l.port) + u'/' + l.database)
        std::abort();
    return 0;
}
