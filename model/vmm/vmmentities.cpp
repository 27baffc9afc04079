#include "vmmentities.h"

#include "vmm/odatametadata.h"

#include "address/ipaddress.h"
#include "address/prefix.h"
#include "vmm/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <cstring>

#include <algorithm>

namespace ipam::vmm {

using namespace Qt::StringLiterals;

const QStringList &entitySets()
{
    static const QStringList sets{logicalNetworks, definitions, vmNetworks, vmSubnets, pools};
    return sets;
}

const QStringList &contractSets()
{
    static const QStringList sets{logicalNetworks, vmNetworks, vmSubnets, pools};
    return sets;
}

QStringList reliedOnProperties(const QString &set)
{
    QStringList properties{QStringLiteral("ID"), QStringLiteral("StampId"), QStringLiteral("Name")};
    if (set == logicalNetworks)
        properties << QStringLiteral("NetworkVirtualizationEnabled");
    else if (set == definitions)
        properties << QStringLiteral("LogicalNetworkId") << QStringLiteral("SubnetVLans")
                   << QStringLiteral("HostGroups");
    else if (set == vmNetworks)
        properties << QStringLiteral("LogicalNetworkId") << QStringLiteral("IsolationType");
    else if (set == vmSubnets)
        properties << QStringLiteral("Subnet") << QStringLiteral("VMNetworkId");
    else if (set == pools)
        properties << QStringLiteral("Subnet") << QStringLiteral("LogicalNetworkDefinitionId")
                   << QStringLiteral("VMSubnetId") << QStringLiteral("IPAddressRangeStart")
                   << QStringLiteral("IPAddressRangeEnd") << QStringLiteral("IPAddressReservedSet")
                   << QStringLiteral("DefaultGatewayIPAddresses") << QStringLiteral("DNSServers")
                   << QStringLiteral("DNSSearchSuffixes");
    return properties;
}

QString metadataProblem(const ODataMetadata &metadata, const QStringList &offeredSets,
                        const QString &serviceUrl)
{
    for (const QString &set : entitySets()) {
        if (!offeredSets.contains(set))
            continue;
        if (!metadata.setTypes.contains(set))
            return QCoreApplication::translate(
                           "ipam::VmmSync",
                           "the $metadata of %1 declares no entity set %2, which its service "
                           "document offers")
                    .arg(serviceUrl, set);
        const QStringList declared = metadata.setProperties.value(set);
        QStringList missing;
        for (const QString &property : reliedOnProperties(set)) {
            if (!declared.contains(property))
                missing.append(property);
        }
        if (!missing.isEmpty())
            return QCoreApplication::translate(
                           "ipam::VmmSync",
                           "the $metadata of %1 gives %2 (entity type %3) no property %4, which "
                           "the connector relies on (SPF documents it): not the SPF release the "
                           "connector was built for")
                    .arg(serviceUrl, set, metadata.setTypes.value(set),
                         missing.join(QLatin1String(", ")));
    }
    return {};
}

bool allows(const QString &set, Verb verb)
{
    if (verb == Verb::Get || set == vmNetworks || set == definitions)
        return true;
    if (set == logicalNetworks)
        return false;
    return verb != Verb::Put; // VMSubnets, StaticIPAddressPools
}

QString verbName(Verb verb)
{
    switch (verb) {
    case Verb::Get:
        return u"GET"_s;
    case Verb::Post:
        return u"POST"_s;
    case Verb::Put:
        return u"PUT"_s;
    case Verb::Delete:
        return u"DELETE"_s;
    }
    return {};
}

QString notAllowedReason(const QString &set, Verb verb)
{
    if (set == logicalNetworks)
        return u"SPF's LogicalNetworks set is read-only (GET only): change logical networks in "
               "VMM"_s;
    return u"SPF's %1 set takes no %2"_s.arg(set, verbName(verb));
}

QStringList createOnlyProperties(const QString &set)
{
    if (set == vmNetworks)
        return {u"IsolationType"_s, u"LogicalNetworkId"_s};
    return {};
}

QJsonArray collectionOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return value.toObject().value("results"_L1).toArray();
    return {};
}

ObjectKind kindOfSet(const QString &set)
{
    if (set == definitions)
        return ObjectKind::NetworkSite;
    if (set == pools)
        return ObjectKind::Range;
    if (set == vmNetworks)
        return ObjectKind::VmNetwork;
    if (set == vmSubnets)
        return ObjectKind::Subnet;
    return ObjectKind::LogicalNetwork;
}

