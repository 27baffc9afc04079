#pragma once

#include "objectdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ipam {

// Add or edit an IP address record, with "Find Free Address" that fills in the first free
// address (store/freeaddresses.h) of a subnet, or of a range given as "start-end". An address
// that is a gateway, a reserved address or VIP of a range, or an IPv4 network/broadcast
// address is accepted, as IPAM does, with a warning that says which it is.
class AddressDialog : public ObjectDialog
{
    Q_OBJECT
public:
    // `subnet`: where Find Free Address looks by default: a prefix, or a range "start-end"
    // (may be empty).
    AddressDialog(ConsoleModels &models, const Address &address, const QString &subnet = {},
                  QWidget *parent = nullptr);
    Address address() const;
    bool findFreeAddress();

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *subnetEdit() const { return m_subnet; }
    QLabel *whereLabel() const { return m_where; }

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    Address m_original;
    QComboBox *m_space = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_subnet = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_where = nullptr;
    QLineEdit *m_mac = nullptr;
    QLineEdit *m_device = nullptr;
    QComboBox *m_deviceType = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_assignment = nullptr;
    QLineEdit *m_managedBy = nullptr;
    QLineEdit *m_serviceInstance = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace ipam
