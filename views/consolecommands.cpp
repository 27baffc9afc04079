#include "consolecommands.h"

#include "addressdialog.h"
#include "addressspacedialog.h"
#include "assignsubnetsdialog.h"
#include "blockdialog.h"
#include "domain/objectproperties.h"
#include "domain/rules.h"
#include "items/consolemodels.h"
#include "items/edithistory.h"
#include "items/networkdirectory.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"
#include "logicalnetworkdialog.h"
#include "networksitedialog.h"
#include "rangedialog.h"
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
            {PasteOnNode, tr("&Paste (Assign Here)"), "site", QKeySequence::Paste},
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
        list << m_actions[EditNode] << m_actions[DeleteNode];
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
        s.logicalNetworkId = contextLogicalNetwork();
        s.siteId = contextSite();
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

bool ConsoleCommands::openDialog(ObjectKind kind, const AnyObject &object, bool findFree)
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
                                                       contextSubnetText(), m_dialogParent);
        if (findFree)
            address->findFreeAddress();
        dialog = std::move(address);
        break;
    }
    }
    if (dialog->exec() != QDialog::Accepted)
        return false;
    const WriteResult &result = dialog->result();
    Q_EMIT message(tr("Saved %1.")
                           .arg(result.objects.isEmpty() ? QString()
                                                         : describe(result.objects.constFirst())));
    if (!result.objects.isEmpty())
        Q_EMIT committed(kindOf(result.objects.constFirst()),
                         storedPart(result.objects.constFirst()).id);
    return true;
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
