#pragma once

#include "objectdialog.h"

class QComboBox;
class QLineEdit;

namespace ipam {

// Add or edit a VM network of a customer address space, on a logical network of the
// customer's provider space.
class VmNetworkDialog : public ObjectDialog
{
    Q_OBJECT
public:
    VmNetworkDialog(ConsoleModels &models, const VmNetwork &network, QWidget *parent = nullptr);
    VmNetwork network() const;

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    void fillLogicalNetworks();

    VmNetwork m_original;
    QComboBox *m_space = nullptr;
    QComboBox *m_logicalNetwork = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_isolation = nullptr;
};

} // namespace ipam
