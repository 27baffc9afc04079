// JsonText writes what QJsonDocument::toJson(Compact) writes for the same values, byte for
// byte: the VMM sync stores baselines written by one and compares them with text written by
// the other.

#include "vmm/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ipam;
using namespace Qt::StringLiterals;

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void stringsAsQtWritesThem_data();
    void stringsAsQtWritesThem();
    void nestedValues();
};

void TestJsonText::stringsAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("plain") << u"Storage East 10.1.0.0/24"_s;
    QTest::addRow("quotes and backslashes") << u"a \"quoted\" C:\\path\\"_s;
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    QTest::addRow("every control character") << controls;
    QTest::addRow("latin-1") << u"Zürich – café"_s;
    QTest::addRow("cjk") << u"東京データセンター"_s;
    QTest::addRow("surrogate pair") << u"rack 🚀 7"_s;
    QTest::addRow("mixed runs") << u"é\"\n😀x\\\tÿ"_s;
    // UTF-8 cannot carry a lone surrogate: QJsonDocument writes "\ud800", never "?".
    QTest::addRow("lone high surrogate") << QString(QChar(0xD800));
    QTest::addRow("lone low surrogate") << QString(QChar(0xDFFF));
    QTest::addRow("high surrogate then a letter") << u"rack "_s + QChar(0xD83D) + u"a"_s;
    QTest::addRow("reversed pair") << QString(QChar(0xDE00)) + QChar(0xD83D);
    QTest::addRow("lone surrogate between non-ASCII")
            << u"é"_s + QChar(0xDC00) + u"😀"_s + QChar(0xD800);
}

void TestJsonText::stringsAsQtWritesThem()
{
    QFETCH(QString, text);
    JsonText json;
    json.beginObject().key("Name"_L1).value(text).endObject();
    const QByteArray ours = json.take();
    const QByteArray qt
            = QJsonDocument(QJsonObject{{"Name"_L1, text}}).toJson(QJsonDocument::Compact);
    QCOMPARE(ours, qt);
    QCOMPARE(QJsonDocument::fromJson(ours).object().value("Name"_L1).toString(), text);
}

void TestJsonText::nestedValues()
{
    // Keys given in ascending order, as the sync's writers give them.
    JsonText json;
    json.beginObject().key("Enabled"_L1).value(true);
    json.key("HostGroups"_L1).beginArray().value(u"All Hosts\\East"_s).value(u"B"_s).endArray();
    json.key("None"_L1).beginArray().endArray();
    json.key("Off"_L1).value(false);
    json.key("SubnetVLans"_L1).beginArray();
    json.beginObject().key("Subnet"_L1).value(u"10.0.0.0/24"_s).key("VLanID"_L1).value(0);
    json.endObject();
    json.beginObject().key("Subnet"_L1).value(u"10.0.1.0/24"_s).key("VLanID"_L1).value(4094);
    json.endObject();
    json.endArray();
    json.key("Wide"_L1).value(qint64(-9007199254740991));
    json.endObject();
    const QJsonObject expected{
            {"Enabled"_L1, true},
            {"HostGroups"_L1, QJsonArray{u"All Hosts\\East"_s, u"B"_s}},
            {"None"_L1, QJsonArray{}},
            {"Off"_L1, false},
            {"SubnetVLans"_L1,
             QJsonArray{QJsonObject{{"Subnet"_L1, u"10.0.0.0/24"_s}, {"VLanID"_L1, 0}},
                        QJsonObject{{"Subnet"_L1, u"10.0.1.0/24"_s}, {"VLanID"_L1, 4094}}}},
            {"Wide"_L1, qint64(-9007199254740991)}};
    QCOMPARE(json.take(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
