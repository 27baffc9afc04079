// The VMM sync settings dialog as an admin completes a connection in it: a user (DOMAIN\user)
// and password entered here, kept by SyncPasswordStore (memory here: CI has no Secret
// Service; the keychain path runs only where one answers), never in QSettings; the CA file
// and pin checked as ipamctl's --ca-file/--pin are; "Test connection" against the SPF test
// peer on 127.0.0.1 behind Windows authentication (NTLM), showing the sets and stamps found,
// or the exact failure, and the warning about NTLM over plain http. Offscreen.

#include "spfpeer.h"
#include "syncpasswordstore.h"
#include "syncsettingsdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

namespace {

QString guid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

template<typename T>
T *child(QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s in the dialog", name);
    return widget;
}

void enterConnection(SyncSettingsDialog &dialog, const QString &url, const QString &user,
                     const QString &password)
{
    child<QLineEdit>(dialog, "syncUrl")->setText(url);
    child<QRadioButton>(dialog, "syncCredentialsEntered")->setChecked(true);
    child<QLineEdit>(dialog, "syncUser")->setText(user);
    child<QLineEdit>(dialog, "syncPassword")->setText(password);
}

bool testConnection(SyncSettingsDialog &dialog)
{
    QSignalSpy tested(&dialog, &SyncSettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, "syncTestConnection"), Qt::LeftButton);
    if (tested.isEmpty() && !tested.wait(20000))
        qFatal("Test connection gave no answer");
    return tested.first().first().toBool();
}

} // namespace

class TestSyncSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_peer.peer().setRequiredWindows(QStringLiteral("CONTOSO"), QStringLiteral("svc-ipam"),
                                         QStringLiteral("Pa55w.rd"));
        m_peer.peer().addStamp(m_otherStamp);
        m_peer.peer().add(QStringLiteral("LogicalNetworks"),
                          {{QStringLiteral("Name"), QStringLiteral("Fabric")}});
        m_peer.peer().add(QStringLiteral("LogicalNetworks"),
                          {{QStringLiteral("Name"), QStringLiteral("Other")},
                           {QStringLiteral("StampId"), guid(m_otherStamp)}});
        QVERIFY(m_peer.listen());
    }

    void enteredPasswordStaysInMemoryNotInTheSettings();
    void caFileAndPinAreCheckedAsIpamctlChecksThem();
    void testConnectionShowsSetsAndStamps();
    void testConnectionShowsTheExactFailure();
    void keychainKeepsThePasswordWhereOneAnswers();

private:
    SpfPeerThread m_peer;
    QUuid m_otherStamp = QUuid::createUuid();
};

