#include "rangegroupspane.h"

#include "fields/customfieldstore.h"
#include "fields/rangecriteria.h"
#include "items/consolemodels.h"
#include "items/rangegrouptreemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ipam {

RangeGroupsPane::RangeGroupsPane(ConsoleModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_model(new RangeGroupTreeModel(models.store(), this))
{
    setAccessibleName(tr("IP Address Range Groups"));
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RangeGroupTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Range group tree"));
    m_name = new QLineEdit(this);
    m_levels = new QLineEdit(this);
    m_levels->setPlaceholderText(tr("Fields, separated by ';' (e.g. Site; Owner)"));
    m_criteria = new QLineEdit(this);
    m_criteria->setPlaceholderText(tr("e.g. \"Managed by Service\" = VMM AND Owner ~ ops"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group by:"), m_levels);
    form->addRow(tr("C&riteria:"), m_criteria);
    m_add = new QPushButton(tr("&Add Range Group"), this);
    m_remove = new QPushButton(tr("Remo&ve"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &RangeGroupsPane::addGroup);
    connect(m_remove, &QPushButton::clicked, this, &RangeGroupsPane::removeGroup);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RangeGroupsPane::updateButtons);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(RangeGroupTreeModel::NodeKindRole).toInt()
            == int(RangeGroupTreeModel::NodeKind::Range))
            Q_EMIT rangeActivated(index.data(RangeGroupTreeModel::RangeIdRole).toLongLong());
    });
    updateButtons();
}

RangeGroupsPane::~RangeGroupsPane() = default;

void RangeGroupsPane::showEvent(QShowEvent *event)
{
    // Read when first shown, not at start-up: a store of many ranges opens no slower.
    if (!m_loaded) {
        m_loaded = true;
        QString error;
        if (!m_model->load(&error))
            m_message->setText(error);
        m_view->expandToDepth(0);
        // Live from then on: whatever the console applies (its own edits, other consoles'
        // through the live feed).
        connect(&m_models, &ConsoleModels::changeApplied, m_model, &RangeGroupTreeModel::apply);
    }
    QWidget::showEvent(event);
}

void RangeGroupsPane::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool group = current.isValid() && !current.parent().isValid();
    m_remove->setEnabled(group && current.data().toString() != QLatin1String("Managed by Service"));
}

void RangeGroupsPane::addGroup()
{
    RangeGroup group;
    group.name = m_name->text().trimmed();
    for (const QString &level : m_levels->text().split(QLatin1Char(';'))) {
        if (!level.trimmed().isEmpty())
            group.levels.append(level.trimmed());
    }
    const Parsed<RangeCriteria> criteria = RangeCriteria::parse(m_criteria->text());
    if (!criteria) {
        m_message->setText(criteria.error());
        return;
    }
    group.criteria = criteria.value().toString();
    const WriteResult result = CustomFieldStore(m_models.writePath()).addRangeGroup(group);
    m_message->setText(result.ok() ? QString() : result.message);
    if (result.ok()) {
        m_name->clear();
        m_levels->clear();
        m_criteria->clear();
    }
}

void RangeGroupsPane::removeGroup()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.parent().isValid())
        return;
    const WriteResult result
            = CustomFieldStore(m_models.writePath()).removeRangeGroup(current.data().toString());
    m_message->setText(result.ok() ? QString() : result.message);
}

} // namespace ipam
