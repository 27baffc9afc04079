// sync: two-way sync with VMM over its REST service (model/vmm/vmmsync.h), its conflicts and
// their resolution.
//
//   sync --vmm URL [--space PROVIDER] [--stamp GUID] [--host-group G]... [--dry-run]
//        [--no-pull] [--no-push] [--once | --interval SECONDS] [--credentials-file F]
//        [--timeout SECONDS] [--ca-file PEM] [--pin SHA256]
//   sync --conflicts
//   sync --resolve ID --keep ipam|vmm [--vmm URL] [--space PROVIDER] [--credentials-file F]
//
// --stamp picks the VMM server (SPF stamp) to sync: SPF serves all of them in one set; without
// it a service of one stamp just works and one of several is refused, naming them.
// One run is the default (--once says so explicitly); --interval SECONDS runs again every
// SECONDS until interrupted. Credentials: --credentials-file (mode 0600), else IPAM_VMM_TOKEN
// or IPAM_VMM_USER + IPAM_VMM_PASSWORD, else a prompt when stdin is a terminal (no echo).

#include "commands.h"

#include "domain/accessscope.h"
#include "vmm/vmmcredentials.h"
#include "vmm/vmmsync.h"
#include "vmm/vmmtrust.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <QCoreApplication>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

const QString synopsis = u"sync --vmm URL [--space PROVIDER] [--stamp GUID] [--host-group G]... "
                         "[--dry-run] [--no-pull] [--no-push] [--once | --interval SECONDS] "
                         "[--credentials-file F] [--timeout SECONDS] [--ca-file PEM] "
                         "[--pin SHA256] | sync --conflicts "
                         "| sync --resolve ID --keep ipam|vmm [--vmm URL] [--space PROVIDER] "
                         "[--credentials-file F]"_s;

QString readLine(bool echo)
{
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const char *got = std::fgets(buffer, sizeof buffer, stdin);
    if (terminal && !echo) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return got ? QString::fromLocal8Bit(got).trimmed() : QString();
}

// Credentials from the file, the environment, or the terminal; never written anywhere.
Parsed<VmmCredentials> credentials(const CommandParser &parser)
{
    if (const auto file = parser.optional(u"credentials-file"_s))
        return vmmcredentials::fromFile(*file);
    const Parsed<VmmCredentials> environment = vmmcredentials::fromEnvironment();
    if (!environment || !environment.value().isEmpty() || !isatty(STDIN_FILENO))
        return environment;
    VmmCredentials asked;
    std::fputs(QCoreApplication::translate("ipamctl", "VMM user (empty for none): ")
                       .toLocal8Bit()
                       .constData(),
               stderr);
    std::fflush(stderr);
    asked.user = readLine(true);
    if (!asked.user.isEmpty()) {
        std::fputs(
                QCoreApplication::translate("ipamctl", "VMM password: ").toLocal8Bit().constData(),
                stderr);
        std::fflush(stderr);
        asked.password = readLine(false);
    }
    return asked;
}

QJsonObject reportJson(const VmmSyncReport &report, const QStringList &notInVmm)
{
    return QJsonObject{{"Created"_L1, report.created},
                       {"Updated"_L1, report.updated},
                       {"Deleted"_L1, report.deleted},
                       {"Unchanged"_L1, report.unchanged},
                       {"Conflicts"_L1, report.conflicts},
                       {"Refused"_L1, report.refused},
                       {"Denied"_L1, report.denied},
                       {"NotInVmm"_L1, report.notInVmm},
                       {"Completed"_L1, report.completed},
                       {"Error"_L1, report.error},
                       {"NotInVmmObjects"_L1, QJsonArray::fromStringList(notInVmm)},
                       {"Warnings"_L1, QJsonArray::fromStringList(report.warnings)},
                       {"Log"_L1, QJsonArray::fromStringList(report.log)}};
}

int exitCodeOf(const VmmSyncReport &report)
{
    if (report.denied > 0)
        return Denied;
    return report.completed && report.refused == 0 ? Done : Refused;
}

