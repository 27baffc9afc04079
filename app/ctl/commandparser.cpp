#include "commandparser.h"

#include "domain/printabletext.h"

#include <QCoreApplication>
#include <cstdio>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

} // namespace

void printError(const QString &message)
{
    // One line, whatever the message holds, and nothing a terminal would act on (a stored
    // name with an ESC sequence in it, from before names were checked).
    QString line = printableText(message.simplified());
    writeLine(stderr, u"ipamctl: "_s + line);
}

int refuse(const QString &message)
{
    printError(message);
    return Refused;
}

int usageError(const QString &message, const QString &synopsis)
{
    printError(message);
    writeLine(stderr,
              QCoreApplication::translate(
                      "ipamctl",
                      "usage: ipamctl [--db URL] [--as PRINCIPAL] [--format table|json|csv] %1")
                      .arg(synopsis));
    return Usage;
}

CommandParser::CommandParser(QString synopsis)
    : m_synopsis(std::move(synopsis))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

void CommandParser::addValue(const QString &name, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, QString(), valueName));
}

void CommandParser::addFlag(const QString &name)
{
    m_parser.addOption(QCommandLineOption(name));
}

bool CommandParser::parse(const QStringList &arguments, int minOperands, int maxOperands,
                          const QString &operandNames)
{
    // QCommandLineParser skips the first argument, the program's name.
    if (!m_parser.parse(QStringList{u"ipamctl"_s} + arguments)) {
        usageError(m_parser.errorText());
        return false;
    }
    m_operands = m_parser.positionalArguments();
    if (m_operands.size() < minOperands) {
        usageError(QCoreApplication::translate("ipamctl", "missing %1").arg(operandNames));
        return false;
    }
    if (maxOperands >= 0 && m_operands.size() > maxOperands) {
        usageError(QCoreApplication::translate("ipamctl", "unexpected argument \"%1\"")
                           .arg(m_operands.at(maxOperands)));
        return false;
    }
    return true;
}

std::optional<QString> CommandParser::optional(const QString &name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    return m_parser.value(name);
}

int CommandParser::usageError(const QString &message) const
{
    return ctl::usageError(message, m_synopsis);
}

} // namespace ipam::ctl
