#pragma once

#include "domain/entities.h"
#include "items/subnettable.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace ipam {

struct AuditEntry;
class AddressMapWidget;
class ConsoleModels;
class UtilizationBreakdown;
class UtilizationTrendTab;

// The pane below the result pane: everything about the selection. One object: every
// property (ObjectPresenter, names resolved), its utilization broken down into assigned (in
// ranges), used (address records) and free, and for a block or a large subnet an address map
// of its child prefixes coloured by use and by logical network; the Event Catalog tab lists
// its audit history. Several objects: their count and summed utilization. No row selected:
// the tree node's container and totals.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(ConsoleModels &models, QWidget *parent = nullptr);

    void showObjects(ObjectKind kind, const QList<ObjectId> &ids);
    // A console tree node without a selected row: its container (if any) and its totals.
    void showNode(const QString &title, ObjectKind kind, ObjectId id,
                  const SubnetTable::Totals &totals, Family family);
    void clear();
    // A row of the change history: who, when, what, and the object before and after.
    void showAuditEntry(const AuditEntry &entry);
    // A node that lists no address objects (ACCESS CONTROL, AUDIT).
    void showNote(const QString &title, const QString &note);

    QString title() const;
    const AddressMapWidget *addressMap() const { return m_map; }
    QTreeWidget *properties() const { return m_properties; }
    UtilizationTrendTab *trend() const { return m_trend; }

Q_SIGNALS:
    // A cell of the address map was clicked: its subnet (for a block) or range.
    void objectActivated(ipam::ObjectKind kind, ipam::ObjectId id);

private:
    void showObject(const AnyObject &object);
    void appendAccessScope(QList<std::pair<QString, QVariant>> &properties,
                           const AnyObject &object) const;
    void showProperties(const QList<std::pair<QString, QVariant>> &properties);
    void showHistory(const AnyObject &object);
    void showTrend(const QList<ObjectRef> &objects);
    void showBlockMap(const Block &block);
    void showSubnetMap(const Subnet &subnet);

    ConsoleModels &m_models;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_properties = nullptr;
    UtilizationBreakdown *m_breakdown = nullptr;
    AddressMapWidget *m_map = nullptr;
    QLabel *m_mapCaption = nullptr;
    QTreeWidget *m_history = nullptr;
    UtilizationTrendTab *m_trend = nullptr;
    ObjectKind m_mapKind = ObjectKind::Subnet;
};

} // namespace ipam
