// import, export: IPAM's CSV files of subnets, ranges and addresses.

#include "commands.h"

#include "io/csvexporter.h"
#include "io/csvimporter.h"

#include <QFile>
#include <QSaveFile>

#include <QCoreApplication>
#include <cstdio>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

std::optional<ObjectKind> fileKind(const QString &word)
{
    if (word == "subnet"_L1)
        return ObjectKind::Subnet;
    if (word == "range"_L1)
        return ObjectKind::Range;
    if (word == "address"_L1)
        return ObjectKind::Address;
    return std::nullopt;
}

int importFile(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"family"_s, u"4|6"_s);
    if (!parser.parse(arguments, 2, 2, u"subnet|range|address FILE"_s))
        return Usage;
    const QString &word = parser.operands().at(0);
    const std::optional<ObjectKind> kind = fileKind(word);
    if (!kind)
        return parser.usageError(
                QCoreApplication::translate(
                        "ipamctl", "cannot import \"%1\": expected subnet, range or address")
                        .arg(word));
    std::optional<Family> family;
    if (const auto text = parser.optional(u"family"_s)) {
        const Parsed<Family> parsed = parseFamily(*text);
        if (!parsed)
            return refuse(parsed.error());
        family = parsed.value();
    }
    const QString &path = parser.operands().at(1);
    QFile file;
    const bool opened = path == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return refuse(QCoreApplication::translate("ipamctl", "cannot read %1: %2")
                              .arg(path, file.errorString()));
    if (const int code = invocation.open())
        return code;

    CsvImporter importer(invocation.writePath());
    importer.setFamily(family);
    const ImportResult result
            = importer.importFrom(*kind, &file, u"import %1 %2"_s.arg(word, path));
    if (!result.ok()) {
        printError(result.message);
        return result.exitCode();
    }
    RecordTable summary;
    summary.columns
            = {u"ObjectType"_s, u"Rows"_s, u"Added"_s, u"Updated"_s, u"Skipped"_s, u"Unchanged"_s};
    summary.rows.append({toString(*kind), result.rows, result.added, result.updated, result.skipped,
                         result.unchanged});
    invocation.printTable(summary);
    return Done;
}

int exportFile(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"family"_s, u"4|6"_s);
    parser.addValue(u"out"_s, u"FILE"_s);
    if (!parser.parse(arguments, 1, 1, u"subnet|range|address"_s))
        return Usage;
    const QString &word = parser.operands().at(0);
    const std::optional<ObjectKind> kind = fileKind(word);
    if (!kind)
        return parser.usageError(
                QCoreApplication::translate(
                        "ipamctl", "cannot export \"%1\": expected subnet, range or address")
                        .arg(word));
    std::optional<Family> family;
    if (const auto text = parser.optional(u"family"_s)) {
        const Parsed<Family> parsed = parseFamily(*text);
        if (!parsed)
            return refuse(parsed.error());
        family = parsed.value();
    }
    if (const int code = invocation.open())
        return code;
    CsvExporter exporter(invocation.store());
    exporter.setFamily(family);
    const SqlCondition visible = invocation.visibleObjects();
    exporter.setCondition(visible.where, visible.binds);
    if (const auto name = parser.optional(u"space"_s)) {
        const Parsed<AddressSpace> space = invocation.names().spaceNamed(*name);
        if (!space)
            return refuse(space.error());
        exporter.setSpace(space.value().id);
    }

    const std::optional<QString> path = parser.optional(u"out"_s);
    if (!path || *path == "-"_L1) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return refuse(
                    QCoreApplication::translate("ipamctl", "cannot write to standard output: %1")
                            .arg(out.errorString()));
        const Parsed<qint64> written = exporter.exportTo(*kind, &out);
        out.flush();
        return written ? Done : refuse(written.error());
    }
    // Written aside and renamed at the end: a failed export leaves the old file as it was.
    QSaveFile out(*path);
    if (!out.open(QIODevice::WriteOnly))
        return refuse(QCoreApplication::translate("ipamctl", "cannot write %1: %2")
                              .arg(*path, out.errorString()));
    const Parsed<qint64> written = exporter.exportTo(*kind, &out);
    if (!written) {
        out.cancelWriting();
        return refuse(written.error());
    }
    if (!out.commit())
        return refuse(QCoreApplication::translate("ipamctl", "cannot write %1: %2")
                              .arg(*path, out.errorString()));
    return Done;
}

} // namespace

QList<Command> fileCommands()
{
    return {
            {u"import"_s, QString(), u"import subnet|range|address FILE [--family 4|6]"_s,
             importFile},
            {u"export"_s, QString(),
             u"export subnet|range|address [--space NAME] [--family 4|6] [--out FILE]"_s,
             exportFile},
    };
}

} // namespace ipam::ctl