void TestSyncSettingsDialog::enteredPasswordStaysInMemoryNotInTheSettings()
{
    SyncPasswordStore passwords(SyncPasswordStore::Backend::MemoryOnly);
    QVERIFY(!passwords.usesKeychain());
    SyncSettingsDialog dialog(SyncSettings{}, {QStringLiteral("Default")}, passwords);
    // The dialog says where a typed password goes.
    QVERIFY2(child<QLabel>(dialog, "syncPasswordWhere")->text().contains(QStringLiteral("memory")),
             qPrintable(child<QLabel>(dialog, "syncPasswordWhere")->text()));
    enterConnection(dialog, QStringLiteral("https://vmm.example:8090/svc"), QString(),
                    QStringLiteral("s3cret!"));
    QVERIFY2(dialog.message().contains(QStringLiteral("user")), qPrintable(dialog.message()));
    child<QLineEdit>(dialog, "syncUser")->setText(QStringLiteral("CONTOSO\\svc-ipam"));
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    const SyncSettings edited = dialog.settings();
    QCOMPARE(edited.credentialSource, SyncSettings::CredentialSource::Entered);
    QCOMPARE(edited.user, QStringLiteral("CONTOSO\\svc-ipam"));
    QCOMPARE(dialog.typedPassword(), QStringLiteral("s3cret!"));

    // What the pane does on OK: settings to QSettings, the password to the store.
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("console.ini"));
    {
        QSettings stored(settingsFile, QSettings::IniFormat);
        edited.save(stored);
    }
    QVERIFY(passwords.setPassword(edited.passwordAccount(), dialog.typedPassword()).isEmpty());
    QFile saved(settingsFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(text.contains("svc-ipam"));
    QVERIFY(!text.contains("s3cret"));

    QSettings stored(settingsFile, QSettings::IniFormat);
    const SyncSettings loaded = SyncSettings::load(stored);
    QCOMPARE(loaded.credentialSource, SyncSettings::CredentialSource::Entered);
    QCOMPARE(loaded.user, edited.user);
    const std::optional<QString> kept = passwords.password(loaded.passwordAccount());
    QVERIFY(kept);
    const Parsed<VmmSyncOptions> options = loaded.toOptions(*kept);
    QVERIFY2(options.ok(), qPrintable(options.error()));
    QCOMPARE(options.value().credentials.user, QStringLiteral("CONTOSO\\svc-ipam"));
    QCOMPARE(options.value().credentials.password, QStringLiteral("s3cret!"));

    // Memory only: another store (another session) knows nothing.
    SyncPasswordStore nextSession(SyncPasswordStore::Backend::MemoryOnly);
    QVERIFY(!nextSession.password(loaded.passwordAccount()));
    // A reopened dialog says a password is known without showing it.
    SyncSettingsDialog reopened(loaded, {QStringLiteral("Default")}, passwords);
    QVERIFY(child<QLineEdit>(reopened, "syncPassword")->text().isEmpty());
    QVERIFY(child<QLineEdit>(reopened, "syncPassword")
                    ->placeholderText()
                    .contains(QStringLiteral("known")));
}

void TestSyncSettingsDialog::caFileAndPinAreCheckedAsIpamctlChecksThem()
{
    QTemporaryDir dir;
    SyncPasswordStore passwords(SyncPasswordStore::Backend::MemoryOnly);
    SyncSettingsDialog dialog(SyncSettings{}, {QStringLiteral("Default")}, passwords);
    child<QLineEdit>(dialog, "syncUrl")->setText(QStringLiteral("https://vmm.example:8090/svc"));
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));

    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    child<QLineEdit>(dialog, "syncCaFile")->setText(missing);
    QVERIFY2(dialog.message().contains(missing)
                     && dialog.message().contains(QStringLiteral("exist")),
             qPrintable(dialog.message()));
    const QString notPem = dir.filePath(QStringLiteral("not.pem"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    child<QLineEdit>(dialog, "syncCaFile")->setText(notPem);
    QVERIFY2(dialog.message().contains(QStringLiteral("no PEM certificate")),
             qPrintable(dialog.message()));
    child<QLineEdit>(dialog, "syncCaFile")->clear();
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));

    child<QLineEdit>(dialog, "syncPin")->setText(QStringLiteral("ab:cd"));
    QVERIFY2(dialog.message().contains(QStringLiteral("SHA-256")), qPrintable(dialog.message()));
    // openssl's -fingerprint form: upper case with colons.
    const QString pin = QStringLiteral(
            "0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0:0F:1E:2D:3C:4B:5A:69:78:87:96:A5:"
            "B4:C3:D2:E1:F0");
    child<QLineEdit>(dialog, "syncPin")->setText(pin);
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    const Parsed<VmmSyncOptions> options = dialog.settings().toOptions();
    QVERIFY(options.ok());
    QCOMPARE(options.value().pinnedSha256,
             QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"));
}

