#include "subnetdialog.h"

#include "domain/rules.h"
#include "domain/subnetplacement.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/freesubnets.h"
#include "store/store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ipam {

SubnetDialog::SubnetDialog(ConsoleModels &models, const Subnet &subnet, QWidget *parent)
    : ObjectDialog(models, subnet.id ? tr("Edit IP Address Subnet") : tr("Add IP Address Subnet"),
                   parent)
    , m_original(subnet)
{
    m_space = addCombo(tr("IP address &space:"), QStringLiteral("space"));
    fillSpaces(m_space, -1, subnet.spaceId ? subnet.spaceId : models.directory().defaultSpaceId());
    m_space->setEnabled(subnet.id == 0);
    m_network = addLine(tr("&Network (prefix):"), QStringLiteral("network"),
                        subnet.id ? subnet.networkId.toString() : QString());
    m_network->setPlaceholderText(QStringLiteral("10.1.2.0/24"));

    auto *findRow = new QWidget(this);
    auto *findLayout = new QHBoxLayout(findRow);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_within = new QLineEdit(findRow);
    m_within->setObjectName(QStringLiteral("within"));
    m_within->setAccessibleName(tr("Find a free subnet within"));
    m_within->setPlaceholderText(tr("within, e.g. 10.0.0.0/8"));
    m_length = new QSpinBox(findRow);
    m_length->setObjectName(QStringLiteral("length"));
    m_length->setAccessibleName(tr("Prefix length of the free subnet"));
    m_length->setRange(0, 128);
    m_length->setValue(24);
    m_length->setPrefix(QStringLiteral("/"));
    m_find = new QPushButton(tr("&Find Free Subnet"), findRow);
    m_find->setObjectName(QStringLiteral("findFreeSubnet"));
    findLayout->addWidget(m_within, 1);
    findLayout->addWidget(m_length);
    findLayout->addWidget(m_find);
    form()->addRow(tr("Free subnet:"), findRow);
    connect(m_find, &QPushButton::clicked, this, &SubnetDialog::findFreeSubnet);

    m_name = addLine(tr("Na&me:"), QStringLiteral("name"),
                     subnet.id && subnet.name != subnet.networkId.toString() ? subnet.name
                                                                             : QString());
    m_name->setPlaceholderText(tr("the network, when left empty"));
    m_type = addCombo(tr("Network &type:"), QStringLiteral("networkType"));
    m_logicalNetwork = addCombo(tr("VMM &Logical Network:"), QStringLiteral("logicalNetwork"));
    m_site = addCombo(tr("Network S&ite:"), QStringLiteral("site"));
    m_vmNetwork = addCombo(tr("&VM network:"), QStringLiteral("vmNetwork"));
    m_vlans = addLine(tr("VL&AN IDs:"), QStringLiteral("vlans"));
    QStringList vlans;
    for (int vlan : subnet.vlanIds)
        vlans << QString::number(vlan);
    m_vlans->setText(vlans.join(QStringLiteral(", ")));
    m_owner = addLine(tr("&Owner:"), QStringLiteral("owner"), subnet.owner);
    m_description = addLine(tr("&Description:"), QStringLiteral("description"), subnet.description);

    connect(m_space, &QComboBox::currentIndexChanged, this, &SubnetDialog::fillForSpace);
    connect(m_logicalNetwork, &QComboBox::currentIndexChanged, this, &SubnetDialog::fillSites);
    fillForSpace();
    if (subnet.id)
        m_within->setText(subnet.networkId.toString());
    addCustomFields(ObjectKind::Subnet, subnet.id);
    finishLayout();
}

