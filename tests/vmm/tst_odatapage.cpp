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
    void agreesWithQJsonDocument_data();
    void agreesWithQJsonDocument();
    void everyShortUtf8SequenceAgreesWithQJsonDocument();
    void unreadableNextLinkIsAnError_data();
    void unreadableNextLinkIsAnError();
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
    QTest::addRow("invalid UTF-8")
            << QByteArray("{\"value\":[{\"N\":\"caf\xE9\"}]}") << u"invalid UTF-8 in a string"_s;
    QTest::addRow("bad unicode escape")
            << QByteArray(R"({"value":[{"N":"\u12g4"}]})") << u"bad \\u escape"_s;
    QTest::addRow("leading zero") << QByteArray(R"({"value":[{"N":012}]})")
                                  << u"unexpected character"_s;
    QTest::addRow("exponent without digits")
            << QByteArray(R"({"value":[{"N":1e}]})") << u"malformed number"_s;
    QTest::addRow("trailing comma")
            << QByteArray(R"({"value":[{"ID":"1"},]})") << u"malformed number"_s;
    QTest::addRow("too deep") << QByteArray("{\"value\":[{\"a\":" + QByteArray(1022, '[')
                                            + QByteArray(1022, ']') + "}]}")
                              << u"nesting deeper than 1024 levels"_s;
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

namespace {
// {"value":[{"N":<value>}]}
QByteArray pageWithValue(const QByteArray &value)
{
    return "{\"value\":[{\"N\":" + value + "}]}";
}
} // namespace

