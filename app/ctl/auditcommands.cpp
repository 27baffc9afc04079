// audit list: the change history, newest first.

#include "commands.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

int listAudit(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"limit"_s, u"N"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    const Parsed<int> limit = parseCount(
            u"limit"_s, parser.value(u"limit"_s).isEmpty() ? u"100"_s : parser.value(u"limit"_s),
            1000000000);
    if (!limit)
        return refuse(limit.error());
    if (const int code = invocation.open())
        return code;
    if (const Verdict allowed
        = invocation.grants().check(Operation::ViewAuditLog, AccessScope::globalId,
                                    QCoreApplication::translate("ipamctl", "the audit log"));
        !allowed) {
        printError(allowed.reason());
        return Denied;
    }

    // Before/After are JSON text; a table for people leaves them out.
    const bool full = invocation.format() != OutputFormat::Table;
    RecordTable table;
    table.columns = {u"Id"_s, u"Time"_s, u"Principal"_s, u"Operation"_s, u"Object"_s, u"Outcome"_s};
    if (full)
        table.columns += {u"Before"_s, u"After"_s};
    for (const AuditEntry &entry : invocation.store().auditLog(limit.value())) {
        QList<QVariant> row
                = {entry.id,
                   QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC).toString(Qt::ISODateWithMs),
                   entry.principal,
                   entry.operation,
                   entry.object,
                   entry.outcome};
        if (full)
            row += {entry.beforeJson, entry.afterJson};
        table.rows.append(row);
    }
    invocation.printTable(table);
    return Done;
}

} // namespace

QList<Command> auditCommands()
{
    return {
            {u"audit"_s, u"list"_s, u"audit list [--limit N]"_s, listAudit},
    };
}

} // namespace ipam::ctl
