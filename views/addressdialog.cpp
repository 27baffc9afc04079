#include "addressdialog.h"

#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/freeaddresses.h"
#include "store/store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ipam {

AddressDialog::AddressDialog(ConsoleModels &models, const Address &address, const QString &subnet,
                             QWidget *parent)
    : ObjectDialog(models, address.id ? tr("Edit IP Address") : tr("Add IP Address"), parent)
    , m_original(address)
{
    m_space = addCombo(tr("IP address &space:"), QStringLiteral("space"));
    fillSpaces(m_space, -1,
               address.spaceId ? address.spaceId : models.directory().defaultSpaceId());
    m_space->setEnabled(address.id == 0);
    m_address = addLine(tr("&IP address:"), QStringLiteral("address"),
                        address.id ? address.ipAddress.toString() : QString());
    auto *findRow = new QWidget(this);
    auto *findLayout = new QHBoxLayout(findRow);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_subnet = new QLineEdit(subnet, findRow);
    m_subnet->setObjectName(QStringLiteral("subnet"));
    m_subnet->setAccessibleName(tr("Find a free address in subnet"));
    m_subnet->setPlaceholderText(tr("in subnet, e.g. 10.1.2.0/24"));
    m_find = new QPushButton(tr("&Find Free Address"), findRow);
    m_find->setObjectName(QStringLiteral("findFreeAddress"));
    findLayout->addWidget(m_subnet, 1);
    findLayout->addWidget(m_find);
    form()->addRow(tr("Free address:"), findRow);
    connect(m_find, &QPushButton::clicked, this, &AddressDialog::findFreeAddress);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("where"));
    form()->addRow(tr("Subnet / range:"), m_where);
    m_mac = addLine(tr("&MAC address:"), QStringLiteral("mac"), address.macAddress);
    m_device = addLine(tr("&Device name:"), QStringLiteral("deviceName"), address.deviceName);
    m_deviceType = addCombo(tr("Device &type:"), QStringLiteral("deviceType"));
    m_deviceType->setEditable(true);
    m_deviceType->addItems({QStringLiteral("Host"), QStringLiteral("VM"), QStringLiteral("Gateway"),
                            QStringLiteral("Load balancer"), QStringLiteral("Firewall"),
                            QStringLiteral("Switch")});
    m_deviceType->setCurrentText(address.deviceType);
    m_state = addCombo(tr("IP address stat&e:"), QStringLiteral("state"));
    m_state->addItems(
            {QStringLiteral("In-Use"), QStringLiteral("Inactive"), QStringLiteral("Reserved")});
    m_state->setCurrentText(address.ipAddressState);
    m_assignment = addCombo(tr("&Assignment type:"), QStringLiteral("assignmentType"));
    for (AssignmentType type :
         {AssignmentType::Static, AssignmentType::Dynamic, AssignmentType::Auto,
          AssignmentType::Reserved, AssignmentType::VIP})
        m_assignment->addItem(toString(type), int(type));
    m_assignment->setCurrentIndex(qMax(0, m_assignment->findData(int(address.assignmentType))));
    m_managedBy = addLine(tr("Managed &by service:"), QStringLiteral("managedBy"),
                          address.managedByService);
    m_serviceInstance = addLine(tr("Service i&nstance:"), QStringLiteral("serviceInstance"),
                                address.serviceInstance);
    m_owner = addLine(tr("&Owner:"), QStringLiteral("owner"), address.owner);
    m_description
            = addLine(tr("Descri&ption:"), QStringLiteral("description"), address.description);
    addCustomFields(ObjectKind::Address, address.id);
    finishLayout();
}

Address AddressDialog::address() const
{
    Address a = m_original;
    a.spaceId = m_space->currentData().toLongLong();
    a.ipAddress = IpAddress::parse(m_address->text().trimmed()).valueOr(IpAddress());
    a.macAddress = m_mac->text().trimmed();
    a.deviceName = m_device->text();
    a.deviceType = m_deviceType->currentText();
    a.ipAddressState = m_state->currentText();
    a.assignmentType = AssignmentType(m_assignment->currentData().toInt());
    a.managedByService = m_managedBy->text().trimmed();
    a.serviceInstance = m_serviceInstance->text().trimmed();
    a.owner = m_owner->text();
    a.description = m_description->text();
    return a;
}

