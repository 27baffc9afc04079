#include "alertspane.h"

#include "alerts/utilizationalertstore.h"
#include "items/utilizationalertmodel.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipam {

AlertsPane::AlertsPane(UtilizationAlertModel &model, WritePath &writePath, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_writePath(writePath)
{
    setObjectName(QStringLiteral("alertsPane"));
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(&model);
    m_sorted->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UtilizationAlertModel::SinceColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Utilization alerts"));

    m_acknowledge = new QAction(tr("Ac&knowledge"), this);
    m_acknowledge->setToolTip(tr("Acknowledge the selected alerts until they clear"));
    m_snoozeDay = new QAction(tr("Snooze for 1 &Day"), this);
    m_snoozeWeek = new QAction(tr("Snooze for 7 Da&ys"), this);
    connect(m_acknowledge, &QAction::triggered, this, &AlertsPane::acknowledge);
    connect(m_snoozeDay, &QAction::triggered, this, [this] { snooze(86'400'000); });
    connect(m_snoozeWeek, &QAction::triggered, this, [this] { snooze(7 * 86'400'000LL); });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_acknowledge, m_snoozeDay, m_snoozeWeek});
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPane::updateActions);
    connect(&model, &QAbstractItemModel::dataChanged, this, &AlertsPane::updateActions);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &AlertsPane::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Utilization alerts raised now"), this);
    layout->addWidget(title);
    layout->addWidget(m_view);
    updateActions();
}

QList<QAction *> AlertsPane::currentActions() const
{
    return {m_acknowledge, m_snoozeDay, m_snoozeWeek};
}

QList<qint64> AlertsPane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(UtilizationAlertModel::AlertIdRole).toLongLong());
    return ids;
}

void AlertsPane::updateActions()
{
    bool attention = false;
    bool any = false;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        any = true;
        attention |= row.data(UtilizationAlertModel::NeedsAttentionRole).toBool();
    }
    m_acknowledge->setEnabled(any);
    m_snoozeDay->setEnabled(attention);
    m_snoozeWeek->setEnabled(attention);
    Q_EMIT actionsChanged();
}

void AlertsPane::acknowledge()
{
    UtilizationAlertStore alerts(m_writePath);
    for (const qint64 id : selectedIds()) {
        const WriteResult result = alerts.acknowledge(id);
        if (!result.ok()) {
            Q_EMIT message(result.message);
            return;
        }
    }
}

void AlertsPane::snooze(qint64 durationMs)
{
    UtilizationAlertStore alerts(m_writePath);
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + durationMs;
    for (const qint64 id : selectedIds()) {
        const WriteResult result = alerts.snooze(id, until);
        if (!result.ok()) {
            Q_EMIT message(result.message);
            return;
        }
    }
}

QToolButton *AlertsPane::createIndicator(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("alertsIndicator"));
    button->setIcon(QIcon(QStringLiteral(":/icons/alert.svg")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setToolTip(tr("Utilization alerts neither acknowledged nor snoozed; click to list "
                          "them"));
    auto show = [button](int count) {
        button->setText(tr("Alerts: %1").arg(count));
        button->setAccessibleName(tr("Alerts: %1").arg(count));
        button->setVisible(count > 0);
    };
    show(m_model.attentionCount());
    connect(&m_model, &UtilizationAlertModel::attentionCountChanged, button, show);
    connect(button, &QToolButton::clicked, this, &AlertsPane::indicatorClicked);
    return button;
}

} // namespace ipam
