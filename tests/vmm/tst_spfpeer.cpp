// The SPF test peer, driven over real HTTP with QNetworkAccessManager the way the VMM
// connector drives it: both JSON shapes, paging that visits every entity exactly once (also
// while entities change between pages), credentials, every injected fault, the writes
// (POST/PUT/MERGE/PATCH/DELETE, tunnelled verbs), refused writes and 400 on bad bodies, and
// the cost of serving 100,000 entities.

#include "spfntlm.h"
#include "spfpeer.h"
#include "testpaths.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ipam::test::NtlmServerSession;
using ipam::test::SpfEntityStore;
using ipam::test::SpfPeer;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json; // empty when the body is not a JSON object
    bool jsonValid = false;
    QByteArray location;
    QByteArray contentLength;

    // {"odata.error": ...} (JSON light) or {"error": ...} (verbose).
    QString errorMessage() const
    {
        const QJsonValue error = json.contains(QStringLiteral("odata.error"))
                ? json.value(QStringLiteral("odata.error"))
                : json.value(QStringLiteral("error"));
        return error.toObject()
                .value(QStringLiteral("message"))
                .toObject()
                .value(QStringLiteral("value"))
                .toString();
    }
};

const QString LogicalNetworks = QStringLiteral("LogicalNetworks");
const QString Definitions = QStringLiteral("LogicalNetworkDefinitions");
const QString Pools = QStringLiteral("StaticIPAddressPools");
const QString VMNetworks = QStringLiteral("VMNetworks");
const QString VMSubnets = QStringLiteral("VMSubnets");

} // namespace

class TestSpfPeer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void servesExactlySpfByDefault();
    void servesTheContractsPropertiesInTheLightShape();
    void servesTheVerboseShape();
    void pagingVisitsEveryEntityExactlyOnce_data();
    void pagingVisitsEveryEntityExactlyOnce();
    void pagingSurvivesChangesBetweenPages();
    void honoursTopSkipAndInlineCount();
    void servesOneEntityByKey();
    void refusesRequestsWithoutTheRequiredCredentials();
    void ntlmMatchesTheSpecificationsExample();
    void ntlmAuthenticatesQAuthenticatorsHandshake();
    void ntlmRefusesAWrongPasswordOrAnotherAccount_data();
    void ntlmRefusesAWrongPasswordOrAnotherAccount();
    void failNextAnswersTheStatusForMatchingRequestsOnly();
    void delayNextSlowsTheAnswer();
    void dropNextClosesWithoutAnAnswer();
    void truncateNextCutsTheBodyShortOfItsContentLength();
    void malformNextAnswersBrokenJson();
    void postCreatesAndAnswers201WithTheEntity();
    void putMergeAndPatchChangeOnlyWhatTheySend();
    void deleteRemovesButNotWhileReferenced();
    void refusedWritesAnswerTheStatusWithAMessage();
    void badBodiesAnswer400AndChangeNothing_data();
    void badBodiesAnswer400AndChangeNothing();
    void logsEveryRequest();
    void servesOneHundredThousandEntitiesInWellUnderASecond();
    void runsInItsOwnThread();
    void standaloneExecutableServesGeneratedAndSeededData();

private:
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QUrl &url) { return send("GET", url); }
    QUrl setUrl(const QString &set, const QString &query = {}) const;
    // Follows odata.nextLink / __next; returns the IDs seen (in order) and the page count.
    QList<QString> readAll(const QString &set, int *pages);
    QUuid addLogicalNetwork(const QString &name);
    QUuid addDefinition(const QUuid &logicalNetwork, const QString &subnet);

    std::unique_ptr<SpfPeer> m_peer;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSpfPeer::init()
{
    m_peer = std::make_unique<SpfPeer>();
    m_peer->setSiteSet(true); // most tests here use sites; servesExactlySpfByDefault does not
    QVERIFY(m_peer->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setProxy(QNetworkProxy::NoProxy); // never an environment proxy for 127.0.0.1
}

void TestSpfPeer::cleanup()
{
    m_manager.reset();
    m_peer.reset();
}

Reply TestSpfPeer::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager->sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    out.location = reply->rawHeader("Location");
    out.contentLength = reply->rawHeader("Content-Length");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(out.body, &parseError);
    out.jsonValid = parseError.error == QJsonParseError::NoError;
    out.json = document.object();
    reply->deleteLater();
    return out;
}

QUrl TestSpfPeer::setUrl(const QString &set, const QString &query) const
{
    QUrl url(m_peer->baseUrl().toString() + QLatin1Char('/') + set);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QList<QString> TestSpfPeer::readAll(const QString &set, int *pages)
{
    QList<QString> ids;
    *pages = 0;
    QUrl next = setUrl(set);
    while (next.isValid() && *pages < 10000) {
        const Reply reply = get(next);
        if (reply.status != 200)
            return {QStringLiteral("HTTP %1").arg(reply.status)};
        ++*pages;
        const bool verbose = reply.json.contains(QStringLiteral("d"));
        const QJsonObject container
                = verbose ? reply.json.value(QStringLiteral("d")).toObject() : reply.json;
        const QJsonArray items
                = container.value(verbose ? QStringLiteral("results") : QStringLiteral("value"))
                          .toArray();
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("ID")).toString());
        next = QUrl(container
                            .value(verbose ? QStringLiteral("__next")
                                           : QStringLiteral("odata.nextLink"))
                            .toString());
    }
    return ids;
}

QUuid TestSpfPeer::addLogicalNetwork(const QString &name)
{
    return m_peer->add(LogicalNetworks,
                       {{QStringLiteral("Name"), name},
                        {QStringLiteral("Description"), QStringLiteral("test")},
                        {QStringLiteral("NetworkVirtualizationEnabled"), false}});
}

QUuid TestSpfPeer::addDefinition(const QUuid &logicalNetwork, const QString &subnet)
{
    return m_peer->add(
            Definitions,
            {{QStringLiteral("Name"), QStringLiteral("Site ") + subnet},
             {QStringLiteral("LogicalNetworkId"), SpfEntityStore::guidText(logicalNetwork)},
             {QStringLiteral("SubnetVLans"),
              QJsonArray{QJsonObject{{QStringLiteral("Subnet"), subnet},
                                     {QStringLiteral("VLanID"), 12}}}},
             {QStringLiteral("HostGroups"), QJsonArray{QStringLiteral("All Hosts\\East")}}});
}

