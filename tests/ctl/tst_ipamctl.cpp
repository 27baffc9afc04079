// ipamctl as scripts and admins use it: the real binary, run with QProcess against a fresh
// database per test, once on SQLite and once on PostgreSQL (IPAM_TEST_PG_URL, a superuser URL;
// each test creates its own database there and drops it afterwards).

#include "address/prefix.h"
#include "domain/principal.h"
#include "processrun.h"
#include "search/savedviewstore.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "write/writepath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ipam;
using namespace Qt::StringLiterals;

namespace {

using Run = ipam::test::ProcessRun;

// The record of `records` whose `key` is `value`.
QJsonObject findRecord(const QJsonArray &records, const QString &key, const QString &value)
{
    for (const QJsonValue &record : records) {
        if (record.toObject().value(key).toString() == value)
            return record.toObject();
    }
    return {};
}

QStringList column(const QJsonArray &records, const QString &key)
{
    QStringList values;
    for (const QJsonValue &record : records)
        values.append(record.toObject().value(key).toVariant().toString());
    return values;
}

} // namespace

// Runs once (QVERIFY2 would evaluate a call twice: for the check and for the message).
#define EXPECT_EXIT(run, code) \
    do { \
        const Run expectExit_ = (run); \
        QVERIFY2(expectExit_.exitCode == (code), qPrintable(expectExit_.describe())); \
    } while (false)

class TestIpamCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void spaceAddListRemove();
    void customerSpaceDefaultsToDefaultProviderAndNvgre();
    void logicalNetworkAndSiteCommands();
    void subnetAddShowsEveryProperty();
    void subnetListFiltersAndOrdersByAddress();
    void subnetSetChangesOnlyTheGivenOptions();
    void subnetSetFollowsTheAssignmentRule();
    void customFieldCommands();
    void subnetRemove();
    void assignAndUnassign();
    void assignIsAllOrNothing();
    void refusedInput_data();
    void refusedInput();
    void refusesOverlapInsideOneSpace();
    void raceLostInTheDatabaseReadsAsOverlap_data();
    void raceLostInTheDatabaseReadsAsOverlap();
    void tenantsOverlapAcrossCustomerSpaces();
    void usageErrors_data();
    void usageErrors();
    void passwordNeverInMessages_data();
    void passwordNeverInMessages();
    void versionAndHelpNeedNoStore();
    void withoutDbSaysWhichNewStoreItCreated();
    void blockCommands();
    void rangeAndAddressCommandsKeepUtilization();
    void findFreeSubnet();
    void findFreeAddress();
    void importSubnetsReadsQuotingBomCrlfAndIpv6();
    void controlCharactersNeverReachTheTerminal();
    void importUpdatesExistingAndFiltersFamily();
    void importRangesAndAddresses();
    void importBadRowLeavesStoreUnchanged_data();
    void importBadRowLeavesStoreUnchanged();
    void exportImportRoundTripsByteForByte();
    void csvAndTableFormats();
    void auditListShowsThePrincipal();

    // Access control: roles, scopes, policies, and RBAC on every command.
    void scopeCommandsKeepTheTree();
    void roleCommands();
    void policyCommands();
    void unknownNamesAreRefused_data();
    void unknownNamesAreRefused();
    void setScopeAndInherit();
    void limitedPrincipalWritesOnlyInItsScope();
    void searchFindsAcrossSpacesWithinTheViewersScopes();
    void subnetListTakesASavedView();
    void listsShowOnlyVisibleObjects();
    void canSaysWhy();
    void whoamiShowsPrincipalAndPolicies();
    void actingAsAnotherIsForAdministratorsOnly();

private:
    // Runs ipamctl with --db set to `database` (the test's own by default).
    Run ctl(const QStringList &arguments, const QString &database = QString());
    // Runs ipamctl as `principal`: with --as on SQLite, connected as that login on PostgreSQL.
    Run ctlAs(const QString &principal, const QStringList &arguments);
    // A principal name for this test: `name` on SQLite; on PostgreSQL a login name unique to
    // this run (logins are cluster-wide), dropped in cleanup().
    QString principalName(const QString &name);
    // Who ipamctl acts as without --as: the OS user, or the login of IPAM_TEST_PG_URL.
    QString defaultPrincipal() const;
    // Gives `principal` `role` in `scope`, as the database's creator.
    void grant(const QString &principal, const QString &role, const QString &scope);
    // A new empty database for this test: an SQLite file, or a PostgreSQL database.
    QString newDatabase();
    QString writeFile(const QString &name, const QByteArray &content);
    QByteArray readFile(const QString &path);

    QTemporaryDir m_dir;
    QString m_backend;
    QString m_db;
    QStringList m_pgDatabases; // to drop in cleanup()
    QStringList m_pgLogins;    // created by `policy add`, dropped in cleanup()
    int m_counter = 0;
};

void TestIpamCtl::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestIpamCtl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(IPAMCTL_PATH)), IPAMCTL_PATH);
}

void TestIpamCtl::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_pgDatabases.clear();
    if (backend == "postgresql"_L1) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.value(u"IPAM_TEST_PG_URL"_s).isEmpty()) {
            if (env.value(u"IPAM_TEST_REQUIRE_PG"_s) == "1"_L1)
                QFAIL("IPAM_TEST_PG_URL is not set, and IPAM_TEST_REQUIRE_PG=1");
            QSKIP("IPAM_TEST_PG_URL is not set");
        }
    }
    m_db = newDatabase();
    QVERIFY(!m_db.isEmpty());
}

void TestIpamCtl::cleanup()
{
    if (m_pgDatabases.isEmpty())
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(u"ctl-admin"_s);
        QSqlQuery query(admin);
        for (const QString &name : std::as_const(m_pgDatabases)) {
            if (!query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)))
                qWarning() << "cannot drop" << name << query.lastError().text();
        }
        // After the databases: what was granted to the logins there went with them.
        for (const QString &login : std::as_const(m_pgLogins)) {
            if (!query.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login)))
                qWarning() << "cannot drop" << login << query.lastError().text();
        }
    }
    m_pgDatabases.clear();
    m_pgLogins.clear();
}

void TestIpamCtl::cleanupTestCase()
{
    if (QSqlDatabase::contains(u"ctl-admin"_s)) {
        QSqlDatabase::database(u"ctl-admin"_s).close();
        QSqlDatabase::removeDatabase(u"ctl-admin"_s);
    }
}

QString TestIpamCtl::newDatabase()
{
    ++m_counter;
    if (m_backend == "sqlite"_L1)
        return m_dir.filePath(u"ipam-%1.sqlite"_s.arg(m_counter));

    const QString url = QProcessEnvironment::systemEnvironment().value(u"IPAM_TEST_PG_URL"_s);
    if (!QSqlDatabase::contains(u"ctl-admin"_s)) {
        const Parsed<DatabaseLocation> location = DatabaseLocation::parse(url);
        if (!location) {
            qWarning() << location.error();
            return QString();
        }
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"ctl-admin"_s);
        admin.setHostName(location.value().host);
        admin.setPort(location.value().port);
        admin.setUserName(location.value().user);
        admin.setPassword(location.value().password);
        admin.setDatabaseName(location.value().database);
        if (!admin.open()) {
            qWarning() << "cannot connect to" << url << admin.lastError().text();
            return QString();
        }
    }
    const QString name
            = u"ipam_ctl_%1_%2"_s
                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                      .arg(m_counter);
    QSqlQuery query(QSqlDatabase::database(u"ctl-admin"_s));
    if (!query.exec(u"CREATE DATABASE %1"_s.arg(name))) {
        qWarning() << "cannot create" << name << query.lastError().text();
        return QString();
    }
    m_pgDatabases.append(name);
    QUrl database(url);
    database.setPath(u"/"_s + name);
    return database.toString();
}

Run TestIpamCtl::ctl(const QStringList &arguments, const QString &database)
{
    return ipam::test::runToEnd(QStringLiteral(IPAMCTL_PATH),
                                QStringList{u"--db"_s, database.isEmpty() ? m_db : database}
                                        + arguments);
}

Run TestIpamCtl::ctlAs(const QString &principal, const QStringList &arguments)
{
    if (m_backend == "sqlite"_L1)
        return ctl(QStringList{u"--as"_s, principal} + arguments);
    QUrl url(m_db);
    url.setUserName(principal);
    url.setPassword(QString());
    return ctl(arguments, url.toString());
}

QString TestIpamCtl::principalName(const QString &name)
{
    if (m_backend == "sqlite"_L1)
        return name;
    const QString login
            = u"ipam_%1_%2"_s.arg(name).arg(QRandomGenerator::global()->generate() % 1000000);
    m_pgLogins.append(login);
    return login;
}

QString TestIpamCtl::defaultPrincipal() const
{
    if (m_backend == "sqlite"_L1)
        return Principal::currentOsUser().name;
    return QUrl(m_db).userName();
}

