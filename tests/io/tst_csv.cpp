#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ipam;
using namespace Qt::StringLiterals;

using Records = QList<QList<QString>>;

namespace {

// Hands out its data a few bytes per read, so every record and every quote straddles a read.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct ReadResult
{
    Records records;
    QList<qint64> lines;
    QString error;
};

ReadResult readAll(CsvReader &reader)
{
    ReadResult result;
    CsvRecord record;
    while (reader.next(record)) {
        result.records.append(record.fields);
        result.lines.append(record.line);
    }
    result.error = reader.error();
    return result;
}

ReadResult readAll(const QByteArray &input)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    return readAll(reader);
}

QByteArray written(const Records &records, CsvWriter::LineEnding ending = CsvWriter::LineEnding::Lf)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setLineEnding(ending);
    for (const QList<QString> &record : records)
        writer.writeRecord(record);
    writer.flush();
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsAnyLineEndWithOrWithoutBom_data();
    void readsAnyLineEndWithOrWithoutBom();
    void bomIsNotPartOfFirstHeaderName();
    void parsesFields_data();
    void parsesFields();
    void parsesFieldsWhateverTheReadSize_data() { parsesFields_data(); }
    void parsesFieldsWhateverTheReadSize();
    void readsFieldLongerThanReadBuffer();
    void recordLineIsWhereRecordStarts();
    void typographicQuotesCanBeTurnedOff();
    void fewerFieldsThanHeaderReadAsEmpty();
    void reportsErrors_data();
    void reportsErrors();
    void reportsErrorsWhateverTheReadSize_data() { reportsErrors_data(); }
    void reportsErrorsWhateverTheReadSize();
    void countsBareCrAsLineEnd();
    void refusesHeaderNamingAColumnTwice_data();
    void refusesHeaderNamingAColumnTwice();
    void errorStopsReader();
    void findsHeaderColumnsIgnoringCaseSpacesAndUnderscores_data();
    void findsHeaderColumnsIgnoringCaseSpacesAndUnderscores();
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void writerOutputReadsBackUnchanged_data();
    void writerOutputReadsBackUnchanged();
    void parsesMillionRowSubnetFile();
    void neutralisesSpreadsheetFormulas_data();
    void neutralisesSpreadsheetFormulas();
    void formulaGuardCanBeTurnedOff();
};

void TestCsv::readsAnyLineEndWithOrWithoutBom_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray bom = "\xEF\xBB\xBF";
    for (const bool withBom : {false, true}) {
        for (const char *ending : {"\n", "\r\n", "\r"}) {
            for (const bool finalNewline : {true, false}) {
                QByteArray input = withBom ? bom : QByteArray();
                input += "Network,Name";
                input += ending;
                input += "10.0.0.0/8,Lab";
                input += ending;
                input += "10.1.0.0/16,Office";
                if (finalNewline)
                    input += ending;
                const QByteArray name = (withBom ? "BOM, " : "no BOM, ")
                        + QByteArray(ending[0] == '\n'   ? "LF"
                                             : ending[1] ? "CRLF"
                                                         : "CR")
                        + (finalNewline ? ", final line end" : ", no final line end");
                QTest::newRow(name.constData()) << input;
            }
        }
    }
}

void TestCsv::readsAnyLineEndWithOrWithoutBom()
{
    QFETCH(QByteArray, input);
    const ReadResult result = readAll(input);
    QCOMPARE(result.error, QString());
    const Records expected
            = {{"Network", "Name"}, {"10.0.0.0/8", "Lab"}, {"10.1.0.0/16", "Office"}};
    QCOMPARE(result.records, expected);
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 3}));
}

void TestCsv::bomIsNotPartOfFirstHeaderName()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBFNetwork,Name\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.header().first(), u"Network"_s);
    QCOMPARE(reader.column(u"Network"), 0);

    QCOMPARE(readAll("\xEF\xBB\xBF").records, Records());
}

