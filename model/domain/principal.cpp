#include "principal.h"

#include <QProcessEnvironment>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace ipam {

namespace {

QStringList groupsOf(const passwd &entry)
{
    int count = 64;
    std::vector<gid_t> gids(count);
    if (getgrouplist(entry.pw_name, entry.pw_gid, gids.data(), &count) < 0) {
        gids.resize(count);
        getgrouplist(entry.pw_name, entry.pw_gid, gids.data(), &count);
    }
    gids.resize(count);
    QStringList groups;
    for (gid_t gid : gids) {
        if (const group *g = getgrgid(gid))
            groups.append(QString::fromLocal8Bit(g->gr_name));
    }
    return groups;
}

} // namespace

Principal Principal::currentOsUser()
{
    Principal principal;
    // getpwuid is the truth for who runs the process; USER may be stale under sudo/runuser.
    const passwd *entry = getpwuid(geteuid());
    principal.name = entry ? QString::fromLocal8Bit(entry->pw_name)
                           : QProcessEnvironment::systemEnvironment().value(QStringLiteral("USER"));
    if (!entry)
        return principal;
    principal.groups = groupsOf(*entry);
    return principal;
}

QStringList Principal::osGroupsOf(const QString &userName)
{
    if (userName.isEmpty())
        return {};
    const passwd *entry = getpwnam(userName.toLocal8Bit().constData());
    return entry ? groupsOf(*entry) : QStringList();
}

} // namespace ipam
