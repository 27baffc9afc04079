#pragma once

#include <QString>
#include <QStringList>

namespace ipam::audittext {

// Audit rows hold their text in the source language, English: an admin in another locale
// must read the same log as the user who was refused, and scripts grep it. The user reads
// the message in their own language where it is made; format() gives both at once, and
// translated() turns a stored message back into the reader's language for display when it
// is one of the templates below (anything else, a database's own text, shows as stored).
struct Text
{
    QString shown;   // in the user's language (QCoreApplication::translate)
    QString audited; // the same words in English
};

// `sourceText` must be one of knownTemplates() (a QT_TRANSLATE_NOOP'd literal).
Text format(const char *context, const char *sourceText, const QStringList &arguments);

QString translated(const QString &stored);

struct Template
{
    const char *context;
    const char *sourceText;
};
// The templates audit rows are written from, as lupdate sees them.
QList<Template> knownTemplates();

} // namespace ipam::audittext