void TestIpamCtl::grant(const QString &principal, const QString &role, const QString &scope)
{
    const Run run = ctl({u"policy"_s, u"add"_s, principal, u"--role"_s, role, u"--scope"_s, scope});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

QString TestIpamCtl::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(u"%1-%2"_s.arg(m_counter).arg(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return path;
}

QByteArray TestIpamCtl::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// ---- address spaces, logical networks, sites

void TestIpamCtl::spaceAddListRemove()
{
    Run run = ctl({u"--format"_s, u"json"_s, u"space"_s, u"add"_s, u"Fabric2"_s, u"--type"_s,
                   u"provider"_s, u"--owner"_s, u"netops"_s, u"--description"_s, u"second site"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 1);
    QJsonObject space = run.first();
    QCOMPARE(space.value("Name"), "Fabric2");
    QCOMPARE(space.value("Type"), "ProviderAddressSpace");
    QCOMPARE(space.value("Owner"), "netops");
    QCOMPARE(space.value("Description"), "second site");
    QVERIFY(space.value("AssociatedProviderAddressSpace").isNull());
    QVERIFY(space.value("IsolationMethod").isNull());

    run = ctl({u"--format"_s, u"json"_s, u"space"_s, u"add"_s, u"Tenant1"_s, u"--type"_s,
               u"customer"_s, u"--provider"_s, u"Fabric2"_s, u"--isolation"_s, u"IPRewrite"_s,
               u"--tenant"_s, u"contoso"_s, u"--vm-network"_s, u"VMN-A"_s, u"--owner"_s, u"ann"_s,
               u"--description"_s, u"tenant space"_s});
    EXPECT_EXIT(run, 0);
    space = run.first();
    QCOMPARE(space.value("Name"), "Tenant1");
    QCOMPARE(space.value("Type"), "CustomerAddressSpace");
    QCOMPARE(space.value("AssociatedProviderAddressSpace"), "Fabric2");
    QCOMPARE(space.value("IsolationMethod"), "IPRewrite");
    QCOMPARE(space.value("Tenant"), "contoso");
    QCOMPARE(space.value("VMNetwork"), "VMN-A");
    QCOMPARE(space.value("Owner"), "ann");
    QCOMPARE(space.value("Description"), "tenant space");
    QCOMPARE(space.value("CustomConfiguration"), "");
    QCOMPARE(space.value("Ipv4PercentageUtilized").toDouble(), 0.0);
    QCOMPARE(space.value("Ipv6PercentageUtilized").toDouble(), 0.0);

    run = ctl({u"--format"_s, u"json"_s, u"space"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"Name"_s),
             (QStringList{u"Default"_s, u"Fabric2"_s, u"Tenant1"_s}));
    QCOMPARE(findRecord(run.json(), u"Name"_s, u"Default"_s).value("Type"), "ProviderAddressSpace");

    // The provider of a customer space cannot go first; the customer space can.
    run = ctl({u"space"_s, u"remove"_s, u"Fabric2"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY(run.err.contains("Fabric2"));
    EXPECT_EXIT(ctl({u"space"_s, u"remove"_s, u"Tenant1"_s}), 0);
    EXPECT_EXIT(ctl({u"space"_s, u"remove"_s, u"Fabric2"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"space"_s, u"list"_s});
    QCOMPARE(column(run.json(), u"Name"_s), QStringList{u"Default"_s});

    run = ctl({u"space"_s, u"remove"_s, u"Nowhere"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no address space \"Nowhere\"\n");
}

void TestIpamCtl::customerSpaceDefaultsToDefaultProviderAndNvgre()
{
    const Run run = ctl(
            {u"--format"_s, u"json"_s, u"space"_s, u"add"_s, u"T"_s, u"--type"_s, u"customer"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("AssociatedProviderAddressSpace"), "Default");
    QCOMPARE(run.first().value("IsolationMethod"), "NVGRE");
    // A provider space has no provider: the rule refuses it.
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"P"_s, u"--type"_s, u"provider"_s, u"--provider"_s,
                     u"Default"_s}),
                1);
}

void TestIpamCtl::logicalNetworkAndSiteCommands()
{
    Run run = ctl({u"--format"_s, u"json"_s, u"lnet"_s, u"add"_s, u"Storage"_s, u"--description"_s,
                   u"SAN"_s, u"--virtualization"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Name"), "Storage");
    QCOMPARE(run.first().value("AddressSpace"), "Default");
    QCOMPARE(run.first().value("Description"), "SAN");
    QCOMPARE(run.first().value("NetworkVirtualizationEnabled"), true);
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"Fabric2"_s, u"--type"_s, u"provider"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"lnet"_s, u"add"_s, u"Storage"_s, u"--space"_s,
               u"Fabric2"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("AddressSpace"), "Fabric2");
    QCOMPARE(run.first().value("NetworkVirtualizationEnabled"), false);

    run = ctl({u"--format"_s, u"json"_s, u"lnet"_s, u"list"_s});
    QCOMPARE(run.json().size(), 2);
    run = ctl({u"--format"_s, u"json"_s, u"lnet"_s, u"list"_s, u"--space"_s, u"Fabric2"_s});
    QCOMPARE(run.json().size(), 1);
    QCOMPARE(run.first().value("AddressSpace"), "Fabric2");

    run = ctl({u"--format"_s, u"json"_s, u"site"_s, u"add"_s, u"Site1"_s, u"--lnet"_s, u"Storage"_s,
               u"--vlan"_s, u"10"_s, u"--vlan"_s, u"20"_s, u"--host-group"_s,
               u"All Hosts\\Seattle"_s});
    EXPECT_EXIT(run, 0);
    QJsonObject site = run.first();
    QCOMPARE(site.value("Name"), "Site1");
    QCOMPARE(site.value("VmmLogicalNetwork"), "Storage");
    QCOMPARE(site.value("AddressSpace"), "Default");
    QCOMPARE(site.value("VlanId").toArray(), (QJsonArray{10, 20}));
    QCOMPARE(site.value("HostGroup"), "All Hosts\\Seattle");
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"Site9"_s, u"--lnet"_s, u"Storage"_s, u"--space"_s,
                     u"Fabric2"_s}),
                0);

    run = ctl({u"--format"_s, u"json"_s, u"site"_s, u"list"_s});
    QCOMPARE(run.json().size(), 2);
    run = ctl({u"--format"_s, u"json"_s, u"site"_s, u"list"_s, u"--lnet"_s, u"Storage"_s});
    QCOMPARE(column(run.json(), u"Name"_s), QStringList{u"Site1"_s});
    run = ctl({u"--format"_s, u"json"_s, u"site"_s, u"list"_s, u"--space"_s, u"Fabric2"_s});
    QCOMPARE(column(run.json(), u"Name"_s), QStringList{u"Site9"_s});

    run = ctl({u"site"_s, u"add"_s, u"S"_s, u"--lnet"_s, u"Foo"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no logical network \"Foo\" in address space \"Default\"\n");
    run = ctl({u"site"_s, u"add"_s, u"S"_s, u"--lnet"_s, u"Storage"_s, u"--vlan"_s, u"5000"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY(run.err.contains("5000"));

    // A logical network with sites cannot go; without them it can.
    EXPECT_EXIT(ctl({u"lnet"_s, u"remove"_s, u"Storage"_s}), 1);
    EXPECT_EXIT(ctl({u"site"_s, u"remove"_s, u"Site1"_s, u"--lnet"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl({u"lnet"_s, u"remove"_s, u"Storage"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"lnet"_s, u"list"_s});
    QCOMPARE(column(run.json(), u"AddressSpace"_s), QStringList{u"Fabric2"_s});
    run = ctl({u"site"_s, u"remove"_s, u"Site1"_s, u"--lnet"_s, u"Storage"_s, u"--space"_s,
               u"Fabric2"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no network site \"Site1\" in logical network \"Storage\"\n");
}

// ---- subnets

void TestIpamCtl::subnetAddShowsEveryProperty()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"Site1"_s, u"--lnet"_s, u"Storage"_s}), 0);
    Run run = ctl({u"--format"_s,    u"json"_s,          u"subnet"_s,   u"add"_s,
                   u"10.1.0.0/24"_s, u"--name"_s,        u"Backend"_s,  u"--vlan"_s,
                   u"13"_s,          u"--vlan"_s,        u"10"_s,       u"--owner"_s,
                   u"bob"_s,         u"--description"_s, u"app tier"_s, u"--lnet"_s,
                   u"Storage"_s,     u"--site"_s,        u"Site1"_s,    u"--virtual-subnet-id"_s,
                   u"5001"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 1);
    const QJsonObject subnet = run.first();
    QCOMPARE(subnet.value("Name"), "Backend");
    QCOMPARE(subnet.value("NetworkId"), "10.1.0.0/24");
    QCOMPARE(subnet.value("NetworkType"), "NonVirtualized");
    QCOMPARE(subnet.value("AddressSpace"), "Default");
    QCOMPARE(subnet.value("VmmLogicalNetwork"), "Storage");
    QCOMPARE(subnet.value("NetworkSite"), "Site1");
    QVERIFY(subnet.value("VMNetwork").isNull());
    QCOMPARE(subnet.value("VlanId").toArray(), (QJsonArray{13, 10}));
    QCOMPARE(subnet.value("VirtualSubnetId"), 5001);
    QCOMPARE(subnet.value("Owner"), "bob");
    QCOMPARE(subnet.value("Description"), "app tier");
    QCOMPARE(subnet.value("CustomConfiguration"), "");
    QCOMPARE(subnet.value("Overlapping"), false);
    QCOMPARE(subnet.value("TotalAddresses"), 256);
    QCOMPARE(subnet.value("AssignedAddresses"), 0);
    QCOMPARE(subnet.value("UtilizedAddresses"), 0);
    QCOMPARE(subnet.value("PercentageUtilized").toDouble(), 0.0);
    QCOMPARE(subnet.value("Utilization"), "Under");
    QVERIFY(QDateTime::fromString(subnet.value("LastModifiedTime").toString(), Qt::ISODateWithMs)
                    .isValid());
    // JSON adds the access scope, inherited from the space (Default is in Global).
    QCOMPARE(subnet.value("AccessScopePath"), "Global");
    QCOMPARE(subnet.value("IsInheritedAccessScope"), true);
    QCOMPARE(subnet.keys().size(), 21);

    // IPv6 totals beyond 2^53 are exact decimal strings; the name defaults to the prefix.
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"add"_s, u"2001:DB8:0::/48"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Name"), "2001:db8::/48");
    QCOMPARE(run.first().value("NetworkId"), "2001:db8::/48");
    QCOMPARE(run.first().value("TotalAddresses"), "1208925819614629174706176");
    QVERIFY(run.first().value("VmmLogicalNetwork").isNull());
    QCOMPARE(run.first().value("VlanId").toArray(), QJsonArray());
}

void TestIpamCtl::subnetListFiltersAndOrdersByAddress()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"B"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"SA"_s, u"--lnet"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"SB"_s, u"--lnet"_s, u"B"_s}), 0);
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"T1"_s, u"--type"_s, u"customer"_s}), 0);
    for (const QStringList &args : QList<QStringList>{
                 {u"10.10.0.0/24"_s, u"--lnet"_s, u"A"_s, u"--site"_s, u"SA"_s},
                 {u"10.2.0.0/24"_s, u"--lnet"_s, u"B"_s},
                 {u"2001:db8::/64"_s, u"--site"_s, u"SB"_s}, // the site names its network
                 {u"10.9.0.0/16"_s},
                 {u"10.9.0.0/24"_s, u"--space"_s, u"T1"_s}}) {
        const Run run = ctl(QStringList{u"subnet"_s, u"add"_s} + args);
        EXPECT_EXIT(run, 0);
    }
    auto list = [this](const QStringList &filters) {
        const Run run
                = ctl(QStringList{u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s} + filters);
        return run.exitCode == 0 ? column(run.json(), u"NetworkId"_s) : QStringList{u"exit"_s};
    };
    // By address: 10.2 before 10.9 before 10.10 (numerically), IPv4 before IPv6.
    QCOMPARE(list({}),
             (QStringList{u"10.2.0.0/24"_s, u"10.9.0.0/16"_s, u"10.9.0.0/24"_s, u"10.10.0.0/24"_s,
                          u"2001:db8::/64"_s}));
    QCOMPARE(list({u"--space"_s, u"Default"_s}),
             (QStringList{u"10.2.0.0/24"_s, u"10.9.0.0/16"_s, u"10.10.0.0/24"_s,
                          u"2001:db8::/64"_s}));
    QCOMPARE(list({u"--space"_s, u"T1"_s}), QStringList{u"10.9.0.0/24"_s});
    QCOMPARE(list({u"--lnet"_s, u"B"_s}), (QStringList{u"10.2.0.0/24"_s, u"2001:db8::/64"_s}));
    QCOMPARE(list({u"--site"_s, u"SA"_s}), QStringList{u"10.10.0.0/24"_s});
    QCOMPARE(list({u"--lnet"_s, u"B"_s, u"--site"_s, u"SB"_s}), QStringList{u"2001:db8::/64"_s});
    QCOMPARE(list({u"--family"_s, u"6"_s}), QStringList{u"2001:db8::/64"_s});
    QCOMPARE(list({u"--family"_s, u"4"_s, u"--lnet"_s, u"B"_s}), QStringList{u"10.2.0.0/24"_s});
    QCOMPARE(list({u"--contains"_s, u"10.9.0.77"_s}),
             (QStringList{u"10.9.0.0/16"_s, u"10.9.0.0/24"_s}));
    QCOMPARE(list({u"--contains"_s, u"10.9.0.77"_s, u"--space"_s, u"T1"_s}),
             QStringList{u"10.9.0.0/24"_s});
    QCOMPARE(list({u"--contains"_s, u"2001:db8::1"_s}), QStringList{u"2001:db8::/64"_s});
    QCOMPARE(list({u"--contains"_s, u"192.168.0.1"_s}), QStringList());

    Run run = ctl({u"subnet"_s, u"list"_s, u"--lnet"_s, u"Nope"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no logical network \"Nope\" in address space \"Default\"\n");
    run = ctl({u"subnet"_s, u"list"_s, u"--contains"_s, u"10.9.0.0/24"_s});
    EXPECT_EXIT(run, 1);
}

void TestIpamCtl::controlCharactersNeverReachTheTerminal()
{
    // Refused on input, with the character named...
    Run run = ctl({u"subnet"_s, u"add"_s, u"10.7.0.0/24"_s, u"--name"_s, u"x\x1b[2J"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(!run.err.contains('\x1b') && run.err.contains("U+001B"), run.err.constData());
    // ...and a name stored before the rule (written here behind ipamctl's back) prints
    // escaped, in tables and in messages.
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.7.0.0/24"_s, u"--name"_s, u"legacy"_s}), 0);
    {
        Parsed<std::shared_ptr<Database>> db
                = Database::open(DatabaseLocation::parse(m_db).value());
        QVERIFY2(db, qPrintable(db.error()));
        QSqlQuery update(db.value()->connection());
        update.prepare(u"UPDATE ip_subnet SET name = ? WHERE name = 'legacy'"_s);
        update.addBindValue(u"x\x1b[2J\u202Eevil"_s);
        QVERIFY2(update.exec() && update.numRowsAffected() == 1,
                 qPrintable(update.lastError().text()));
    }
    run = ctl({u"subnet"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(!run.out.contains('\x1b') && !run.out.contains("\xE2\x80\xAE"), run.out.constData());
    QVERIFY2(run.out.contains("x\\x1B[2J\\u202Eevil"), run.out.constData());
    run = ctl({u"subnet"_s, u"add"_s, u"10.7.0.0/25"_s});
    EXPECT_EXIT(run, 1); // overlaps the stored subnet, which the message names
    QVERIFY2(!run.err.contains('\x1b') && !run.err.contains("\xE2\x80\xAE"), run.err.constData());
}

void TestIpamCtl::subnetSetChangesOnlyTheGivenOptions()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--name"_s, u"Web"_s, u"--owner"_s,
                     u"bob"_s, u"--vlan"_s, u"7"_s, u"--description"_s, u"old"_s}),
                0);
    Run run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s,
                   u"--description"_s, u"new"_s});
    EXPECT_EXIT(run, 0);
    QJsonObject subnet = run.first();
    QCOMPARE(subnet.value("Description"), "new");
    QCOMPARE(subnet.value("Name"), "Web");
    QCOMPARE(subnet.value("Owner"), "bob");
    QCOMPARE(subnet.value("VlanId").toArray(), QJsonArray{7});

    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--vlan"_s,
               u"8,9"_s, u"--owner"_s, u""_s, u"--network-type"_s, u"Provider"_s});
    EXPECT_EXIT(run, 0);
    subnet = run.first();
    QCOMPARE(subnet.value("VlanId").toArray(), (QJsonArray{8, 9}));
    QCOMPARE(subnet.value("Owner"), "");
    QCOMPARE(subnet.value("NetworkType"), "Provider");
    QCOMPARE(subnet.value("Description"), "new");

    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(run.first().value("Description"), "new");

    // Nothing becomes Customer; nothing to change is a usage error; unknown subnets are refused.
    EXPECT_EXIT(ctl({u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--network-type"_s, u"Customer"_s}),
                1);
    EXPECT_EXIT(ctl({u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s}), 2);
    run = ctl({u"subnet"_s, u"set"_s, u"10.7.0.0/24"_s, u"--owner"_s, u"x"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no subnet 10.7.0.0/24 in address space \"Default\"\n");
}

void TestIpamCtl::customFieldCommands()
{
    EXPECT_EXIT(ctl({u"field"_s, u"add"_s, u"Site"_s, u"--type"_s, u"OneOf"_s, u"--values"_s,
                     u"East;West"_s, u"--applies-to"_s, u"subnet,range"_s}),
                0);
    EXPECT_EXIT(ctl({u"field"_s, u"add"_s, u"Cost"_s, u"--type"_s, u"Number"_s}), 0);
    Run run = ctl({u"--format"_s, u"json"_s, u"field"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QStringList names;
    for (const QJsonValue &v : run.json())
        names.append(v.toObject().value("Name").toString());
    QVERIFY2(names.contains(u"Device Type"_s) && names.contains(u"Site"_s),
             qPrintable(names.join(u',')));

    // Values on add and set, in the same write as the subnet; JSON keys are the field names.
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--field"_s,
               u"site=east"_s, u"--field"_s, u"Cost=2.50"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Site"), "East");
    QCOMPARE(run.first().value("Cost"), "2.5");
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--field"_s,
               u"Cost="_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Site"), "East");
    QVERIFY(!run.first().contains("Cost"));
    // A refused value leaves nothing: no subnet, exit 1, one line naming the value.
    run = ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s, u"--field"_s, u"Site=Mars"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err,
             "ipamctl: subnet 10.2.0.0/24: Site does not offer \"Mars\" (it offers "
             "East, West)\n");
    run = ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s, u"--field"_s, u"Site"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: --field takes NAME=VALUE, not \"Site\"\n");
    EXPECT_EXIT(ctl({u"subnet"_s, u"remove"_s, u"10.2.0.0/24"_s}), 1);
    // Built-in fields: Device Type is the address's own property; they cannot be removed.
    run = ctl({u"--format"_s, u"json"_s, u"address"_s, u"add"_s, u"10.1.0.9"_s, u"--field"_s,
               u"Device Type=vm"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("DeviceType"), "VM");
    run = ctl({u"field"_s, u"remove"_s, u"Device Type"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: custom field \"Device Type\" is built in and cannot be removed\n");
    // Range groups: the built-in one and a new one over a field.
    EXPECT_EXIT(ctl({u"range-group"_s, u"add"_s, u"By site"_s, u"--levels"_s, u"Site"_s,
                     u"--criteria"_s, u"Owner ~ ops"_s}),
                0);
    run = ctl({u"--format"_s, u"json"_s, u"range-group"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 2);
    QCOMPARE(run.json().at(0).toObject().value("Name"), "Managed by Service");
    run = ctl({u"range-group"_s, u"add"_s, u"Bad"_s, u"--criteria"_s, u"Owner ="_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("a value is expected"), run.err.constData());
    EXPECT_EXIT(ctl({u"range-group"_s, u"remove"_s, u"Managed by Service"_s}), 1);
    EXPECT_EXIT(ctl({u"range-group"_s, u"remove"_s, u"By site"_s}), 0);
    // Removing a field removes its values.
    EXPECT_EXIT(ctl({u"field"_s, u"remove"_s, u"Site"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QVERIFY(!run.first().contains("Site"));
}

void TestIpamCtl::subnetSetFollowsTheAssignmentRule()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"B"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"SA"_s, u"--lnet"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"SB"_s, u"--lnet"_s, u"B"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--lnet"_s, u"A"_s}), 0);

    // --site alone: a site of the subnet's own logical network.
    Run run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--site"_s,
                   u"SA"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("NetworkSite"), "SA");
    // A site of another logical network is refused by the rule, and nothing changes.
    run = ctl({u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--site"_s, u"SB"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("\"SB\"") && run.err.contains("\"A\""), run.err);
    // Another logical network drops the old site.
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--lnet"_s,
               u"B"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("VmmLogicalNetwork"), "B");
    QVERIFY(run.first().value("NetworkSite").isNull());
}

void TestIpamCtl::subnetRemove()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s}), 0);
    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.1.0.9"_s}), 0);
    Run run = ctl({u"subnet"_s, u"remove"_s, u"10.1.0.0/24"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    // Its addresses stay, unmapped, as IPAM keeps them.
    run = ctl({u"--format"_s, u"json"_s, u"address"_s, u"list"_s});
    QCOMPARE(column(run.json(), u"IpAddress"_s), QStringList{u"10.1.0.9"_s});
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(column(run.json(), u"NetworkId"_s), QStringList{u"10.2.0.0/24"_s});
    run = ctl({u"subnet"_s, u"remove"_s, u"10.1.0.0/24"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no subnet 10.1.0.0/24 in address space \"Default\"\n");
}

void TestIpamCtl::assignAndUnassign()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"SA"_s, u"--lnet"_s, u"A"_s}), 0);
    for (const QString &prefix : {u"10.1.0.0/24"_s, u"10.2.0.0/24"_s, u"10.3.0.0/24"_s})
        EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, prefix}), 0);

    Run run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"assign"_s, u"10.1.0.0/24"_s,
                   u"10.2.0.0/24"_s, u"--lnet"_s, u"A"_s, u"--site"_s, u"SA"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"NetworkId"_s), (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s}));
    QCOMPARE(column(run.json(), u"VmmLogicalNetwork"_s), (QStringList{u"A"_s, u"A"_s}));
    QCOMPARE(column(run.json(), u"NetworkSite"_s), (QStringList{u"SA"_s, u"SA"_s}));

    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--site"_s, u"SA"_s});
    QCOMPARE(column(run.json(), u"NetworkId"_s), (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s}));

    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"unassign"_s, u"10.1.0.0/24"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY(run.first().value("VmmLogicalNetwork").isNull());
    QVERIFY(run.first().value("NetworkSite").isNull());
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--lnet"_s, u"A"_s});
    QCOMPARE(column(run.json(), u"NetworkId"_s), QStringList{u"10.2.0.0/24"_s});
}