void TestCsv::parsesFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    QTest::newRow("plain") << QByteArray("a,b,c\n") << Records{{"a", "b", "c"}};
    QTest::newRow("quoted comma") << QByteArray("\"10.0.0.0/8, lab\",b\n")
                                  << Records{{"10.0.0.0/8, lab", "b"}};
    QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"hi\"\"\",x\n") << Records{{"say \"hi\"", "x"}};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << Records{{"\""}};
    QTest::newRow("empty fields") << QByteArray("a,,c\n") << Records{{"a", "", "c"}};
    QTest::newRow("trailing empty field") << QByteArray("a,b,\n") << Records{{"a", "b", ""}};
    QTest::newRow("trailing empty field, no line end")
            << QByteArray("a,b,") << Records{{"a", "b", ""}};
    QTest::newRow("only commas") << QByteArray(",,\n") << Records{{"", "", ""}};
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << Records{{"", "x"}};
    QTest::newRow("lone empty quoted field") << QByteArray("\"\"\n") << Records{{""}};
    QTest::newRow("blanks around unquoted fields trimmed")
            << QByteArray("Network, start IP address ,\tend\t\n")
            << Records{{"Network", "start IP address", "end"}};
    QTest::newRow("blanks inside quotes kept")
            << QByteArray("\" a \",b\n") << Records{{" a ", "b"}};
    QTest::newRow("blanks around quotes dropped")
            << QByteArray("a,  \"b,c\"  ,d\n") << Records{{"a", "b,c", "d"}};
    QTest::newRow("embedded LF") << QByteArray("\"a\nb\",c\n") << Records{{"a\nb", "c"}};
    QTest::newRow("embedded CRLF kept")
            << QByteArray("\"a\r\nb\",c\r\n") << Records{{"a\r\nb", "c"}};
    QTest::newRow("quote inside unquoted field kept")
            << QByteArray("12\" rack,x\n") << Records{{"12\" rack", "x"}};
    QTest::newRow("unicode") << QByteArray("Zürich,東京,😀\n")
                             << Records{{u"Zürich"_s, u"東京"_s, u"😀"_s}};
    QTest::newRow("CR-only line ends")
            << QByteArray("a,b\rc,d\r") << Records{{"a", "b"}, {"c", "d"}};
    QTest::newRow("mixed line ends")
            << QByteArray("a\rb\r\nc\nd") << Records{{"a"}, {"b"}, {"c"}, {"d"}};
    QTest::newRow("CR-only blank lines skipped")
            << QByteArray("\r\ra\r \r\r\nb\r") << Records{{"a"}, {"b"}};
    QTest::newRow("bare CR after a quoted field")
            << QByteArray("\"a\rb\",\"c\"\rd\r") << Records{{"a\rb", "c"}, {"d"}};
    QTest::newRow("blank lines skipped")
            << QByteArray("\na\n\n  \r\n\t\nb\n\n") << Records{{"a"}, {"b"}};
    QTest::newRow("empty input") << QByteArray() << Records();
    QTest::newRow("typographic quotes")
            << QByteArray("“10.0.0.0/8, lab”,c\n") << Records{{"10.0.0.0/8, lab", "c"}};
    QTest::newRow("typographic quotes after blanks")
            << QByteArray("a, “b, c” ,d\n") << Records{{"a", "b, c", "d"}};
    QTest::newRow("doubled typographic close quote")
            << QByteArray("“say ””hi”””,x\n") << Records{{u"say ”hi”"_s, "x"}};
    QTest::newRow("ASCII quotes inside typographic ones")
            << QByteArray("“a \"b\"”,c\n") << Records{{"a \"b\"", "c"}};
    QTest::newRow("typographic quote not at field start is text")
            << QByteArray("say “hi”,x\n") << Records{{u"say “hi”"_s, "x"}};
    QTest::newRow("typographic quotes inside ASCII ones are text")
            << QByteArray("\"“a”\",b\n") << Records{{u"“a”"_s, "b"}};
    QTest::newRow("NUL is data") << QByteArray("a\0b,c\n", 6)
                                 << Records{{QString::fromLatin1("a\0b", 3), "c"}};
}

