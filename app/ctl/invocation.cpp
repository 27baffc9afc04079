#include "invocation.h"

#include "commandparser.h"
#include "domain/principal.h"
#include "store/database.h"

#include <cmath>
#include <cstdio>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

Invocation::Invocation(GlobalOptions options)
    : m_options(std::move(options))
{ }

Invocation::~Invocation() = default;

bool Invocation::open()
{
    const Parsed<DatabaseLocation> location = DatabaseLocation::resolve(m_options.database);
    if (!location) {
        printError(location.error());
        return false;
    }
    const Parsed<std::shared_ptr<Database>> database = Database::open(location.value());
    if (!database) {
        printError(database.error());
        return false;
    }
    Principal principal;
    if (m_options.principal.isEmpty())
        principal = Principal::currentOsUser();
    else
        principal.name = m_options.principal; // RBAC will decide who may act as whom
    m_writePath = std::make_unique<WritePath>(database.value(), std::move(principal));
    m_names = std::make_unique<NameResolver>(m_writePath->store());
    m_presenter = std::make_unique<ObjectPresenter>(m_writePath->store());
    return true;
}

int Invocation::submit(const ChangeSet &changes, WriteResult *result)
{
    WriteResult written = m_writePath->submit(changes);
    // Names and utilization shown after a write must be the new ones.
    m_presenter->clearCache();
    const int code = written.exitCode();
    if (code != Done)
        printError(written.message);
    if (result)
        *result = std::move(written);
    return code;
}

void Invocation::printRecords(ObjectKind kind, const RecordTable &table)
{
    if (m_options.format != OutputFormat::Table) {
        printTable(table);
        return;
    }
    const QStringList &columns = ObjectPresenter::summaryColumns(kind);
    QList<qsizetype> picked;
    for (const QString &column : columns)
        picked.append(table.columns.indexOf(column));
    RecordTable narrow;
    narrow.columns = columns;
    narrow.rows.reserve(table.rows.size());
    for (const QList<QVariant> &row : table.rows) {
        QList<QVariant> cells;
        cells.reserve(picked.size());
        for (qsizetype index : std::as_const(picked)) {
            QVariant value = row.value(index);
            if (value.typeId() == QMetaType::Double)
                value = std::round(value.toDouble() * 100.0) / 100.0;
            cells.append(value);
        }
        narrow.rows.append(cells);
    }
    printRaw(formatRecords(narrow, OutputFormat::Table));
}

void Invocation::printTable(const RecordTable &table)
{
    printRaw(formatRecords(table, m_options.format));
}

void Invocation::printStrings(const QStringList &values)
{
    printRaw(formatStringList(values, m_options.format));
}

void Invocation::printRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace ipam::ctl
