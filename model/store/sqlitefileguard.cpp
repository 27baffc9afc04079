#include "sqlitefileguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipam {

namespace {

// The process's guard of one database file (by inode): how many connections have it open,
// and the descriptors holding the OFD locks.
struct GuardedFile
{
    int connections = 0;
    int databaseFd = -1;
    int shmFd = -1;
    bool locked = false;
    QList<int> replacedFds; // of a -shm deleted and made anew meanwhile: closed with the rest
};

std::mutex registryMutex;
std::map<std::pair<dev_t, ino_t>, GuardedFile> &registry()
{
    static std::map<std::pair<dev_t, ino_t>, GuardedFile> files;
    return files;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// F_OFD_SETLK of `type` on [start, start + length), retried for a moment: another process
// holds a conflicting lock only briefly (a -shm's first user tests the DMS byte with a write
// lock, a closing connection tries EXCLUSIVE).
int setOfdLock(int fd, short type, off_t start, off_t length)
{
    struct flock lock = {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    lock.l_pid = 0; // required for OFD locks
    for (int attempt = 0;; ++attempt) {
        if (::fcntl(fd, F_OFD_SETLK, &lock) == 0)
            return 0;
        const int error = errno;
        if ((error != EAGAIN && error != EACCES && error != EINTR) || attempt >= 200)
            return error;
        QThread::msleep(10);
    }
}

bool isSameFile(int fd, const QString &path)
{
    struct stat open = {};
    struct stat named = {};
    return ::fstat(fd, &open) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0
            && open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

int openForLocking(const QString &path)
{
    // Read-only suffices for a read lock; never created: SQLite makes the files.
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}

void unlock(GuardedFile &file)
{
    if (!file.locked)
        return;
    setOfdLock(file.databaseFd, F_UNLCK, SqliteFileGuard::sharedFirst, SqliteFileGuard::sharedSize);
    setOfdLock(file.shmFd, F_UNLCK, SqliteFileGuard::shmDeadManSwitch, 1);
    file.locked = false;
}

} // namespace

SqliteFileGuard::SqliteFileGuard(const QString &databaseFile)
    : m_path(databaseFile)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(databaseFile).constData(), &status) != 0) {
        m_error = QCoreApplication::translate("ipam::SqliteFileGuard", "cannot read %1: %2")
                          .arg(databaseFile, systemError(errno));
        return;
    }
    m_device = status.st_dev;
    m_inode = status.st_ino;
    const std::lock_guard<std::mutex> hold(registryMutex);
    ++registry()[{m_device, m_inode}].connections;
}

SqliteFileGuard::~SqliteFileGuard()
{
    if (!isValid())
        return;
    const std::lock_guard<std::mutex> hold(registryMutex);
    auto found = registry().find({m_device, m_inode});
    if (found == registry().end() || --found->second.connections > 0)
        return;
    // No connection of this process has the file open any more, so closing these drops no
    // lock of SQLite's.
    GuardedFile &file = found->second;
    unlock(file);
    for (int fd : std::as_const(file.replacedFds) + QList<int>{file.databaseFd, file.shmFd}) {
        if (fd >= 0)
            ::close(fd);
    }
    registry().erase(found);
}

bool SqliteFileGuard::hold()
{
    if (!isValid())
        return false;
    const std::lock_guard<std::mutex> guard(registryMutex);
    GuardedFile &file = registry()[{m_device, m_inode}];
    const QString shmPath = m_path + QStringLiteral("-shm");
    if (file.locked && isSameFile(file.shmFd, shmPath))
        return true;
    // The database's descriptor is of this inode by construction; the -shm may have been
    // deleted (by a last close that raced with this open) and made anew.
    if (file.databaseFd < 0)
        file.databaseFd = openForLocking(m_path);
    if (file.shmFd >= 0 && !isSameFile(file.shmFd, shmPath)) {
        unlock(file);
        file.replacedFds.append(std::exchange(file.shmFd, -1));
    }
    if (file.shmFd < 0)
        file.shmFd = openForLocking(shmPath);
    if (file.databaseFd < 0 || file.shmFd < 0) {
        m_error = QCoreApplication::translate("ipam::SqliteFileGuard",
                                              "cannot open %1 to guard it: %2")
                          .arg(file.databaseFd < 0 ? m_path : shmPath, systemError(errno));
        return false;
    }
    if (const int error = setOfdLock(file.databaseFd, F_RDLCK, sharedFirst, sharedSize)) {
        m_error = QCoreApplication::translate("ipam::SqliteFileGuard", "cannot lock %1: %2")
                          .arg(m_path, systemError(error));
        return false;
    }
    if (const int error = setOfdLock(file.shmFd, F_RDLCK, shmDeadManSwitch, 1)) {
        setOfdLock(file.databaseFd, F_UNLCK, sharedFirst, sharedSize);
        m_error = QCoreApplication::translate("ipam::SqliteFileGuard", "cannot lock %1: %2")
                          .arg(shmPath, systemError(error));
        return false;
    }
    file.locked = true;
    return true;
}

void SqliteFileGuard::releaseIfLast()
{
    if (!isValid())
        return;
    const std::lock_guard<std::mutex> guard(registryMutex);
    auto found = registry().find({m_device, m_inode});
    if (found != registry().end() && found->second.connections == 1)
        unlock(found->second);
}

} // namespace ipam