void TestIpamCtl::assignIsAllOrNothing()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"T1"_s, u"--type"_s, u"customer"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s}), 0);
    const QByteArray before = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out;

    // An unknown prefix among them: nothing is assigned.
    Run run = ctl({u"subnet"_s, u"assign"_s, u"10.1.0.0/24"_s, u"10.2.0.0/24"_s, u"10.3.0.0/24"_s,
                   u"--lnet"_s, u"A"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no subnet 10.3.0.0/24 in address space \"Default\"\n");
    QCOMPARE(ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out, before);

    // A logical network of another space than the subnets': refused.
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--space"_s, u"T1"_s}), 0);
    run = ctl({u"subnet"_s, u"assign"_s, u"10.1.0.0/24"_s, u"--lnet"_s, u"A"_s, u"--space"_s,
               u"T1"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no logical network \"A\" in address space \"T1\"\n");
}

void TestIpamCtl::refusedInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // the whole stderr line, or a part of it after "~"

    QTest::newRow("host bits")
            << QStringList{u"subnet"_s, u"add"_s, u"10.0.0.1/8"_s}
            << u"ipamctl: 10.0.0.1/8 has host bits set; did you mean 10.0.0.0/8?"_s;
    QTest::newRow("unknown lnet") << QStringList{
            u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--lnet"_s,
            u"Foo"_s} << u"ipamctl: no logical network \"Foo\" in address space \"Default\""_s;
    QTest::newRow("site of another lnet")
            << QStringList{u"subnet"_s, u"add"_s,    u"10.0.0.0/24"_s, u"--lnet"_s,
                           u"A"_s,      u"--site"_s, u"SB"_s}
            << u"ipamctl: network site \"SB\" is not a site of logical network \"A\""_s;
    QTest::newRow("unknown site")
            << QStringList{u"subnet"_s, u"add"_s,    u"10.0.0.0/24"_s, u"--lnet"_s,
                           u"A"_s,      u"--site"_s, u"Nope"_s}
            << u"ipamctl: no network site \"Nope\" in logical network \"A\""_s;
    QTest::newRow("remove Default")
            << QStringList{u"space"_s, u"remove"_s, u"Default"_s} << u"~\"Default\""_s;
    QTest::newRow("unknown space")
            << QStringList{u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--space"_s, u"Nowhere"_s}
            << u"ipamctl: no address space \"Nowhere\""_s;
    QTest::newRow("prefix length")
            << QStringList{u"subnet"_s, u"add"_s, u"10.0.0.0/33"_s} << u"~10.0.0.0/33"_s;
    QTest::newRow("garbage prefix")
            << QStringList{u"subnet"_s, u"add"_s, u"banana"_s} << u"~banana"_s;
    QTest::newRow("family") << QStringList{u"subnet"_s, u"list"_s, u"--family"_s, u"5"_s}
                            << u"~\"5\""_s;
    // A value not among an option's choices is refused (1) the same for every option, the
    // global --format too; usage (2) is for a command line that is not a command.
    QTest::newRow("format") << QStringList{u"--format"_s, u"xml"_s, u"space"_s, u"list"_s}
                            << u"ipamctl: --format must be table, json or csv, not \"xml\""_s;
    QTest::newRow("export family")
            << QStringList{u"export"_s, u"subnet"_s, u"--family"_s, u"IPv7"_s} << u"~IPv7"_s;
    QTest::newRow("vlan") << QStringList{u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--vlan"_s,
                                         u"x1"_s}
                          << u"~\"x1\""_s;
    QTest::newRow("assignment type") << QStringList{u"address"_s, u"add"_s, u"10.0.0.1"_s,
                                                    u"--assignment-type"_s, u"Sticky"_s}
                                     << u"~Sticky"_s;
    QTest::newRow("space type") << QStringList{u"space"_s, u"add"_s, u"X"_s, u"--type"_s,
                                               u"tenant"_s}
                                << u"~tenant"_s;
    QTest::newRow("duplicate space")
            << QStringList{u"space"_s, u"add"_s, u"Default"_s, u"--type"_s, u"provider"_s}
            << u"~\"Default\""_s;
    QTest::newRow("range without subnet")
            << QStringList{u"range"_s, u"add"_s, u"10.99.0.1"_s, u"10.99.0.9"_s} << u"~10.99.0.1"_s;
}

void TestIpamCtl::refusedInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"B"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"SB"_s, u"--lnet"_s, u"B"_s}), 0);
    const QByteArray before = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out;

    const Run run = ctl(arguments);
    EXPECT_EXIT(run, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1); // one line
    QVERIFY2(run.err.startsWith("ipamctl: "), run.err);
    const QString err = QString::fromUtf8(run.err).trimmed();
    if (message.startsWith(u'~'))
        QVERIFY2(err.contains(message.mid(1)), qPrintable(err));
    else
        QCOMPARE(err, message);
    QCOMPARE(ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out, before);
}

void TestIpamCtl::refusesOverlapInsideOneSpace()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/16"_s}), 0);
    for (const QString &prefix : {u"10.0.0.0/16"_s, u"10.0.5.0/24"_s, u"10.0.0.0/8"_s}) {
        const Run run = ctl({u"subnet"_s, u"add"_s, prefix});
        EXPECT_EXIT(run, 1);
        QVERIFY2(run.err.contains(prefix.toUtf8()), run.err);
    }
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/16"_s}), 0);
}

void TestIpamCtl::raceLostInTheDatabaseReadsAsOverlap_data()
{
    QTest::addColumn<QString>("racing");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("message");
    QTest::newRow("same start (unique index)")
            << u"10.9.0.0/24"_s << u"10.9.0.0/24"_s
            << u"subnet 10.9.0.0/24 overlaps a subnet starting at 10.9.0.0 in address space "
               "\"Default\""_s;
    QTest::newRow("overlap (exclusion constraint)")
            << u"10.9.0.0/16"_s << u"10.9.1.0/24"_s
            << u"subnet 10.9.1.0/24 overlaps subnet 10.9.0.0/16 in address space \"Default\""_s;
}

void TestIpamCtl::raceLostInTheDatabaseReadsAsOverlap()
{
    // Another writer's subnet, inserted but not yet committed when ipamctl checks: ipamctl's
    // own check cannot see it, and the database refuses ipamctl's insert once it commits.
    if (m_backend != "postgresql"_L1)
        QSKIP("SQLite writers queue before their checks (BEGIN IMMEDIATE): no race to lose");
    QFETCH(QString, racing);
    QFETCH(QString, added);
    QFETCH(QString, message);
    EXPECT_EXIT(ctl({u"subnet"_s, u"list"_s}), 0); // creates the schema
    const DatabaseLocation location = DatabaseLocation::parse(m_db).value();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"racing-writer"_s);
        other.setHostName(location.host);
        other.setPort(location.port);
        other.setUserName(location.user);
        other.setPassword(location.password);
        other.setDatabaseName(location.database);
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QSqlQuery query(other);
        QVERIFY(query.exec(u"BEGIN"_s));
        const Prefix prefix = Prefix::parse(racing).value();
        query.prepare(u"INSERT INTO ip_subnet (space_id, family, lo, hi, prefix_length, "
                      "network_id, network_type) VALUES ((SELECT id FROM address_space WHERE "
                      "name = 'Default'), 4, ?, ?, ?, ?, 0)"_s);
        query.addBindValue(prefix.first().toBytes());
        query.addBindValue(prefix.last().toBytes());
        query.addBindValue(prefix.length());
        query.addBindValue(racing);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        QProcess process;
        process.start(QStringLiteral(IPAMCTL_PATH),
                      {u"--db"_s, m_db, u"subnet"_s, u"add"_s, added});
        QVERIFY(process.waitForStarted());
        // ipamctl has passed its checks once it waits for the other writer's row lock.
        // (Asked from outside the racing transaction: inside it, the activity is a snapshot.)
        QSqlQuery waiting(QSqlDatabase::database(u"ctl-admin"_s));
        auto ipamctlWaits = [&] {
            waiting.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND "
                            "wait_event_type = 'Lock'"_s);
            waiting.addBindValue(location.database);
            return waiting.exec() && waiting.next() && waiting.value(0).toInt() == 1;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(ipamctlWaits() || process.state() == QProcess::NotRunning,
                                  "ipamctl never waited for the racing row", 20000);
        QVERIFY2(process.state() != QProcess::NotRunning, process.readAllStandardError());
        QVERIFY(query.exec(u"COMMIT"_s));
        QVERIFY(process.waitForFinished(30000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(err).trimmed(), u"ipamctl: "_s + message);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"racing-writer"_s);
}

void TestIpamCtl::tenantsOverlapAcrossCustomerSpaces()
{
    EXPECT_EXIT(
            ctl({u"space"_s, u"add"_s, u"Contoso"_s, u"--type"_s, u"customer"_s, u"--provider"_s,
                 u"Default"_s, u"--isolation"_s, u"NVGRE"_s, u"--vm-network"_s, u"ContosoNet"_s}),
            0);
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"Fabrikam"_s, u"--type"_s, u"customer"_s,
                     u"--isolation"_s, u"IPRewrite"_s}),
                0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"192.168.0.0/24"_s}), 0);
    for (const QString &space : {u"Contoso"_s, u"Fabrikam"_s}) {
        const Run run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"add"_s, u"192.168.0.0/24"_s,
                             u"--space"_s, space});
        EXPECT_EXIT(run, 0);
        QCOMPARE(run.first().value("AddressSpace").toString(), space);
        QCOMPARE(run.first().value("NetworkType"), "Customer");
    }
    const Run contoso
            = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--space"_s, u"Contoso"_s});
    QCOMPARE(contoso.first().value("VMNetwork"), "ContosoNet");
    // Inside one tenant's space, overlap is still refused.
    const Run run = ctl({u"subnet"_s, u"add"_s, u"192.168.0.128/25"_s, u"--space"_s, u"Contoso"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("192.168.0.128/25") && run.err.contains("Contoso"), run.err);
    const Run all = ctl(
            {u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--contains"_s, u"192.168.0.1"_s});
    QCOMPARE(all.json().size(), 3);
}

void TestIpamCtl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"bogus"_s};
    QTest::newRow("no verb") << QStringList{u"subnet"_s};
    QTest::newRow("unknown verb") << QStringList{u"subnet"_s, u"frob"_s};
    QTest::newRow("missing prefix") << QStringList{u"subnet"_s, u"add"_s};
    QTest::newRow("unknown option")
            << QStringList{u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--bogus"_s};
    QTest::newRow("missing value")
            << QStringList{u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--space"_s};
    QTest::newRow("extra operand")
            << QStringList{u"subnet"_s, u"remove"_s, u"10.0.0.0/24"_s, u"x"_s};
    QTest::newRow("unknown global") << QStringList{u"--verbose"_s, u"space"_s, u"list"_s};
    QTest::newRow("assign without lnet") << QStringList{u"subnet"_s, u"assign"_s, u"10.0.0.0/24"_s};
    QTest::newRow("site without lnet") << QStringList{u"site"_s, u"add"_s, u"S"_s};
    QTest::newRow("space without type") << QStringList{u"space"_s, u"add"_s, u"X"_s};
    QTest::newRow("find-free-subnet")
            << QStringList{u"find-free-subnet"_s, u"--within"_s, u"10.0.0.0/8"_s};
    QTest::newRow("find-free-address") << QStringList{u"find-free-address"_s, u"--count"_s, u"2"_s};
    QTest::newRow("import file") << QStringList{u"import"_s, u"subnet"_s};
    QTest::newRow("import kind") << QStringList{u"import"_s, u"block"_s, u"x.csv"_s};
    QTest::newRow("export kind") << QStringList{u"export"_s, u"sites"_s};
    QTest::newRow("block start") << QStringList{u"block"_s, u"add"_s, u"10.0.0.0/8"_s, u"--start"_s,
                                                u"10.0.0.1"_s};
    QTest::newRow("range end") << QStringList{u"range"_s, u"add"_s, u"10.0.0.1"_s};
}

void TestIpamCtl::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = ctl(arguments);
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.err.startsWith("ipamctl: "), run.err);
    QVERIFY2(run.err.contains("\nusage: ipamctl "), run.err);
    QVERIFY(run.out.isEmpty());
    // A usage error never opens (nor creates) the database.
    if (m_backend == "sqlite"_L1)
        QVERIFY(!QFile::exists(m_db));
}

// A URL with a password that cannot be used: the error names the URL, never the password.
void TestIpamCtl::passwordNeverInMessages_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("port out of range") << u"postgresql://alice:S3cret@host:99999/ipam"_s;
    QTest::newRow("no database") << u"postgresql://alice:S3cret@127.0.0.1:1/"_s;
    QTest::newRow("nobody listening") << u"postgresql://alice:S3cret@127.0.0.1:1/ipam"_s;
    QTest::newRow("encoded") << u"postgresql://alice:S3cr%40t@host:99999/ipam"_s;
}

void TestIpamCtl::passwordNeverInMessages()
{
    QFETCH(QString, url);
    if (m_backend != "sqlite"_L1)
        QSKIP("one backend is enough: the URL never reaches a server");
    const Run run = ctl({u"space"_s, u"list"_s}, url);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(!run.err.contains("S3cr"), run.err);
    QVERIFY2(!run.out.contains("S3cr"), run.out);
    QVERIFY2(run.err.contains("alice"), run.err); // it still says which URL
}

