#include "blockdialog.h"

#include "domain/rules.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "store/store.h"

#include <QComboBox>
#include <QLineEdit>

namespace ipam {

BlockDialog::BlockDialog(ConsoleModels &models, const Block &block, QWidget *parent)
    : ObjectDialog(models, block.id ? tr("Edit IP Address Block") : tr("Add IP Address Block"),
                   parent)
    , m_original(block)
{
    m_space = addCombo(tr("IP address &space:"), QStringLiteral("space"));
    fillSpaces(m_space, -1, block.spaceId ? block.spaceId : models.directory().defaultSpaceId());
    m_space->setEnabled(block.id == 0);
    m_network = addLine(tr("&Network (prefix):"), QStringLiteral("network"),
                        block.id ? block.networkId.toString() : QString());
    m_network->setPlaceholderText(QStringLiteral("10.0.0.0/8"));
    m_rir = addLine(tr("&RIR:"), QStringLiteral("rir"), block.rir);
    m_owner = addLine(tr("&Owner:"), QStringLiteral("owner"), block.owner);
    m_description = addLine(tr("&Description:"), QStringLiteral("description"), block.description);
    addCustomFields(ObjectKind::Block, block.id);
    finishLayout();
}

Block BlockDialog::block() const
{
    Block b = m_original;
    b.spaceId = m_space->currentData().toLongLong();
    const Parsed<Prefix> prefix = Prefix::parse(m_network->text().trimmed());
    if (prefix && prefix.value() != m_original.networkId) {
        b.networkId = prefix.value();
        b.startAddress = b.networkId.first();
        b.endAddress = b.networkId.last();
    }
    b.rir = m_rir->text();
    b.owner = m_owner->text();
    b.description = m_description->text();
    return b;
}

Verdict BlockDialog::validate()
{
    const Parsed<Prefix> prefix = Prefix::parse(m_network->text().trimmed());
    if (m_network->text().trimmed().isEmpty())
        return Verdict::refused(tr("Enter the block as a prefix, e.g. 10.0.0.0/8."));
    if (!prefix)
        return Verdict::refused(prefix.error());
    return storeRules(block(), m_original.id ? &m_original : nullptr);
}

ChangeSet BlockDialog::changes() const
{
    ChangeSet set;
    if (m_original.id)
        set.update(block(), m_original.version);
    else
        set.create(block());
    return set;
}

} // namespace ipam
