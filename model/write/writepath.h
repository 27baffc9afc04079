#pragma once

#include "domain/principal.h"
#include "store/store.h"
#include "store/writeoutcome.h"
#include "write/authorizer.h"
#include "write/changeevent.h"
#include "write/changeset.h"

#include <QJsonArray>
#include <QObject>

#include <functional>

#include <memory>

namespace ipam {

struct WriteResult
{
    WriteStatus status = WriteStatus::Committed;
    QString message;       // one line naming the offending value
    int failedChange = -1; // index into ChangeSet::changes
    // As written, one per change in change order (removed ones as they were); empty for
    // change sets larger than WritePath::maxObjectsInEvent.
    QList<AnyObject> objects;
    qint64 auditId = 0;

    bool ok() const { return status == WriteStatus::Committed; }
    // ipamctl's exit codes: 0 done, 1 refused, 3 permission denied, 4 conflict.
    int exitCode() const;
};

// A change to access control itself (a scope, a role, a policy, objects' access scopes): not
// an address-space object, so not a ChangeSet, but it takes the same road: each requirement
// authorized, `apply` run in the write path's transaction with its audit row, committed, and
// published (objects listed in `touched` as updates). AccessControlStore builds these.
struct AdministrativeChange
{
    struct Requirement
    {
        Operation operation;
        ObjectId scopeId; // the scope it concerns; 0 = Global
        QString object;   // names it in a refusal
    };
    QString label;  // the audit log's operation: "scope add"
    QString object; // the audit log's object: `access scope "Global/East"`
    QList<Requirement> requirements;
    // The change is to the store-wide definitions (custom fields, range groups): its event
    // says so (ChangeEvent::definitionsChanged), so every console reads them again.
    bool changesDefinitions = false;
    // Runs after authorization inside the transaction; a result that is not ok() rolls back.
    // Fills the audit row's before/after and the objects whose rows it changed.
    std::function<WriteResult(Database &, QJsonArray &before, QJsonArray &after,
                              QList<ObjectRef> &touched)>
            apply;
};

// The one write path. Every change (console, ipamctl, CSV import, VMM sync) is submitted here
// as a ChangeSet and is, in this order: checked against the stored versions, authorized for
// the acting principal, validated against the domain rules and the store (overlap, names,
// references), written in one transaction together with its audit row, committed, and then
// published as a ChangeEvent. Anything refused leaves nothing behind but, for a denial, an
// audit row saying so.
class WritePath : public QObject
{
    Q_OBJECT
public:
    WritePath(std::shared_ptr<Database> database, Principal principal, QObject *parent = nullptr);
    ~WritePath() override;

    Store &store() { return m_store; }
    Database &database() { return m_store.database(); }
    const Principal &principal() const { return m_principal; }
    void setPrincipal(Principal principal) { m_principal = std::move(principal); }
    void setAuthorizer(std::shared_ptr<Authorizer> authorizer);
    Authorizer &authorizer() { return *m_authorizer; }

    WriteResult submit(const ChangeSet &changes);
    WriteResult submit(const AdministrativeChange &change);

    // Change sets larger than this publish their events without the objects (listeners
    // re-read), so that a million-row import does not hold a second copy of every row.
    static constexpr int maxObjectsInEvent = 50000;
    // The audit row of a change set keeps the before/after of this many objects and the
    // count of all (see ChangeApplier::record).
    static constexpr int maxObjectsInAudit = 1000;

Q_SIGNALS:
    void committed(const ipam::ChangeEvent &event);

private:
    Store m_store;
    Principal m_principal;
    std::shared_ptr<Authorizer> m_authorizer;
};

} // namespace ipam