int listConflicts(Invocation &invocation, VmmSync &sync)
{
    const QList<VmmConflict> conflicts = sync.conflicts();
    auto compact = [](const QJsonObject &o) {
        return o.isEmpty() ? u"(removed)"_s
                           : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    };
    if (invocation.format() == OutputFormat::Json) {
        QJsonArray records;
        for (const VmmConflict &c : conflicts) {
            records.append(QJsonObject{
                    {"Id"_L1, c.id},
                    {"Kind"_L1, toString(c.kind)},
                    {"Name"_L1, c.name},
                    {"ObjectId"_L1, c.objectId},
                    {"RemoteSet"_L1, c.remoteSet},
                    {"RemoteId"_L1, c.remoteId.toString(QUuid::WithoutBraces)},
                    {"Detected"_L1, time(c.detectedMs)},
                    {"Ipam"_L1, c.ipamVersion.isEmpty() ? QJsonValue() : QJsonValue(c.ipamVersion)},
                    {"Vmm"_L1, c.vmmVersion.isEmpty() ? QJsonValue() : QJsonValue(c.vmmVersion)}});
        }
        invocation.printJson(records);
        return Done;
    }
    RecordTable table;
    table.columns = {u"Id"_s, u"Kind"_s, u"Name"_s, u"Detected"_s, u"Ipam"_s, u"Vmm"_s};
    for (const VmmConflict &c : conflicts)
        table.rows.append({c.id, toString(c.kind), c.name, time(c.detectedMs),
                           compact(c.ipamVersion), compact(c.vmmVersion)});
    invocation.printTable(table);
    return Done;
}

