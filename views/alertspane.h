#pragma once

#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace ipam {

class UtilizationAlertModel;
class WritePath;

// The ALERTS node's page: the utilization alerts raised now (UtilizationAlertModel, sortable)
// with Acknowledge and Snooze (1 day, 7 days) for the selected ones, in the actions pane and
// the table's context menu; each through the write path (UtilizationAlertStore), a refusal
// reported through message(). The list follows the change feed: another console's or
// ipamctl's commits raise, clear and acknowledge alerts here too.
class AlertsPane : public QWidget
{
    Q_OBJECT
public:
    AlertsPane(UtilizationAlertModel &model, WritePath &writePath, QWidget *parent = nullptr);

    QList<QAction *> currentActions() const;
    QTableView *view() const { return m_view; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *snoozeDayAction() const { return m_snoozeDay; }
    QAction *snoozeWeekAction() const { return m_snoozeWeek; }
    // The ids of the selected alerts.
    QList<qint64> selectedIds() const;

    // The status bar's notifications indicator: "N alerts" needing attention (hidden at none);
    // a click emits indicatorClicked().
    QToolButton *createIndicator(QWidget *parent);

Q_SIGNALS:
    void message(const QString &text);
    void actionsChanged();
    void indicatorClicked();

private:
    void acknowledge();
    void snooze(qint64 durationMs);
    void updateActions();

    UtilizationAlertModel &m_model;
    WritePath &m_writePath;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_snoozeDay = nullptr;
    QAction *m_snoozeWeek = nullptr;
};

} // namespace ipam
