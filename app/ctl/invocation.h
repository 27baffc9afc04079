#pragma once

#include "access/accesscontrolstore.h"
#include "domain/accessgrants.h"
#include "io/objectpresenter.h"
#include "io/recordformatter.h"
#include "nameresolver.h"
#include "storequeries.h"
#include "write/writepath.h"

#include <QJsonArray>
#include <QString>

#include <memory>

namespace ipam {
class RbacAuthorizer;
class UtilizationAlertMonitor;
} // namespace ipam

namespace ipam::ctl {

// The global options, given before the command.
struct GlobalOptions
{
    QString database;  // --db: file path or postgresql:// URL; empty: IPAM_DB or the default
    QString principal; // --as; empty: the OS user (SQLite) or the login (PostgreSQL)
    OutputFormat format = OutputFormat::Table;
};

// One run of ipamctl: the store it opened, the acting principal, and how it prints. Commands
// parse their arguments first and open the store only then, so a usage error never touches
// (or creates) a database.
//
// The acting principal is the store's: the OS user on SQLite (or --as, for holders of IPAM
// Administrator Role in Global), the login on PostgreSQL (where --as is refused). Every write
// is checked by RBAC (RbacAuthorizer on the write path); every list shows only the objects in
// the scopes the principal may see (visibleObjects()).
class Invocation
{
public:
    explicit Invocation(GlobalOptions options);
    ~Invocation();

    OutputFormat format() const { return m_options.format; }

    // Opens and migrates the store and settles who acts; on failure prints why and returns
    // the exit code (Refused, or Denied when --as is not allowed); Done when open.
    int open();
    Store &store() { return m_writePath->store(); }
    WritePath &writePath() { return *m_writePath; }
    NameResolver &names() { return *m_names; }
    UtilizationAlertMonitor &alertMonitor() { return *m_alertMonitor; }
    ObjectPresenter &presenter() { return *m_presenter; }

    // The acting principal's grants, read when first asked and again after each write.
    const AccessGrants &grants();
    // The condition that keeps what the principal may see (any policy shows its scope's
    // subtree): for Store::select over any address-space kind; empty when it sees everything.
    SqlCondition visibleObjects();
    // The objects of a kind that match `condition` and that the principal may see.
    template<typename T>
    QList<T> selectVisible(SqlCondition condition, const QString &orderBy)
    {
        condition.add(visibleObjects());
        return store().select<T>(condition.where, condition.binds, orderBy);
    }
    // Done when the principal may see `object`; else prints "permission denied: <principal>
    // may not view <object> (scope <path>)" and returns Denied.
    int refuseUnlessVisible(const AnyObject &object);
    // The object's effective access scope, as RBAC checks it.
    ObjectId scopeOf(const AnyObject &object);
    QString scopePath(ObjectId scopeId);

    // Submits through the write path; on refusal prints the write path's message and returns
    // its exit code (1 refused, 3 denied, 4 conflict).
    int submit(const ChangeSet &changes, WriteResult *result = nullptr);
    // Access control's edits (scopes, roles, policies, objects' scopes), on the same write path.
    AccessControlStore &accessControl();
    // The exit code of a write already made (AccessControlStore's), printing its refusal; after
    // it, what is read (grants, scopes, names) is read afresh.
    int report(const WriteResult &result);

    // Prints objects of one kind: every property in JSON and CSV; for people (table) the
    // properties IPAM's Format-Table shows, percentages rounded to two decimals.
    void printRecords(ObjectKind kind, const RecordTable &table);
    // A saved view's order and columns for what is printed next (subnet list --view): rows
    // stable-sorted by the record column `sortColumn` (numbers by value, text without regard
    // to case; empty keeps the order), and for a table or CSV the record columns `columns`
    // (then the custom fields) instead of the defaults. JSON keeps every key.
    void setRecordView(const QString &sortColumn, bool descending, const QStringList &columns);
    // JSON also carries each object's AccessScopePath and IsInheritedAccessScope.
    template<typename T>
    void printObjects(const QList<T> &objects)
    {
        RecordTable table = presenter().table(objects);
        if (m_options.format == OutputFormat::Json)
            appendAccessScopes(table, objects);
        m_fieldColumns.clear();
        if constexpr (fieldkinds::canHaveFields(T::kind)) {
            QList<ObjectId> ids;
            ids.reserve(objects.size());
            for (const T &object : objects)
                ids.append(object.id);
            appendCustomFields(table, T::kind, ids);
        }
        printRecords(T::kind, table);
    }
    // The objects of one kind among a write's results.
    template<typename T>
    void printWritten(const WriteResult &result)
    {
        QList<T> objects;
        for (const AnyObject &object : result.objects) {
            if (const T *typed = std::get_if<T>(&object))
                objects.append(*typed);
        }
        printObjects(objects);
    }
    // A table that is not of objects (audit entries, import summaries), as it is.
    void printTable(const RecordTable &table);
    void printStrings(const QStringList &values);
    void printRaw(const QByteArray &bytes);
    // Results with nested records (whoami, can), for --format json.
    void printJson(const QJsonArray &records);

private:
    template<typename T>
    void appendAccessScopes(RecordTable &table, const QList<T> &objects)
    {
        table.columns
                += {QStringLiteral("AccessScopePath"), QStringLiteral("IsInheritedAccessScope")};
        for (qsizetype i = 0; i < objects.size(); ++i) {
            table.rows[i].resize(table.columns.size() - 2);
            table.rows[i] += accessScopeCells(AnyObject(objects.at(i)));
        }
    }
    QList<QVariant> accessScopeCells(const AnyObject &object);
    // One column per custom field (named as the field) that any of the objects holds a value
    // of, its values as "a; b": JSON keys, CSV columns, and after the summary in a table.
    void appendCustomFields(RecordTable &table, ObjectKind kind, const QList<ObjectId> &ids);
    QStringList m_fieldColumns;
    QString m_viewSort;
    bool m_viewDescending = false;
    QStringList m_viewColumns;

    GlobalOptions m_options;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<WritePath> m_writePath;
    std::shared_ptr<RbacAuthorizer> m_authorizer;
    std::unique_ptr<NameResolver> m_names;
    std::unique_ptr<ObjectPresenter> m_presenter;
    std::unique_ptr<AccessControlStore> m_accessControl;
    std::unique_ptr<UtilizationAlertMonitor> m_alertMonitor;
    std::optional<AccessGrants> m_grants;
    std::optional<AccessScopeTree> m_scopeTree;
};

} // namespace ipam::ctl