void TestODataPage::agreesWithQJsonDocument_data()
{
    // Where the scanner and Qt 6.4.2 once disagreed, and their neighbours: each accepted
    // exactly when QJsonDocument reads it.
    QTest::addColumn<QByteArray>("page");
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::addRow("leading BOM") << bom + pageWithValue("1");
    QTest::addRow("BOM then space") << bom + " " + pageWithValue("1");
    QTest::addRow("space then BOM") << " " + bom + pageWithValue("1");
    QTest::addRow("BOM, then nothing") << bom;
    QTest::addRow("BOM before an empty object") << bom + "{}";
    QTest::addRow("BOM inside") << QByteArray("{\"value\":" + bom + "[]}");
    QTest::addRow("BOM inside a string") << pageWithValue("\"" + bom + "x\"");
    for (int c = 0; c < 0x20; ++c)
        QTest::addRow("raw control 0x%02x in a string", c)
                << pageWithValue("\"a" + QByteArray(1, char(c)) + "b\"");
    QTest::addRow("raw TAB in a name") << QByteArray("{\"value\":[{\"N\\tM\":1,\"a\tb\":2}]}");
    QTest::addRow("raw DEL") << pageWithValue("\"\x7F\"");
    QTest::addRow("Latin-1 byte") << pageWithValue("\"caf\xE9\"");
    QTest::addRow("lone continuation byte") << pageWithValue("\"\x80\"");
    QTest::addRow("truncated sequence") << pageWithValue("\"\xE2\x82\"");
    QTest::addRow("overlong slash") << pageWithValue("\"\xC0\xAF\"");
    QTest::addRow("overlong 3-byte") << pageWithValue("\"\xE0\x80\xAF\"");
    QTest::addRow("encoded surrogate") << pageWithValue("\"\xED\xA0\x80\"");
    QTest::addRow("beyond U+10FFFF") << pageWithValue("\"\xF4\x90\x80\x80\"");
    QTest::addRow("F5 lead") << pageWithValue("\"\xF5\x80\x80\x80\"");
    QTest::addRow("FF") << pageWithValue("\"\xFF\"");
    QTest::addRow("noncharacter U+FFFF") << pageWithValue("\"\xEF\xBF\xBF\"");
    QTest::addRow("valid 2, 3 and 4 bytes")
            << pageWithValue("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"");
    QTest::addRow("invalid UTF-8 in a name") << QByteArray("{\"value\":[{\"N\xFF\":1}]}");
    QTest::addRow("invalid UTF-8 after the page") << QByteArray(pageWithValue("1") + "\xFF");
    QTest::addRow("invalid UTF-8 outside strings") << pageWithValue("\xC3\xA9");
    QTest::addRow("backslash then FF") << pageWithValue("\"\\\xFF\"");
    QTest::addRow("backslash then a 2-byte character") << pageWithValue("\"\\\xC3\xA9\"");
    QTest::addRow("backslash then TAB") << pageWithValue("\"\\\t\"");
    QTest::addRow("lone surrogate escape") << pageWithValue("\"\\ud800\"");
    QTest::addRow("short \\u escape at the end") << pageWithValue("\"\\u12\"");
    QTest::addRow("form feed between tokens") << QByteArray("{\f\"value\":[]}");
    // Nesting counts arrays and objects, the page's own object included: page, list and
    // entity are 3, so the value adds up to 1021 (1024 in all) or 1022 (one too many).
    for (int levels : {61, 62, 63, 64, 65, 100, 1020, 1021, 1022, 1023}) {
        QTest::addRow("%d nested arrays in an entity", levels)
                << pageWithValue(QByteArray(levels, '[') + QByteArray(levels, ']'));
        QByteArray objects;
        for (int i = 0; i < levels; ++i)
            objects += "{\"a\":";
        objects += "1" + QByteArray(levels, '}');
        QTest::addRow("%d nested objects in an entity", levels) << pageWithValue(objects);
    }
    QTest::addRow("deep nesting beside the list") << QByteArray(
            "{\"x\":" + QByteArray(1023, '[') + QByteArray(1023, ']') + ",\"value\":[]}");
    QTest::addRow("too deep beside the list") << QByteArray(
            "{\"x\":" + QByteArray(1024, '[') + QByteArray(1024, ']') + ",\"value\":[]}");
}

void TestODataPage::agreesWithQJsonDocument()
{
    QFETCH(QByteArray, page);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(page, &error);
    const bool qtValid = error.error == QJsonParseError::NoError && doc.isObject();
    const ODataPage scanned = scanODataPage(page);
    QVERIFY2(
            scanned.malformed == !qtValid,
            qPrintable(u"Qt %1, scanner %2"_s.arg(qtValid ? u"valid"_s : error.errorString(),
                                                  scanned.malformed ? scanned.error : u"valid"_s)));
    if (qtValid && doc.object().contains("value"_L1)) {
        // What it found is what Qt reads: each entity's text parses alone to the same object.
        const QJsonArray list = doc.object().value("value"_L1).toArray();
        QCOMPARE(scanned.entities.size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(parsed(scanned.entities.at(i)), list.at(i).toObject());
    }
}

void TestODataPage::everyShortUtf8SequenceAgreesWithQJsonDocument()
{
    // Every 1- and 2-byte string, and every 3- and 4-byte one around the edges of the valid
    // ranges: the scanner refuses exactly the invalid UTF-8 that QJsonDocument refuses.
    QList<QByteArray> strings;
    for (int a = 0x80; a <= 0xFF; ++a) {
        strings.append(QByteArray(1, char(a)));
        for (int b = 0x20; b <= 0xFF; ++b) {
            if (b != '"' && b != '\\')
                strings.append(QByteArray(1, char(a)) + char(b));
        }
    }
    const QList<int> edges = {0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0};
    for (int a = 0xE0; a <= 0xF7; ++a) {
        for (int b : edges) {
            for (int c : edges) {
                strings.append(QByteArray(1, char(a)) + char(b) + char(c));
                for (int d : {0x7F, 0x80, 0xBF, 0xC0})
                    strings.append(QByteArray(1, char(a)) + char(b) + char(c) + char(d));
            }
        }
    }
    for (const QByteArray &text : std::as_const(strings)) {
        const QByteArray page = pageWithValue('"' + text + '"');
        const bool qtValid = !QJsonDocument::fromJson(page).isNull();
        QVERIFY2(scanODataPage(page).malformed == !qtValid,
                 qPrintable(u"%1: Qt says %2"_s.arg(QString::fromLatin1(text.toHex(' ')),
                                                    qtValid ? u"valid"_s : u"invalid"_s)));
    }
    QVERIFY(strings.size() > 25000);
}

void TestODataPage::unreadableNextLinkIsAnError_data()
{
    // A next link that cannot be followed means pages that cannot be read; taking the page
    // for the last would make their entities look removed.
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<QString>("error");
    QTest::addRow("invalid UTF-8")
            << QByteArray("{\"value\":[],\"odata.nextLink\":\"http://peer/set?$skiptoken=\xFF\"}")
            << true << u"invalid UTF-8 in a string"_s;
    QTest::addRow("verbose, invalid UTF-8")
            << QByteArray("{\"d\":{\"results\":[],\"__next\":\"rel?p=\xC3\"}}") << true
            << u"invalid UTF-8 in a string"_s;
    QTest::addRow("a number") << QByteArray(R"({"value":[],"odata.nextLink":2})") << false
                              << u"the next link is not a string"_s;
    QTest::addRow("null") << QByteArray(R"({"value":[],"odata.nextLink":null})") << false
                          << u"the next link is not a string"_s;
    QTest::addRow("an object") << QByteArray(R"({"d":{"results":[],"__next":{"uri":"x"}}})")
                               << false << u"the next link is not a string"_s;
    QTest::addRow("empty") << QByteArray(R"({"value":[],"@odata.nextLink":""})") << false
                           << u"the next link is empty"_s;
}

void TestODataPage::unreadableNextLinkIsAnError()
{
    QFETCH(QByteArray, page);
    QFETCH(bool, malformed);
    QFETCH(QString, error);
    const ODataPage scanned = scanODataPage(page);
    QCOMPARE(scanned.malformed, malformed);
    QVERIFY2(scanned.error.contains(error), qPrintable(scanned.error));
    QVERIFY(scanned.entities.isEmpty());
    QVERIFY(scanned.nextLink.isEmpty());
}

QTEST_GUILESS_MAIN(TestODataPage)
#include "tst_odatapage.moc"
