#include "spfentitystore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <variant>

namespace ipam::test {

namespace {

// The entity types of SPF's CSDL (namespace VMM), by set index.
const char *const typeNames[] = {"VMM.LogicalNetwork", "VMM.LogicalNetworkDefinition",
                                 "VMM.StaticIPAddressPool", "VMM.VMNetwork", "VMM.VMSubnet"};

enum SetIndex {
    LogicalNetworks,
    LogicalNetworkDefinitions,
    StaticIPAddressPools,
    VMNetworks,
    VMSubnets
};

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

// Present and not null (SPF sends null for an unset reference).
bool has(const QJsonObject &entity, const QString &property)
{
    const auto it = entity.constFind(property);
    return it != entity.constEnd() && !it->isNull() && !it->isUndefined();
}

QString requireName(const QJsonObject &entity)
{
    if (!has(entity, QStringLiteral("Name")))
        return QStringLiteral("missing mandatory property Name");
    const QJsonValue name = entity.value(QStringLiteral("Name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return QStringLiteral("property Name must be a non-empty string, not %1").arg(shown(name));
    return {};
}

QString optionalType(const QJsonObject &entity, const QString &property, QJsonValue::Type type,
                     const char *typeName)
{
    if (has(entity, property) && entity.value(property).type() != type) {
        return QStringLiteral("property %1 must be %2, not %3")
                .arg(property, QLatin1String(typeName), shown(entity.value(property)));
    }
    return {};
}

struct ParsedSubnet
{
    QHostAddress network;
    int length = -1;
};

// "10.1.0.0/24" or "2001:db8::/64", host bits clear; an error message otherwise.
std::variant<ParsedSubnet, QString> parseSubnet(const QJsonValue &value, const QString &property)
{
    const QString text = value.toString();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    QHostAddress address;
    bool lengthOk = false;
    const int length = slash > 0 ? text.mid(slash + 1).toInt(&lengthOk) : -1;
    if (!value.isString() || slash <= 0 || !address.setAddress(text.left(slash)) || !lengthOk
        || length < 0
        || length > (address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128)) {
        return QStringLiteral("property %1 is not a subnet in prefix/length form: %2")
                .arg(property, shown(value));
    }
    const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(text);
    if (network.first != address) {
        return QStringLiteral("property %1 has host bits set: %2 (the subnet is %3/%4)")
                .arg(property, shown(value), network.first.toString())
                .arg(length);
    }
    return ParsedSubnet{address, length};
}

// Addresses of one family compare by their 16-byte form (IPv4 as ::ffff:a.b.c.d).
int compareAddresses(const QHostAddress &a, const QHostAddress &b)
{
    const Q_IPV6ADDR x = a.toIPv6Address();
    const Q_IPV6ADDR y = b.toIPv6Address();
    return std::memcmp(x.c, y.c, 16);
}

QString checkAddressInSubnet(const QJsonObject &entity, const QString &property,
                             const ParsedSubnet &subnet, QHostAddress *out)
{
    const QJsonValue value = entity.value(property);
    if (!has(entity, property))
        return QStringLiteral("missing mandatory property %1").arg(property);
    if (!value.isString() || !out->setAddress(value.toString()))
        return QStringLiteral("property %1 is not an IP address: %2").arg(property, shown(value));
    if (!out->isInSubnet(subnet.network, subnet.length)) {
        return QStringLiteral("property %1 %2 is outside the pool's subnet %3/%4")
                .arg(property, shown(value), subnet.network.toString())
                .arg(subnet.length);
    }
    return {};
}

// IPAddressReservedSet / VIPAddressSet: "a, b-c, ..." inside the subnet (empty is fine).
QString checkAddressSet(const QJsonObject &entity, const QString &property,
                        const ParsedSubnet &subnet)
{
    if (!has(entity, property))
        return {};
    const QJsonValue value = entity.value(property);
    if (!value.isString())
        return QStringLiteral("property %1 must be a string, not %2").arg(property, shown(value));
    const QStringList items = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList ends = item.trimmed().split(QLatin1Char('-'));
        for (const QString &end : ends) {
            QHostAddress address;
            if (ends.size() > 2 || !address.setAddress(end.trimmed())
                || !address.isInSubnet(subnet.network, subnet.length)) {
                return QStringLiteral("property %1: \"%2\" is not an address or address range "
                                      "inside %3/%4")
                        .arg(property, item.trimmed(), subnet.network.toString())
                        .arg(subnet.length);
            }
        }
    }
    return {};
}

QString checkSubnetVLans(const QJsonObject &entity, bool mandatory)
{
    const QString property = QStringLiteral("SubnetVLans");
    if (!has(entity, property)) {
        return mandatory ? QStringLiteral("missing mandatory property SubnetVLans") : QString();
    }
    const QJsonValue value = entity.value(property);
    if (!value.isArray())
        return QStringLiteral("property SubnetVLans must be an array, not %1").arg(shown(value));
    if (mandatory && value.toArray().isEmpty())
        return QStringLiteral("property SubnetVLans must hold at least one subnet");
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject pair = item.toObject();
        if (!item.isObject() || !has(pair, QStringLiteral("Subnet"))) {
            return QStringLiteral("SubnetVLans entry %1 has no Subnet").arg(shown(item));
        }
        const auto subnet = parseSubnet(pair.value(QStringLiteral("Subnet")),
                                        QStringLiteral("SubnetVLans.Subnet"));
        if (const QString *error = std::get_if<QString>(&subnet))
            return *error;
        if (has(pair, QStringLiteral("VLanID"))) {
            const QJsonValue vlan = pair.value(QStringLiteral("VLanID"));
            const double id = vlan.toDouble(-1);
            if (!vlan.isDouble() || id != int(id) || id < 0 || id > 4094) {
                return QStringLiteral("SubnetVLans.VLanID must be a whole number 0..4094, not %1")
                        .arg(shown(vlan));
            }
        }
    }
    return {};
}

bool subnetListed(const QJsonObject &parent, const ParsedSubnet &subnet)
{
    if (parent.contains(QStringLiteral("Subnet"))) { // a VM subnet: one CIDR string
        const QPair<QHostAddress, int> own
                = QHostAddress::parseSubnet(parent.value(QStringLiteral("Subnet")).toString());
        return own.first == subnet.network && own.second == subnet.length;
    }
    for (const QJsonValue &item : parent.value(QStringLiteral("SubnetVLans")).toArray()) {
        const QPair<QHostAddress, int> listed = QHostAddress::parseSubnet(
                item.toObject().value(QStringLiteral("Subnet")).toString());
        if (listed.first == subnet.network && listed.second == subnet.length)
            return true;
    }
    return false;
}

} // namespace

const QStringList &SpfEntityStore::setNames()
{
    // In dependency order: a set's references point only to sets before it.
    static const QStringList names = {
            QStringLiteral("LogicalNetworks"),
            QStringLiteral("LogicalNetworkDefinitions"),
            QStringLiteral("StaticIPAddressPools"),
            QStringLiteral("VMNetworks"),
            QStringLiteral("VMSubnets"),
    };
    return names;
}

int SpfEntityStore::setIndex(const QString &set)
{
    return int(setNames().indexOf(set));
}

const SpfEntityStore::Entry *SpfEntityStore::find(int index, const QUuid &id) const
{
    const EntitySet &entitySet = m_sets[index];
    const auto token = entitySet.tokenOf.constFind(id);
    if (token == entitySet.tokenOf.constEnd())
        return nullptr;
    const auto it = std::lower_bound(entitySet.entries.begin(), entitySet.entries.end(), *token,
                                     [](const Entry &e, quint64 t) { return e.token < t; });
    return it != entitySet.entries.end() && it->token == *token ? &*it : nullptr;
}

SpfEntityStore::Entry *SpfEntityStore::find(int index, const QUuid &id)
{
    return const_cast<Entry *>(std::as_const(*this).find(index, id));
}

QUuid SpfEntityStore::add(const QString &set, QJsonObject entity)
{
    const int index = setIndex(set);
    if (index < 0)
        return {};
    QUuid id = QUuid::fromString(entity.value(QStringLiteral("ID")).toString());
    if (id.isNull()) {
        id = QUuid::createUuid();
        entity.insert(QStringLiteral("ID"), guidText(id));
    }
    if (!entity.contains(QStringLiteral("StampId")))
        entity.insert(QStringLiteral("StampId"), guidText(m_stampId));
    EntitySet &entitySet = m_sets[index];
    if (entitySet.tokenOf.contains(id))
        return {};
    const quint64 token = m_nextToken++;
    entitySet.tokenOf.insert(id, token);
    QByteArray json = compactJson(entity);
    const QUuid stamp = QUuid::fromString(entity.value(QStringLiteral("StampId")).toString());
    entitySet.entries.push_back(Entry{token, id, std::move(entity), std::move(json), stamp, {}});
    return id;
}

bool SpfEntityStore::update(const QString &set, const QUuid &id, const QJsonObject &changes)
{
    const int index = setIndex(set);
    Entry *entry = index < 0 ? nullptr : find(index, id);
    if (!entry)
        return false;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.key() != QLatin1String("ID") && it.key() != QLatin1String("StampId"))
            entry->object.insert(it.key(), it.value());
    }
    entry->json = compactJson(entry->object);
    entry->verbose.clear();
    return true;
}