void TestIpamCtl::versionAndHelpNeedNoStore()
{
    Run run = ctl({u"--version"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out, QByteArray("ipamctl " IPAM_VERSION "\n"));
    run = ctl({u"--help"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains("--version"), run.out);
    QVERIFY2(run.out.contains("Usage: unknown command"), run.out);
    if (m_backend == "sqlite"_L1)
        QVERIFY(!QFile::exists(m_db));
}

void TestIpamCtl::withoutDbSaysWhichNewStoreItCreated()
{
    if (m_backend != "sqlite"_L1)
        QSKIP("the default store is an SQLite file");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"IPAM_DB"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    const QString store = home.filePath(u"data/ipam-console/ipam.sqlite"_s);
    Run run = ipam::test::runToEnd(QStringLiteral(IPAMCTL_PATH), {u"subnet"_s, u"list"_s}, env);
    EXPECT_EXIT(run, 0);
    QCOMPARE(QString::fromUtf8(run.err).trimmed(),
             u"ipamctl: created a new, empty store %1 (the default: no --db or IPAM_DB given; "
             "the console's --demo store is %2)"_s.arg(
                     store, home.filePath(u"data/ipam-console/demo.sqlite"_s)));
    QVERIFY(QFile::exists(store));
    // Once: the next run opens the same store and says nothing.
    run = ipam::test::runToEnd(QStringLiteral(IPAMCTL_PATH), {u"subnet"_s, u"list"_s}, env);
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.err.isEmpty(), run.err);
    // From IPAM_DB, it says so.
    env.insert(u"IPAM_DB"_s, home.filePath(u"other.sqlite"_s));
    run = ipam::test::runToEnd(QStringLiteral(IPAMCTL_PATH), {u"subnet"_s, u"list"_s}, env);
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.err.contains("from IPAM_DB"), run.err);
    // With --db, the admin named it: nothing to say.
    QVERIFY(ctl({u"subnet"_s, u"list"_s}).err.isEmpty());
}

// ---- blocks, ranges, addresses

void TestIpamCtl::blockCommands()
{
    Run run = ctl({u"--format"_s, u"json"_s, u"block"_s, u"add"_s, u"10.0.0.0/8"_s, u"--owner"_s,
                   u"noc"_s, u"--description"_s, u"private"_s});
    EXPECT_EXIT(run, 0);
    QJsonObject block = run.first();
    QCOMPARE(block.value("NetworkId"), "10.0.0.0/8");
    QCOMPARE(block.value("StartIPAddress"), "10.0.0.0");
    QCOMPARE(block.value("EndIPAddress"), "10.255.255.255");
    QCOMPARE(block.value("AddressSpace"), "Default");
    QCOMPARE(block.value("Rir"), "");
    QCOMPARE(block.value("Owner"), "noc");
    QCOMPARE(block.value("Description"), "private");
    QCOMPARE(block.value("TotalAddresses"), 16777216);
    QCOMPARE(block.value("UtilizedAddresses"), 0);
    QCOMPARE(block.value("Utilization"), "Under");

    run = ctl({u"--format"_s, u"json"_s, u"block"_s, u"add"_s, u"65.52.0.0/14"_s, u"--start"_s,
               u"65.52.0.10"_s, u"--end"_s, u"65.52.0.19"_s, u"--rir"_s, u"arin"_s});
    EXPECT_EXIT(run, 0);
    block = run.first();
    QCOMPARE(block.value("Rir"), "ARIN");
    QCOMPARE(block.value("StartIPAddress"), "65.52.0.10");
    QCOMPARE(block.value("TotalAddresses"), 10);
    EXPECT_EXIT(ctl({u"block"_s, u"add"_s, u"2001:db8::/32"_s}), 0);
    EXPECT_EXIT(ctl({u"block"_s, u"add"_s, u"10.0.0.0/8"_s}), 1);
    EXPECT_EXIT(ctl({u"block"_s, u"add"_s, u"11.0.0.0/8"_s, u"--rir"_s, u"NORAD"_s}), 1);

    // Utilized: the address records inside the block.
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s}), 0);
    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.1.0.5"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"block"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"NetworkId"_s),
             (QStringList{u"10.0.0.0/8"_s, u"65.52.0.0/14"_s, u"2001:db8::/32"_s}));
    QCOMPARE(run.first().value("UtilizedAddresses"), 1);
    QCOMPARE(findRecord(run.json(), u"NetworkId"_s, u"2001:db8::/32"_s).value("TotalAddresses"),
             "79228162514264337593543950336");

    EXPECT_EXIT(ctl({u"block"_s, u"remove"_s, u"10.0.0.0/8"_s}), 0);
    run = ctl({u"block"_s, u"remove"_s, u"10.0.0.0/8"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no block 10.0.0.0/8 in address space \"Default\"\n");
    run = ctl({u"--format"_s, u"json"_s, u"block"_s, u"list"_s, u"--space"_s, u"Default"_s});
    QCOMPARE(run.json().size(), 2);
}

void TestIpamCtl::rangeAndAddressCommandsKeepUtilization()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"A"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/29"_s, u"--lnet"_s, u"A"_s}), 0);
    Run run = ctl({u"--format"_s, u"json"_s, u"range"_s, u"add"_s, u"10.1.0.1"_s, u"10.1.0.6"_s,
                   u"--owner"_s, u"ops"_s, u"--description"_s, u"pool"_s, u"--assignment-type"_s,
                   u"Dynamic"_s});
    EXPECT_EXIT(run, 0);
    QJsonObject range = run.first();
    QCOMPARE(range.value("NetworkId"), "10.1.0.0/29");
    QCOMPARE(range.value("StartAddress"), "10.1.0.1");
    QCOMPARE(range.value("EndAddress"), "10.1.0.6");
    QCOMPARE(range.value("AddressSpace"), "Default");
    QCOMPARE(range.value("NetworkType"), "NonVirtualized");
    QCOMPARE(range.value("ManagedByService"), "IPAM");
    QCOMPARE(range.value("ServiceInstance"), "Localhost");
    QCOMPARE(range.value("AssignmentType"), "Dynamic");
    QCOMPARE(range.value("Owner"), "ops");
    QCOMPARE(range.value("Description"), "pool");
    QCOMPARE(range.value("VmmLogicalNetwork"), "A");
    QVERIFY(range.value("NetworkSite").isNull());
    QCOMPARE(range.value("TotalAddresses"), 6);
    QCOMPARE(range.value("UtilizedAddresses"), 0);
    QCOMPARE(range.value("ReservedAddress").toArray(), QJsonArray());

    run = ctl({u"--format"_s, u"json"_s, u"address"_s, u"add"_s, u"10.1.0.2"_s, u"--mac"_s,
               u"00-15-5D-01-02-03"_s, u"--device-name"_s, u"web01"_s, u"--device-type"_s, u"VM"_s,
               u"--assignment-type"_s, u"Reserved"_s, u"--state"_s, u"Reserved"_s, u"--owner"_s,
               u"ann"_s, u"--description"_s, u"front end"_s});
    EXPECT_EXIT(run, 0);
    QJsonObject address = run.first();
    QCOMPARE(address.value("IpAddress"), "10.1.0.2");
    QCOMPARE(address.value("AddressSpace"), "Default");
    QCOMPARE(address.value("NetworkType"), "NonVirtualized");
    QCOMPARE(address.value("MacAddress"), "00-15-5D-01-02-03");
    QCOMPARE(address.value("DeviceName"), "web01");
    QCOMPARE(address.value("DeviceType"), "VM");
    QCOMPARE(address.value("AssignmentType"), "Reserved");
    QCOMPARE(address.value("IpAddressState"), "Reserved");
    QCOMPARE(address.value("ManagedByService"), "IPAM");
    QCOMPARE(address.value("ServiceInstance"), "Localhost");
    QCOMPARE(address.value("IpRange"), "10.1.0.1-10.1.0.6");
    QCOMPARE(address.value("Owner"), "ann");
    QCOMPARE(address.value("Description"), "front end");

    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.1.0.3"_s}), 0);
    // The same address under another service is another record; under the same, refused.
    run = ctl({u"--format"_s, u"json"_s, u"address"_s, u"add"_s, u"10.1.0.3"_s, u"--managed-by"_s,
               u"VMM"_s, u"--service-instance"_s, u"vmm.contoso.com"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY(run.first().value("IpRange").isNull());
    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.1.0.3"_s}), 1);

    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QJsonObject subnet = run.first();
    QCOMPARE(subnet.value("TotalAddresses"), 8);
    QCOMPARE(subnet.value("AssignedAddresses"), 6);
    QCOMPARE(subnet.value("UtilizedAddresses"), 3);
    QCOMPARE(subnet.value("PercentageUtilized").toDouble(), 37.5);
    QCOMPARE(subnet.value("Utilization"), "Optimal");
    run = ctl({u"--format"_s, u"json"_s, u"range"_s, u"list"_s, u"--subnet"_s, u"10.1.0.0/29"_s});
    QCOMPARE(run.json().size(), 1);
    QCOMPARE(run.first().value("UtilizedAddresses"), 2);
    QCOMPARE(run.first().value("PercentageUtilized").toDouble(), 100.0 * 2 / 6);

    for (const QString &ip : {u"10.1.0.4"_s, u"10.1.0.5"_s, u"10.1.0.6"_s, u"10.1.0.7"_s})
        EXPECT_EXIT(ctl({u"address"_s, u"add"_s, ip}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(run.first().value("UtilizedAddresses"), 7);
    QCOMPARE(run.first().value("Utilization"), "Over");

    run = ctl({u"--format"_s, u"json"_s, u"address"_s, u"list"_s, u"--subnet"_s, u"10.1.0.0/29"_s});
    QCOMPARE(column(run.json(), u"IpAddress"_s),
             (QStringList{u"10.1.0.2"_s, u"10.1.0.3"_s, u"10.1.0.3"_s, u"10.1.0.4"_s, u"10.1.0.5"_s,
                          u"10.1.0.6"_s, u"10.1.0.7"_s}));
    run = ctl({u"address"_s, u"remove"_s, u"10.1.0.3"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("--managed-by"), run.err);
    EXPECT_EXIT(ctl({u"address"_s, u"remove"_s, u"10.1.0.3"_s, u"--managed-by"_s, u"VMM"_s}), 0);
    EXPECT_EXIT(ctl({u"address"_s, u"remove"_s, u"10.1.0.3"_s}), 0);
    run = ctl({u"address"_s, u"remove"_s, u"10.1.0.3"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no address 10.1.0.3 in address space \"Default\"\n");
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(run.first().value("UtilizedAddresses"), 5);

    // A subnet with ranges cannot go; its range can.
    EXPECT_EXIT(ctl({u"subnet"_s, u"remove"_s, u"10.1.0.0/29"_s}), 1);
    EXPECT_EXIT(ctl({u"range"_s, u"remove"_s, u"10.1.0.1"_s, u"10.1.0.6"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"range"_s, u"list"_s});
    QCOMPARE(run.json().size(), 0);
    QCOMPARE(run.out, "[]\n");
    run = ctl({u"range"_s, u"remove"_s, u"10.1.0.1"_s, u"10.1.0.6"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no range 10.1.0.1-10.1.0.6 in address space \"Default\"\n");
    run = ctl({u"--format"_s, u"json"_s, u"address"_s, u"list"_s, u"--space"_s, u"Default"_s});
    QCOMPARE(run.json().size(), 5);
    QVERIFY(run.first().value("IpRange").isNull());
}

void TestIpamCtl::findFreeSubnet()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.0.2.0/23"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"2001:db8::/48"_s}), 0);
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"T1"_s, u"--type"_s, u"customer"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.0.1.0/24"_s, u"--space"_s, u"T1"_s}), 0);

    Run run = ctl({u"--format"_s, u"json"_s, u"find-free-subnet"_s, u"--within"_s, u"10.0.0.0/16"_s,
                   u"--length"_s, u"24"_s, u"--count"_s, u"3"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json(), (QJsonArray{"10.0.1.0/24", "10.0.4.0/24", "10.0.5.0/24"}));
    run = ctl({u"--format"_s, u"json"_s, u"find-free-subnet"_s, u"--within"_s, u"10.0.0.0/16"_s,
               u"--length"_s, u"23"_s});
    QCOMPARE(run.json(), QJsonArray{"10.0.4.0/23"});
    run = ctl({u"--format"_s, u"json"_s, u"find-free-subnet"_s, u"--within"_s, u"10.0.0.0/16"_s,
               u"--length"_s, u"24"_s, u"--count"_s, u"2"_s, u"--space"_s, u"T1"_s});
    QCOMPARE(run.json(), (QJsonArray{"10.0.0.0/24", "10.0.2.0/24"}));
    run = ctl({u"--format"_s, u"json"_s, u"find-free-subnet"_s, u"--within"_s, u"2001:db8::/32"_s,
               u"--length"_s, u"48"_s, u"--count"_s, u"2"_s});
    QCOMPARE(run.json(), (QJsonArray{"2001:db8:1::/48", "2001:db8:2::/48"}));
    run = ctl({u"find-free-subnet"_s, u"--within"_s, u"10.0.0.0/16"_s, u"--length"_s, u"24"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out, "10.0.1.0/24\n");

    run = ctl({u"find-free-subnet"_s, u"--within"_s, u"10.0.2.0/24"_s, u"--length"_s, u"26"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("10.0.2.0/24"), run.err);
    run = ctl({u"find-free-subnet"_s, u"--within"_s, u"10.0.0.0/16"_s, u"--length"_s, u"33"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("\"33\""), run.err);
    run = ctl({u"find-free-subnet"_s, u"--within"_s, u"10.0.0.0/16"_s, u"--length"_s, u"8"_s});
    EXPECT_EXIT(run, 1);
}

void TestIpamCtl::findFreeAddress()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/29"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"2001:db8::/126"_s}), 0);
    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.1.0.1"_s}), 0);
    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.1.0.3"_s}), 0);
    Run run = ctl({u"--format"_s, u"json"_s, u"find-free-address"_s, u"--subnet"_s,
                   u"10.1.0.0/29"_s, u"--count"_s, u"3"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json(), (QJsonArray{"10.1.0.2", "10.1.0.4", "10.1.0.5"}));
    // Network and broadcast never count as free.
    run = ctl({u"--format"_s, u"json"_s, u"find-free-address"_s, u"--subnet"_s, u"10.1.0.0/29"_s,
               u"--count"_s, u"10"_s});
    QCOMPARE(run.json(), (QJsonArray{"10.1.0.2", "10.1.0.4", "10.1.0.5", "10.1.0.6"}));
    run = ctl({u"--format"_s, u"json"_s, u"find-free-address"_s, u"--subnet"_s, u"2001:db8::/126"_s,
               u"--count"_s, u"2"_s});
    QCOMPARE(run.json(), (QJsonArray{"2001:db8::", "2001:db8::1"}));

    run = ctl({u"find-free-address"_s, u"--subnet"_s, u"10.9.0.0/24"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, "ipamctl: no subnet 10.9.0.0/24 in address space \"Default\"\n");
    run = ctl({u"find-free-address"_s, u"--subnet"_s, u"10.1.0.0/29"_s, u"--count"_s, u"0"_s});
    EXPECT_EXIT(run, 1);

    // A range's gateway and reserved addresses are not free; --range keeps to the range. A
    // bare gateway address is stored in IPAM's "<ip>/Automatic" form.
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s}), 0);
    const QString ranges = writeFile(u"free-ranges.csv"_s,
                                     "StartAddress,EndAddress,Gateway,ReservedAddress\n"
                                     "10.2.0.1,10.2.0.9,10.2.0.1,10.2.0.2\n"
                                     "10.2.0.20,10.2.0.29,10.2.0.20/5,\n");
    EXPECT_EXIT(ctl({u"import"_s, u"range"_s, ranges}), 0);
    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.2.0.21"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"find-free-address"_s, u"--subnet"_s, u"10.2.0.0/24"_s,
               u"--count"_s, u"2"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json(), (QJsonArray{"10.2.0.3", "10.2.0.4"}));
    run = ctl({u"--format"_s, u"json"_s, u"find-free-address"_s, u"--range"_s,
               u"10.2.0.20-10.2.0.29"_s, u"--count"_s, u"20"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json(),
             (QJsonArray{"10.2.0.22", "10.2.0.23", "10.2.0.24", "10.2.0.25", "10.2.0.26",
                         "10.2.0.27", "10.2.0.28", "10.2.0.29"}));
    run = ctl({u"--format"_s, u"json"_s, u"range"_s, u"list"_s, u"--subnet"_s, u"10.2.0.0/24"_s});
    QCOMPARE(run.first().value("Gateway").toArray(), QJsonArray{"10.2.0.1/Automatic"});
    QCOMPARE(run.json().at(1).toObject().value("Gateway").toArray(), QJsonArray{"10.2.0.20/5"});
    run = ctl({u"find-free-address"_s, u"--range"_s, u"10.2.0.40-10.2.0.49"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("no range 10.2.0.40-10.2.0.49"), run.err);
    EXPECT_EXIT(ctl({u"find-free-address"_s, u"--subnet"_s, u"10.2.0.0/24"_s, u"--range"_s,
                     u"10.2.0.20-10.2.0.29"_s}),
                2);
    // A gateway that is not one is refused with its line and column.
    const QString bad
            = writeFile(u"bad-gateway.csv"_s,
                        "StartAddress,EndAddress,Gateway\n10.2.0.60,10.2.0.69,10.2.0.1/x\n");
    run = ctl({u"import"_s, u"range"_s, bad});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("line 2") && run.err.contains("10.2.0.1/x"), run.err);
}

// ---- CSV

void TestIpamCtl::importSubnetsReadsQuotingBomCrlfAndIpv6()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl({u"site"_s, u"add"_s, u"Site1"_s, u"--lnet"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"Contoso"_s, u"--type"_s, u"customer"_s}), 0);
    // IPAM's own headers, any case and order; a BOM, CRLF, quotes, commas and line breaks.
    const QByteArray csv
            = "\xEF\xBB\xBFnetworkid,Name,VMMLogicalNetwork,Network Site,VlanId,Owner,Description,"
              "VirtualSubnetId,CustomConfiguration\r\n"
              "10.20.0.0/24,\"Web, front\",Storage,Site1,\"13, 10\",alice,\"two\r\nlines\",7,"
              "\"ManagedBy=VMM;ServiceInstance=vmm1\"\r\n"
              "\r\n"
              "2001:DB8:20::/48,v6,,,20;30,bob,\"say \"\"hi\"\"\",,\r\n"
              "  10.21.0.0/16  ,,,,,,\" padded \",,\r\n";
    const QString path = writeFile(u"subnets.csv"_s, csv);
    Run run = ctl({u"--format"_s, u"json"_s, u"import"_s, u"subnet"_s, path});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Added"), 3);
    QCOMPARE(run.first().value("Updated"), 0);

    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(column(run.json(), u"NetworkId"_s),
             (QStringList{u"10.20.0.0/24"_s, u"10.21.0.0/16"_s, u"2001:db8:20::/48"_s}));
    const QJsonObject web = findRecord(run.json(), u"NetworkId"_s, u"10.20.0.0/24"_s);
    QCOMPARE(web.value("Name"), "Web, front");
    QCOMPARE(web.value("NetworkType"), "NonVirtualized");
    QCOMPARE(web.value("AddressSpace"), "Default");
    QCOMPARE(web.value("VmmLogicalNetwork"), "Storage");
    QCOMPARE(web.value("NetworkSite"), "Site1");
    QCOMPARE(web.value("VlanId").toArray(), (QJsonArray{13, 10}));
    QCOMPARE(web.value("Owner"), "alice");
    QCOMPARE(web.value("Description"), "two\r\nlines");
    QCOMPARE(web.value("VirtualSubnetId"), 7);
    QCOMPARE(web.value("CustomConfiguration"), "ManagedBy=VMM;ServiceInstance=vmm1");
    const QJsonObject v6 = findRecord(run.json(), u"NetworkId"_s, u"2001:db8:20::/48"_s);
    QCOMPARE(v6.value("Name"), "v6");
    QCOMPARE(v6.value("Description"), "say \"hi\"");
    QCOMPARE(v6.value("Owner"), "bob");
    QCOMPARE(v6.value("VlanId").toArray(), (QJsonArray{20, 30}));
    const QJsonObject padded = findRecord(run.json(), u"NetworkId"_s, u"10.21.0.0/16"_s);
    QCOMPARE(padded.value("Name"), "10.21.0.0/16");
    QCOMPARE(padded.value("Description"), " padded ");

    // NetworkType with Provider/CustomerAddressSpace columns, as IPAM's files have them.
    const QString customer
            = writeFile(u"customer.csv"_s,
                        "NetworkId,NetworkType,ProviderAddressSpace,CustomerAddressSpace\n"
                        "10.20.0.0/24,Customer,Default,Contoso\n"
                        "10.30.0.0/24,Provider,,\n");
    run = ctl({u"import"_s, u"subnet"_s, customer});
    EXPECT_EXIT(run, 0);
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--space"_s, u"Contoso"_s});
    QCOMPARE(column(run.json(), u"NetworkId"_s), QStringList{u"10.20.0.0/24"_s});
    QCOMPARE(run.first().value("NetworkType"), "Customer");
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--contains"_s, u"10.30.0.1"_s});
    QCOMPARE(run.first().value("NetworkType"), "Provider");
    QCOMPARE(run.first().value("AddressSpace"), "Default");
}

void TestIpamCtl::importUpdatesExistingAndFiltersFamily()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--name"_s, u"Old"_s, u"--owner"_s,
                     u"keep"_s, u"--vlan"_s, u"5"_s}),
                0);
    const QString path = writeFile(u"update.csv"_s,
                                   "NetworkId,Name,Description\n"
                                   "10.1.0.0/24,New,changed\n"
                                   "10.2.0.0/24,Second,\n"
                                   "2001:db8::/64,six,\n");
    Run run = ctl(
            {u"--format"_s, u"json"_s, u"import"_s, u"subnet"_s, path, u"--family"_s, u"4"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Rows"), 3);
    QCOMPARE(run.first().value("Added"), 1);
    QCOMPARE(run.first().value("Updated"), 1);
    QCOMPARE(run.first().value("Skipped"), 1);
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(column(run.json(), u"NetworkId"_s), (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s}));
    const QJsonObject updated = run.first();
    QCOMPARE(updated.value("Name"), "New");
    QCOMPARE(updated.value("Description"), "changed");
    QCOMPARE(updated.value("Owner"), "keep"); // no Owner column: unchanged
    QCOMPARE(updated.value("VlanId").toArray(), QJsonArray{5});

    run = ctl({u"import"_s, u"subnet"_s, path, u"--family"_s, u"6"_s});
    EXPECT_EXIT(run, 0);
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--family"_s, u"6"_s});
    QCOMPARE(column(run.json(), u"NetworkId"_s), QStringList{u"2001:db8::/64"_s});
}

void TestIpamCtl::importRangesAndAddresses()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"2001:db8::/64"_s}), 0);
    const QString ranges = writeFile(
            u"ranges.csv"_s,
            "NetworkId,StartIPAddress,EndIPAddress,ManagedByService,ServiceInstance,AssignmentType,"
            "ReservedAddress,VIP,Gateway,DnsServer,Description\n"
            "10.1.0.0/24,10.1.0.10,10.1.0.99,VMM,vmm.contoso.com,Static,\"10.1.0.11, 10.1.0.12\","
            "10.1.0.50,10.1.0.1/Automatic,\"10.0.0.53,10.0.0.54\",\"pool, one\"\n"
            ",2001:db8::100,2001:db8::1ff,,,,,,,,\n");
    Run run = ctl({u"--format"_s, u"json"_s, u"import"_s, u"range"_s, ranges});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Added"), 2);
    run = ctl({u"--format"_s, u"json"_s, u"range"_s, u"list"_s});
    QCOMPARE(run.json().size(), 2);
    const QJsonObject range = run.first();
    QCOMPARE(range.value("NetworkId"), "10.1.0.0/24");
    QCOMPARE(range.value("ManagedByService"), "VMM");
    QCOMPARE(range.value("ServiceInstance"), "vmm.contoso.com");
    QCOMPARE(range.value("ReservedAddress").toArray(), (QJsonArray{"10.1.0.11", "10.1.0.12"}));
    QCOMPARE(range.value("VIP").toArray(), QJsonArray{"10.1.0.50"});
    QCOMPARE(range.value("Gateway").toArray(), QJsonArray{"10.1.0.1/Automatic"});
    QCOMPARE(range.value("DnsServer").toArray(), (QJsonArray{"10.0.0.53", "10.0.0.54"}));
    QCOMPARE(range.value("Description"), "pool, one");
    QCOMPARE(range.value("TotalAddresses"), 90);
    QCOMPARE(run.json().at(1).toObject().value("NetworkId"), "2001:db8::/64");
    QCOMPARE(run.json().at(1).toObject().value("ManagedByService"), "IPAM");

    const QString addresses = writeFile(
            u"addresses.csv"_s,
            "IPAddress,ManagedByService,ServiceInstance,DeviceName,MacAddress,IpAddressState\n"
            "10.1.0.20,VMM,vmm.contoso.com,vm1,00-15-5D-00-00-01,\n"
            "10.1.0.20,,,host1,,Reserved\n"
            "2001:db8::1,,,,,\n");
    run = ctl({u"--format"_s, u"json"_s, u"import"_s, u"address"_s, addresses});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Added"), 3);
    run = ctl({u"--format"_s, u"json"_s, u"address"_s, u"list"_s});
    QCOMPARE(run.json().size(), 3);
    const QJsonObject vm = findRecord(run.json(), u"DeviceName"_s, u"vm1"_s);
    QCOMPARE(vm.value("IpRange"), "10.1.0.10-10.1.0.99");
    QCOMPARE(vm.value("IpAddressState"), "In-Use");
    const QJsonObject host = findRecord(run.json(), u"DeviceName"_s, u"host1"_s);
    QVERIFY(host.value("IpRange").isNull()); // another service than the range's
    QCOMPARE(host.value("IpAddressState"), "Reserved");
    QCOMPARE(host.value("ManagedByService"), "IPAM");
    run = ctl({u"--format"_s, u"json"_s, u"range"_s, u"list"_s, u"--subnet"_s, u"10.1.0.0/24"_s});
    QCOMPARE(run.first().value("UtilizedAddresses"), 1);
}

