#include "invocation.h"

#include "alerts/utilizationalertmonitor.h"

#include "store/customfieldtables.h"

#include "access/rbacauthorizer.h"
#include "commandparser.h"
#include "domain/objectproperties.h"
#include "domain/principal.h"
#include "store/accesscontroltables.h"
#include "store/database.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

Invocation::Invocation(GlobalOptions options)
    : m_options(std::move(options))
{ }

Invocation::~Invocation() = default;

int Invocation::open()
{
    if (m_writePath) // already open (a command that reads the store before its main work)
        return Done;
    const Parsed<DatabaseLocation> location = DatabaseLocation::resolve(m_options.database);
    if (!location) {
        printError(location.error());
        return Refused;
    }
    // Without --db a new store is easily not the one meant (the console's demo lives in
    // demo.sqlite beside it): say which one this is, once, when it is created.
    const bool newDefaultStore = m_options.database.isEmpty() && !location.value().isPostgreSql()
            && !QFileInfo::exists(location.value().filePath);
    const Parsed<std::shared_ptr<Database>> database = Database::open(location.value());
    if (!database) {
        printError(database.error());
        return Refused;
    }
    m_database = database.value();
    if (newDefaultStore)
        printError(QCoreApplication::translate(
                           "ipamctl",
                           "created a new, empty store %1 (%2; the console's --demo store is %3)")
                           .arg(location.value().filePath,
                                qEnvironmentVariableIsEmpty("IPAM_DB")
                                        ? QCoreApplication::translate(
                                                "ipamctl", "the default: no --db or IPAM_DB given")
                                        : QCoreApplication::translate("ipamctl", "from IPAM_DB"),
                                DatabaseLocation::demoFilePath()));
    // On PostgreSQL the login is the principal and --as is refused; on SQLite the OS user, or
    // --as for a holder of IPAM Administrator Role in Global.
    const Parsed<Principal> principal
            = AccessControlTables(*m_database).actingPrincipal(m_options.principal);
    if (!principal) {
        printError(principal.error());
        return Denied;
    }
    m_writePath = std::make_unique<WritePath>(m_database, principal.value());
    m_authorizer = std::make_shared<RbacAuthorizer>(m_database);
    m_writePath->setAuthorizer(m_authorizer);
    m_names = std::make_unique<NameResolver>(m_writePath->store());
    m_presenter = std::make_unique<ObjectPresenter>(m_writePath->store());
    // Alerts are raised and cleared as this run's changes commit.
    m_alertMonitor = std::make_unique<UtilizationAlertMonitor>(*m_writePath);
    return Done;
}

const AccessGrants &Invocation::grants()
{
    if (!m_grants)
        m_grants = AccessControlTables(*m_database).grantsFor(m_writePath->principal());
    return *m_grants;
}

SqlCondition Invocation::visibleObjects()
{
    SqlCondition condition;
    QVariantList binds;
    const QString where = AccessControlTables::visibleCondition(grants(), &binds);
    if (!where.isEmpty())
        condition.add(where, binds);
    return condition;
}

int Invocation::refuseUnlessVisible(const AnyObject &object)
{
    const ObjectId scope = scopeOf(object);
    if (grants().canView(scope))
        return Done;
    printError(QCoreApplication::translate("ipamctl",
                                           "permission denied: %1 may not view %2 (scope %3)")
                       .arg(m_writePath->principal().name, describe(object), scopePath(scope)));
    return Denied;
}

ObjectId Invocation::scopeOf(const AnyObject &object)
{
    const ObjectId stored = storedPart(object).accessScopeId;
    return stored != 0 ? stored : m_authorizer->scopeOf(object);
}

QString Invocation::scopePath(ObjectId scopeId)
{
    if (!m_scopeTree)
        m_scopeTree = AccessControlTables(*m_database).scopeTree();
    return m_scopeTree->path(scopeId);
}

QList<QVariant> Invocation::accessScopeCells(const AnyObject &object)
{
    return {scopePath(scopeOf(object)), storedPart(object).accessScopeInherited};
}

int Invocation::submit(const ChangeSet &changes, WriteResult *result)
{
    WriteResult written = m_writePath->submit(changes);
    const int code = report(written);
    if (result)
        *result = std::move(written);
    return code;
}

AccessControlStore &Invocation::accessControl()
{
    if (!m_accessControl)
        m_accessControl = std::make_unique<AccessControlStore>(*m_writePath);
    return *m_accessControl;
}

int Invocation::report(const WriteResult &result)
{
    // Names, utilization, scopes and grants shown after a write must be the new ones.
    m_presenter->clearCache();
    m_scopeTree.reset();
    m_grants.reset();
    const int code = result.exitCode();
    if (code != Done)
        printError(result.message);
    return code;
}

