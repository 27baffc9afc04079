#pragma once

#include "domain/verdict.h"
#include "items/consoletreemodel.h"
#include "write/authorizer.h"
#include "write/writepath.h"

#include <QObject>

#include <memory>
#include <optional>

class QMimeData;

namespace ipam {

class EditHistory;
class NetworkDirectory;
class Store;
class SubnetModel;

// Where subnets go when assigned to a console tree node: a logical network (the site of
// another logical network cleared), a network site (and its logical network), or a provider
// space (unassigned).
struct AssignmentTarget
{
    ObjectId spaceId = 0;
    ObjectId logicalNetworkId = 0;
    ObjectId siteId = 0; // with a logical network target: 0 = keep a site of that network
    bool unassign = false;
    QString description; // "logical network "Storage"", for messages

    // The subnet as this target places it.
    Subnet placed(Subnet subnet, const NetworkDirectory &directory) const;
};

// Assigns subnets to logical networks and network sites: drag and drop onto the console tree,
// the "Assign to Logical Network / Site" dialog and Cut / Paste all come here. It checks with
// the one rule (rules::subnetAssignment) whether the assignment is allowed, builds one
// ChangeSet for all the subnets and runs it through the console's EditHistory, so that a drop
// of N subnets is one undoable step. It is the console tree model's DropHandler: it reads its
// own MIME type (subnet ids) and text/plain (prefixes, one per line, looked up in the
// target's space).
class SubnetAssignment : public QObject
{
    Q_OBJECT
public:
    SubnetAssignment(const NetworkDirectory &directory, const SubnetModel &subnets, Store &store,
                     EditHistory &history, QObject *parent = nullptr);

    // Asked while dragging whether the acting principal may assign the subnets (the write
    // path asks again, and is the authority, on the drop). None: not asked until the drop.
    void setAuthorizer(std::shared_ptr<Authorizer> authorizer)
    {
        m_authorizer = std::move(authorizer);
    }

    // The target a node stands for; nullopt (and why not) for nodes that take no subnets.
    std::optional<AssignmentTarget> targetOf(ConsoleNodeKind kind, ObjectId id,
                                             QString *reason = nullptr) const;
    static bool acceptsSubnets(ConsoleNodeKind kind);

    // May these subnets be assigned to the node? Checked from the loaded rows, per distinct
    // placement, so hovering with 10,000 subnets stays cheap.
    Verdict canAssign(const QList<ObjectId> &subnetIds, ConsoleNodeKind kind, ObjectId id) const;
    // One subnet per distinct placement (and every id not loaded): what canAssign needs to
    // see, so that a dialog can test many targets against a large selection cheaply.
    QList<ObjectId> representatives(const QList<ObjectId> &subnetIds) const;
    // Assigns them in one change set (one undo step); subnets already there are left alone.
    WriteResult assign(const QList<ObjectId> &subnetIds, ConsoleNodeKind kind, ObjectId id);

    // The subnets a drag carries, for a drop onto the node: its ids, or else the existing
    // subnets among the prefixes of its text.
    QList<ObjectId> subnetIdsIn(const QMimeData *data, ConsoleNodeKind kind, ObjectId id) const;
    // ConsoleTreeModel::DropHandler.
    bool handleDrop(const QMimeData *data, ConsoleNodeKind kind, ObjectId id, bool apply,
                    QString *reason);

Q_SIGNALS:
    // While dragging: what the drop would do, or why it is refused (the status bar).
    void hint(const QString &text);
    // After an assignment: the subnets, and a message.
    void assigned(const QList<ipam::ObjectId> &subnetIds, const QString &message);
    // An assignment (drop, dialog, paste) was refused; nothing changed.
    void refused(const QString &reason);

private:
    const NetworkDirectory &m_directory;
    const SubnetModel &m_subnets;
    Store &m_store;
    EditHistory &m_history;
    std::shared_ptr<Authorizer> m_authorizer;
};

} // namespace ipam
