// The whole schema of a PostgreSQL store at the latest version, read from the catalog: every
// table, view, sequence and function a migration made, whether or not anyone thought of it
// when adding it. A new table that is readable by every login, writable without a check, or a
// function without a fixed search_path fails here until it is hardened (or given a reason in
// the allow-lists below, which a reviewer reads).

#include "testdatabase.h"

#include "store/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

namespace {

// Tables every login reads whole, without row-level security, and why.
const QMap<QString, QString> readableByEveryone = {
        {QStringLiteral("access_scope"),
         QStringLiteral("the scope tree: the console resolves what the login itself may do")},
        {QStringLiteral("user_role"), QStringLiteral("role names, for the login's own policies")},
        {QStringLiteral("user_role_operation"),
         QStringLiteral("the operations of roles, for the login's own checks")},
        {QStringLiteral("setting"), QStringLiteral("store-wide thresholds every console shows")},
        {QStringLiteral("schema_version"), QStringLiteral("a client checks it before anything")},
        {QStringLiteral("custom_field"),
         QStringLiteral("definitions: IPAM's console shows every field")},
        {QStringLiteral("custom_field_association"), QStringLiteral("definitions, as above")},
        {QStringLiteral("range_group"), QStringLiteral("definitions, as above")},
};

// Tables no login but the owner writes directly: the write path appends through a function.
const QStringList writtenThroughFunctions
        = {QStringLiteral("audit_log"), QStringLiteral("audit_object"),
           QStringLiteral("utilization_point"), QStringLiteral("schema_version")};

// Tables a login writes directly without a check trigger, and what holds instead.
const QMap<QString, QString> writableWithoutTrigger = {
        {QStringLiteral("saved_view"),
         QStringLiteral("a login's own and the shared views: row-level security's USING and "
                        "WITH CHECK name the owner; no address-space data")},
};

// SECURITY DEFINER functions PUBLIC may call, and why.
const QMap<QString, QString> definerEntryPoints = {
        {QStringLiteral("ipam_append_audit"), QStringLiteral("the write path's audit row")},
        {QStringLiteral("ipam_append_audit_objects"),
         QStringLiteral("the index of the audit row of the caller's own transaction")},
        {QStringLiteral("ipam_append_utilization"),
         QStringLiteral("the history points of the caller's own transaction")},
        {QStringLiteral("ipam_may"), QStringLiteral("the console asks what the login may do")},
        {QStringLiteral("ipam_may_any"), QStringLiteral("read policies call it")},
        {QStringLiteral("ipam_may_anywhere"), QStringLiteral("read policies call it")},
        {QStringLiteral("ipam_visible_scopes"), QStringLiteral("read policies call it")},
        {QStringLiteral("ipam_sees_everything"), QStringLiteral("read policies call it")},
        {QStringLiteral("ipam_field_value_scope"),
         QStringLiteral("custom_field_value's read policy calls it (it tells a login an object's "
                        "scope id, never its contents)")},
        {QStringLiteral("ipam_object_scope"),
         QStringLiteral("the read policies of utilization_threshold and utilization_alert call it "
                        "(an object's scope id, never its contents)")},
};

QStringList column(QSqlDatabase c, const QString &sql)
{
    QSqlQuery q(c);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace

class TestPgCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyTableIsScopedOrListed();
    void publicNeverHoldsTableAdministration();
    void functionOnlyTablesHaveNoWritePrivilege();
    void everyDirectWriteIsChecked();
    void everyFunctionHasAFixedPath();
    void onlyEntryPointsAreCallable();
    void sequencesViewsAndSchemaAreClosed();

private:
    std::unique_ptr<TestDatabase> testDb;
    std::shared_ptr<Database> db;
    QSqlDatabase c;
    QString schema;
};

void TestPgCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    if (!TestDatabase::postgresAvailable(&why)) {
        if (TestDatabase::postgresRequired())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    testDb = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
    QVERIFY2(testDb->isValid(), qPrintable(testDb->error()));
    db = testDb->open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    c = db->connection();
    schema = column(c, QStringLiteral("SELECT current_schema()")).value(0);
    // The audit must not pass vacuously.
    QVERIFY(column(c,
                   QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = "
                                  "current_schema()::regnamespace AND relkind = 'r'"))
                    .size()
            >= 25);
}

// Reads scoped by row-level security, or a written reason.
void TestPgCatalog::everyTableIsScopedOrListed()
{
    const QStringList open = column(c,
                                    QStringLiteral("SELECT relname FROM pg_class WHERE "
                                                   "relnamespace = current_schema()::regnamespace "
                                                   "AND relkind IN ('r', 'p') AND NOT "
                                                   "relrowsecurity ORDER BY 1"));
    for (const QString &table : open)
        QVERIFY2(readableByEveryone.contains(table),
                 qPrintable(table + QStringLiteral(": no row-level security and no reason")));
    // A listed table that gained row-level security leaves the list.
    for (auto it = readableByEveryone.cbegin(); it != readableByEveryone.cend(); ++it)
        QVERIFY2(open.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is scoped now")));
    // Row-level security with no SELECT policy would hide everything: each scoped table says
    // what a login sees.
    const QStringList blind = column(
            c,
            QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relnamespace = "
                           "current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND "
                           "c.relrowsecurity AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE "
                           "p.polrelid = c.oid AND p.polcmd IN ('r', '*'))"));
    QVERIFY2(blind.isEmpty(), qPrintable(blind.join(QLatin1Char(' '))));
}