void TestIpamCtl::importBadRowLeavesStoreUnchanged_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message"); // stderr after "ipamctl: ", or its start after "~"

    // Each file first updates the existing subnet 10.5.0.0/24: that must not stick either.
    QTest::newRow("host bits") << QByteArray("NetworkId,Name\n10.5.0.0/24,a\n10.30.1.1/24,b\n")
                               << u"line 3, column 1: 10.30.1.1/24 has host bits set; did you mean "
                                  "10.30.1.0/24? (\"10.30.1.1/24\")"_s;
    QTest::newRow("line after a quoted line break")
            << QByteArray("Description,NetworkId\n\"a\nb\",10.5.0.0/24\nx,10.30.9.9/24\n")
            << u"line 4, column 2: 10.30.9.9/24 has host bits set; did you mean 10.30.9.0/24? "
               "(\"10.30.9.9/24\")"_s;
    QTest::newRow("unknown lnet")
            << QByteArray("Name,NetworkId,VmmLogicalNetwork\na,10.5.0.0/24,\nb,10.30.1.0/24,Nope\n")
            << u"line 3, column 3: no such logical network in address space \"Default\" (\"Nope\")"_s;
    QTest::newRow("unknown space")
            << QByteArray("NetworkId,AddressSpace\n10.5.0.0/24,Default\n10.30.1.0/24,Nowhere\n")
            << u"line 3, column 2: no such address space (\"Nowhere\")"_s;
    QTest::newRow("bad vlan")
            << QByteArray("NetworkId,VlanId\n10.5.0.0/24,\"1, 2\"\n10.30.1.0/24,\"3, x\"\n")
            << u"line 3, column 2: VlanId is a list of numbers separated by commas (\"3, x\")"_s;
    QTest::newRow("duplicate row")
            << QByteArray("NetworkId\n10.5.0.0/24\n10.30.2.0/24\n10.5.0.0/24\n")
            << u"line 4, column 1: the same object as line 2 (\"10.5.0.0/24\")"_s;
    QTest::newRow("overlap inside the file, found by the write path")
            << QByteArray("NetworkId\r\n10.5.0.0/24\r\n10.31.0.0/24\r\n10.30.0.0/24\r\n10.30.0.0/"
                          "16\r\n")
            << u"line 5: subnet 10.30.0.0/16 overlaps subnet 10.30.0.0/24 (\"10.30.0.0/24\") in "
               "address space \"Default\""_s;
    QTest::newRow("overlap with the store") << QByteArray("NetworkId\n10.5.0.0/24\n10.5.0.128/25\n")
                                            << u"line 3: subnet 10.5.0.128/25 overlaps subnet "
                                               u"10.5.0.0/24 (\"Existing\") in address "
                                               "space \"Default\""_s;
    QTest::newRow("missing column") << QByteArray("Name,Owner\na,b\n")
                                    << u"line 1: no NetworkId column; a subnet file needs one"_s;
    QTest::newRow("too many fields")
            << QByteArray("NetworkId\n10.5.0.0/24\n10.31.0.0/24,x\n") << u"~line 3"_s;
    QTest::newRow("not UTF-8") << QByteArray("NetworkId,Name\n10.5.0.0/24,caf\xe9\n")
                               << u"~line 2, column 2"_s;
}

void TestIpamCtl::importBadRowLeavesStoreUnchanged()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.5.0.0/24"_s, u"--name"_s, u"Existing"_s}), 0);
    const QByteArray before = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out;
    const QByteArray auditBefore = ctl({u"--format"_s, u"json"_s, u"audit"_s, u"list"_s}).out;

    const Run run = ctl({u"import"_s, u"subnet"_s, writeFile(u"bad.csv"_s, csv)});
    EXPECT_EXIT(run, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    const QString err = QString::fromUtf8(run.err).trimmed();
    if (message.startsWith(u'~'))
        QVERIFY2(err.startsWith(u"ipamctl: "_s + message.mid(1)), qPrintable(err));
    else
        QCOMPARE(err, u"ipamctl: "_s + message);
    QCOMPARE(ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out, before);
    QCOMPARE(ctl({u"--format"_s, u"json"_s, u"audit"_s, u"list"_s}).out, auditBefore);
}