bool SpfEntityStore::replace(const QString &set, const QUuid &id, QJsonObject entity)
{
    const int index = setIndex(set);
    Entry *entry = index < 0 ? nullptr : find(index, id);
    if (!entry)
        return false;
    entity.insert(QStringLiteral("ID"), entry->object.value(QStringLiteral("ID")));
    entity.insert(QStringLiteral("StampId"), entry->object.value(QStringLiteral("StampId")));
    entry->object = std::move(entity);
    entry->json = compactJson(entry->object);
    entry->verbose.clear();
    return true;
}

bool SpfEntityStore::remove(const QString &set, const QUuid &id)
{
    const int index = setIndex(set);
    const Entry *entry = index < 0 ? nullptr : find(index, id);
    if (!entry)
        return false;
    EntitySet &entitySet = m_sets[index];
    entitySet.removedTokenOf.insert(id, entry->token);
    entitySet.entries.erase(entitySet.entries.begin() + (entry - entitySet.entries.data()));
    entitySet.tokenOf.remove(id);
    return true;
}

void SpfEntityStore::clear()
{
    for (EntitySet &entitySet : m_sets)
        entitySet = {};
}

std::optional<QJsonObject> SpfEntityStore::entity(const QString &set, const QUuid &id) const
{
    const int index = setIndex(set);
    const Entry *entry = index < 0 ? nullptr : find(index, id);
    if (!entry)
        return std::nullopt;
    return entry->object;
}

