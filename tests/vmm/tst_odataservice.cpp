// The service document reader (parseServiceDocument): the sets of JSON light and verbose
// documents, Atom refused with a message that says so, broken documents refused naming why.

#include "vmm/odataservice.h"

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

QTEST_GUILESS_MAIN(TestODataService)
#include "tst_odataservice.moc"
