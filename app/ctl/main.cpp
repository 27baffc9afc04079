// ipamctl: IPAM Console's command line. Parses the global options, finds the command, runs it;
// the commands live in *commands.cpp, the work in model/.

#include "commands.h"
#include "translations.h"
#include "usage.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ipam;
using namespace ipam::ctl;
using namespace Qt::StringLiterals;

namespace {

QStringList synopses(const QString &group)
{
    QStringList lines;
    for (const Command &command : allCommands()) {
        if (command.group == group)
            lines.append(command.synopsis);
    }
    return lines;
}

bool isGlobalOption(const QString &argument)
{
    const QString name = argument.section(u'=', 0, 0);
    return name == "--db"_L1 || name == "--as"_L1 || name == "--format"_L1;
}

// Reads the global option at arguments[*i] (and its value, advancing *i); false after a
// usage error.
bool readGlobalOption(const QStringList &arguments, qsizetype *i, GlobalOptions *options,
                      int *exitCode)
{
    const QString &argument = arguments.at(*i);
    const qsizetype equals = argument.indexOf(u'=');
    const QString name = equals < 0 ? argument : argument.left(equals);
    QString value;
    if (equals >= 0) {
        value = argument.mid(equals + 1);
    } else if (*i + 1 < arguments.size()) {
        value = arguments.at(++*i);
    } else {
        *exitCode = usageError(
                QCoreApplication::translate("ipamctl", "missing value after %1").arg(name),
                u"COMMAND ..."_s);
        return false;
    }
    if (name == "--db"_L1) {
        options->database = value;
    } else if (name == "--as"_L1) {
        options->principal = value;
    } else {
        // A value given but not one of the choices is refused (1) like any other option's;
        // usage (2) is for a command line that is not a command.
        const std::optional<OutputFormat> format = outputFormatFromString(value);
        if (!format) {
            *exitCode = refuse(QCoreApplication::translate(
                                       "ipamctl", "--format must be table, json or csv, not \"%1\"")
                                       .arg(value));
            return false;
        }
        options->format = *format;
    }
    return true;
}

// Reads the global options and returns the rest of the arguments, command first. They belong
// before the command, but are also taken after it (scripts write `ipamctl subnet list
// --format json`): no command has options of these names. nullopt after a usage error or
// --help (then *exitCode says how to exit).
std::optional<QStringList> parseGlobalOptions(const QStringList &arguments, GlobalOptions *options,
                                              int *exitCode)
{
    QStringList rest;
    bool beforeCommand = true;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1) {
            rest += arguments.mid(i);
            break;
        }
        if (beforeCommand && (argument == "--help"_L1 || argument == "-h"_L1)) {
            const QByteArray text = helpText().toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            *exitCode = Done;
            return std::nullopt;
        }
        // --version and the hidden --man (the build renders ipamctl(1) with it).
        if (beforeCommand && (argument == "--version"_L1 || argument == "--man"_L1)) {
            const QByteArray text
                    = argument == "--man"_L1 ? manPage() : (versionText() + u'\n').toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            *exitCode = Done;
            return std::nullopt;
        }
        if (isGlobalOption(argument)) {
            if (!readGlobalOption(arguments, &i, options, exitCode))
                return std::nullopt;
            continue;
        }
        if (beforeCommand && argument.startsWith(u'-')) {
            *exitCode = usageError(QCoreApplication::translate("ipamctl", "unknown option %1")
                                           .arg(argument.section(u'=', 0, 0)),
                                   u"COMMAND ..."_s);
            return std::nullopt;
        }
        beforeCommand = false;
        rest.append(argument);
    }
    if (rest.isEmpty()) {
        *exitCode = usageError(
                QCoreApplication::translate("ipamctl", "missing command"),
                QCoreApplication::translate("ipamctl", "COMMAND ...  (ipamctl --help lists them)"));
        return std::nullopt;
    }
    return rest;
}

int run(const QStringList &arguments)
{
    GlobalOptions options;
    int exitCode = Done;
    const std::optional<QStringList> words = parseGlobalOptions(arguments, &options, &exitCode);
    if (!words)
        return exitCode;
    const QStringList &commandLine = *words;
    const QString &group = commandLine.constFirst();
    const QStringList verbs = synopses(group);
    if (verbs.isEmpty())
        return usageError(
                QCoreApplication::translate("ipamctl", "unknown command \"%1\"").arg(group),
                QCoreApplication::translate("ipamctl", "COMMAND ...  (ipamctl --help lists them)"));
    const Command *found = nullptr;
    qsizetype rest = 1; // the verb, then the command's own arguments
    for (const Command &command : allCommands()) {
        if (command.group != group)
            continue;
        if (command.verb.isEmpty()) {
            found = &command;
            break;
        }
        if (rest < commandLine.size() && commandLine.at(rest) == command.verb) {
            found = &command;
            break;
        }
    }
    if (!found) {
        const QString message = rest < commandLine.size()
                ? QCoreApplication::translate("ipamctl", "unknown command \"%1 %2\"")
                          .arg(group, commandLine.at(rest))
                : QCoreApplication::translate("ipamctl", "missing subcommand after \"%1\"")
                          .arg(group);
        return usageError(message, verbs.join(u"\n       ipamctl ... "_s));
    }
    if (!found->verb.isEmpty())
        ++rest;

    Invocation invocation(options);
    CommandParser parser(found->synopsis);
    return found->run(invocation, parser, commandLine.mid(rest));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same name as the console, so both find the same default database
    // (QStandardPaths::AppDataLocation, see DatabaseLocation::defaultFilePath).
    QCoreApplication::setApplicationName(u"ipam-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IPAM_VERSION));
    installTranslators(app);
    return run(QCoreApplication::arguments());
}