void TestCsv::parsesFields()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    const ReadResult result = readAll(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, expected);
}

void TestCsv::parsesFieldsWhateverTheReadSize()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    for (const qint64 step : {1, 2, 3, 5}) {
        TrickleDevice device("\xEF\xBB\xBF" + input, step);
        CsvReader reader(&device);
        const ReadResult result = readAll(reader);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, expected);
    }
}

void TestCsv::readsFieldLongerThanReadBuffer()
{
    // Five megabytes in one quoted field, then a record after it: the buffer has to grow.
    QString big;
    for (int i = 0; i < 400'000; ++i)
        big += u"line, \"q\"\n"_s;
    const QByteArray input = written({{"a", big, "b"}, {"after"}});
    const ReadResult result = readAll(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records.size(), 2);
    QVERIFY(result.records.at(0).at(1) == big);
    QCOMPARE(result.records.at(1), QList<QString>{"after"});
    QCOMPARE(result.lines, (QList<qint64>{1, 400'002})); // the field holds 400,000 line ends
}

void TestCsv::recordLineIsWhereRecordStarts()
{
    const QByteArray input = "h1,h2\n"
                             "\"multi\nline\",x\n"
                             "next,y\n"
                             "\n"
                             "\"a\r\nb\r\nc\",z\r\n"
                             "last,w";
    const ReadResult result = readAll(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 4, 6, 9}));
}

void TestCsv::typographicQuotesCanBeTurnedOff()
{
    QBuffer buffer;
    buffer.setData("“a, b”,c\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setTypographicQuotes(false);
    const ReadResult result = readAll(reader);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, (Records{{u"“a"_s, u"b”"_s, "c"}}));
}

void TestCsv::fewerFieldsThanHeaderReadAsEmpty()
{
    QBuffer buffer;
    buffer.setData("Network,Name,Owner,Description\n10.0.0.0/8,Lab\n10.1.0.0/16\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    const ReadResult result = readAll(reader);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, (Records{{"10.0.0.0/8", "Lab", "", ""}, {"10.1.0.0/16", "", "", ""}}));
}

void TestCsv::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("withHeader");
    QTest::addColumn<int>("recordsBeforeError");
    QTest::addColumn<QString>("error");

    QTest::newRow("unterminated quote")
            << QByteArray("h1,h2,h3\n1,2,3\n1,2,3\n1,2,3\n1,2,3\n1,2,3\n1,2,\"open\nstill open\n")
            << true << 5 << u"line 7, column 3: unterminated quoted field"_s;
    QTest::newRow("unterminated typographic quote")
            << QByteArray("a,“b,c\n") << false << 0
            << u"line 1, column 2: unterminated quoted field"_s;
    QTest::newRow("text after closing quote")
            << QByteArray("\"a\"b,c\n") << false << 0
            << u"line 1, column 1: text after closing quote (\"a\"b)"_s;
    QTest::newRow("text after closing quote and blank")
            << QByteArray("x,\"a\" é\n") << false << 0
            << u"line 1, column 2: text after closing quote (\"a\" é)"_s;
    QTest::newRow("text after quote, after a multi-line record")
            << QByteArray("a,b\n\"x\ny\",1\n\"bad\"q,2\n") << false << 2
            << u"line 4, column 1: text after closing quote (\"bad\"q)"_s;
    QTest::newRow("text after multi-line quoted field")
            << QByteArray("a,b\n1,\"x\ny\"z\n") << false << 1
            << u"line 3, column 2: text after closing quote (\"x\\ny\"z)"_s;
    QTest::newRow("Latin-1 byte") << QByteArray("a,caf\xE9,b\n") << false << 0
                                  << u"line 1, column 2: invalid UTF-8 byte 0xE9 (caf\uFFFD)"_s;
    QTest::newRow("Latin-1 byte at the end of a field")
            << QByteArray("ok\nx,y,caf\xE9") << false << 1
            << u"line 2, column 3: invalid UTF-8 byte 0xE9 (caf\uFFFD)"_s;
    QTest::newRow("invalid byte in the third line of a quoted field")
            << QByteArray("h\n\"ok\nstill ok\nbad \xFF\"\n") << false << 1
            << u"line 4, column 1: invalid UTF-8 byte 0xFF (ok\\nstill ok\\nbad \uFFFD)"_s;
    QTest::newRow("overlong encoding")
            << QByteArray("\xC0\xAF\n") << false << 0
            << u"line 1, column 1: invalid UTF-8 byte 0xC0 (\uFFFD\uFFFD)"_s;
    QTest::newRow("encoded surrogate")
            << QByteArray("a\xED\xA0\x80\n") << false << 0
            << u"line 1, column 1: invalid UTF-8 byte 0xED (a\uFFFD\uFFFD\uFFFD)"_s;
    QTest::newRow("beyond U+10FFFF")
            << QByteArray("\xF4\x90\x80\x80\n") << false << 0
            << u"line 1, column 1: invalid UTF-8 byte 0xF4 (\uFFFD\uFFFD\uFFFD\uFFFD)"_s;
    QTest::newRow("truncated sequence at end of input")
            << QByteArray("ab\xE2\x82") << false << 0
            << u"line 1, column 1: invalid UTF-8 byte 0xE2 (ab\uFFFD\uFFFD)"_s;
    QTest::newRow("too many fields") << QByteArray("c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12\n"
                                                   "1,2,3,4,5,6,7,8,9,10,11,12\n"
                                                   "\n"
                                                   "1,2,3,4,5,6,7,8,9,10,11,12,13,14\n")
                                     << true << 1 << u"line 4: 14 fields, header has 12"_s;
    QTest::newRow("too many fields in a multi-line record")
            << QByteArray("a,b\n\"1\n2\",3,4\n") << true << 0
            << u"line 2: 3 fields, header has 2"_s;
    QTest::newRow("long value shortened")
            << QByteArray("\"0123456789012345678901234567890123456789012345\"x\n") << false << 0
            << u"line 1, column 1: text after closing quote "
               "(\"012345678901234567890123456789012345678…)"_s;
}

void TestCsv::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, withHeader);
    QFETCH(int, recordsBeforeError);
    QFETCH(QString, error);

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (withHeader)
        QVERIFY2(reader.readHeader(), qPrintable(reader.error()));
    const ReadResult result = readAll(reader);
    QCOMPARE(result.error, error);
    QCOMPARE(result.records.size(), recordsBeforeError);
    QCOMPARE(reader.line(), error.section(u' ', 1, 1).remove(u',').remove(u':').toLongLong());
}