// What a real SPF serves (SPF-CONTRACT.md): its four sets only, its verbs, partial PUT,
// create-only properties refused in a PUT, $metadata, key-valued $skiptoken, verbose JSON's
// wrapped collections, several stamps filtered with $filter=StampId eq guid'...'.
void TestSpfPeer::servesExactlySpfByDefault()
{
    m_peer->setSiteSet(false);
    QVERIFY(!SpfPeer().siteSet()); // the default
    const Reply service = get(m_peer->baseUrl());
    QStringList names;
    for (const QJsonValue &set : service.json.value(QStringLiteral("value")).toArray())
        names << set.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, QStringList({LogicalNetworks, Pools, VMNetworks, VMSubnets}));
    const Reply sites = get(setUrl(Definitions));
    QCOMPARE(sites.status, 404);
    QVERIFY(sites.errorMessage().contains(
            QStringLiteral("Resource not found for the segment 'LogicalNetworkDefinitions'")));

    const QString stamp = SpfEntityStore::guidText(m_peer->stampId());
    const QUuid network = addLogicalNetwork(QStringLiteral("LN"));
    const QUuid vmNetwork
            = m_peer->add(VMNetworks,
                          {{QStringLiteral("Name"), QStringLiteral("VMN")},
                           {QStringLiteral("Description"), QStringLiteral("before")},
                           {QStringLiteral("LogicalNetworkId"), SpfEntityStore::guidText(network)},
                           {QStringLiteral("IsolationType"), QStringLiteral("External")}});
    const QUuid vmSubnet
            = m_peer->add(VMSubnets,
                          {{QStringLiteral("Name"), QStringLiteral("web")},
                           {QStringLiteral("VMNetworkId"), SpfEntityStore::guidText(vmNetwork)},
                           {QStringLiteral("Subnet"), QStringLiteral("10.1.0.0/24")}});
    const QUuid pool
            = m_peer->add(Pools,
                          {{QStringLiteral("Name"), QStringLiteral("pool")},
                           {QStringLiteral("VMSubnetId"), SpfEntityStore::guidText(vmSubnet)},
                           {QStringLiteral("Subnet"), QStringLiteral("10.1.0.0/24")},
                           {QStringLiteral("IPAddressRangeStart"), QStringLiteral("10.1.0.10")},
                           {QStringLiteral("IPAddressRangeEnd"), QStringLiteral("10.1.0.20")},
                           {QStringLiteral("DNSServers"), QJsonArray{QStringLiteral("10.1.0.2")}}});
    // Verbs: LogicalNetworks GET only; VMSubnets and pools no PUT (nor MERGE); VMNetworks all.
    QCOMPARE(send("PUT", m_peer->entityUrl(LogicalNetworks, network), R"({"Name":"x"})").status,
             405);
    QCOMPARE(send("PUT", m_peer->entityUrl(VMSubnets, vmSubnet), R"({"Name":"x"})").status, 405);
    QCOMPARE(send("MERGE", m_peer->entityUrl(Pools, pool), R"({"Name":"x"})").status, 405);
    // A partial PUT: only Name changes; a create-only property is a 400 naming it.
    QCOMPARE(send("PUT", m_peer->entityUrl(VMNetworks, vmNetwork),
                  QStringLiteral(R"({"ID":"%1","StampId":"%2","Name":"Renamed"})")
                          .arg(SpfEntityStore::guidText(vmNetwork), stamp)
                          .toUtf8())
                     .status,
             204);
    const QJsonObject renamed = *m_peer->entity(VMNetworks, vmNetwork);
    QCOMPARE(renamed.value(QStringLiteral("Name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(renamed.value(QStringLiteral("Description")).toString(), QStringLiteral("before"));
    const Reply createOnly = send("PUT", m_peer->entityUrl(VMNetworks, vmNetwork),
                                  R"({"IsolationType":"NoIsolation"})");
    QCOMPARE(createOnly.status, 400);
    QVERIFY(createOnly.errorMessage().contains(QStringLiteral("IsolationType")));
    // Guid'...' as Microsoft's own examples write it addresses the same entity.
    QCOMPARE(get(QUrl(m_peer->baseUrl().toString()
                      + QStringLiteral("/VMNetworks(ID=Guid'%1',StampId=Guid'%2')")
                                .arg(SpfEntityStore::guidText(vmNetwork), stamp)))
                     .status,
             200);

    // $metadata: the CSDL of namespace VMM, with the sets served.
    const Reply metadata = get(QUrl(m_peer->baseUrl().toString() + QStringLiteral("/$metadata")));
    QCOMPARE(metadata.status, 200);
    QVERIFY(metadata.body.contains("<Schema Namespace=\"VMM\""));
    QVERIFY(metadata.body.contains("<EntitySet Name=\"VMSubnets\" EntityType=\"VMM.VMSubnet\"/>"));
    QVERIFY(!metadata.body.contains("LogicalNetworkDefinitions"));

    // Verbose: __metadata per entity, collections wrapped in {"__metadata", "results"}.
    m_peer->setShape(SpfPeer::Shape::Verbose);
    const QJsonObject verbosePool = get(setUrl(Pools))
                                            .json.value(QStringLiteral("d"))
                                            .toObject()
                                            .value(QStringLiteral("results"))
                                            .toArray()
                                            .first()
                                            .toObject();
    QCOMPARE(verbosePool.value(QStringLiteral("__metadata"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
             QStringLiteral("VMM.StaticIPAddressPool"));
    const QJsonObject dns = verbosePool.value(QStringLiteral("DNSServers")).toObject();
    QCOMPARE(dns.value(QStringLiteral("results")).toArray(),
             QJsonArray{QStringLiteral("10.1.0.2")});
    QCOMPARE(dns.value(QStringLiteral("__metadata")).toObject().value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("Collection(Edm.String)")));
    const Reply verboseService = get(m_peer->baseUrl());
    QCOMPARE(verboseService.json.value(QStringLiteral("d"))
                     .toObject()
                     .value(QStringLiteral("EntitySets"))
                     .toArray()
                     .size(),
             4);
    m_peer->setShape(SpfPeer::Shape::Light);

    // Several stamps in one set; $filter scopes one; next links carry key values.
    const QUuid other = QUuid::createUuid();
    m_peer->addStamp(other);
    for (int i = 0; i < 3; ++i)
        m_peer->add(LogicalNetworks,
                    {{QStringLiteral("Name"), QStringLiteral("Other %1").arg(i)},
                     {QStringLiteral("StampId"), SpfEntityStore::guidText(other)}});
    m_peer->setPageSize(2);
    const Reply first = get(setUrl(LogicalNetworks,
                                   QStringLiteral("$filter=StampId%20eq%20guid'%1'")
                                           .arg(SpfEntityStore::guidText(other))));
    QCOMPARE(first.status, 200);
    const QJsonArray firstItems = first.json.value(QStringLiteral("value")).toArray();
    QCOMPARE(firstItems.size(), 2);
    for (const QJsonValue &item : firstItems)
        QCOMPARE(item.toObject().value(QStringLiteral("StampId")).toString(),
                 SpfEntityStore::guidText(other));
    const QString next = first.json.value(QStringLiteral("odata.nextLink")).toString();
    QVERIFY2(next.startsWith(m_peer->baseUrl().toString()), qPrintable(next));
    QVERIFY2(QUrl::fromPercentEncoding(next.toUtf8())
                     .contains(QStringLiteral("$skiptoken=guid'%1',guid'%2'")
                                       .arg(firstItems.last()
                                                    .toObject()
                                                    .value(QStringLiteral("ID"))
                                                    .toString(),
                                            SpfEntityStore::guidText(other))),
             qPrintable(next));
    const QJsonArray rest = get(QUrl(next)).json.value(QStringLiteral("value")).toArray();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().toObject().value(QStringLiteral("Name")).toString(),
             QStringLiteral("Other 2"));
}

void TestSpfPeer::servesTheContractsPropertiesInTheLightShape()
{
    m_peer->generate(66); // two fabric units: both isolation styles
    const QHash<QString, QStringList> contract = {
            {LogicalNetworks,
             {"ID", "StampId", "Name", "Description", "NetworkVirtualizationEnabled"}},
            {Definitions,
             {"ID", "StampId", "Name", "LogicalNetworkId", "SubnetVLans", "HostGroups"}},
            {Pools,
             {"ID", "StampId", "Name", "Subnet", "IPAddressRangeStart", "IPAddressRangeEnd",
              "IPAddressReservedSet", "VIPAddressSet"}},
            {VMNetworks,
             {"ID", "StampId", "Name", "Description", "LogicalNetworkId", "IsolationType"}},
            {VMSubnets, {"ID", "StampId", "Name", "VMNetworkId", "Subnet"}},
    };
    const QString stamp = SpfEntityStore::guidText(m_peer->stampId());
    for (auto it = contract.constBegin(); it != contract.constEnd(); ++it) {
        const Reply reply = get(setUrl(it.key()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("odata.metadata")).toString(),
                 m_peer->baseUrl().toString() + QStringLiteral("/$metadata#") + it.key());
        QVERIFY(!reply.json.contains(QStringLiteral("odata.nextLink"))); // no paging set
        const QJsonArray items = reply.json.value(QStringLiteral("value")).toArray();
        QCOMPARE(items.size(), m_peer->count(it.key()));
        QVERIFY2(!items.isEmpty(), qPrintable(it.key()));
        for (const QJsonValue &item : items) {
            const QJsonObject entity = item.toObject();
            for (const QString &property : it.value())
                QVERIFY2(entity.contains(property),
                         qPrintable(it.key() + QLatin1Char('.') + property));
            QCOMPARE(entity.value(QStringLiteral("StampId")).toString(), stamp);
        }
    }
    // The generated fabric holds together: every reference resolves, pools name a parent.
    QSet<QString> logicalNetworks, definitions, vmNetworks, vmSubnets;
    for (const QJsonObject &e : m_peer->entities(LogicalNetworks))
        logicalNetworks.insert(e.value(QStringLiteral("ID")).toString());
    for (const QJsonObject &e : m_peer->entities(Definitions)) {
        definitions.insert(e.value(QStringLiteral("ID")).toString());
        QVERIFY(logicalNetworks.contains(e.value(QStringLiteral("LogicalNetworkId")).toString()));
    }
    for (const QJsonObject &e : m_peer->entities(VMNetworks)) {
        vmNetworks.insert(e.value(QStringLiteral("ID")).toString());
        QVERIFY(logicalNetworks.contains(e.value(QStringLiteral("LogicalNetworkId")).toString()));
    }
    for (const QJsonObject &e : m_peer->entities(VMSubnets)) {
        vmSubnets.insert(e.value(QStringLiteral("ID")).toString());
        QVERIFY(vmNetworks.contains(e.value(QStringLiteral("VMNetworkId")).toString()));
    }
    for (const QJsonObject &e : m_peer->entities(Pools)) {
        const QString onDefinition
                = e.value(QStringLiteral("LogicalNetworkDefinitionId")).toString();
        const QString onVmSubnet = e.value(QStringLiteral("VMSubnetId")).toString();
        QVERIFY(definitions.contains(onDefinition) != vmSubnets.contains(onVmSubnet));
    }
    QCOMPARE(m_peer->count(LogicalNetworks) + m_peer->count(Definitions) + m_peer->count(Pools)
                     + m_peer->count(VMNetworks) + m_peer->count(VMSubnets),
             66);
}

void TestSpfPeer::servesTheVerboseShape()
{
    m_peer->setShape(SpfPeer::Shape::Verbose);
    m_peer->setPageSize(2);
    for (int i = 0; i < 3; ++i)
        addLogicalNetwork(QStringLiteral("LN %1").arg(i));

    const Reply first = get(setUrl(LogicalNetworks));
    QCOMPARE(first.status, 200);
    QVERIFY(!first.json.contains(QStringLiteral("value")));
    const QJsonObject d = first.json.value(QStringLiteral("d")).toObject();
    QCOMPARE(d.value(QStringLiteral("results")).toArray().size(), 2);
    const QString next = d.value(QStringLiteral("__next")).toString();
    QVERIFY2(next.startsWith(m_peer->baseUrl().toString() + QStringLiteral("/LogicalNetworks?")),
             qPrintable(next));
    QVERIFY(next.contains(QStringLiteral("$skiptoken=")));

    const Reply second = get(QUrl(next));
    const QJsonObject d2 = second.json.value(QStringLiteral("d")).toObject();
    QCOMPARE(d2.value(QStringLiteral("results")).toArray().size(), 1);
    QVERIFY(!d2.contains(QStringLiteral("__next")));

    // Relative next links resolve against the service root.
    m_peer->setRelativeNextLinks(true);
    const QString relative = get(setUrl(LogicalNetworks))
                                     .json.value(QStringLiteral("d"))
                                     .toObject()
                                     .value(QStringLiteral("__next"))
                                     .toString();
    QVERIFY2(relative.startsWith(QStringLiteral("LogicalNetworks?$skiptoken=")),
             qPrintable(relative));
    const QUrl resolved
            = QUrl(m_peer->baseUrl().toString() + QLatin1Char('/')).resolved(QUrl(relative));
    QCOMPARE(get(resolved).json.value(QStringLiteral("d")).toObject(), d2);
    m_peer->setRelativeNextLinks(false);

    const QUuid id = QUuid::fromString(
            m_peer->entities(LogicalNetworks).first().value(QStringLiteral("ID")).toString());
    const Reply one = get(m_peer->entityUrl(LogicalNetworks, id));
    QCOMPARE(one.status, 200);
    QCOMPARE(
            one.json.value(QStringLiteral("d")).toObject().value(QStringLiteral("Name")).toString(),
            QStringLiteral("LN 0"));

    // Errors in the verbose shape are {"error": {...}} (MS-ODATA), in light {"odata.error"}.
    const Reply missing = get(m_peer->entityUrl(LogicalNetworks, QUuid::createUuid()));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.errorMessage().contains(QStringLiteral("No entity")));
}

void TestSpfPeer::pagingVisitsEveryEntityExactlyOnce_data()
{
    QTest::addColumn<bool>("verbose");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("light, 7 per page") << false << 7;
    QTest::newRow("verbose, 7 per page") << true << 7;
    QTest::newRow("light, page = whole set") << false << 1000;
    QTest::newRow("light, 1 per page") << false << 1;
}

void TestSpfPeer::pagingVisitsEveryEntityExactlyOnce()
{
    QFETCH(bool, verbose);
    QFETCH(int, pageSize);
    m_peer->setShape(verbose ? SpfPeer::Shape::Verbose : SpfPeer::Shape::Light);
    m_peer->setPageSize(pageSize);
    m_peer->generate(330);
    for (const QString &set : SpfEntityStore::setNames()) {
        int pages = 0;
        const QList<QString> ids = readAll(set, &pages);
        QStringList expected;
        for (const QJsonObject &entity : m_peer->entities(set))
            expected.append(entity.value(QStringLiteral("ID")).toString());
        QCOMPARE(ids, expected); // every one, once, in order
        QCOMPARE(pages, std::max(1, int((expected.size() + pageSize - 1) / pageSize)));
    }
}

void TestSpfPeer::pagingSurvivesChangesBetweenPages()
{
    // $skiptoken names the last entity served, so removing an entity already served or adding
    // one does not make the next page skip or repeat anything.
    m_peer->setPageSize(10);
    QList<QUuid> ids;
    for (int i = 0; i < 30; ++i)
        ids.append(addLogicalNetwork(QStringLiteral("LN %1").arg(i)));
    const Reply first = get(setUrl(LogicalNetworks));
    QCOMPARE(first.json.value(QStringLiteral("value")).toArray().size(), 10);
    QVERIFY(m_peer->remove(LogicalNetworks, ids[2]));
    QVERIFY(m_peer->remove(LogicalNetworks, ids[9]));
    const QUuid added = addLogicalNetwork(QStringLiteral("LN new"));

    QStringList rest;
    QUrl next(first.json.value(QStringLiteral("odata.nextLink")).toString());
    for (int guard = 0; next.isValid() && guard < 10; ++guard) {
        const Reply page = get(next);
        for (const QJsonValue &item : page.json.value(QStringLiteral("value")).toArray())
            rest.append(item.toObject().value(QStringLiteral("ID")).toString());
        next = QUrl(page.json.value(QStringLiteral("odata.nextLink")).toString());
    }
    QStringList expected;
    for (int i = 10; i < 30; ++i)
        expected.append(SpfEntityStore::guidText(ids[i]));
    expected.append(SpfEntityStore::guidText(added));
    QCOMPARE(rest, expected);
}

void TestSpfPeer::honoursTopSkipAndInlineCount()
{
    m_peer->setPageSize(4);
    for (int i = 0; i < 10; ++i)
        addLogicalNetwork(QStringLiteral("LN %1").arg(i));
    const Reply reply = get(setUrl(
            LogicalNetworks,
            QStringLiteral("$top=6&$skip=1&$inlinecount=allpages&$filter=StampId%20eq%20guid'%1'")
                    .arg(SpfEntityStore::guidText(m_peer->stampId()))));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("odata.count")).toString(), QStringLiteral("10"));
    const QJsonArray page = reply.json.value(QStringLiteral("value")).toArray();
    QCOMPARE(page.size(), 4);
    QCOMPARE(page.first().toObject().value(QStringLiteral("Name")).toString(),
             QStringLiteral("LN 1"));
    const QString next = reply.json.value(QStringLiteral("odata.nextLink")).toString();
    // Other options travel on in the next link unchanged.
    QVERIFY2(next.contains(QStringLiteral("$filter=StampId%20eq%20guid'")), qPrintable(next));
    const Reply second = get(QUrl(next));
    const QJsonArray rest = second.json.value(QStringLiteral("value")).toArray();
    QCOMPARE(rest.size(), 2); // $top=6 in all
    QCOMPARE(rest.last().toObject().value(QStringLiteral("Name")).toString(),
             QStringLiteral("LN 6"));
    QVERIFY(!second.json.contains(QStringLiteral("odata.nextLink")));

    const Reply count = get(setUrl(LogicalNetworks + QStringLiteral("/$count")));
    QCOMPARE(count.body, QByteArray("10"));
    QCOMPARE(get(setUrl(LogicalNetworks, QStringLiteral("$top=x"))).status, 400);
    // The one filter SPF's clients send; any other is refused, naming it.
    const Reply otherFilter
            = get(setUrl(LogicalNetworks, QStringLiteral("$filter=Name%20eq%20'x'")));
    QCOMPARE(otherFilter.status, 400);
    QVERIFY2(otherFilter.errorMessage().contains(QStringLiteral("Name eq 'x'")),
             qPrintable(otherFilter.errorMessage()));
}

