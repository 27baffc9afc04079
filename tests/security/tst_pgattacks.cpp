// What a limited login can do to the store with psql, tried the way an attacker would: two
// logins (a reader of Global/East, and an IPAM Administrator of Global/East) send raw SQL over
// their own connections. Every attack must be refused with SQLSTATE 42501 or see nothing, and
// the store (every table, the audit log, sequences, functions, triggers, policies and grants)
// must be exactly as it was afterwards.

#include "fields/customfieldstore.h"
#include "rbacfixture.h"

#include "live/changelistener.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace ipam;
using namespace ipam::test;

namespace {

struct Outcome
{
    bool ok = false;
    QString error;
    QString code;
    int rows = 0; // rows returned or changed
};

Outcome run(QSqlDatabase connection, const QString &sql)
{
    QSqlQuery q(connection);
    Outcome outcome;
    outcome.ok = q.exec(sql);
    if (!outcome.ok) {
        outcome.error = q.lastError().databaseText();
        outcome.code = q.lastError().nativeErrorCode();
        return outcome;
    }
    if (q.isSelect()) {
        while (q.next())
            ++outcome.rows;
    } else {
        outcome.rows = qMax(0, q.numRowsAffected());
    }
    return outcome;
}

QString one(QSqlDatabase connection, const QString &sql)
{
    QSqlQuery q(connection);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

} // namespace

class TestPgAttacks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void attackIsRefused_data();
    void attackIsRefused();
    void historyPointsOfALoginsOwnWrites();
    void upgradedDatabaseIsHardenedToo();

private:
    QString expand(QString sql) const;
    // Everything an attack could change, per part, read as the owner.
    QMap<QString, QString> fingerprint();
    std::shared_ptr<Database> connectAs(const QString &user, const QUrl &base);

    std::unique_ptr<RbacFixture> f;
    QString suffix;
    QString reader;
    QString eastAdmin;
    QString evilSchema;
    QMap<QString, QString> values; // %NAME% -> value
    std::unique_ptr<ChangeListener> listener;
};

void TestPgAttacks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    if (!TestDatabase::postgresAvailable(&why)) {
        if (TestDatabase::postgresRequired())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    f = std::make_unique<RbacFixture>(QStringLiteral("postgresql"));
    QString error;
    QVERIFY2(f->start(&error), qPrintable(error));
    suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
    reader = QStringLiteral("ipam_reader_%1").arg(suffix);
    eastAdmin = QStringLiteral("ipam_eastadmin_%1").arg(suffix);
    evilSchema = QStringLiteral("evil_%1").arg(suffix);
    QSqlDatabase owner = f->db->connection();
    for (const QString &login : {reader, eastAdmin})
        QVERIFY(run(owner, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login)).ok);
    // A schema of the reader's own, as a DBA might hand out: for functions and tables that
    // would stand in for the enforcement's if it looked names up through the caller's path.
    QVERIFY(run(owner,
                QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION \"%2\"").arg(evilSchema, reader))
                    .ok);
    QVERIFY(f->adminAccess->addRole(QStringLiteral("Readers"), {Operation::ExportAddressSpace})
                    .ok());
    QVERIFY(f->adminAccess
                    ->addPolicy(reader, false, QStringLiteral("Readers"),
                                QStringLiteral("Global/East"))
                    .ok());
    QVERIFY(f->adminAccess
                    ->addPolicy(eastAdmin, false, builtinroles::administrator,
                                QStringLiteral("Global/East"))
                    .ok());

    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const RbacFixture::Location west = f->locations.value(QStringLiteral("West"));
    Range range;
    range.spaceId = east.provider.id;
    range.startAddress = ip(QStringLiteral("172.16.0.1"));
    range.endAddress = ip(QStringLiteral("172.16.0.50"));
    range = f->adminCreate(range);
    Address address;
    address.spaceId = east.provider.id;
    address.ipAddress = ip(QStringLiteral("172.16.1.1"));
    address = f->adminCreate(address);
    // Objects nothing depends on, for the deletes (a foreign key would refuse them first).
    AddressSpace spareSpace;
    spareSpace.name = QStringLiteral("Spare East");
    spareSpace = f->adminCreate(spareSpace);
    QVERIFY(f->adminAccess
                    ->setAccessScope({{ObjectKind::AddressSpace, spareSpace.id}},
                                     QStringLiteral("Global/East"))
                    .ok());
    LogicalNetwork spareNetwork;
    spareNetwork.spaceId = east.provider.id;
    spareNetwork.name = QStringLiteral("Spare LN");
    spareNetwork = f->adminCreate(spareNetwork);
    Subnet spareSubnet;
    spareSubnet.spaceId = east.provider.id;
    spareSubnet.networkType = NetworkType::Provider;
    spareSubnet.networkId = prefix(QStringLiteral("10.200.0.0/24"));
    spareSubnet = f->adminCreate(spareSubnet);
    // A custom field with a value on West's subnet and on East's (what the value rows guard).
    {
        CustomField rack;
        rack.name = QStringLiteral("Rack");
        QVERIFY(CustomFieldStore(*f->admin).addField(rack).ok());
        for (const Subnet &s : {west.subnet, east.subnet}) {
            ChangeSet set;
            set.update(*f->admin->store().get<Subnet>(s.id), -1,
                       {{QStringLiteral("Rack"), QStringLiteral("R1")}});
            QVERIFY(f->admin->submit(set).ok());
        }
    }
    // West's subnet gets a utilization point (what a reader of East must not see).
    Address westAddress;
    westAddress.spaceId = west.provider.id;
    westAddress.ipAddress = ip(QStringLiteral("172.16.1.1"));
    westAddress = f->adminCreate(westAddress);
    QVERIFY(one(owner,
                QStringLiteral("SELECT count(*) FROM utilization_point WHERE kind = 5 AND "
                               "object_id = %1")
                        .arg(west.subnet.id))
                    .toInt()
            > 0);
    QVERIFY(run(owner,
                QStringLiteral("INSERT INTO vmm_link (kind, object_id, remote_set) VALUES "
                               "(5, %1, 'VMSubnets')")
                        .arg(east.subnet.id))
                    .ok);
    // Utilization thresholds and raised alerts (schema v17) on East's subnet and West's.
    for (const Subnet &subnet : {east.subnet, west.subnet}) {
        QVERIFY(run(owner,
                    QStringLiteral("INSERT INTO utilization_threshold (kind, object_id, "
                                   "over_percent) VALUES (5, %1, 70)")
                            .arg(subnet.id))
                        .ok);
        QVERIFY(run(owner,
                    QStringLiteral("INSERT INTO utilization_alert (kind, object_id, "
                                   "alert_condition, percent_utilized, raised_ms) VALUES (5, %1, "
                                   "0, 75, 1000)")
                            .arg(subnet.id))
                        .ok);
    }

    auto number = [](qint64 v) { return QString::number(v); };
    values = {
            {QStringLiteral("ME"), reader},
            {QStringLiteral("EVIL"), evilSchema},
            {QStringLiteral("EAST_SCOPE"), number(east.scopeId)},
            {QStringLiteral("WEST_SCOPE"), number(west.scopeId)},
            {QStringLiteral("EAST_SPACE"), number(east.provider.id)},
            {QStringLiteral("EAST_LN"), number(east.logicalNetwork.id)},
            {QStringLiteral("EAST_SITE"), number(east.site.id)},
            {QStringLiteral("EAST_VMN"), number(east.vmNetwork.id)},
            {QStringLiteral("EAST_BLOCK"), number(east.block.id)},
            {QStringLiteral("EAST_SUBNET"), number(east.subnet.id)},
            {QStringLiteral("EAST_RANGE"), number(range.id)},
            {QStringLiteral("EAST_ADDRESS"), number(address.id)},
            {QStringLiteral("EAST_SPARE_SPACE"), number(spareSpace.id)},
            {QStringLiteral("EAST_SPARE_LN"), number(spareNetwork.id)},
            {QStringLiteral("EAST_SPARE_SUBNET"), number(spareSubnet.id)},
            {QStringLiteral("WEST_SPACE"), number(west.provider.id)},
            {QStringLiteral("WEST_LN"), number(west.logicalNetwork.id)},
            {QStringLiteral("WEST_SITE"), number(west.site.id)},
            {QStringLiteral("WEST_VMN"), number(west.vmNetwork.id)},
            {QStringLiteral("WEST_BLOCK"), number(west.block.id)},
            {QStringLiteral("WEST_SUBNET"), number(west.subnet.id)},
            {QStringLiteral("ADMIN_ROLE"),
             one(owner,
                 QStringLiteral("SELECT id FROM user_role WHERE name = '%1'")
                         .arg(builtinroles::administrator))},
            {QStringLiteral("READER_ROLE"),
             one(owner, QStringLiteral("SELECT id FROM user_role WHERE name = 'Readers'"))},
            {QStringLiteral("AUDIT_ID"),
             one(owner, QStringLiteral("SELECT max(id) FROM audit_log"))},
    };
    // Another console, listening as the owner: what a NOTIFY makes it apply.
    listener = std::make_unique<ChangeListener>(f->testDb.open());
    listener->setIncludeOwnProcess(true);
    QVERIFY2(listener->isListening(), qPrintable(listener->stateText()));
}