void TestCsv::reportsErrorsWhateverTheReadSize()
{
    // The same message, excerpt included, however the file arrives in reads.
    QFETCH(QByteArray, input);
    QFETCH(bool, withHeader);
    QFETCH(QString, error);
    for (const qint64 step : {1, 2, 3, 5, 7}) {
        TrickleDevice device(input, step);
        CsvReader reader(&device);
        if (withHeader)
            QVERIFY2(reader.readHeader(), qPrintable(reader.error()));
        const ReadResult result = readAll(reader);
        QCOMPARE(result.error, error);
    }
}

void TestCsv::countsBareCrAsLineEnd()
{
    // A CR-only file reports the line an editor shows, inside quotes too.
    const ReadResult result = readAll("h\r\"x\ry\"\r\"bad\"q\r");
    QCOMPARE(result.records, (Records{{"h"}, {"x\ry"}}));
    QCOMPARE(result.lines, (QList<qint64>{1, 2}));
    QCOMPARE(result.error, u"line 4, column 1: text after closing quote (\"bad\"q)"_s);
    for (const qint64 step : {1, 2}) {
        TrickleDevice device("a\r\nb\r\n\"c\r\nd\"\r\ne\r", step);
        CsvReader reader(&device);
        const ReadResult trickled = readAll(reader);
        QCOMPARE(trickled.error, QString());
        QCOMPARE(trickled.lines, (QList<qint64>{1, 2, 3, 5}));
    }
}

