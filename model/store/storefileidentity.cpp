#include "storefileidentity.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace ipam {

StoreFileIdentity StoreFileIdentity::of(const QString &path)
{
    StoreFileIdentity identity;
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        identity.device = status.st_dev;
        identity.inode = status.st_ino;
        identity.known = true;
    }
    return identity;
}

QString StoreFileIdentity::changeSince(const QString &path) const
{
    if (!known)
        return QString();
    const StoreFileIdentity now = of(path);
    if (!now.known)
        return QCoreApplication::translate("ipam",
                                           "the database file was removed or moved "
                                           "(%1): other programs' changes no longer "
                                           "reach this window")
                .arg(path);
    if (now.device != device || now.inode != inode)
        return QCoreApplication::translate("ipam",
                                           "the database file was replaced (%1): "
                                           "other programs now work on the new file, "
                                           "this window on the old one")
                .arg(path);
    return QString();
}

} // namespace ipam
