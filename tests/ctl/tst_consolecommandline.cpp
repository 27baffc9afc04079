// ipam-console's command line as a shell sees it: --help and --version answer without a display
// (a QApplication aborts without one), and a usage error exits 2 as ipamctl's do.

#include "processrun.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConsoleCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNeedsNoDisplay();
    void helpNeedsNoDisplayAndNamesTheStores();
    void unknownOptionIsAUsageError();

private:
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"HOME"_s, u"/nonexistent-home"_s);
        env.remove(u"XDG_DATA_HOME"_s);
        return env;
    }
};

void TestConsoleCommandLine::versionNeedsNoDisplay()
{
    const auto run = ipam::test::runToEnd(QStringLiteral(CONSOLE_PATH), {u"--version"_s},
                                          withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, QByteArray("ipam-console " IPAM_VERSION "\n"));
}

void TestConsoleCommandLine::helpNeedsNoDisplayAndNamesTheStores()
{
    const auto run
            = ipam::test::runToEnd(QStringLiteral(CONSOLE_PATH), {u"--help"_s}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // Where its stores live without --db, as README says: the same ipam.sqlite as ipamctl's.
    const QByteArray help = run.out.simplified();
    QVERIFY2(help.contains("/nonexistent-home/.local/share/ipam-console/ipam.sqlite"), help);
    QVERIFY2(help.contains("/nonexistent-home/.local/share/ipam-console/demo.sqlite"), help);
}

void TestConsoleCommandLine::unknownOptionIsAUsageError()
{
    QProcessEnvironment env = withoutDisplay();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const auto run = ipam::test::runToEnd(QStringLiteral(CONSOLE_PATH), {u"--bogus"_s}, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("ipam-console: Unknown option 'bogus'."), run.err);
}

QTEST_GUILESS_MAIN(TestConsoleCommandLine)
#include "tst_consolecommandline.moc"
