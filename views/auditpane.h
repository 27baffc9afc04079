#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace ipam {

class AuditFilterProxy;
class AuditLogModel;
class Store;
struct AuditEntry;

// The AUDIT node's page: the change history (who, when, what, outcome; before/after in the
// tooltip), newest first, filtered by principal, by a time window and by object/operation text.
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
    AuditFilterProxy *filter() const { return m_filter; }

Q_SIGNALS:
    void currentEntryChanged();

private:
    AuditLogModel *m_model = nullptr;
    void updatePrincipals();
    void applyTimeWindow();

    AuditFilterProxy *m_filter = nullptr;
    QComboBox *m_principal = nullptr;
    QComboBox *m_window = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    bool m_loaded = false;
};

} // namespace ipam
