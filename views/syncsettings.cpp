#include "syncsettings.h"

#include "vmm/vmmcredentials.h"
#include "vmm/vmmtrust.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace ipam {

namespace {
const QString group = QStringLiteral("VmmSync");
} // namespace

SyncSettings SyncSettings::load(QSettings &settings)
{
    SyncSettings s;
    settings.beginGroup(group);
    s.serviceUrl = QUrl(settings.value(QStringLiteral("serviceUrl")).toString());
    s.providerSpace = settings.value(QStringLiteral("providerSpace"), s.providerSpace).toString();
    s.hostGroups = settings.value(QStringLiteral("hostGroups")).toStringList();
    s.stamp = settings.value(QStringLiteral("stamp")).toString();
    s.intervalMinutes = qMax(0, settings.value(QStringLiteral("intervalMinutes"), 0).toInt());
    s.pull = settings.value(QStringLiteral("pull"), true).toBool();
    s.push = settings.value(QStringLiteral("push"), true).toBool();
    const QString source = settings.value(QStringLiteral("credentialSource")).toString();
    s.credentialSource = source == QLatin1String("file") ? CredentialSource::File
            : source == QLatin1String("entered")         ? CredentialSource::Entered
                                                         : CredentialSource::Environment;
    s.credentialFile = settings.value(QStringLiteral("credentialFile")).toString();
    s.user = settings.value(QStringLiteral("user")).toString();
    s.caFile = settings.value(QStringLiteral("caFile")).toString();
    s.pin = settings.value(QStringLiteral("pin")).toString();
    settings.endGroup();
    return s;
}

void SyncSettings::save(QSettings &settings) const
{
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("serviceUrl"), serviceUrl.toString());
    settings.setValue(QStringLiteral("providerSpace"), providerSpace);
    settings.setValue(QStringLiteral("hostGroups"), hostGroups);
    settings.setValue(QStringLiteral("stamp"), stamp.trimmed());
    settings.setValue(QStringLiteral("intervalMinutes"), intervalMinutes);
    settings.setValue(QStringLiteral("pull"), pull);
    settings.setValue(QStringLiteral("push"), push);
    settings.setValue(QStringLiteral("credentialSource"),
                      credentialSource == CredentialSource::File ? QStringLiteral("file")
                              : credentialSource == CredentialSource::Entered
                              ? QStringLiteral("entered")
                              : QStringLiteral("environment"));
    settings.setValue(QStringLiteral("credentialFile"), credentialFile);
    // The user name is no secret (SPF logs it with every request); the password never comes
    // here (SyncPasswordStore).
    settings.setValue(QStringLiteral("user"),
                      credentialSource == CredentialSource::Entered ? user.trimmed() : QString());
    settings.setValue(QStringLiteral("caFile"), caFile.trimmed());
    settings.setValue(QStringLiteral("pin"), pin.trimmed());
    // Where the secret comes from, never the secret itself.
    settings.endGroup();
}

QString SyncSettings::checkUrl(const QUrl &url)
{
    if (url.isEmpty())
        return QCoreApplication::translate("ipam::SyncSettings",
                                           "enter the URL of the VMM service");
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate(
                       "ipam::SyncSettings",
                       "the VMM service URL must start with http:// or https:// (\"%1\")")
                .arg(url.toString());
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("\"%1\" is not a valid URL").arg(url.toString());
    return {};
}

QStringList SyncSettings::parseHostGroups(const QString &text)
{
    QStringList groups;
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    for (const QString &part : text.split(separators)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !groups.contains(trimmed))
            groups.append(trimmed);
    }
    return groups;
}

QString SyncSettings::hostGroupsText(const QStringList &groups)
{
    return groups.join(QStringLiteral(", "));
}

QString SyncSettings::passwordAccount() const
{
    return user.trimmed() + QLatin1Char('@')
            + serviceUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

Parsed<VmmSyncOptions> SyncSettings::toOptions(const QString &enteredPassword) const
{
    if (const QString problem = checkUrl(serviceUrl); !problem.isEmpty())
        return Parsed<VmmSyncOptions>::failure(problem);
    VmmSyncOptions options;
    options.baseUrl = serviceUrl;
    options.providerSpace = providerSpace.trimmed().isEmpty() ? QStringLiteral("Default")
                                                              : providerSpace.trimmed();
    options.hostGroups = hostGroups;
    if (!stamp.trimmed().isEmpty()) {
        options.stampId = QUuid::fromString(stamp.trimmed());
        if (options.stampId.isNull())
            return Parsed<VmmSyncOptions>::failure(
                    QCoreApplication::translate("ipam::SyncSettings",
                                                "the VMM stamp \"%1\" is not a GUID")
                            .arg(stamp.trimmed()));
    }
    options.pull = pull;
    options.push = push;
    if (!caFile.trimmed().isEmpty()) {
        if (const QString problem = vmmtrust::checkCaFile(caFile.trimmed()); !problem.isEmpty())
            return Parsed<VmmSyncOptions>::failure(problem);
        options.caFile = caFile.trimmed();
    }
    if (!pin.trimmed().isEmpty()) {
        if (const QString problem = vmmtrust::checkPin(pin); !problem.isEmpty())
            return Parsed<VmmSyncOptions>::failure(
                    QCoreApplication::translate("ipam::SyncSettings", "certificate pin: %1")
                            .arg(problem));
        options.pinnedSha256 = vmmtrust::normalizedPin(pin);
    }
    if (credentialSource == CredentialSource::Entered) {
        if (user.trimmed().isEmpty())
            return Parsed<VmmSyncOptions>::failure(QCoreApplication::translate(
                    "ipam::SyncSettings", "enter the VMM user (DOMAIN\\user)"));
        options.credentials.user = user.trimmed();
        options.credentials.password = enteredPassword;
        return options;
    }
    const Parsed<VmmCredentials> credentials = credentialSource == CredentialSource::File
            ? (credentialFile.isEmpty()
                       ? Parsed<VmmCredentials>::failure(QCoreApplication::translate(
                               "ipam::SyncSettings",
                               "choose the file that holds the VMM credentials"))
                       : vmmcredentials::fromFile(credentialFile))
            : vmmcredentials::fromEnvironment();
    if (!credentials)
        return Parsed<VmmSyncOptions>::failure(credentials.error());
    options.credentials = credentials.value();
    return options;
}

} // namespace ipam