void TestIpamCtl::exportImportRoundTripsByteForByte()
{
    // Store A, with everything a file can say.
    for (const QStringList &args : QList<QStringList>{
                 {u"lnet"_s, u"add"_s, u"Storage"_s},
                 {u"site"_s, u"add"_s, u"Site1"_s, u"--lnet"_s, u"Storage"_s, u"--vlan"_s, u"12"_s},
                 {u"space"_s, u"add"_s, u"Tenant A"_s, u"--type"_s, u"customer"_s,
                  u"--vm-network"_s, u"VMN1"_s},
                 {u"space"_s, u"add"_s, u"Tenant B"_s, u"--type"_s, u"customer"_s},
                 {u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--name"_s, u"Web, \"front\""_s,
                  u"--lnet"_s, u"Storage"_s, u"--site"_s, u"Site1"_s, u"--vlan"_s, u"13"_s,
                  u"--vlan"_s, u"10"_s, u"--owner"_s, u"bob"_s, u"--description"_s, u"two\nlines"_s,
                  u"--virtual-subnet-id"_s, u"5001"_s},
                 {u"subnet"_s, u"add"_s, u"10.0.1.0/24"_s, u"--description"_s, u" leading space"_s},
                 {u"subnet"_s, u"add"_s, u"2001:db8::/48"_s, u"--network-type"_s, u"Provider"_s,
                  u"--owner"_s, u"Zoë"_s},
                 {u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--space"_s, u"Tenant A"_s},
                 {u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s, u"--space"_s, u"Tenant B"_s},
                 {u"range"_s, u"add"_s, u"10.0.0.10"_s, u"10.0.0.20"_s, u"--managed-by"_s, u"VMM"_s,
                  u"--service-instance"_s, u"vmm.contoso.com"_s, u"--description"_s, u"a,b"_s},
                 {u"range"_s, u"add"_s, u"2001:db8::100"_s, u"2001:db8::1ff"_s},
                 {u"range"_s, u"add"_s, u"10.0.0.1"_s, u"10.0.0.5"_s, u"--space"_s, u"Tenant A"_s},
                 {u"address"_s, u"add"_s, u"10.0.0.11"_s, u"--managed-by"_s, u"VMM"_s,
                  u"--service-instance"_s, u"vmm.contoso.com"_s, u"--mac"_s, u"00-15-5D-01-02-03"_s,
                  u"--device-name"_s, u"vm1"_s, u"--device-type"_s, u"VM"_s},
                 {u"address"_s, u"add"_s, u"10.0.0.11"_s, u"--description"_s, u"\"quoted\""_s},
                 {u"address"_s, u"add"_s, u"10.9.9.9"_s, u"--state"_s, u"Reserved"_s},
                 {u"address"_s, u"add"_s, u"2001:db8::1"_s},
                 {u"address"_s, u"add"_s, u"10.0.0.3"_s, u"--space"_s, u"Tenant A"_s}}) {
        const Run run = ctl(args);
        EXPECT_EXIT(run, 0);
    }
    const QString rangeFile
            = writeFile(u"extra-range.csv"_s,
                        "NetworkId,StartAddress,EndAddress,ReservedAddress,VIP,Gateway,DnsServer,"
                        "AssignmentType\n"
                        "10.0.1.0/24,10.0.1.100,10.0.1.200,\"10.0.1.101, 10.0.1.102\",10.0.1.150,"
                        "10.0.1.1/Automatic,10.0.0.53,Dynamic\n");
    EXPECT_EXIT(ctl({u"import"_s, u"range"_s, rangeFile}), 0);

    auto exportAll = [this](const QString &database, const QString &tag) {
        QList<QByteArray> files;
        for (const QString &kind : {u"subnet"_s, u"range"_s, u"address"_s}) {
            const QString path = m_dir.filePath(u"%1-%2-%3.csv"_s.arg(m_counter).arg(tag, kind));
            const Run run = ctl({u"export"_s, kind, u"--out"_s, path}, database);
            if (run.exitCode != 0)
                qWarning() << run.describe();
            files.append(readFile(path));
        }
        return files;
    };
    const QList<QByteArray> first = exportAll(m_db, u"a"_s);
    QVERIFY(first.at(0).startsWith("Name,NetworkId,NetworkType,AddressSpace,"));
    QCOMPARE(first.at(0).count('\n'), 1 + 5 + 1); // header, 5 subnets, one description's line break
    QVERIFY(first.at(0).contains("\"13, 10\""));
    QVERIFY(first.at(1).contains("\"10.0.1.101, 10.0.1.102\""));

    // Store B: the same spaces and networks, made in another order (other ids).
    const QString other = newDatabase();
    QVERIFY(!other.isEmpty());
    for (const QStringList &args :
         QList<QStringList>{{u"lnet"_s, u"add"_s, u"Unrelated"_s},
                            {u"space"_s, u"add"_s, u"Tenant B"_s, u"--type"_s, u"customer"_s},
                            {u"space"_s, u"add"_s, u"Tenant A"_s, u"--type"_s, u"customer"_s,
                             u"--vm-network"_s, u"VMN1"_s},
                            {u"lnet"_s, u"add"_s, u"Storage"_s},
                            {u"site"_s, u"add"_s, u"Site1"_s, u"--lnet"_s, u"Storage"_s,
                             u"--vlan"_s, u"12"_s}}) {
        const Run run = ctl(args, other);
        EXPECT_EXIT(run, 0);
    }
    for (int i = 0; i < 3; ++i) {
        const QString kind = QStringList{u"subnet"_s, u"range"_s, u"address"_s}.at(i);
        const Run run = ctl({u"import"_s, kind, writeFile(kind + u".csv"_s, first.at(i))}, other);
        EXPECT_EXIT(run, 0);
    }
    const QList<QByteArray> second = exportAll(other, u"b"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(second.at(i), first.at(i));

    // And importing the same file again changes nothing, not even versions: no row is written.
    const Run again = ctl({u"--format"_s, u"json"_s, u"import"_s, u"subnet"_s,
                           writeFile(u"again.csv"_s, first.at(0))},
                          other);
    EXPECT_EXIT(again, 0);
    QCOMPARE(again.first().value("Updated"), 0);
    QCOMPARE(again.first().value("Unchanged"), 5);
    QCOMPARE(exportAll(other, u"c"_s), first);

    // Filters: one space, one family.
    Run run = ctl({u"export"_s, u"subnet"_s, u"--space"_s, u"Tenant A"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out.count('\n'), 2);
    run = ctl({u"export"_s, u"subnet"_s, u"--family"_s, u"6"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out.count('\n'), 2);
    QVERIFY(run.out.contains("2001:db8::/48"));
}

void TestIpamCtl::csvAndTableFormats()
{
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--vlan"_s, u"1"_s, u"--vlan"_s,
                     u"2"_s, u"--description"_s, u"a, b"_s}),
                0);
    Run run = ctl({u"--format"_s, u"csv"_s, u"subnet"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.at(0),
             "Name,NetworkId,NetworkType,AddressSpace,VmmLogicalNetwork,NetworkSite,VMNetwork,"
             "VlanId,"
             "VirtualSubnetId,Owner,Description,CustomConfiguration,Overlapping,TotalAddresses,"
             "AssignedAddresses,UtilizedAddresses,PercentageUtilized,Utilization,LastModifiedTime");
    QVERIFY2(lines.at(1).startsWith("10.1.0.0/24,10.1.0.0/24,NonVirtualized,Default,,,,\"1, 2\",,,"
                                    "\"a, b\",,False,256,0,0,0,Under,"),
             lines.at(1));
    // The CSV of a list imports back.
    EXPECT_EXIT(ctl({u"import"_s, u"subnet"_s, writeFile(u"list.csv"_s, run.out)}), 0);

    run = ctl({u"subnet"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.startsWith("Name         NetworkId    NetworkType"), run.out);
    QVERIFY(run.out.split('\n').at(1).startsWith("-----------  -----------"));
    // Global options are also taken after the command.
    run = ctl({u"subnet"_s, u"list"_s, u"--format"_s, u"json"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 1);
}

void TestIpamCtl::auditListShowsThePrincipal()
{
    const QString alice = principalName(u"alice"_s);
    const QString bob = principalName(u"bob"_s);
    for (const QString &who : {alice, bob})
        grant(who, u"IPAM Administrator Role"_s, u"Global"_s);
    EXPECT_EXIT(ctlAs(alice, {u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s}), 0);
    EXPECT_EXIT(ctlAs(bob, {u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--owner"_s, u"x"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"remove"_s, u"10.1.0.0/24"_s}), 0);
    Run run = ctl({u"--format"_s, u"json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"2"_s});
    EXPECT_EXIT(run, 0);
    const QJsonArray entries = run.json();
    QCOMPARE(entries.size(), 2);
    QJsonObject removal = entries.at(0).toObject();
    QCOMPARE(removal.value("Principal").toString(), defaultPrincipal());
    QCOMPARE(removal.value("Operation"), "subnet remove");
    QCOMPARE(removal.value("Object"), "subnet 10.1.0.0/24");
    QCOMPARE(removal.value("Outcome"), "committed");
    QJsonObject edit = entries.at(1).toObject();
    QCOMPARE(edit.value("Principal"), bob);
    QCOMPARE(edit.value("Operation"), "subnet set");
    const QJsonObject after = QJsonDocument::fromJson(edit.value("After").toString().toUtf8())
                                      .array()
                                      .at(0)
                                      .toObject();
    QCOMPARE(after.value("Owner"), "x");

    // Before them, the two policies, also audited.
    run = ctl({u"--format"_s, u"json"_s, u"audit"_s, u"list"_s});
    QCOMPARE(run.json().size(), 5);
    QCOMPARE(run.json().at(2).toObject().value("Principal"), alice);
    QCOMPARE(run.json().at(2).toObject().value("Operation"), "subnet add");
    QCOMPARE(run.json().at(3).toObject().value("Operation"), "policy add");
    QCOMPARE(run.json().at(3).toObject().value("Object"), u"access policy of \"%1\""_s.arg(bob));
    run = ctl({u"audit"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY(run.out.startsWith("Id  Time"));
    QVERIFY(run.out.contains(alice.toUtf8()));
}

// ---- access control

namespace {

const QString AdminRole = u"IPAM Administrator Role"_s;
const QString AsmRole = u"IPAM ASM Administrator Role"_s;

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

void TestIpamCtl::scopeCommandsKeepTheTree()
{
    Run run = ctl({u"--format"_s, u"json"_s, u"scope"_s, u"add"_s, u"Global/East"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 1);
    QCOMPARE(run.first().value("AccessScopePath"), "Global/East");
    QCOMPARE(run.first().value("Name"), "East");
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/East/Dublin"_s}), 0);
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"West"_s}), 0); // "West" is "Global/West"
    // The parent must exist; a path exists once.
    run = ctl({u"scope"_s, u"add"_s, u"Global/Nowhere/Cork"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("\"Global/Nowhere\""), run.err);
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/East"_s}), 1);

    run = ctl({u"--format"_s, u"json"_s, u"scope"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"AccessScopePath"_s),
             (QStringList{u"Global"_s, u"Global/East"_s, u"Global/East/Dublin"_s,
                          u"Global/West"_s}));

    // An object in Dublin moves with it, and goes to the parent when its scope is removed.
    EXPECT_EXIT(ctl({u"space"_s, u"add"_s, u"Fabric"_s, u"--type"_s, u"provider"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"space"_s, u"set-scope"_s, u"Fabric"_s, u"--scope"_s,
               u"Global/East/Dublin"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("AccessScopePath"), "Global/East/Dublin");
    QCOMPARE(run.first().value("IsInheritedAccessScope"), false);

    run = ctl({u"--format"_s, u"json"_s, u"scope"_s, u"move"_s, u"Global/East/Dublin"_s,
               u"Global/West"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("AccessScopePath"), "Global/West/Dublin");
    run = ctl({u"--format"_s, u"json"_s, u"space"_s, u"list"_s});
    QCOMPARE(findRecord(run.json(), u"Name"_s, u"Fabric"_s).value("AccessScopePath"),
             "Global/West/Dublin");
    EXPECT_EXIT(ctl({u"scope"_s, u"move"_s, u"Global/West"_s, u"Global/West/Dublin"_s}), 1);

    EXPECT_EXIT(ctl({u"scope"_s, u"remove"_s, u"Global/West"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"scope"_s, u"list"_s});
    QCOMPARE(column(run.json(), u"AccessScopePath"_s),
             (QStringList{u"Global"_s, u"Global/East"_s}));
    run = ctl({u"--format"_s, u"json"_s, u"space"_s, u"list"_s});
    QCOMPARE(findRecord(run.json(), u"Name"_s, u"Fabric"_s).value("AccessScopePath"), "Global");
    EXPECT_EXIT(ctl({u"scope"_s, u"remove"_s, u"Global"_s}), 1);

    run = ctl({u"scope"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.startsWith("AccessScopePath"), run.out);
}

void TestIpamCtl::roleCommands()
{
    Run run = ctl({u"--format"_s, u"json"_s, u"role"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    const QStringList builtIn = {AdminRole,
                                 AsmRole,
                                 u"IPAM MSM Administrator Role"_s,
                                 u"IP Address Record Administrator Role"_s,
                                 u"DNS Record Administrator Role"_s,
                                 u"IPAM DHCP Administrator Role"_s,
                                 u"IPAM DHCP Scope Administrator Role"_s,
                                 u"IPAM DHCP Reservations Administrator Role"_s};
    QCOMPARE(run.json().size(), builtIn.size());
    for (const QString &name : builtIn) {
        const QJsonObject role = findRecord(run.json(), u"Name"_s, name);
        QVERIFY2(!role.isEmpty(), qPrintable(name));
        QCOMPARE(keysOf(role),
                 (QStringList{u"Description"_s, u"IsBuiltIn"_s, u"Name"_s, u"Operations"_s}));
        QCOMPARE(role.value("IsBuiltIn"), true);
    }
    const QJsonObject asm_ = findRecord(run.json(), u"Name"_s, AsmRole);
    QVERIFY(asm_.value("Operations").toArray().contains(u"AddSubnet"_s));
    QVERIFY(!asm_.value("Operations").toArray().contains(u"AddRole"_s));

    run = ctl({u"--format"_s, u"json"_s, u"role"_s, u"add"_s, u"Subnet editors"_s,
               u"--operations"_s, u"AddSubnet,EditSubnet"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Name"), "Subnet editors");
    QCOMPARE(run.first().value("Operations").toArray(),
             (QJsonArray{u"AddSubnet"_s, u"EditSubnet"_s}));
    QCOMPARE(run.first().value("IsBuiltIn"), false);
    EXPECT_EXIT(ctl({u"role"_s, u"add"_s, u"Subnet editors"_s}), 1);

    run = ctl({u"--format"_s, u"json"_s, u"role"_s, u"set"_s, u"Subnet editors"_s, u"--add"_s,
               u"DeleteSubnet"_s, u"--remove"_s, u"AddSubnet"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Operations").toArray(),
             (QJsonArray{u"EditSubnet"_s, u"DeleteSubnet"_s}));

    run = ctl({u"--format"_s, u"json"_s, u"role"_s, u"copy"_s, AsmRole, u"ASM copy"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Operations"), asm_.value("Operations"));
    QCOMPARE(run.first().value("IsBuiltIn"), false);

    // Built-in roles are read-only; a role in use cannot go.
    run = ctl({u"role"_s, u"set"_s, AsmRole, u"--remove"_s, u"AddSubnet"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("built in"), run.err);
    EXPECT_EXIT(ctl({u"role"_s, u"remove"_s, AdminRole}), 1);
    EXPECT_EXIT(ctl({u"role"_s, u"set"_s, u"Subnet editors"_s}), 2);
    grant(principalName(u"erin"_s), u"Subnet editors"_s, u"Global"_s);
    run = ctl({u"role"_s, u"remove"_s, u"Subnet editors"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("used by 1 access policy"), run.err);
    EXPECT_EXIT(ctl({u"role"_s, u"remove"_s, u"ASM copy"_s}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"role"_s, u"list"_s});
    QCOMPARE(run.json().size(), builtIn.size() + 1);
    QVERIFY(findRecord(run.json(), u"Name"_s, u"ASM copy"_s).isEmpty());

    run = ctl({u"role"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.startsWith("Name"), run.out);
}

void TestIpamCtl::policyCommands()
{
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/East"_s}), 0);
    const QString carol = principalName(u"carol"_s);
    Run run = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"add"_s, carol, u"--role"_s, AsmRole,
                   u"--scope"_s, u"Global/East"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 1);
    QCOMPARE(run.first().value("UserOrGroup").toString(), carol);
    QCOMPARE(run.first().value("Role").toString(), AsmRole);
    QCOMPARE(run.first().value("AccessScopePath"), "Global/East");
    QCOMPARE(run.first().value("IsGroup"), false);
    EXPECT_EXIT(ctl({u"policy"_s, u"add"_s, carol, u"--role"_s, AsmRole, u"--scope"_s,
                     u"Global/East"_s}),
                1);
    EXPECT_EXIT(ctl({u"policy"_s, u"add"_s, carol, u"--role"_s,
                     u"IP Address Record Administrator Role"_s, u"--scope"_s, u"Global"_s}),
                0);
    run = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"add"_s, u"netops"_s, u"--group"_s,
               u"--role"_s, AsmRole, u"--scope"_s, u"Global"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("IsGroup"), true);
    EXPECT_EXIT(ctl({u"policy"_s, u"add"_s, carol, u"--role"_s, AsmRole}), 2);

    run = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    // The creator's, carol's two, and the group's.
    QCOMPARE(run.json().size(), 4);
    for (const QJsonValue &policy : run.json())
        QCOMPARE(keysOf(policy.toObject()),
                 (QStringList{u"AccessScopePath"_s, u"IsGroup"_s, u"Role"_s, u"UserOrGroup"_s}));
    QCOMPARE(findRecord(run.json(), u"UserOrGroup"_s, defaultPrincipal()).value("Role").toString(),
             AdminRole);
    run = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"list"_s, carol});
    QCOMPARE(run.json().size(), 2);

    EXPECT_EXIT(ctl({u"policy"_s, u"remove"_s, carol, u"--role"_s,
                     u"IP Address Record Administrator Role"_s, u"--scope"_s, u"Global"_s}),
                0);
    run = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"list"_s, carol});
    QCOMPARE(run.json().size(), 1);
    QCOMPARE(run.first().value("AccessScopePath"), "Global/East");
    EXPECT_EXIT(ctl({u"policy"_s, u"remove"_s, carol}), 0);
    run = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"list"_s, carol});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 0);
    EXPECT_EXIT(ctl({u"policy"_s, u"remove"_s, carol}), 1);

    if (m_backend == "postgresql"_L1) {
        // policy add made carol a login (authentication stays pg_hba's business).
        QSqlQuery query(QSqlDatabase::database(u"ctl-admin"_s));
        QVERIFY(query.exec(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'"_s.arg(carol)));
        QVERIFY2(query.next(), "no login was created");
        QCOMPARE(query.value(0).toBool(), true);
    }
}

void TestIpamCtl::unknownNamesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("operation") << QStringList{u"role"_s, u"add"_s, u"R"_s, u"--operations"_s,
                                              u"AddSubnet,Teleport"_s}
                               << QByteArray("ipamctl: unknown operation \"Teleport\"\n");
    QTest::newRow("operation to add")
            << QStringList{u"role"_s, u"set"_s, u"R"_s, u"--add"_s, u"Teleport"_s}
            << QByteArray("ipamctl: unknown operation \"Teleport\"\n");
    QTest::newRow("operation of can")
            << QStringList{u"can"_s, u"Teleport"_s, u"--subnet"_s, u"10.0.0.0/24"_s}
            << QByteArray("ipamctl: unknown operation \"Teleport\"\n");
    QTest::newRow("role") << QStringList{u"policy"_s,  u"add"_s,     u"someone"_s, u"--role"_s,
                                         u"No Such"_s, u"--scope"_s, u"Global"_s}
                          << QByteArray("ipamctl: role \"No Such\" does not exist\n");
    QTest::newRow("role to copy") << QStringList{u"role"_s, u"copy"_s, u"No Such"_s, u"Mine"_s}
                                  << QByteArray("ipamctl: role \"No Such\" does not exist\n");
    QTest::newRow("scope") << QStringList{u"policy"_s,        u"add"_s, u"someone"_s,
                                          u"--role"_s,        AsmRole,  u"--scope"_s,
                                          u"Global/Nowhere"_s}
                           << QByteArray("ipamctl: access scope \"Global/Nowhere\" does not "
                                         "exist\n");
    QTest::newRow("scope to move")
            << QStringList{u"scope"_s, u"move"_s, u"Global/Nowhere"_s, u"Global"_s}
            << QByteArray("ipamctl: access scope \"Global/Nowhere\" does not exist\n");
    QTest::newRow("scope of a subnet")
            << QStringList{u"subnet"_s, u"set-scope"_s, u"10.0.0.0/24"_s, u"--scope"_s,
                           u"Global/Nowhere"_s}
            << QByteArray("ipamctl: access scope \"Global/Nowhere\" does not exist\n");
}

void TestIpamCtl::unknownNamesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s}), 0);
    const Run run = ctl(arguments);
    EXPECT_EXIT(run, 1);
    QCOMPARE(run.err, message);
    QCOMPARE(run.out, QByteArray());
}

void TestIpamCtl::setScopeAndInherit()
{
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/East"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.0.1.0/24"_s}), 0);
    Run run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"set-scope"_s, u"10.0.0.0/24"_s,
                   u"10.0.1.0/24"_s, u"--scope"_s, u"Global/East"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 2);
    for (const QJsonValue &subnet : run.json()) {
        QCOMPARE(subnet.toObject().value("AccessScopePath"), "Global/East");
        QCOMPARE(subnet.toObject().value("IsInheritedAccessScope"), false);
    }
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"set-scope"_s, u"10.0.1.0/24"_s,
               u"--inherit"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("AccessScopePath"), "Global");
    QCOMPARE(run.first().value("IsInheritedAccessScope"), true);

    // An inheriting subnet follows its space; one with its own scope keeps it.
    EXPECT_EXIT(ctl({u"space"_s, u"set-scope"_s, u"Default"_s, u"--scope"_s, u"Global/East"_s}), 0);
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/West"_s}), 0);
    EXPECT_EXIT(
            ctl({u"subnet"_s, u"set-scope"_s, u"10.0.0.0/24"_s, u"--scope"_s, u"Global/West"_s}),
            0);
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
    QCOMPARE(findRecord(run.json(), u"NetworkId"_s, u"10.0.0.0/24"_s).value("AccessScopePath"),
             "Global/West");
    const QJsonObject inheriting = findRecord(run.json(), u"NetworkId"_s, u"10.0.1.0/24"_s);
    QCOMPARE(inheriting.value("AccessScopePath"), "Global/East");
    QCOMPARE(inheriting.value("IsInheritedAccessScope"), true);

    EXPECT_EXIT(ctl({u"subnet"_s, u"set-scope"_s, u"10.0.0.0/24"_s}), 2);
    EXPECT_EXIT(ctl({u"subnet"_s, u"set-scope"_s, u"10.0.0.0/24"_s, u"--inherit"_s, u"--scope"_s,
                     u"Global"_s}),
                2);
    EXPECT_EXIT(ctl({u"subnet"_s, u"set-scope"_s, u"10.9.0.0/24"_s, u"--inherit"_s}), 1);
}

namespace {

// Two scopes with a provider space each: EastFabric in Global/East, WestFabric in Global/West.
QList<QStringList> twoRegions()
{
    return {
            {u"scope"_s, u"add"_s, u"Global/East"_s},
            {u"scope"_s, u"add"_s, u"Global/West"_s},
            {u"space"_s, u"add"_s, u"EastFabric"_s, u"--type"_s, u"provider"_s},
            {u"space"_s, u"add"_s, u"WestFabric"_s, u"--type"_s, u"provider"_s},
            {u"space"_s, u"set-scope"_s, u"EastFabric"_s, u"--scope"_s, u"Global/East"_s},
            {u"space"_s, u"set-scope"_s, u"WestFabric"_s, u"--scope"_s, u"Global/West"_s},
    };
}

} // namespace

void TestIpamCtl::searchFindsAcrossSpacesWithinTheViewersScopes()
{
    for (const QStringList &command : twoRegions())
        EXPECT_EXIT(ctl(command), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--space"_s, u"EastFabric"_s,
                     u"--name"_s, u"east-core"_s}),
                0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--space"_s, u"WestFabric"_s,
                     u"--name"_s, u"west-core"_s}),
                0);
    EXPECT_EXIT(ctl({u"address"_s, u"add"_s, u"10.1.0.5"_s, u"--space"_s, u"EastFabric"_s,
                     u"--mac"_s, u"00-15-5D-00-00-01"_s, u"--device-name"_s, u"web01"_s}),
                0);

    Run run = ctl({u"--format"_s, u"json"_s, u"search"_s, u"contains"_s, u"10.1.0.5"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"Kind"_s), QStringList({"Subnet", "Subnet", "Address"}));
    QCOMPARE(column(run.json(), u"AddressSpace"_s),
             QStringList({"EastFabric", "WestFabric", "EastFabric"}));
    run = ctl({u"--format"_s, u"json"_s, u"search"_s, u"core"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"Details"_s), QStringList({"east-core", "west-core"}));
    run = ctl({u"--format"_s, u"json"_s, u"search"_s, u"00:15:5d:00:00:01"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"Object"_s), QStringList({"10.1.0.5"}));

    // A principal sees only the hits in its scopes.
    const QString ann = principalName(u"ann"_s);
    grant(ann, AsmRole, u"Global/East"_s);
    run = ctlAs(ann, {u"--format"_s, u"json"_s, u"search"_s, u"core"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"Details"_s), QStringList({"east-core"}));

    EXPECT_EXIT(ctl({u"search"_s}), 2);
    run = ctl({u"search"_s, u"contains"_s, u"10.1"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("10.1"), qPrintable(run.describe()));
}

void TestIpamCtl::subnetListTakesASavedView()
{
    EXPECT_EXIT(ctl({u"lnet"_s, u"add"_s, u"Storage"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--lnet"_s, u"Storage"_s,
                     u"--name"_s, u"core-a"_s}),
                0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.1.0/24"_s, u"--lnet"_s, u"Storage"_s,
                     u"--name"_s, u"edge-a"_s}),
                0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s, u"--name"_s, u"core-b"_s}), 0);
    {
        // Saved as the console saves it, for this principal.
        const Parsed<DatabaseLocation> location = DatabaseLocation::parse(m_db);
        QVERIFY(location);
        Parsed<std::shared_ptr<Database>> db = Database::open(location.value());
        QVERIFY2(db, qPrintable(db.error()));
        WritePath writePath(db.value(), Principal{defaultPrincipal(), {}});
        SavedView view;
        view.name = u"Storage core"_s;
        view.space = u"Default"_s;
        view.logicalNetwork = u"Storage"_s;
        view.search = u"core"_s;
        QVERIFY(SavedViewStore(writePath).save(view).ok());
        view.name = u"Ranges"_s;
        view.view = u"ranges"_s;
        QVERIFY(SavedViewStore(writePath).save(view).ok());
        // Sorted by name, descending, three columns (the console's SubnetModel columns:
        // Name, Network, Owner), no filter.
        SavedView byName;
        byName.name = u"By name"_s;
        byName.sortColumn = 1;
        byName.descending = true;
        byName.columns = {1, 0, 11};
        QVERIFY(SavedViewStore(writePath).save(byName).ok());
    }
    {
        // The view's order and columns: JSON keeps every key, in the view's order.
        Run sorted = ctl(
                {u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--view"_s, u"By name"_s});
        EXPECT_EXIT(sorted, 0);
        QCOMPARE(column(sorted.json(), u"Name"_s), QStringList({"edge-a", "core-b", "core-a"}));
        QVERIFY(sorted.json().first().toObject().contains(u"TotalAddresses"_s));
        sorted = ctl({u"subnet"_s, u"list"_s, u"--view"_s, u"By name"_s});
        EXPECT_EXIT(sorted, 0);
        const QStringList lines = QString::fromUtf8(sorted.out).split(u'\n');
        QVERIFY2(lines.first().simplified() == u"Name NetworkId Owner"_s,
                 qPrintable(sorted.describe()));
        QVERIFY2(lines.at(2).startsWith(u"edge-a"_s), qPrintable(sorted.describe()));
        QVERIFY2(lines.at(4).startsWith(u"core-a"_s), qPrintable(sorted.describe()));
        sorted = ctl({u"--format"_s, u"csv"_s, u"subnet"_s, u"list"_s, u"--view"_s, u"By name"_s});
        EXPECT_EXIT(sorted, 0);
        QVERIFY2(sorted.out.startsWith("Name,NetworkId,Owner"), qPrintable(sorted.describe()));
        QVERIFY2(sorted.out.contains("\ncore-b,10.2.0.0/24,"), qPrintable(sorted.describe()));
    }
    Run run = ctl(
            {u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--view"_s, u"Storage core"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(column(run.json(), u"NetworkId"_s), QStringList({"10.1.0.0/24"}));
    // An option given on the command line wins over the view's.
    run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s, u"--view"_s, u"Storage core"_s,
               u"--family"_s, u"6"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.json().size(), 0);
    run = ctl({u"subnet"_s, u"list"_s, u"--view"_s, u"Nope"_s});
    EXPECT_EXIT(run, 1);
    QCOMPARE(QString::fromUtf8(run.err), u"ipamctl: no saved view \"Nope\"\n"_s);
    run = ctl({u"subnet"_s, u"list"_s, u"--view"_s, u"Ranges"_s});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.err.contains("lists ranges, not subnets"), qPrintable(run.describe()));
}

void TestIpamCtl::limitedPrincipalWritesOnlyInItsScope()
{
    for (const QStringList &command : twoRegions())
        EXPECT_EXIT(ctl(command), 0);
    const QString ann = principalName(u"ann"_s);
    grant(ann, AsmRole, u"Global/East"_s);

    Run run = ctlAs(ann,
                    {u"--format"_s, u"json"_s, u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s,
                     u"--space"_s, u"EastFabric"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("AccessScopePath"), "Global/East");
    QCOMPARE(run.first().value("IsInheritedAccessScope"), true);
    EXPECT_EXIT(ctlAs(ann,
                      {u"subnet"_s, u"set"_s, u"10.1.0.0/24"_s, u"--space"_s, u"EastFabric"_s,
                       u"--owner"_s, u"ann"_s}),
                0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s, u"--space"_s, u"WestFabric"_s}), 0);

    const QByteArray before = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out;
    const QByteArray policiesBefore = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"list"_s}).out;
    // On PostgreSQL the database itself hides what lies outside the login's scopes (row-level
    // security): the space is not there for it, rather than there and refused.
    const bool hidden = m_backend == "postgresql"_L1;
    auto outOfSight = [](const Run &run) {
        return run.exitCode == 1 && run.err.contains("no address space \"WestFabric\"");
    };
    run = ctlAs(ann, {u"subnet"_s, u"add"_s, u"10.3.0.0/24"_s, u"--space"_s, u"WestFabric"_s});
    if (hidden) {
        QVERIFY2(outOfSight(run), qPrintable(run.describe()));
    } else {
        EXPECT_EXIT(run, 3);
        QCOMPARE(QString::fromUtf8(run.err),
                 u"ipamctl: permission denied: %1 may not add subnet on subnet 10.3.0.0/24 (scope "
                 "Global/West)\n"_s.arg(ann));
    }
    QCOMPARE(run.out, QByteArray());
    run = ctlAs(ann,
                {u"subnet"_s, u"set"_s, u"10.2.0.0/24"_s, u"--space"_s, u"WestFabric"_s,
                 u"--owner"_s, u"ann"_s});
    if (hidden) {
        QVERIFY2(outOfSight(run), qPrintable(run.describe()));
    } else {
        EXPECT_EXIT(run, 3);
        QCOMPARE(QString::fromUtf8(run.err),
                 u"ipamctl: permission denied: %1 may not edit subnet on subnet 10.2.0.0/24 (scope "
                 "Global/West)\n"_s.arg(ann));
    }
    run = ctlAs(ann, {u"subnet"_s, u"remove"_s, u"10.2.0.0/24"_s, u"--space"_s, u"WestFabric"_s});
    if (hidden)
        QVERIFY2(outOfSight(run), qPrintable(run.describe()));
    else
        EXPECT_EXIT(run, 3);
    // Nor may ann grant itself more, or change the scope tree.
    run = ctlAs(ann,
                {u"policy"_s, u"add"_s, ann, u"--role"_s, AsmRole, u"--scope"_s, u"Global/West"_s});
    EXPECT_EXIT(run, 3);
    QCOMPARE(QString::fromUtf8(run.err),
             u"ipamctl: permission denied: %1 may not add access policy on access policy of "
             "\"%1\" (scope Global/West)\n"_s.arg(ann));
    EXPECT_EXIT(ctlAs(ann, {u"scope"_s, u"add"_s, u"Global/West/Cork"_s}), 3);
    EXPECT_EXIT(ctlAs(ann,
                      {u"subnet"_s, u"set-scope"_s, u"10.1.0.0/24"_s, u"--space"_s, u"EastFabric"_s,
                       u"--scope"_s, u"Global/West"_s}),
                3);

    // The store is as it was; the refusals are in the audit log.
    QCOMPARE(ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s}).out, before);
    QCOMPARE(ctl({u"--format"_s, u"json"_s, u"policy"_s, u"list"_s}).out, policiesBefore);
    // (The three attempts on the hidden space were refused before any write was tried.)
    const int denials = hidden ? 3 : 6;
    run = ctl({u"--format"_s, u"json"_s, u"audit"_s, u"list"_s, u"--limit"_s,
               QString::number(denials)});
    QCOMPARE(column(run.json(), u"Outcome"_s), QStringList(denials, u"denied"_s));
    QCOMPARE(run.first().value("Principal").toString(), ann);
}