QByteArray SpfEntityStore::entityJson(const QString &set, const QUuid &id) const
{
    const int index = setIndex(set);
    const Entry *entry = index < 0 ? nullptr : find(index, id);
    return entry ? entry->json : QByteArray();
}

QList<QJsonObject> SpfEntityStore::entities(const QString &set) const
{
    QList<QJsonObject> out;
    const int index = setIndex(set);
    if (index < 0)
        return out;
    out.reserve(qsizetype(m_sets[index].entries.size()));
    for (const Entry &entry : m_sets[index].entries)
        out.append(entry.object);
    return out;
}

qsizetype SpfEntityStore::count(const QString &set) const
{
    const int index = setIndex(set);
    return index < 0 ? 0 : qsizetype(m_sets[index].entries.size());
}

SpfEntityStore::Page SpfEntityStore::page(const QString &set, quint64 afterToken, qsizetype skip,
                                          qsizetype limit, const QUuid &stamp, bool verbose,
                                          const QString &serviceRoot) const
{
    Page page;
    const int index = setIndex(set);
    if (index < 0)
        return page;
    const std::vector<Entry> &entries = m_sets[index].entries;
    auto matches = [&stamp](const Entry &e) { return stamp.isNull() || e.stamp == stamp; };
    page.total = stamp.isNull() ? qsizetype(entries.size())
                                : qsizetype(std::count_if(entries.begin(), entries.end(), matches));
    auto it = std::upper_bound(entries.begin(), entries.end(), afterToken,
                               [](quint64 t, const Entry &e) { return t < e.token; });
    for (qsizetype skipped = 0; it != entries.end() && skipped < std::max<qsizetype>(skip, 0);
         ++it) {
        if (matches(*it))
            ++skipped;
    }
    const Entry *last = nullptr;
    for (; it != entries.end() && (limit < 0 || page.itemCount < limit); ++it) {
        if (!matches(*it))
            continue;
        if (page.itemCount > 0)
            page.items.append(',');
        page.items.append(verbose ? verboseOf(index, *it, serviceRoot) : it->json);
        ++page.itemCount;
        last = &*it;
    }
    while (it != entries.end() && !matches(*it))
        ++it;
    if (it != entries.end() && last) {
        page.nextToken = last->token;
        page.lastId = last->id;
        page.lastStamp = last->stamp;
    }
    return page;
}