void TestCsv::refusesHeaderNamingAColumnTwice_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("same name") << QByteArray("Network,Name,Name\n10.0.0.0/8,a,b\n")
                               << u"line 1, column 3: column \"Name\" is named twice in the "
                                  "header (also column 2)"_s;
    QTest::newRow("same name as column() compares it")
            << QByteArray("\n\nNetwork Id,Owner,network_id\n")
            << u"line 3, column 3: column \"network_id\" is named twice in the header (also "
               "column 1)"_s;
}

void TestCsv::refusesHeaderNamingAColumnTwice()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(!reader.readHeader());
    QCOMPARE(reader.error(), error);
    CsvRecord record;
    QVERIFY(!reader.next(record)); // no row is read under an ambiguous header

    // Unnamed columns (a spreadsheet's trailing empty cells) name nothing twice.
    QBuffer unnamed;
    unnamed.setData("Network,,Name,\n");
    unnamed.open(QIODevice::ReadOnly);
    CsvReader lenient(&unnamed);
    QVERIFY2(lenient.readHeader(), qPrintable(lenient.error()));
}

void TestCsv::neutralisesSpreadsheetFormulas_data()
{
    // OWASP "CSV Injection": a spreadsheet shows these as text, and CsvReader gives back
    // exactly what was written.
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("=") << u"=SUM(A1)"_s << QByteArray("'=SUM(A1)\n");
    QTest::newRow("+") << u"+1"_s << QByteArray("'+1\n");
    QTest::newRow("-") << u"-foo"_s << QByteArray("'-foo\n");
    QTest::newRow("@") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)\n");
    QTest::newRow("TAB") << u"\t=1"_s << QByteArray("'\t=1\n");
    QTest::newRow("CR") << u"\r=1"_s << QByteArray("\"'\r=1\"\n");
    QTest::newRow("DDE payload") << u"=cmd|' /C calc'!A0"_s << QByteArray("'=cmd|' /C calc'!A0\n");
    QTest::newRow("a real leading quote") << u"'quoted"_s << QByteArray("''quoted\n");
    QTest::newRow("a real quote before =") << u"'=x"_s << QByteArray("''=x\n");
    QTest::newRow("only a quote") << u"'"_s << QByteArray("''\n");
    QTest::newRow("needs CSV quotes too") << u"=A1,B1"_s << QByteArray("\"'=A1,B1\"\n");
    QTest::newRow("= inside") << u"a=b"_s << QByteArray("a=b\n");
    QTest::newRow("IPv6") << u"::1"_s << QByteArray("::1\n");
}

void TestCsv::neutralisesSpreadsheetFormulas()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, output);
    const QByteArray csv = written({{value}});
    QCOMPARE(csv, output);
    const ReadResult back = readAll(csv);
    QCOMPARE(back.error, QString());
    QCOMPARE(back.records, (Records{{value}}));
    // A hand-written quote before anything else is the value's own.
    QCOMPARE(readAll("'abc,' x\n").records, (Records{{"'abc", "' x"}}));
}

void TestCsv::formulaGuardCanBeTurnedOff()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.setFormulaGuard(false);
        writer.writeRecord({u"=1"_s, u"'=2"_s});
    }
    QCOMPARE(out, QByteArray("=1,'=2\n"));
    QBuffer in;
    in.setData(out);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    reader.setFormulaGuard(false);
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields, (QList<QString>{u"=1"_s, u"'=2"_s}));
}