int runSync(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"vmm"_s, u"URL"_s);
    parser.addValue(u"space"_s, u"PROVIDER"_s);
    parser.addValue(u"stamp"_s, u"GUID"_s);
    parser.addValue(u"host-group"_s, u"G"_s);
    parser.addFlag(u"dry-run"_s);
    parser.addFlag(u"once"_s);
    parser.addValue(u"interval"_s, u"SECONDS"_s);
    parser.addValue(u"credentials-file"_s, u"F"_s);
    parser.addValue(u"timeout"_s, u"SECONDS"_s);
    parser.addValue(u"ca-file"_s, u"PEM"_s);
    parser.addValue(u"pin"_s, u"SHA256"_s);
    parser.addFlag(u"no-pull"_s);
    parser.addFlag(u"no-push"_s);
    parser.addFlag(u"conflicts"_s);
    parser.addValue(u"resolve"_s, u"ID"_s);
    parser.addValue(u"keep"_s, u"ipam|vmm"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;

    const bool listing = parser.isSet(u"conflicts"_s);
    const bool resolving = parser.isSet(u"resolve"_s);
    if (listing && resolving)
        return parser.usageError(
                QCoreApplication::translate("ipamctl", "give either --conflicts or --resolve"));
    if (!listing && !resolving && !parser.isSet(u"vmm"_s))
        return parser.usageError(QCoreApplication::translate("ipamctl", "missing --vmm URL"));
    if (parser.isSet(u"once"_s) && parser.isSet(u"interval"_s))
        return parser.usageError(
                QCoreApplication::translate("ipamctl", "give either --once or --interval"));
    if (resolving != parser.isSet(u"keep"_s))
        return parser.usageError(
                QCoreApplication::translate("ipamctl", "--resolve ID goes with --keep ipam|vmm"));

    VmmSyncOptions options;
    if (parser.isSet(u"vmm"_s)) {
        options.baseUrl = QUrl(parser.value(u"vmm"_s), QUrl::StrictMode);
        const QString scheme = options.baseUrl.scheme();
        if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()
            || (scheme != "http"_L1 && scheme != "https"_L1))
            return refuse(
                    QCoreApplication::translate("ipamctl", "--vmm \"%1\" is not an http(s) URL")
                            .arg(parser.value(u"vmm"_s)));
    }
    if (const auto space = parser.optional(u"space"_s))
        options.providerSpace = *space;
    if (const auto stamp = parser.optional(u"stamp"_s)) {
        options.stampId = QUuid::fromString(stamp->trimmed());
        if (options.stampId.isNull())
            return refuse(QCoreApplication::translate("ipamctl", "--stamp \"%1\" is not a GUID")
                                  .arg(*stamp));
    }
    options.hostGroups = parser.values(u"host-group"_s);
    // HTTPS: the system's CAs, plus a private CA's certificate, or the service's own pinned.
    if (const auto caFile = parser.optional(u"ca-file"_s)) {
        if (const QString problem = vmmtrust::checkCaFile(*caFile); !problem.isEmpty())
            return refuse(u"--ca-file: "_s + problem);
        options.caFile = *caFile;
    }
    if (const auto pin = parser.optional(u"pin"_s)) {
        if (const QString problem = vmmtrust::checkPin(*pin); !problem.isEmpty())
            return refuse(u"--pin "_s + problem);
        options.pinnedSha256 = vmmtrust::normalizedPin(*pin);
    }
    options.dryRun = parser.isSet(u"dry-run"_s);
    options.pull = !parser.isSet(u"no-pull"_s);
    options.push = !parser.isSet(u"no-push"_s);
    if (const auto timeout = parser.optional(u"timeout"_s)) {
        const Parsed<int> seconds = parseCount(u"timeout"_s, *timeout, 3600);
        if (!seconds)
            return refuse(seconds.error());
        options.timeoutMs = std::max(1, seconds.value()) * 1000;
    }
    int intervalSeconds = 0;
    if (const auto interval = parser.optional(u"interval"_s)) {
        const Parsed<int> seconds = parseCount(u"interval"_s, *interval, 7 * 24 * 3600);
        if (!seconds || seconds.value() < 1)
            return refuse(seconds ? QCoreApplication::translate(
                                  "ipamctl", "--interval must be at least 1 second")
                                  : seconds.error());
        intervalSeconds = seconds.value();
    }
    qint64 conflictId = 0;
    KeepSide keep = KeepSide::Vmm;
    if (resolving) {
        bool ok = false;
        conflictId = parser.value(u"resolve"_s).toLongLong(&ok);
        if (!ok || conflictId <= 0)
            return refuse(QCoreApplication::translate("ipamctl",
                                                      "--resolve takes a conflict id, not \"%1\"")
                                  .arg(parser.value(u"resolve"_s)));
        const QString side = parser.value(u"keep"_s).toLower();
        if (side != "ipam"_L1 && side != "vmm"_L1)
            return refuse(
                    QCoreApplication::translate("ipamctl", "--keep must be ipam or vmm, not \"%1\"")
                            .arg(parser.value(u"keep"_s)));
        keep = side == "ipam"_L1 ? KeepSide::Ipam : KeepSide::Vmm;
        if (keep == KeepSide::Ipam && !parser.isSet(u"vmm"_s))
            return parser.usageError(QCoreApplication::translate(
                    "ipamctl", "--keep ipam sends IPAM's version to VMM: give --vmm URL"));
    }

    if (const int code = invocation.open())
        return code;
    if (const Verdict allowed = invocation.grants().check(
                Operation::RunVmmSynchronization, AccessScope::globalId, u"VMM synchronization"_s);
        !allowed) {
        printError(allowed.reason());
        return Denied;
    }
    if (options.baseUrl.isValid() && !listing) {
        const Parsed<VmmCredentials> given = credentials(parser);
        if (!given)
            return refuse(given.error());
        options.credentials = given.value();
    }
    VmmSync sync(invocation.writePath(), options);
    if (listing)
        return listConflicts(invocation, sync);
    if (resolving) {
        const WriteResult result = sync.resolve(conflictId, keep);
        for (const QString &warning : sync.warnings())
            printError(QCoreApplication::translate("ipamctl", "warning: %1").arg(warning));
        if (!result.ok()) {
            printError(result.message);
            return result.exitCode();
        }
        invocation.printRaw(
                QCoreApplication::translate("ipamctl", "resolved conflict #%1: kept %2's version\n")
                        .arg(conflictId)
                        .arg(keep == KeepSide::Ipam ? u"IPAM"_s : u"VMM"_s)
                        .toUtf8());
        return Done;
    }

    for (;;) {
        const VmmSyncReport report = sync.run();
        const QStringList notInVmm = sync.notInVmm();
        if (invocation.format() == OutputFormat::Json) {
            invocation.printJson(QJsonArray{reportJson(report, notInVmm)});
        } else {
            QByteArray text;
            for (const QString &line : report.log)
                text += line.toUtf8() + '\n';
            for (const QString &line : notInVmm)
                text += QCoreApplication::translate("ipamctl", "not in VMM: %1").arg(line).toUtf8()
                        + '\n';
            invocation.printRaw(text);
        }
        // Warnings go to stderr whatever the format: a script reading stdout still shows them.
        for (const QString &warning : report.warnings)
            printError(QCoreApplication::translate("ipamctl", "warning: %1").arg(warning));
        if (!report.completed)
            printError(QCoreApplication::translate("ipamctl", "sync did not complete: %1")
                               .arg(report.error));
        if (intervalSeconds == 0)
            return exitCodeOf(report);
        QThread::sleep(intervalSeconds);
    }
}

} // namespace

QList<Command> syncCommands()
{
    return {{u"sync"_s, QString(), synopsis, runSync}};
}

} // namespace ipam::ctl