namespace {

// MS-ODATA 2.2.6.3.7: in a verbose response a collection-valued property is an object with
// its own __metadata and a "results" array (a plain array only in requests and v1 answers).
QJsonValue wrapCollections(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray items;
        bool complex = false;
        for (const QJsonValue &item : value.toArray()) {
            complex = complex || item.isObject();
            items.append(wrapCollections(item));
        }
        return QJsonObject{{QStringLiteral("__metadata"),
                            QJsonObject{{QStringLiteral("type"),
                                         complex ? QStringLiteral("Collection(VMM.SubnetVLan)")
                                                 : QStringLiteral("Collection(Edm.String)")}}},
                           {QStringLiteral("results"), items}};
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = wrapCollections(*it);
        return object;
    }
    return value;
}

} // namespace

const QByteArray &SpfEntityStore::verboseOf(int index, const Entry &entry,
                                            const QString &root) const
{
    if (entry.verbose.isEmpty()) {
        QJsonObject object = wrapCollections(entry.object).toObject();
        object.insert(QStringLiteral("__metadata"),
                      QJsonObject{{QStringLiteral("uri"),
                                   QStringLiteral("%1/%2(ID=guid'%3',StampId=guid'%4')")
                                           .arg(root, setNames()[index], guidText(entry.id),
                                                guidText(entry.stamp))},
                                  {QStringLiteral("type"), QLatin1String(typeNames[index])}});
        entry.verbose = compactJson(object);
    }
    return entry.verbose;
}

QByteArray SpfEntityStore::verboseEntityJson(const QString &set, const QUuid &id,
                                             const QString &serviceRoot) const
{
    const int index = setIndex(set);
    const Entry *entry = index < 0 ? nullptr : find(index, id);
    return entry ? verboseOf(index, *entry, serviceRoot) : QByteArray();
}

std::optional<quint64> SpfEntityStore::tokenOf(const QString &set, const QUuid &id) const
{
    const int index = setIndex(set);
    if (index < 0)
        return std::nullopt;
    const EntitySet &entitySet = m_sets[index];
    if (const auto it = entitySet.tokenOf.constFind(id); it != entitySet.tokenOf.constEnd())
        return *it;
    if (const auto it = entitySet.removedTokenOf.constFind(id);
        it != entitySet.removedTokenOf.constEnd())
        return *it;
    return std::nullopt;
}

void SpfEntityStore::addStamp(const QUuid &stampId)
{
    if (stampId != m_stampId && !m_otherStamps.contains(stampId))
        m_otherStamps.append(stampId);
}

