#include "consolecommands.h"

#include "access/accesscontrolstore.h"
#include "addressdialog.h"
#include "addressspacedialog.h"
#include "assignsubnetsdialog.h"
#include "blockdialog.h"
#include "domain/objectproperties.h"
#include "domain/rules.h"
#include "domain/subnetplacement.h"
#include "effectivepermissionsdialog.h"
#include "items/consolemodels.h"
#include "items/edithistory.h"
#include "items/networkdirectory.h"
#include "items/rangemodel.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"
#include "logicalnetworkdialog.h"
#include "networksitedialog.h"
#include "rangedialog.h"
#include "setaccessscopedialog.h"
#include "store/store.h"
#include "subnetdialog.h"
#include "vmnetworkdialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QMimeData>

namespace ipam {

namespace {

QString kindTitle(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return QObject::tr("IP Address Space");
    case ObjectKind::LogicalNetwork:
        return QObject::tr("VMM Logical Network");
    case ObjectKind::NetworkSite:
        return QObject::tr("Network Site");
    case ObjectKind::VmNetwork:
        return QObject::tr("VM Network");
    case ObjectKind::Block:
        return QObject::tr("IP Address Block");
    case ObjectKind::Subnet:
        return QObject::tr("IP Address Subnet");
    case ObjectKind::Range:
        return QObject::tr("IP Address Range");
    case ObjectKind::Address:
        return QObject::tr("IP Address");
    }
    return {};
}

std::optional<ObjectKind> containerKind(ConsoleNodeKind node)
{
    switch (node) {
    case ConsoleNodeKind::ProviderSpace:
    case ConsoleNodeKind::CustomerSpace:
        return ObjectKind::AddressSpace;
    case ConsoleNodeKind::LogicalNetwork:
        return ObjectKind::LogicalNetwork;
    case ConsoleNodeKind::NetworkSite:
        return ObjectKind::NetworkSite;
    case ConsoleNodeKind::VmNetwork:
        return ObjectKind::VmNetwork;
    default:
        return std::nullopt;
    }
}

} // namespace

