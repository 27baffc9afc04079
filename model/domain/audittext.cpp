#include "audittext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ipam::audittext {

namespace {

// Each template's arguments in the order %1, %2, ... (every template here uses each once).
const Template templates[] = {
        {"ipam::AccessGrants",
         QT_TRANSLATE_NOOP("ipam::AccessGrants",
                           "permission denied: %1 may not %2 on %3 (scope %4)")},
};

QString arg(QString text, const QStringList &arguments)
{
    // One multi-argument arg() pass: a value holding "%2" must not be substituted again.
    switch (arguments.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(arguments.at(0));
    case 2:
        return text.arg(arguments.at(0), arguments.at(1));
    case 3:
        return text.arg(arguments.at(0), arguments.at(1), arguments.at(2));
    case 4:
        return text.arg(arguments.at(0), arguments.at(1), arguments.at(2), arguments.at(3));
    default:
        return text.arg(arguments.at(0), arguments.at(1), arguments.at(2), arguments.at(3),
                        arguments.at(4));
    }
}

// "permission denied: %1 may not %2 on %3 (scope %4)" -> \Apermission denied: (.*) may not
// (.*) on (.*) \(scope (.*)\)\z, the captures in placeholder order.
struct Matcher
{
    const Template *tmpl;
    QRegularExpression pattern;
    QList<int> order; // capture i holds %order[i]
};

const QList<Matcher> &matchers()
{
    static const QList<Matcher> list = [] {
        QList<Matcher> out;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        for (const Template &t : templates) {
            const QString source = QString::fromUtf8(t.sourceText);
            QString pattern;
            QList<int> order;
            qsizetype at = 0;
            for (const QRegularExpressionMatch &m : placeholder.globalMatch(source)) {
                pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at));
                pattern += QStringLiteral("(.*)");
                order.append(m.captured(1).toInt());
                at = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(source.mid(at));
            // anchoredPattern() ends in \z: PCRE's "$" also matches before a final newline,
            // which would drop a stored text's trailing "\n" from its translation.
            out.append({&t,
                        QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                           QRegularExpression::DotMatchesEverythingOption),
                        order});
        }
        return out;
    }();
    return list;
}

} // namespace

Text format(const char *context, const char *sourceText, const QStringList &arguments)
{
    return {arg(QCoreApplication::translate(context, sourceText), arguments),
            arg(QString::fromUtf8(sourceText), arguments)};
}

QString translated(const QString &stored)
{
    for (const Matcher &m : matchers()) {
        const QRegularExpressionMatch match = m.pattern.match(stored);
        if (!match.hasMatch())
            continue;
        QStringList arguments(m.order.size());
        for (qsizetype i = 0; i < m.order.size(); ++i) {
            const int n = m.order.at(i);
            if (n >= 1 && n <= arguments.size())
                arguments[n - 1] = match.captured(int(i) + 1);
        }
        return arg(QCoreApplication::translate(m.tmpl->context, m.tmpl->sourceText), arguments);
    }
    return stored;
}

QList<Template> knownTemplates()
{
    return QList<Template>(std::begin(templates), std::end(templates));
}

} // namespace ipam::audittext
