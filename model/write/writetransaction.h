#pragma once

#include "domain/principal.h"
#include "store/database.h"
#include "write/changeevent.h"
#include "write/writepath.h"

namespace ipam {

// The skeleton every write of WritePath shares, written once: begin the transaction; on a
// refusal roll back, and audit a denial in a transaction of its own (a refusal for lack of
// rights is itself worth auditing, but nothing of the refused change may stay); on success
// append the audit row, announce the change to other consoles (PostgreSQL delivers NOTIFY
// only after COMMIT) and commit. What is applied in between (a ChangeSet through
// ChangeApplier, an AdministrativeChange's apply) is the caller's.
class WriteTransaction
{
public:
    // `label` and `object` name the write in the audit log ("subnet add", `subnet 10.0.0.0/24`).
    WriteTransaction(Database &database, const Principal &principal, QString label, QString object);

    qint64 nowMs() const { return m_nowMs; }
    // Names the write in the audit log once it is known (a bulk load's first object and count).
    void setObject(QString object) { m_object = std::move(object); }

    // Starts the transaction; false with `result` saying why.
    bool begin(WriteResult &result);
    // Rolls back and fills `result`; a denial leaves its audit row, worded `auditMessage` (the
    // source language, English; empty: `message`) whatever the user's language.
    void abandon(WriteStatus status, const QString &message, WriteResult &result,
                 const QString &auditMessage = QString());
    void rollback();
    // Appends the audit row (with `event`'s items), announces and commits. On success sets
    // `result.auditId` and `event`'s audit id, principal and label, ready to publish; on
    // failure rolls back and fills `result`.
    bool commit(ChangeEvent &event, const QString &beforeJson, const QString &afterJson,
                WriteResult &result);

private:
    qint64 writeAudit(const QString &outcome, const QString &before, const QString &after,
                      QString *error, const QString &changeItems = QString());

    Database &m_db;
    const Principal &m_principal;
    QString m_label;
    QString m_object;
    qint64 m_nowMs;
};

} // namespace ipam
