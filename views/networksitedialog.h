#pragma once

#include "objectdialog.h"

class QComboBox;
class QLineEdit;

namespace ipam {

// Add or edit a network site (VMM logical network definition): its logical network, VLANs
// and host group.
class NetworkSiteDialog : public ObjectDialog
{
    Q_OBJECT
public:
    NetworkSiteDialog(ConsoleModels &models, const NetworkSite &site, QWidget *parent = nullptr);
    NetworkSite site() const;

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    NetworkSite m_original;
    QComboBox *m_network = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_vlans = nullptr;
    QLineEdit *m_hostGroup = nullptr;
};

} // namespace ipam
