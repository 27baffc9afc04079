#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipam::ctl {

// ipamctl's exit codes (the contract in issue 2, section 4).
enum ExitCode : int {
    Done = 0,
    Refused = 1, // input refused: parse error, overlap, unknown name, rule broken
    Usage = 2,   // unknown command or option, missing argument
    Denied = 3,  // permission denied
    Conflict = 4 // a concurrent change got there first
};

// Prints "ipamctl: <message>" and the command's usage line to stderr; returns Usage.
int usageError(const QString &message, const QString &synopsis);
// Prints "ipamctl: <message>" (on one line) to stderr; returns Refused.
int refuse(const QString &message);
// Prints "ipamctl: <message>" (on one line) to stderr.
void printError(const QString &message);

// The options and operands of one subcommand ("subnet add 10.0.0.0/24 --space Default"), over
// QCommandLineParser, with ipamctl's rules: options only in long form, anywhere among the
// operands; an unknown option, a missing value or a wrong number of operands is a usage error
// that names the command's synopsis.
class CommandParser
{
public:
    explicit CommandParser(QString synopsis);

    // --name VALUE (may repeat; value() is the last one, values() all of them).
    void addValue(const QString &name, const QString &valueName);
    // --name, without a value.
    void addFlag(const QString &name);

    // Parses the arguments after the command words. On a usage error prints it and returns
    // false: the caller returns ExitCode::Usage. maxOperands < 0: no upper limit.
    bool parse(const QStringList &arguments, int minOperands, int maxOperands,
               const QString &operandNames);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    // The value if the option was given.
    std::optional<QString> optional(const QString &name) const;
    const QStringList &operands() const { return m_operands; }
    const QString &synopsis() const { return m_synopsis; }

    // Reports a usage error in this command (e.g. options that go together); returns Usage.
    int usageError(const QString &message) const;

private:
    QString m_synopsis;
    QCommandLineParser m_parser;
    QStringList m_operands;
};

} // namespace ipam::ctl