void TestPgCatalog::publicNeverHoldsTableAdministration()
{
    const QStringList granted = column(
            c,
            QStringLiteral("SELECT c.relname || ': ' || a.privilege_type FROM pg_class c, "
                           "aclexplode(c.relacl) a WHERE c.relnamespace = "
                           "current_schema()::regnamespace AND a.grantee = 0 AND "
                           "a.privilege_type IN ('TRUNCATE', 'REFERENCES', 'TRIGGER') ORDER BY 1"));
    QVERIFY2(granted.isEmpty(), qPrintable(granted.join(QStringLiteral(", "))));
}

void TestPgCatalog::functionOnlyTablesHaveNoWritePrivilege()
{
    for (const QString &table : writtenThroughFunctions) {
        const QStringList privileges = column(
                c,
                QStringLiteral("SELECT a.privilege_type FROM pg_class c, aclexplode(c.relacl) a "
                               "WHERE c.oid = '%1'::regclass AND a.grantee = 0 ORDER BY 1")
                        .arg(table));
        QCOMPARE(privileges, QStringList{QStringLiteral("SELECT")});
    }
}

// A table PUBLIC may write has a check trigger (a SECURITY DEFINER function of the schema) for
// each command it may run, or a reason.
void TestPgCatalog::everyDirectWriteIsChecked()
{
    const QStringList unchecked = column(
            c,
            QStringLiteral(
                    "SELECT c.relname || ': ' || a.privilege_type FROM pg_class c, "
                    "aclexplode(c.relacl) a WHERE c.relnamespace = "
                    "current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND a.grantee = "
                    "0 AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE') AND NOT EXISTS "
                    "(SELECT 1 FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid WHERE "
                    "t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgenabled = 'O' AND "
                    "f.prosecdef AND f.pronamespace = c.relnamespace AND (t.tgtype & CASE "
                    "a.privilege_type WHEN 'INSERT' THEN 4 WHEN 'DELETE' THEN 8 ELSE 16 END) "
                    "<> 0 AND f.proname LIKE 'ipam\\_check\\_%') ORDER BY 1"));
    QStringList tables;
    for (const QString &line : unchecked) {
        const QString table = line.section(QLatin1Char(':'), 0, 0);
        QVERIFY2(writableWithoutTrigger.contains(table),
                 qPrintable(line + QStringLiteral(" has no check trigger and no reason")));
        tables << table;
    }
    for (auto it = writableWithoutTrigger.cbegin(); it != writableWithoutTrigger.cend(); ++it) {
        QVERIFY2(tables.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is checked")));
        // What holds instead: row-level security on every command.
        QCOMPARE(column(c,
                        QStringLiteral("SELECT relrowsecurity::text FROM pg_class WHERE oid = "
                                       "'%1'::regclass")
                                .arg(it.key())),
                 QStringList{QStringLiteral("true")});
    }
}

// PostgreSQL's rule for anything a trigger or policy runs: the schema, then pg_temp last.
void TestPgCatalog::everyFunctionHasAFixedPath()
{
    const QString fixed = QStringLiteral("search_path=%1, pg_temp").arg(schema);
    const QStringList loose = column(
            c,
            QStringLiteral("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = "
                           "current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM "
                           "pg_depend d WHERE d.objid = p.oid AND d.classid = "
                           "'pg_proc'::regclass AND d.deptype = 'e') AND NOT coalesce('%1' = "
                           "ANY (p.proconfig), false) ORDER BY 1")
                    .arg(fixed));
    QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char(' '))));
    QVERIFY(column(c,
                   QStringLiteral("SELECT proname FROM pg_proc WHERE pronamespace = "
                                  "current_schema()::regnamespace AND proname LIKE 'ipam\\_%'"))
                    .size()
            > 20);
}

void TestPgCatalog::onlyEntryPointsAreCallable()
{
    const QStringList callable = column(
            c,
            QStringLiteral(
                    "SELECT DISTINCT p.proname FROM pg_proc p, aclexplode(coalesce(p.proacl, "
                    "acldefault('f', p.proowner))) a WHERE p.pronamespace = "
                    "current_schema()::regnamespace AND p.prosecdef AND a.grantee = 0 AND "
                    "a.privilege_type = 'EXECUTE' ORDER BY 1"));
    for (const QString &function : callable)
        QVERIFY2(definerEntryPoints.contains(function),
                 qPrintable(function + QStringLiteral(": callable by every login, no reason")));
}

void TestPgCatalog::sequencesViewsAndSchemaAreClosed()
{
    const QStringList sequences = column(
            c,
            QStringLiteral("SELECT c.relname || ': ' || a.privilege_type FROM pg_class c, "
                           "aclexplode(coalesce(c.relacl, acldefault('s', c.relowner))) a WHERE "
                           "c.relnamespace = current_schema()::regnamespace AND c.relkind = 'S' "
                           "AND a.grantee = 0"));
    QVERIFY2(sequences.isEmpty(), qPrintable(sequences.join(QStringLiteral(", "))));
    const QStringList views = column(
            c,
            QStringLiteral("SELECT c.relname || ': ' || a.privilege_type FROM pg_class c, "
                           "aclexplode(c.relacl) a WHERE c.relnamespace = "
                           "current_schema()::regnamespace AND c.relkind IN ('v', 'm') AND "
                           "a.grantee = 0 AND a.privilege_type <> 'SELECT'"));
    QVERIFY2(views.isEmpty(), qPrintable(views.join(QStringLiteral(", "))));
    QCOMPARE(column(c,
                    QStringLiteral("SELECT has_schema_privilege('public', current_schema(), "
                                   "'CREATE')::text")),
             QStringList{QStringLiteral("false")});
}

QTEST_GUILESS_MAIN(TestPgCatalog)
#include "tst_pgcatalog.moc"