QString setOfKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::LogicalNetwork:
        return logicalNetworks;
    case ObjectKind::NetworkSite:
        return definitions;
    case ObjectKind::Range:
        return pools;
    case ObjectKind::VmNetwork:
        return vmNetworks;
    case ObjectKind::Subnet:
        return vmSubnets;
    default:
        return QString();
    }
}

QString guidText(const QUuid &id)
{
    return id.isNull() ? QString(""_L1) : id.toString(QUuid::WithoutBraces);
}

namespace {

using Failure = Parsed<RemoteEntity>;

QUuid guidOf(const QJsonValue &value)
{
    return value.isString() ? QUuid::fromString(value.toString().trimmed()) : QUuid();
}

bool present(const QJsonObject &entity, const QString &property)
{
    const QJsonValue value = entity.value(property);
    return !value.isUndefined() && !value.isNull()
            && !(value.isString() && value.toString().trimmed().isEmpty());
}

// Reads a mandatory GUID property into `out`; an error message otherwise.
QString requireGuid(const QJsonObject &entity, const QString &property, QString *out)
{
    if (!present(entity, property))
        return QCoreApplication::translate("ipam::VmmSync", "missing mandatory property %1")
                .arg(property);
    const QUuid id = guidOf(entity.value(property));
    if (id.isNull())
        return u"property %1 is not a GUID: %2"_s.arg(
                property, entity.value(property).toVariant().toString());
    *out = guidText(id);
    return QString();
}

QString optionalString(const QJsonObject &entity, const QString &property)
{
    const QJsonValue value = entity.value(property);
    return value.isString() ? value.toString() : QString(""_L1);
}

// SubnetVLans: [{Subnet: "10.1.0.0/24", VLanID: 12}], sorted by subnet; `firstOnly` keeps
// the first pair (a VM subnet is one subnet in IPAM).
QString readSubnetVLans(const QJsonObject &entity, bool mandatory, bool firstOnly,
                        QList<QPair<QString, int>> *out)
{
    const QJsonValue value = entity.value("SubnetVLans"_L1);
    if (value.isUndefined() || value.isNull()) {
        return mandatory ? QCoreApplication::translate("ipam::VmmSync",
                                                       "missing mandatory property SubnetVLans")
                         : QString();
    }
    if (!value.isArray() && !value.toObject().value("results"_L1).isArray())
        return QCoreApplication::translate("ipam::VmmSync", "property SubnetVLans is not a list");
    QList<QPair<QString, int>> pairs;
    for (const QJsonValue &item : collectionOf(value)) {
        const QJsonObject pair = item.toObject();
        if (!present(pair, "Subnet"_L1))
            return QCoreApplication::translate("ipam::VmmSync",
                                               "missing mandatory property SubnetVLans.Subnet");
        const Parsed<Prefix> prefix = Prefix::parse(pair.value("Subnet"_L1).toString().trimmed());
        if (!prefix)
            return u"SubnetVLans.Subnet \"%1\": %2"_s.arg(pair.value("Subnet"_L1).toString(),
                                                          prefix.error());
        int vlan = 0;
        const QJsonValue vlanValue = pair.value("VLanID"_L1);
        if (vlanValue.isDouble()) {
            vlan = vlanValue.toInt(-1);
        } else if (vlanValue.isString()) {
            bool ok = false;
            vlan = vlanValue.toString().toInt(&ok);
            if (!ok)
                vlan = -1;
        } else if (!vlanValue.isUndefined() && !vlanValue.isNull()) {
            vlan = -1;
        }
        if (vlan < 0 || vlan > 4094)
            return QCoreApplication::translate(
                           "ipam::VmmSync", "SubnetVLans.VLanID of %1 is not a VLAN ID (0..4094)")
                    .arg(prefix.value().toString());
        for (const auto &seen : std::as_const(pairs)) {
            if (seen.first == prefix.value().toString())
                return QCoreApplication::translate("ipam::VmmSync", "SubnetVLans lists %1 twice")
                        .arg(seen.first);
        }
        pairs.append({prefix.value().toString(), vlan});
        if (firstOnly)
            break;
    }
    if (mandatory && pairs.isEmpty())
        return QCoreApplication::translate("ipam::VmmSync", "property SubnetVLans is empty");
    std::sort(pairs.begin(), pairs.end());
    *out = pairs;
    return QString();
}

QString readAddress(const QJsonObject &entity, const QString &property, QString *out)
{
    if (!present(entity, property))
        return QCoreApplication::translate("ipam::VmmSync", "missing mandatory property %1")
                .arg(property);
    const Parsed<IpAddress> address = IpAddress::parse(entity.value(property).toString().trimmed());
    if (!address)
        return u"property %1 \"%2\": %3"_s.arg(property, entity.value(property).toString(),
                                               address.error());
    *out = address.value().toString();
    return QString();
}

// A list of addresses (DefaultGatewayIPAddresses, DNSServers), in either shape, each in its
// canonical text, in VMM's order (the first gateway is the one used).
QString readAddressList(const QJsonObject &entity, const QString &property, QStringList *out)
{
    const QJsonValue value = entity.value(property);
    if (!value.isUndefined() && !value.isNull() && !value.isArray()
        && !value.toObject().value("results"_L1).isArray())
        return u"property %1 is not a list"_s.arg(property);
    QStringList items;
    for (const QJsonValue &item : collectionOf(value)) {
        const Parsed<IpAddress> address = IpAddress::parse(item.toString().trimmed());
        if (!address)
            return u"property %1 \"%2\": %3"_s.arg(property, item.toString(), address.error());
        if (!items.contains(address.value().toString()))
            items.append(address.value().toString());
    }
    *out = items;
    return QString();
}

void writeList(JsonText &json, QLatin1StringView key, const QStringList &items)
{
    json.key(key).beginArray();
    for (const QString &item : items)
        json.value(item);
    json.endArray();
}

} // namespace

