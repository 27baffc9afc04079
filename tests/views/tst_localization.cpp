#include "consolefixture.h"
#include "testpaths.h"

#include "domain/accessgrants.h"
#include "domain/audittext.h"
#include "domain/operation.h"
#include "helpbrowser.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
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
    void placeholdersSurviveTranslation_data();
    void placeholdersSurviveTranslation();
    void consoleStartsInGerman();
    void auditTextIsEnglishAndReadsGerman();
    void operationsAndHelpTitlesAreGerman();
    void helpPagesAreGerman();
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
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
}

void TestLocalization::placeholdersSurviveTranslation_data()
{
    everyTranslationIsFinished_data();
}

// A placeholder lost in translation drops a value from the message (the prefix that
// overlaps, the offending CSV line); one the source does not have prints as "%3". Each
// translation (each plural form) must hold exactly the source's %1..%99 and %n.
void TestLocalization::placeholdersSurviveTranslation()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2}|n)"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
            found.append(match.captured(0));
        found.sort();
        found.removeDuplicates();
        return found;
    };
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    int checked = 0;
    QStringList problems;
    auto check = [&](const QString &translation) {
        ++checked;
        const QStringList want = placeholders(source);
        const QStringList got = placeholders(translation);
        if (want != got)
            problems.append(
                    QStringLiteral("%1: \"%2\" has %3, its translation \"%4\" has %5")
                            .arg(context, source, want.join(u','), translation, got.join(u',')));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            QString text;
            bool numerus = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    check(xml.readElementText());
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!numerus)
                check(text);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(checked > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
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

// A denial: the user reads it in German, the audit row holds it in English, and the audit
// pane shows that stored English text in German again.
void TestLocalization::auditTextIsEnglishAndReadsGerman()
{
    const Verdict denied = AccessGrants::denial(QStringLiteral("bob"), Operation::AddSubnet,
                                                QStringLiteral("subnet 10.1.0.0/24"),
                                                QStringLiteral("Global/East"));
    QVERIFY(!denied);
    const QString english = QStringLiteral(
            "permission denied: bob may not add subnet on subnet 10.1.0.0/24 (scope Global/East)");
    QCOMPARE(denied.auditedReason(), english);
    QVERIFY2(denied.reason().startsWith(QStringLiteral("Zugriff verweigert: bob darf")),
             qPrintable(denied.reason()));
    QCOMPARE(audittext::translated(english), denied.reason());
    // A value holding a placeholder is not substituted again; unknown text shows as stored.
    const QString tricky = QStringLiteral(
            "permission denied: %2 may not add subnet on subnet 10.1.0.0/24 (scope %1)");
    QVERIFY(audittext::translated(tricky).contains(QStringLiteral("%2 darf")));
    QCOMPARE(audittext::translated(QStringLiteral("ERROR: something else")),
             QStringLiteral("ERROR: something else"));
    // A stored text that only ends like a template (here in a newline, which a "$" anchor
    // would have let match) shows exactly as stored: fuzz_audittext found it.
    QCOMPARE(audittext::translated(english + u'\n'), english + u'\n');
    // Every template the audit rows are written from has its German.
    for (const audittext::Template &t : audittext::knownTemplates())
        QVERIFY(QCoreApplication::translate(t.context, t.sourceText)
                != QString::fromUtf8(t.sourceText));
}

// Operations are shown in German in the role editor and menus; their English names, which
// ipamctl parses, the audit log keeps and the database's checks embed, stay as they are.
void TestLocalization::operationsAndHelpTitlesAreGerman()
{
    QCOMPARE(displayName(Operation::AddSubnet), QStringLiteral("Subnetz hinzufügen"));
    QCOMPARE(toString(Operation::AddSubnet), QStringLiteral("Add subnet"));
    QCOMPARE(operationFromString(u"Add subnet"), std::optional(Operation::AddSubnet));
    QCOMPARE(displayName(OperationGroup::AuditOperations), QStringLiteral("Überwachungsvorgänge"));
    QCOMPARE(HelpBrowser::topicTitle(QStringLiteral("audit.html")),
             QStringLiteral("Das Überwachungsprotokoll"));
    HelpBrowser help;
    help.showTopic(QStringLiteral("search.html"));
    QCOMPARE(help.windowTitle(), QStringLiteral("Globale Suche - IPAM Console-Hilfe"));
}

// Every English help page has its German page, with the same links (a German page must not
// lead to an English one or nowhere), and F1's browser shows the German one.
void TestLocalization::helpPagesAreGerman()
{
    QCOMPARE(HelpBrowser::pageFolder(), QStringLiteral(":/help/de/"));
    static const QRegularExpression link(QStringLiteral("href=\"([^\"]*)\""));
    const auto linksOf = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringList{QStringLiteral("cannot open ") + path};
        QStringList links;
        for (const QRegularExpressionMatch &m : link.globalMatch(QString::fromUtf8(file.readAll())))
            links.append(m.captured(1));
        return links;
    };
    const QStringList pages = QDir(QStringLiteral(":/help")).entryList({QStringLiteral("*.html")});
    QVERIFY(pages.size() >= 7);
    for (const QString &page : pages) {
        const QString german = QStringLiteral(":/help/de/") + page;
        QVERIFY2(QFile::exists(german), qPrintable(german));
        QCOMPARE(linksOf(german), linksOf(QStringLiteral(":/help/") + page));
    }
    HelpBrowser help;
    help.showTopic(QStringLiteral("search.html"));
    auto *text = help.findChild<QTextBrowser *>(QStringLiteral("helpText"));
    QVERIFY(text);
    QCOMPARE(text->source(), QUrl(QStringLiteral("qrc:/help/de/search.html")));
    QVERIFY2(text->toPlainText().contains(QStringLiteral("Globale Suche (Strg+K)")),
             qPrintable(text->toPlainText().left(200)));
    QVERIFY(!text->toPlainText().contains(QStringLiteral("Every address space is searched")));
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
