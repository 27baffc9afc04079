#include "networksitedialog.h"

#include "domain/rules.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/store.h"

#include <QComboBox>
#include <QLineEdit>

namespace ipam {

NetworkSiteDialog::NetworkSiteDialog(ConsoleModels &models, const NetworkSite &site,
                                     QWidget *parent)
    : ObjectDialog(models, site.id ? tr("Edit Network Site") : tr("Add Network Site"), parent)
    , m_original(site)
{
    const NetworkDirectory &directory = models.directory();
    m_network = addCombo(tr("VMM &Logical Network:"), QStringLiteral("logicalNetwork"));
    for (ObjectId id : directory.allLogicalNetworks())
        m_network->addItem(
                QStringLiteral("%1 (%2)").arg(
                        directory.name(ObjectKind::LogicalNetwork, id),
                        directory.name(ObjectKind::AddressSpace,
                                       directory.parentOf(ObjectKind::LogicalNetwork, id))),
                id);
    m_network->setCurrentIndex(qMax(0, m_network->findData(site.logicalNetworkId)));
    m_network->setEnabled(site.id == 0);
    m_name = addLine(tr("&Name:"), QStringLiteral("name"), site.name);
    QStringList vlans;
    for (int vlan : site.vlanIds)
        vlans << QString::number(vlan);
    m_vlans = addLine(tr("&VLAN IDs:"), QStringLiteral("vlans"), vlans.join(QStringLiteral(", ")));
    m_hostGroup = addLine(tr("&Host group:"), QStringLiteral("hostGroup"), site.hostGroup);
    finishLayout();
}

NetworkSite NetworkSiteDialog::site() const
{
    NetworkSite s = m_original;
    s.logicalNetworkId = m_network->currentData().toLongLong();
    s.name = m_name->text();
    s.vlanIds = parseVlanIds(m_vlans->text(), nullptr).value_or(QList<int>());
    s.hostGroup = m_hostGroup->text();
    return s;
}

Verdict NetworkSiteDialog::validate()
{
    const NetworkSite s = site();
    if (s.logicalNetworkId == 0)
        return Verdict::refused(tr("Choose the logical network the site belongs to."));
    if (Verdict name = rules::nameIsValid(s.name, ObjectKind::NetworkSite); !name)
        return name;
    QString error;
    const std::optional<QList<int>> vlans = parseVlanIds(m_vlans->text(), &error);
    if (!vlans)
        return Verdict::refused(error);
    if (Verdict valid = rules::vlanIdsAreValid(*vlans); !valid)
        return valid;
    return storeRules(s, m_original.id ? &m_original : nullptr);
}

ChangeSet NetworkSiteDialog::changes() const
{
    ChangeSet set;
    if (m_original.id)
        set.update(site(), m_original.version);
    else
        set.create(site());
    return set;
}

} // namespace ipam
