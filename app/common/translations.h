#pragma once

class QCoreApplication;

namespace ipam {

// Installs the translation of the user's language (QLocale::system(), i.e. LANG / LC_ALL /
// LC_MESSAGES) for IPAM Console's own strings (compiled into the program) and for Qt's
// (qtbase_*.qm from Qt's translations folder: standard buttons, QCommandLineParser's
// messages). English needs none; a language without a translation stays English.
void installTranslators(QCoreApplication &app);

} // namespace ipam