void TestPgAttacks::cleanupTestCase()
{
    listener.reset();
    if (f && f->db) {
        QSqlDatabase owner = f->db->connection();
        run(owner, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(evilSchema));
        for (const QString &login : {reader, eastAdmin}) {
            run(owner, QStringLiteral("DROP OWNED BY \"%1\"").arg(login));
            run(owner, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        }
    }
    f.reset();
}

QString TestPgAttacks::expand(QString sql) const
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        sql.replace(QLatin1Char('%') + it.key() + QLatin1Char('%'), it.value());
    return sql;
}

QMap<QString, QString> TestPgAttacks::fingerprint()
{
    QSqlDatabase owner = f->db->connection();
    QMap<QString, QString> parts;
    QSqlQuery tables(owner);
    tables.exec(QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = "
                               "current_schema()::regnamespace AND relkind = 'r' ORDER BY 1"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        parts.insert(table,
                     one(owner,
                         QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER "
                                        "BY t::text), '')) FROM %1 t")
                                 .arg(table)));
    }
    parts.insert(QStringLiteral("sequences"),
                 one(owner,
                     QStringLiteral("SELECT coalesce(string_agg(sequencename || '=' || "
                                    "coalesce(last_value, 0), ',' ORDER BY 1), '') FROM "
                                    "pg_sequences WHERE schemaname = current_schema()")));
    parts.insert(QStringLiteral("catalog"),
                 one(owner,
                     QStringLiteral("SELECT md5(string_agg(x, '|' ORDER BY x)) FROM ("
                                    "SELECT concat_ws(':', 'r', c.relname, c.relkind, "
                                    "c.relrowsecurity, c.relforcerowsecurity, c.relowner, "
                                    "c.relacl, c.relnatts) AS x FROM pg_class c WHERE "
                                    "c.relnamespace = current_schema()::regnamespace "
                                    "UNION ALL SELECT concat_ws(':', 't', tgname, tgenabled, "
                                    "tgrelid) FROM pg_trigger WHERE NOT tgisinternal "
                                    "UNION ALL SELECT concat_ws(':', 'f', p.oid, p.proname, "
                                    "md5(p.prosrc), p.prosecdef, p.proowner, p.proconfig, "
                                    "p.proacl) FROM pg_proc p WHERE p.pronamespace = "
                                    "current_schema()::regnamespace "
                                    "UNION ALL SELECT concat_ws(':', 'p', polname, polrelid, "
                                    "md5(pg_get_expr(polqual, polrelid))) FROM pg_policy "
                                    "UNION ALL SELECT concat_ws(':', 'n', nspname, nspacl) FROM "
                                    "pg_namespace WHERE nspname = current_schema()) s")));
    return parts;
}

std::shared_ptr<Database> TestPgAttacks::connectAs(const QString &user, const QUrl &base)
{
    QUrl url(base);
    url.setUserName(user);
    Parsed<std::shared_ptr<Database>> db
            = Database::open(DatabaseLocation::parse(url.toString()).value());
    if (!db)
        qFatal("cannot connect as %s: %s", qPrintable(user), qPrintable(db.error()));
    return db.value();
}