void TestSpfPeer::servesOneEntityByKey()
{
    const QUuid id = addLogicalNetwork(QStringLiteral("Edge"));
    const Reply reply = get(m_peer->entityUrl(LogicalNetworks, id));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("Name")).toString(), QStringLiteral("Edge"));
    QCOMPARE(reply.json.value(QStringLiteral("ID")).toString(), SpfEntityStore::guidText(id));
    QVERIFY(reply.json.value(QStringLiteral("odata.metadata"))
                    .toString()
                    .endsWith(QStringLiteral("/@Element")));

    // The key without StampId, and percent-encoded quotes, address the same entity.
    const QUrl bare(m_peer->baseUrl().toString()
                    + QStringLiteral("/LogicalNetworks(ID=guid%27%1%27)")
                              .arg(SpfEntityStore::guidText(id)));
    QCOMPARE(get(bare).status, 200);
    // Another stamp's key, an unknown ID, a bad key, an unknown set, outside the service.
    const QUrl otherStamp(m_peer->baseUrl().toString()
                          + QStringLiteral("/LogicalNetworks(ID=guid'%1',StampId=guid'%2')")
                                    .arg(SpfEntityStore::guidText(id),
                                         SpfEntityStore::guidText(QUuid::createUuid())));
    QCOMPARE(get(otherStamp).status, 404);
    QCOMPARE(get(m_peer->entityUrl(LogicalNetworks, QUuid::createUuid())).status, 404);
    QCOMPARE(get(QUrl(m_peer->baseUrl().toString() + QStringLiteral("/LogicalNetworks(ID=42)")))
                     .status,
             400);
    const Reply unknownSet = get(setUrl(QStringLiteral("VirtualMachines")));
    QCOMPARE(unknownSet.status, 404);
    QVERIFY(unknownSet.errorMessage().contains(QStringLiteral("VirtualMachines")));
    QUrl outside = m_peer->baseUrl();
    outside.setPath(QStringLiteral("/other"));
    QCOMPARE(get(outside).status, 404);
    // The service document lists the five sets.
    const Reply service = get(m_peer->baseUrl());
    QCOMPARE(service.json.value(QStringLiteral("value")).toArray().size(), 5);
}