QString normalizedAddressSet(const QJsonValue &value)
{
    QStringList items;
    auto add = [&items](const QString &text) {
        for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
            QString trimmed = item.trimmed();
            trimmed.replace(u" "_s, QString());
            if (!trimmed.isEmpty())
                items.append(trimmed);
        }
    };
    if (value.isString())
        add(value.toString());
    else if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            add(item.toString());
    return items.join(", "_L1);
}

namespace {

// SipHash-2-4 (Aumasson, Bernstein), 64-bit output.
class SipHash
{
public:
    SipHash(quint64 k0, quint64 k1)
        : v0(k0 ^ 0x736f6d6570736575ULL)
        , v1(k1 ^ 0x646f72616e646f6dULL)
        , v2(k0 ^ 0x6c7967656e657261ULL)
        , v3(k1 ^ 0x7465646279746573ULL)
    { }
    void add(const void *data, qsizetype size)
    {
        const auto *bytes = static_cast<const uchar *>(data);
        qsizetype i = 0;
        auto byteAt = [&](qsizetype at) {
            m_tail |= quint64(bytes[at]) << (8 * (m_length & 7));
            ++m_length;
            if ((m_length & 7) == 0) {
                block(m_tail);
                m_tail = 0;
            }
        };
        while (i < size && (m_length & 7) != 0)
            byteAt(i++);
        for (; i + 8 <= size; i += 8) { // whole words (little-endian, as SipHash reads them)
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            block(qFromLittleEndian(word));
            m_length += 8;
        }
        while (i < size)
            byteAt(i++);
    }
    quint64 finish()
    {
        block(m_tail | (quint64(m_length & 0xff) << 56));
        v2 ^= 0xff;
        for (int i = 0; i < 4; ++i)
            round();
        return v0 ^ v1 ^ v2 ^ v3;
    }

private:
    static quint64 rotl(quint64 x, int b) { return (x << b) | (x >> (64 - b)); }
    void round()
    {
        v0 += v1;
        v1 = rotl(v1, 13);
        v1 ^= v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotl(v1, 17);
        v1 ^= v2;
        v2 = rotl(v2, 32);
    }
    void block(quint64 m)
    {
        v3 ^= m;
        round();
        round();
        v0 ^= m;
    }
    quint64 v0, v1, v2, v3;
    quint64 m_tail = 0;
    quint64 m_length = 0;
};

} // namespace

quint64 entityFingerprint(QByteArrayView entityText)
{
    // Bump the format version with any change to parseEntity's normalisation: stored
    // fingerprints then no longer match and each entity is normalised (and compared) afresh.
    static constexpr char format[] = "ipam-vmm-entity-text-2";
    SipHash h(0x4950414d2d564d4dULL, 0x66696e6765727072ULL);
    h.add(format, sizeof format);
    h.add(entityText.data(), entityText.size());
    return h.finish();
}

quint64 fingerprint(QByteArrayView bytes)
{
    SipHash h(0x4950414d2d564d4dULL, 0x6970616d2d6b6579ULL);
    h.add(bytes.data(), bytes.size());
    return h.finish();
}

QUuid idOf(const QJsonObject &entity)
{
    return guidOf(entity.value("ID"_L1));
}

