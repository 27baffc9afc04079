#pragma once

#include "objectdialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ipam {

// Add or edit a VMM logical network of a provider address space.
class LogicalNetworkDialog : public ObjectDialog
{
    Q_OBJECT
public:
    LogicalNetworkDialog(ConsoleModels &models, const LogicalNetwork &network,
                         QWidget *parent = nullptr);
    LogicalNetwork network() const;

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    LogicalNetwork m_original;
    QComboBox *m_space = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_virtualization = nullptr;
};

} // namespace ipam