void TestSpfPeer::refusesRequestsWithoutTheRequiredCredentials()
{
    addLogicalNetwork(QStringLiteral("Secret"));
    m_peer->setRequiredBearerToken(QStringLiteral("t0ken"));
    m_peer->setRequiredBasic(QStringLiteral("svc-ipam"), QStringLiteral("pa:ss"));

    const Reply none = get(setUrl(LogicalNetworks));
    QCOMPARE(none.status, 401);
    QVERIFY(!none.body.contains("Secret"));
    QVERIFY(none.errorMessage().contains(QStringLiteral("Authorization")));
    QCOMPARE(send("GET", setUrl(LogicalNetworks), {}, {{"Authorization", "Bearer wrong"}}).status,
             401);
    QCOMPARE(send("GET", setUrl(LogicalNetworks), {}, {{"Authorization", "Bearer t0ken"}}).status,
             200);
    const QByteArray good = "Basic " + QByteArray("svc-ipam:pa:ss").toBase64();
    const QByteArray bad = "Basic " + QByteArray("svc-ipam:nope").toBase64();
    QCOMPARE(send("GET", setUrl(LogicalNetworks), {}, {{"Authorization", bad}}).status, 401);
    QCOMPARE(send("GET", setUrl(LogicalNetworks), {}, {{"Authorization", good}}).status, 200);
    // Writes are refused too, and change nothing.
    const Reply write = send("POST", setUrl(LogicalNetworks), R"({"Name":"Sneaky"})");
    QCOMPARE(write.status, 401);
    QCOMPARE(m_peer->count(LogicalNetworks), 1);

    // Basic credentials through QNetworkAccessManager's own authentication, as a client does.
    m_peer->setRequiredBearerToken({});
    connect(m_manager.get(), &QNetworkAccessManager::authenticationRequired, this,
            [](QNetworkReply *, QAuthenticator *authenticator) {
                authenticator->setUser(QStringLiteral("svc-ipam"));
                authenticator->setPassword(QStringLiteral("pa:ss"));
            });
    QCOMPARE(get(setUrl(LogicalNetworks)).status, 200);
}

// MS-NLMP 4.2.4 (NTLMv2 authentication): User "User", UserDom "Domain", password
// "Password", server challenge 0123456789abcdef, client challenge aaaaaaaaaaaaaaaa, time 0,
// AV pairs MsvAvNbDomainName "Domain" and MsvAvNbComputerName "Server".
void TestSpfPeer::ntlmMatchesTheSpecificationsExample()
{
    const QByteArray key = NtlmServerSession::ntOwfV2(
            QStringLiteral("Password"), QStringLiteral("User"), QStringLiteral("Domain"));
    QCOMPARE(key.toHex(), QByteArray("0c868a403bfd7a93a3001ef22ef02e3f"));
    const QByteArray avPairs = QByteArray::fromHex("02000c0044006f006d00610069006e00"
                                                   "01000c00530065007200760065007200"
                                                   "00000000");
    const QByteArray blob = QByteArray::fromHex("0101000000000000") + QByteArray(8, '\0')
            + QByteArray::fromHex("aaaaaaaaaaaaaaaa") + QByteArray(4, '\0') + avPairs
            + QByteArray(4, '\0');
    QCOMPARE(NtlmServerSession::ntProofStr(key, QByteArray::fromHex("0123456789abcdef"), blob)
                     .toHex(),
             QByteArray("68cd0ab851e51c96aabc927bebef6a1c"));
}

// QAuthenticator (what the connector uses) against the peer's NTLM: the 401 offers Negotiate,
// NTLM and Basic as IIS does; Qt picks NTLM, runs the handshake on one connection, and the
// connection stays authenticated (the next request carries no Authorization header at all).
void TestSpfPeer::ntlmAuthenticatesQAuthenticatorsHandshake()
{
    addLogicalNetwork(QStringLiteral("Secret"));
    m_peer->setRequiredWindows(QStringLiteral("CONTOSO"), QStringLiteral("svc-ipam"),
                               QStringLiteral("Pa55w.rd"));
    m_peer->setRequiredBasic(QStringLiteral("basic-only"), QStringLiteral("x"));
    const Reply none = get(setUrl(LogicalNetworks));
    QCOMPARE(none.status, 401);
    QVERIFY(!none.body.contains("Secret"));
    QVERIFY(none.body.contains("401 - Unauthorized")); // IIS's page, not an OData error

    int asked = 0;
    connect(m_manager.get(), &QNetworkAccessManager::authenticationRequired, this,
            [&asked](QNetworkReply *, QAuthenticator *authenticator) {
                ++asked;
                authenticator->setUser(QStringLiteral("contoso\\svc-ipam"));
                authenticator->setPassword(QStringLiteral("Pa55w.rd"));
            });
    m_peer->clearRequests();
    const Reply first = get(setUrl(LogicalNetworks));
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("Secret"));
    QCOMPARE(asked, 1);
    const QList<SpfPeer::Request> handshake = m_peer->requests();
    QCOMPARE(handshake.size(), 3); // no credentials, type 1 (challenge), type 3
    QCOMPARE(handshake[1].authentication, QStringLiteral("NTLM challenge"));
    QCOMPARE(handshake[2].authentication, QStringLiteral("NTLM contoso\\svc-ipam"));
    QCOMPARE(handshake[2].status, 200);

    m_peer->clearRequests();
    QCOMPARE(get(setUrl(VMNetworks)).status, 200);
    QCOMPARE(m_peer->requests().size(), 1); // the authenticated connection
    QCOMPARE(m_peer->requests()[0].authentication, QStringLiteral("NTLM contoso\\svc-ipam"));
}

void TestSpfPeer::ntlmRefusesAWrongPasswordOrAnotherAccount_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong password")
            << QStringLiteral("CONTOSO\\svc-ipam") << QStringLiteral("Pa55w.rd!")
            << QStringLiteral("wrong password");
    QTest::newRow("other domain") << QStringLiteral("FABRIKAM\\svc-ipam")
                                  << QStringLiteral("Pa55w.rd")
                                  << QStringLiteral("unknown account");
    QTest::newRow("other user") << QStringLiteral("CONTOSO\\admin") << QStringLiteral("Pa55w.rd")
                                << QStringLiteral("unknown account");
}