void writeSubnetVLans(JsonText &json, QList<QPair<QString, int>> pairs)
{
    std::sort(pairs.begin(), pairs.end());
    json.key("SubnetVLans"_L1).beginArray();
    for (const auto &[subnet, vlan] : std::as_const(pairs))
        json.beginObject().key("Subnet"_L1).value(subnet).key("VLanID"_L1).value(vlan).endObject();
    json.endArray();
}

Parsed<RemoteEntity> parseEntity(const QString &set, const QJsonObject &entity)
{
    RemoteEntity e;
    e.id = idOf(entity);
    if (e.id.isNull())
        return Failure::failure(
                present(entity, "ID"_L1)
                        ? QCoreApplication::translate("ipam::VmmSync", "property ID is not a GUID")
                        : QCoreApplication::translate("ipam::VmmSync",
                                                      "missing mandatory property ID"));
    e.stampId = guidOf(entity.value("StampId"_L1));
    if (e.stampId.isNull())
        return Failure::failure(
                present(entity, "StampId"_L1)
                        ? QCoreApplication::translate("ipam::VmmSync",
                                                      "property StampId is not a GUID")
                        : QCoreApplication::translate("ipam::VmmSync",
                                                      "missing mandatory property StampId"));
    if (!present(entity, "Name"_L1) || !entity.value("Name"_L1).isString())
        return Failure::failure(
                QCoreApplication::translate("ipam::VmmSync", "missing mandatory property Name"));
    const QString name = entity.value("Name"_L1).toString();
    // The normalised values as canonical JSON text (keys ascending: see JsonText), the form
    // baselines are kept and compared in; the QJsonObject is read from it.
    JsonText json;
    json.beginObject();
    QString error;
    QString text;
    if (set == logicalNetworks) {
        json.key("Description"_L1).value(optionalString(entity, "Description"_L1));
        json.key("Name"_L1).value(name);
        json.key("NetworkVirtualizationEnabled"_L1)
                .value(entity.value("NetworkVirtualizationEnabled"_L1).toBool(false));
    } else if (set == definitions) {
        if (!(error = requireGuid(entity, "LogicalNetworkId"_L1, &text)).isEmpty())
            return Failure::failure(error);
        QStringList groups;
        for (const QJsonValue &group : collectionOf(entity.value("HostGroups"_L1)))
            if (group.isString() && !group.toString().trimmed().isEmpty())
                groups.append(group.toString().trimmed());
        groups.sort();
        groups.removeDuplicates();
        QList<QPair<QString, int>> pairs;
        if (!(error = readSubnetVLans(entity, false, false, &pairs)).isEmpty())
            return Failure::failure(error);
        json.key("HostGroups"_L1).beginArray();
        for (const QString &group : std::as_const(groups))
            json.value(group);
        json.endArray();
        json.key("LogicalNetworkId"_L1).value(text);
        json.key("Name"_L1).value(name);
        writeSubnetVLans(json, pairs);
    } else if (set == pools) {
        const bool onDefinition = present(entity, "LogicalNetworkDefinitionId"_L1);
        const bool onVmSubnet = present(entity, "VMSubnetId"_L1);
        if (!onDefinition && !onVmSubnet)
            return Failure::failure(QCoreApplication::translate(
                    "ipam::VmmSync",
                    "missing mandatory property LogicalNetworkDefinitionId (or VMSubnetId)"));
        QString definition;
        QString vmSubnet;
        if (onDefinition
            && !(error = requireGuid(entity, "LogicalNetworkDefinitionId"_L1, &definition))
                        .isEmpty())
            return Failure::failure(error);
        if (!onDefinition && !(error = requireGuid(entity, "VMSubnetId"_L1, &vmSubnet)).isEmpty())
            return Failure::failure(error);
        if (!present(entity, "Subnet"_L1))
            return Failure::failure(QCoreApplication::translate(
                    "ipam::VmmSync", "missing mandatory property Subnet"));
        const Parsed<Prefix> subnet = Prefix::parse(entity.value("Subnet"_L1).toString().trimmed());
        if (!subnet)
            return Failure::failure(u"property Subnet \"%1\": %2"_s.arg(
                    entity.value("Subnet"_L1).toString(), subnet.error()));
        QString start;
        QString end;
        if (!(error = readAddress(entity, u"IPAddressRangeStart"_s, &start)).isEmpty()
            || !(error = readAddress(entity, u"IPAddressRangeEnd"_s, &end)).isEmpty())
            return Failure::failure(error);
        QStringList gateways;
        QStringList dnsServers;
        if (!(error = readAddressList(entity, u"DefaultGatewayIPAddresses"_s, &gateways)).isEmpty()
            || !(error = readAddressList(entity, u"DNSServers"_s, &dnsServers)).isEmpty())
            return Failure::failure(error);
        writeList(json, "DNSServers"_L1, dnsServers);
        writeList(json, "DefaultGatewayIPAddresses"_L1, gateways);
        json.key("IPAddressRangeEnd"_L1).value(end);
        json.key("IPAddressRangeStart"_L1).value(start);
        json.key("IPAddressReservedSet"_L1)
                .value(normalizedAddressSet(entity.value("IPAddressReservedSet"_L1)));
        json.key("LogicalNetworkDefinitionId"_L1).value(definition);
        json.key("Name"_L1).value(name);
        json.key("Subnet"_L1).value(subnet.value().toString());
        json.key("VIPAddressSet"_L1).value(normalizedAddressSet(entity.value("VIPAddressSet"_L1)));
        json.key("VMSubnetId"_L1).value(vmSubnet);
        e.hostGroup = optionalString(entity, "VMHostGroup"_L1).trimmed();
    } else if (set == vmNetworks) {
        const QString description = optionalString(entity, "Description"_L1);
        if (!(error = requireGuid(entity, "LogicalNetworkId"_L1, &text)).isEmpty())
            return Failure::failure(error);
        QString isolation = u"NoIsolation"_s;
        if (present(entity, "IsolationType"_L1)) {
            const auto parsed
                    = vmNetworkIsolationFromString(entity.value("IsolationType"_L1).toString());
            if (!parsed)
                return Failure::failure(QCoreApplication::translate(
                                                "ipam::VmmSync",
                                                "property IsolationType \"%1\" is not NoIsolation, "
                                                "WindowsNetworkVirtualization, External or "
                                                "VLANNetwork")
                                                .arg(entity.value("IsolationType"_L1).toString()));
            isolation = toString(*parsed);
        }
        json.key("Description"_L1).value(description);
        json.key("IsolationType"_L1).value(isolation);
        json.key("LogicalNetworkId"_L1).value(text);
        json.key("Name"_L1).value(name);
    } else if (set == vmSubnets) {
        if (!(error = requireGuid(entity, "VMNetworkId"_L1, &text)).isEmpty())
            return Failure::failure(error);
        // SPF's VM subnet is one CIDR string (VMM.VMSubnet.Subnet) and has no VLAN.
        if (!present(entity, "Subnet"_L1))
            return Failure::failure(QCoreApplication::translate(
                    "ipam::VmmSync", "missing mandatory property Subnet"));
        const Parsed<Prefix> subnet = Prefix::parse(entity.value("Subnet"_L1).toString().trimmed());
        if (!subnet)
            return Failure::failure(u"property Subnet \"%1\": %2"_s.arg(
                    entity.value("Subnet"_L1).toString(), subnet.error()));
        json.key("Name"_L1).value(name);
        json.key("Subnet"_L1).value(subnet.value().toString());
        json.key("VMNetworkId"_L1).value(text);
    } else {
        json.key("Name"_L1).value(name);
    }
    e.valuesText = json.endObject().take();
    e.values = QJsonDocument::fromJson(e.valuesText).object();
    return e;
}

