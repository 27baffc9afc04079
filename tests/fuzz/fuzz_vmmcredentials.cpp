// The VMM credentials file ("key = value" lines): any content of a 0600 file is read or
// refused with a reason.

#include "vmm/vmmcredentials.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("credentials"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    const Parsed<VmmCredentials> read = vmmcredentials::fromFile(path);
    if (!read && read.error().isEmpty())
        std::abort();
    return 0;
}
