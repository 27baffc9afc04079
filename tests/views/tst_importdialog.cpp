// File ▸ Import in the console, offscreen over the fixture's store: the preview of the file's
// first rows and the column mapping (ignored columns said so, a missing required column
// disables Import), an import through the write path that the result pane shows at once, a
// refusal shown with its line number and the offending line (store unchanged), and Cancel in
// the middle of an import leaving the store unchanged.
#include "consolefixture.h"

#include "importdialog.h"
#include "items/subnetmodel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void previewsMapsAndImports();
    void showsTheRefusedLineAndChangesNothing();
    void cancelLeavesTheStoreUnchanged();
};

void TestImportDialog::previewsMapsAndImports()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("subnets.csv"),
                               "NetworkId,Name,Owner,Colour\n"
                               "10.7.0.0/24,lab-a,alice,red\n"
                               "10.7.1.0/24,lab-b,bob,blue\n");
    ImportDialog dialog(fixture.models());
    dialog.setKind(ObjectKind::Subnet);
    dialog.setFile(path);
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->columnCount(), 4);
    QCOMPARE(dialog.preview()->item(1, 1)->text(), QStringLiteral("lab-b"));
    QCOMPARE(dialog.mapping()->rowCount(), 4);
    QCOMPARE(dialog.mapping()->item(0, 1)->text(), QStringLiteral("NetworkId"));
    QCOMPARE(dialog.mapping()->item(3, 1)->text(), QStringLiteral("(ignored)"));
    QVERIFY(dialog.importButton()->isEnabled());
    // As ranges the file lacks their required columns.
    dialog.setKind(ObjectKind::Range);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("StartAddress")),
             qPrintable(dialog.statusLabel()->text()));
    dialog.setKind(ObjectKind::Subnet);

    const int before = fixture.models().subnets().rowCount();
    dialog.importButton()->click();
    QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().message));
    QCOMPARE(dialog.result().added, 2);
    QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("rows/s")),
             qPrintable(dialog.statusLabel()->text()));
    // The console's models have them at once (the write path's change event).
    QCOMPARE(fixture.models().subnets().rowCount(), before + 2);
}

void TestImportDialog::showsTheRefusedLineAndChangesNothing()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("bad.csv"),
                               "NetworkId,Name\n"
                               "10.8.0.0/24,ok\n"
                               "10.8.1.0/33,bad\n");
    const qint64 stored = fixture.store().count<Subnet>();
    ImportDialog dialog(fixture.models());
    dialog.setFile(path);
    dialog.runImport();
    QVERIFY(!dialog.result().ok());
    QVERIFY2(dialog.statusLabel()->text().startsWith(QLatin1String("line 3")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.offendingLine()->isVisibleTo(&dialog));
    QCOMPARE(dialog.offendingLine()->toPlainText(), QStringLiteral("Line 3: 10.8.1.0/33,bad"));
    QCOMPARE(fixture.store().count<Subnet>(), stored);
}

void TestImportDialog::cancelLeavesTheStoreUnchanged()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    QTemporaryDir dir;
    QByteArray csv = "NetworkId,Name\n";
    for (int i = 0; i < 200; ++i)
        csv += QStringLiteral("10.9.%1.0/24,n%1\n").arg(i).toLatin1();
    const QString path = write(dir, QStringLiteral("many.csv"), csv);
    const qint64 stored = fixture.store().count<Subnet>();
    ImportDialog dialog(fixture.models());
    dialog.setChunkSize(20);
    dialog.setFile(path);
    qint64 seen = 0;
    // The admin presses Cancel after the third chunk.
    connect(&dialog, &ImportDialog::progressed, &dialog, [&](qint64 rows) {
        seen = rows;
        if (rows >= 60)
            dialog.cancelButton()->click();
    });
    dialog.runImport();
    QVERIFY(dialog.result().cancelled);
    QVERIFY(seen >= 60 && seen < 200);
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Cancelled: nothing was imported."));
    QCOMPARE(fixture.store().count<Subnet>(), stored);
    QVERIFY(dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
