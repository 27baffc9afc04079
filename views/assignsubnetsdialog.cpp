#include "assignsubnetsdialog.h"

#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "items/subnetassignment.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace ipam {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int AllowedRole = Qt::UserRole + 3;
} // namespace

AssignSubnetsDialog::AssignSubnetsDialog(ConsoleModels &models, QList<ObjectId> subnetIds,
                                         QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_subnetIds(std::move(subnetIds))
{
    setObjectName(QStringLiteral("assignSubnetsDialog"));
    setWindowTitle(tr("Assign to Logical Network / Site"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
            = new QLabel(m_subnetIds.size() == 1
                                 ? tr("Assign the selected subnet to:")
                                 : tr("Assign the %1 selected subnets to:").arg(m_subnetIds.size()),
                         this);
    layout->addWidget(intro);
    m_targets = new QTreeWidget(this);
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->setHeaderHidden(true);
    m_targets->setUniformRowHeights(true);
    layout->addWidget(m_targets, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_targets, &QTreeWidget::currentItemChanged, this, &AssignSubnetsDialog::updateButtons);
    connect(m_targets, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, AllowedRole).toBool())
            accept();
    });

    // One subnet per placement answers for all: a few checks per target, whatever the
    // selection's size.
    const SubnetAssignment &assignment = m_models.assignment();
    const QList<ObjectId> probes = assignment.representatives(m_subnetIds);
    const NetworkDirectory &directory = m_models.directory();
    auto allowed = [&](ConsoleNodeKind kind, ObjectId id) {
        return bool(assignment.canAssign(probes, kind, id));
    };
    for (ObjectId space : directory.spaces(AddressSpaceType::Provider)) {
        const bool spaceAllowed = allowed(ConsoleNodeKind::ProviderSpace, space);
        QTreeWidgetItem *spaceItem = nullptr;
        auto ensureSpace = [&] {
            if (!spaceItem)
                spaceItem = addTarget(nullptr, ConsoleNodeKind::ProviderSpace, space,
                                      directory.name(ObjectKind::AddressSpace, space),
                                      QStringLiteral("provider-space"), spaceAllowed);
            return spaceItem;
        };
        if (spaceAllowed)
            ensureSpace();
        for (ObjectId network : directory.logicalNetworksOf(space)) {
            const bool networkAllowed = allowed(ConsoleNodeKind::LogicalNetwork, network);
            QTreeWidgetItem *networkItem = nullptr;
            auto ensureNetwork = [&] {
                if (!networkItem)
                    networkItem = addTarget(ensureSpace(), ConsoleNodeKind::LogicalNetwork, network,
                                            directory.name(ObjectKind::LogicalNetwork, network),
                                            QStringLiteral("logical-network"), networkAllowed);
                return networkItem;
            };
            if (networkAllowed)
                ensureNetwork();
            for (ObjectId site : directory.sitesOf(network)) {
                if (allowed(ConsoleNodeKind::NetworkSite, site))
                    addTarget(ensureNetwork(), ConsoleNodeKind::NetworkSite, site,
                              directory.name(ObjectKind::NetworkSite, site), QStringLiteral("site"),
                              true);
            }
        }
    }
    m_targets->expandAll();
    if (m_targets->topLevelItemCount() == 0)
        m_message->setText(tr("The selected subnets cannot be assigned to any logical network "
                              "or site: only provider subnets are."));
    updateButtons();
    resize(420, 480);
}

QTreeWidgetItem *AssignSubnetsDialog::addTarget(QTreeWidgetItem *parent, ConsoleNodeKind kind,
                                                ObjectId id, const QString &name,
                                                const QString &icon, bool allowed)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_targets);
    item->setText(0, name);
    item->setIcon(0, QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, id);
    item->setData(0, AllowedRole, allowed);
    if (kind == ConsoleNodeKind::ProviderSpace)
        item->setToolTip(0, tr("Unassign: no logical network, no site"));
    if (!allowed)
        item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    return item;
}

bool AssignSubnetsDialog::selectTarget(ConsoleNodeKind kind, ObjectId id)
{
    for (QTreeWidgetItemIterator it(m_targets); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == int(kind)
            && (*it)->data(0, IdRole).toLongLong() == id && (*it)->data(0, AllowedRole).toBool()) {
            m_targets->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void AssignSubnetsDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_targets->currentItem();
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(item && item->data(0, AllowedRole).toBool());
}

void AssignSubnetsDialog::accept()
{
    const QTreeWidgetItem *item = m_targets->currentItem();
    if (!item || !item->data(0, AllowedRole).toBool())
        return;
    m_result = m_models.assignment().assign(m_subnetIds,
                                            ConsoleNodeKind(item->data(0, KindRole).toInt()),
                                            item->data(0, IdRole).toLongLong());
    if (!m_result.ok()) {
        m_message->setText(m_result.message);
        return;
    }
    QDialog::accept();
}

} // namespace ipam
