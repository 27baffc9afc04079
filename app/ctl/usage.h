#pragma once

#include <QByteArray>
#include <QString>

namespace ipam::ctl {

// The one description of ipamctl's interface: commands (from allCommands()) with what each
// does, global options, exit codes, environment variables, files and the JSON keys of each
// kind. `ipamctl --help` prints it in the user's language; `ipamctl --man` renders the same
// text as the ipamctl(1) manual page (English), which the build installs, so the two cannot
// drift apart.
QString helpText();
QByteArray manPage();
QString versionText();

// What `ipamctl group verb` does, in one sentence (English; translate with
// QCoreApplication::translate("ipamctl", ...)); empty for a command without one.
const char *commandDescription(const QString &group, const QString &verb);

} // namespace ipam::ctl