ConsoleCommands::ConsoleCommands(ConsoleModels &models, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_models(models)
    , m_dialogParent(dialogParent)
{
    struct Spec
    {
        Command command;
        QString text;
        const char *icon;
        QKeySequence shortcut;
    };
    const Spec specs[] = {
            {AddSpace, tr("Add IP Address &Space..."), "address-space", {}},
            {AddLogicalNetwork, tr("Add VMM &Logical Network..."), "logical-network", {}},
            {AddSite, tr("Add Network S&ite..."), "site", {}},
            {AddVmNetwork, tr("Add &VM Network..."), "vm-network", {}},
            {AddBlock, tr("Add IP Address &Block..."), "block",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
            {AddSubnet, tr("Add IP Address S&ubnet..."), "subnet", QKeySequence::New},
            {AddRange, tr("Add IP Address &Range..."), "range",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
            {AddAddress, tr("Add IP &Address..."), "address",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
            {FindFreeSubnet, tr("Find &Free Subnet..."), "find-subnet",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
            {FindFreeAddress, tr("Find and Allocate Available IP A&ddress..."), "find-address",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
            {EditSelection, tr("&Properties..."), "edit", QKeySequence(Qt::ALT | Qt::Key_Return)},
            {DeleteSelection, tr("&Delete"), "delete", QKeySequence::Delete},
            {EditNode, tr("&Edit..."), "edit", {}},
            {DeleteNode, tr("Delete"), "delete", {}},
            {AssignSelection, tr("Assign to Logical Network / &Site..."), "logical-network",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
            {CutSelection, tr("Cu&t"), "copy", QKeySequence::Cut},
            {PasteOnNode, tr("Paste (Assign &Here)"), "site", QKeySequence::Paste},
            {SetSelectionScope, tr("Set Access Sc&ope..."), "scope", {}},
            {SetNodeScope, tr("Set Access Scope..."), "scope", {}},
            {SelectionPermissions, tr("Effective Permiss&ions..."), "scope", {}},
    };
    for (const Spec &spec : specs) {
        auto *action
                = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(spec.icon))),
                              spec.text, this);
        action->setObjectName(QStringLiteral("command%1").arg(int(spec.command)));
        if (!spec.shortcut.isEmpty())
            action->setShortcut(spec.shortcut);
        const Command command = spec.command;
        connect(action, &QAction::triggered, this, [this, command] { run(command); });
        m_actions[spec.command] = action;
    }
    m_actions[DeleteSelection]->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_actions[CutSelection]->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_actions[PasteOnNode]->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &ConsoleCommands::update);
    // New grants (a policy, role or scope changed): enable what the principal may do now.
    connect(&models, &ConsoleModels::accessChanged, this, &ConsoleCommands::update);
    update();
}

void ConsoleCommands::setContext(const ConsoleContext &context)
{
    m_context = context;
    update();
}

ObjectId ConsoleCommands::contextSpace() const
{
    const NetworkDirectory &directory = m_models.directory();
    switch (m_context.node) {
    case ConsoleNodeKind::ProviderSpace:
    case ConsoleNodeKind::CustomerSpace:
        return m_context.nodeId;
    case ConsoleNodeKind::LogicalNetwork:
        return directory.parentOf(ObjectKind::LogicalNetwork, m_context.nodeId);
    case ConsoleNodeKind::NetworkSite:
        return directory.parentOf(ObjectKind::LogicalNetwork,
                                  directory.parentOf(ObjectKind::NetworkSite, m_context.nodeId));
    case ConsoleNodeKind::VmNetwork:
        return directory.parentOf(ObjectKind::VmNetwork, m_context.nodeId);
    default:
        break;
    }
    if (m_context.logicalNetwork.mode == KeyChoice::Mode::Object)
        return directory.parentOf(ObjectKind::LogicalNetwork, m_context.logicalNetwork.id);
    return directory.defaultSpaceId();
}

ObjectId ConsoleCommands::contextLogicalNetwork() const
{
    if (m_context.node == ConsoleNodeKind::LogicalNetwork)
        return m_context.nodeId;
    if (m_context.node == ConsoleNodeKind::NetworkSite)
        return m_models.directory().parentOf(ObjectKind::NetworkSite, m_context.nodeId);
    if (m_context.logicalNetwork.mode == KeyChoice::Mode::Object)
        return m_context.logicalNetwork.id;
    return 0;
}

ObjectId ConsoleCommands::contextSite() const
{
    if (m_context.node == ConsoleNodeKind::NetworkSite)
        return m_context.nodeId;
    if (m_context.site.mode == KeyChoice::Mode::Object)
        return m_context.site.id;
    return 0;
}

QString ConsoleCommands::contextFreeAddressScope() const
{
    // Started from a range, Find and Allocate Available IP Address stays inside it.
    if (m_context.selection.size() == 1 && m_context.selectionKind == ObjectKind::Range) {
        if (const auto range = m_models.store().get<Range>(m_context.selection.constFirst()))
            return range->startAddress.toString() + QLatin1Char('-') + range->endAddress.toString();
    }
    return contextSubnetText();
}

QString ConsoleCommands::contextSubnetText() const
{
    if (m_context.selection.size() != 1)
        return {};
    const ObjectId id = m_context.selection.constFirst();
    Store &store = m_models.store();
    switch (m_context.selectionKind) {
    case ObjectKind::Subnet:
        if (const auto subnet = store.get<Subnet>(id))
            return subnet->networkId.toString();
        break;
    case ObjectKind::Range:
        if (const auto range = store.get<Range>(id)) {
            if (const auto subnet = store.get<Subnet>(range->subnetId))
                return subnet->networkId.toString();
        }
        break;
    case ObjectKind::Address:
        if (const auto address = store.get<Address>(id)) {
            if (const auto subnet = store.get<Subnet>(address->subnetId))
                return subnet->networkId.toString();
        }
        break;
    default:
        break;
    }
    return {};
}

void ConsoleCommands::update()
{
    const NetworkDirectory &directory = m_models.directory();
    const qsizetype selected = m_context.selection.size();
    // Available in every context (updatePermissions may take them away again).
    for (Command c :
         {AddSpace, AddLogicalNetwork, AddBlock, AddSubnet, AddRange, AddAddress, FindFreeSubnet})
        m_actions[c]->setEnabled(true);
    m_actions[AddSite]->setEnabled(directory.count(ObjectKind::LogicalNetwork) > 0);
    m_actions[AddVmNetwork]->setEnabled(!directory.spaces(AddressSpaceType::Customer).isEmpty());
    m_actions[EditSelection]->setEnabled(selected == 1);
    m_actions[DeleteSelection]->setEnabled(selected > 0);
    const QString kind = kindTitle(m_context.selectionKind);
    m_actions[EditSelection]->setText(selected == 1 ? tr("&Edit %1...").arg(kind)
                                                    : tr("&Properties..."));
    m_actions[DeleteSelection]->setText(selected > 1 ? tr("&Delete %1 Objects").arg(selected)
                                                     : tr("&Delete"));
    m_actions[FindFreeAddress]->setEnabled(!contextSubnetText().isEmpty());
    const bool subnetsSelected = selected > 0 && m_context.selectionKind == ObjectKind::Subnet;
    m_actions[AssignSelection]->setEnabled(subnetsSelected);
    m_actions[CutSelection]->setEnabled(subnetsSelected);
    const QMimeData *clipboard
            = QGuiApplication::clipboard() ? QGuiApplication::clipboard()->mimeData() : nullptr;
    m_actions[PasteOnNode]->setEnabled(
            clipboard && (clipboard->hasFormat(SubnetModel::mimeType()) || clipboard->hasText())
            && SubnetAssignment::acceptsSubnets(m_context.node));
    const std::optional<ObjectKind> container = containerKind(m_context.node);
    m_actions[EditNode]->setEnabled(container.has_value());
    m_actions[DeleteNode]->setEnabled(container.has_value()
                                      && !(m_context.node == ConsoleNodeKind::ProviderSpace
                                           && m_context.nodeId == directory.defaultSpaceId()));
    if (container) {
        m_actions[EditNode]->setText(tr("Edit %1...").arg(kindTitle(*container)));
        m_actions[DeleteNode]->setText(tr("Delete %1").arg(kindTitle(*container)));
    }
    m_actions[SetSelectionScope]->setEnabled(selected > 0);
    m_actions[SetNodeScope]->setEnabled(container.has_value());
    // Anyone who sees the object may ask who may change it (IPAM shows it read-only too).
    m_actions[SelectionPermissions]->setEnabled(selected == 1);
    updatePermissions();
}

QString ConsoleCommands::requirementText(Operation operation, const QString &scopePath)
{
    return tr("Requires the operation \u201c%1\u201d in scope %2")
            .arg(displayName(operation), scopePath);
}

void ConsoleCommands::explain(Command command, const QString &reason)
{
    // An empty tooltip falls back to the action's text.
    m_actions[command]->setToolTip(reason);
    m_actions[command]->setStatusTip(reason);
}

void ConsoleCommands::permit(Command command, bool available, Operation operation, ObjectId scope)
{
    const ConsoleAccess &access = m_models.access();
    QString reason;
    if (scope != 0) {
        if (!access.allows(operation, scope))
            reason = requirementText(operation, access.scopePath(scope));
    } else if (!access.allowsSomewhere(operation)) {
        reason = tr("Requires the operation \u201c%1\u201d in an access scope")
                         .arg(displayName(operation));
    }
    m_actions[command]->setEnabled(available && reason.isEmpty());
    explain(command, available ? reason : QString());
}

void ConsoleCommands::permitOn(Command command, bool available, Operation operation,
                               ObjectKind kind, const QList<ObjectId> &ids)
{
    const QString reason = available ? missingPermission(operation, kind, ids) : QString();
    m_actions[command]->setEnabled(available && reason.isEmpty());
    explain(command, reason);
}

QString ConsoleCommands::missingPermission(Operation operation, ObjectKind kind,
                                           const QList<ObjectId> &ids)
{
    const ConsoleAccess &access = m_models.access();
    // Granted in Global reaches every scope: no object needs looking at.
    if (!access.isEnforced() || access.allows(operation, AccessScope::globalId))
        return {};
    QSet<ObjectId> checked;
    for (ObjectId id : ids) {
        const ObjectId scope = m_models.scopeOf(kind, id);
        if (checked.contains(scope))
            continue;
        checked.insert(scope);
        if (!access.allows(operation, scope))
            return requirementText(operation, access.scopePath(scope));
    }
    return {};
}

bool ConsoleCommands::mayEdit(ObjectKind kind, ObjectId id, QString *reason)
{
    const QString missing = missingPermission(operationFor(ChangeOp::Update, kind), kind, {id});
    if (reason)
        *reason = missing;
    return missing.isEmpty();
}

ObjectId ConsoleCommands::addScope(ObjectKind kind) const
{
    // The scope a new object inherits: its container's. 0 when the context does not fix the
    // container (the dialog offers a choice; the write path checks the one chosen).
    ConsoleModels &models = m_models;
    const NetworkDirectory &directory = models.directory();
    const bool fixed = containerKind(m_context.node).has_value()
            || m_context.logicalNetwork.mode == KeyChoice::Mode::Object;
    const ObjectId space = contextSpace();
    const AddressSpace *owner = directory.space(space);
    switch (kind) {
    case ObjectKind::AddressSpace:
        return AccessScope::globalId;
    case ObjectKind::LogicalNetwork:
        return fixed && owner && owner->type == AddressSpaceType::Provider
                ? models.scopeOf(ObjectKind::AddressSpace, space)
                : 0;
    case ObjectKind::NetworkSite: {
        const ObjectId network = contextLogicalNetwork();
        return network ? models.scopeOf(ObjectKind::LogicalNetwork, network) : 0;
    }
    case ObjectKind::VmNetwork:
        return fixed && owner && owner->type == AddressSpaceType::Customer
                ? models.scopeOf(ObjectKind::AddressSpace, space)
                : 0;
    case ObjectKind::Range:
    case ObjectKind::Address:
        if (m_context.selection.size() == 1) {
            const ObjectId id = m_context.selection.constFirst();
            if (m_context.selectionKind == ObjectKind::Subnet)
                return models.scopeOf(ObjectKind::Subnet, id);
            if (m_context.selectionKind == ObjectKind::Range) {
                const int row = models.ranges().rowOf(id);
                if (row >= 0)
                    return models.scopeOf(ObjectKind::Subnet,
                                          models.ranges().rowData(row).subnetId);
            }
        }
        Q_FALLTHROUGH();
    case ObjectKind::Block:
    case ObjectKind::Subnet:
        return fixed && owner ? models.scopeOf(ObjectKind::AddressSpace, space) : 0;
    }
    return 0;
}

void ConsoleCommands::updatePermissions()
{
    const ConsoleAccess &access = m_models.access();
    if (!access.isEnforced()) {
        for (int c = 0; c < CommandCount; ++c)
            explain(Command(c), QString());
        return;
    }
    auto enabled = [this](Command c) { return m_actions[c]->isEnabled(); };
    using O = Operation;
    permit(AddSpace, enabled(AddSpace), O::AddAddressSpace, AccessScope::globalId);
    permit(AddLogicalNetwork, enabled(AddLogicalNetwork), O::AddLogicalNetwork,
           addScope(ObjectKind::LogicalNetwork));
    permit(AddSite, enabled(AddSite), O::AddNetworkSite, addScope(ObjectKind::NetworkSite));
    permit(AddVmNetwork, enabled(AddVmNetwork), O::AddVmNetwork, addScope(ObjectKind::VmNetwork));
    permit(AddBlock, enabled(AddBlock), O::AddBlock, addScope(ObjectKind::Block));
    permit(AddSubnet, enabled(AddSubnet), O::AddSubnet, addScope(ObjectKind::Subnet));
    permit(FindFreeSubnet, enabled(FindFreeSubnet), O::AddSubnet, addScope(ObjectKind::Subnet));
    permit(AddRange, enabled(AddRange), O::AddRange, addScope(ObjectKind::Range));
    permit(AddAddress, enabled(AddAddress), O::AddAddress, addScope(ObjectKind::Address));
    permit(FindFreeAddress, enabled(FindFreeAddress), O::AddAddress, addScope(ObjectKind::Address));

    const ObjectKind kind = m_context.selectionKind;
    const QList<ObjectId> &selection = m_context.selection;
    // Viewing is allowed (the row is shown): the editor opens read-only without Edit.
    QString readOnly;
    if (selection.size() == 1 && !mayEdit(kind, selection.constFirst(), &readOnly))
        explain(EditSelection, tr("Read-only: %1").arg(readOnly));
    else
        explain(EditSelection, QString());
    permitOn(DeleteSelection, enabled(DeleteSelection), operationFor(ChangeOp::Remove, kind), kind,
             selection);
    permitOn(AssignSelection, enabled(AssignSelection), O::AssignSubnet, kind, selection);
    permitOn(CutSelection, enabled(CutSelection), O::AssignSubnet, kind, selection);
    permitOn(SetSelectionScope, enabled(SetSelectionScope), O::SetAccessScope, kind, selection);

    const std::optional<ObjectKind> container = containerKind(m_context.node);
    if (container && m_models.isPathOnly(*container, m_context.nodeId)) {
        const QString outside = tr("Outside your access scopes: shown only as the path to the "
                                   "objects you may see");
        for (Command c : {EditNode, DeleteNode, SetNodeScope}) {
            m_actions[c]->setEnabled(false);
            explain(c, outside);
        }
    } else if (container) {
        if (!mayEdit(*container, m_context.nodeId, &readOnly))
            explain(EditNode, tr("Read-only: %1").arg(readOnly));
        else
            explain(EditNode, QString());
        permitOn(DeleteNode, enabled(DeleteNode), operationFor(ChangeOp::Remove, *container),
                 *container, {m_context.nodeId});
        permitOn(SetNodeScope, enabled(SetNodeScope), O::SetAccessScope, *container,
                 {m_context.nodeId});
    } else {
        for (Command c : {EditNode, DeleteNode, SetNodeScope})
            explain(c, QString());
    }
}

QList<QAction *> ConsoleCommands::nodeActions() const
{
    QList<QAction *> list;
    switch (m_context.node) {
    case ConsoleNodeKind::ProviderSpaces:
        list = {m_actions[AddSpace], m_actions[AddLogicalNetwork]};
        break;
    case ConsoleNodeKind::CustomerSpaces:
        list = {m_actions[AddSpace], m_actions[AddVmNetwork]};
        break;
    case ConsoleNodeKind::ProviderSpace:
        list = {m_actions[AddLogicalNetwork], m_actions[AddSubnet], m_actions[AddBlock],
                m_actions[FindFreeSubnet]};
        break;
    case ConsoleNodeKind::LogicalNetwork:
        list = {m_actions[AddSite], m_actions[AddSubnet], m_actions[FindFreeSubnet]};
        break;
    case ConsoleNodeKind::NetworkSite:
        list = {m_actions[AddSubnet], m_actions[AddRange], m_actions[FindFreeSubnet]};
        break;
    case ConsoleNodeKind::CustomerSpace:
        list = {m_actions[AddVmNetwork], m_actions[AddSubnet]};
        break;
    case ConsoleNodeKind::VmNetwork:
        list = {m_actions[AddSubnet]};
        break;
    case ConsoleNodeKind::Blocks:
    case ConsoleNodeKind::AddressSpaceRoot:
        list = {m_actions[AddBlock], m_actions[AddSubnet], m_actions[AddRange],
                m_actions[AddAddress], m_actions[FindFreeSubnet]};
        break;
    case ConsoleNodeKind::Inventory:
        list = {m_actions[AddAddress], m_actions[AddRange]};
        break;
    case ConsoleNodeKind::RangeGroups:
        list = {m_actions[AddRange]};
        break;
    case ConsoleNodeKind::Root:
    case ConsoleNodeKind::Virtualized:
        list = {m_actions[AddSpace], m_actions[AddLogicalNetwork], m_actions[AddSite],
                m_actions[AddVmNetwork], m_actions[AddSubnet]};
        break;
    default:
        break;
    }
    if (m_context.node == ConsoleNodeKind::ProviderSpace
        || m_context.node == ConsoleNodeKind::LogicalNetwork
        || m_context.node == ConsoleNodeKind::NetworkSite)
        list << m_actions[PasteOnNode];
    if (containerKind(m_context.node))
        list << m_actions[EditNode] << m_actions[DeleteNode] << m_actions[SetNodeScope];
    return list;
}

QList<QAction *> ConsoleCommands::selectionActions() const
{
    if (m_context.selection.isEmpty())
        return {};
    QList<QAction *> list{m_actions[EditSelection], m_actions[DeleteSelection]};
    if (m_context.selectionKind == ObjectKind::Subnet)
        list << m_actions[AssignSelection] << m_actions[CutSelection];
    if (m_context.selectionKind == ObjectKind::Subnet && m_context.selection.size() == 1)
        list << m_actions[AddRange] << m_actions[FindFreeAddress];
    if (m_context.selectionKind == ObjectKind::Range && m_context.selection.size() == 1)
        list << m_actions[FindFreeAddress];
    if (m_context.selectionKind == ObjectKind::Block)
        list << m_actions[FindFreeSubnet];
    list << m_actions[SetSelectionScope] << m_actions[SelectionPermissions];
    return list;
}

QString ConsoleCommands::selectionTitle() const
{
    const qsizetype count = m_context.selection.size();
    if (count == 0)
        return {};
    if (count > 1)
        return tr("%1 %2s").arg(count).arg(kindTitle(m_context.selectionKind));
    if (const auto object
        = m_models.store().get(m_context.selectionKind, m_context.selection.constFirst()))
        return describe(*object);
    return kindTitle(m_context.selectionKind);
}

void ConsoleCommands::run(Command command)
{
    switch (command) {
    case AddSpace:
        addObject(ObjectKind::AddressSpace);
        break;
    case AddLogicalNetwork:
        addObject(ObjectKind::LogicalNetwork);
        break;
    case AddSite:
        addObject(ObjectKind::NetworkSite);
        break;
    case AddVmNetwork:
        addObject(ObjectKind::VmNetwork);
        break;
    case AddBlock:
        addObject(ObjectKind::Block);
        break;
    case AddSubnet:
        addObject(ObjectKind::Subnet);
        break;
    case AddRange:
        addObject(ObjectKind::Range);
        break;
    case AddAddress:
        addObject(ObjectKind::Address);
        break;
    case FindFreeSubnet:
        addObject(ObjectKind::Subnet, true);
        break;
    case FindFreeAddress:
        addObject(ObjectKind::Address, true);
        break;
    case EditSelection:
        if (m_context.selection.size() == 1)
            edit(m_context.selectionKind, m_context.selection.constFirst());
        break;
    case DeleteSelection:
        remove(m_context.selectionKind, m_context.selection);
        break;
    case EditNode:
        if (const auto kind = containerKind(m_context.node))
            edit(*kind, m_context.nodeId);
        break;
    case DeleteNode:
        if (const auto kind = containerKind(m_context.node))
            remove(*kind, {m_context.nodeId});
        break;
    case AssignSelection:
        assignSelection();
        break;
    case CutSelection:
        cutSelection();
        break;
    case PasteOnNode:
        pasteOnNode();
        break;
    case SetSelectionScope:
        setAccessScope(m_context.selectionKind, m_context.selection);
        break;
    case SetNodeScope:
        if (const auto kind = containerKind(m_context.node))
            setAccessScope(*kind, {m_context.nodeId});
        break;
    case SelectionPermissions:
        if (m_context.selection.size() == 1)
            showEffectivePermissions(m_context.selectionKind, m_context.selection.constFirst());
        break;
    case CommandCount:
        break;
    }
}

void ConsoleCommands::assignSelection()
{
    if (m_context.selectionKind != ObjectKind::Subnet || m_context.selection.isEmpty())
        return;
    AssignSubnetsDialog dialog(m_models, m_context.selection, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Assigned %n subnet(s).", nullptr, int(m_context.selection.size())));
}

void ConsoleCommands::cutSelection()
{
    if (m_context.selectionKind != ObjectKind::Subnet || m_context.selection.isEmpty())
        return;
    // The same MIME data as a drag: ids for a paste here, prefixes for a text editor.
    const SubnetModel &subnets = m_models.subnets();
    QModelIndexList indexes;
    indexes.reserve(m_context.selection.size());
    for (ObjectId id : std::as_const(m_context.selection)) {
        const int row = subnets.rowOf(id);
        if (row >= 0)
            indexes.append(subnets.index(row, 0));
    }
    QGuiApplication::clipboard()->setMimeData(subnets.mimeData(indexes));
    Q_EMIT message(tr("Cut %n subnet(s): paste them onto a logical network, a network site or "
                      "a provider space (unassigned) in the console tree.",
                      nullptr, int(indexes.size())));
}

void ConsoleCommands::pasteOnNode()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return;
    // As if dropped onto the node: the same checks, one undo step, the same messages.
    QString reason;
    m_models.assignment().handleDrop(data, m_context.node, m_context.nodeId, true, &reason);
}

void ConsoleCommands::addObject(ObjectKind kind, bool findFree)
{
    const NetworkDirectory &directory = m_models.directory();
    const ObjectId space = contextSpace();
    switch (kind) {
    case ObjectKind::AddressSpace: {
        AddressSpace s;
        if (m_context.node == ConsoleNodeKind::CustomerSpaces
            || m_context.node == ConsoleNodeKind::CustomerSpace) {
            s.type = AddressSpaceType::Customer;
            s.isolationMethod = IsolationMethod::NVGRE;
        }
        openDialog(kind, s, false);
        return;
    }
    case ObjectKind::LogicalNetwork: {
        LogicalNetwork n;
        const AddressSpace *owner = directory.space(space);
        n.spaceId = owner && owner->type == AddressSpaceType::Provider ? space
                                                                       : directory.defaultSpaceId();
        openDialog(kind, n, false);
        return;
    }
    case ObjectKind::NetworkSite: {
        NetworkSite s;
        s.logicalNetworkId = contextLogicalNetwork();
        openDialog(kind, s, false);
        return;
    }
    case ObjectKind::VmNetwork: {
        VmNetwork n;
        const AddressSpace *owner = directory.space(space);
        n.spaceId = owner && owner->type == AddressSpaceType::Customer ? space : 0;
        openDialog(kind, n, false);
        return;
    }
    case ObjectKind::Block: {
        Block b;
        b.spaceId = space;
        openDialog(kind, b, false);
        return;
    }
    case ObjectKind::Subnet: {
        Subnet s;
        s.spaceId = space;
        if (const AddressSpace *owner = directory.space(space))
            s.networkType = rules::defaultNetworkType(*owner);
        if (const ObjectId site = contextSite())
            placeOnSite(s, site, contextLogicalNetwork());
        else
            placeOnLogicalNetwork(s, contextLogicalNetwork(), 0);
        if (m_context.node == ConsoleNodeKind::VmNetwork)
            s.vmNetworkId = m_context.nodeId;
        if (s.logicalNetworkId && s.networkType == NetworkType::NonVirtualized)
            s.networkType = NetworkType::Provider;
        openDialog(kind, s, findFree);
        return;
    }
    case ObjectKind::Range: {
        Range r;
        r.spaceId = space;
        const Parsed<Prefix> subnet = Prefix::parse(contextSubnetText());
        if (subnet) {
            const Prefix &p = subnet.value();
            r.spaceId = m_models.store()
                                .get<Subnet>(m_context.selection.value(0))
                                .value_or(Subnet())
                                .spaceId;
            if (r.spaceId == 0)
                r.spaceId = space;
            const bool v4 = p.family() == Family::V4;
            const int hostBits = bitWidth(p.family()) - p.length();
            r.startAddress
                    = IpAddress(p.family(), p.first().value() + (v4 && hostBits >= 2 ? 1 : 0));
            r.endAddress = IpAddress(p.family(), p.last().value() - (v4 && hostBits >= 2 ? 1 : 0));
        }
        openDialog(kind, r, false);
        return;
    }
    case ObjectKind::Address: {
        Address a;
        a.spaceId = space;
        if (m_context.selection.size() == 1) {
            Store &store = m_models.store();
            const ObjectId id = m_context.selection.constFirst();
            if (m_context.selectionKind == ObjectKind::Subnet) {
                if (const auto subnet = store.get<Subnet>(id))
                    a.spaceId = subnet->spaceId;
            } else if (m_context.selectionKind == ObjectKind::Range) {
                if (const auto range = store.get<Range>(id))
                    a.spaceId = range->spaceId;
            }
        }
        openDialog(kind, a, findFree);
        return;
    }
    }
}

std::unique_ptr<ObjectDialog> ConsoleCommands::makeDialog(ObjectKind kind, const AnyObject &object,
                                                          bool findFree)
{
    std::unique_ptr<ObjectDialog> dialog;
    switch (kind) {
    case ObjectKind::AddressSpace:
        dialog = std::make_unique<AddressSpaceDialog>(m_models, std::get<AddressSpace>(object),
                                                      m_dialogParent);
        break;
    case ObjectKind::LogicalNetwork:
        dialog = std::make_unique<LogicalNetworkDialog>(m_models, std::get<LogicalNetwork>(object),
                                                        m_dialogParent);
        break;
    case ObjectKind::NetworkSite:
        dialog = std::make_unique<NetworkSiteDialog>(m_models, std::get<NetworkSite>(object),
                                                     m_dialogParent);
        break;
    case ObjectKind::VmNetwork:
        dialog = std::make_unique<VmNetworkDialog>(m_models, std::get<VmNetwork>(object),
                                                   m_dialogParent);
        break;
    case ObjectKind::Block:
        dialog = std::make_unique<BlockDialog>(m_models, std::get<Block>(object), m_dialogParent);
        break;
    case ObjectKind::Subnet: {
        auto subnet = std::make_unique<SubnetDialog>(m_models, std::get<Subnet>(object),
                                                     m_dialogParent);
        if (findFree)
            subnet->findFreeSubnet();
        dialog = std::move(subnet);
        break;
    }
    case ObjectKind::Range:
        dialog = std::make_unique<RangeDialog>(m_models, std::get<Range>(object), m_dialogParent);
        break;
    case ObjectKind::Address: {
        auto address = std::make_unique<AddressDialog>(m_models, std::get<Address>(object),
                                                       contextFreeAddressScope(), m_dialogParent);
        if (findFree)
            address->findFreeAddress();
        dialog = std::move(address);
        break;
    }
    }
    return dialog;
}

bool ConsoleCommands::openDialog(ObjectKind kind, const AnyObject &initial, bool findFree)
{
    AnyObject object = initial;
    const ObjectId id = storedPart(initial).id;
    QString conflict;
    // Each conflict reopens the editor on the stored version; an admin racing a script that
    // rewrites the object every second would otherwise never get out: give up after a few.
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::unique_ptr<ObjectDialog> dialog = makeDialog(kind, object, findFree && attempt == 0);
        QString reason;
        if (id != 0 && !mayEdit(kind, id, &reason))
            dialog->setReadOnly(reason);
        if (!conflict.isEmpty())
            dialog->showConflict(conflict);
        const int code = dialog->exec();
        if (code == ObjectDialog::Conflicted) {
            const std::optional<AnyObject> stored = m_models.store().get(kind, id);
            if (!stored) {
                const QString text
                        = tr("%1 was removed by someone else meanwhile.").arg(describe(object));
                QMessageBox::warning(m_dialogParent, dialog->windowTitle(), text);
                Q_EMIT message(text);
                return false;
            }
            conflict = tr("%1 was changed by someone else meanwhile. Nothing was saved: this "
                          "editor now shows the stored version (version %2); make your change "
                          "again and press OK.")
                               .arg(describe(*stored))
                               .arg(storedPart(*stored).version);
            Q_EMIT message(conflict);
            object = *stored;
            continue;
        }
        if (code != QDialog::Accepted)
            return false;
        const WriteResult &result = dialog->result();
        Q_EMIT message(tr("Saved %1.")
                               .arg(result.objects.isEmpty()
                                            ? QString()
                                            : describe(result.objects.constFirst())));
        if (!result.objects.isEmpty())
            Q_EMIT committed(kindOf(result.objects.constFirst()),
                             storedPart(result.objects.constFirst()).id);
        return true;
    }
    return false;
}

void ConsoleCommands::edit(ObjectKind kind, ObjectId id)
{
    const std::optional<AnyObject> object = m_models.store().get(kind, id);
    if (!object) {
        Q_EMIT message(tr("The object no longer exists."));
        return;
    }
    openDialog(kind, *object, false);
}

void ConsoleCommands::setAccessScope(ObjectKind kind, const QList<ObjectId> &ids)
{
    if (ids.isEmpty())
        return;
    QList<ObjectRef> objects;
    objects.reserve(ids.size());
    for (ObjectId id : ids)
        objects.append({kind, id});
    const ObjectId first = ids.constFirst();
    const QString title = ids.size() == 1
            ? (m_models.store().get(kind, first) ? describe(*m_models.store().get(kind, first))
                                                 : kindTitle(kind))
            : tr("%1 %2s").arg(ids.size()).arg(kindTitle(kind));
    SetAccessScopeDialog dialog(m_models.writePath(), objects, title, m_dialogParent);
    dialog.setCurrent(m_models.scopeOf(kind, first), !m_models.access().hasOwnScope(kind, first));
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(dialog.summary());
}

void ConsoleCommands::showEffectivePermissions(ObjectKind kind, ObjectId id)
{
    AccessControlStore store(m_models.writePath());
    EffectivePermissionsDialog dialog(store, m_models.writePath().principal(),
                                      m_models.scopeOf(kind, id), m_dialogParent);
    if (const auto object = m_models.store().get(kind, id))
        dialog.setWindowTitle(tr("Effective Permissions: %1").arg(describe(*object)));
    dialog.exec();
}

void ConsoleCommands::remove(ObjectKind kind, const QList<ObjectId> &ids)
{
    if (ids.isEmpty())
        return;
    ChangeSet changes;
    QStringList names;
    for (ObjectId id : ids) {
        if (const auto object = m_models.store().get(kind, id)) {
            changes.remove(*object, storedPart(*object).version);
            if (names.size() < 8)
                names << describe(*object);
        }
    }
    if (changes.isEmpty())
        return;
    QString text = changes.changes.size() == 1 ? tr("Delete %1?").arg(names.constFirst())
                                               : tr("Delete these %1 objects?\n%2")
                                                         .arg(changes.changes.size())
                                                         .arg(names.join(QLatin1Char('\n')));
    if (changes.changes.size() > names.size())
        text += QStringLiteral("\n...");
    if (QMessageBox::question(m_dialogParent, tr("Delete"), text) != QMessageBox::Yes)
        return;
    changes.label = tr("delete %1").arg(displayName(kind));
    const WriteResult result = m_models.history().run(changes);
    if (!result.ok()) {
        QMessageBox::warning(m_dialogParent, tr("Delete"), result.message);
        Q_EMIT message(result.message);
        return;
    }
    Q_EMIT message(tr("Deleted %1 object(s).").arg(changes.changes.size()));
}

} // namespace ipam
