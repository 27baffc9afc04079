// The VMM entity reader: any JSON object VMM may send, in any of the five sets, is read or
// refused with a reason, without crash or undefined behaviour. The first byte picks the set.

#include "vmm/vmmentities.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QStringList &sets = vmm::entitySets();
    const QString &set = sets.at(data[0] % sets.size());
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    (void)vmm::entityFingerprint(text);
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject()) {
        (void)vmm::normalizedAddressSet(QJsonValue(QString::fromUtf8(text)));
        return 0;
    }
    const QJsonObject entity = doc.object();
    const Parsed<vmm::RemoteEntity> parsed = vmm::parseEntity(set, entity);
    if (!parsed && parsed.error().isEmpty())
        std::abort();
    (void)vmm::idOf(entity);
    for (auto it = entity.begin(); it != entity.end(); ++it)
        (void)vmm::normalizedAddressSet(it.value());
    return 0;
}