void Invocation::appendCustomFields(RecordTable &table, ObjectKind kind, const QList<ObjectId> &ids)
{
    m_fieldColumns.clear();
    if (ids.isEmpty())
        return;
    CustomFieldTables tables(store().database());
    const Parsed<QList<CustomField>> fields = tables.fields();
    if (!fields)
        return;
    // A few objects: their own values; many: one column read per field.
    QList<QHash<ObjectId, QString>> columns;
    QList<const CustomField *> shown;
    QHash<ObjectId, QHash<ObjectId, QString>> perObject;
    const bool few = ids.size() <= 64;
    if (few) {
        for (ObjectId id : ids)
            perObject.insert(id, tables.valuesOf(kind, id).valueOr({}));
    }
    for (const CustomField &field : fields.value()) {
        if (!field.property.isEmpty() || !field.appliesToKind(kind))
            continue;
        QHash<ObjectId, QString> column;
        if (few) {
            for (ObjectId id : ids) {
                const QString value = perObject.value(id).value(field.id);
                if (!value.isEmpty())
                    column.insert(id, value);
            }
        } else {
            column = tables.column(kind, field.id).valueOr({});
        }
        bool any = false;
        for (ObjectId id : ids)
            any = any || column.contains(id);
        if (!any)
            continue;
        columns.append(std::move(column));
        shown.append(&field);
    }
    for (qsizetype c = 0; c < shown.size(); ++c) {
        table.columns.append(shown.at(c)->name);
        m_fieldColumns.append(shown.at(c)->name);
    }
    for (qsizetype i = 0; i < ids.size() && i < table.rows.size(); ++i) {
        table.rows[i].resize(table.columns.size() - shown.size());
        for (const QHash<ObjectId, QString> &column : std::as_const(columns))
            table.rows[i].append(
                    customfields::valueText(customfields::fromStoredText(column.value(ids.at(i)))));
    }
}

void Invocation::setRecordView(const QString &sortColumn, bool descending,
                               const QStringList &columns)
{
    m_viewSort = sortColumn;
    m_viewDescending = descending;
    m_viewColumns = columns;
}

namespace {

// -1, 0, 1: numbers (and the big counts written as digits) by value, other text without
// regard to case, empty first.
int compareCells(const QVariant &a, const QVariant &b)
{
    bool numberA = false;
    bool numberB = false;
    const double va = a.toDouble(&numberA);
    const double vb = b.toDouble(&numberB);
    if (numberA && numberB)
        return va < vb ? -1 : (va > vb ? 1 : 0);
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

} // namespace

void Invocation::printRecords(ObjectKind kind, const RecordTable &given)
{
    RecordTable table = given;
    if (m_viewSort == u"NetworkId") {
        // The listing is in address order already (text order would put 10.11 before 10.2).
        if (m_viewDescending)
            std::reverse(table.rows.begin(), table.rows.end());
    } else if (const qsizetype sortBy = table.columns.indexOf(m_viewSort); sortBy >= 0) {
        // Stable over the listing's own order (by address): ties keep it, as in the console.
        std::stable_sort(table.rows.begin(), table.rows.end(),
                         [sortBy](const QList<QVariant> &a, const QList<QVariant> &b) {
                             return compareCells(a.value(sortBy), b.value(sortBy)) < 0;
                         });
        if (m_viewDescending)
            std::reverse(table.rows.begin(), table.rows.end());
    }
    QStringList columns = ObjectPresenter::summaryColumns(kind) + m_fieldColumns;
    if (!m_viewColumns.isEmpty())
        columns = m_viewColumns + m_fieldColumns;
    if (m_options.format == OutputFormat::Json
        || (m_options.format == OutputFormat::Csv && m_viewColumns.isEmpty())) {
        printTable(table);
        return;
    }
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
            if (value.typeId() == QMetaType::Double && m_options.format == OutputFormat::Table)
                value = std::round(value.toDouble() * 100.0) / 100.0;
            cells.append(value);
        }
        narrow.rows.append(cells);
    }
    printRaw(formatRecords(narrow, m_options.format));
}

void Invocation::printTable(const RecordTable &table)
{
    printRaw(formatRecords(table, m_options.format));
}

void Invocation::printStrings(const QStringList &values)
{
    printRaw(formatStringList(values, m_options.format));
}

void Invocation::printJson(const QJsonArray &records)
{
    printRaw(QJsonDocument(records).toJson(QJsonDocument::Indented));
}

void Invocation::printRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace ipam::ctl
