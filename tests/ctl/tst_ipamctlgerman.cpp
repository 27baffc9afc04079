#include "processrun.h"
#include "testdatabase.h"

#include <QProcessEnvironment>
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

QTEST_GUILESS_MAIN(TestIpamCtlGerman)
#include "tst_ipamctlgerman.moc"