QList<QUuid> SpfEntityStore::stamps() const
{
    return QList<QUuid>{m_stampId} + m_otherStamps;
}

QStringList SpfEntityStore::declaredProperties(const QString &set)
{
    if (set == QLatin1String("VMSubnets"))
        return {QStringLiteral("ID"),          QStringLiteral("StampId"),
                QStringLiteral("Name"),        QStringLiteral("Subnet"),
                QStringLiteral("VMNetworkId"), QStringLiteral("VMNetworkName"),
                QStringLiteral("Description"), QStringLiteral("odata.type")};
    return {};
}

QString SpfEntityStore::validateCreate(const QString &set, const QJsonObject &entity) const
{
    if (!has(entity, QStringLiteral("StampId")))
        return QStringLiteral("missing mandatory property StampId");
    if (set == QLatin1String("StaticIPAddressPools")) {
        for (const QString &property :
             {QStringLiteral("DefaultGatewayIPAddresses"), QStringLiteral("DNSServers"),
              QStringLiteral("DNSSearchSuffixes")}) {
            if (!has(entity, property))
                return QStringLiteral("missing mandatory property %1 (the collection may be "
                                      "empty)")
                        .arg(property);
            if (!entity.value(property).isArray())
                return QStringLiteral("property %1 must be a collection of strings, not %2")
                        .arg(property, shown(entity.value(property)));
        }
    }
    return validate(set, entity);
}

QString SpfEntityStore::checkReference(const QJsonObject &entity, const QString &property,
                                       const QString &targetSet) const
{
    const QJsonValue value = entity.value(property);
    const QUuid id = QUuid::fromString(value.toString());
    if (!value.isString() || id.isNull())
        return QStringLiteral("property %1 is not a GUID: %2").arg(property, shown(value));
    if (!find(setIndex(targetSet), id))
        return QStringLiteral("property %1 names no entity of %2: %3")
                .arg(property, targetSet, shown(value));
    return {};
}

