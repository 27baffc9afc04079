#pragma once

#include "domain/entities.h"
#include "domain/operation.h"
#include "items/consoletreemodel.h"
#include "resultpane.h"

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace ipam {

class ConsoleModels;
class ObjectDialog;

// Where the admin is: the console tree node and the rows selected in the result pane. The
// commands decide what is enabled, and what a new object defaults to, from this alone.
struct ConsoleContext
{
    ConsoleNodeKind node = ConsoleNodeKind::Root;
    ObjectId nodeId = 0;
    QString nodeName;
    Scope scope;
    KeyChoice logicalNetwork;
    KeyChoice site;
    ResultPane::View view = ResultPane::View::Subnets;
    ObjectKind selectionKind = ObjectKind::Subnet;
    QList<ObjectId> selection;
};

// The console's commands, one QAction each (menus, toolbar, context menus and the actions
// pane share them, so a disabled command is disabled everywhere): add every kind of object,
// edit or delete the selection or the tree node's container, find a free subnet or address,
// copy and export. Triggering opens the dialog with defaults taken from the context (the
// space, logical network and site being looked at) and reports the write path's answer.
//
// Access control: each command needs an operation (operationFor(kind, op), Assign subnet,
// Set access scope) in the scope of the objects it acts on (the selection, the node's
// container, or for an Add the container the new object goes into). A command the acting
// principal may not use is disabled everywhere, with a tooltip and status tip naming the
// missing operation and the scope ("Requires the operation “Edit subnet” in scope
// Global/East"). Editing is the exception: a principal who may view but not edit an object
// still opens its editor, read-only. The checks use the grants ConsoleModels keeps (read once
// per access-control change) and its in-memory scopes, so a selection change costs no query.
class ConsoleCommands : public QObject
{
    Q_OBJECT
public:
    enum Command {
        AddSpace,
        AddLogicalNetwork,
        AddSite,
        AddVmNetwork,
        AddBlock,
        AddSubnet,
        AddRange,
        AddAddress,
        FindFreeSubnet,
        FindFreeAddress,
        EditSelection,
        DeleteSelection,
        EditNode,
        DeleteNode,
        AssignSelection,      // "Assign to Logical Network / Site..." (AssignSubnetsDialog)
        CutSelection,         // subnets onto the clipboard, to paste onto a tree node
        PasteOnNode,          // assigns the clipboard's subnets to the tree node
        SetSelectionScope,    // "Set Access Scope..." on the selected objects
        SetNodeScope,         // ... on the tree node's container
        SelectionPermissions, // "Effective Permissions..." on the one selected object
        CommandCount
    };

    ConsoleCommands(ConsoleModels &models, QWidget *dialogParent, QObject *parent = nullptr);

    QAction *action(Command command) const { return m_actions[command]; }
    void setContext(const ConsoleContext &context);
    const ConsoleContext &context() const { return m_context; }

    // The actions for the tree node / for the selection, as the actions pane and the context
    // menus list them.
    QList<QAction *> nodeActions() const;
    QList<QAction *> selectionActions() const;
    QString selectionTitle() const;

    // Opens the editor of one object (double-click, Properties); read-only when the principal
    // may not edit it.
    void edit(ObjectKind kind, ObjectId id);
    // "Set Access Scope..." on objects of one kind.
    void setAccessScope(ObjectKind kind, const QList<ObjectId> &ids);
    // "Effective Permissions..." for an object: who may do what in its scope, and why.
    void showEffectivePermissions(ObjectKind kind, ObjectId id);
    // Why the principal may not perform `operation` on `kind` objects `ids` (their scopes);
    // empty when it may.
    QString missingPermission(Operation operation, ObjectKind kind, const QList<ObjectId> &ids);
    static QString requirementText(Operation operation, const QString &scopePath);

Q_SIGNALS:
    // A dialog committed: the object created or edited, for the window to select it.
    void committed(ipam::ObjectKind kind, ipam::ObjectId id);
    void message(const QString &text);

private:
    void run(Command command);
    void addObject(ObjectKind kind, bool findFree = false);
    void remove(ObjectKind kind, const QList<ObjectId> &ids);
    bool openDialog(ObjectKind kind, const AnyObject &object, bool findFree);
    std::unique_ptr<ObjectDialog> makeDialog(ObjectKind kind, const AnyObject &object,
                                             bool findFree);
    ObjectId contextSpace() const;
    ObjectId contextLogicalNetwork() const;
    ObjectId contextSite() const;
    QString contextSubnetText() const;
    // Where Find Free Address looks: the selected range ("start-end"), else the subnet.
    QString contextFreeAddressScope() const;
    void update();
    void updatePermissions();
    // Enables `command` when `available` and the operation is granted in `scope` (0: in any
    // scope the principal has), else disables it with the reason as tooltip and status tip.
    void permit(Command command, bool available, Operation operation, ObjectId scope);
    void permitOn(Command command, bool available, Operation operation, ObjectKind kind,
                  const QList<ObjectId> &ids);
    void explain(Command command, const QString &reason);
    ObjectId addScope(ObjectKind kind) const;
    bool mayEdit(ObjectKind kind, ObjectId id, QString *reason);
    void assignSelection();
    void cutSelection();
    void pasteOnNode();

    ConsoleModels &m_models;
    QWidget *m_dialogParent;
    ConsoleContext m_context;
    QAction *m_actions[CommandCount] = {};
};

} // namespace ipam
