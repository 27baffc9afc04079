#include "detailspane.h"

#include "addressmapwidget.h"
#include "domain/objectproperties.h"
#include "io/objectpresenter.h"
#include "store/customfieldtables.h"
#include "items/addressmodel.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "items/rangemodel.h"
#include "items/resultfilter.h"
#include "items/subnetmodel.h"
#include "store/accesscontroltables.h"
#include "store/store.h"
#include "utilizationbardelegate.h"
#include "utilizationbreakdown.h"
#include "utilizationtrendtab.h"
#include "write/writepath.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace ipam {

DetailsPane::DetailsPane(ConsoleModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
{
    setAccessibleName(tr("Details pane"));
    setAccessibleDescription(tr("The properties and utilization of the selected object or node"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(6, 4, 6, 2);
    layout->addWidget(m_title);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto *configuration = new QSplitter(Qt::Horizontal, m_tabs);
    m_properties = new QTreeWidget(configuration);
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->setAccessibleName(tr("Properties"));
    m_properties->setColumnCount(2);
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->setRootIsDecorated(false);
    m_properties->setAlternatingRowColors(true);
    m_properties->setUniformRowHeights(true);
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_properties->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValue = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy &Value"),
                                  m_properties);
    connect(copyValue, &QAction::triggered, this, [this] {
        if (const QTreeWidgetItem *item = m_properties->currentItem())
            QApplication::clipboard()->setText(item->text(1));
    });
    auto *copyAll = new QAction(tr("Copy &All Properties"), m_properties);
    connect(copyAll, &QAction::triggered, this, [this] {
        QString text;
        for (int i = 0; i < m_properties->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_properties->topLevelItem(i);
            text += item->text(0) + QLatin1Char('\t') + item->text(1) + QLatin1Char('\n');
        }
        QApplication::clipboard()->setText(text);
    });
    m_properties->addActions({copyValue, copyAll});
    auto *utilization = new QWidget(configuration);
    auto *utilizationLayout = new QVBoxLayout(utilization);
    utilizationLayout->setContentsMargins(6, 4, 6, 4);
    m_breakdown = new UtilizationBreakdown(utilization);
    m_breakdown->setObjectName(QStringLiteral("utilization"));
    utilizationLayout->addWidget(m_breakdown);
    m_mapCaption = new QLabel(utilization);
    m_mapCaption->setObjectName(QStringLiteral("mapCaption"));
    m_mapCaption->setWordWrap(true);
    m_mapCaption->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    utilizationLayout->addWidget(m_mapCaption, 1);
    m_map = new AddressMapWidget(configuration);
    m_map->setObjectName(QStringLiteral("addressMap"));
    configuration->addWidget(m_properties);
    configuration->addWidget(utilization);
    configuration->addWidget(m_map);
    configuration->setStretchFactor(0, 3);
    configuration->setStretchFactor(1, 2);
    configuration->setStretchFactor(2, 2);
    m_tabs->addTab(configuration, tr("Configuration Details"));
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHeaderLabels({tr("Time"), tr("Principal"), tr("Operation"), tr("Outcome")});
    m_history->setRootIsDecorated(false);
    m_tabs->addTab(m_history, tr("Event Catalog"));
    m_trend = new UtilizationTrendTab(m_models, m_tabs);
    m_trend->setObjectName(QStringLiteral("utilizationTrend"));
    m_tabs->addTab(m_trend, tr("Utilization Trend"));
    layout->addWidget(m_tabs, 1);
    connect(m_map, &AddressMapWidget::cellActivated, this,
            [this](ObjectId id) { Q_EMIT objectActivated(m_mapKind, id); });
    clear();
}

QString DetailsPane::title() const
{
    return m_title->text();
}

void DetailsPane::clear()
{
    m_title->setText(tr("Nothing selected"));
    m_properties->clear();
    m_history->clear();
    m_breakdown->clear();
    m_map->clear();
    m_mapCaption->clear();
    m_trend->clear();
}

void DetailsPane::showAuditEntry(const AuditEntry &entry)
{
    clear();
    m_title->setText(QStringLiteral("%1: %2").arg(entry.operation, entry.object));
    auto pretty = [](const QString &json) {
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        return document.isNull() ? json
                                 : QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    };
    showProperties(
            {{tr("Time"),
              QDateTime::fromMSecsSinceEpoch(entry.atMs).toLocalTime().toString(Qt::ISODate)},
             {tr("Principal"), entry.principal},
             {tr("Operation"), entry.operation},
             {tr("Object"), entry.object},
             {tr("Outcome"), entry.outcome},
             {tr("Before"), pretty(entry.beforeJson)},
             {tr("After"), pretty(entry.afterJson)}});
    for (int i = 5; i < m_properties->topLevelItemCount(); ++i)
        m_properties->topLevelItem(i)->setToolTip(
                1, m_properties->topLevelItem(i)->text(1).left(4000));
}

void DetailsPane::showNote(const QString &title, const QString &note)
{
    clear();
    m_title->setText(title);
    m_mapCaption->setText(note);
}

void DetailsPane::showProperties(const QList<std::pair<QString, QVariant>> &properties)
{
    m_properties->clear();
    QList<QTreeWidgetItem *> items;
    for (const auto &[name, value] : properties) {
        QString text;
        if (value.typeId() == QMetaType::QStringList)
            text = value.toStringList().join(QStringLiteral(", "));
        else if (value.typeId() == QMetaType::QVariantList) {
            QStringList parts;
            for (const QVariant &v : value.toList())
                parts << v.toString();
            text = parts.join(QStringLiteral(", "));
        } else if (value.typeId() == QMetaType::Double)
            text = QString::number(value.toDouble(), 'f', 2);
        else
            text = value.toString();
        items.append(new QTreeWidgetItem({name, text}));
    }
    m_properties->addTopLevelItems(items);
}

void DetailsPane::showHistory(const AnyObject &object)
{
    // The Event Catalog: every change set that changed the object, wherever it stood in the
    // set (the audit's object index), and the rows named after it (refusals, and changes
    // audited before the index existed), newest first.
    m_history->clear();
    constexpr int shown = 200;
    const StoredObject &stored = storedPart(object);
    const QString name = describe(object);
    std::map<qint64, AuditEntry, std::greater<>> entries;
    for (AuditEntry &entry : m_models.store().auditLogOf(kindOf(object), stored.id, shown))
        entries.emplace(entry.id, std::move(entry));
    for (AuditEntry &entry : m_models.store().auditLog(2000)) {
        if (entry.object == name || entry.object.startsWith(name + QStringLiteral(" and ")))
            entries.emplace(entry.id, std::move(entry));
    }
    QList<QTreeWidgetItem *> items;
    for (const auto &[id, entry] : entries) {
        items.append(new QTreeWidgetItem({QDateTime::fromMSecsSinceEpoch(entry.atMs)
                                                  .toLocalTime()
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                          entry.principal, entry.operation, entry.outcome}));
        if (items.size() >= shown)
            break;
    }
    m_history->addTopLevelItems(items);
}

void DetailsPane::showObjects(ObjectKind kind, const QList<ObjectId> &ids)
{
    if (ids.isEmpty()) {
        clear();
        return;
    }
    if (ids.size() == 1) {
        const std::optional<AnyObject> object = m_models.store().get(kind, ids.constFirst());
        if (!object) {
            clear();
            return;
        }
        showObject(*object);
        return;
    }
    // Several objects: IPAM leaves the details blank; a count and summed use help more.
    m_title->setText(
            tr("%1 %2 selected").arg(ids.size()).arg(displayName(kind) + QStringLiteral("s")));
    m_map->clear();
    m_mapCaption->clear();
    m_history->clear();
    QList<ObjectRef> refs;
    for (ObjectId id : ids)
        refs.append({kind, id});
    showTrend(refs); // their sum
    if (kind == ObjectKind::Subnet) {
        const SubnetTable &table = m_models.subnets().table();
        SubnetTable::Totals totals;
        AddressCount assigned;
        for (ObjectId id : ids) {
            if (const auto row = table.find(id)) {
                ++totals.count;
                totals.utilized += quint64(table.utilized(*row));
                totals.total += table.total(*row);
            }
        }
        showProperties({{tr("Selected"), totals.count},
                        {tr("TotalAddresses"), totals.total.toString()},
                        {tr("UtilizedAddresses"), qint64(totals.utilized)}});
        m_breakdown->set(totals.total, std::nullopt, AddressCount::fromValue(totals.utilized),
                         m_models.thresholds());
    } else {
        showProperties({{tr("Selected"), ids.size()}});
        m_breakdown->clear();
    }
}

void DetailsPane::appendAccessScope(QList<std::pair<QString, QVariant>> &properties,
                                    const AnyObject &object) const
{
    // IPAM's AccessScopePath / IsInheritedAccessScope, as the store keeps them on every row.
    const StoredObject &stored = storedPart(object);
    if (stored.accessScopeId == 0)
        return;
    QString path = m_models.access().scopePath(stored.accessScopeId);
    if (path.isEmpty())
        path = AccessControlTables(m_models.writePath().database())
                       .scopeTree()
                       .path(stored.accessScopeId);
    properties.append({QStringLiteral("AccessScopePath"), path});
    properties.append({QStringLiteral("IsInheritedAccessScope"), stored.accessScopeInherited});
}

void DetailsPane::showObject(const AnyObject &object)
{
    ObjectPresenter presenter(m_models.store());
    m_title->setText(describe(object));
    QList<std::pair<QString, QVariant>> properties = presenter.properties(object);
    appendAccessScope(properties, object);
    // Custom field values after the properties, under the fields' names (one indexed read).
    if (fieldkinds::canHaveFields(kindOf(object))) {
        CustomFieldTables tables(m_models.store().database());
        const QHash<ObjectId, QString> values
                = tables.valuesOf(kindOf(object), storedPart(object).id).valueOr({});
        if (!values.isEmpty()) {
            for (const CustomField &field : tables.fields().valueOr({})) {
                if (values.contains(field.id))
                    properties.append({field.name,
                                       customfields::valueText(customfields::fromStoredText(
                                               values.value(field.id)))});
            }
        }
    }
    showProperties(properties);
    showHistory(object);
    showTrend({{kindOf(object), storedPart(object).id}});
    m_map->clear();
    m_mapCaption->clear();
    m_breakdown->clear();
    if (const auto *subnet = std::get_if<Subnet>(&object)) {
        m_breakdown->set(subnet->networkId.size(), subnet->assignedAddresses,
                         AddressCount::fromValue(quint64(subnet->utilizedAddresses)),
                         m_models.thresholds());
        const int hostBits = bitWidth(subnet->networkId.family()) - subnet->networkId.length();
        if (hostBits >= 4)
            showSubnetMap(*subnet);
    } else if (const auto *block = std::get_if<Block>(&object)) {
        const SubnetTable::Totals totals
                = m_models.subnets().table().totalsWithin(block->spaceId, block->networkId);
        m_breakdown->set(block->networkId.size(), totals.total,
                         AddressCount::fromValue(totals.utilized), m_models.thresholds(),
                         tr("Assigned (subnets)"));
        showBlockMap(*block);
    } else if (const auto *range = std::get_if<Range>(&object)) {
        const AddressRange bounds
                = AddressRange::make(range->startAddress, range->endAddress).value();
        m_breakdown->set(bounds.size(), bounds.size(),
                         AddressCount::fromValue(quint64(range->utilizedAddresses)),
                         m_models.thresholds());
    }
}

void DetailsPane::showBlockMap(const Block &block)
{
    const SubnetTable &table = m_models.subnets().table();
    std::vector<AddressMap::Piece> pieces;
    QHash<ObjectId, QString> names;
    const std::vector<SubnetTable::Row> rows = table.rowsWithin(block.spaceId, block.networkId);
    for (SubnetTable::Row row : rows) {
        const double total = table.total(row).toDouble();
        const ObjectId lnet = m_models.subnets().logicalNetworkOf(row);
        pieces.push_back({table.addressRange(row),
                          total > 0 ? double(table.utilized(row)) / total : 0.0, lnet,
                          table.id(row)});
        if (names.size() < 4096) {
            const QString network = m_models.directory().name(ObjectKind::LogicalNetwork, lnet);
            names.insert(table.id(row),
                         table.name(row) == table.networkText(row)
                                 ? QStringLiteral("%1 %2").arg(table.networkText(row), network)
                                 : QStringLiteral("%1 (%2) %3")
                                           .arg(table.name(row), table.networkText(row), network));
        }
    }
    const AddressMap map = AddressMap::build(block.networkId, std::move(pieces), 256);
    m_mapKind = ObjectKind::Subnet;
    m_map->setMap(map, names);
    m_mapCaption->setText(tr("Address map of %1: %2 cells of /%3, %4 subnets; colour = logical "
                             "network (stronger = more assigned), dark band = used")
                                  .arg(block.networkId.toString())
                                  .arg(map.cells().size())
                                  .arg(map.cellLength())
                                  .arg(rows.size()));
}

void DetailsPane::showSubnetMap(const Subnet &subnet)
{
    // From the store: the range and address models may hold only the result pane's scope.
    std::vector<AddressMap::Piece> pieces;
    QHash<ObjectId, QString> names;
    const ObjectId lnet = subnet.logicalNetworkId;
    for (const Range &stored : m_models.rangesOf(subnet.id)) {
        const Parsed<AddressRange> range
                = AddressRange::make(stored.startAddress, stored.endAddress);
        if (!range)
            continue;
        pieces.push_back({range.value(), 0.0, lnet, stored.id});
        names.insert(stored.id, tr("range %1").arg(range.value().toString()));
    }
    AddressMap map = AddressMap::build(subnet.networkId, std::move(pieces), 256);
    std::vector<IpAddress> used;
    for (const Address &address : m_models.addressesOf(subnet.id))
        used.push_back(address.ipAddress);
    map.addUsedAddresses(used);
    m_mapKind = ObjectKind::Range;
    m_map->setMap(map, names);
    m_mapCaption->setText(tr("Address map of %1: %2 cells of /%3; coloured = in a range, dark band "
                             "= addresses in use")
                                  .arg(subnet.networkId.toString())
                                  .arg(map.cells().size())
                                  .arg(map.cellLength()));
}

void DetailsPane::showNode(const QString &title, ObjectKind kind, ObjectId id,
                           const SubnetTable::Totals &totals, Family family)
{
    clear();
    m_title->setText(title);
    QList<std::pair<QString, QVariant>> properties;
    // A container outside the principal's scopes, shown only as the path to what it may see,
    // keeps its properties to itself.
    if (id != 0 && !m_models.isPathOnly(kind, id)) {
        if (const std::optional<AnyObject> object = m_models.store().get(kind, id)) {
            if (const auto *space = std::get_if<AddressSpace>(&*object)) {
                // ObjectPresenter computes a space's utilization by reading every subnet of
                // it (a million rows in a big fabric); the console has the totals already.
                properties = storedProperties(*object);
                for (auto &[name, value] : properties) {
                    if (name == QLatin1String("AssociatedProviderAddressSpaceId")) {
                        name = QStringLiteral("AssociatedProviderAddressSpace");
                        value = m_models.directory().name(ObjectKind::AddressSpace,
                                                          space->associatedProviderSpaceId);
                    }
                }
            } else {
                ObjectPresenter presenter(m_models.store());
                properties = presenter.properties(*object);
            }
            appendAccessScope(properties, *object);
            showHistory(*object);
            showTrend({{kind, id}});
        }
    }
    const QString familyName
            = family == Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    properties.append({tr("%1 subnets").arg(familyName), totals.count});
    properties.append({tr("%1 addresses in subnets").arg(familyName), totals.total.toString()});
    properties.append({tr("%1 addresses used").arg(familyName), qint64(totals.utilized)});
    showProperties(properties);
    if (totals.count > 0)
        m_breakdown->set(totals.total, std::nullopt, AddressCount::fromValue(totals.utilized),
                         m_models.thresholds());
}

void DetailsPane::showTrend(const QList<ObjectRef> &objects)
{
    // Addresses and VM networks keep no utilization history.
    QList<ObjectRef> kept;
    for (const ObjectRef &ref : objects) {
        if (ref.kind != ObjectKind::Address && ref.kind != ObjectKind::VmNetwork)
            kept.append(ref);
    }
    if (kept.isEmpty())
        m_trend->clear();
    else
        m_trend->setObjects(kept);
}

} // namespace ipam
