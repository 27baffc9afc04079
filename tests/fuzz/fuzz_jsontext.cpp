// The JSON text writer against QJsonDocument: for any string (the input read as UTF-16,
// lone surrogates and all) it writes byte for byte what QJsonDocument::toJson(Compact)
// writes.

#include "vmm/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <cstring>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(text.data(), data, size / 2 * 2); // the input need not be aligned for char16_t
    JsonText json;
    json.beginObject().key(QLatin1StringView("Name")).value(text).endObject();
    const QByteArray qt = QJsonDocument(QJsonObject{{QLatin1StringView("Name"), text}})
                                  .toJson(QJsonDocument::Compact);
    if (json.take() != qt)
        std::abort();
    return 0;
}