void TestIpamCtl::listsShowOnlyVisibleObjects()
{
    for (const QStringList &command : twoRegions())
        EXPECT_EXIT(ctl(command), 0);
    for (const QString &region : {u"East"_s, u"West"_s}) {
        const QString space = region + u"Fabric"_s;
        const QString octet = region == "East"_L1 ? u"1"_s : u"2"_s;
        for (const QStringList &command : QList<QStringList>{
                     {u"block"_s, u"add"_s, u"10.%1.0.0/16"_s.arg(octet), u"--space"_s, space},
                     {u"subnet"_s, u"add"_s, u"10.%1.0.0/24"_s.arg(octet), u"--space"_s, space},
                     {u"lnet"_s, u"add"_s, region + u"LN"_s, u"--space"_s, space},
                     {u"site"_s, u"add"_s, region + u"Site"_s, u"--lnet"_s, region + u"LN"_s,
                      u"--space"_s, space},
                     {u"range"_s, u"add"_s, u"10.%1.0.10"_s.arg(octet), u"10.%1.0.20"_s.arg(octet),
                      u"--space"_s, space},
                     {u"address"_s, u"add"_s, u"10.%1.0.5"_s.arg(octet), u"--space"_s, space}})
            EXPECT_EXIT(ctl(command), 0);
    }
    const QString ann = principalName(u"ann"_s);
    grant(ann, u"IP Address Record Administrator Role"_s, u"Global/East"_s);

    const auto listAs = [&](const QString &who, const QString &group, const QString &key) {
        const Run run = ctlAs(who, {u"--format"_s, u"json"_s, group, u"list"_s});
        return run.exitCode == 0 ? column(run.json(), key) : QStringList{run.describe()};
    };
    QCOMPARE(listAs(ann, u"space"_s, u"Name"_s), QStringList{u"EastFabric"_s});
    QCOMPARE(listAs(ann, u"subnet"_s, u"NetworkId"_s), QStringList{u"10.1.0.0/24"_s});
    QCOMPARE(listAs(ann, u"block"_s, u"NetworkId"_s), QStringList{u"10.1.0.0/16"_s});
    QCOMPARE(listAs(ann, u"lnet"_s, u"Name"_s), QStringList{u"EastLN"_s});
    QCOMPARE(listAs(ann, u"site"_s, u"Name"_s), QStringList{u"EastSite"_s});
    QCOMPARE(listAs(ann, u"range"_s, u"StartAddress"_s), QStringList{u"10.1.0.10"_s});
    QCOMPARE(listAs(ann, u"address"_s, u"IpAddress"_s), QStringList{u"10.1.0.5"_s});
    // The administrator sees both.
    QCOMPARE(listAs(defaultPrincipal(), u"subnet"_s, u"NetworkId"_s),
             (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s}));

    Run run = ctlAs(ann, {u"export"_s, u"subnet"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains("10.1.0.0/24") && !run.out.contains("10.2.0.0/24"), run.out);
    // On PostgreSQL the database itself hides what lies outside the login's scopes (row-level
    // security): the space is not there for it, rather than there and refused.
    const bool hidden = m_backend == "postgresql"_L1;
    auto outOfSight = [](const Run &run) {
        return run.exitCode == 1 && run.err.contains("no address space \"WestFabric\"");
    };
    run = ctlAs(ann,
                {u"find-free-address"_s, u"--subnet"_s, u"10.2.0.0/24"_s, u"--space"_s,
                 u"WestFabric"_s});
    if (hidden) {
        QVERIFY2(outOfSight(run), qPrintable(run.describe()));
    } else {
        EXPECT_EXIT(run, 3);
        QCOMPARE(QString::fromUtf8(run.err),
                 u"ipamctl: permission denied: %1 may not view subnet 10.2.0.0/24 (scope "
                 "Global/West)\n"_s.arg(ann));
    }
    EXPECT_EXIT(ctlAs(ann,
                      {u"find-free-address"_s, u"--subnet"_s, u"10.1.0.0/24"_s, u"--space"_s,
                       u"EastFabric"_s}),
                0);

    // No policy at all: nothing to see.
    const QString nobody = principalName(u"nobody"_s);
    grant(nobody, AsmRole, u"Global/East"_s);
    EXPECT_EXIT(ctl({u"policy"_s, u"remove"_s, nobody}), 0);
    QCOMPARE(listAs(nobody, u"subnet"_s, u"NetworkId"_s), QStringList());
    QCOMPARE(listAs(nobody, u"space"_s, u"Name"_s), QStringList());
    EXPECT_EXIT(ctlAs(nobody, {u"audit"_s, u"list"_s}), 3);
}

