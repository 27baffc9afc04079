#include "io/csvreader.h"
#include "io/recordformatter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ipam;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OutputFormat)

namespace {

// Two subnets with every kind of value ipamctl prints.
RecordTable subnets()
{
    RecordTable table;
    table.columns = {u"Name"_s,  u"NetworkId"_s,   u"VlanId"_s,         u"IsPublic"_s,
                     u"Owner"_s, u"Utilization"_s, u"TotalAddresses"_s, u"Description"_s};
    table.rows.append({u"Lab"_s, u"2001:db8::/48"_s, QVariant(QVariantList{13, 10}), true,
                       QVariant(), 12.5, u"1208925819614629174706176"_s,
                       u"Says \"hi\",\nthen\ttabs \\ and \u0001 and Zürich 😀"_s});
    table.rows.append({u"Office"_s, u"10.1.0.0/16"_s, QVariant(QStringList{u"7"_s}), false,
                       u"netops"_s, 0.0, qint64(65536), QString()});
    return table;
}

QList<QList<QString>> parseCsv(const QByteArray &csv, QList<QString> *header)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.readHeader())
        return {};
    *header = reader.header();
    QList<QList<QString>> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record.fields);
    return reader.error().isEmpty() ? records : QList<QList<QString>>{};
}

} // namespace

class TestRecordFormatter : public QObject
{
    Q_OBJECT

private slots:
    void parsesFormatNames_data();
    void parsesFormatNames();
    void jsonReadsBackToSameValues();
    void jsonKeepsKeysInColumnOrder();
    void jsonOfNoRowsIsEmptyArray();
    void jsonOfMissingCellsIsNull();
    void tableAlignsTextLeftAndNumbersRight();
    void tableJoinsListsAndFlattensLineBreaks();
    void tableOfNoRowsIsJustHeader();
    void csvReadsBackWithCsvReader();
    void stringListInEachFormat_data();
    void stringListInEachFormat();
};

void TestRecordFormatter::parsesFormatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<OutputFormat>("format");
    QTest::newRow("table") << u"table"_s << true << OutputFormat::Table;
    QTest::newRow("json") << u"json"_s << true << OutputFormat::Json;
    QTest::newRow("csv") << u"csv"_s << true << OutputFormat::Csv;
    QTest::newRow("upper case") << u"JSON"_s << true << OutputFormat::Json;
    QTest::newRow("unknown") << u"xml"_s << false << OutputFormat::Table;
    QTest::newRow("empty") << QString() << false << OutputFormat::Table;
    QTest::newRow("prefix") << u"js"_s << false << OutputFormat::Table;
}

void TestRecordFormatter::parsesFormatNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(OutputFormat, format);
    const std::optional<OutputFormat> parsed = outputFormatFromString(name);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, format);
}

void TestRecordFormatter::jsonReadsBackToSameValues()
{
    const QByteArray json = formatRecords(subnets(), OutputFormat::Json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 2);

    const QJsonObject lab = array.at(0).toObject();
    QCOMPARE(lab.size(), 8);
    QCOMPARE(lab.value(u"Name"), QJsonValue(u"Lab"_s));
    QCOMPARE(lab.value(u"NetworkId"), QJsonValue(u"2001:db8::/48"_s));
    QCOMPARE(lab.value(u"VlanId"), QJsonValue(QJsonArray{13, 10}));
    QCOMPARE(lab.value(u"IsPublic"), QJsonValue(true));
    QVERIFY(lab.contains(u"Owner"));
    QVERIFY(lab.value(u"Owner").isNull());
    QCOMPARE(lab.value(u"Utilization"), QJsonValue(12.5));
    // Beyond 2^53: a string, digit for digit.
    QVERIFY(lab.value(u"TotalAddresses").isString());
    QCOMPARE(lab.value(u"TotalAddresses").toString(), u"1208925819614629174706176"_s);
    QCOMPARE(lab.value(u"Description").toString(),
             u"Says \"hi\",\nthen\ttabs \\ and \u0001 and Zürich 😀"_s);

    const QJsonObject office = array.at(1).toObject();
    QCOMPARE(office.value(u"VlanId"), QJsonValue(QJsonArray{u"7"_s}));
    QCOMPARE(office.value(u"IsPublic"), QJsonValue(false));
    QCOMPARE(office.value(u"Utilization"), QJsonValue(0.0));
    QVERIFY(office.value(u"TotalAddresses").isDouble());
    QCOMPARE(office.value(u"TotalAddresses").toInteger(), 65536);
    QCOMPARE(office.value(u"Description"), QJsonValue(QString()));
    QVERIFY(json.contains("\"TotalAddresses\": 65536,"));
}

void TestRecordFormatter::jsonKeepsKeysInColumnOrder()
{
    RecordTable table;
    table.columns = {u"Zeta"_s, u"Alpha"_s, u"Mid"_s};
    table.rows = {{1, 2, 3}};
    const QByteArray json = formatRecords(table, OutputFormat::Json);
    const qsizetype zeta = json.indexOf("\"Zeta\"");
    const qsizetype alpha = json.indexOf("\"Alpha\"");
    const qsizetype mid = json.indexOf("\"Mid\"");
    QVERIFY(zeta >= 0);
    QVERIFY(zeta < alpha);
    QVERIFY(alpha < mid);
    QCOMPARE(json,
             QByteArray("[\n"
                        "    {\n"
                        "        \"Zeta\": 1,\n"
                        "        \"Alpha\": 2,\n"
                        "        \"Mid\": 3\n"
                        "    }\n"
                        "]\n"));
}

