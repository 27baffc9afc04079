#include "odataservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

using Failure = Parsed<QStringList>;

// An entry of the list: a set's name, or "" when it is neither a string nor {"name": ...}.
QString setName(const QJsonValue &entry)
{
    if (entry.isString())
        return entry.toString();
    const QJsonObject object = entry.toObject();
    // JSON light lists every collection; only entity sets matter ("kind" is OData v4's).
    const QString kind = object.value("kind"_L1).toString();
    if (!kind.isEmpty() && kind != "EntitySet"_L1)
        return QString();
    return object.value("name"_L1).toString();
}

} // namespace

Parsed<QStringList> parseServiceDocument(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.trimmed().toLower();
    const QByteArray start = body.trimmed().left(1);
    if (type.contains("xml") || start == "<")
        return Failure::failure(
                QCoreApplication::translate(
                        "ipam::VmmSync",
                        "the service document came as Atom/XML (%1), not JSON: IPAM asks for JSON "
                        "(Accept: application/json, MaxDataServiceVersion: 3.0); point it at SPF's "
                        "VMM service root, …/VMM/Microsoft.Management.Odata.svc")
                        .arg(QString::fromLatin1(type.isEmpty() ? "no content type"_ba : type)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure::failure(
                QCoreApplication::translate(
                        "ipam::VmmSync",
                        "the service document is not a JSON object (%1 at byte %2)")
                        .arg(error.error != QJsonParseError::NoError
                                     ? error.errorString()
                                     : QCoreApplication::translate("ipam::VmmSync",
                                                                   "top level is not an object"))
                        .arg(error.offset));
    const QJsonObject root = document.object();
    QJsonValue list = root.value("value"_L1);
    if (!list.isArray()) {
        const QJsonValue d = root.value("d"_L1);
        list = d.toObject().value("EntitySets"_L1);
        if (!list.isArray() && d.isObject())
            list = d.toObject().value("results"_L1);
    }
    if (!list.isArray())
        return Failure::failure(QCoreApplication::translate(
                "ipam::VmmSync",
                "the service document lists no entity sets (neither \"value\" nor "
                "\"d\".\"EntitySets\")"));
    QStringList sets;
    for (const QJsonValue &entry : list.toArray()) {
        const QString name = setName(entry).trimmed();
        if (!name.isEmpty() && !sets.contains(name))
            sets.append(name);
    }
    return sets;
}

} // namespace ipam
