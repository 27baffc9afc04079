#include "addressspacedialog.h"

#include "domain/rules.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/store.h"

#include <QComboBox>
#include <QLineEdit>

namespace ipam {

AddressSpaceDialog::AddressSpaceDialog(ConsoleModels &models, const AddressSpace &space,
                                       QWidget *parent)
    : ObjectDialog(models, space.id ? tr("Edit IP Address Space") : tr("Add IP Address Space"),
                   parent)
    , m_original(space)
{
    m_name = addLine(tr("&Name:"), QStringLiteral("name"), space.name);
    m_name->setEnabled(!space.isDefault());
    m_type = addCombo(tr("&Type of IP address space:"), QStringLiteral("type"));
    m_type->addItem(tr("Provider IP Address Space"), int(AddressSpaceType::Provider));
    m_type->addItem(tr("Customer IP Address Space"), int(AddressSpaceType::Customer));
    m_type->setCurrentIndex(space.type == AddressSpaceType::Customer ? 1 : 0);
    m_type->setEnabled(space.id == 0);
    m_provider = addCombo(tr("Associated &provider space:"), QStringLiteral("provider"));
    fillSpaces(m_provider, int(AddressSpaceType::Provider), space.associatedProviderSpaceId);
    m_isolation = addCombo(tr("&Isolation method:"), QStringLiteral("isolation"));
    m_isolation->addItem(QStringLiteral("NVGRE"), int(IsolationMethod::NVGRE));
    m_isolation->addItem(QStringLiteral("IPRewrite"), int(IsolationMethod::IPRewrite));
    m_isolation->setCurrentIndex(space.isolationMethod == IsolationMethod::IPRewrite ? 1 : 0);
    m_tenant = addLine(tr("T&enant:"), QStringLiteral("tenant"), space.tenant);
    m_vmNetwork = addLine(tr("&VM network:"), QStringLiteral("vmNetwork"), space.vmNetwork);
    m_owner = addLine(tr("&Owner:"), QStringLiteral("owner"), space.owner);
    m_description = addLine(tr("&Description:"), QStringLiteral("description"), space.description);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            &AddressSpaceDialog::updateCustomerFields);
    updateCustomerFields();
    finishLayout();
}

void AddressSpaceDialog::updateCustomerFields()
{
    const bool customer = m_type->currentData().toInt() == int(AddressSpaceType::Customer);
    for (QWidget *field : {static_cast<QWidget *>(m_provider), static_cast<QWidget *>(m_isolation),
                           static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_vmNetwork)})
        field->setEnabled(customer);
    revalidate();
}

AddressSpace AddressSpaceDialog::space() const
{
    AddressSpace s = m_original;
    s.name = m_name->text();
    s.type = AddressSpaceType(m_type->currentData().toInt());
    const bool customer = s.type == AddressSpaceType::Customer;
    s.associatedProviderSpaceId = customer ? m_provider->currentData().toLongLong() : 0;
    s.isolationMethod = customer ? IsolationMethod(m_isolation->currentData().toInt())
                                 : IsolationMethod::None;
    s.tenant = customer ? m_tenant->text() : QString();
    s.vmNetwork = customer ? m_vmNetwork->text() : QString();
    s.owner = m_owner->text();
    s.description = m_description->text();
    return s;
}

Verdict AddressSpaceDialog::validate()
{
    const AddressSpace s = space();
    const AddressSpace *provider = models().directory().space(s.associatedProviderSpaceId);
    if (Verdict valid = rules::addressSpaceIsValid(s, provider); !valid)
        return valid;
    return storeRules(s, m_original.id ? &m_original : nullptr);
}

ChangeSet AddressSpaceDialog::changes() const
{
    ChangeSet set;
    if (m_original.id)
        set.update(space(), m_original.version);
    else
        set.create(space());
    return set;
}

} // namespace ipam