void TestPgAttacks::attackIsRefused_data()
{
    QTest::addColumn<QString>("login");     // "reader" or "eastadmin"
    QTest::addColumn<QStringList>("setup"); // the attacker's preparations: must succeed
    QTest::addColumn<QString>("attack");
    // refused: fails with 42501. nothing: succeeds, returns and changes no row. own: an audit
    // row is appended, with the login as its principal. unheard: no console applies it.
    // unchanged: may run (or be refused), and the store stays exactly as it was.
    QTest::addColumn<QString>("expect");

    const QString editEastSubnet
            = QStringLiteral("UPDATE public.ip_subnet SET name = 'pwned' WHERE id = %EAST_SUBNET%");
    const QString grantGlobalAdmin = QStringLiteral(
            "INSERT INTO public.access_policy (user_or_group, is_group, role_id, scope_id) VALUES "
            "('%ME%', 0, %ADMIN_ROLE%, 1)");
    auto row = [](const char *name, const char *login, const QStringList &setup,
                  const QString &attack, const char *expect) {
        QTest::newRow(name) << QString::fromLatin1(login) << setup << attack
                            << QString::fromLatin1(expect);
    };
    const QStringList none;

    // Temporary tables named like those the checks read (pg_temp comes first on a caller's
    // path unless a function fixes its own).
    row("temp schema_version: grant myself Global", "reader",
        {QStringLiteral("CREATE TEMP TABLE schema_version (version int)")}, grantGlobalAdmin,
        "refused");
    row("temp access_policy: edit a subnet", "reader",
        {QStringLiteral("CREATE TEMP TABLE access_policy (id bigint, user_or_group text, "
                        "is_group int, role_id bigint, scope_id bigint)"),
         QStringLiteral("INSERT INTO pg_temp.access_policy VALUES (1, '%ME%', 0, %ADMIN_ROLE%, "
                        "1)")},
        editEastSubnet, "refused");
    row("temp user_role_operation: edit a subnet", "reader",
        {QStringLiteral("CREATE TEMP TABLE user_role_operation (role_id bigint, operation text)"),
         QStringLiteral("INSERT INTO pg_temp.user_role_operation VALUES (%READER_ROLE%, "
                        "'EditSubnet')")},
        editEastSubnet, "refused");
    row("temp access_scope: West below East", "reader",
        {QStringLiteral("CREATE TEMP TABLE access_scope (id bigint, parent_id bigint, name "
                        "text, description text)"),
         QStringLiteral("INSERT INTO pg_temp.access_scope VALUES (%WEST_SCOPE%, %EAST_SCOPE%, "
                        "'West', ''), (%EAST_SCOPE%, 1, 'East', ''), (1, NULL, 'Global', '')")},
        QStringLiteral("SELECT id FROM public.ip_subnet WHERE id = %WEST_SUBNET%"), "nothing");
    row("temp user_role: edit a built-in role", "eastadmin",
        {QStringLiteral("CREATE TEMP TABLE user_role (id bigint, name text, description text, "
                        "built_in int)"),
         QStringLiteral("INSERT INTO pg_temp.user_role VALUES (%ADMIN_ROLE%, 'x', '', 0)")},
        QStringLiteral("UPDATE public.user_role SET description = 'mine' WHERE id = "
                       "%ADMIN_ROLE%"),
        "refused");
    row("temp audit_log: purge", "eastadmin",
        {QStringLiteral("CREATE TEMP TABLE audit_log (id bigint)")},
        QStringLiteral("DELETE FROM public.audit_log"), "refused");

    // Direct writes on every table, in the login's own scope (so it sees the rows).
    const char *const kinds[][4] = {
            {"address_space", "INSERT INTO address_space (name, type) VALUES ('x', 0)",
             "%EAST_SPACE%", "description"},
            {"logical_network",
             "INSERT INTO logical_network (space_id, name) VALUES "
             "(%EAST_SPACE%, 'x')",
             "%EAST_LN%", "description"},
            {"network_site",
             "INSERT INTO network_site (logical_network_id, name) VALUES "
             "(%EAST_LN%, 'x')",
             "%EAST_SITE%", "host_group"},
            {"vm_network", "INSERT INTO vm_network (space_id, name) VALUES (%EAST_SPACE%, 'x')",
             "%EAST_VMN%", "description"},
            {"ip_block",
             "INSERT INTO ip_block (space_id, family, lo, hi, prefix_length, "
             "start_address, end_address) VALUES (%EAST_SPACE%, 4, '\\x0a', "
             "'\\x0b', 24, '10.0.0.0', '10.0.0.255')",
             "%EAST_BLOCK%", "description"},
            {"ip_subnet",
             "INSERT INTO ip_subnet (space_id, family, lo, hi, prefix_length, "
             "network_id, network_type) VALUES (%EAST_SPACE%, 4, '\\x0a', '\\x0b', "
             "24, '10.99.0.0/24', 1)",
             "%EAST_SUBNET%", "description"},
            {"ip_range",
             "INSERT INTO ip_range (space_id, subnet_id, family, lo, hi, "
             "start_address, end_address) VALUES (%EAST_SPACE%, %EAST_SUBNET%, 4, "
             "'\\x0a', '\\x0b', '172.16.9.1', '172.16.9.9')",
             "%EAST_RANGE%", "description"},
            {"ip_address",
             "INSERT INTO ip_address (space_id, family, ip, ip_address) VALUES "
             "(%EAST_SPACE%, 4, '\\xac100909', '172.16.9.9')",
             "%EAST_ADDRESS%", "device_name"},
    };
    const QMap<QString, QString> spareOf
            = {{QStringLiteral("address_space"), QStringLiteral("%EAST_SPARE_SPACE%")},
               {QStringLiteral("logical_network"), QStringLiteral("%EAST_SPARE_LN%")},
               {QStringLiteral("ip_subnet"), QStringLiteral("%EAST_SPARE_SUBNET%")}};
    for (const auto &k : kinds) {
        const QString table = QString::fromLatin1(k[0]);
        const QString id = QString::fromLatin1(k[2]);
        QTest::newRow(qPrintable(QStringLiteral("insert into %1").arg(table)))
                << QStringLiteral("reader") << none << QString::fromLatin1(k[1])
                << QStringLiteral("refused");
        QTest::newRow(qPrintable(QStringLiteral("update %1").arg(table)))
                << QStringLiteral("reader") << none
                << QStringLiteral("UPDATE %1 SET %3 = 'pwned' WHERE id = %2")
                           .arg(table, id, QString::fromLatin1(k[3]))
                << QStringLiteral("refused");
        QTest::newRow(qPrintable(QStringLiteral("delete from %1").arg(table)))
                << QStringLiteral("reader") << none
                << QStringLiteral("DELETE FROM %1 WHERE id = %2")
                           .arg(table, spareOf.value(table, id))
                << QStringLiteral("refused");
    }
    row("insert into access_scope", "reader", none,
        QStringLiteral("INSERT INTO access_scope (parent_id, name) VALUES (%EAST_SCOPE%, 'x')"),
        "refused");
    row("update access_scope", "reader", none,
        QStringLiteral("UPDATE access_scope SET parent_id = NULL WHERE id = %EAST_SCOPE%"),
        "refused");
    row("delete from access_scope", "reader", none,
        QStringLiteral("DELETE FROM access_scope WHERE id = %EAST_SCOPE%"), "refused");
    row("insert into user_role", "reader", none,
        QStringLiteral("INSERT INTO user_role (name) VALUES ('Mine')"), "refused");
    row("update user_role", "reader", none,
        QStringLiteral("UPDATE user_role SET name = 'Mine' WHERE id = %READER_ROLE%"), "refused");
    row("insert into user_role_operation", "reader", none,
        QStringLiteral("INSERT INTO user_role_operation (role_id, operation) VALUES "
                       "(%READER_ROLE%, 'EditSubnet')"),
        "refused");
    row("delete from user_role_operation", "reader", none,
        QStringLiteral("DELETE FROM user_role_operation WHERE role_id = %READER_ROLE%"), "refused");
    row("insert into access_policy", "reader", none, grantGlobalAdmin, "refused");
    row("update own access_policy", "reader", none,
        QStringLiteral("UPDATE access_policy SET role_id = %ADMIN_ROLE% WHERE user_or_group = "
                       "'%ME%'"),
        "refused");
    row("delete own access_policy", "reader", none,
        QStringLiteral("DELETE FROM access_policy WHERE user_or_group = '%ME%'"), "refused");
    row("update setting", "reader", none, QStringLiteral("UPDATE setting SET value = '1'"),
        "refused");
    row("insert into setting", "reader", none,
        QStringLiteral("INSERT INTO setting (key, value) VALUES ('x', 'y')"), "refused");
    row("insert into schema_version", "reader", none,
        QStringLiteral("INSERT INTO schema_version (version) VALUES (99)"), "refused");
    row("delete from schema_version", "eastadmin", none,
        QStringLiteral("DELETE FROM schema_version"), "refused");
    row("insert into vmm_link", "reader", none,
        QStringLiteral("INSERT INTO vmm_link (kind, object_id, remote_set) VALUES (5, "
                       "%EAST_SUBNET%, 'x')"),
        "refused");
    row("update vmm_link", "reader", none, QStringLiteral("UPDATE vmm_link SET remote_id = 'x'"),
        "nothing");
    row("insert into vmm_mark", "reader", none,
        QStringLiteral("INSERT INTO vmm_mark VALUES (%EAST_SPACE%, 'x', 1, 1, 1)"), "refused");
    // An administrator of East, outside East.
    row("east admin grants itself Global", "eastadmin", none,
        QString(grantGlobalAdmin).replace(QStringLiteral("%ME%"), QStringLiteral("%EASTADMIN%")),
        "refused");
    row("east admin moves its policy to Global", "eastadmin", none,
        QStringLiteral("UPDATE access_policy SET scope_id = 1 WHERE user_or_group = "
                       "'%EASTADMIN%'"),
        "refused");
    row("east admin adds a scope in Global", "eastadmin", none,
        QStringLiteral("INSERT INTO access_scope (parent_id, name) VALUES (1, 'Mine')"), "refused");
    row("east admin edits West", "eastadmin", none,
        QStringLiteral("UPDATE ip_subnet SET name = 'pwned' WHERE id = %WEST_SUBNET%"), "nothing");
    row("east admin deletes West", "eastadmin", none,
        QStringLiteral("DELETE FROM ip_block WHERE id = %WEST_BLOCK%"), "nothing");
    row("east admin sets West's scope to East", "eastadmin", none,
        QStringLiteral("UPDATE ip_subnet SET access_scope_inherited = 0, access_scope_id = "
                       "%EAST_SCOPE% WHERE id = %WEST_SUBNET%"),
        "nothing");

    // Schema version 11's statement-level checks and scope derivation.
    row("multi-row update, one statement", "reader", none,
        QStringLiteral("UPDATE ip_subnet SET description = 'pwned' WHERE id IN (%EAST_SUBNET%, "
                       "%EAST_SPARE_SUBNET%)"),
        "refused");
    row("multi-row insert, one statement", "reader", none,
        QStringLiteral("INSERT INTO address_space (name, type) VALUES ('x1', 0), ('x2', 0)"),
        "refused");
    row("multi-row update reaching outside the own scope", "eastadmin", none,
        QStringLiteral("UPDATE ip_subnet SET access_scope_inherited = 0, access_scope_id = 1 "
                       "WHERE id IN (%EAST_SUBNET%, %EAST_SPARE_SUBNET%)"),
        "refused");
    row("point an inheriting subnet at Global by hand", "reader", none,
        QStringLiteral("UPDATE ip_subnet SET access_scope_id = 1 WHERE id = %EAST_SUBNET%"),
        "unchanged");
    row("point an inheriting subnet at West by hand", "eastadmin", none,
        QStringLiteral("UPDATE ip_subnet SET access_scope_id = %WEST_SCOPE% WHERE id = "
                       "%EAST_SUBNET%"),
        "unchanged");
    row("move a range into West by its subnet", "eastadmin", none,
        QStringLiteral("UPDATE ip_range SET subnet_id = %WEST_SUBNET% WHERE id = %EAST_RANGE%"),
        "refused");
    row("insert into vmm_conflict", "reader", none,
        QStringLiteral("INSERT INTO vmm_conflict (link_id, kind, remote_set, detected_ms) "
                       "SELECT id, 5, 'x', 1 FROM vmm_link"),
        "refused");
    row("delete from vmm_link", "reader", none, QStringLiteral("DELETE FROM vmm_link"), "nothing");
    row("update vmm_mark", "reader", none, QStringLiteral("UPDATE vmm_mark SET audit_id = 0"),
        "nothing");
    row("disable the sync state's check", "eastadmin", none,
        QStringLiteral("ALTER TABLE vmm_link DISABLE TRIGGER vmm_link_check_insert"), "refused");
    row("disable the scope derivation", "eastadmin", none,
        QStringLiteral("ALTER TABLE ip_subnet DISABLE TRIGGER ip_subnet_inherit_scope_update"),
        "refused");

    // The audit log.
    row("forge an audit row", "reader", none,
        QStringLiteral("INSERT INTO audit_log (at_ms, principal, operation, object, outcome) "
                       "VALUES (1, 'postgres', 'subnet remove', 'x', 'committed')"),
        "refused");
    row("rewrite the audit log", "eastadmin", none,
        QStringLiteral("UPDATE audit_log SET principal = 'someone else'"), "refused");
    row("delete the audit log", "eastadmin", none, QStringLiteral("DELETE FROM audit_log"),
        "refused");
    row("truncate the audit log", "eastadmin", none, QStringLiteral("TRUNCATE audit_log"),
        "refused");
    // The audit log's object index (audit_object): the same as the log itself.
    row("forge an object's history", "eastadmin", none,
        QStringLiteral("INSERT INTO audit_object (audit_id, kind, bucket, first_id, last_id) "
                       "VALUES (1, 5, 0, %WEST_SUBNET%, %WEST_SUBNET%)"),
        "refused");
    row("attach runs to an earlier audit row", "eastadmin", none,
        QStringLiteral("SELECT ipam_append_audit_objects(1, '{5}', '{%WEST_SUBNET%}', "
                       "'{%WEST_SUBNET%}')"),
        "refused");
    row("rewrite an object's history", "eastadmin", none,
        QStringLiteral("UPDATE audit_object SET audit_id = audit_id + 1"), "refused");
    row("erase an object's history", "eastadmin", none, QStringLiteral("DELETE FROM audit_object"),
        "refused");
    row("read the object index without View audit log", "reader", none,
        QStringLiteral("SELECT * FROM audit_object"), "nothing");
    row("audit function with another principal", "reader", none,
        QStringLiteral("SELECT ipam_append_audit(1, 'postgres', 'subnet edit', 'x', 'committed', "
                       "'', '', 'forged', '')"),
        "own");
    row("audit function with a made-up removal", "reader", none,
        QStringLiteral("SELECT ipam_append_audit(1, 'postgres', 'subnet remove', 'x', "
                       "'committed', '', '', 'forged', '5,%EAST_SUBNET%,9,2')"),
        "refused");
    row("the checks' own functions", "eastadmin", none,
        QStringLiteral("SELECT ipam_require('EditSubnet', 1, 'x')"), "refused");

    // Switching the checks off.
    row("disable all triggers", "eastadmin", none,
        QStringLiteral("ALTER TABLE ip_subnet DISABLE TRIGGER ALL"), "refused");
    row("disable the update check", "eastadmin", none,
        QStringLiteral("ALTER TABLE ip_subnet DISABLE TRIGGER ip_subnet_check_update"), "refused");
    row("replica mode skips triggers", "eastadmin", none,
        QStringLiteral("SET session_replication_role = replica"), "refused");
    row("disable row-level security", "eastadmin", none,
        QStringLiteral("ALTER TABLE ip_subnet DISABLE ROW LEVEL SECURITY"), "refused");
    row("disable the audit trigger", "eastadmin", none,
        QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_check"), "refused");

    // ALTER and DROP.
    row("drop the audit log", "eastadmin", none, QStringLiteral("DROP TABLE audit_log"), "refused");
    row("drop a read policy", "eastadmin", none,
        QStringLiteral("DROP POLICY ipam_visible ON ip_subnet"), "refused");
    row("add a read policy", "eastadmin", none,
        QStringLiteral("CREATE POLICY mine ON ip_subnet FOR SELECT USING (true)"), "refused");
    row("drop a check function", "eastadmin", none,
        QStringLiteral("DROP FUNCTION ipam_may(text, bigint)"), "refused");
    row("replace a check function", "eastadmin", none,
        QStringLiteral("CREATE OR REPLACE FUNCTION public.ipam_may(op text, scope bigint) RETURNS "
                       "boolean LANGUAGE sql AS 'SELECT true'"),
        "refused");
    row("take over a check function", "eastadmin", none,
        QStringLiteral("ALTER FUNCTION ipam_bypass() OWNER TO \"%EASTADMIN%\""), "refused");
    row("add a column", "eastadmin", none,
        QStringLiteral("ALTER TABLE ip_subnet ADD COLUMN mine int"), "refused");
    row("add a trigger", "eastadmin", none,
        QStringLiteral("CREATE TRIGGER mine BEFORE UPDATE ON ip_subnet FOR EACH ROW EXECUTE "
                       "FUNCTION ipam_check_global('x', 'y')"),
        "refused");
    row("create a table in the schema", "reader", none,
        QStringLiteral("CREATE TABLE public.access_policy_shadow (x int)"), "refused");
    row("grant oneself the audit log", "eastadmin", none,
        QStringLiteral("GRANT ALL ON audit_log TO \"%EASTADMIN%\""), "nothing");

    // Functions and tables in a schema earlier on the search path.
    row("own ipam_may and ipam_bypass first on the path", "reader",
        {QStringLiteral("CREATE FUNCTION %EVIL%.ipam_may(op text, scope bigint) RETURNS boolean "
                        "LANGUAGE sql AS 'SELECT true'"),
         QStringLiteral("CREATE FUNCTION %EVIL%.ipam_bypass() RETURNS boolean LANGUAGE sql AS "
                        "'SELECT true'"),
         QStringLiteral("CREATE FUNCTION %EVIL%.ipam_require(op text, scope bigint, what text) "
                        "RETURNS void LANGUAGE sql AS 'SELECT'"),
         QStringLiteral("SET search_path = %EVIL%, public")},
        editEastSubnet, "refused");
    row("own pg_has_role before pg_catalog", "reader",
        {QStringLiteral("CREATE FUNCTION %EVIL%.pg_has_role(name, oid, text) RETURNS boolean "
                        "LANGUAGE sql AS 'SELECT true'"),
         QStringLiteral("CREATE FUNCTION %EVIL%.pg_has_role(name, name, text) RETURNS boolean "
                        "LANGUAGE sql AS 'SELECT true'"),
         QStringLiteral("SET search_path = %EVIL%, pg_catalog, public")},
        grantGlobalAdmin, "refused");
    row("own access_policy table first on the path", "reader",
        {QStringLiteral("CREATE TABLE %EVIL%.access_policy (id bigint, user_or_group text, "
                        "is_group int, role_id bigint, scope_id bigint)"),
         QStringLiteral("INSERT INTO %EVIL%.access_policy VALUES (1, '%ME%', 0, %ADMIN_ROLE%, 1)"),
         QStringLiteral("SET search_path = %EVIL%, public")},
        QStringLiteral("SELECT id FROM public.ip_subnet WHERE id = %WEST_SUBNET%"), "nothing");

    // Fake change events for every open console, and sequence values burnt.
    row("NOTIFY a removal that did not happen", "reader", none,
        QStringLiteral("NOTIFY ipam_changes, 'ipam1;forged;999999999;5,%EAST_SUBNET%,9,2'"),
        "unheard");
    row("NOTIFY a removal under a real audit id", "reader", none,
        QStringLiteral("SELECT pg_notify('ipam_changes', "
                       "'ipam1;forged;%AUDIT_ID%;5,%EAST_SUBNET%,9,2')"),
        "unheard");
    row("burn identity values", "reader", none,
        QStringLiteral("SELECT nextval('ip_subnet_id_seq')"), "refused");
    row("rewind the audit sequence", "eastadmin", none,
        QStringLiteral("SELECT setval('audit_log_id_seq', 1)"), "refused");

    // Reads outside the login's scopes, and of what its roles do not show.
    const char *const west[][2]
            = {{"address_space", "%WEST_SPACE%"}, {"logical_network", "%WEST_LN%"},
               {"network_site", "%WEST_SITE%"},   {"vm_network", "%WEST_VMN%"},
               {"ip_block", "%WEST_BLOCK%"},      {"ip_subnet", "%WEST_SUBNET%"}};
    for (const auto &w : west) {
        QTest::newRow(qPrintable(QStringLiteral("read West's %1").arg(QLatin1StringView(w[0]))))
                << QStringLiteral("reader") << none
                << QStringLiteral("SELECT * FROM %1 WHERE id = %2")
                           .arg(QLatin1StringView(w[0]), QLatin1StringView(w[1]))
                << QStringLiteral("nothing");
    }
    row("read the audit log without View audit log", "reader", none,
        QStringLiteral("SELECT * FROM audit_log"), "nothing");
    row("read who changed what", "reader", none,
        QStringLiteral("SELECT * FROM audit_change WHERE principal <> ''"), "nothing");
    row("read others' policies", "reader", none,
        QStringLiteral("SELECT * FROM access_policy WHERE user_or_group <> '%ME%'"), "nothing");
    row("read policies of Global as East admin", "eastadmin", none,
        QStringLiteral("SELECT * FROM access_policy WHERE scope_id = 1"), "nothing");
    row("read the VMM sync state", "reader", none, QStringLiteral("SELECT * FROM vmm_link"),
        "nothing");

    // Custom fields: the definitions are Global's (Edit custom fields); a value is its object's.
    const QString rack = QStringLiteral("(SELECT id FROM custom_field WHERE name = 'Rack')");
    row("define a custom field as East admin", "eastadmin", none,
        QStringLiteral("INSERT INTO custom_field (name, type, applies_to) VALUES ('x', 0, 240)"),
        "refused");
    row("rename a custom field as East admin", "eastadmin", none,
        QStringLiteral("UPDATE custom_field SET name = 'pwned' WHERE name = 'Rack'"), "refused");
    row("drop a built-in custom field as East admin", "eastadmin", none,
        QStringLiteral("DELETE FROM custom_field WHERE name = 'Device Type'"), "refused");
    row("add a range group as East admin", "eastadmin", none,
        QStringLiteral("INSERT INTO range_group (name) VALUES ('x')"), "refused");
    row("drop the Managed by Service group", "eastadmin", none,
        QStringLiteral("DELETE FROM range_group WHERE built_in = 1"), "refused");
    row("associate custom fields as East admin", "eastadmin", none,
        QStringLiteral("INSERT INTO custom_field_association (field_id, value, other_field_id, "
                       "other_values) SELECT a.id, 'x', b.id, 'y' FROM custom_field a, "
                       "custom_field b WHERE a.name = 'Rack' AND b.name = 'Tenant'"),
        "refused");
    row("set a value on West's subnet as East admin", "eastadmin", none,
        QStringLiteral("INSERT INTO custom_field_value (kind, object_id, field_id, value) VALUES "
                       "(5, %WEST_SUBNET%, %1, 'pwned') ON CONFLICT (kind, object_id, field_id) "
                       "DO UPDATE SET value = 'pwned'")
                .arg(rack),
        "refused");
    row("set a value on East's subnet as reader", "reader", none,
        QStringLiteral("INSERT INTO custom_field_value (kind, object_id, field_id, value) VALUES "
                       "(5, %EAST_SPARE_SUBNET%, %1, 'pwned')")
                .arg(rack),
        "refused");
    row("set a value on an object that does not exist", "eastadmin", none,
        QStringLiteral("INSERT INTO custom_field_value (kind, object_id, field_id, value) VALUES "
                       "(5, 987654321, %1, 'x')")
                .arg(rack),
        "refused");
    row("move East's value to West's subnet", "eastadmin", none,
        QStringLiteral("UPDATE custom_field_value SET object_id = %WEST_SUBNET% WHERE kind = 5 "
                       "AND object_id = %EAST_SUBNET%"),
        "refused");
    row("clear East's value as reader", "reader", none,
        QStringLiteral("DELETE FROM custom_field_value WHERE kind = 5 AND object_id = "
                       "%EAST_SUBNET%"),
        "refused");
    row("read West's custom field values", "eastadmin", none,
        QStringLiteral("SELECT * FROM custom_field_value WHERE object_id = %WEST_SUBNET%"),
        "nothing");

    // The utilization history (schema v16): read with its objects, written only through
    // ipam_append_utilization() for the objects of the caller's own transaction.
    const QString eastFigures
            = QStringLiteral("ARRAY[(SELECT assigned_addresses FROM ip_subnet WHERE id = "
                             "%EAST_SUBNET%)], ARRAY[(SELECT utilized_addresses FROM ip_subnet "
                             "WHERE id = %EAST_SUBNET%)]");
    const QString touchEast = QStringLiteral(
            "UPDATE ip_subnet SET modified_ms = modified_ms WHERE id = %EAST_SUBNET%; ");
    auto inOneTransaction
            = [](const QString &body) { return QStringLiteral("DO $$ BEGIN %1 END $$").arg(body); };
    row("read West's utilization points", "reader", none,
        QStringLiteral("SELECT * FROM utilization_point WHERE kind = 5 AND object_id = "
                       "%WEST_SUBNET%"),
        "nothing");
    row("read West's utilization points as East admin", "eastadmin", none,
        QStringLiteral("SELECT * FROM utilization_point WHERE kind = 5 AND object_id = "
                       "%WEST_SUBNET%"),
        "nothing");
    row("insert a utilization point", "eastadmin", none,
        QStringLiteral("INSERT INTO utilization_point (kind, object_id, at_ms, assigned, used) "
                       "VALUES (5, %EAST_SUBNET%, 1, '0', 4000)"),
        "refused");
    row("update a utilization point", "eastadmin", none,
        QStringLiteral("UPDATE utilization_point SET used = 0 WHERE object_id = %EAST_SUBNET%"),
        "refused");
    row("delete a utilization point", "eastadmin", none,
        QStringLiteral("DELETE FROM utilization_point WHERE object_id = %EAST_SUBNET%"), "refused");
    row("truncate the utilization history", "eastadmin", none,
        QStringLiteral("TRUNCATE utilization_point"), "refused");
    row("append a point of an object not written in the transaction", "eastadmin", none,
        QStringLiteral("SELECT ipam_append_utilization(NULL, '{5}', '{%EAST_SUBNET%}', %1)")
                .arg(eastFigures),
        "refused");
    row("append a point of an object outside the own scopes", "eastadmin", none,
        QStringLiteral("SELECT ipam_append_utilization(NULL, '{5}', '{%WEST_SUBNET%}', '{0}', "
                       "'{1}')"),
        "refused");
    row("append a point of an object that does not exist", "eastadmin", none,
        QStringLiteral("SELECT ipam_append_utilization(NULL, '{5}', '{987654321}', '{0}', "
                       "'{1}')"),
        "refused");
    row("append a point with a made-up time", "eastadmin", none,
        inOneTransaction(touchEast
                         + QStringLiteral("PERFORM ipam_append_utilization(1000, '{5}', "
                                          "'{%EAST_SUBNET%}', %1);")
                                   .arg(eastFigures)),
        "refused");
    row("append made-up figures of an object written in the transaction", "eastadmin", none,
        inOneTransaction(touchEast
                         + QStringLiteral("PERFORM ipam_append_utilization(NULL, '{5}', "
                                          "'{%EAST_SUBNET%}', '{16777216}', '{1}');")),
        "refused");
    row("set the counters, append them, set them back", "reader", none,
        inOneTransaction(QStringLiteral(
                "UPDATE ip_subnet SET utilized_addresses = 4000 WHERE id = %EAST_SUBNET%; "
                "PERFORM ipam_append_utilization(NULL, '{5}', '{%EAST_SUBNET%}', ARRAY[(SELECT "
                "assigned_addresses FROM ip_subnet WHERE id = %EAST_SUBNET%)], '{4000}'); "
                "UPDATE ip_subnet SET utilized_addresses = (SELECT count(*) FROM ip_address "
                "WHERE subnet_id = %EAST_SUBNET%) WHERE id = %EAST_SUBNET%;")),
        "refused");
    row("append a point of a kind that keeps no history", "eastadmin", none,
        inOneTransaction(QStringLiteral("UPDATE ip_block SET modified_ms = modified_ms WHERE id "
                                        "= %EAST_BLOCK%; PERFORM ipam_append_utilization(NULL, "
                                        "'{4}', '{%EAST_BLOCK%}', '{0}', '{0}');")),
        "refused");
    row("append points of unequal lengths", "eastadmin", none,
        inOneTransaction(touchEast
                         + QStringLiteral("PERFORM ipam_append_utilization(NULL, '{5,5}', "
                                          "'{%EAST_SUBNET%}', '{0}', '{0}');")),
        "refused");
    // A row the login may see can be touched without any operation; its true figures are its
    // latest point already, so appending them adds nothing.
    row("touch a row and append its true figures again", "reader", none,
        inOneTransaction(touchEast
                         + QStringLiteral("PERFORM ipam_append_utilization(NULL, '{5}', "
                                          "'{%EAST_SUBNET%}', %1);")
                                   .arg(eastFigures)),
        "unchanged");
    row("call the address arithmetic helper", "reader", none,
        QStringLiteral("SELECT ipam_address_number('\\x0a'::bytea)"), "refused");

    // Utilization thresholds (schema v17): read with their objects, written with Edit <kind>
    // of the object in its scope.
    row("set a threshold on West's subnet as East admin", "eastadmin", none,
        QStringLiteral("INSERT INTO utilization_threshold (kind, object_id, over_percent) VALUES "
                       "(5, %WEST_SUBNET%, 50)"),
        "refused");
    row("change West's threshold as East admin", "eastadmin", none,
        QStringLiteral("UPDATE utilization_threshold SET over_percent = 99 WHERE object_id = "
                       "%WEST_SUBNET%"),
        "nothing");
    row("set a threshold on East's subnet as reader", "reader", none,
        QStringLiteral("UPDATE utilization_threshold SET over_percent = 99 WHERE kind = 5 AND "
                       "object_id = %EAST_SUBNET%"),
        "refused");
    row("set a threshold on East's spare subnet as reader", "reader", none,
        QStringLiteral("INSERT INTO utilization_threshold (kind, object_id, over_percent) VALUES "
                       "(5, %EAST_SPARE_SUBNET%, 50)"),
        "refused");
    row("clear East's threshold as reader", "reader", none,
        QStringLiteral("DELETE FROM utilization_threshold WHERE kind = 5 AND object_id = "
                       "%EAST_SUBNET%"),
        "refused");
    row("set a threshold on an object that does not exist", "eastadmin", none,
        QStringLiteral("INSERT INTO utilization_threshold (kind, object_id, over_percent) VALUES "
                       "(5, 987654321, 50)"),
        "refused");
    row("move East's threshold to West's subnet", "eastadmin", none,
        QStringLiteral("UPDATE utilization_threshold SET object_id = %WEST_SUBNET% WHERE kind = 5 "
                       "AND object_id = %EAST_SUBNET%"),
        "refused");
    row("read West's thresholds", "eastadmin", none,
        QStringLiteral("SELECT * FROM utilization_threshold WHERE object_id = %WEST_SUBNET%"),
        "nothing");
    row("truncate the thresholds", "eastadmin", none,
        QStringLiteral("TRUNCATE utilization_threshold"), "refused");
    // Utilization alerts: raised and cleared by an actor in the object's scope, acknowledged
    // with Edit <kind>, never deleted.
    row("raise an alert on West's subnet as East admin", "eastadmin", none,
        QStringLiteral("INSERT INTO utilization_alert (kind, object_id, alert_condition, "
                       "raised_ms) VALUES (5, %WEST_SUBNET%, 2, 1000)"),
        "refused");
    row("raise an alert on an object that does not exist", "eastadmin", none,
        QStringLiteral("INSERT INTO utilization_alert (kind, object_id, alert_condition, "
                       "raised_ms) VALUES (5, 987654321, 2, 1000)"),
        "refused");
    row("read West's alerts", "eastadmin", none,
        QStringLiteral("SELECT * FROM utilization_alert WHERE object_id = %WEST_SUBNET%"),
        "nothing");
    row("acknowledge West's alert as East admin", "eastadmin", none,
        QStringLiteral("UPDATE utilization_alert SET acknowledged_ms = 1 WHERE object_id = "
                       "%WEST_SUBNET%"),
        "nothing");
    row("acknowledge East's alert as reader", "reader", none,
        QStringLiteral("UPDATE utilization_alert SET acknowledged_by = 'reader', "
                       "acknowledged_ms = 1 WHERE object_id = %EAST_SUBNET%"),
        "refused");
    row("snooze East's alert as reader", "reader", none,
        QStringLiteral("UPDATE utilization_alert SET snoozed_until_ms = 9000000000000 WHERE "
                       "object_id = %EAST_SUBNET%"),
        "refused");
    row("clear East's alert as reader", "reader", none,
        QStringLiteral("UPDATE utilization_alert SET cleared_ms = 2000 WHERE object_id = "
                       "%EAST_SUBNET%"),
        "refused");
    row("move East's alert to West's subnet", "eastadmin", none,
        QStringLiteral("UPDATE utilization_alert SET object_id = %WEST_SUBNET% WHERE object_id = "
                       "%EAST_SUBNET%"),
        "refused");
    row("back-date East's alert", "eastadmin", none,
        QStringLiteral("UPDATE utilization_alert SET raised_ms = 1 WHERE object_id = "
                       "%EAST_SUBNET%"),
        "refused");
    row("delete East's alert", "eastadmin", none,
        QStringLiteral("DELETE FROM utilization_alert WHERE object_id = %EAST_SUBNET%"), "refused");
}

void TestPgAttacks::attackIsRefused()
{
    QFETCH(QString, login);
    QFETCH(QStringList, setup);
    QFETCH(QString, attack);
    QFETCH(QString, expect);
    values.insert(QStringLiteral("EASTADMIN"), eastAdmin);
    const QString user = login == QLatin1String("reader") ? reader : eastAdmin;

    const QMap<QString, QString> before = fingerprint();
    // The targets exist (for the owner): an attack that sees nothing must not be vacuous.
    const std::shared_ptr<Database> db = connectAs(user, QUrl(f->testDb.url()));
    QSqlDatabase connection = db->connection();
    for (const QString &step : std::as_const(setup)) {
        const Outcome prepared = run(connection, expand(step));
        QVERIFY2(prepared.ok, qPrintable(expand(step) + QStringLiteral(": ") + prepared.error));
    }
    QSignalSpy heard(listener.get(), &ChangeListener::changed);
    const QString sql = expand(attack);
    const Outcome outcome = run(connection, sql);
    const QString what
            = QStringLiteral("%1 -> %2 (%3, %4 rows)")
                      .arg(sql, outcome.ok ? QStringLiteral("ok") : outcome.error, outcome.code)
                      .arg(outcome.rows);
    if (expect == QLatin1String("refused")) {
        QVERIFY2(!outcome.ok, qPrintable(what));
        QCOMPARE(outcome.code, QStringLiteral("42501"));
    } else if (expect == QLatin1String("nothing")) {
        QVERIFY2(outcome.ok, qPrintable(what));
        QVERIFY2(outcome.rows == 0, qPrintable(what));
        if (sql.startsWith(QLatin1String("SELECT * FROM")) && !sql.contains(QLatin1String("<>"))) {
            // The owner sees what the login does not.
            QVERIFY2(run(f->db->connection(), sql).rows > 0, qPrintable(sql));
        }
    } else if (expect == QLatin1String("own")) {
        QVERIFY2(outcome.ok, qPrintable(what));
        QSqlQuery newest(f->db->connection());
        QVERIFY(newest.exec(QStringLiteral("SELECT principal, at_ms FROM audit_log ORDER BY id "
                                           "DESC LIMIT 1")));
        QVERIFY(newest.next());
        QCOMPARE(newest.value(0).toString(), user);
        QVERIFY(qAbs(newest.value(1).toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 60000);
    } else if (expect == QLatin1String("unchanged")) {
        QVERIFY2(outcome.ok || outcome.code == QLatin1String("42501"), qPrintable(what));
    } else if (expect == QLatin1String("unheard")) {
        QVERIFY2(outcome.ok, qPrintable(what)); // NOTIFY has no privilege to refuse
        QTest::qWait(300);
        for (const QList<QVariant> &signal : std::as_const(heard)) {
            const ChangeEvent event = signal.at(0).value<ChangeEvent>();
            for (const ChangeEvent::Item &item : event.items) {
                QVERIFY2(!(item.op == ChangeOp::Remove && item.kind == ObjectKind::Subnet
                           && item.id == values.value(QStringLiteral("EAST_SUBNET")).toLongLong()),
                         "a console was told of a removal that did not happen");
            }
        }
    } else {
        QFAIL("unknown expectation");
    }
    // Whatever the attack tried, the store is as it was (an own audit row aside).
    QMap<QString, QString> after = fingerprint();
    if (expect == QLatin1String("own"))
        after.insert(QStringLiteral("audit_log"), before.value(QStringLiteral("audit_log")));
    // An identity value is taken before any trigger can refuse the row, and sequences are not
    // transactional: a refused INSERT leaves a gap in the ids (never a row). Every other attack
    // leaves the sequences alone (nextval and setval are refused).
    if (expect == QLatin1String("own")
        || sql.startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive)
        || sql.contains(QLatin1String("INSERT INTO public.access_policy")))
        after.insert(QStringLiteral("sequences"), before.value(QStringLiteral("sequences")));
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(" changed")));
    QCOMPARE(after.keys(), before.keys());
}

