#include "consolefixture.h"

#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace ipam;
using namespace ipam::test;

// The console in German: the shipped translations are complete, and a console started with
// LANG=de_DE.UTF-8 (this test's environment) shows German menus and tree nodes.
class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTranslationIsFinished_data();
    void everyTranslationIsFinished();
    void consoleStartsInGerman();
};

void TestLocalization::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
    QCOMPARE(QLocale::system().language(), QLocale::German);
    installTranslators(*QCoreApplication::instance());
}

void TestLocalization::everyTranslationIsFinished_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(IPAM_SOURCE_DIR "/resources/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")});
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLocalization::everyTranslationIsFinished()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Numerus forms are child elements: read them all.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                   && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                problems.append(source);
            // A placeholder lost in translation drops a value from the message.
            for (int n = 1; n <= 9; ++n) {
                const QString placeholder = QStringLiteral("%%1").arg(n);
                if (source.contains(placeholder) && !text.contains(placeholder))
                    problems.append(source + QStringLiteral(" (lost ") + placeholder + u')');
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
}

void TestLocalization::consoleStartsInGerman()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.isValid());
    MainWindow window(fixture.models());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u',')));
    QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
    QVERIFY(menus.contains(QStringLiteral("&Ansicht")));
    QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
    QVERIFY(!menus.contains(QStringLiteral("&File")));
    // The console tree's nodes too.
    QVERIFY(window.selectPath(QStringLiteral("IP-ADRESSRAUM")));
    QVERIFY(window.selectPath(QStringLiteral("ZUGRIFFSSTEUERUNG")));
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
