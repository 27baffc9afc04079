#pragma once

#include "objectdialog.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ipam {

// Add or edit an IP address subnet: space, network (with "Find Free Subnet" inside a given
// prefix), name, network type, VMM logical network and network site (the site list follows
// the logical network), VM network for customer spaces, VLANs, owner, description. The
// network is parsed, checked against the space's other subnets and the assignment against
// the domain rules as the admin types.
class SubnetDialog : public ObjectDialog
{
    Q_OBJECT
public:
    // `subnet.id == 0` adds; its other fields are the defaults (space, lnet, site).
    SubnetDialog(ConsoleModels &models, const Subnet &subnet, QWidget *parent = nullptr);

    Subnet subnet() const;
    // Fills the network with the first free prefix of the chosen length in "within".
    bool findFreeSubnet();

    QLineEdit *networkEdit() const { return m_network; }
    QLineEdit *withinEdit() const { return m_within; }
    QSpinBox *lengthSpin() const { return m_length; }

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    void fillForSpace();
    void fillSites();
    void suggestWithin();

    Subnet m_original;
    QComboBox *m_space = nullptr;
    QLineEdit *m_network = nullptr;
    QLineEdit *m_within = nullptr;
    QSpinBox *m_length = nullptr;
    QPushButton *m_find = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_logicalNetwork = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_vmNetwork = nullptr;
    QLineEdit *m_vlans = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace ipam
