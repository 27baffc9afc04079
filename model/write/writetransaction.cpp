#include "writetransaction.h"

#include "store/auditobjects.h"
#include "store/objectwriter.h"
#include "write/changeitems.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ipam {

WriteTransaction::WriteTransaction(Database &database, const Principal &principal, QString label,
                                   QString object)
    : m_db(database)
    , m_principal(principal)
    , m_label(std::move(label))
    , m_object(std::move(object))
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{ }

qint64 WriteTransaction::writeAudit(const QString &outcome, const QString &before,
                                    const QString &after, QString *error,
                                    const QString &changeItems)
{
    return ObjectWriter::writeAudit(m_db,
                                    {m_nowMs, m_principal.name, m_label, m_object, outcome, before,
                                     after, processOrigin(), changeItems},
                                    error);
}

bool WriteTransaction::begin(WriteResult &result)
{
    QString error;
    if (m_db.beginWrite(&error))
        return true;
    result.status = WriteStatus::Failed;
    result.message = QCoreApplication::translate("ipam::WriteTransaction",
                                                 "cannot start a transaction: %1")
                             .arg(error);
    return false;
}

void WriteTransaction::rollback()
{
    m_db.rollback();
}

void WriteTransaction::abandon(WriteStatus status, const QString &message, WriteResult &result,
                               const QString &auditMessage)
{
    m_db.rollback();
    result.status = status;
    result.message = message;
    if (status == WriteStatus::Denied) {
        // A refusal for lack of rights is itself worth auditing, in its own transaction.
        QString error;
        if (m_db.beginWrite(&error)) {
            writeAudit(QStringLiteral("denied"), QString(),
                       auditMessage.isEmpty() ? message : auditMessage, &error);
            m_db.commit(&error);
        }
    }
}

bool WriteTransaction::commit(ChangeEvent &event, const QString &beforeJson,
                              const QString &afterJson, WriteResult &result)
{
    QString error;
    qint64 auditId = writeAudit(QStringLiteral("committed"), beforeJson, afterJson, &error,
                                encodeChangeItems(event));
    // Every object of the set finds it in its own history, however large the set.
    if (auditId != 0 && !writeAuditObjects(m_db, auditId, auditObjectKeys(event.items), &error))
        auditId = 0;
    if (auditId == 0) {
        m_db.rollback();
        result.status = WriteStatus::Failed;
        result.message = QCoreApplication::translate("ipam::WriteTransaction",
                                                     "cannot write the audit log: %1")
                                 .arg(error);
        return false;
    }
    event.auditId = auditId;
    // Other consoles learn of it after COMMIT (PostgreSQL delivers NOTIFY only then).
    if (!announceChanges(m_db, event, &error)) {
        m_db.rollback();
        result.status = WriteStatus::Failed;
        result.message = QCoreApplication::translate("ipam::WriteTransaction",
                                                     "cannot announce the change: %1")
                                 .arg(error);
        return false;
    }
    if (!m_db.commit(&error)) {
        result.status = WriteStatus::Failed;
        result.message = QCoreApplication::translate("ipam::WriteTransaction", "commit failed: %1")
                                 .arg(error);
        return false;
    }
    result.auditId = auditId;
    event.principal = m_principal.name;
    event.label = m_label;
    return true;
}

} // namespace ipam
