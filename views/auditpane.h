#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ipam {

class AuditLogModel;
class Store;
struct AuditEntry;

// The AUDIT node's page: the change history (who, when, what, outcome; before/after in the
// tooltip), newest first, filtered by any text (a principal, an object, a date).
class AuditPane : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPane(Store &store, QWidget *parent = nullptr);

    void refresh();
    // The selected audit row, null when none.
    const AuditEntry *currentEntry() const;
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void currentEntryChanged();

private:
    AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    bool m_loaded = false;
};

} // namespace ipam
