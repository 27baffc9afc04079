#include "vmmcredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ipam::vmmcredentials {

using namespace Qt::StringLiterals;

Parsed<VmmCredentials> fromEnvironment(const QProcessEnvironment &environment)
{
    VmmCredentials credentials;
    credentials.bearerToken = environment.value(u"IPAM_VMM_TOKEN"_s);
    credentials.user = environment.value(u"IPAM_VMM_USER"_s);
    credentials.password = environment.value(u"IPAM_VMM_PASSWORD"_s);
    if (credentials.bearerToken.isEmpty() && !credentials.user.isEmpty()
        && !environment.contains(u"IPAM_VMM_PASSWORD"_s))
        return Parsed<VmmCredentials>::failure(QCoreApplication::translate(
                "ipam::VmmSync", "IPAM_VMM_USER is set but IPAM_VMM_PASSWORD is not"));
    return credentials;
}

Parsed<VmmCredentials> fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Parsed<VmmCredentials>::failure(
                QCoreApplication::translate("ipam::VmmSync",
                                            "credentials file \"%1\" does not exist")
                        .arg(path));
    // Like ssh with a private key: a secret others may read is no longer a secret.
    const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & open)
        return Parsed<VmmCredentials>::failure(
                QCoreApplication::translate(
                        "ipam::VmmSync",
                        "credentials file \"%1\" is accessible by group or others; chmod 600 it")
                        .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Parsed<VmmCredentials>::failure(
                QCoreApplication::translate("ipam::VmmSync",
                                            "cannot read credentials file \"%1\": %2")
                        .arg(path, file.errorString()));
    VmmCredentials credentials;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            return Parsed<VmmCredentials>::failure(
                    QCoreApplication::translate(
                            "ipam::VmmSync",
                            "credentials file \"%1\", line %2: expected key = value")
                            .arg(path)
                            .arg(lineNumber));
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == "token"_L1)
            credentials.bearerToken = value;
        else if (key == "user"_L1)
            credentials.user = value;
        else if (key == "password"_L1)
            credentials.password = value;
        else
            return Parsed<VmmCredentials>::failure(
                    QCoreApplication::translate(
                            "ipam::VmmSync",
                            "credentials file \"%1\", line %2: unknown key \"%3\" (token, user, "
                            "password)")
                            .arg(path)
                            .arg(lineNumber)
                            .arg(key));
    }
    if (credentials.isEmpty())
        return Parsed<VmmCredentials>::failure(
                QCoreApplication::translate(
                        "ipam::VmmSync", "credentials file \"%1\" holds neither a token nor a user")
                        .arg(path));
    return credentials;
}

} // namespace ipam::vmmcredentials
