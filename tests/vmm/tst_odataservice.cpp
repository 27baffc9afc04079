// The service document reader (parseServiceDocument): the sets of JSON light and verbose
// documents, Atom refused with a message that says so, broken documents refused naming why.

#include "vmm/odatametadata.h"
#include "vmm/odataservice.h"
#include "vmm/vmmentities.h"

#include <QTest>

using namespace ipam;
using namespace Qt::StringLiterals;

class TestODataService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheSetsOffered_data();
    void readsTheSetsOffered();
    void refusesWhatIsNotAJsonServiceDocument_data();
    void refusesWhatIsNotAJsonServiceDocument();
    void readsSetsTypesAndPropertiesFromMetadata();
    void refusesMetadataThatIsNotEdmx_data();
    void refusesMetadataThatIsNotEdmx();
    void namesTheMissingPropertyTheConnectorReliesOn();
};

void TestODataService::readsTheSetsOffered_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("JSON light (SPF)")
            << R"({"odata.metadata":"https://spf:8090/SC2012R2/VMM/Microsoft.Management.Odata.svc/$metadata","value":[{"name":"LogicalNetworks","url":"LogicalNetworks"},{"name":"VMSubnets","url":"VMSubnets"}]})"_ba
            << QStringList{u"LogicalNetworks"_s, u"VMSubnets"_s};
    QTest::newRow("verbose, names as strings (MS-ODATA)")
            << R"({"d":{"EntitySets":["VMNetworks","StaticIPAddressPools"]}})"_ba
            << QStringList{u"VMNetworks"_s, u"StaticIPAddressPools"_s};
    QTest::newRow("verbose, names as objects")
            << R"({"d":{"EntitySets":[{"name":"VMNetworks"}]}})"_ba << QStringList{u"VMNetworks"_s};
    QTest::newRow("v4 kinds: only entity sets")
            << R"({"value":[{"name":"Jobs","kind":"EntitySet"},{"name":"Run","kind":"FunctionImport"}]})"_ba
            << QStringList{u"Jobs"_s};
    QTest::newRow("duplicates and blanks dropped")
            << R"({"value":[{"name":"A"},{"name":" "},{"name":"A"},7]})"_ba << QStringList{u"A"_s};
    QTest::newRow("empty list") << R"({"value":[]})"_ba << QStringList{};
}

void TestODataService::readsTheSetsOffered()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, sets);
    const Parsed<QStringList> parsed
            = parseServiceDocument(body, "application/json;odata=minimalmetadata;charset=utf-8");
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), sets);
}

void TestODataService::refusesWhatIsNotAJsonServiceDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("message");
    const QByteArray atom
            = R"(<?xml version="1.0" encoding="utf-8"?><service xmlns="http://www.w3.org/2007/app"><workspace><collection href="VMNetworks"/></workspace></service>)"_ba;
    QTest::newRow("Atom, said so") << atom << "application/atomsvc+xml;charset=utf-8"_ba
                                   << u"Atom/XML (application/atomsvc+xml;charset=utf-8)"_s;
    QTest::newRow("Atom, sent as JSON") << atom << "application/json"_ba << u"Atom/XML"_s;
    QTest::newRow("not JSON") << "{\"value\":"_ba
                              << "application/json"_ba << u"not a JSON object"_s;
    QTest::newRow("an array") << "[1]"_ba
                              << "application/json"_ba << u"not an object"_s;
    QTest::newRow("no list") << R"({"odata.metadata":"x"})"_ba
                             << "application/json"_ba << u"lists no entity sets"_s;
}

void TestODataService::refusesWhatIsNotAJsonServiceDocument()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, message);
    const Parsed<QStringList> parsed = parseServiceDocument(body, contentType);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

