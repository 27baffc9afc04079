#include "processrun.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace ipam::test;
using namespace Qt::StringLiterals;

// ipamctl in a German locale: its own messages, the write path's refusals and RBAC's denials
// come out in German (what an admin with LANG=de_DE.UTF-8 reads on stderr), with the values
// and the exit codes scripts rely on unchanged; in the C locale the same runs stay English.
class TestIpamCtlGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void writePathRefusalIsGerman();
    void usageErrorIsGerman();
    void nameResolverRefusalIsGerman();
    void denialIsGerman();
    void accessControlRefusalIsGerman();
    void csvImportErrorIsGerman();
    void storeOpeningErrorIsGerman();
    void vmmSyncErrorIsGerman();
    void denialIsAuditedInEnglish();

private:
    ProcessRun ctl(const QStringList &arguments, const QString &lang = u"de_DE.UTF-8"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, lang);
        env.insert(u"LC_ALL"_s, lang);
        env.remove(u"LANGUAGE"_s);
        return runToEnd(QStringLiteral(IPAMCTL_PATH),
                        QStringList{u"--db"_s, m_db->url()} + arguments, env);
    }
    // Without the test's --db: the arguments name the store themselves.
    static ProcessRun ctlWithout(const QStringList &arguments,
                                 const QProcessEnvironment &extra = QProcessEnvironment())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        return runToEnd(QStringLiteral(IPAMCTL_PATH), arguments, env);
    }
    static QString err(const ProcessRun &run) { return QString::fromUtf8(run.err).trimmed(); }

    std::unique_ptr<TestDatabase> m_db;
};

void TestIpamCtlGerman::initTestCase_data()
{
    addBackendRows();
}

void TestIpamCtlGerman::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    IPAM_REQUIRE_DATABASE(*m_db);
}

void TestIpamCtlGerman::cleanup()
{
    m_db.reset();
}

void TestIpamCtlGerman::writePathRefusalIsGerman()
{
    QCOMPARE(ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s}).exitCode, 0);
    ProcessRun run = ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/25"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run),
             u"ipamctl: Subnetz 10.0.0.0/25 überschneidet sich mit Subnetz 10.0.0.0/24 "
             "(\"10.0.0.0/24\") im Adressraum \"Default\""_s);
    run = ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run),
             u"ipamctl: Subnetz 10.0.0.0/24 existiert bereits im Adressraum \"Default\""_s);
    // A rule of the domain (a VLAN ID out of range), through the same write path.
    QCOMPARE(ctl({u"lnet"_s, u"add"_s, u"Corp"_s}).exitCode, 0);
    run = ctl({u"site"_s, u"add"_s, u"Berlin"_s, u"--lnet"_s, u"Corp"_s, u"--vlan"_s, u"4095"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run), u"ipamctl: VLAN-ID 4095 liegt außerhalb des gültigen Bereichs (0..4094)"_s);
    // The C locale keeps the English text.
    run = ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s}, u"C.UTF-8"_s);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run),
             u"ipamctl: subnet 10.0.0.0/24 already exists in address space \"Default\""_s);
}