// Right credentials: the sets, both stamps (the service serves two VMM servers), that several
// stamps need one picked, that sites are derived (no site set), and the NTLM-over-http warning.
void TestSyncSettingsDialog::testConnectionShowsSetsAndStamps()
{
    SyncPasswordStore passwords(SyncPasswordStore::Backend::MemoryOnly);
    SyncSettingsDialog dialog(SyncSettings{}, {QStringLiteral("Default")}, passwords);
    enterConnection(dialog, m_peer.peer().baseUrl().toString(), QStringLiteral("CONTOSO\\svc-ipam"),
                    QStringLiteral("Pa55w.rd"));
    QVERIFY2(testConnection(dialog), qPrintable(dialog.testResult()));
    const QString result = dialog.testResult();
    for (const QString &part :
         {QStringLiteral("Connected"), QStringLiteral("LogicalNetworks"),
          QStringLiteral("StaticIPAddressPools"), QStringLiteral("VMNetworks"),
          QStringLiteral("VMSubnets"), guid(m_peer.peer().stampId()), guid(m_otherStamp),
          QStringLiteral("Several stamps"), QStringLiteral("derived"), QStringLiteral("NTLM"),
          QStringLiteral("plain http")})
        QVERIFY2(result.contains(part), qPrintable(part + QStringLiteral(" not in: ") + result));
    // The test wrote nothing anywhere and kept no password.
    QVERIFY(!passwords.password(dialog.settings().passwordAccount()));
}

void TestSyncSettingsDialog::testConnectionShowsTheExactFailure()
{
    SyncPasswordStore passwords(SyncPasswordStore::Backend::MemoryOnly);
    SyncSettingsDialog dialog(SyncSettings{}, {QStringLiteral("Default")}, passwords);
    const QString url = m_peer.peer().baseUrl().toString();
    enterConnection(dialog, url, QStringLiteral("CONTOSO\\svc-ipam"), QStringLiteral("wrong"));
    QVERIFY(!testConnection(dialog));
    QString result = dialog.testResult();
    for (const QString &part : {QStringLiteral("Failed"), QStringLiteral("401"),
                                QStringLiteral("CONTOSO\\svc-ipam"), url})
        QVERIFY2(result.contains(part), qPrintable(part + QStringLiteral(" not in: ") + result));

    // Nothing listening: the transport's own words.
    child<QLineEdit>(dialog, "syncUrl")
            ->setText(QStringLiteral(
                    "http://127.0.0.1:1/SC2012R2/VMM/Microsoft.Management.Odata.svc"));
    QVERIFY(!testConnection(dialog));
    result = dialog.testResult();
    QVERIFY2(result.contains(QStringLiteral("Failed"))
                     && result.contains(QStringLiteral("127.0.0.1:1")),
             qPrintable(result));

    // A setting a run would refuse is reported before any connection.
    child<QLineEdit>(dialog, "syncPin")->setText(QStringLiteral("nope"));
    QVERIFY(!testConnection(dialog));
    QVERIFY2(dialog.testResult().contains(QStringLiteral("SHA-256")),
             qPrintable(dialog.testResult()));
}

// Only where a Secret Service answers (a desktop session): not in CI, which has none.
void TestSyncSettingsDialog::keychainKeepsThePasswordWhereOneAnswers()
{
    SyncPasswordStore passwords(SyncPasswordStore::Backend::Auto);
    if (!passwords.usesKeychain())
        QSKIP("no Secret Service answers on this machine (the in-memory path is tested above)");
    QVERIFY(passwords.whereKept().contains(QStringLiteral("Secret Service")));
    const QString account = QStringLiteral("tst_syncsettingsdialog %1@https://vmm.example")
                                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(passwords.setPassword(account, QStringLiteral("s3cret!")), QString());
    SyncPasswordStore again(SyncPasswordStore::Backend::Auto); // a new session
    QCOMPARE(again.password(account).value_or(QString()), QStringLiteral("s3cret!"));
    again.forget(account);
    SyncPasswordStore third(SyncPasswordStore::Backend::Auto);
    QVERIFY(!third.password(account));
}

QTEST_MAIN(TestSyncSettingsDialog)
#include "tst_syncsettingsdialog.moc"
