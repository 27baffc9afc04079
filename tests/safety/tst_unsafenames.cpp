// Names with control characters (an ESC sequence that recolours or clears a terminal, a NUL
// that cuts a C string) or bidirectional overrides (U+202E shows "gpj.exe" as "exe.jpg") are
// refused by the one rule the write path asks, so the CSV import, ipamctl, the dialogs and
// the VMM sync all refuse them; and what is already stored prints without acting on the
// terminal.

#include "domain/printabletext.h"
#include "domain/rules.h"
#include "io/csvimporter.h"
#include "io/recordformatter.h"
#include "store/database.h"
#include "write/writepath.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

class TestUnsafeNames : public QObject
{
    Q_OBJECT
private slots:
    void unsafeCharacters_data();
    void unsafeCharacters();
    void printableTextEscapes_data();
    void printableTextEscapes();
    void nameRuleNamesTheCharacter();
    void writePathRefusesEveryKind_data() { addBackendRows(); }
    void writePathRefusesEveryKind();
    void csvImportNamesTheColumnAndWritesNothing_data() { addBackendRows(); }
    void csvImportNamesTheColumnAndWritesNothing();
    void tableOutputEscapesStoredText();
    void jsonOutputEscapesTerminalControls();
};

void TestUnsafeNames::unsafeCharacters_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("unsafe");
    for (uint c : {0x00u,   0x07u,   0x09u,   0x0Au,   0x0Du,   0x1Bu,   0x1Fu,
                   0x7Fu,   0x80u,   0x85u,   0x9Bu,   0x9Fu,   0x202Au, 0x202Bu,
                   0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u, 0x2068u, 0x2069u})
        QTest::addRow("U+%04X", c) << c << true;
    for (uint c : {0x20u, 0x41u, 0x7Eu, 0xA0u, 0xE9u, 0x200Eu, 0x2029u, 0x202Fu, 0x2065u, 0x206Au,
                   0xFEFFu, 0x1F600u})
        QTest::addRow("U+%04X", c) << c << false;
}

void TestUnsafeNames::unsafeCharacters()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, unsafe);
    QCOMPARE(isUnsafeCharacter(codePoint), unsafe);
    const QString name = u"a"_s
            + QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1) + u"b"_s;
    QCOMPARE(bool(rules::nameIsValid(name, ObjectKind::Subnet)), !unsafe);
}

void TestUnsafeNames::printableTextEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Storage East"_s << u"Storage East"_s;
    QTest::newRow("ESC sequence") << u"a\x1b[2Jb"_s << u"a\\x1B[2Jb"_s;
    QTest::newRow("NUL") << QString(u"a\0b"_s) << u"a\\x00b"_s;
    QTest::newRow("line ends and TAB") << u"a\r\n\tb"_s << u"a\\r\\n\\tb"_s;
    QTest::newRow("DEL and C1 CSI") << u"\x7f\u009b"_s << u"\\x7F\\x9B"_s;
    QTest::newRow("right-to-left override") << u"gpj\u202Eexe"_s << u"gpj\\u202Eexe"_s;
    QTest::newRow("isolate") << u"\u2066x\u2069"_s << u"\\u2066x\\u2069"_s;
    QTest::newRow("other scripts stay") << u"東京 é 😀"_s << u"東京 é 😀"_s;
}

void TestUnsafeNames::printableTextEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(printableText(text), shown);
}

void TestUnsafeNames::nameRuleNamesTheCharacter()
{
    const Verdict esc = rules::nameIsValid(u"lab\x1b[31m"_s, ObjectKind::LogicalNetwork);
    QCOMPARE(esc.reason(),
             u"logical network name \"lab\\x1B[31m\" holds the control character "
             "U+001B at character 4"_s);
    const Verdict bidi = rules::nameIsValid(u"web\u202Etxt"_s, ObjectKind::Subnet);
    QCOMPARE(bidi.reason(),
             u"subnet name \"web\\u202Etxt\" holds the bidirectional control "
             "U+202E at character 4"_s);
    // The message itself holds nothing a terminal would act on.
    QCOMPARE(firstUnsafeCharacter(esc.reason()), -1);
    QCOMPARE(firstUnsafeCharacter(bidi.reason()), -1);
}