QString SpfEntityStore::validate(const QString &set, const QJsonObject &entity) const
{
    const int index = setIndex(set);
    if (index < 0)
        return QStringLiteral("unknown entity set %1").arg(set);
    if (has(entity, QStringLiteral("ID"))
        && QUuid::fromString(entity.value(QStringLiteral("ID")).toString()).isNull()) {
        return QStringLiteral("property ID is not a GUID: %1")
                .arg(shown(entity.value(QStringLiteral("ID"))));
    }
    if (has(entity, QStringLiteral("StampId"))
        && !stamps().contains(
                QUuid::fromString(entity.value(QStringLiteral("StampId")).toString()))) {
        return QStringLiteral("property StampId %1 is not a stamp of this service (%2)")
                .arg(shown(entity.value(QStringLiteral("StampId"))), guidText(m_stampId));
    }
    if (const QStringList declared = declaredProperties(set); !declared.isEmpty()) {
        for (auto it = entity.constBegin(); it != entity.constEnd(); ++it) {
            if (!declared.contains(it.key()))
                return QStringLiteral("The property '%1' does not exist on type '%2'. Make sure "
                                      "to only use property names that are defined by the type.")
                        .arg(it.key(), QLatin1String(typeNames[index]));
        }
    }
    if (QString error = requireName(entity); !error.isEmpty())
        return error;
    if (QString error
        = optionalType(entity, QStringLiteral("Description"), QJsonValue::String, "a string");
        !error.isEmpty()) {
        return error;
    }

    switch (index) {
    case LogicalNetworks:
        return optionalType(entity, QStringLiteral("NetworkVirtualizationEnabled"),
                            QJsonValue::Bool, "true or false");
    case LogicalNetworkDefinitions: {
        if (!has(entity, QStringLiteral("LogicalNetworkId")))
            return QStringLiteral("missing mandatory property LogicalNetworkId");
        if (QString error = checkReference(entity, QStringLiteral("LogicalNetworkId"),
                                           QStringLiteral("LogicalNetworks"));
            !error.isEmpty()) {
            return error;
        }
        if (QString error = checkSubnetVLans(entity, false); !error.isEmpty())
            return error;
        if (has(entity, QStringLiteral("HostGroups"))) {
            const QJsonValue groups = entity.value(QStringLiteral("HostGroups"));
            bool strings = groups.isArray();
            for (const QJsonValue &group : groups.toArray())
                strings = strings && group.isString();
            if (!strings) {
                return QStringLiteral("property HostGroups must be an array of strings, not %1")
                        .arg(shown(groups));
            }
        }
        return {};
    }
    case StaticIPAddressPools: {
        const bool onDefinition = has(entity, QStringLiteral("LogicalNetworkDefinitionId"));
        const bool onVmSubnet = has(entity, QStringLiteral("VMSubnetId"));
        if (onDefinition == onVmSubnet) {
            return QStringLiteral("a pool needs exactly one of LogicalNetworkDefinitionId and "
                                  "VMSubnetId");
        }
        const QString parentProperty = onDefinition ? QStringLiteral("LogicalNetworkDefinitionId")
                                                    : QStringLiteral("VMSubnetId");
        const QString parentSet = onDefinition ? QStringLiteral("LogicalNetworkDefinitions")
                                               : QStringLiteral("VMSubnets");
        if (QString error = checkReference(entity, parentProperty, parentSet); !error.isEmpty())
            return error;
        if (!has(entity, QStringLiteral("Subnet")))
            return QStringLiteral("missing mandatory property Subnet");
        const auto parsed
                = parseSubnet(entity.value(QStringLiteral("Subnet")), QStringLiteral("Subnet"));
        if (const QString *error = std::get_if<QString>(&parsed))
            return *error;
        const ParsedSubnet &subnet = std::get<ParsedSubnet>(parsed);
        const Entry *parent = find(setIndex(parentSet),
                                   QUuid::fromString(entity.value(parentProperty).toString()));
        if (!subnetListed(parent->object, subnet)) {
            return QStringLiteral("Subnet %1 is not one of the SubnetVLans of %2 %3")
                    .arg(shown(entity.value(QStringLiteral("Subnet"))), parentProperty,
                         guidText(parent->id));
        }
        QHostAddress start;
        QHostAddress end;
        if (QString error
            = checkAddressInSubnet(entity, QStringLiteral("IPAddressRangeStart"), subnet, &start);
            !error.isEmpty()) {
            return error;
        }
        if (QString error
            = checkAddressInSubnet(entity, QStringLiteral("IPAddressRangeEnd"), subnet, &end);
            !error.isEmpty()) {
            return error;
        }
        if (compareAddresses(start, end) > 0) {
            return QStringLiteral("IPAddressRangeStart %1 is after IPAddressRangeEnd %2")
                    .arg(start.toString(), end.toString());
        }
        if (QString error = checkAddressSet(entity, QStringLiteral("IPAddressReservedSet"), subnet);
            !error.isEmpty()) {
            return error;
        }
        return checkAddressSet(entity, QStringLiteral("VIPAddressSet"), subnet);
    }
    case VMNetworks: {
        if (!has(entity, QStringLiteral("LogicalNetworkId")))
            return QStringLiteral("missing mandatory property LogicalNetworkId");
        if (QString error = checkReference(entity, QStringLiteral("LogicalNetworkId"),
                                           QStringLiteral("LogicalNetworks"));
            !error.isEmpty()) {
            return error;
        }
        if (has(entity, QStringLiteral("IsolationType"))) {
            static const QStringList kinds = {
                    QStringLiteral("NoIsolation"), QStringLiteral("WindowsNetworkVirtualization"),
                    QStringLiteral("External"), QStringLiteral("VLANNetwork")};
            const QJsonValue kind = entity.value(QStringLiteral("IsolationType"));
            if (!kinds.contains(kind.toString())) {
                return QStringLiteral("property IsolationType must be one of %1, not %2")
                        .arg(kinds.join(QStringLiteral(", ")), shown(kind));
            }
        }
        return {};
    }
    case VMSubnets:
        if (!has(entity, QStringLiteral("VMNetworkId")))
            return QStringLiteral("missing mandatory property VMNetworkId");
        if (QString error
            = checkReference(entity, QStringLiteral("VMNetworkId"), QStringLiteral("VMNetworks"));
            !error.isEmpty()) {
            return error;
        }
        if (!has(entity, QStringLiteral("Subnet")))
            return QStringLiteral("missing mandatory property Subnet");
        if (const auto subnet
            = parseSubnet(entity.value(QStringLiteral("Subnet")), QStringLiteral("Subnet"));
            std::holds_alternative<QString>(subnet))
            return std::get<QString>(subnet);
        return {};
    }
    return {};
}