// Refused handshakes end in a 401 after one try: QAuthenticator asks again, the test's
// handler declines, and the reply fails (no loop of handshakes).
void TestSpfPeer::ntlmRefusesAWrongPasswordOrAnotherAccount()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, reason);
    m_peer->setRequiredWindows(QStringLiteral("CONTOSO"), QStringLiteral("svc-ipam"),
                               QStringLiteral("Pa55w.rd"));
    int asked = 0;
    connect(m_manager.get(), &QNetworkAccessManager::authenticationRequired, this,
            [&](QNetworkReply *, QAuthenticator *authenticator) {
                if (++asked > 1)
                    return;
                authenticator->setUser(user);
                authenticator->setPassword(password);
            });
    const Reply refused = get(setUrl(LogicalNetworks));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.error, QNetworkReply::AuthenticationRequiredError);
    QCOMPARE(asked, 2);
    const QList<SpfPeer::Request> requests = m_peer->requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY2(requests[2].authentication.contains(reason), qPrintable(requests[2].authentication));
}

void TestSpfPeer::failNextAnswersTheStatusForMatchingRequestsOnly()
{
    addLogicalNetwork(QStringLiteral("LN"));
    m_peer->failNext(2, 503, VMNetworks);
    QCOMPARE(get(setUrl(LogicalNetworks)).status, 200); // another set: not affected
    const Reply failed = get(setUrl(VMNetworks));
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.error, QNetworkReply::ServiceUnavailableError);
    QVERIFY(failed.errorMessage().contains(QStringLiteral("503")));
    QCOMPARE(get(setUrl(VMNetworks)).status, 503);
    QCOMPARE(get(setUrl(VMNetworks)).status, 200); // cleared after two

    m_peer->failNext(1, 500);
    const Reply write = send("POST", setUrl(LogicalNetworks), R"({"Name":"Lost"})");
    QCOMPARE(write.status, 500);
    QCOMPARE(m_peer->count(LogicalNetworks), 1); // a failed write changes nothing
    QCOMPARE(get(setUrl(LogicalNetworks)).status, 200);
}

void TestSpfPeer::delayNextSlowsTheAnswer()
{
    addLogicalNetwork(QStringLiteral("LN"));
    m_peer->delayNext(1, 300);
    m_peer->failNext(1, 502);
    QElapsedTimer timer;
    timer.start();
    const Reply slow = get(setUrl(LogicalNetworks));
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(slow.status, 502); // a delay combines with another fault
    timer.restart();
    QCOMPARE(get(setUrl(LogicalNetworks)).status, 200);
    QVERIFY(timer.elapsed() < 250);

    // A client timeout shorter than the delay gives up; the peer survives it.
    m_peer->delayNext(1, 2000);
    QNetworkRequest request(setUrl(LogicalNetworks));
    request.setTransferTimeout(200);
    QNetworkReply *reply = m_manager->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->deleteLater();
    QCOMPARE(get(setUrl(LogicalNetworks)).status, 200);
}

void TestSpfPeer::dropNextClosesWithoutAnAnswer()
{
    addLogicalNetwork(QStringLiteral("LN"));
    // QNetworkAccessManager re-sends a request once when its connection closes before any
    // answer (once per connection until a request succeeds), so it takes two drops in a row
    // to reach the client as an error.
    m_peer->dropNext(2);
    const Reply dropped = get(setUrl(LogicalNetworks));
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_peer->requestCount(), 2);
    for (const SpfPeer::Request &request : m_peer->requests())
        QCOMPARE(request.status, 0);
    QCOMPARE(get(setUrl(LogicalNetworks)).status, 200);

    // A single drop is invisible to this client: the re-sent request succeeds.
    m_peer->clearRequests();
    m_peer->dropNext(1);
    QCOMPARE(get(setUrl(LogicalNetworks)).status, 200);
    QCOMPARE(m_peer->requestCount(), 2);

    // A dropped write is not applied.
    m_peer->dropNext(2);
    QCOMPARE(send("POST", setUrl(LogicalNetworks), R"({"Name":"Lost"})").error,
             QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_peer->count(LogicalNetworks), 1);
}

// QNetworkAccessManager usually reports a body cut short of its Content-Length as
// RemoteHostClosedError, but now and then finishes it without an error: a client must also
// check the length (or fail to parse the JSON).
static bool cutShort(const Reply &reply)
{
    return reply.error != QNetworkReply::NoError
            || reply.body.size() < reply.contentLength.toLongLong();
}

void TestSpfPeer::truncateNextCutsTheBodyShortOfItsContentLength()
{
    for (int i = 0; i < 20; ++i)
        addLogicalNetwork(QStringLiteral("LN %1").arg(i));
    m_peer->truncateNext(1, LogicalNetworks);
    const Reply cut = get(setUrl(LogicalNetworks));
    QVERIFY(cutShort(cut));
    QVERIFY(!cut.jsonValid);
    const Reply whole = get(setUrl(LogicalNetworks));
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.jsonValid);
    QVERIFY(cut.body.size() < whole.body.size());
    QCOMPARE(m_peer->requests().first().status, 200); // the peer answered, the wire cut it

    // A truncated answer to a write: the write happened, the client cannot know it.
    m_peer->truncateNext(1);
    const Reply write
            = send("POST", setUrl(VMNetworks),
                   QStringLiteral(R"({"Name":"Applied","LogicalNetworkId":"%1","StampId":"%2"})")
                           .arg(m_peer->entities(LogicalNetworks)
                                        .first()
                                        .value(QStringLiteral("ID"))
                                        .toString(),
                                SpfEntityStore::guidText(m_peer->stampId()))
                           .toUtf8());
    QVERIFY(cutShort(write));
    QCOMPARE(m_peer->count(VMNetworks), 1);
}

void TestSpfPeer::malformNextAnswersBrokenJson()
{
    addLogicalNetwork(QStringLiteral("LN"));
    m_peer->setShape(SpfPeer::Shape::Verbose);
    m_peer->malformNext(1);
    const Reply broken = get(setUrl(LogicalNetworks));
    QCOMPARE(broken.status, 200);
    QCOMPARE(broken.error, QNetworkReply::NoError);
    QCOMPARE(broken.contentLength, QByteArray::number(broken.body.size()));
    QVERIFY(!broken.jsonValid);
    QVERIFY(get(setUrl(LogicalNetworks)).jsonValid);
}

void TestSpfPeer::postCreatesAndAnswers201WithTheEntity()
{
    const QString stamp = SpfEntityStore::guidText(m_peer->stampId());
    // SPF's LogicalNetworks set is read-only.
    QCOMPARE(send("POST", setUrl(LogicalNetworks), R"({"Name":"Tenant Fabric"})").status, 405);
    QCOMPARE(m_peer->count(LogicalNetworks), 0);
    const QUuid id = addLogicalNetwork(QStringLiteral("Fabric"));
    const Reply created
            = send("POST", setUrl(VMNetworks),
                   QStringLiteral(R"({"Name":"Tenant Fabric","Description":"made by IPAM",
                                      "LogicalNetworkId":"%1","StampId":"%2","Unknown":1})")
                           .arg(SpfEntityStore::guidText(id), stamp)
                           .toUtf8());
    QCOMPARE(created.status, 201);
    const QUuid vmNetwork = QUuid::fromString(created.json.value(QStringLiteral("ID")).toString());
    QVERIFY(!vmNetwork.isNull());
    QCOMPARE(created.json.value(QStringLiteral("StampId")).toString(), stamp);
    QCOMPARE(QUrl(QString::fromUtf8(created.location)), m_peer->entityUrl(VMNetworks, vmNetwork));
    const std::optional<QJsonObject> stored = m_peer->entity(VMNetworks, vmNetwork);
    QVERIFY(stored);
    QCOMPARE(stored->value(QStringLiteral("Name")).toString(), QStringLiteral("Tenant Fabric"));
    // StampId is mandatory on a POST.
    const Reply noStamp = send("POST", setUrl(VMNetworks),
                               QStringLiteral(R"({"Name":"x","LogicalNetworkId":"%1"})")
                                       .arg(SpfEntityStore::guidText(id))
                                       .toUtf8());
    QCOMPARE(noStamp.status, 400);
    QVERIFY(noStamp.errorMessage().contains(QStringLiteral("StampId")));

    // A client-chosen ID is kept; the same ID again is a conflict.
    const QUuid chosen = QUuid::createUuid();
    const QByteArray withId
            = QJsonDocument(QJsonObject{{QStringLiteral("ID"), SpfEntityStore::guidText(chosen)},
                                        {QStringLiteral("StampId"), stamp},
                                        {QStringLiteral("Name"), QStringLiteral("Site")},
                                        {QStringLiteral("LogicalNetworkId"),
                                         SpfEntityStore::guidText(id)},
                                        {QStringLiteral("SubnetVLans"),
                                         QJsonArray{QJsonObject{{QStringLiteral("Subnet"),
                                                                 QStringLiteral("2001:db8:1::/48")},
                                                                {QStringLiteral("VLanID"), 0}}}},
                                        {QStringLiteral("HostGroups"),
                                         QJsonArray{QStringLiteral("All Hosts\\East")}}})
                      .toJson();
    QCOMPARE(send("POST", setUrl(Definitions), withId).status, 201);
    QVERIFY(m_peer->entity(Definitions, chosen));
    const Reply again = send("POST", setUrl(Definitions), withId);
    QCOMPARE(again.status, 409);
    QVERIFY(again.errorMessage().contains(SpfEntityStore::guidText(chosen)));

    // Verbose clients may wrap the body in {"d": ...}; the answer follows the shape.
    m_peer->setShape(SpfPeer::Shape::Verbose);
    const Reply verbose = send(
            "POST", setUrl(VMNetworks),
            QJsonDocument(
                    QJsonObject{{QStringLiteral("d"),
                                 QJsonObject{{QStringLiteral("Name"), QStringLiteral("Tenant A")},
                                             {QStringLiteral("StampId"), stamp},
                                             {QStringLiteral("LogicalNetworkId"),
                                              SpfEntityStore::guidText(id)},
                                             {QStringLiteral("IsolationType"),
                                              QStringLiteral("WindowsNetworkVirtualization")}}}})
                    .toJson());
    QCOMPARE(verbose.status, 201);
    QCOMPARE(verbose.json.value(QStringLiteral("d"))
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString(),
             QStringLiteral("Tenant A"));
}