// The other side of the attacks on the history: a login's own change set through the write
// path appends its points (the server's time, the figures the recount found) and reads them
// back, while the owner's view shows the same.
void TestPgAttacks::historyPointsOfALoginsOwnWrites()
{
    const std::shared_ptr<Database> db = connectAs(eastAdmin, QUrl(f->testDb.url()));
    WritePath writePath(db, AccessControlTables(*db).connectedPrincipal());
    writePath.setAuthorizer(makeAuthorizer(db));
    const RbacFixture::Location east = f->locations.value(QStringLiteral("East"));
    const QString pointsOfEast = QStringLiteral("SELECT count(*) FROM utilization_point WHERE "
                                                "kind = 5 AND object_id = %1")
                                         .arg(east.subnet.id);
    const int before = one(f->db->connection(), pointsOfEast).toInt();
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    ChangeSet set;
    Range range;
    range.spaceId = east.provider.id;
    range.startAddress = ip(QStringLiteral("172.17.0.1"));
    range.endAddress = ip(QStringLiteral("172.17.0.100"));
    set.create(range);
    Address address;
    address.spaceId = east.provider.id;
    address.ipAddress = ip(QStringLiteral("172.17.0.7"));
    set.create(address);
    const WriteResult written = writePath.submit(set);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QSqlQuery latest(f->db->connection());
    QVERIFY(latest.exec(QStringLiteral("SELECT p.at_ms, p.assigned, p.used, s.assigned_addresses, "
                                       "s.utilized_addresses FROM utilization_point p JOIN "
                                       "ip_subnet s ON s.id = p.object_id WHERE p.kind = 5 AND "
                                       "p.object_id = %1 ORDER BY p.at_ms DESC LIMIT 1")
                                .arg(east.subnet.id)));
    QVERIFY(latest.next());
    QCOMPARE(one(f->db->connection(), pointsOfEast).toInt(), before + 1);
    QVERIFY(qAbs(latest.value(0).toLongLong() - startedMs) < 60000);
    QCOMPARE(latest.value(1).toString(), latest.value(3).toString());
    QCOMPARE(latest.value(2).toLongLong(), latest.value(4).toLongLong());
    // The login reads its scope's points, the reader of East too; neither reads West's.
    QCOMPARE(one(db->connection(), pointsOfEast).toInt(), before + 1);
    const std::shared_ptr<Database> readerDb = connectAs(reader, QUrl(f->testDb.url()));
    QCOMPARE(one(readerDb->connection(), pointsOfEast).toInt(), before + 1);
    QCOMPARE(one(readerDb->connection(),
                 QStringLiteral("SELECT count(*) FROM utilization_point WHERE kind = 5 AND "
                                "object_id = %1")
                         .arg(f->locations.value(QStringLiteral("West")).subnet.id)),
             QStringLiteral("0"));
}

