// The service document reader: any bytes with either content type give a list of set names
// (each non-empty, trimmed, each once) or a message, and Atom/XML is never taken for JSON.

#include "vmm/odataservice.h"

#include <QSet>

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray type : {QByteArray("application/json;odata=minimalmetadata"),
                                  QByteArray("application/atomsvc+xml"), QByteArray()}) {
        const Parsed<QStringList> sets = parseServiceDocument(bytes, type);
        if (!sets) {
            if (sets.error().isEmpty())
                std::abort();
            continue;
        }
        if (type.contains("xml") || bytes.trimmed().startsWith('<'))
            std::abort(); // Atom is refused, never read
        QSet<QString> seen;
        for (const QString &name : sets.value()) {
            if (name.isEmpty() || name.trimmed() != name || seen.contains(name))
                std::abort();
            seen.insert(name);
        }
    }
    return 0;
}
