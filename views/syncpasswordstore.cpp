#include "syncpasswordstore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ipam {

namespace {

const QString service = QStringLiteral("ipam-console VMM synchronization");

// Starts the job and waits for it (bounded). The job deletes itself when it finishes, even
// after a timeout here; false when it had not finished in time.
bool runJob(QKeychain::Job *job, QKeychain::Error *error, QString *text = nullptr)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        *error = done->error();
        if (text) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                *text = read->textData();
        }
        loop.quit();
    });
    QTimer::singleShot(SyncPasswordStore::keychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

} // namespace

SyncPasswordStore::SyncPasswordStore(Backend backend, QObject *parent)
    : QObject(parent)
{
    if (backend == Backend::MemoryOnly)
        return;
    auto *probe = new QKeychain::ReadPasswordJob(service);
    probe->setKey(QStringLiteral("ipam-console probe (never written)"));
    QKeychain::Error error = QKeychain::OtherError;
    m_keychain = runJob(probe, &error)
            && (error == QKeychain::NoError || error == QKeychain::EntryNotFound);
}

QString SyncPasswordStore::whereKept() const
{
    return m_keychain
            ? tr("The password is kept in your desktop's Secret Service (keyring), never in the "
                 "console's settings.")
            : tr("No Secret Service (keyring) answers: the password is kept in this console's "
                 "memory for this session only and asked again after a restart; it is never "
                 "written to disk.");
}

std::optional<QString> SyncPasswordStore::password(const QString &account)
{
    if (const auto found = m_memory.constFind(account); found != m_memory.constEnd())
        return *found;
    if (!m_keychain)
        return std::nullopt;
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(account);
    QKeychain::Error error = QKeychain::OtherError;
    QString text;
    if (!runJob(job, &error, &text) || error != QKeychain::NoError)
        return std::nullopt;
    m_memory.insert(account, text);
    return text;
}

QString SyncPasswordStore::setPassword(const QString &account, const QString &password)
{
    m_memory.insert(account, password);
    if (!m_keychain)
        return {};
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(account);
    job->setTextData(password);
    QKeychain::Error error = QKeychain::OtherError;
    if (!runJob(job, &error))
        return tr("the Secret Service did not answer in time: the password is kept in memory "
                  "for this session only");
    if (error != QKeychain::NoError)
        return tr("the Secret Service refused the password (error %1): it is kept in memory "
                  "for this session only")
                .arg(int(error));
    return {};
}

void SyncPasswordStore::forget(const QString &account)
{
    m_memory.remove(account);
    if (!m_keychain)
        return;
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(account);
    QKeychain::Error error = QKeychain::OtherError;
    runJob(job, &error);
}

} // namespace ipam
