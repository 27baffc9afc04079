#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace ipam {

// Where the console keeps the VMM password an admin typed into the sync settings: the
// desktop's Secret Service (GNOME Keyring, KWallet: through qtkeychain) when one answers,
// else this process's memory only, for this session (asked again after a restart). Never
// QSettings: qtkeychain's insecure fallback (a plain-text QSettings entry) stays off.
//
// Whether a Secret Service answers is asked once, at construction, with a read of a key that
// does not exist (bounded wait): "not found" means a keychain answered; no backend, access
// denied, an error or no answer in time mean memory only. Keychain calls are asynchronous in
// qtkeychain; this class waits for each (a local event loop, bounded), so callers read a
// password as a value.
class SyncPasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend {
        Auto,      // the Secret Service when one answers, else memory
        MemoryOnly // never the keychain (tests without a desktop session; --no-keychain)
    };
    explicit SyncPasswordStore(Backend backend = Backend::Auto, QObject *parent = nullptr);

    bool usesKeychain() const { return m_keychain; }
    // For the dialog: where a password typed now is kept.
    QString whereKept() const;

    // The password of this account (SyncSettings::passwordAccount), from memory or the
    // keychain; nullopt when none is known.
    std::optional<QString> password(const QString &account);
    // Keeps it (memory, and the keychain when there is one); an error text when the keychain
    // refused (the password is then kept in memory only), empty otherwise.
    QString setPassword(const QString &account, const QString &password);
    void forget(const QString &account);

    // Milliseconds to wait for the keychain per call.
    static constexpr int keychainTimeoutMs = 5000;

private:
    QHash<QString, QString> m_memory;
    bool m_keychain = false;
};

} // namespace ipam
