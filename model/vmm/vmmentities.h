#pragma once

#include "address/parsed.h"
#include "domain/enums.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// The wire contract of the VMM connector (SPF's entity sets and property names; README's "VMM
// sync" section lists it) and the canonical form both sides are compared in.
//
// Canonical values are a JSON object in the contract's property names with every property the
// sync maps present and normalized (GUIDs lower case without braces, prefixes and addresses in
// their canonical text, lists sorted, defaults filled in). A VMM entity and an IPAM object map
// to the same canonical object exactly when they agree; the link's baseline is one too.

namespace ipam {
class JsonText;
struct ODataMetadata;
} // namespace ipam

namespace ipam::vmm {

inline const QString logicalNetworks = QStringLiteral("LogicalNetworks");
inline const QString definitions = QStringLiteral("LogicalNetworkDefinitions");
inline const QString pools = QStringLiteral("StaticIPAddressPools");
inline const QString vmNetworks = QStringLiteral("VMNetworks");
inline const QString vmSubnets = QStringLiteral("VMSubnets");

// Parents first: the order of creates; deletes go the other way. LogicalNetworkDefinitions is
// not SPF's: it is the project's documented extension (VMM's cmdlet shape), read when the
// service document offers it; otherwise network sites are derived from the pools
// (VmmDerivedSites).
const QStringList &entitySets();
// The four sets SPF documents; a service that lacks one of them is not SPF's VMM service.
const QStringList &contractSets();
// The properties of each set the connector cannot do without (it reads or writes them, and
// SPF documents them: SPF-CONTRACT.md 1.5; the site set's are the extension's). VIPAddressSet
// and VMHostGroup are read where given and not required.
QStringList reliedOnProperties(const QString &set);
// Empty when the service's $metadata declares every offered set of entitySets() with every
// property reliedOnProperties() names; else the first gap, naming the set, its entity type
// and the missing properties.
QString metadataProblem(const ODataMetadata &metadata, const QStringList &offeredSets,
                        const QString &serviceUrl);

// The HTTP verbs SPF documents per entity set (SPF 2016 collection pages): LogicalNetworks GET
// only; VMSubnets and StaticIPAddressPools no PUT; VMNetworks all four. The site set (our
// extension) takes all four. A verb a set lacks is never sent.
enum class Verb { Get, Post, Put, Delete };
bool allows(const QString &set, Verb verb);
QString verbName(Verb verb);
// Why a change cannot reach VMM, for the "not in VMM" list: "SPF's VMSubnets take no PUT".
QString notAllowedReason(const QString &set, Verb verb);
// Properties SPF takes on POST only ("-" under Update): a PUT never carries them, and a change
// of one cannot reach VMM.
QStringList createOnlyProperties(const QString &set);
ObjectKind kindOfSet(const QString &set);
QString setOfKind(ObjectKind kind); // empty for kinds VMM does not hold

// An entity as VMM sent it, read: its key and its canonical values.
struct RemoteEntity
{
    QUuid id;
    QUuid stampId;
    QJsonObject values;
    QByteArray valuesText; // `values` as compact JSON (QJsonDocument's), as baselines are kept
    quint64 hash = 0;      // entityFingerprint() of what VMM sent
    // Its fingerprint is the one its link recorded when the entity equalled the baseline: it
    // was not normalised, `values` is empty (the baseline stands for it).
    bool sameAsBaseline = false;
    // Its JSON text as VMM sent it, kept while not normalised: a view into the page, which
    // the run holds until it ends.
    QByteArrayView raw;
    // A pool's VMHostGroup as sent (not a canonical value: IPAM keeps host groups on the
    // site): what a derived network site learns its host groups from.
    QString hostGroup;
    QString name() const { return values.value(QLatin1String("Name")).toString(); }
};

// Reads one entity of `set`; refuses it, naming the property, when a mandatory property is
// missing or unreadable. Unknown properties are ignored.
Parsed<RemoteEntity> parseEntity(const QString &set, const QJsonObject &entity);
// The ID alone (to tell "refused" from "gone" for an entity that could not be read).
QUuid idOf(const QJsonObject &entity);

// A 64-bit fingerprint of an entity as VMM sent it: SipHash-2-4 (fixed key) over its JSON
// text, prefixed by a format version that changes whenever parseEntity's normalisation does.
// The whole text, not only the contract's properties: a property parseEntity starts to read
// later can never be missed. The bytes, not the values: the same entity sent in another
// spelling (key order, spaces) costs one normalisation and compare, which then records the
// new fingerprint. Equal fingerprints of the same entity are taken as "unchanged": SipHash's
// output is a pseudo-random function of the bytes, so an edit escapes only with probability
// 2^-64. Nobody gains by forging one: whoever can change an entity in VMM can already change
// what the sync copies.
quint64 entityFingerprint(QByteArrayView entityText);
// The same hash over plain bytes (IPAM's side: see VmmIpamState::loadIpamKeys).
quint64 fingerprint(QByteArrayView bytes);

QString guidText(const QUuid &id); // "" for a null id
// "SubnetVLans": [{"Subnet": ..., "VLanID": ...}, ...] sorted by subnet, as a normalised
// entity and a baseline hold it (see JsonText).
void writeSubnetVLans(JsonText &json, QList<QPair<QString, int>> pairs);
// "a, b-c" from the contract's string (or an array of strings), trimmed and rejoined.
QString normalizedAddressSet(const QJsonValue &value);

// A collection-valued property in either JSON shape: a plain array (JSON light, requests) or
// verbose JSON's {"__metadata": {...}, "results": [...]} (MS-ODATA 2.2.6.3.7). Empty when
// absent or null.
QJsonArray collectionOf(const QJsonValue &value);

// The body to POST: the canonical values without empty references, plus what SPF requires on
// a create that the canonical values leave out (a pool's DNSSearchSuffixes, empty).
QJsonObject wireBody(const QString &set, const QJsonObject &values);
// The body of a partial PUT (SPF: "provide only the properties that actually change"): the
// updatable properties whose value differs from the baseline. Empty when nothing updatable
// changed; `createOnlyChanged` lists the create-only properties that did change.
QJsonObject partialBody(const QString &set, const QJsonObject &baseline, const QJsonObject &values,
                        QStringList *createOnlyChanged);

} // namespace ipam::vmm
