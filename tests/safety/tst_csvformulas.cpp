// CSV export neutralises spreadsheet formulas (OWASP "CSV Injection": a cell starting with
// = + - @ TAB or CR is a formula to Excel and LibreOffice, and "=cmd|..." runs a program), and
// the importer reads back exactly what the exporter wrote.

#include "io/csvexporter.h"
#include "io/csvimporter.h"
#include "store/database.h"
#include "write/writepath.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

class TestCsvFormulas : public QObject
{
    Q_OBJECT
private slots:
    void exportNeutralisesAndImportRestores_data() { addBackendRows(); }
    void exportNeutralisesAndImportRestores();
};

namespace {

QByteArray exported(Store &store)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const Parsed<qint64> written = CsvExporter(store).exportTo(ObjectKind::Subnet, &buffer);
    return written ? out : QByteArray();
}

} // namespace

void TestCsvFormulas::exportNeutralisesAndImportRestores()
{
    QFETCH(QString, backend);
    const QStringList names = {u"=SUM(A1)"_s,           u"-foo"_s,    u"+1"_s,
                               u"@SUM(A1:A9)"_s,        u"'quoted"_s, u"'=x"_s,
                               u"=cmd|' /C calc'!A0"_s, u"plain"_s};
    TestDatabase source(backend);
    IPAM_REQUIRE_DATABASE(source);
    std::shared_ptr<Database> sourceDb = source.open();
    QVERIFY(sourceDb);
    WritePath sourcePath(sourceDb, Principal{u"alice"_s, {}});
    const ObjectId defaultSpace = sourcePath.store().defaultSpace()->id;
    ChangeSet set;
    for (int i = 0; i < names.size(); ++i) {
        Subnet subnet;
        subnet.spaceId = defaultSpace;
        subnet.networkId = Prefix::parse(u"10.%1.0.0/24"_s.arg(i)).value();
        subnet.networkType = NetworkType::NonVirtualized;
        subnet.name = names.at(i);
        subnet.description = u"-"_s + names.at(i);
        set.create(subnet);
    }
    const WriteResult created = sourcePath.submit(set);
    QVERIFY2(created.ok(), qPrintable(created.message));

    const QByteArray csv = exported(sourcePath.store());
    QVERIFY(!csv.isEmpty());
    // No cell a spreadsheet would evaluate: every field starts with something else.
    for (const QByteArray &line : csv.split('\n')) {
        for (QByteArray field : line.split(',')) {
            if (field.startsWith('"'))
                field = field.mid(1);
            QVERIFY2(field.isEmpty() || !QByteArray("=+-@\t\r").contains(field.at(0)),
                     line.constData());
        }
    }
    QVERIFY2(csv.contains("\n'=SUM(A1),10.0.0.0/24,"), csv.constData());
    QVERIFY2(csv.contains("\n''quoted,"), csv.constData());

    TestDatabase target(backend);
    IPAM_REQUIRE_DATABASE(target);
    std::shared_ptr<Database> targetDb = target.open();
    QVERIFY(targetDb);
    WritePath targetPath(targetDb, Principal{u"alice"_s, {}});
    QBuffer in;
    in.setData(csv);
    in.open(QIODevice::ReadOnly);
    const ImportResult imported
            = CsvImporter(targetPath).importFrom(ObjectKind::Subnet, &in, u"round trip"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    QCOMPARE(imported.added, qint64(names.size()));
    const ObjectId targetSpace = targetPath.store().defaultSpace()->id;
    for (int i = 0; i < names.size(); ++i) {
        const auto subnet = targetPath.store().subnetByPrefix(
                targetSpace, Prefix::parse(u"10.%1.0.0/24"_s.arg(i)).value());
        QVERIFY(subnet);
        QCOMPARE(subnet->name, names.at(i));
        QCOMPARE(subnet->description, u"-"_s + names.at(i));
    }
    QCOMPARE(exported(targetPath.store()), csv); // and export again gives the same bytes
}

QTEST_GUILESS_MAIN(TestCsvFormulas)
#include "tst_csvformulas.moc"
