#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUrl>

namespace ipam {

namespace {

// The password of a URL's user info ("scheme://user:password@host/..."), found by hand rather
// than through QUrl: the text may be what QUrl refused.
QString passwordIn(const QString &text)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {};
    const qsizetype start = scheme + 3;
    qsizetype end = text.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = text.size();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
    const qsizetype colon = text.indexOf(QLatin1Char(':'), start);
    if (at < start || colon < 0 || colon > at)
        return {};
    return text.mid(colon + 1, at - colon - 1);
}

} // namespace

QString DatabaseLocation::withoutPassword(const QString &message, const QString &url)
{
    const QString password = passwordIn(url.isNull() ? message : url);
    if (password.isEmpty())
        return message;
    QString result = message;
    result.replace(password, QStringLiteral("***"));
    // QUrl quotes a URL percent-encoded in its errors.
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(password));
    if (encoded != password)
        result.replace(encoded, QStringLiteral("***"));
    return result;
}

Parsed<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<DatabaseLocation>::failure(
                QCoreApplication::translate("ipam::DatabaseLocation", "empty database location"));
    DatabaseLocation location;
    if (!text.startsWith(QLatin1String("postgresql://"))
        && !text.startsWith(QLatin1String("postgres://"))) {
        location.filePath = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Parsed<DatabaseLocation>::failure(
                QCoreApplication::translate("ipam::DatabaseLocation",
                                            "invalid PostgreSQL URL \"%1\": %2")
                        .arg(withoutPassword(text), withoutPassword(url.errorString(), text)));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    location.backend = Backend::PostgreSQL;
    location.host = url.host().isEmpty()
            ? env.value(QStringLiteral("PGHOST"), QStringLiteral("localhost"))
            : url.host();
    bool portOk = true;
    const int envPort = env.value(QStringLiteral("PGPORT"), QStringLiteral("5432")).toInt(&portOk);
    location.port = url.port(portOk ? envPort : 5432);
    location.user = url.userName().isEmpty() ? env.value(QStringLiteral("PGUSER")) : url.userName();
    if (location.user.isEmpty())
        location.user = env.value(QStringLiteral("USER"));
    location.password
            = url.password().isEmpty() ? env.value(QStringLiteral("PGPASSWORD")) : url.password();
    QString database = url.path();
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    location.database = database.isEmpty() ? env.value(QStringLiteral("PGDATABASE"), location.user)
                                           : database;
    if (location.database.isEmpty())
        return Parsed<DatabaseLocation>::failure(
                QCoreApplication::translate("ipam::DatabaseLocation",
                                            "PostgreSQL URL \"%1\" names no database")
                        .arg(withoutPassword(text)));
    return location;
}

QString DatabaseLocation::defaultFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("ipam.sqlite"));
}

QString DatabaseLocation::demoFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.sqlite"));
}

Parsed<DatabaseLocation> DatabaseLocation::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return parse(commandLineValue);
    const QString fromEnv
            = QProcessEnvironment::systemEnvironment().value(QStringLiteral("IPAM_DB"));
    if (!fromEnv.isEmpty())
        return parse(fromEnv);
    return parse(defaultFilePath());
}

QString DatabaseLocation::displayString() const
{
    if (backend == Backend::SQLite)
        return filePath;
    // One multi-argument arg(): chained arg() calls would read a "%1" in the user name as a
    // placeholder of the next call.
    return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(user, host, QString::number(port), database);
}

} // namespace ipam
