#include "bulkload.h"

#include "domain/objectproperties.h"
#include "store/sqlitedeferredindexes.h"
#include "write/changeapplier.h"
#include "write/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ipam {

BulkLoad::BulkLoad(WritePath &writePath, QString label)
    : m_writePath(writePath)
    , m_label(std::move(label))
{ }

BulkLoad::~BulkLoad()
{
    cancel();
}

bool BulkLoad::begin(WriteResult &result)
{
    m_transaction = std::make_unique<WriteTransaction>(m_writePath.database(),
                                                       m_writePath.principal(), m_label, QString());
    if (!m_transaction->begin(result))
        return false;
    if (!m_writePath.database().isPostgreSql()) {
        // Foreign keys checked once at COMMIT instead of per statement: SQLite then needs no
        // statement journal per row (measured: half of an address load's time). A violation
        // still fails the COMMIT, and the load rolls back whole. The pragma ends with the
        // transaction.
        QSqlQuery pragma(m_writePath.database().connection());
        pragma.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    }
    m_writePath.authorizer().beginChangeSet(m_writePath.database());
    // No objects kept for the event or the result: a load of any size holds one chunk.
    m_applier = std::make_unique<ChangeApplier>(m_writePath.store(), m_writePath.principal(),
                                                m_writePath.authorizer(), m_transaction->nowMs(),
                                                false);
    m_applier->setBulkLoad();
    m_deferred = std::make_unique<SqliteDeferredIndexes>(m_writePath.database());
    m_open = true;
    return true;
}

WriteResult BulkLoad::apply(const ChangeSet &chunk)
{
    WriteResult result;
    if (!m_open) {
        result.status = WriteStatus::Failed;
        result.message = QCoreApplication::translate("ipam::BulkLoad", "the load is not open");
        return result;
    }
    if (m_firstObject.isEmpty() && !chunk.changes.isEmpty())
        m_firstObject = describe(chunk.changes.constFirst().object);
    // The search index of each kind this chunk creates many of is filled at commit instead.
    for (const Change &change : chunk.changes) {
        if (change.op != ChangeOp::Create || chunk.changes.size() < 100)
            continue;
        QString error;
        if (!m_deferred->deferSearch(kindOf(change.object), &error)) {
            m_open = false;
            m_transaction->abandon(WriteStatus::Failed, error, result);
            return result;
        }
        break; // one kind per chunk in practice; a later chunk defers another
    }
    if (const WriteOutcome failure = m_applier->applyChunk(chunk, &result.failedChange)) {
        m_open = false;
        m_transaction->abandon(failure->status, failure->message, result, failure->auditText());
        return result;
    }
    m_changes += chunk.changes.size();
    return result;
}

WriteResult BulkLoad::commit()
{
    WriteResult result;
    if (!m_open) {
        result.status = WriteStatus::Failed;
        result.message = QCoreApplication::translate("ipam::BulkLoad", "the load is not open");
        return result;
    }
    m_open = false;
    if (m_changes == 0) {
        m_transaction->rollback(); // nothing to write: no audit row either
        return result;
    }
    if (QString error; !m_deferred->restore(&error)) {
        m_transaction->abandon(WriteStatus::Failed, error, result);
        return result;
    }
    if (const WriteOutcome failure = m_applier->finish()) {
        m_transaction->abandon(failure->status, failure->message, result, failure->auditText());
        return result;
    }
    m_transaction->setObject(
            m_changes > 1 ? QCoreApplication::translate("ipam::BulkLoad", "%1 and %2 more")
                                    .arg(m_firstObject)
                                    .arg(m_changes - 1)
                          : m_firstObject);
    const qsizetype items = m_applier->event.items.size();
    auto json = [items](const QJsonArray &array) {
        const QString objects
                = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        if (items <= WritePath::maxObjectsInAudit)
            return objects;
        return QStringLiteral("{\"count\":%1,\"first\":%2}").arg(items).arg(objects);
    };
    ChangeEvent event = std::move(m_applier->event);
    const QString before = json(m_applier->before);
    const QString after = json(m_applier->after);
    m_applier.reset();
    if (!m_transaction->commit(event, before, after, result))
        return result;
    Q_EMIT m_writePath.committed(event);
    return result;
}

void BulkLoad::cancel()
{
    if (!m_open)
        return;
    m_open = false;
    m_applier.reset();
    m_transaction->rollback(); // the dropped trigger and indexes come back with it
    m_deferred.reset();
}

} // namespace ipam