void TestRecordFormatter::jsonOfNoRowsIsEmptyArray()
{
    RecordTable table;
    table.columns = {u"Name"_s};
    const QByteArray json = formatRecords(table, OutputFormat::Json);
    QCOMPARE(json, QByteArray("[]\n"));
    QVERIFY(QJsonDocument::fromJson(json).isArray());
}

void TestRecordFormatter::jsonOfMissingCellsIsNull()
{
    RecordTable table;
    table.columns = {u"Name"_s, u"Owner"_s};
    table.rows = {{u"Lab"_s}};
    const QJsonObject object = QJsonDocument::fromJson(formatRecords(table, OutputFormat::Json))
                                       .array()
                                       .at(0)
                                       .toObject();
    QCOMPARE(object.value(u"Name"), QJsonValue(u"Lab"_s));
    QVERIFY(object.value(u"Owner").isNull());
}

void TestRecordFormatter::tableAlignsTextLeftAndNumbersRight()
{
    RecordTable table;
    table.columns = {u"Name"_s, u"PrefixLength"_s, u"TotalAddresses"_s, u"Owner"_s};
    table.rows = {{u"a"_s, 8, u"16777216"_s, u"x"_s},
                  {u"longer-name"_s, 24, u"1208925819614629174706176"_s, QVariant()},
                  {u"mixed"_s, QVariant(), QVariant(), u"netops"_s}};
    QCOMPARE(formatRecords(table, OutputFormat::Table),
             QByteArray("Name         PrefixLength             TotalAddresses  Owner\n"
                        "-----------  ------------  -------------------------  ------\n"
                        "a                       8                   16777216  x\n"
                        "longer-name            24  1208925819614629174706176\n"
                        "mixed                                                 netops\n"));
}

void TestRecordFormatter::tableJoinsListsAndFlattensLineBreaks()
{
    RecordTable table;
    table.columns = {u"VlanId"_s, u"IsPublic"_s, u"Description"_s};
    table.rows = {{QVariant(QVariantList{13, 10}), true, u"two\nlines"_s},
                  {QVariant(QStringList{u"7"_s}), false, u"crlf\r\nend"_s}};
    QCOMPARE(formatRecords(table, OutputFormat::Table),
             QByteArray("VlanId  IsPublic  Description\n"
                        "------  --------  -----------\n"
                        "13, 10  True      two lines\n"
                        "7       False     crlf end\n"));
}

void TestRecordFormatter::tableOfNoRowsIsJustHeader()
{
    RecordTable table;
    table.columns = {u"Name"_s, u"NetworkId"_s};
    QCOMPARE(formatRecords(table, OutputFormat::Table),
             QByteArray("Name  NetworkId\n"
                        "----  ---------\n"));
    QCOMPARE(formatRecords(RecordTable(), OutputFormat::Table), QByteArray());
}

void TestRecordFormatter::csvReadsBackWithCsvReader()
{
    const RecordTable table = subnets();
    QList<QString> header;
    const QList<QList<QString>> records
            = parseCsv(formatRecords(table, OutputFormat::Csv), &header);
    QCOMPARE(header, table.columns);
    const QList<QList<QString>> expected
            = {{u"Lab"_s, u"2001:db8::/48"_s, u"13, 10"_s, u"True"_s, QString(), u"12.5"_s,
                u"1208925819614629174706176"_s,
                u"Says \"hi\",\nthen\ttabs \\ and \u0001 and Zürich 😀"_s},
               {u"Office"_s, u"10.1.0.0/16"_s, u"7"_s, u"False"_s, u"netops"_s, u"0"_s, u"65536"_s,
                QString()}};
    QCOMPARE(records, expected);
}

void TestRecordFormatter::stringListInEachFormat_data()
{
    QTest::addColumn<QList<QString>>("values");
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<QByteArray>("output");
    const QList<QString> addresses = {u"10.0.0.5"_s, u"10.0.0.6"_s};
    QTest::newRow("json") << addresses << OutputFormat::Json
                          << QByteArray("[\n    \"10.0.0.5\",\n    \"10.0.0.6\"\n]\n");
    QTest::newRow("json, none") << QList<QString>() << OutputFormat::Json << QByteArray("[]\n");
    QTest::newRow("table") << addresses << OutputFormat::Table
                           << QByteArray("10.0.0.5\n10.0.0.6\n");
    QTest::newRow("table, none") << QList<QString>() << OutputFormat::Table << QByteArray();
    QTest::newRow("csv") << addresses << OutputFormat::Csv << QByteArray("10.0.0.5\n10.0.0.6\n");
    QTest::newRow("csv, quoted") << QList<QString>{u"a,b"_s} << OutputFormat::Csv
                                 << QByteArray("\"a,b\"\n");
}

void TestRecordFormatter::stringListInEachFormat()
{
    QFETCH(QList<QString>, values);
    QFETCH(OutputFormat, format);
    QFETCH(QByteArray, output);
    const QByteArray formatted = formatStringList(values, format);
    QCOMPARE(formatted, output);
    if (format == OutputFormat::Json) {
        QJsonArray expected;
        for (const QString &value : values)
            expected.append(value);
        QCOMPARE(QJsonDocument::fromJson(formatted).array(), expected);
    }
}

QTEST_GUILESS_MAIN(TestRecordFormatter)
#include "tst_recordformatter.moc"
