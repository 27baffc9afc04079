// The OData page scanner against QJsonDocument, its reference: it calls a page malformed
// exactly when QJsonDocument cannot read it as an object, and every entity span it finds
// is an object's text.

#include "vmm/odatapage.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const bool qtValid = error.error == QJsonParseError::NoError && doc.isObject();
    const ODataPage page = scanODataPage(bytes);
    if (page.malformed == qtValid) {
        std::fprintf(stderr, "scanner %s, QJsonDocument %s\n",
                     page.malformed ? qPrintable(page.error) : "valid",
                     qtValid ? "valid" : qPrintable(error.errorString()));
        std::abort();
    }
    for (QByteArrayView entity : page.entities) {
        if (!QJsonDocument::fromJson(entity.toByteArray()).isObject())
            std::abort();
    }
    if (!page.error.isEmpty() && (!page.entities.isEmpty() || !page.nextLink.isEmpty()))
        std::abort();
    return 0;
}
