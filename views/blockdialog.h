#pragma once

#include "objectdialog.h"

class QComboBox;
class QLineEdit;

namespace ipam {

// Add or edit an IP address block: space, network, RIR, owner, description. Blocks nest but
// never partly overlap.
class BlockDialog : public ObjectDialog
{
    Q_OBJECT
public:
    BlockDialog(ConsoleModels &models, const Block &block, QWidget *parent = nullptr);
    Block block() const;

protected:
    Verdict validate() override;
    ChangeSet changes() const override;

private:
    Block m_original;
    QComboBox *m_space = nullptr;
    QLineEdit *m_network = nullptr;
    QLineEdit *m_rir = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace ipam
