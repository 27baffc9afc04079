#include "odatametadata.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace ipam {

namespace {

struct EntityType
{
    QString baseType; // qualified, empty for none
    QStringList properties;
};

} // namespace

Parsed<ODataMetadata> parseODataMetadata(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QHash<QString, EntityType> types; // by qualified name ("VMM.VMSubnet")
    QHash<QString, QString> setTypes;
    QString schemaNamespace;
    QString currentType;
    bool sawEdmx = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (name == QLatin1String("Edmx")) {
                sawEdmx = true;
            } else if (name == QLatin1String("Schema")) {
                schemaNamespace = attributes.value(QLatin1String("Namespace")).toString();
            } else if (name == QLatin1String("EntityType")) {
                currentType = schemaNamespace + QLatin1Char('.')
                        + attributes.value(QLatin1String("Name")).toString();
                types[currentType].baseType
                        = attributes.value(QLatin1String("BaseType")).toString();
            } else if (name == QLatin1String("Property") && !currentType.isEmpty()) {
                types[currentType].properties.append(
                        attributes.value(QLatin1String("Name")).toString());
            } else if (name == QLatin1String("EntitySet")) {
                setTypes.insert(attributes.value(QLatin1String("Name")).toString(),
                                attributes.value(QLatin1String("EntityType")).toString());
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("EntityType")) {
            currentType.clear();
        }
    }
    if (reader.hasError())
        return Parsed<ODataMetadata>::failure(
                QCoreApplication::translate("ipam::VmmSync", "$metadata is not XML (line %1: %2)")
                        .arg(reader.lineNumber())
                        .arg(reader.errorString()));
    if (!sawEdmx)
        return Parsed<ODataMetadata>::failure(QCoreApplication::translate(
                "ipam::VmmSync", "$metadata is not an EDMX document (no edmx:Edmx element)"));

    ODataMetadata metadata;
    metadata.setTypes = setTypes;
    for (auto it = setTypes.cbegin(); it != setTypes.cend(); ++it) {
        QStringList properties;
        QString type = it.value();
        // A bounded walk up the base types: a cycle in a broken document ends it.
        for (int depth = 0; depth < 16 && types.contains(type); ++depth) {
            const EntityType &entity = types[type];
            properties = entity.properties + properties;
            type = entity.baseType;
        }
        metadata.setProperties.insert(it.key(), properties);
    }
    return metadata;
}

} // namespace ipam