Verdict AddressDialog::validate()
{
    m_where->clear();
    const QString text = m_address->text().trimmed();
    if (text.isEmpty())
        return Verdict::refused(tr("Enter the IP address, or find a free one."));
    const Parsed<IpAddress> ip = IpAddress::parse(text);
    if (!ip)
        return Verdict::refused(ip.error());
    const Address a = address();
    // Every rule that needs the store (the service, one record per service instance, the
    // device name) is the write path's, in its words.
    if (Verdict valid = storeRules(a, m_original.id ? &m_original : nullptr); !valid)
        return valid;
    Store &store = models().store();
    const std::optional<Subnet> subnet = store.subnetContaining(
            a.spaceId, AddressRange::make(a.ipAddress, a.ipAddress).value());
    if (!subnet) {
        m_where->setText(tr("no subnet: the address will be unmapped"));
    } else {
        const auto range = store.rangeContaining(subnet->id, a.ipAddress, a.managedByService,
                                                 a.serviceInstance);
        m_where->setText(range ? QStringLiteral("%1, range %2-%3")
                                         .arg(subnet->networkId.toString(),
                                              range->startAddress.toString(),
                                              range->endAddress.toString())
                               : subnet->networkId.toString());
        // IPAM records such an address when asked (the gateway device itself, a reservation
        // made on purpose), so the dialog does not refuse it, but never silently.
        const QString reserved = addressReservedBecause(store, *subnet, a.ipAddress);
        if (!reserved.isEmpty()) {
            m_where->setText(tr("%1 — warning: %2 is %3; record it only for that purpose")
                                     .arg(m_where->text(), a.ipAddress.toString(), reserved));
            m_where->setStyleSheet(QStringLiteral("QLabel { color: #9a6700; }"));
            return Verdict::allowed();
        }
    }
    m_where->setStyleSheet(QString());
    return Verdict::allowed();
}

bool AddressDialog::findFreeAddress()
{
    Store &store = models().store();
    const ObjectId spaceId = m_space->currentData().toLongLong();
    const QString where = m_subnet->text().trimmed();
    std::optional<Range> range;
    std::optional<Subnet> subnet;
    if (const qsizetype dash = where.indexOf(QLatin1Char('-')); dash > 0) {
        // A range, "start-end": the search stays inside it.
        const Parsed<IpAddress> start = IpAddress::parse(QStringView(where).left(dash).trimmed());
        const Parsed<IpAddress> end = IpAddress::parse(QStringView(where).mid(dash + 1).trimmed());
        if (!start || !end) {
            showProblem(tr("Free address: %1").arg(!start ? start.error() : end.error()));
            return false;
        }
        range = store.rangeByBounds(spaceId, start.value(), end.value());
        if (!range) {
            showProblem(tr("No range %1 in this address space.").arg(where));
            return false;
        }
        subnet = store.get<Subnet>(range->subnetId);
    } else {
        const Parsed<Prefix> prefix = Prefix::parse(where);
        if (!prefix) {
            showProblem(tr("Free address: %1").arg(prefix.error()));
            return false;
        }
        subnet = store.subnetByPrefix(spaceId, prefix.value());
    }
    if (!subnet) {
        showProblem(tr("No subnet %1 in this address space.").arg(where));
        return false;
    }
    const QList<IpAddress> free = findFreeAddresses(store, *subnet, range ? &*range : nullptr, 1);
    if (free.isEmpty()) {
        showProblem(tr("%1 has no free address left.")
                            .arg(range ? tr("Range %1").arg(where)
                                       : tr("Subnet %1").arg(subnet->networkId.toString())));
        return false;
    }
    m_address->setText(free.constFirst().toString());
    return true;
}

ChangeSet AddressDialog::changes() const
{
    ChangeSet set;
    if (m_original.id)
        set.update(address(), m_original.version);
    else
        set.create(address());
    return set;
}

} // namespace ipam