void TestIpamCtl::canSaysWhy()
{
    for (const QStringList &command : twoRegions())
        EXPECT_EXIT(ctl(command), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s, u"--space"_s, u"EastFabric"_s}), 0);
    EXPECT_EXIT(ctl({u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s, u"--space"_s, u"WestFabric"_s}), 0);
    const QString ann = principalName(u"ann"_s);
    grant(ann, AsmRole, u"Global/East"_s);

    Run run = ctlAs(ann,
                    {u"--format"_s, u"json"_s, u"can"_s, u"AddSubnet"_s, u"--subnet"_s,
                     u"10.1.0.0/24"_s, u"--space"_s, u"EastFabric"_s});
    EXPECT_EXIT(run, 0);
    QJsonObject answer = run.first();
    QCOMPARE(answer.value("Principal").toString(), ann);
    QCOMPARE(answer.value("Operation"), "AddSubnet");
    QCOMPARE(answer.value("Object"), "subnet 10.1.0.0/24");
    QCOMPARE(answer.value("AccessScopePath"), "Global/East");
    QCOMPARE(answer.value("Allowed"), true);
    const QJsonArray reasons = answer.value("Reasons").toArray();
    QCOMPARE(reasons.size(), 1);
    QCOMPARE(reasons.at(0).toObject().value("UserOrGroup").toString(), ann);
    QCOMPARE(reasons.at(0).toObject().value("Role").toString(), AsmRole);
    QCOMPARE(reasons.at(0).toObject().value("AccessScopePath"), "Global/East");

    run = ctlAs(ann,
                {u"can"_s, u"edit subnet"_s, u"--subnet"_s, u"10.1.0.0/24"_s, u"--space"_s,
                 u"EastFabric"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.startsWith(u"allowed: %1 may edit subnet on subnet 10.1.0.0/24 (scope "
                                "Global/East)"_s.arg(ann)
                                        .toUtf8()),
             run.out);
    QVERIFY2(run.out.contains(AsmRole.toUtf8()), run.out);

    // On PostgreSQL the database itself hides what lies outside the login's scopes (row-level
    // security): the space is not there for it, rather than there and refused.
    const bool hidden = m_backend == "postgresql"_L1;
    auto outOfSight = [](const Run &run) {
        return run.exitCode == 1 && run.err.contains("no address space \"WestFabric\"");
    };
    run = ctlAs(ann,
                {u"can"_s, u"EditSubnet"_s, u"--subnet"_s, u"10.2.0.0/24"_s, u"--space"_s,
                 u"WestFabric"_s});
    if (hidden) {
        QVERIFY2(outOfSight(run), qPrintable(run.describe()));
    } else {
        EXPECT_EXIT(run, 3);
        QCOMPARE(QString::fromUtf8(run.err),
                 u"ipamctl: permission denied: %1 may not edit subnet on subnet 10.2.0.0/24 (scope "
                 "Global/West)\n"_s.arg(ann));
    }
    run = ctlAs(ann,
                {u"--format"_s, u"json"_s, u"can"_s, u"AddRole"_s, u"--subnet"_s, u"10.1.0.0/24"_s,
                 u"--space"_s, u"EastFabric"_s});
    EXPECT_EXIT(run, 3);
    QCOMPARE(run.first().value("Allowed"), false);
    QCOMPARE(run.first().value("Reasons").toArray().size(), 0);

    // The administrator may, by its policy in Global.
    run = ctl({u"--format"_s, u"json"_s, u"can"_s, u"EditSubnet"_s, u"--subnet"_s, u"10.2.0.0/24"_s,
               u"--space"_s, u"WestFabric"_s});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.first().value("Reasons").toArray().at(0).toObject().value("Role").toString(),
             AdminRole);
    EXPECT_EXIT(ctl({u"can"_s, u"AddSubnet"_s}), 2);
}

void TestIpamCtl::whoamiShowsPrincipalAndPolicies()
{
    Run run = ctl({u"--format"_s, u"json"_s, u"whoami"_s});
    EXPECT_EXIT(run, 0);
    QJsonObject me = run.first();
    QCOMPARE(me.value("Principal").toString(), defaultPrincipal());
    QVERIFY(me.value("Groups").isArray());
    QCOMPARE(me.value("Policies").toArray().size(), 1);
    QJsonObject policy = me.value("Policies").toArray().at(0).toObject();
    QCOMPARE(policy.value("UserOrGroup").toString(), defaultPrincipal());
    QCOMPARE(policy.value("Role").toString(), AdminRole);
    QCOMPARE(policy.value("AccessScopePath"), "Global");

    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/East"_s}), 0);
    const QString ann = principalName(u"ann"_s);
    grant(ann, AsmRole, u"Global/East"_s);
    run = ctlAs(ann, {u"--format"_s, u"json"_s, u"whoami"_s});
    EXPECT_EXIT(run, 0);
    me = run.first();
    QCOMPARE(me.value("Principal").toString(), ann);
    QCOMPARE(me.value("Policies").toArray().size(), 1);
    policy = me.value("Policies").toArray().at(0).toObject();
    QCOMPARE(policy.value("Role").toString(), AsmRole);
    QCOMPARE(policy.value("AccessScopePath"), "Global/East");

    run = ctlAs(ann, {u"whoami"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.startsWith(u"Principal  %1\n"_s.arg(ann).toUtf8()), run.out);
    QVERIFY2(run.out.contains("Global/East"), run.out);
}

void TestIpamCtl::actingAsAnotherIsForAdministratorsOnly()
{
    if (m_backend == "postgresql"_L1) {
        // The login is the principal: --as is refused, before anything is read or written.
        Run run = ctl({u"--as"_s, u"someone"_s, u"subnet"_s, u"add"_s, u"10.0.0.0/24"_s});
        EXPECT_EXIT(run, 3);
        QCOMPARE(run.err,
                 "ipamctl: --as is refused on PostgreSQL: the database login is the "
                 "principal\n");
        run = ctl({u"--format"_s, u"json"_s, u"subnet"_s, u"list"_s});
        QCOMPARE(run.json().size(), 0);
        // Naming the login itself is no impersonation.
        EXPECT_EXIT(ctl({u"--as"_s, defaultPrincipal(), u"whoami"_s}), 0);
        return;
    }
    // On SQLite the OS user created the database and is IPAM Administrator in Global: it may.
    const QString os = defaultPrincipal();
    EXPECT_EXIT(ctl({u"--as"_s, u"alice"_s, u"whoami"_s}), 0);
    // Once it holds less (here IPAM Administrator in a narrower scope only), it may not, even
    // to act as a principal that is an administrator.
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/East"_s}), 0);
    grant(u"alice"_s, AdminRole, u"Global"_s);
    grant(os, AdminRole, u"Global/East"_s);
    EXPECT_EXIT(ctl({u"--as"_s, u"alice"_s, u"policy"_s, u"remove"_s, os, u"--role"_s, AdminRole,
                     u"--scope"_s, u"Global"_s}),
                0);
    const Run run = ctl({u"--as"_s, u"alice"_s, u"policy"_s, u"add"_s, os, u"--role"_s, AdminRole,
                         u"--scope"_s, u"Global"_s});
    EXPECT_EXIT(run, 3);
    QCOMPARE(QString::fromUtf8(run.err),
             u"ipamctl: permission denied: %1 may not act as another principal (only holders of "
             "IPAM Administrator Role in Global may)\n"_s.arg(os));
    // Without --as (or naming itself) it acts as itself, with what it holds.
    EXPECT_EXIT(ctl({u"--as"_s, os, u"scope"_s, u"add"_s, u"Global/East/Cork"_s}), 0);
    EXPECT_EXIT(ctl({u"scope"_s, u"add"_s, u"Global/West"_s}), 3);
    const Run policies = ctl({u"--format"_s, u"json"_s, u"policy"_s, u"list"_s, os});
    QCOMPARE(policies.json().size(), 1);
    QCOMPARE(policies.first().value("AccessScopePath"), "Global/East");
}

QTEST_GUILESS_MAIN(TestIpamCtl)

#include "tst_ipamctl.moc"
