#include "rangedialog.h"

#include "domain/rules.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ipam {

namespace {
QList<QString> splitList(const QString &text)
{
    QList<QString> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.append(part.trimmed());
    return values;
}
} // namespace

RangeDialog::RangeDialog(ConsoleModels &models, const Range &range, QWidget *parent)
    : ObjectDialog(models, range.id ? tr("Edit IP Address Range") : tr("Add IP Address Range"),
                   parent)
    , m_original(range)
{
    m_space = addCombo(tr("IP address &space:"), QStringLiteral("space"));
    fillSpaces(m_space, -1, range.spaceId ? range.spaceId : models.directory().defaultSpaceId());
    m_space->setEnabled(range.id == 0);
    const bool known
            = range.id || range.startAddress != IpAddress() || range.endAddress != IpAddress();
    m_start = addLine(tr("S&tart IP address:"), QStringLiteral("start"),
                      known ? range.startAddress.toString() : QString());
    m_end = addLine(tr("&End IP address:"), QStringLiteral("end"),
                    known ? range.endAddress.toString() : QString());
    m_subnet = new QLabel(this);
    m_subnet->setObjectName(QStringLiteral("subnet"));
    form()->addRow(tr("Subnet:"), m_subnet);
    m_managedBy = addLine(tr("&Managed by service:"), QStringLiteral("managedBy"),
                          range.managedByService);
    m_serviceInstance = addLine(tr("Service &instance:"), QStringLiteral("serviceInstance"),
                                range.serviceInstance);
    m_assignment = addCombo(tr("&Assignment type:"), QStringLiteral("assignmentType"));
    for (AssignmentType type :
         {AssignmentType::Static, AssignmentType::Dynamic, AssignmentType::Auto,
          AssignmentType::Reserved, AssignmentType::VIP})
        m_assignment->addItem(toString(type), int(type));
    m_assignment->setCurrentIndex(qMax(0, m_assignment->findData(int(range.assignmentType))));
    m_reserved = addLine(tr("&Reserved addresses:"), QStringLiteral("reserved"),
                         range.reservedAddresses.join(QStringLiteral(", ")));
    m_gateways = addLine(tr("&Gateways:"), QStringLiteral("gateways"),
                         range.gateways.join(QStringLiteral(", ")));
    m_gateways->setPlaceholderText(tr("10.1.2.1/Automatic, or 10.1.2.1/5 for a metric"));
    m_dns = addLine(tr("&DNS servers:"), QStringLiteral("dnsServers"),
                    range.dnsServers.join(QStringLiteral(", ")));
    m_owner = addLine(tr("&Owner:"), QStringLiteral("owner"), range.owner);
    m_description = addLine(tr("Descri&ption:"), QStringLiteral("description"), range.description);
    addCustomFields(ObjectKind::Range, range.id);
    finishLayout();
}

Range RangeDialog::range() const
{
    Range r = m_original;
    r.spaceId = m_space->currentData().toLongLong();
    r.startAddress = IpAddress::parse(m_start->text().trimmed()).valueOr(IpAddress());
    r.endAddress = IpAddress::parse(m_end->text().trimmed()).valueOr(IpAddress());
    r.subnetId = 0; // the write path finds it
    r.managedByService = m_managedBy->text().trimmed();
    r.serviceInstance = m_serviceInstance->text().trimmed();
    r.assignmentType = AssignmentType(m_assignment->currentData().toInt());
    r.reservedAddresses = splitList(m_reserved->text());
    r.gateways = splitList(m_gateways->text());
    r.dnsServers = splitList(m_dns->text());
    r.owner = m_owner->text();
    r.description = m_description->text();
    return r;
}

Verdict RangeDialog::validate()
{
    m_subnet->clear();
    const Parsed<IpAddress> start = IpAddress::parse(m_start->text().trimmed());
    if (!start)
        return Verdict::refused(m_start->text().isEmpty()
                                        ? tr("Enter the first address of the range.")
                                        : start.error());
    const Parsed<IpAddress> end = IpAddress::parse(m_end->text().trimmed());
    if (!end)
        return Verdict::refused(m_end->text().isEmpty() ? tr("Enter the last address of the range.")
                                                        : end.error());
    const Parsed<AddressRange> bounds = AddressRange::make(start.value(), end.value());
    if (!bounds)
        return Verdict::refused(bounds.error());
    const Range r = range();
    Store &store = models().store();
    const std::optional<Subnet> subnet = store.subnetContaining(r.spaceId, bounds.value());
    if (!subnet) // in the write path's words
        return storeRules(r, m_original.id ? &m_original : nullptr);
    m_subnet->setText(QStringLiteral("%1 (%2)").arg(subnet->networkId.toString(), subnet->name));
    if (Verdict valid = storeRules(r, m_original.id ? &m_original : nullptr); !valid)
        return valid;
    for (const QString &text : r.reservedAddresses + r.dnsServers) {
        const Parsed<IpAddress> address = IpAddress::parse(text);
        if (!address)
            return Verdict::refused(address.error());
    }
    // Gateways in IPAM's form, as the store keeps them: "10.1.2.1/Automatic", "10.1.2.1/5".
    Range normalized = r;
    if (Verdict gateways = rules::normalizeGateways(normalized); !gateways)
        return gateways;
    return Verdict::allowed();
}

ChangeSet RangeDialog::changes() const
{
    ChangeSet set;
    if (m_original.id)
        set.update(range(), m_original.version);
    else
        set.create(range());
    return set;
}

} // namespace ipam