namespace {
// A WCF Data Services CSDL: two schemas (types in one, the container in the other), a base
// type, a navigation property (not listed) and a complex type (not an entity).
const QByteArray edmx = R"(<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx">
 <edmx:DataServices m:DataServiceVersion="3.0"
   xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">
  <Schema Namespace="VMM" xmlns="http://schemas.microsoft.com/ado/2009/11/edm">
   <ComplexType Name="UserAndRole"><Property Name="UserName" Type="Edm.String"/></ComplexType>
   <EntityType Name="Keyed" Abstract="true">
    <Key><PropertyRef Name="ID"/><PropertyRef Name="StampId"/></Key>
    <Property Name="ID" Type="Edm.Guid" Nullable="false"/>
    <Property Name="StampId" Type="Edm.Guid" Nullable="false"/>
   </EntityType>
   <EntityType Name="VMSubnet" BaseType="VMM.Keyed">
    <Property Name="Name" Type="Edm.String"/>
    <Property Name="Subnet" Type="Edm.String"/>
    <Property Name="VMNetworkId" Type="Edm.Guid"/>
    <NavigationProperty Name="VMNetwork" Relationship="VMM.X" FromRole="a" ToRole="b"/>
   </EntityType>
  </Schema>
  <Schema Namespace="Container" xmlns="http://schemas.microsoft.com/ado/2009/11/edm">
   <EntityContainer Name="VMM" m:IsDefaultEntityContainer="true">
    <EntitySet Name="VMSubnets" EntityType="VMM.VMSubnet"/>
   </EntityContainer>
  </Schema>
 </edmx:DataServices>
</edmx:Edmx>)";
} // namespace

void TestODataService::readsSetsTypesAndPropertiesFromMetadata()
{
    const Parsed<ODataMetadata> metadata = parseODataMetadata(edmx);
    QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
    QCOMPARE(metadata.value().setTypes.value(QStringLiteral("VMSubnets")),
             QStringLiteral("VMM.VMSubnet"));
    QCOMPARE(metadata.value().setProperties.value(QStringLiteral("VMSubnets")),
             QStringList({"ID", "StampId", "Name", "Subnet", "VMNetworkId"}));
}

void TestODataService::refusesMetadataThatIsNotEdmx_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("json") << QByteArray(R"({"odata.metadata":"x","value":[]})")
                          << QStringLiteral("not XML");
    QTest::newRow("html page") << QByteArray("<html><body><h1>401</h1></body></html>")
                               << QStringLiteral("not an EDMX document");
    QTest::newRow("cut off") << edmx.left(edmx.size() / 2) << QStringLiteral("not XML");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not");
}

void TestODataService::refusesMetadataThatIsNotEdmx()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Parsed<ODataMetadata> metadata = parseODataMetadata(body);
    QVERIFY(!metadata.ok());
    QVERIFY2(metadata.error().contains(error), qPrintable(metadata.error()));
}

void TestODataService::namesTheMissingPropertyTheConnectorReliesOn()
{
    const ODataMetadata metadata = parseODataMetadata(edmx).value();
    const QString url
            = QStringLiteral("https://spf:8090/SC2012R2/VMM/Microsoft.Management.Odata.svc");
    QCOMPARE(vmm::metadataProblem(metadata, {QStringLiteral("VMSubnets")}, url), QString());
    ODataMetadata without = metadata;
    without.setProperties[QStringLiteral("VMSubnets")].removeAll(QStringLiteral("Subnet"));
    const QString problem = vmm::metadataProblem(without, {QStringLiteral("VMSubnets")}, url);
    for (const QString &part : {QStringLiteral("VMSubnets"), QStringLiteral("VMM.VMSubnet"),
                                QStringLiteral("no property Subnet"), url})
        QVERIFY2(problem.contains(part), qPrintable(problem));
    // A set the service document offers but $metadata does not declare.
    const QString undeclared = vmm::metadataProblem(
            metadata, {QStringLiteral("VMSubnets"), QStringLiteral("VMNetworks")}, url);
    QVERIFY2(undeclared.contains(QStringLiteral("declares no entity set VMNetworks")),
             qPrintable(undeclared));
}

QTEST_GUILESS_MAIN(TestODataService)
#include "tst_odataservice.moc"
