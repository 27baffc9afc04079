#pragma once

#include "objectdialog.h"

class QComboBox;
class QLineEdit;

namespace ipam {

// Add or edit an IP address space (IPAM's "Add IP Address Space"): name, provider or
// customer; a customer space names its provider space, isolation method, tenant and VM
// network.
class AddressSpaceDialog : public ObjectDialog
{
    Q_OBJECT
public:
    AddressSpaceDialog(ConsoleModels &models, const AddressSpace &space, QWidget *parent = nullptr);
    AddressSpace space() const;

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    void updateCustomerFields();

    AddressSpace m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_isolation = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_vmNetwork = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace ipam