void TestSpfPeer::putMergeAndPatchChangeOnlyWhatTheySend()
{
    const QUuid logicalNetwork = addLogicalNetwork(QStringLiteral("LN"));
    const QUuid definition = addDefinition(logicalNetwork, QStringLiteral("10.1.0.0/24"));
    const QUrl url = m_peer->entityUrl(Definitions, definition);

    // SPF's PUT is partial: properties left out keep their values.
    const Reply put = send(
            "PUT", url,
            QJsonDocument(QJsonObject{{QStringLiteral("Name"), QStringLiteral("Renamed")},
                                      {QStringLiteral("LogicalNetworkId"),
                                       SpfEntityStore::guidText(logicalNetwork)},
                                      {QStringLiteral("SubnetVLans"),
                                       QJsonArray{QJsonObject{{QStringLiteral("Subnet"),
                                                               QStringLiteral("10.1.0.0/24")},
                                                              {QStringLiteral("VLanID"), 14}}}}})
                    .toJson());
    QCOMPARE(put.status, 204);
    QVERIFY(put.body.isEmpty());
    QJsonObject stored = *m_peer->entity(Definitions, definition);
    QCOMPARE(stored.value(QStringLiteral("Name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(stored.value(QStringLiteral("HostGroups")).toArray().first().toString(),
             QStringLiteral("All Hosts\\East"));
    QCOMPARE(stored.value(QStringLiteral("ID")).toString(), SpfEntityStore::guidText(definition));
    QCOMPARE(stored.value(QStringLiteral("StampId")).toString(),
             SpfEntityStore::guidText(m_peer->stampId()));

    // MERGE changes only what it names; "Prefer: return-content" answers 200 with the entity.
    const Reply merge = send("MERGE", url, R"({"HostGroups":["All Hosts\\West"]})",
                             {{"Prefer", "return-content"}});
    QCOMPARE(merge.status, 200);
    QCOMPARE(merge.json.value(QStringLiteral("Name")).toString(), QStringLiteral("Renamed"));
    stored = *m_peer->entity(Definitions, definition);
    QCOMPARE(stored.value(QStringLiteral("HostGroups")).toArray().first().toString(),
             QStringLiteral("All Hosts\\West"));
    QCOMPARE(stored.value(QStringLiteral("SubnetVLans")).toArray().size(), 1);

    QCOMPARE(send("PATCH", url, R"({"Name":"Patched"})").status, 204);
    QCOMPARE(m_peer->entity(Definitions, definition)->value(QStringLiteral("Name")).toString(),
             QStringLiteral("Patched"));
    // MERGE tunnelled through POST, as OData clients behind strict proxies send it.
    QCOMPARE(send("POST", url, R"({"Name":"Tunnelled"})", {{"X-HTTP-Method", "MERGE"}}).status,
             204);
    QCOMPARE(m_peer->entity(Definitions, definition)->value(QStringLiteral("Name")).toString(),
             QStringLiteral("Tunnelled"));
    QCOMPARE(m_peer->requests().last().tunnelledMethod, QStringLiteral("MERGE"));

    // The ID cannot change; a missing entity is 404; an invalid merge result is 400.
    QCOMPARE(send("MERGE", url,
                  QStringLiteral(R"({"ID":"%1"})")
                          .arg(SpfEntityStore::guidText(QUuid::createUuid()))
                          .toUtf8())
                     .status,
             400);
    QCOMPARE(send("PUT", m_peer->entityUrl(Definitions, QUuid::createUuid()), R"({"Name":"x"})")
                     .status,
             404);
    const Reply badMerge = send("MERGE", url, R"({"SubnetVLans":[{"Subnet":"10.1.0.1/24"}]})");
    QCOMPARE(badMerge.status, 400);
    QVERIFY2(badMerge.errorMessage().contains(QStringLiteral("10.1.0.0/24")),
             qPrintable(badMerge.errorMessage()));
    QCOMPARE(m_peer->entity(Definitions, definition)
                     ->value(QStringLiteral("SubnetVLans"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("VLanID"))
                     .toInt(),
             14);
}

void TestSpfPeer::deleteRemovesButNotWhileReferenced()
{
    const QUuid logicalNetwork = addLogicalNetwork(QStringLiteral("LN"));
    const QUuid vmNetwork = m_peer->add(
            VMNetworks,
            {{QStringLiteral("Name"), QStringLiteral("VMN")},
             {QStringLiteral("LogicalNetworkId"), SpfEntityStore::guidText(logicalNetwork)}});
    const QUuid vmSubnet
            = m_peer->add(VMSubnets,
                          {{QStringLiteral("Name"), QStringLiteral("web")},
                           {QStringLiteral("VMNetworkId"), SpfEntityStore::guidText(vmNetwork)},
                           {QStringLiteral("Subnet"), QStringLiteral("192.168.0.0/24")}});

    const Reply blocked = send("DELETE", m_peer->entityUrl(VMNetworks, vmNetwork));
    QCOMPARE(blocked.status, 409);
    QVERIFY2(blocked.errorMessage().contains(SpfEntityStore::guidText(vmSubnet)),
             qPrintable(blocked.errorMessage()));
    QVERIFY(m_peer->entity(VMNetworks, vmNetwork));

    QCOMPARE(send("DELETE", m_peer->entityUrl(VMSubnets, vmSubnet)).status, 204);
    QCOMPARE(send("POST", m_peer->entityUrl(VMNetworks, vmNetwork), {},
                  {{"X-HTTP-Method", "DELETE"}})
                     .status,
             204);
    QCOMPARE(m_peer->count(VMNetworks), 0);
    QCOMPARE(get(m_peer->entityUrl(VMNetworks, vmNetwork)).status, 404);
    QCOMPARE(send("DELETE", m_peer->entityUrl(VMNetworks, vmNetwork)).status, 404);
    QCOMPARE(send("DELETE", setUrl(VMNetworks)).status, 405);
    // SPF's logical networks cannot be deleted through it at all.
    QCOMPARE(send("DELETE", m_peer->entityUrl(LogicalNetworks, logicalNetwork)).status, 405);
    QCOMPARE(m_peer->count(LogicalNetworks), 1);
}

void TestSpfPeer::refusedWritesAnswerTheStatusWithAMessage()
{
    const QUuid logicalNetwork = addLogicalNetwork(QStringLiteral("LN"));
    m_peer->refuseWrites(VMNetworks, 501);
    m_peer->refuseWrites(LogicalNetworks);
    const QByteArray body
            = QStringLiteral(R"({"Name":"Tenant","LogicalNetworkId":"%1","StampId":"%2"})")
                      .arg(SpfEntityStore::guidText(logicalNetwork),
                           SpfEntityStore::guidText(m_peer->stampId()))
                      .toUtf8();
    const Reply post = send("POST", setUrl(VMNetworks), body);
    QCOMPARE(post.status, 501);
    QVERIFY2(post.errorMessage().contains(QStringLiteral("does not support POST on VMNetworks")),
             qPrintable(post.errorMessage()));
    QCOMPARE(m_peer->count(VMNetworks), 0);
    const Reply put
            = send("PUT", m_peer->entityUrl(LogicalNetworks, logicalNetwork), R"({"Name":"x"})");
    QCOMPARE(put.status, 405);
    QCOMPARE(send("DELETE", m_peer->entityUrl(LogicalNetworks, logicalNetwork)).status, 405);
    QCOMPARE(m_peer->count(LogicalNetworks), 1);
    QCOMPARE(get(setUrl(VMNetworks)).status, 200); // reads still work

    m_peer->acceptWrites(VMNetworks);
    QCOMPARE(send("POST", setUrl(VMNetworks), body).status, 201);
}

void TestSpfPeer::badBodiesAnswer400AndChangeNothing_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("body"); // %LN% %DEF% %VMN% %VMS% %STAMP% are replaced
    QTest::addColumn<QString>("message");

    // Bodies without a StampId get the peer's (it is mandatory on POST, tested apart), and
    // pools get the three mandatory lists unless the row is about one of them.
    QTest::newRow("not JSON") << VMNetworks << "{\"Name\":"
                              << "not valid JSON";
    QTest::newRow("not an object") << VMNetworks << "[1,2]"
                                   << "JSON object";
    QTest::newRow("no Name") << VMNetworks
                             << "{\"Description\":\"x\",\"LogicalNetworkId\":\"%LN%\"}"
                             << "Name";
    QTest::newRow("empty Name") << VMNetworks << "{\"Name\":\"  \",\"LogicalNetworkId\":\"%LN%\"}"
                                << "Name";
    QTest::newRow("other stamp") << VMNetworks
                                 << "{\"Name\":\"a\",\"LogicalNetworkId\":\"%LN%\",\"StampId\":\""
                    + SpfEntityStore::guidText(QUuid::createUuid()) + "\"}"
                                 << "StampId";
    QTest::newRow("bad ID") << VMNetworks
                            << "{\"Name\":\"a\",\"ID\":\"42\",\"LogicalNetworkId\":\"%LN%\"}"
                            << "\"42\"";
    QTest::newRow("pool without DNSServers")
            << Pools
            << "{\"Name\":\"p\",\"LogicalNetworkDefinitionId\":\"%DEF%\",\"Subnet\":\"10.1.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.1.0.10\",\"IPAddressRangeEnd\":\"10.1.0.20\","
               "\"DefaultGatewayIPAddresses\":[],\"DNSSearchSuffixes\":[]}"
            << "DNSServers";
    QTest::newRow("pool gateways not a list")
            << Pools
            << "{\"Name\":\"p\",\"LogicalNetworkDefinitionId\":\"%DEF%\",\"Subnet\":\"10.1.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.1.0.10\",\"IPAddressRangeEnd\":\"10.1.0.20\","
               "\"DefaultGatewayIPAddresses\":\"10.1.0.1\",\"DNSServers\":[],\"DNSSearchSuffixes\":"
               "[]}"
            << "DefaultGatewayIPAddresses";
    QTest::newRow("VM subnet with SubnetVLans (not SPF's)")
            << VMSubnets
            << "{\"Name\":\"s\",\"VMNetworkId\":\"%VMN%\",\"Subnet\":\"192.168.0.0/24\","
               "\"SubnetVLans\":[{\"Subnet\":\"192.168.0.0/24\"}]}"
            << "The property 'SubnetVLans' does not exist on type 'VMM.VMSubnet'";
    QTest::newRow("VM subnet, not a prefix")
            << VMSubnets
            << "{\"Name\":\"s\",\"VMNetworkId\":\"%VMN%\",\"Subnet\":\"192.168.0.1/24\"}"
            << "192.168.0.0/24";
    QTest::newRow("definition without logical network") << Definitions << "{\"Name\":\"a\"}"
                                                        << "LogicalNetworkId";
    QTest::newRow("definition, unknown logical network")
            << Definitions
            << "{\"Name\":\"a\",\"LogicalNetworkId\":\""
                    + SpfEntityStore::guidText(QUuid::createUuid()) + "\"}"
            << "names no entity of LogicalNetworks";
    QTest::newRow("subnet with host bits")
            << Definitions
            << "{\"Name\":\"a\",\"LogicalNetworkId\":\"%LN%\",\"SubnetVLans\":[{\"Subnet\":\"10.9."
               "0.7/24\",\"VLanID\":3}]}"
            << "10.9.0.0/24";
    QTest::newRow("subnet not a prefix") << Definitions
                                         << "{\"Name\":\"a\",\"LogicalNetworkId\":\"%LN%\","
                                            "\"SubnetVLans\":[{\"Subnet\":\"10.9.0.0\"}]}"
                                         << "\"10.9.0.0\"";
    QTest::newRow("VLAN out of range")
            << Definitions
            << "{\"Name\":\"a\",\"LogicalNetworkId\":\"%LN%\",\"SubnetVLans\":[{\"Subnet\":\"10.9."
               "0.0/24\",\"VLanID\":5000}]}"
            << "5000";
    QTest::newRow("host groups not strings")
            << Definitions << "{\"Name\":\"a\",\"LogicalNetworkId\":\"%LN%\",\"HostGroups\":[1]}"
            << "HostGroups";
    QTest::newRow("pool without parent")
            << Pools
            << "{\"Name\":\"p\",\"Subnet\":\"10.1.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.1.0.10\",\"IPAddressRangeEnd\":\"10.1.0.20\"}"
            << "exactly one of";
    QTest::newRow("pool subnet not the site's")
            << Pools
            << "{\"Name\":\"p\",\"LogicalNetworkDefinitionId\":\"%DEF%\",\"Subnet\":\"10.2.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.2.0.10\",\"IPAddressRangeEnd\":\"10.2.0.20\"}"
            << "not one of the SubnetVLans";
    QTest::newRow("pool range outside subnet")
            << Pools
            << "{\"Name\":\"p\",\"LogicalNetworkDefinitionId\":\"%DEF%\",\"Subnet\":\"10.1.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.1.0.10\",\"IPAddressRangeEnd\":\"10.1.1.20\"}"
            << "10.1.1.20";
    QTest::newRow("pool range reversed")
            << Pools
            << "{\"Name\":\"p\",\"LogicalNetworkDefinitionId\":\"%DEF%\",\"Subnet\":\"10.1.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.1.0.50\",\"IPAddressRangeEnd\":\"10.1.0.20\"}"
            << "after";
    QTest::newRow("pool reserved set outside")
            << Pools
            << "{\"Name\":\"p\",\"LogicalNetworkDefinitionId\":\"%DEF%\",\"Subnet\":\"10.1.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.1.0.10\",\"IPAddressRangeEnd\":\"10.1.0.20\","
               "\"IPAddressReservedSet\":\"10.1.0.11, 10.7.0.1-10.7.0.2\"}"
            << "10.7.0.1-10.7.0.2";
    QTest::newRow("pool missing end")
            << Pools
            << "{\"Name\":\"p\",\"LogicalNetworkDefinitionId\":\"%DEF%\",\"Subnet\":\"10.1.0.0/"
               "24\",\"IPAddressRangeStart\":\"10.1.0.10\"}"
            << "IPAddressRangeEnd";
    QTest::newRow("VM network, bad isolation")
            << VMNetworks
            << "{\"Name\":\"v\",\"LogicalNetworkId\":\"%LN%\",\"IsolationType\":\"VXLAN\"}"
            << "\"VXLAN\"";
    QTest::newRow("VM subnet without its subnet")
            << VMSubnets << "{\"Name\":\"s\",\"VMNetworkId\":\"%VMN%\"}"
            << "missing mandatory property Subnet";
    QTest::newRow("VM subnet, unknown VM network")
            << VMSubnets
            << "{\"Name\":\"s\",\"VMNetworkId\":\"" + SpfEntityStore::guidText(QUuid::createUuid())
                    + "\",\"Subnet\":\"192.168.0.0/24\"}"
            << "names no entity of VMNetworks";
}

void TestSpfPeer::badBodiesAnswer400AndChangeNothing()
{
    QFETCH(QString, set);
    QFETCH(QString, body);
    QFETCH(QString, message);
    const QUuid logicalNetwork = addLogicalNetwork(QStringLiteral("LN"));
    const QUuid definition = addDefinition(logicalNetwork, QStringLiteral("10.1.0.0/24"));
    const QUuid vmNetwork = m_peer->add(
            VMNetworks,
            {{QStringLiteral("Name"), QStringLiteral("VMN")},
             {QStringLiteral("LogicalNetworkId"), SpfEntityStore::guidText(logicalNetwork)},
             {QStringLiteral("IsolationType"), QStringLiteral("NoIsolation")}});
    body.replace(QStringLiteral("%LN%"), SpfEntityStore::guidText(logicalNetwork));
    body.replace(QStringLiteral("%DEF%"), SpfEntityStore::guidText(definition));
    body.replace(QStringLiteral("%VMN%"), SpfEntityStore::guidText(vmNetwork));
    QJsonObject object = QJsonDocument::fromJson(body.toUtf8()).object();
    if (!object.isEmpty()) {
        if (!object.contains(QStringLiteral("StampId")))
            object.insert(QStringLiteral("StampId"), SpfEntityStore::guidText(m_peer->stampId()));
        for (const QString &list :
             {QStringLiteral("DefaultGatewayIPAddresses"), QStringLiteral("DNSServers"),
              QStringLiteral("DNSSearchSuffixes")}) {
            if (set == Pools && !message.contains(list) && !object.contains(list))
                object.insert(list, QJsonArray());
        }
        body = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    const QJsonObject before = m_peer->seed();

    const Reply reply = send("POST", setUrl(set), body.toUtf8());
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.errorMessage().contains(message), qPrintable(reply.errorMessage()));
    QCOMPARE(m_peer->seed(), before);

    // The same body as a PUT over an existing entity of the set is refused alike.
    const QList<QJsonObject> existing = m_peer->entities(set);
    if (!existing.isEmpty() && reply.jsonValid) {
        const QUuid id = QUuid::fromString(existing.first().value(QStringLiteral("ID")).toString());
        const Reply put = send("PUT", m_peer->entityUrl(set, id), body.toUtf8());
        // A partial PUT of a definition without LogicalNetworkId keeps the one it has.
        const bool partialIsValid
                = set == Definitions && message == QLatin1String("LogicalNetworkId");
        if (!message.contains(QStringLiteral("\"42\"")) && !partialIsValid) {
            QVERIFY2(put.status == 400 || put.status == 405,
                     qPrintable(QString::number(put.status)));
            QCOMPARE(m_peer->seed(), before);
        }
    }
}

void TestSpfPeer::logsEveryRequest()
{
    const QUuid network = addLogicalNetwork(QStringLiteral("LN"));
    const QUuid id = m_peer->add(
            VMNetworks,
            {{QStringLiteral("Name"), QStringLiteral("VMN")},
             {QStringLiteral("LogicalNetworkId"), SpfEntityStore::guidText(network)}});
    QSignalSpy handled(m_peer.get(), &SpfPeer::requestHandled);
    get(setUrl(LogicalNetworks, QStringLiteral("$top=1")));
    send("MERGE", m_peer->entityUrl(VMNetworks, id), R"({"Description":"d"})");
    QCOMPARE(m_peer->requestCount(), 2);
    QCOMPARE(handled.size(), 2);
    const QList<SpfPeer::Request> log = m_peer->requests();
    QCOMPARE(log[0].method, QStringLiteral("GET"));
    QCOMPARE(log[0].path, SpfPeer::basePath() + QStringLiteral("/LogicalNetworks"));
    QCOMPARE(log[0].query, QStringLiteral("$top=1"));
    QCOMPARE(log[0].set, LogicalNetworks);
    QCOMPARE(log[0].status, 200);
    QCOMPARE(log[1].method, QStringLiteral("MERGE"));
    QCOMPARE(log[1].body, QByteArray(R"({"Description":"d"})"));
    QCOMPARE(log[1].status, 204);
    QVERIFY(log[1].path.endsWith(QStringLiteral("(ID=guid'%1',StampId=guid'%2')")
                                         .arg(SpfEntityStore::guidText(id),
                                              SpfEntityStore::guidText(m_peer->stampId()))));
    m_peer->clearRequests();
    QCOMPARE(m_peer->requestCount(), 0);
}

void TestSpfPeer::servesOneHundredThousandEntitiesInWellUnderASecond()
{
    QElapsedTimer timer;
    timer.start();
    m_peer->generate(100000);
    const qint64 generateMs = timer.elapsed();
    m_peer->setPageSize(1000);

    timer.restart();
    int total = 0;
    int pages = 0;
    for (const QString &set : SpfEntityStore::setNames()) {
        int setPages = 0;
        total += int(readAll(set, &setPages).size());
        pages += setPages;
    }
    const qint64 clientMs = timer.elapsed();
    const double serverMs = m_peer->serverNanoseconds() / 1e6;
    qInfo("100,000 entities: generated in %lld ms; served in %d pages, %.1f ms of server time "
          "(%lld ms wall including the client's parsing)",
          generateMs, pages, serverMs, clientMs);
    QCOMPARE(total, 100000);
    QVERIFY(pages >= 100 && pages <= 105);
    // The goal is well under a second; the bound leaves room for a loaded 2-core machine.
    QVERIFY2(serverMs < 1000, qPrintable(QString::number(serverMs)));
}

void TestSpfPeer::runsInItsOwnThread()
{
    // A client blocked in its own thread (no event loop) still gets answers.
    ipam::test::SpfPeerThread thread;
    QVERIFY(thread.listen());
    thread.peer().add(LogicalNetworks, {{QStringLiteral("Name"), QStringLiteral("Threaded")}});
    const QUrl url(thread.peer().baseUrl().toString() + QStringLiteral("/LogicalNetworks"));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET " + url.path().toUtf8()
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains("\"Name\":\"Threaded\""));
    QCOMPARE(thread.peer().requestCount(), 1);
}

void TestSpfPeer::standaloneExecutableServesGeneratedAndSeededData()
{
    const QString program = QStringLiteral(IPAM_BINARY_DIR "/tests/tools/spf-test-peer");
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QTemporaryDir dir;
    const QString seedFile = dir.filePath(QStringLiteral("seed.json"));
    auto start = [&](QProcess &process, const QStringList &arguments) -> QUrl {
        process.start(program, arguments);
        if (!process.waitForStarted(5000))
            return {};
        while (!process.canReadLine() && process.waitForReadyRead(10000)) { }
        return QUrl(QString::fromUtf8(process.readLine().trimmed()));
    };

    QStringList generatedIds;
    {
        QProcess process;
        const QUrl base = start(process,
                                {QStringLiteral("--generate"), QStringLiteral("40"),
                                 QStringLiteral("--page-size"), QStringLiteral("7"),
                                 QStringLiteral("--write-seed"), seedFile});
        QVERIFY2(base.isValid() && base.path() == SpfPeer::basePath(), qPrintable(base.toString()));
        const Reply page = get(QUrl(base.toString() + QStringLiteral("/StaticIPAddressPools")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.contains(QStringLiteral("odata.nextLink")));
        for (const QJsonValue &item : page.json.value(QStringLiteral("value")).toArray())
            generatedIds.append(item.toObject().value(QStringLiteral("ID")).toString());
        process.kill();
        process.waitForFinished(5000);
    }
    QVERIFY(!generatedIds.isEmpty());

    QProcess process;
    const QUrl base
            = start(process,
                    {QStringLiteral("--seed"), seedFile, QStringLiteral("--shape"),
                     QStringLiteral("verbose"), QStringLiteral("--bearer"), QStringLiteral("tok")});
    QVERIFY(base.isValid());
    const QUrl pools(base.toString() + QStringLiteral("/StaticIPAddressPools"));
    QCOMPARE(get(pools).status, 401);
    const Reply all = send("GET", pools, {}, {{"Authorization", "Bearer tok"}});
    QCOMPARE(all.status, 200);
    const QJsonArray results = all.json.value(QStringLiteral("d"))
                                       .toObject()
                                       .value(QStringLiteral("results"))
                                       .toArray();
    QStringList seededIds;
    for (const QJsonValue &item : results)
        seededIds.append(item.toObject().value(QStringLiteral("ID")).toString());
    QCOMPARE(seededIds.mid(0, generatedIds.size()), generatedIds);
    process.kill();
    process.waitForFinished(5000);

    QProcess bad;
    bad.start(program, {QStringLiteral("--seed"), dir.filePath(QStringLiteral("missing.json"))});
    QVERIFY(bad.waitForFinished(5000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("missing.json"));
}

QTEST_GUILESS_MAIN(TestSpfPeer)
#include "tst_spfpeer.moc"
