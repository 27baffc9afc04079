#pragma once

#include "objectdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace ipam {

// Add or edit an IP address range (a VMM static IP address pool): its bounds must lie in one
// subnet of the space (shown as it is found) and overlap no other range.
class RangeDialog : public ObjectDialog
{
    Q_OBJECT
public:
    RangeDialog(ConsoleModels &models, const Range &range, QWidget *parent = nullptr);
    Range range() const;

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    Range m_original;
    QComboBox *m_space = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    QLabel *m_subnet = nullptr;
    QLineEdit *m_managedBy = nullptr;
    QLineEdit *m_serviceInstance = nullptr;
    QComboBox *m_assignment = nullptr;
    QLineEdit *m_reserved = nullptr;
    QLineEdit *m_gateways = nullptr;
    QLineEdit *m_dns = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace ipam
