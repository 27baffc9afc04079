#include "testdatabase.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace ipam::test {

namespace {

QString adminUrl()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("IPAM_TEST_PG_URL"));
}

// Runs one statement on the maintenance database of the test server.
bool adminExec(const QString &sql, QString *error)
{
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(adminUrl());
    if (!location) {
        *error = location.error();
        return false;
    }
    const QString name
            = QStringLiteral("ipam-test-admin-%1").arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.value().host);
        db.setPort(location.value().port);
        db.setUserName(location.value().user);
        db.setPassword(location.value().password);
        db.setDatabaseName(location.value().database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestDatabase::postgresRequired()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("IPAM_TEST_REQUIRE_PG"))
            == QLatin1String("1");
}

bool TestDatabase::postgresAvailable(QString *why)
{
    if (adminUrl().isEmpty()) {
        *why = QStringLiteral("IPAM_TEST_PG_URL is not set (scripts/run-tests.sh starts a server)");
        return false;
    }
    return adminExec(QStringLiteral("SELECT 1"), why);
}

TestDatabase::TestDatabase(const QString &backend)
    : m_backend(backend)
{
    if (backend == QLatin1String("sqlite")) {
        m_url = m_dir.filePath(QStringLiteral("ipam.sqlite"));
        return;
    }
    QString why;
    if (adminUrl().isEmpty()) {
        m_error = postgresRequired()
                ? QStringLiteral("PostgreSQL required but IPAM_TEST_PG_URL is not set")
                : QStringLiteral("skip: IPAM_TEST_PG_URL is not set");
        return;
    }
    m_pgName = QStringLiteral("ipam_test_%1").arg(QRandomGenerator::global()->generate());
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName), &why)) {
        m_error = QStringLiteral("cannot create PostgreSQL test database: ") + why;
        m_pgName.clear();
        return;
    }
    QUrl url(adminUrl());
    url.setPath(QLatin1Char('/') + m_pgName);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty()) {
        QString why;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &why);
    }
}

std::shared_ptr<Database> TestDatabase::open()
{
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(m_url);
    if (!location)
        return nullptr;
    Parsed<std::shared_ptr<Database>> db = Database::open(location.value());
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return nullptr;
    }
    return db.value();
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

} // namespace ipam::test
