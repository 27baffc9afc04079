#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace ipam {

class AuditLogModel;

// Filters the change history (AuditLogModel) by principal, by a time window and by text in the
// operation or object, as an admin asks "what did bob change on Storage this week?". The audit
// pane holds at most a few thousand rows, so QSortFilterProxyModel is fast enough here.
class AuditFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Exact principal name; empty for any.
    void setPrincipal(const QString &principal);
    // Entries at or after `sinceMs` (UTC ms since the epoch); 0 for any time.
    void setSince(qint64 sinceMs);
    // Case-insensitive text in the operation, the object or the outcome; empty for any. A text
    // that is an object's key (a subnet's or block's prefix, an address) also finds every
    // change set that changed that object, though the row is named after another one.
    void setText(const QString &text);

    // The principals present in the source, sorted, for a chooser.
    QStringList principals() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> auditsOfObjectsNamed(const QString &text) const;

    AuditLogModel *m_audit = nullptr;
    QSet<qint64> m_objectAudits;
    QString m_principal;
    qint64 m_sinceMs = 0;
    QString m_text;
};

} // namespace ipam
