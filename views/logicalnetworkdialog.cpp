#include "logicalnetworkdialog.h"

#include "domain/rules.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ipam {

LogicalNetworkDialog::LogicalNetworkDialog(ConsoleModels &models, const LogicalNetwork &network,
                                           QWidget *parent)
    : ObjectDialog(models,
                   network.id ? tr("Edit VMM Logical Network") : tr("Add VMM Logical Network"),
                   parent)
    , m_original(network)
{
    m_space = addCombo(tr("Provider IP address &space:"), QStringLiteral("space"));
    fillSpaces(m_space, int(AddressSpaceType::Provider),
               network.spaceId ? network.spaceId : models.directory().defaultSpaceId());
    m_space->setEnabled(network.id == 0);
    m_name = addLine(tr("&Name:"), QStringLiteral("name"), network.name);
    m_description
            = addLine(tr("&Description:"), QStringLiteral("description"), network.description);
    m_virtualization
            = new QCheckBox(tr("Allow new VM networks to use network &virtualization"), this);
    m_virtualization->setObjectName(QStringLiteral("virtualization"));
    m_virtualization->setChecked(network.networkVirtualizationEnabled);
    form()->addRow(QString(), m_virtualization);
    finishLayout();
}

LogicalNetwork LogicalNetworkDialog::network() const
{
    LogicalNetwork n = m_original;
    n.spaceId = m_space->currentData().toLongLong();
    n.name = m_name->text();
    n.description = m_description->text();
    n.networkVirtualizationEnabled = m_virtualization->isChecked();
    return n;
}

Verdict LogicalNetworkDialog::validate()
{
    const LogicalNetwork n = network();
    if (Verdict name = rules::nameIsValid(n.name, ObjectKind::LogicalNetwork); !name)
        return name;
    if (!models().directory().space(n.spaceId))
        return Verdict::refused(tr("Choose a provider address space."));
    return storeRules(n, m_original.id ? &m_original : nullptr);
}

ChangeSet LogicalNetworkDialog::changes() const
{
    ChangeSet set;
    if (m_original.id)
        set.update(network(), m_original.version);
    else
        set.create(network());
    return set;
}

} // namespace ipam