QString SpfEntityStore::blockingReferences(const QString &set, const QUuid &id) const
{
    struct Reference
    {
        int from;
        const char *property;
        int to;
    };
    static constexpr Reference references[] = {
            {LogicalNetworkDefinitions, "LogicalNetworkId", LogicalNetworks},
            {VMNetworks, "LogicalNetworkId", LogicalNetworks},
            {StaticIPAddressPools, "LogicalNetworkDefinitionId", LogicalNetworkDefinitions},
            {StaticIPAddressPools, "VMSubnetId", VMSubnets},
            {VMSubnets, "VMNetworkId", VMNetworks},
    };
    const int index = setIndex(set);
    const QString idText = guidText(id);
    for (const Reference &reference : references) {
        if (reference.to != index)
            continue;
        const QString property = QLatin1String(reference.property);
        for (const Entry &entry : m_sets[reference.from].entries) {
            const QJsonValue value = entry.object.value(property);
            if (value.isString() && QUuid::fromString(value.toString()) == id) {
                return QStringLiteral("%1 %2 is still used by %3 %4 (\"%5\"); remove that first")
                        .arg(set, idText, setNames()[reference.from], guidText(entry.id),
                             entry.object.value(QStringLiteral("Name")).toString());
            }
        }
    }
    return {};
}

QString SpfEntityStore::loadSeed(const QJsonObject &seed)
{
    if (seed.contains(QStringLiteral("StampId"))) {
        const QUuid stamp = QUuid::fromString(seed.value(QStringLiteral("StampId")).toString());
        if (stamp.isNull()) {
            return QStringLiteral("StampId is not a GUID: %1")
                    .arg(shown(seed.value(QStringLiteral("StampId"))));
        }
        m_stampId = stamp;
    }
    for (auto it = seed.constBegin(); it != seed.constEnd(); ++it) {
        if (it.key() != QLatin1String("StampId") && !isSetName(it.key()))
            return QStringLiteral("unknown entity set %1 in the seed").arg(it.key());
        if (isSetName(it.key()) && !it.value().isArray())
            return QStringLiteral("%1 must be an array of entities").arg(it.key());
    }
    for (const QString &set : setNames()) {
        const QJsonArray items = seed.value(set).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].isObject())
                return QStringLiteral("%1[%2] is not an object").arg(set).arg(i);
            if (add(set, items[i].toObject()).isNull()) {
                return QStringLiteral("%1[%2]: ID %3 is used twice")
                        .arg(set)
                        .arg(i)
                        .arg(shown(items[i].toObject().value(QStringLiteral("ID"))));
            }
        }
    }
    return {};
}

QJsonObject SpfEntityStore::seed() const
{
    QJsonObject seed;
    seed.insert(QStringLiteral("StampId"), guidText(m_stampId));
    for (const QString &set : setNames()) {
        QJsonArray items;
        for (const Entry &entry : m_sets[setIndex(set)].entries)
            items.append(entry.object);
        seed.insert(set, items);
    }
    return seed;
}

} // namespace ipam::test