void TestIpamCtlGerman::usageErrorIsGerman()
{
    const ProcessRun run = ctl({u"frob"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(err(run),
             u"ipamctl: unbekannter Befehl „frob“\nAufruf: ipamctl [--db URL] [--as PRINCIPAL] "
             "[--format table|json|csv] COMMAND ...  (ipamctl --help listet sie auf)"_s);
    const ProcessRun format = ctl({u"--format"_s, u"xml"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(format.exitCode, 1);
    QCOMPARE(err(format), u"ipamctl: --format muss table, json oder csv sein, nicht „xml“"_s);
}

void TestIpamCtlGerman::nameResolverRefusalIsGerman()
{
    const ProcessRun run = ctl({u"subnet"_s, u"list"_s, u"--space"_s, u"Nowhere"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run), u"ipamctl: kein Adressraum \"Nowhere\""_s);
}

void TestIpamCtlGerman::denialIsGerman()
{
    QFETCH_GLOBAL(QString, backend);
    const ProcessRun run = ctl({u"--as"_s, u"bob"_s, u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s});
    QCOMPARE(run.exitCode, 3);
    if (backend == "sqlite"_L1)
        QCOMPARE(err(run),
                 u"ipamctl: Zugriff verweigert: bob darf add subnet nicht auf subnet 10.1.0.0/24 "
                 "ausführen (Zugriffsbereich Global)"_s);
    else
        QCOMPARE(err(run),
                 u"ipamctl: --as wird auf PostgreSQL abgelehnt: Die Datenbankanmeldung ist der "
                 "Prinzipal"_s);
}

void TestIpamCtlGerman::accessControlRefusalIsGerman()
{
    ProcessRun run = ctl({u"role"_s, u"remove"_s, u"IPAM Administrator Role"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run),
             u"ipamctl: Rolle \"IPAM Administrator Role\" ist integriert und kann nicht entfernt "
             "werden"_s);
    run = ctl({u"scope"_s, u"add"_s, u"Global/Nope/Lab"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
            err(run),
            u"ipamctl: Zugriffsbereich \"Global/Nope\" existiert nicht; legen Sie ihn zuerst an"_s);
}

// CSV import's refusal names the line and column in German; the offending value as it is.
void TestIpamCtlGerman::csvImportErrorIsGerman()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"subnets.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("NetworkId,Name,NetworkType\n10.0.0.0/24,A,NonVirtualized\n10.0.1.0/24,B,Bogus\n");
    file.close();
    ProcessRun run = ctl({u"import"_s, u"subnet"_s, path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run),
             u"ipamctl: Zeile 3, Spalte 3: unbekannter NetworkType; erwartet wird NonVirtualized, "
             "Provider oder Customer (\"Bogus\")"_s);
    // Nothing of the file was written: all or nothing.
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("10.0.0.0/24"), run.out);
    // A malformed file: the reader's own words, with the line.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("NetworkId,Name\n10.0.0.0/24,\"open\n");
    file.close();
    run = ctl({u"import"_s, u"subnet"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
            err(run).startsWith(
                    u"ipamctl: Zeile 2, Spalte 2: nicht abgeschlossenes Feld in Anführungszeichen"_s),
            qPrintable(err(run)));
}

// The store cannot be opened: the folder cannot be made, the PostgreSQL server does not answer.
void TestIpamCtlGerman::storeOpeningErrorIsGerman()
{
    ProcessRun run
            = ctlWithout({u"--db"_s, u"/dev/null/sub/ipam.sqlite"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run), u"ipamctl: Ordner /dev/null/sub kann nicht angelegt werden"_s);
    // Nothing listens on port 1: the German frame around the driver's own (English) words.
    run = ctlWithout({u"--db"_s, u"postgresql://ipam@127.0.0.1:1/ipam"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(err(run).startsWith(u"ipamctl: Datenbank postgresql://ipam@127.0.0.1:1/ipam kann "
                                 "nicht geöffnet werden: "_s),
             qPrintable(err(run)));
}

// A sync that cannot start says why in German (on stderr; the log's own words, which the
// console's sync pane and scripts parse, stay English); so do bad credentials.
void TestIpamCtlGerman::vmmSyncErrorIsGerman()
{
    ProcessRun run = ctl({u"sync"_s, u"--vmm"_s, u"http://127.0.0.1:9/"_s, u"--space"_s,
                          u"Nowhere"_s, u"--once"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(err(run),
             u"ipamctl: Synchronisierung nicht abgeschlossen: der Anbieteradressraum \"Nowhere\" "
             "existiert nicht"_s);
    QProcessEnvironment user;
    user.insert(u"IPAM_VMM_USER"_s, u"svc"_s);
    run = ctlWithout(
            {u"--db"_s, m_db->url(), u"sync"_s, u"--vmm"_s, u"http://127.0.0.1:9/"_s, u"--once"_s},
            user);
    QVERIFY2(run.exitCode != 0, run.err);
    QVERIFY2(err(run).contains(u"IPAM_VMM_USER ist gesetzt, IPAM_VMM_PASSWORD aber nicht"_s),
             qPrintable(err(run)));
}

// The refused user reads the denial in German; the audit log keeps it in English, the same
// for every reader and for the scripts that grep it.
void TestIpamCtlGerman::denialIsAuditedInEnglish()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != "sqlite"_L1)
        QSKIP("--as is refused on PostgreSQL (the login is the principal): no denial to audit");
    ProcessRun run = ctl({u"--as"_s, u"bob"_s, u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(err(run).contains(u"Zugriff verweigert"_s), qPrintable(err(run)));
    run = ctl({u"--format"_s, u"json"_s, u"audit"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QString after;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value("Outcome"_L1).toString() == "denied"_L1)
            after = row.toObject().value("After"_L1).toString();
    }
    QCOMPARE(after,
             u"permission denied: bob may not add subnet on subnet 10.1.0.0/24 (scope Global)"_s);
}

QTEST_GUILESS_MAIN(TestIpamCtlGerman)
#include "tst_ipamctlgerman.moc"