void SubnetDialog::fillForSpace()
{
    const NetworkDirectory &directory = models().directory();
    const ObjectId spaceId = m_space->currentData().toLongLong();
    const AddressSpace *space = directory.space(spaceId);
    {
        const QSignalBlocker blockType(m_type);
        const QSignalBlocker blockNetwork(m_logicalNetwork);
        const QSignalBlocker blockVm(m_vmNetwork);
        m_type->clear();
        for (NetworkType type :
             {NetworkType::NonVirtualized, NetworkType::Provider, NetworkType::Customer}) {
            if (space && rules::networkTypeFitsSpace(type, *space))
                m_type->addItem(toString(type), int(type));
        }
        const NetworkType wanted
                = m_original.id || m_original.networkType != NetworkType::NonVirtualized
                ? m_original.networkType
                : (space ? rules::defaultNetworkType(*space) : NetworkType::NonVirtualized);
        m_type->setCurrentIndex(qMax(0, m_type->findData(int(wanted))));
        m_type->setEnabled(!m_original.id || m_original.networkType != NetworkType::Customer);

        m_logicalNetwork->clear();
        m_logicalNetwork->addItem(tr("(none)"), ObjectId(0));
        m_vmNetwork->clear();
        m_vmNetwork->addItem(tr("(none)"), ObjectId(0));
        const bool customer = space && space->type == AddressSpaceType::Customer;
        if (!customer) {
            for (ObjectId id : directory.logicalNetworksOf(spaceId))
                m_logicalNetwork->addItem(directory.name(ObjectKind::LogicalNetwork, id), id);
        } else {
            for (ObjectId id : directory.vmNetworksOf(spaceId))
                m_vmNetwork->addItem(directory.name(ObjectKind::VmNetwork, id), id);
        }
        m_logicalNetwork->setEnabled(!customer);
        m_vmNetwork->setEnabled(customer);
        m_logicalNetwork->setCurrentIndex(
                qMax(0, m_logicalNetwork->findData(m_original.logicalNetworkId)));
        m_vmNetwork->setCurrentIndex(qMax(0, m_vmNetwork->findData(m_original.vmNetworkId)));
        if (customer && m_vmNetwork->currentIndex() == 0 && m_vmNetwork->count() > 1)
            m_vmNetwork->setCurrentIndex(1);
    }
    fillSites();
}

void SubnetDialog::suggestWithin()
{
    // Where to look for free space: for a logical network, the first block its sites use;
    // else the space's first block.
    const ObjectId spaceId = m_space->currentData().toLongLong();
    if (const ObjectId network = m_logicalNetwork->currentData().toLongLong(); network != 0) {
        const QList<Prefix> containers = freeSubnetContainers(
                models().store(), spaceId, network, m_site->currentData().toLongLong(), Family::V4);
        if (!containers.isEmpty()) {
            m_within->setText(containers.constFirst().toString());
            return;
        }
    }
    const QList<Block> blocks = models().store().select<Block>(
            QStringLiteral("space_id = ?"), {spaceId}, QStringLiteral("family, lo LIMIT 1"));
    m_within->setText(blocks.isEmpty() ? QStringLiteral("10.0.0.0/8")
                                       : blocks.constFirst().networkId.toString());
}

void SubnetDialog::fillSites()
{
    const NetworkDirectory &directory = models().directory();
    const ObjectId network = m_logicalNetwork->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_site);
        const ObjectId previous = m_site->currentData().toLongLong();
        m_site->clear();
        m_site->addItem(tr("(none)"), ObjectId(0));
        for (ObjectId id : directory.sitesOf(network))
            m_site->addItem(directory.name(ObjectKind::NetworkSite, id), id);
        const ObjectId wanted = previous ? previous : m_original.siteId;
        m_site->setCurrentIndex(qMax(0, m_site->findData(wanted)));
        m_site->setEnabled(network != 0);
    }
    if (m_within->text().isEmpty() || !m_original.id)
        suggestWithin();
    revalidate();
}