QJsonObject wireBody(const QString &set, const QJsonObject &values)
{
    QJsonObject body = values;
    if (set == pools) {
        // A pool hangs off a network site or a VM subnet, never both.
        for (const QString &property : {u"LogicalNetworkDefinitionId"_s, u"VMSubnetId"_s}) {
            if (body.value(property).toString().isEmpty())
                body.remove(property);
        }
    }
    if (set == pools) {
        // Mandatory on a pool's POST, each may be empty (SPF 2012 R2/2016 pool pages).
        for (const QString &property :
             {u"DefaultGatewayIPAddresses"_s, u"DNSServers"_s, u"DNSSearchSuffixes"_s}) {
            if (!body.value(property).isArray())
                body.insert(property, QJsonArray());
        }
    }
    if (set == vmNetworks && body.value("LogicalNetworkId"_L1).toString().isEmpty())
        body.remove("LogicalNetworkId"_L1);
    return body;
}

QJsonObject partialBody(const QString &set, const QJsonObject &baseline, const QJsonObject &values,
                        QStringList *createOnlyChanged)
{
    const QStringList createOnly = createOnlyProperties(set);
    QJsonObject body;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (baseline.value(it.key()) == it.value())
            continue;
        if (createOnly.contains(it.key())) {
            if (createOnlyChanged)
                createOnlyChanged->append(it.key());
            continue;
        }
        body.insert(it.key(), it.value());
    }
    return body;
}

} // namespace ipam::vmm
