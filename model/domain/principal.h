#pragma once

#include <QString>
#include <QStringList>

namespace ipam {

// Who acts: an OS user on SQLite, a database login on PostgreSQL, or the configured sync
// account. Every write names its principal; authorization and the audit log use it.
struct Principal
{
    QString name;
    QStringList groups;

    // The acting OS user (USER / LOGNAME), with its local groups.
    static Principal currentOsUser();
    // The local groups of the named OS user (getgrouplist), empty for an unknown user.
    static QStringList osGroupsOf(const QString &userName);
};

} // namespace ipam
