#pragma once

#include "address/parsed.h"
#include "vmm/vmmsync.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace ipam {

// The console's VMM connection, as kept in QSettings (group "VmmSync"). It says where the
// credentials come from, never what they are: a password or token is read when a run is
// prepared (toOptions) from the environment, from a file only its owner can read, or (for a
// user entered in the dialog) from SyncPasswordStore (the Secret Service, or this session's
// memory); it is never written to the settings.
struct SyncSettings
{
    enum class CredentialSource {
        Environment,
        File,
        Entered // `user` here, the password in SyncPasswordStore under passwordAccount()
    };

    QUrl serviceUrl;
    QString providerSpace = QStringLiteral("Default");
    QStringList hostGroups; // empty = every host group
    // The VMM server (SPF stamp) to sync, as typed; empty = the service's only one.
    QString stamp;
    int intervalMinutes = 0; // 0 = no periodic run
    bool pull = true;
    bool push = true;
    CredentialSource credentialSource = CredentialSource::Environment;
    QString credentialFile;
    QString user; // CredentialSource::Entered: DOMAIN\\user (Windows authentication) or user
    // HTTPS trust beyond the system's CAs (VmmSyncOptions::caFile, pinnedSha256), checked as
    // ipamctl's --ca-file and --pin are (vmm/vmmtrust.h).
    QString caFile;
    QString pin;

    static constexpr const char *tokenVariable = "IPAM_VMM_TOKEN";
    static constexpr const char *userVariable = "IPAM_VMM_USER";
    static constexpr const char *passwordVariable = "IPAM_VMM_PASSWORD";

    static SyncSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // Empty when the URL is usable, else why not ("the VMM service URL must start with
    // http:// or https://").
    static QString checkUrl(const QUrl &url);
    // "All Hosts\East, All Hosts\West" <-> the list (commas or new lines separate).
    static QStringList parseHostGroups(const QString &text);
    static QString hostGroupsText(const QStringList &groups);

    // The key of the entered user's password in SyncPasswordStore: "user@URL".
    QString passwordAccount() const;

    // The options of a run, the credentials read now (vmm/vmmcredentials.h: the environment,
    // or a file readable by its owner only; for Entered, `user` with `enteredPassword`). No
    // credentials at all is not an error (a service that needs none); an unreadable or too
    // widely readable file is, naming the file, and so are a CA file without a certificate
    // and a pin that is not a SHA-256.
    Parsed<VmmSyncOptions> toOptions(const QString &enteredPassword = {}) const;
};

} // namespace ipam
