#include "vmnetworkdialog.h"

#include "domain/rules.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/store.h"

#include <QComboBox>
#include <QLineEdit>

namespace ipam {

VmNetworkDialog::VmNetworkDialog(ConsoleModels &models, const VmNetwork &network, QWidget *parent)
    : ObjectDialog(models, network.id ? tr("Edit VM Network") : tr("Add VM Network"), parent)
    , m_original(network)
{
    m_space = addCombo(tr("Customer IP address &space:"), QStringLiteral("space"));
    fillSpaces(m_space, int(AddressSpaceType::Customer), network.spaceId);
    m_space->setEnabled(network.id == 0);
    m_logicalNetwork = addCombo(tr("VMM &Logical Network:"), QStringLiteral("logicalNetwork"));
    m_name = addLine(tr("&Name:"), QStringLiteral("name"), network.name);
    m_description
            = addLine(tr("&Description:"), QStringLiteral("description"), network.description);
    m_isolation = addCombo(tr("&Isolation:"), QStringLiteral("isolation"));
    for (VmNetworkIsolation isolation :
         {VmNetworkIsolation::WindowsNetworkVirtualization, VmNetworkIsolation::VLANNetwork,
          VmNetworkIsolation::NoIsolation, VmNetworkIsolation::External})
        m_isolation->addItem(toString(isolation), int(isolation));
    m_isolation->setCurrentIndex(qMax(0, m_isolation->findData(int(network.isolation))));
    connect(m_space, &QComboBox::currentIndexChanged, this, &VmNetworkDialog::fillLogicalNetworks);
    fillLogicalNetworks();
    finishLayout();
}

void VmNetworkDialog::fillLogicalNetworks()
{
    const NetworkDirectory &directory = models().directory();
    const AddressSpace *customer = directory.space(m_space->currentData().toLongLong());
    const QSignalBlocker blocker(m_logicalNetwork);
    m_logicalNetwork->clear();
    m_logicalNetwork->addItem(tr("(none)"), ObjectId(0));
    if (customer) {
        for (ObjectId id : directory.logicalNetworksOf(customer->associatedProviderSpaceId))
            m_logicalNetwork->addItem(directory.name(ObjectKind::LogicalNetwork, id), id);
    }
    m_logicalNetwork->setCurrentIndex(
            qMax(0, m_logicalNetwork->findData(m_original.logicalNetworkId)));
    revalidate();
}

VmNetwork VmNetworkDialog::network() const
{
    VmNetwork n = m_original;
    n.spaceId = m_space->currentData().toLongLong();
    n.logicalNetworkId = m_logicalNetwork->currentData().toLongLong();
    n.name = m_name->text();
    n.description = m_description->text();
    n.isolation = VmNetworkIsolation(m_isolation->currentData().toInt());
    return n;
}

Verdict VmNetworkDialog::validate()
{
    const VmNetwork n = network();
    if (!models().directory().space(n.spaceId))
        return Verdict::refused(
                tr("A VM network belongs to a customer address space; add one first."));
    if (Verdict name = rules::nameIsValid(n.name, ObjectKind::VmNetwork); !name)
        return name;
    return storeRules(n, m_original.id ? &m_original : nullptr);
}

ChangeSet VmNetworkDialog::changes() const
{
    ChangeSet set;
    if (m_original.id)
        set.update(network(), m_original.version);
    else
        set.create(network());
    return set;
}

} // namespace ipam
