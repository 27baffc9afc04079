#pragma once

#include <QString>

#include <sys/types.h>

namespace ipam {

// Which file an SQLite store's path named when it was opened (device and inode), to tell later
// whether the path still names it: a store replaced, moved or deleted under an open
// connection leaves that connection on the old file, alone, while other processes open the
// new one by the same path.
struct StoreFileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool known = false;

    static StoreFileIdentity of(const QString &path);
    // Empty while `path` still names this file; else why not, in the admin's words.
    QString changeSince(const QString &path) const;
};

} // namespace ipam
