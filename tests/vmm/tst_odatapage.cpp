// The OData page scanner: what it finds in both answer shapes, and that it calls malformed
// exactly what QJsonDocument calls malformed, for every truncation of a page and for
// single-byte edits, so that scanning instead of parsing lets no broken answer through.

#include "vmm/odatapage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ipam;
using namespace Qt::StringLiterals;

class TestODataPage : public QObject
{
    Q_OBJECT

private slots:
    void lightShape();
    void verboseShape();
    void odataV1VerboseArray();
    void wrongShapes_data();
    void wrongShapes();
    void malformed_data();
    void malformed();
    void everyTruncationIsMalformed();
    void singleByteEditsAgreeWithQJsonDocument();
};

namespace {

const QByteArray lightPage = R"( {"odata.metadata":"x","value":[
  {"ID":"1","Name":"a \"quoted\" {brace} [bracket]","SubnetVLans":[{"Subnet":"10.0.0.0/24","VLanID":12}]},
  {"ID":"2","Name":"b\u00e9\\","N":-1.5e+3,"T":true,"F":false,"Z":null,"E":{},"A":[]}
 ],"odata.nextLink":"http:\/\/peer\/set?$skiptoken=2"} )";

QJsonObject parsed(QByteArrayView text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

} // namespace

void TestODataPage::lightShape()
{
    const ODataPage page = scanODataPage(lightPage);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.entities.size(), 2);
    // Each span is exactly the entity's text: it parses alone to what the whole page holds.
    const QJsonArray whole
            = QJsonDocument::fromJson(lightPage).object().value("value"_L1).toArray();
    QCOMPARE(parsed(page.entities.at(0)), whole.at(0).toObject());
    QCOMPARE(parsed(page.entities.at(1)), whole.at(1).toObject());
    QVERIFY(page.entities.at(0).startsWith('{') && page.entities.at(0).endsWith('}'));
    QCOMPARE(page.nextLink, u"http://peer/set?$skiptoken=2"_s);
}

void TestODataPage::verboseShape()
{
    const ODataPage page = scanODataPage(
            R"({"d":{"results":[{"ID":"1"},{"ID":"2"},{"ID":"3"}],"__next":"rel?p=2"}})");
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.entities.size(), 3);
    QCOMPARE(parsed(page.entities.at(2)).value("ID"_L1).toString(), u"3"_s);
    QCOMPARE(page.nextLink, u"rel?p=2"_s);

    const ODataPage last = scanODataPage(R"({"d":{"results":[]}})");
    QVERIFY(last.error.isEmpty());
    QVERIFY(last.entities.isEmpty());
    QVERIFY(last.nextLink.isEmpty());
}

void TestODataPage::odataV1VerboseArray()
{
    const ODataPage page = scanODataPage(R"({"d":[{"ID":"1"}]})");
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.entities.size(), 1);
    // "@odata.nextLink" (OData v4) is read when "odata.nextLink" is absent.
    QCOMPARE(scanODataPage(R"({"value":[],"@odata.nextLink":"n"})").nextLink, u"n"_s);
}

void TestODataPage::wrongShapes_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("error");
    QTest::addRow("no list") << QByteArray(R"({"odata.metadata":"x"})")
                             << u"the answer holds no entity list"_s;
    QTest::addRow("value not a list")
            << QByteArray(R"({"value":{"ID":"1"}})") << u"the answer holds no entity list"_s;
    QTest::addRow("d without results")
            << QByteArray(R"({"d":{"__next":"x"}})") << u"the answer holds no entity list"_s;
    QTest::addRow("entry not an object") << QByteArray(R"({"value":[{"ID":"1"},2]})")
                                         << u"an entry of the list is not an object"_s;
}

void TestODataPage::wrongShapes()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, error);
    const ODataPage scanned = scanODataPage(page);
    QVERIFY(!scanned.malformed); // well-formed JSON: asking again would get the same
    QVERIFY2(scanned.error.startsWith(error), qPrintable(scanned.error));
    QVERIFY(scanned.entities.isEmpty());
}

void TestODataPage::malformed_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("error");
    QTest::addRow("empty") << QByteArray() << u"unexpected end of the answer at byte 0 of 0"_s;
    QTest::addRow("not an object") << QByteArray(R"([{"ID":"1"}])") << u"not an object"_s;
    QTest::addRow("garbage after")
            << QByteArray(R"({"value":[]} x)") << u"garbage after the answer at byte 13 of 14"_s;
    QTest::addRow("control character")
            << QByteArray("{\"value\":[{\"N\":\"a\nb\"}]}") << u"control character in a string"_s;
    QTest::addRow("bad unicode escape")
            << QByteArray(R"({"value":[{"N":"\u12g4"}]})") << u"bad \\u escape"_s;
    QTest::addRow("leading zero") << QByteArray(R"({"value":[{"N":012}]})")
                                  << u"unexpected character"_s;
    QTest::addRow("exponent without digits")
            << QByteArray(R"({"value":[{"N":1e}]})") << u"malformed number"_s;
    QTest::addRow("trailing comma")
            << QByteArray(R"({"value":[{"ID":"1"},]})") << u"malformed number"_s;
    QTest::addRow("too deep") << QByteArray("{\"value\":[{\"a\":" + QByteArray(70, '[')
                                            + QByteArray(70, ']') + "}]}")
                              << u"nesting deeper than 64 levels"_s;
}

void TestODataPage::malformed()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, error);
    const ODataPage scanned = scanODataPage(page);
    QVERIFY(scanned.malformed);
    QVERIFY2(scanned.error.contains(error), qPrintable(scanned.error));
    QVERIFY(scanned.entities.isEmpty());
}

void TestODataPage::everyTruncationIsMalformed()
{
    // What a connection cut mid-answer leaves: no prefix of a page is a page.
    for (qsizetype size = 0; size < lightPage.size(); ++size) {
        const QByteArray cut = lightPage.left(size);
        if (cut.trimmed().endsWith('}') && size > lightPage.trimmed().size())
            continue; // only trailing spaces were cut
        const ODataPage scanned = scanODataPage(cut);
        const bool whole = cut.trimmed() == lightPage.trimmed();
        QVERIFY2(scanned.malformed != whole, qPrintable(u"cut at %1"_s.arg(size)));
    }
}

void TestODataPage::singleByteEditsAgreeWithQJsonDocument()
{
    // Every byte replaced by each of the characters JSON gives a meaning to (and a few it
    // does not): the scanner says "malformed" exactly when QJsonDocument cannot parse it.
    const QByteArray alphabet = R"({}[]":,\/ -+.0123456789eEtrufalsn x)";
    int edits = 0;
    for (qsizetype at = 0; at < lightPage.size(); ++at) {
        for (const char c : alphabet) {
            QByteArray edited = lightPage;
            edited[at] = c;
            if (edited == lightPage)
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(edited, &error);
            const bool qtValid = error.error == QJsonParseError::NoError && doc.isObject();
            const ODataPage scanned = scanODataPage(edited);
            QVERIFY2(scanned.malformed == !qtValid,
                     qPrintable(u"byte %1 -> '%2': Qt %3, scanner %4 (%5)\n%6"_s.arg(at)
                                        .arg(QLatin1Char(c))
                                        .arg(qtValid ? u"valid"_s : error.errorString())
                                        .arg(scanned.malformed ? u"malformed"_s : u"valid"_s)
                                        .arg(scanned.error, QString::fromUtf8(edited))));
            ++edits;
        }
    }
    QVERIFY(edits > 5000);
}

QTEST_GUILESS_MAIN(TestODataPage)
#include "tst_odatapage.moc"