void TestUnsafeNames::writePathRefusesEveryKind()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    WritePath writePath(db, Principal{u"alice"_s, {}});
    Store &store = writePath.store();
    const ObjectId defaultSpace = store.defaultSpace()->id;
    auto submit = [&](auto object) {
        ChangeSet set;
        set.create(object);
        return writePath.submit(set);
    };
    auto refusedWith = [](const WriteResult &result, const QString &what) {
        return result.status == WriteStatus::Refused && result.message.startsWith(what)
                && result.message.contains(u"U+"_s);
    };
    const QString bad = u"x\x1b]0;owned\x07"_s;

    AddressSpace space;
    space.name = bad;
    WriteResult result = submit(space);
    QVERIFY2(refusedWith(result, u"address space name"_s), qPrintable(result.message));

    LogicalNetwork network;
    network.spaceId = defaultSpace;
    network.name = u"Storage\u202E"_s;
    result = submit(network);
    QVERIFY2(refusedWith(result, u"logical network name"_s), qPrintable(result.message));
    network.name = u"Storage"_s;
    result = submit(network);
    QVERIFY2(result.ok(), qPrintable(result.message));
    network = std::get<LogicalNetwork>(result.objects.constFirst());

    NetworkSite site;
    site.logicalNetworkId = network.id;
    site.name = QString(u"East\0"_s);
    result = submit(site);
    QVERIFY2(refusedWith(result, u"network site name"_s), qPrintable(result.message));

    Subnet subnet;
    subnet.spaceId = defaultSpace;
    subnet.networkId = Prefix::parse(u"10.9.0.0/24"_s).value();
    subnet.networkType = NetworkType::NonVirtualized;
    subnet.name = bad;
    result = submit(subnet);
    QVERIFY2(refusedWith(result, u"subnet name"_s), qPrintable(result.message));
    subnet.name = u"fine"_s;
    QVERIFY(submit(subnet).ok());

    Address address;
    address.spaceId = defaultSpace;
    address.ipAddress = IpAddress::parse(u"10.9.0.5"_s).value();
    address.deviceName = u"host\u009b31m"_s;
    result = submit(address);
    QVERIFY2(refusedWith(result, u"address 10.9.0.5 device name"_s), qPrintable(result.message));

    QCOMPARE(store.select<AddressSpace>().size(), 1); // Default only
    QCOMPARE(store.select<NetworkSite>().size(), 0);
    QCOMPARE(store.select<Subnet>().size(), 1);
    QCOMPARE(store.select<Address>().size(), 0);
}

void TestUnsafeNames::csvImportNamesTheColumnAndWritesNothing()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    WritePath writePath(db, Principal{u"alice"_s, {}});
    CsvImporter importer(writePath);

    QBuffer subnets;
    subnets.setData("NetworkId,Name\n10.1.0.0/24,ok\n10.2.0.0/24,\"evil\x1b[2J\"\n");
    subnets.open(QIODevice::ReadOnly);
    ImportResult result = importer.importFrom(ObjectKind::Subnet, &subnets, u"test"_s);
    QCOMPARE(result.status, WriteStatus::Refused);
    QCOMPARE(result.message,
             u"line 3, column 2: Name \"evil\\x1B[2J\" holds the control "
             "character U+001B at character 5 (\"evil\\x1B[2J\")"_s);
    QCOMPARE(writePath.store().select<Subnet>().size(), 0);

    QBuffer addresses;
    addresses.setData("IpAddress,DeviceName\n10.1.0.7,\"web\xE2\x80\xAEgpj.exe\"\n");
    addresses.open(QIODevice::ReadOnly);
    result = importer.importFrom(ObjectKind::Address, &addresses, u"test"_s);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.startsWith(u"line 2, column 2: DeviceName \"web\\u202Egpj.exe\" "
                                       "holds the bidirectional control U+202E"_s),
             qPrintable(result.message));
    QCOMPARE(writePath.store().select<Address>().size(), 0);
}

void TestUnsafeNames::tableOutputEscapesStoredText()
{
    // Text stored before the rule existed (or in a field no rule covers) still prints safely.
    RecordTable table;
    table.columns = {u"Name"_s, u"Description"_s};
    table.rows = {{u"a\x1b[31mred"_s, u"tab\there \u202Eevil"_s}};
    const QByteArray out = formatRecords(table, OutputFormat::Table);
    QVERIFY2(!out.contains('\x1b') && !out.contains('\t') && !out.contains("\xE2\x80\xAE"),
             out.constData());
    QVERIFY(out.contains("a\\x1B[31mred"));
    QVERIFY(out.contains("tab\\there \\u202Eevil"));
    const QByteArray list = formatStringList({u"\x1b[2J"_s}, OutputFormat::Table);
    QCOMPARE(list, QByteArray("\\x1B[2J\n"));
}

void TestUnsafeNames::jsonOutputEscapesTerminalControls()
{
    RecordTable table;
    table.columns = {u"Name"_s};
    table.rows = {{u"\x1b\x7f\u0085\u202E😀"_s}};
    const QByteArray out = formatRecords(table, OutputFormat::Json);
    QVERIFY2(out.contains(R"("\u001b\u007f\u0085\u202e😀")"), out.constData());
}

QTEST_GUILESS_MAIN(TestUnsafeNames)
#include "tst_unsafenames.moc"