Subnet SubnetDialog::subnet() const
{
    Subnet s = m_original;
    s.spaceId = m_space->currentData().toLongLong();
    const Parsed<Prefix> prefix = Prefix::parse(m_network->text().trimmed());
    if (prefix)
        s.networkId = prefix.value();
    s.name = m_name->text().trimmed().isEmpty() ? s.networkId.toString() : m_name->text();
    s.networkType = NetworkType(m_type->currentData().toInt());
    // The site chooser lists only sites of the chosen logical network.
    const ObjectId network = m_logicalNetwork->currentData().toLongLong();
    if (const ObjectId site = m_site->currentData().toLongLong())
        placeOnSite(s, site, network);
    else
        placeOnLogicalNetwork(s, network, 0);
    s.vmNetworkId = m_vmNetwork->currentData().toLongLong();
    s.vlanIds = parseVlanIds(m_vlans->text(), nullptr).value_or(QList<int>());
    s.owner = m_owner->text();
    s.description = m_description->text();
    return s;
}

Verdict SubnetDialog::validate()
{
    const NetworkDirectory &directory = models().directory();
    const AddressSpace *space = directory.space(m_space->currentData().toLongLong());
    if (!space)
        return Verdict::refused(tr("Choose an IP address space."));
    const QString text = m_network->text().trimmed();
    if (text.isEmpty())
        return Verdict::refused(tr("Enter the network as a prefix, e.g. 10.1.2.0/24."));
    const Parsed<Prefix> prefix = Prefix::parse(text);
    if (!prefix)
        return Verdict::refused(prefix.error());
    const Subnet s = subnet();
    // The form's own parse; every other rule (name, network type, VLANs, assignment, overlap,
    // a network that holds ranges) is the write path's, in its words.
    QString vlanError;
    if (!parseVlanIds(m_vlans->text(), &vlanError))
        return Verdict::refused(vlanError);
    return storeRules(s, m_original.id ? &m_original : nullptr);
}

bool SubnetDialog::findFreeSubnet()
{
    const Parsed<Prefix> within = Prefix::parse(m_within->text().trimmed());
    if (!within) {
        showProblem(tr("Free subnet: %1").arg(within.error()));
        return false;
    }
    const ObjectId spaceId = m_space->currentData().toLongLong();
    const int length
            = qBound(within.value().length(), m_length->value(), bitWidth(within.value().family()));
    // For a logical network (or one of its sites) the search stays inside the blocks its sites
    // use; a "within" outside them is refused, naming them.
    QList<Prefix> places{within.value()};
    if (const ObjectId network = m_logicalNetwork->currentData().toLongLong(); network != 0) {
        const ObjectId site = m_site->currentData().toLongLong();
        const QList<Prefix> containers = freeSubnetContainers(models().store(), spaceId, network,
                                                              site, within.value().family());
        if (!containers.isEmpty()) {
            places.clear();
            for (const Prefix &container : containers) {
                if (container.contains(within.value()))
                    places = {within.value()};
                else if (within.value().contains(container))
                    places.append(container);
            }
            if (places.isEmpty()) {
                QStringList names;
                for (const Prefix &container : containers)
                    names.append(container.toString());
                showProblem(
                        tr("%1 is outside the address blocks of %2 (%3).")
                                .arg(within.value().toString(),
                                     site ? m_site->currentText() : m_logicalNetwork->currentText(),
                                     names.join(QStringLiteral(", "))));
                return false;
            }
        }
    }
    for (const Prefix &place : std::as_const(places)) {
        const QList<Prefix> free
                = models().store()
                          .subnetSpaceWithin(spaceId, place)
                          .firstFreePrefixes(place, qMax(length, place.length()), 1);
        if (!free.isEmpty()) {
            m_network->setText(free.constFirst().toString());
            return true;
        }
    }
    showProblem(tr("No free /%1 is left in %2.").arg(length).arg(within.value().toString()));
    return false;
}

ChangeSet SubnetDialog::changes() const
{
    ChangeSet set;
    if (m_original.id) {
        set.update(subnet(), m_original.version);
        set.label = tr("subnet edit");
    } else {
        set.create(subnet());
        set.label = tr("subnet add");
    }
    return set;
}

} // namespace ipam
