#pragma once

#include <QString>

#include <sys/types.h>

namespace ipam {

// Keeps an SQLite store in WAL mode from being taken for unused by other processes while this
// process has it open, whatever other code of this process does with its files.
//
// Why: SQLite locks with POSIX (fcntl) record locks, and on Linux closing *any* descriptor of a
// file drops all of the process's POSIX locks on it. A file dialog sniffing the database's
// type, a backup copy, a QFile::exists-and-read: once such code closes its descriptor, the
// connection still believes it holds its SHARED lock on the database and its lock on the
// -shm's dead-man-switch byte, but the kernel no longer does. The next ipamctl then finds
// no other user: on close it gets the EXCLUSIVE lock, checkpoints and deletes -wal and -shm
// while this process keeps writing to the deleted files. From then on the two work on
// different copies, and whatever this process commits is lost when it closes (SQLite's "How
// To Corrupt An SQLite Database File", section 2.2).
//
// How: the guard holds Linux open-file-description locks (F_OFD_SETLK) on a descriptor of its
// own: a read lock on SQLite's SHARED byte range of the database file and on the DMS byte of
// the -shm. OFD locks belong to that descriptor, not to the process, so no other descriptor's
// close drops them; and they conflict with other processes' POSIX locks exactly as SQLite's
// own would. So another process can neither get EXCLUSIVE (and delete the WAL) nor take
// itself for the first user of the -shm (and reset it) while this process has the store open.
//
// Because the guard's read lock also conflicts with this process's own SQLite asking for
// EXCLUSIVE, it is taken only once the connection is in WAL mode (where SQLite needs
// EXCLUSIVE only to leave WAL and in the last close), and let go of right before the
// process's last connection to the file closes, so that this close may still checkpoint and
// delete -wal and -shm when no other process uses them. Letting go is an unlock, never a
// close: closing the guard's descriptor would itself drop SQLite's POSIX locks. The
// descriptors are closed only when no connection of this process has the file open any more.
//
// A connection joins (join()) right after SQLite has opened the file and before its first
// statement: SQLite takes no lock before that, so a guard closing its descriptors then drops
// nothing. All connections of a process to one file (the console's, the live feed's, the
// background sync's) share one guard, counted per inode as SQLite counts its own locks.
//
// Leaving WAL mode (PRAGMA journal_mode=DELETE) on a guarded store is refused by SQLite as
// "database is locked": the store is always in WAL mode while open.
class SqliteFileGuard
{
public:
    // Counts a connection of this process to `databaseFile` (which must exist: call it after
    // SQLite opened it). An invalid guard (error() says why) guards nothing.
    explicit SqliteFileGuard(const QString &databaseFile);
    // Counts the connection out; the last one closes the guard's descriptors. Call it after
    // the connection closed.
    ~SqliteFileGuard();
    SqliteFileGuard(const SqliteFileGuard &) = delete;
    SqliteFileGuard &operator=(const SqliteFileGuard &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // Takes the locks unless this process holds them already (or holds them on files that
    // were replaced since: then on the new ones). Call it once the connection is in WAL mode.
    // False + error() when another process keeps a conflicting lock for over two seconds or
    // the file system has no OFD locks.
    bool hold();
    // Lets go of the locks when this is the process's last connection to the file. Call it
    // right before the connection closes.
    void releaseIfLast();

    // SQLite's lock layout (os_unix.c, sqliteInt.h of SQLite 3.x: the PENDING byte is at 1 GiB,
    // the SHARED range of 510 bytes follows the RESERVED byte; the -shm's locks start at byte
    // 120, eight of them, then the dead-man switch).
    static constexpr off_t pendingByte = 0x40000000;
    static constexpr off_t sharedFirst = pendingByte + 2;
    static constexpr off_t sharedSize = 510;
    static constexpr off_t shmDeadManSwitch = (22 + 8) * 4 + 8;

private:
    dev_t m_device = 0;
    ino_t m_inode = 0;
    QString m_path;
    QString m_error;
};

} // namespace ipam
