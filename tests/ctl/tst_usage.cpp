#include "testpaths.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// ipamctl(1) and ipam-console(1) are rendered at build time from the programs' own help, and
// the shell completion reads the commands from --help and the names from the store: these
// tests hold the three together, so a command, option, exit code or variable added to one
// cannot be missing from the others.
class TestUsage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manPageHasEverythingHelpHas();
    void everyCommandIsDescribed();
    void manPageListsJsonKeys();
    void consoleManPageHasEveryOption();
    void helpIsGermanInAGermanLocale();
    void bashCompletesCommandsFlagsAndNames();
    void zshCompletesCommandsFlagsAndNames();

private:
    static QString run(const QString &program, const QStringList &arguments,
                       const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    // The page as man shows its text: roff escapes undone, requests dropped.
    static QString manText(const QString &file)
    {
        QFile page(file);
        if (!page.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(page.readAll());
        text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        text.replace(QStringLiteral("\\e"), QStringLiteral("\\"));
        text.replace(QStringLiteral("\\&"), QString());
        text.replace(QRegularExpression(QStringLiteral("^\\.(B|TP|SH|TH|BR) ?"),
                                        QRegularExpression::MultilineOption),
                     QString());
        return text;
    }

    QString m_ctl;
    QString m_console;
    QString m_help;
    QString m_man;
};

void TestUsage::initTestCase()
{
    m_ctl = QStringLiteral(IPAM_BINARY_DIR "/app/ipamctl");
    m_console = QStringLiteral(IPAM_BINARY_DIR "/app/ipam-console");
    QVERIFY(QFile::exists(m_ctl));
    m_help = run(m_ctl, {QStringLiteral("--help")});
    QVERIFY(m_help.contains(QStringLiteral("commands:")));
    m_man = manText(QStringLiteral(IPAM_BINARY_DIR "/resources/man/ipamctl.1"));
    QVERIFY2(!m_man.isEmpty(), "build the ipam_manpages target first");
    QVERIFY(QFile::exists(QStringLiteral(IPAM_BINARY_DIR "/resources/man/ipamctl.1.gz")));
}

void TestUsage::manPageHasEverythingHelpHas()
{
    // Every line of --help (synopses, options, descriptions, exit codes, variables, files)
    // stands in the page, its words in the same order (man may break lines anywhere).
    const QString flatMan = m_man.simplified();
    int checked = 0;
    for (const QString &line : m_help.split(u'\n')) {
        QString text = line.simplified();
        if (text.isEmpty() || text.endsWith(u':') || text.startsWith(QStringLiteral("The JSON")))
            continue;
        if (text.startsWith(QStringLiteral("usage: ")))
            text = text.mid(7);
        // "  --db URL   The store: ...": term and text are separate paragraphs in the page.
        const QString trimmed = line.trimmed();
        const QStringList parts
                = (trimmed.startsWith(QStringLiteral("usage: ")) ? trimmed.mid(7) : trimmed)
                          .split(QRegularExpression(QStringLiteral("\\s{2,}")));
        for (const QString &part : parts) {
            QVERIFY2(flatMan.contains(part.simplified()), qPrintable(part));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestUsage::everyCommandIsDescribed()
{
    // After each synopsis line ("  subnet add PREFIX ...") comes its description, indented.
    const QStringList lines = m_help.section(QStringLiteral("commands:\n"), 1)
                                      .section(QStringLiteral("\n\n"), 0, 0)
                                      .split(u'\n');
    QVERIFY(lines.size() > 40);
    for (qsizetype i = 0; i < lines.size(); i += 2) {
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("  ")) && lines.at(i).at(2) != u' ',
                 qPrintable(lines.at(i)));
        QVERIFY2(i + 1 < lines.size() && lines.at(i + 1).startsWith(QStringLiteral("      ")),
                 qPrintable(QStringLiteral("no description for: ") + lines.at(i)));
    }
}

void TestUsage::manPageListsJsonKeys()
{
    // The keys `--format json` prints are the ones listed for the kind.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("usage.sqlite"));
    const QString json
            = run(m_ctl,
                  {QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("space"), QStringLiteral("list")});
    const QRegularExpression key(QStringLiteral("\"([A-Za-z0-9]+)\":"));
    QStringList keys;
    for (const QRegularExpressionMatch &match : key.globalMatch(json))
        keys.append(match.captured(1));
    QVERIFY(keys.contains(QStringLiteral("Name")));
    const QString spaceLine = m_man.section(QStringLiteral("JSON KEYS"), 1)
                                      .section(QStringLiteral("\nspace\n"), 1)
                                      .section(u'\n', 0, 0);
    QCOMPARE(spaceLine, keys.join(QStringLiteral(", ")));
    for (const char *section : {"EXIT STATUS", "ENVIRONMENT", "FILES", "COMMANDS", "OPTIONS"})
        QVERIFY2(m_man.contains(QLatin1String(section)), section);
}

void TestUsage::consoleManPageHasEveryOption()
{
    const QString help = run(m_console, {QStringLiteral("--help")});
    QVERIFY(help.contains(QStringLiteral("--demo")));
    const QString man
            = manText(QStringLiteral(IPAM_BINARY_DIR "/resources/man/ipam-console.1")).simplified();
    const QRegularExpression option(QStringLiteral("^\\s+(-[^ ].*?)(?:\\s{2,}|$)"),
                                    QRegularExpression::MultilineOption);
    int options = 0;
    for (const QRegularExpressionMatch &match : option.globalMatch(help)) {
        QVERIFY2(man.contains(match.captured(1)), qPrintable(match.captured(1)));
        ++options;
    }
    QVERIFY(options >= 4); // --help, --help-all, --version, --db, --demo
}

void TestUsage::helpIsGermanInAGermanLocale()
{
    const QString german = run(m_ctl, {QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(german.startsWith(QStringLiteral("Aufruf: ipamctl")), qPrintable(german.left(80)));
    QVERIFY(german.contains(QStringLiteral("Befehle:")));
    QVERIFY(german.contains(QStringLiteral("Ein Subnetz hinzufügen.")));
    // The synopses stay as typed.
    QVERIFY(german.contains(QStringLiteral("  subnet add PREFIX [--space NAME]")));
}

void TestUsage::bashCompletesCommandsFlagsAndNames()
{
    const QString bashCompletion = QStringLiteral("/usr/share/bash-completion/bash_completion");
    QVERIFY2(QFile::exists(bashCompletion), "install bash-completion");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("completion.sqlite"));
    run(m_ctl,
        {QStringLiteral("--db"), db, QStringLiteral("lnet"), QStringLiteral("add"),
         QStringLiteral("Corp Net")});
    // Completes `line` (the cursor at its end) and prints the candidates, one a line.
    auto complete = [&](const QString &line) {
        const QString script
                = QStringLiteral(
                          "source %1; source %2; PATH=%3:$PATH; COMP_LINE='%4'; "
                          "COMP_POINT=${#COMP_LINE}; "
                          "read -ra COMP_WORDS <<<\"$COMP_LINE\"; [[ $COMP_LINE == *' ' ]] && "
                          "COMP_WORDS+=(''); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _ipamctl; "
                          "printf '%s\\n' \"${COMPREPLY[@]}\"")
                          .arg(bashCompletion,
                               QStringLiteral(IPAM_SOURCE_DIR "/resources/completion/ipamctl.bash"),
                               QStringLiteral(IPAM_BINARY_DIR "/app"), line);
        return run(QStringLiteral("bash"), {QStringLiteral("-c"), script})
                .split(u'\n', Qt::SkipEmptyParts);
    };
    QCOMPARE(complete(QStringLiteral("ipamctl sub")), QStringList{QStringLiteral("subnet")});
    QVERIFY(complete(QStringLiteral("ipamctl subnet ")).contains(QStringLiteral("assign")));
    const QStringList flags = complete(QStringLiteral("ipamctl subnet list --"));
    QVERIFY(flags.contains(QStringLiteral("--contains")));
    QVERIFY(flags.contains(QStringLiteral("--family")));
    QVERIFY(!flags.contains(QStringLiteral("--vlan"))); // subnet add's, not list's
    QCOMPARE(complete(QStringLiteral("ipamctl --db %1 subnet list --space ").arg(db)),
             QStringList{QStringLiteral("Default")});
    QCOMPARE(complete(QStringLiteral("ipamctl --db %1 site add X --lnet Co").arg(db)),
             QStringList{QStringLiteral("Corp\\ Net")});
}

void TestUsage::zshCompletesCommandsFlagsAndNames()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty(), "install zsh");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("completion.sqlite"));
    run(m_ctl,
        {QStringLiteral("--db"), db, QStringLiteral("lnet"), QStringLiteral("add"),
         QStringLiteral("Corp Net")});
    // Completes `line` in zsh's own completion system (zsh -f, compinit, the Tab key in a
    // pseudo-terminal) and returns what _ipamctl offered for the word under the cursor.
    auto complete = [&](const QString &line) {
        return run(QStringLiteral("zsh"),
                   {QStringLiteral("-f"),
                    QStringLiteral(IPAM_SOURCE_DIR "/tests/ctl/zsh-complete.zsh"),
                    QStringLiteral(IPAM_SOURCE_DIR "/resources/completion"),
                    QStringLiteral(IPAM_BINARY_DIR "/app"), line})
                .split(u'\n', Qt::SkipEmptyParts);
    };
    const QStringList commands = complete(QStringLiteral("ipamctl "));
    for (const char *command : {"space", "lnet", "site", "subnet", "block", "range", "address",
                                "find-free-subnet", "import", "export", "sync"})
        QVERIFY2(commands.contains(QLatin1String(command)), qPrintable(commands.join(u' ')));
    QCOMPARE(complete(QStringLiteral("ipamctl sub")), QStringList{QStringLiteral("subnet")});
    const QStringList verbs = complete(QStringLiteral("ipamctl subnet "));
    for (const char *verb : {"add", "list", "set", "remove", "assign", "unassign", "set-scope"})
        QVERIFY2(verbs.contains(QLatin1String(verb)), qPrintable(verbs.join(u' ')));
    QVERIFY(!verbs.contains(QStringLiteral("subnet")));
    const QStringList flags = complete(QStringLiteral("ipamctl subnet list --"));
    QVERIFY2(flags.contains(QStringLiteral("--contains")), qPrintable(flags.join(u' ')));
    QVERIFY(flags.contains(QStringLiteral("--family")));
    QVERIFY(!flags.contains(QStringLiteral("--vlan"))); // subnet add's, not list's
    QCOMPARE(complete(QStringLiteral("ipamctl --db %1 subnet list --space ").arg(db)),
             QStringList{QStringLiteral("Default")});
    QCOMPARE(complete(QStringLiteral("ipamctl --db %1 site add X --lnet Co").arg(db)),
             QStringList{QStringLiteral("Corp Net")});
}

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
