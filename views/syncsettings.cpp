#include "syncsettings.h"

#include "vmm/vmmcredentials.h"

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
    s.credentialSource
            = settings.value(QStringLiteral("credentialSource")).toString() == QLatin1String("file")
            ? CredentialSource::File
            : CredentialSource::Environment;
    s.credentialFile = settings.value(QStringLiteral("credentialFile")).toString();
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
                                                                 : QStringLiteral("environment"));
    settings.setValue(QStringLiteral("credentialFile"), credentialFile);
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

Parsed<VmmSyncOptions> SyncSettings::toOptions() const
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