void TestCsv::errorStopsReader()
{
    QBuffer buffer;
    buffer.setData("\"a\"b\nfine,line\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QVERIFY(!reader.next(record));
    const QString error = reader.error();
    QVERIFY(!error.isEmpty());
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.error(), error);

    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    CsvReader headerless(&empty);
    QVERIFY(!headerless.readHeader());
    QCOMPARE(headerless.error(), u"line 1: no header row (the input is empty)"_s);
}

void TestCsv::findsHeaderColumnsIgnoringCaseSpacesAndUnderscores_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("column");
    QTest::newRow("exact") << u"Network"_s << 0;
    QTest::newRow("lower case") << u"network"_s << 0;
    QTest::newRow("without the header's space") << u"NetworkType"_s << 1;
    QTest::newRow("underscore for the header's space") << u"network_type"_s << 1;
    QTest::newRow("space for the header's underscore") << u"Address Space"_s << 2;
    QTest::newRow("several spaces") << u"VMM Logical Network"_s << 3;
    QTest::newRow("header was trimmed") << u"Owner"_s << 4;
    QTest::newRow("absent") << u"Description"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCsv::findsHeaderColumnsIgnoringCaseSpacesAndUnderscores()
{
    QFETCH(QString, name);
    QFETCH(int, column);
    QBuffer buffer;
    buffer.setData("Network,Network Type,Address_Space,VmmLogicalNetwork,  Owner \n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.column(name), column);
}

void TestCsv::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QByteArray>("output");

    QTest::newRow("plain") << Records{{"a", "b"}} << false << QByteArray("a,b\n");
    QTest::newRow("CRLF") << Records{{"a", "b"}, {"c"}} << true << QByteArray("a,b\r\nc\r\n");
    QTest::newRow("comma") << Records{{"a,b", "c"}} << false << QByteArray("\"a,b\",c\n");
    QTest::newRow("quote") << Records{{"say \"hi\""}} << false
                           << QByteArray("\"say \"\"hi\"\"\"\n");
    QTest::newRow("line ends") << Records{{"a\nb", "c\rd"}} << false
                               << QByteArray("\"a\nb\",\"c\rd\"\n");
    QTest::newRow("leading and trailing blanks") << Records{{" a", "b ", "\tc", "in side"}} << false
                                                 << QByteArray("\" a\",\"b \",'\tc,in side\n");
    QTest::newRow("leading typographic quote")
            << Records{{u"“a”"_s, u"b “c”"_s}} << false << QByteArray("\"“a”\",b “c”\n");
    QTest::newRow("leading byte order mark") << Records{{u"\uFEFFa"_s}} << false
                                             << QByteArray("\"\xEF\xBB\xBF"
                                                           "a\"\n");
    QTest::newRow("empty fields") << Records{{"", "", ""}} << false << QByteArray(",,\n");
    QTest::newRow("one empty field") << Records{{""}} << false << QByteArray("\"\"\n");
    QTest::newRow("no fields") << Records{{}} << false << QByteArray("\n");
    QTest::newRow("unicode unquoted")
            << Records{{u"Zürich"_s, u"😀"_s}} << false << QByteArray("Zürich,😀\n");
}

void TestCsv::quotesOnlyWhenNeeded()
{
    QFETCH(Records, records);
    QFETCH(bool, crlf);
    QFETCH(QByteArray, output);
    QCOMPARE(written(records, crlf ? CsvWriter::LineEnding::CrLf : CsvWriter::LineEnding::Lf),
             output);
}

void TestCsv::writerOutputReadsBackUnchanged_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::newRow("LF") << false;
    QTest::newRow("CRLF") << true;
}