// A store created before version 9 (as by an older IPAM Console) gets the same protection
// when the owner next opens it.
void TestPgAttacks::upgradedDatabaseIsHardenedToo()
{
    TestDatabase old(QStringLiteral("postgresql"));
    IPAM_REQUIRE_DATABASE(old);
    {
        const DatabaseLocation location = DatabaseLocation::parse(old.url()).value();
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("upgrade"));
        raw.setHostName(location.host);
        raw.setPort(location.port);
        raw.setUserName(location.user);
        raw.setPassword(location.password);
        raw.setDatabaseName(location.database);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QVERIFY(raw.transaction());
        for (const Migration &migration : migrations()) {
            if (migration.version > 7)
                break;
            for (const QString &statement :
                 statementsFor(migration, DatabaseLocation::Backend::PostgreSQL)) {
                const Outcome done = run(raw, statement);
                QVERIFY2(done.ok, qPrintable(statement.left(80) + QLatin1Char(' ') + done.error));
            }
            QVERIFY(run(raw,
                        QStringLiteral("INSERT INTO schema_version VALUES (%1)")
                                .arg(migration.version))
                            .ok);
        }
        QVERIFY(raw.commit());
        QCOMPARE(one(raw,
                     QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = "
                                    "'ip_subnet'::regclass")),
                 QStringLiteral("false"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("upgrade"));
    const std::shared_ptr<Database> owner = old.open(); // migrates
    QVERIFY(owner);
    QCOMPARE(owner->schemaVersion(), latestSchemaVersion());
    QSqlDatabase c = owner->connection();
    QCOMPARE(one(c,
                 QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = "
                                "'ip_subnet'::regclass")),
             QStringLiteral("true"));
    // Each enforcement function has its own path, the schema first and pg_temp last.
    QCOMPARE(one(c,
                 QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = "
                                "current_schema()::regnamespace AND (proname LIKE 'ipam\\_%' "
                                "OR proname LIKE '%\\_scope') AND NOT coalesce(proconfig::text "
                                "LIKE '%search_path=public, pg_temp%', false)")),
             QStringLiteral("0"));
    // The attack, on the upgraded store.
    const QString login = QStringLiteral("ipam_upgraded_%1").arg(suffix);
    QVERIFY(run(c, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login)).ok);
    {
        const std::shared_ptr<Database> attacker = connectAs(login, QUrl(old.url()));
        QSqlDatabase a = attacker->connection();
        QVERIFY(run(a, QStringLiteral("CREATE TEMP TABLE schema_version (version int)")).ok);
        const Outcome escalated
                = run(a,
                      QStringLiteral("INSERT INTO public.access_policy (user_or_group, is_group, "
                                     "role_id, scope_id) VALUES ('%1', 0, 1, 1)")
                              .arg(login));
        QVERIFY2(!escalated.ok, "a temporary schema_version made a login the owner");
        QCOMPARE(escalated.code, QStringLiteral("42501"));
    }
    run(c, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
}

QTEST_GUILESS_MAIN(TestPgAttacks)
#include "tst_pgattacks.moc"
