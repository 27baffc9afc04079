#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>
#include <vector>

namespace ipam::test {

// The data behind the SPF test peer: VMM's five entity sets (LogicalNetworks,
// LogicalNetworkDefinitions, StaticIPAddressPools, VMNetworks, VMSubnets), each entity a JSON
// object with SPF's property names, keyed by ID under one StampId.
//
// Built to serve 100,000 entities in pages cheaply: each set is a vector in insertion order
// with a per-entity sequence number (the $skiptoken, so a page boundary survives inserts and
// removes in between) and each entity's compact JSON serialized once on write, so a page is
// a concatenation, never a re-serialization.
//
// add()/update()/remove() store what they are given (tests seed deliberately broken entities
// this way); validate() and blockingReferences() are the checks the wire's POST/PUT/MERGE and
// DELETE apply.
class SpfEntityStore
{
public:
    static const QStringList &setNames();
    static bool isSetName(const QString &set) { return setIndex(set) >= 0; }
    // SPF writes GUIDs without braces.
    static QString guidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

    explicit SpfEntityStore(const QUuid &stampId)
        : m_stampId(stampId)
    { }

    const QUuid &stampId() const { return m_stampId; }
    void setStampId(const QUuid &stampId) { m_stampId = stampId; }
    // One SPF serves every VMM server registered with it: entities of another stamp are added
    // with that StampId (the peer takes writes for any of its stamps).
    void addStamp(const QUuid &stampId);
    QList<QUuid> stamps() const;

    // Stores the entity, giving it an ID and the StampId when missing. A null QUuid when the set
    // is unknown or the ID is taken.
    QUuid add(const QString &set, QJsonObject entity);
    // Merges the properties into the entity (ID and StampId stay). False when not found.
    bool update(const QString &set, const QUuid &id, const QJsonObject &changes);
    // Replaces the entity's properties (ID and StampId stay). False when not found.
    bool replace(const QString &set, const QUuid &id, QJsonObject entity);
    bool remove(const QString &set, const QUuid &id);
    void clear();

    std::optional<QJsonObject> entity(const QString &set, const QUuid &id) const;
    // Compact JSON of one entity; empty when not found.
    QByteArray entityJson(const QString &set, const QUuid &id) const;
    QList<QJsonObject> entities(const QString &set) const;
    qsizetype count(const QString &set) const;

    // The checks of a wire write: mandatory properties, their types and formats, references
    // to existing entities. Empty when valid, else a message naming the property and value.
    // Mandatory: Name everywhere; LogicalNetworkId (definitions, VM networks); VMNetworkId and
    // Subnet, a CIDR string, and nothing undeclared such as SubnetVLans (VM subnets, as
    // VMM.VMSubnet); Subnet, IPAddressRangeStart/End and exactly one of
    // LogicalNetworkDefinitionId / VMSubnetId (pools, whose Subnet must be one of the
    // definition's SubnetVLans or the VM subnet's Subnet and whose addresses and reserved/VIP
    // sets lie inside it). Subnets are prefix/length with host bits clear, VLanID 0..4094,
    // IsolationType one of SPF's four names, StampId (if given) one of the peer's stamps.
    QString validate(const QString &set, const QJsonObject &entity) const;
    // What SPF requires on a POST beyond validate(): StampId, and a pool's
    // DefaultGatewayIPAddresses, DNSServers and DNSSearchSuffixes (lists, may be empty).
    QString validateCreate(const QString &set, const QJsonObject &entity) const;
    // Properties a VM subnet may carry (VMM.VMSubnet): anything else is WCF Data Services'
    // 400 for an undeclared property. Empty for sets not checked this strictly.
    static QStringList declaredProperties(const QString &set);
    // The token of an entity (also of one removed since): where a key-valued $skiptoken
    // resumes. nullopt for an ID the set never held.
    std::optional<quint64> tokenOf(const QString &set, const QUuid &id) const;
    // Why removing the entity would leave a dangling reference; empty when it may go.
    QString blockingReferences(const QString &set, const QUuid &id) const;

    // One page of a set: the entities after sequence number afterToken (0 = from the start),
    // then skip more, at most limit (negative = all).
    // `stamp`: only that stamp's entities (null: every stamp). `verbose`: each entity as
    // verbose JSON writes it (__metadata with its URI under serviceRoot, collections wrapped).
    struct Page
    {
        QByteArray items; // comma-separated compact JSON objects, no brackets
        qsizetype itemCount = 0;
        qsizetype total = 0;
        std::optional<quint64> nextToken; // set when entities remain after this page
        QUuid lastId, lastStamp;          // the key of the page's last entity
    };
    Page page(const QString &set, quint64 afterToken, qsizetype skip, qsizetype limit,
              const QUuid &stamp = {}, bool verbose = false, const QString &serviceRoot = {}) const;
    // One entity in verbose JSON (see page()); empty when not found.
    QByteArray verboseEntityJson(const QString &set, const QUuid &id,
                                 const QString &serviceRoot) const;

    // A realistic fabric of exactly count entities (see spffabric.cpp).
    void generate(int count);

    // Seed files: {"StampId": "...", "LogicalNetworks": [...], ...}. Entities are stored as
    // given (not validated); returns an error message, empty on success.
    QString loadSeed(const QJsonObject &seed);
    QJsonObject seed() const;

private:
    struct Entry
    {
        quint64 token;
        QUuid id;
        QJsonObject object;
        QByteArray json;
        QUuid stamp;
        mutable QByteArray verbose; // made on first use by a verbose page
    };
    struct EntitySet
    {
        std::vector<Entry> entries; // ascending token
        QHash<QUuid, quint64> tokenOf;
        QHash<QUuid, quint64> removedTokenOf;
    };
    const QByteArray &verboseOf(int setIndex, const Entry &entry, const QString &root) const;

    static int setIndex(const QString &set);
    const Entry *find(int setIndex, const QUuid &id) const;
    Entry *find(int setIndex, const QUuid &id);
    QString checkReference(const QJsonObject &entity, const QString &property,
                           const QString &targetSet) const;

    QUuid m_stampId;
    QList<QUuid> m_otherStamps;
    std::array<EntitySet, 5> m_sets;
    quint64 m_nextToken = 1;
};

} // namespace ipam::test