void TestCsv::writerOutputReadsBackUnchanged()
{
    QFETCH(bool, crlf);
    // Characters that CSV treats specially, that UTF-8 encodes in 2, 3 and 4 bytes, and that
    // CsvReader looks at (blanks, typographic quotes, the byte order mark).
    const QList<QString> alphabet
            = {u","_s,  u"\""_s, u"\r"_s,     u"\n"_s, u"\r\n"_s, u" "_s,           u"\t"_s,
               u"“"_s,  u"”"_s,  u"\uFEFF"_s, u"a"_s,  u"Z"_s,    u"0"_s,           u"é"_s,
               u"東"_s, u"😀"_s,  u";"_s,      u"'"_s,  u"\\"_s,   QString(QChar(0))};
    QRandomGenerator random(20240611);
    Records records;
    for (int r = 0; r < 10'000; ++r) {
        QList<QString> record(1 + random.bounded(8));
        for (QString &field : record) {
            const int length = random.bounded(4) == 0 ? 0 : random.bounded(1, 12);
            for (int i = 0; i < length; ++i)
                field += alphabet.at(random.bounded(int(alphabet.size())));
        }
        records.append(record);
    }

    const QByteArray csv
            = written(records, crlf ? CsvWriter::LineEnding::CrLf : CsvWriter::LineEnding::Lf);
    const ReadResult result = readAll(csv);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records.size(), records.size());
    for (qsizetype r = 0; r < records.size(); ++r)
        QCOMPARE(result.records.at(r), records.at(r));

    // The same through a device that hands out 7 bytes at a time.
    TrickleDevice device(csv, 7);
    CsvReader reader(&device);
    QCOMPARE(readAll(reader).records, records);
}

void TestCsv::parsesMillionRowSubnetFile()
{
    constexpr int Rows = 1'000'000;
    const QList<QString> header = {"Network",        "Name",
                                   "NetworkType",    "AddressSpace",
                                   "Owner",          "Description",
                                   "VLAN",           "VmmLogicalNetwork",
                                   "NetworkSite",    "ServiceInstance",
                                   "AssignmentType", "CustomConfiguration"};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"subnets.csv"_s);

    QElapsedTimer timer;
    timer.start();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        writer.writeRecord(header);
        QList<QString> fields(header.size());
        for (int i = 0; i < Rows; ++i) {
            fields[0] = QStringLiteral("10.%1.%2.0/24").arg(i >> 16).arg((i >> 8) & 0xFF);
            fields[1] = QStringLiteral("Subnet %1").arg(i);
            fields[2] = u"NonVirtualized"_s;
            fields[3] = u"Default"_s;
            fields[4] = u"netops"_s;
            fields[5] = i % 10 == 0 ? u"Lab, \"building\" 7"_s : u"Zürich office"_s;
            fields[6] = i % 3 == 0 ? u"13, 10"_s : QString::number(i % 4094 + 1);
            fields[7] = u"LN-Prod"_s;
            fields[8] = u"Site-A"_s;
            fields[9] = QString();
            fields[10] = u"Static"_s;
            fields[11] = u"Region=Europe;Tier=1"_s;
            writer.writeRecord(fields);
        }
        QVERIFY(writer.flush());
    }
    const qint64 writeMs = timer.elapsed();
    const qint64 bytes = QFileInfo(path).size();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    timer.restart();
    CsvReader reader(&file);
    QVERIFY(reader.readHeader());
    CsvRecord record;
    qint64 rows = 0;
    qint64 checksum = 0;
    while (reader.next(record)) {
        ++rows;
        checksum += record.fields.at(6).size();
    }
    const qint64 readMs = timer.elapsed();
    QCOMPARE(reader.error(), QString());
    QCOMPARE(rows, Rows);
    QCOMPARE(record.line, Rows + 1);
    QCOMPARE(record.fields.at(1), u"Subnet 999999"_s);
    QVERIFY(checksum > 0);
    qInfo("1,000,000 rows x 12 fields, %.1f MB: parsed in %lld ms (%.1f M fields/s); written in "
          "%lld ms",
          bytes / 1e6, readMs, 12.0 * Rows / 1e3 / std::max<qint64>(readMs, 1), writeMs);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
