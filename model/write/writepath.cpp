#include "writepath.h"

#include "domain/objectproperties.h"
#include "write/changeapplier.h"
#include "write/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ipam {

int WriteResult::exitCode() const
{
    switch (status) {
    case WriteStatus::Committed:
        return 0;
    case WriteStatus::Refused:
        return 1;
    case WriteStatus::Denied:
        return 3;
    case WriteStatus::Conflict:
        return 4;
    case WriteStatus::Failed:
        return 1;
    }
    return 1;
}

namespace {

QString summarize(const ChangeSet &changes)
{
    if (changes.changes.isEmpty())
        return QString();
    QString text = describe(changes.changes.constFirst().object);
    if (changes.changes.size() > 1)
        text += QStringLiteral(" and %1 more").arg(changes.changes.size() - 1);
    return text;
}

QString defaultLabel(const ChangeSet &changes)
{
    if (!changes.label.isEmpty() || changes.changes.isEmpty())
        return changes.label;
    const Change &first = changes.changes.constFirst();
    return toString(operationFor(first.op, kindOf(first.object)));
}

} // namespace

WritePath::WritePath(std::shared_ptr<Database> database, Principal principal, QObject *parent)
    : QObject(parent)
    , m_store(std::move(database))
    , m_principal(std::move(principal))
    , m_authorizer(std::make_shared<AllowEverything>())
{
    qRegisterMetaType<ipam::ChangeEvent>();
}

WritePath::~WritePath() = default;

void WritePath::setAuthorizer(std::shared_ptr<Authorizer> authorizer)
{
    m_authorizer = authorizer ? std::move(authorizer) : std::make_shared<AllowEverything>();
}

WriteResult WritePath::submit(const AdministrativeChange &change)
{
    WriteResult result;
    Database &db = m_store.database();
    WriteTransaction transaction(db, m_principal, change.label, change.object);
    if (!transaction.begin(result))
        return result;
    m_authorizer->beginChangeSet(db);
    for (const AdministrativeChange::Requirement &r : change.requirements) {
        const Verdict verdict
                = m_authorizer->authorizeInScope(m_principal, r.operation, r.scopeId, r.object);
        if (verdict)
            continue;
        transaction.abandon(WriteStatus::Denied, verdict.reason(), result, verdict.auditedReason());
        return result;
    }
    QJsonArray before;
    QJsonArray after;
    QList<ObjectRef> touched;
    if (change.apply) {
        result = change.apply(db, before, after, touched);
        if (!result.ok()) {
            transaction.rollback();
            return result;
        }
    }
    auto json = [](const QJsonArray &array) {
        return array.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    ChangeEvent event;
    event.definitionsChanged = change.changesDefinitions;
    for (const ObjectRef &ref : std::as_const(touched)) {
        if (std::optional<AnyObject> object = m_store.get(ref.kind, ref.id)) {
            event.items.append({ChangeOp::Update, ref.kind, ref.id, storedPart(*object).version});
            event.objects.append(*object);
        }
    }
    if (!transaction.commit(event, json(before), json(after), result))
        return result;
    result.objects = event.objects;
    Q_EMIT committed(event);
    return result;
}

WriteResult WritePath::submit(const ChangeSet &changes)
{
    WriteResult result;
    Database &db = m_store.database();
    WriteTransaction transaction(db, m_principal, defaultLabel(changes), summarize(changes));
    if (changes.isEmpty())
        return result;
    if (!transaction.begin(result))
        return result;
    m_authorizer->beginChangeSet(db);
    const bool keepObjects = changes.changes.size() <= maxObjectsInEvent;
    ChangeApplier applier(m_store, m_principal, *m_authorizer, transaction.nowMs(), keepObjects);
    WriteOutcome failure = applier.applyAll(changes, &result.failedChange);
    if (!failure && changes.inTransaction) {
        // The caller's own rows, in the same transaction as the objects (ChangeSet).
        if (const QString hookError = changes.inTransaction(db, applier.written);
            !hookError.isEmpty())
            failure = WriteFailure{WriteStatus::Failed, hookError};
    }
    if (failure) {
        transaction.abandon(failure->status, failure->message, result, failure->auditText());
        return result;
    }

    auto json = [&applier](const QJsonArray &array) {
        const QString objects
                = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        if (applier.event.items.size() <= maxObjectsInAudit)
            return objects;
        return QStringLiteral("{\"count\":%1,\"first\":%2}")
                .arg(applier.event.items.size())
                .arg(objects);
    };
    if (!transaction.commit(applier.event, json(applier.before), json(applier.after), result))
        return result;
    result.objects = std::move(applier.written);
    ChangeEvent event = std::move(applier.event);
    Q_EMIT committed(event);
    return result;
}

} // namespace ipam
