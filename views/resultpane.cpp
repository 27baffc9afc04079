#include "resultpane.h"

#include "groupedsubnetview.h"
#include "resulttableview.h"

#include "io/csvwriter.h"
#include "items/addressmodel.h"
#include "items/blockmodel.h"
#include "items/choicelistmodel.h"
#include "items/consolemodels.h"
#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/objectfilterproxy.h"
#include "items/rangemodel.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetgrouping.h"
#include "items/subnetmodel.h"
#include "utilizationbardelegate.h"

#include <QApplication>
#include <QBuffer>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace ipam {

namespace {
const char *viewKey(ResultPane::View view)
{
    switch (view) {
    case ResultPane::View::Subnets:
        return "subnets";
    case ResultPane::View::Ranges:
        return "ranges";
    case ResultPane::View::Addresses:
        return "addresses";
    case ResultPane::View::Blocks:
        return "blocks";
    }
    return "subnets";
}
} // namespace

QString ResultPane::viewTitle(View view)
{
    switch (view) {
    case View::Subnets:
        return tr("IP Address Subnets");
    case View::Ranges:
        return tr("IP Address Ranges");
    case View::Addresses:
        return tr("IP Addresses");
    case View::Blocks:
        return tr("IP Address Blocks");
    }
    return {};
}

ObjectKind ResultPane::kindOf(View view)
{
    switch (view) {
    case View::Subnets:
        return ObjectKind::Subnet;
    case View::Ranges:
        return ObjectKind::Range;
    case View::Addresses:
        return ObjectKind::Address;
    case View::Blocks:
        return ObjectKind::Block;
    }
    return ObjectKind::Subnet;
}

ResultPane::ResultPane(ConsoleModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Current view and family.
    auto *viewBar = new QHBoxLayout;
    viewBar->setContentsMargins(6, 4, 6, 0);
    auto *viewLabel = new QLabel(tr("Current vie&w:"), this);
    m_viewChooser = new QComboBox(this);
    m_viewChooser->setObjectName(QStringLiteral("currentView"));
    for (int v = 0; v < viewCount; ++v)
        m_viewChooser->addItem(viewTitle(View(v)));
    viewLabel->setBuddy(m_viewChooser);
    viewBar->addWidget(viewLabel);
    viewBar->addWidget(m_viewChooser);
    // Group by: the subnets' groupable columns (GroupedSubnetView).
    auto *groupLabel = new QLabel(tr("&Group by:"), this);
    m_groupChooser = new QComboBox(this);
    m_groupChooser->setObjectName(QStringLiteral("groupBy"));
    m_groupChooser->addItem(tr("(none)"), -1);
    for (int column = 0; column < SubnetModel::ColumnCount; ++column) {
        if (SubnetGrouping::isGroupable(column))
            m_groupChooser->addItem(SubnetModel::columnTitle(column), column);
    }
    groupLabel->setBuddy(m_groupChooser);
    viewBar->addSpacing(12);
    viewBar->addWidget(groupLabel);
    viewBar->addWidget(m_groupChooser);
    viewBar->addStretch();
    m_familyButtons = new QButtonGroup(this);
    for (Family family : {Family::V4, Family::V6}) {
        auto *button = new QToolButton(this);
        button->setText(family == Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"));
        button->setObjectName(family == Family::V4 ? QStringLiteral("ipv4")
                                                   : QStringLiteral("ipv6"));
        button->setCheckable(true);
        button->setChecked(family == m_family);
        button->setToolTip(family == Family::V4 ? tr("Show IPv4 address space (Alt+4)")
                                                : tr("Show IPv6 address space (Alt+6)"));
        m_familyButtons->addButton(button, int(family));
        viewBar->addWidget(button);
    }
    m_familyButtons->setExclusive(true);
    layout->addLayout(viewBar);

    // The filter bar.
    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(6, 0, 6, 0);
    m_networkChoices
            = new ChoiceListModel(ChoiceListModel::Kind::LogicalNetworks, models.directory(), this);
    m_siteChoices
            = new ChoiceListModel(ChoiceListModel::Kind::NetworkSites, models.directory(), this);
    auto *networkLabel = new QLabel(tr("VMM &Logical Network:"), this);
    m_networkChooser = new QComboBox(this);
    m_networkChooser->setObjectName(QStringLiteral("logicalNetworkChooser"));
    m_networkChooser->setModel(m_networkChoices);
    m_networkChooser->setMinimumContentsLength(14);
    m_networkChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    networkLabel->setBuddy(m_networkChooser);
    auto *siteLabel = new QLabel(tr("Network Si&te:"), this);
    m_siteChooser = new QComboBox(this);
    m_siteChooser->setObjectName(QStringLiteral("siteChooser"));
    m_siteChooser->setModel(m_siteChoices);
    m_siteChooser->setMinimumContentsLength(14);
    m_siteChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    siteLabel->setBuddy(m_siteChooser);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
            tr("Search name, owner, description, prefix, or: contains 10.1.2.3"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    filterBar->addWidget(networkLabel);
    filterBar->addWidget(m_networkChooser, 1);
    filterBar->addWidget(siteLabel);
    filterBar->addWidget(m_siteChooser, 1);
    filterBar->addWidget(m_search, 2);
    filterBar->addWidget(m_count);
    layout->addLayout(filterBar);

    // The four views.
    m_stack = new QStackedWidget(this);
    auto *subnets = new SubnetFilterProxy(this);
    subnets->setSourceModel(&models.subnets());
    m_proxies[size_t(View::Subnets)] = subnets;
    auto makeStock = [&](View view, QAbstractItemModel *source) {
        auto *proxy = new ObjectFilterProxy(models.directory(), this);
        proxy->setSourceModel(source);
        m_proxies[size_t(view)] = proxy;
        return proxy;
    };
    makeStock(View::Ranges, &models.ranges());
    makeStock(View::Addresses, &models.addresses());
    makeStock(View::Blocks, &models.blocks());
    for (int v = 0; v < viewCount; ++v) {
        QTableView *itemView = makeView(View(v), proxy(View(v)));
        itemView->setAccessibleName(tr("Result pane: %1").arg(viewTitle(View(v))));
        itemView->setAccessibleDescription(
                tr("The objects of the selected console tree node; the details pane shows the "
                   "selected one"));
        m_views[size_t(v)] = itemView;
        m_stack->addWidget(itemView);
    }
    m_grouped = new GroupedSubnetView(subnets, this);
    m_stack->addWidget(m_grouped);
    connect(m_grouped, &GroupedSubnetView::subnetActivated, this,
            [this](ObjectId id) { Q_EMIT activated(ObjectKind::Subnet, id); });
    connect(m_grouped->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultPane::selectionChanged);
    connect(m_grouped, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        Q_EMIT contextMenuRequested(m_grouped->viewport()->mapToGlobal(position));
    });
    connect(m_groupChooser, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setGroupColumn(m_groupChooser->currentData().toInt());
    });
    layout->addWidget(m_stack, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ResultPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });
    connect(m_viewChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating)
            setCurrentView(View(index));
    });
    connect(m_familyButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setFamily(Family(id)); });
    connect(m_networkChooser, &QComboBox::activated, this, &ResultPane::onNetworkChosen);
    connect(m_siteChooser, &QComboBox::activated, this, &ResultPane::onSiteChosen);
    connect(this, &ResultPane::countsChanged, this, [this] {
        // A view loaded per scope holds the pages read so far: say so rather than a total.
        const bool more = proxy(m_view)->canFetchMore({});
        m_count->setText(
                (more ? tr("%1 of the first %2 read") : tr("%1 of %2"))
                        .arg(QLocale().toString(shownCount()), QLocale().toString(totalCount())));
    });
    updateChooserScope();
    applyFilter();
}

ResultPane::~ResultPane() = default;

QAbstractItemModel *ResultPane::proxy(View view) const
{
    return qobject_cast<QAbstractItemModel *>(m_proxies[size_t(view)]);
}

ResultProxy *ResultPane::resultProxy(View view) const
{
    if (auto *subnets = qobject_cast<SubnetFilterProxy *>(m_proxies[size_t(view)]))
        return subnets;
    return qobject_cast<ObjectFilterProxy *>(m_proxies[size_t(view)]);
}

QTableView *ResultPane::makeView(View view, QAbstractItemModel *model)
{
    auto *itemView = new ResultTableView(this);
    itemView->setObjectName(QStringLiteral("%1View").arg(QLatin1String(viewKey(view))));
    itemView->setModel(model);
    itemView->setAlternatingRowColors(true);
    itemView->setShowGrid(false);
    itemView->setWordWrap(false);
    itemView->setTabKeyNavigation(false);
    itemView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    itemView->verticalHeader()->hide();
    itemView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    itemView->verticalHeader()->setDefaultSectionSize(itemView->fontMetrics().height() + 6);
    itemView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    itemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    itemView->setItemDelegate(new UtilizationBarDelegate(itemView));
    itemView->setContextMenuPolicy(Qt::CustomContextMenu);
    itemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (view == View::Subnets) {
        // Subnets are dragged onto the console tree to assign them (SubnetAssignment); a copy
        // for the view, so it never removes the dragged rows itself.
        itemView->setDragEnabled(true);
        itemView->setDragDropMode(QAbstractItemView::DragOnly);
        itemView->setDefaultDropAction(Qt::CopyAction);
    }
    QHeaderView *header = itemView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    const auto *source = resultProxy(view)->resultSource();
    // Sort by network, ascending, before sorting is switched on (which sorts at once).
    header->setSortIndicator(source->networkColumn(), Qt::AscendingOrder);
    itemView->setSortingEnabled(true);
    m_views[size_t(view)] = itemView;
    resetColumns(view);
    // Custom field columns arrive with the definitions (after the load, or when an admin adds
    // one in any console): each takes the admin's choice for that field, or its default.
    connect(model, &QAbstractItemModel::columnsInserted, this,
            [this, view](const QModelIndex &, int first, int last) {
                for (int column = first; column <= last; ++column)
                    setUpFieldColumn(view, column);
            });
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &position) { showHeaderMenu(view, position); });
    connect(itemView, &QWidget::customContextMenuRequested, this,
            [this, itemView](const QPoint &position) {
                Q_EMIT contextMenuRequested(itemView->viewport()->mapToGlobal(position));
            });
    connect(itemView, &QAbstractItemView::doubleClicked, this,
            [this, view](const QModelIndex &index) {
                Q_EMIT activated(kindOf(view), index.data(ItemRole::ObjectId).toLongLong());
            });
    connect(itemView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
        if (view == m_view)
            Q_EMIT selectionChanged();
    });
    connect(itemView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view] {
        if (view == m_view)
            Q_EMIT selectionChanged();
    });
    auto counts = [this, view] {
        if (view == m_view)
            Q_EMIT countsChanged();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, counts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, counts);
    connect(model, &QAbstractItemModel::modelReset, this, counts);
    return itemView;
}

void ResultPane::resetColumns(View view)
{
    QTableView *itemView = m_views[size_t(view)];
    const AddressObjectModel *source = resultProxy(view)->resultSource();
    QHeaderView *header = itemView->horizontalHeader();
    for (int column = 0; column < source->columnCount(); ++column) {
        header->moveSection(header->visualIndex(column), column);
        itemView->setColumnHidden(column, source->hiddenByDefault(column));
        if (source->isFieldColumn(column))
            m_fieldShown[size_t(view)].remove(fieldKey(view, column));
        const int title = itemView->fontMetrics().horizontalAdvance(
                source->headerData(column, Qt::Horizontal).toString());
        itemView->setColumnWidth(
                column,
                qMax(source->defaultWidth(column) * itemView->fontMetrics().averageCharWidth(),
                     title)
                        + 24);
    }
}

QString ResultPane::fieldKey(View view, int column) const
{
    const AddressObjectModel *source = resultProxy(view)->resultSource();
    return source->fieldColumns().field(column - source->ownColumnCount()).name;
}

void ResultPane::setUpFieldColumn(View view, int column)
{
    QTableView *itemView = m_views[size_t(view)];
    const AddressObjectModel *source = resultProxy(view)->resultSource();
    if (!source->isFieldColumn(column) || column >= source->columnCount())
        return;
    const auto saved = m_fieldShown[size_t(view)].constFind(fieldKey(view, column));
    const bool shown = saved != m_fieldShown[size_t(view)].constEnd()
            ? *saved
            : !source->hiddenByDefault(column);
    itemView->setColumnHidden(column, !shown);
    const int title = itemView->fontMetrics().horizontalAdvance(
            source->headerData(column, Qt::Horizontal).toString());
    itemView->setColumnWidth(
            column,
            qMax(source->defaultWidth(column) * itemView->fontMetrics().averageCharWidth(), title)
                    + 24);
}

bool ResultPane::isFieldColumnShown(View view, const QString &field) const
{
    const AddressObjectModel *source = resultProxy(view)->resultSource();
    for (int i = 0; i < source->fieldColumns().count(); ++i) {
        if (source->fieldColumns().field(i).name == field)
            return !m_views[size_t(view)]->isColumnHidden(source->ownColumnCount() + i);
    }
    return false;
}

void ResultPane::setFieldColumnShown(View view, const QString &field, bool shown)
{
    m_fieldShown[size_t(view)].insert(field, shown);
    const AddressObjectModel *source = resultProxy(view)->resultSource();
    for (int i = 0; i < source->fieldColumns().count(); ++i) {
        if (source->fieldColumns().field(i).name == field)
            m_views[size_t(view)]->setColumnHidden(source->ownColumnCount() + i, !shown);
    }
}

void ResultPane::showHeaderMenu(View view, const QPoint &position)
{
    QTableView *itemView = m_views[size_t(view)];
    QMenu menu(this);
    const AddressObjectModel *source = resultProxy(view)->resultSource();
    for (int column = 0; column < source->columnCount(); ++column) {
        QAction *action = menu.addAction(source->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!itemView->isColumnHidden(column));
        action->setEnabled(column != source->networkColumn());
        connect(action, &QAction::toggled, itemView, [this, view, itemView, column](bool shown) {
            itemView->setColumnHidden(column, !shown);
            if (resultProxy(view)->resultSource()->isFieldColumn(column))
                m_fieldShown[size_t(view)].insert(fieldKey(view, column), shown);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, [this, view] { resetColumns(view); });
    menu.exec(itemView->horizontalHeader()->mapToGlobal(position));
}

ResultFilter ResultPane::filter() const
{
    ResultFilter f;
    f.family = m_family;
    f.scope = m_scope;
    f.logicalNetwork = logicalNetworkChoice();
    f.site = siteChoice();
    f.search = SearchQuery::parse(m_search->text());
    return f;
}

KeyChoice ResultPane::logicalNetworkChoice() const
{
    return m_networkChoices->choiceAt(m_networkChooser->currentIndex());
}

KeyChoice ResultPane::siteChoice() const
{
    return m_siteChoices->choiceAt(m_siteChooser->currentIndex());
}

QModelIndex ResultPane::indexOfId(View view, ObjectId id) const
{
    ResultProxy *result = resultProxy(view);
    const int sourceRow = result->resultSource()->rowOf(id);
    if (sourceRow < 0)
        return {};
    auto *proxyModel = qobject_cast<QAbstractProxyModel *>(m_proxies[size_t(view)]);
    return proxyModel->mapFromSource(result->resultSource()->index(sourceRow, 0));
}

void ResultPane::applyFilterTo(View view)
{
    QTableView *itemView = m_views[size_t(view)];
    const QList<ObjectId> selected = view == m_view ? selectedIds() : QList<ObjectId>();
    const ObjectId current = view == m_view ? currentId() : 0;
    resultProxy(view)->setFilter(filter());
    m_stale[size_t(view)] = false;
    if (view != m_view)
        return;
    // Restore what is still shown (a reset forgets the selection).
    if (!selected.isEmpty() && selected.size() <= 2000)
        selectIds(selected);
    if (current) {
        const QModelIndex index = indexOfId(view, current);
        if (index.isValid())
            itemView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

void ResultPane::applyFilter()
{
    const SearchQuery query = SearchQuery::parse(m_search->text());
    m_search->setStyleSheet(query.isValid() ? QString()
                                            : QStringLiteral("QLineEdit { color: #b00020; }"));
    m_search->setToolTip(query.isValid() ? QString() : query.error());
    for (int v = 0; v < viewCount; ++v)
        m_stale[size_t(v)] = true;
    applyFilterTo(m_view);
    Q_EMIT countsChanged();
    Q_EMIT selectionChanged();
}

QList<ObjectId> ResultPane::chooserSpaces() const
{
    // The provider spaces whose logical networks the choosers offer (empty: all of them).
    const NetworkDirectory &directory = m_models.directory();
    switch (m_scope.kind) {
    case Scope::Kind::Space:
        if (const AddressSpace *space = directory.space(m_scope.id))
            return {space->type == AddressSpaceType::Provider ? space->id
                                                              : space->associatedProviderSpaceId};
        return {};
    case Scope::Kind::DefaultSpace:
        return {directory.defaultSpaceId()};
    case Scope::Kind::LogicalNetwork:
        return {directory.parentOf(ObjectKind::LogicalNetwork, m_scope.id)};
    case Scope::Kind::NetworkSite:
        return {directory.parentOf(ObjectKind::LogicalNetwork,
                                   directory.parentOf(ObjectKind::NetworkSite, m_scope.id))};
    case Scope::Kind::VmNetwork:
        return {directory.parentOf(ObjectKind::AddressSpace,
                                   directory.parentOf(ObjectKind::VmNetwork, m_scope.id))};
    default:
        return {};
    }
}

void ResultPane::updateChooserScope()
{
    const QList<ObjectId> spaces = chooserSpaces();
    m_networkChoices->setScope(spaces);
    const KeyChoice network = logicalNetworkChoice();
    m_siteChoices->setScope(spaces, network.mode == KeyChoice::Mode::Object ? network.id : 0);
    const bool choosers = m_view != View::Blocks && m_scope.kind != Scope::Kind::Nothing;
    m_networkChooser->setEnabled(choosers);
    m_siteChooser->setEnabled(choosers);
}

void ResultPane::setScope(const Scope &scope, const KeyChoice &logicalNetwork,
                          const KeyChoice &site)
{
    m_updating = true;
    m_scope = scope;
    const QList<ObjectId> spaces = chooserSpaces();
    m_networkChoices->setScope(spaces);
    m_networkChooser->setCurrentIndex(qMax(0, m_networkChoices->rowOf(logicalNetwork)));
    updateChooserScope();
    m_siteChooser->setCurrentIndex(qMax(0, m_siteChoices->rowOf(site)));
    m_updating = false;
    applyFilter();
}

void ResultPane::setChoices(const KeyChoice &logicalNetwork, const KeyChoice &site)
{
    setScope(m_scope, logicalNetwork, site);
}

void ResultPane::onNetworkChosen()
{
    if (m_updating)
        return;
    m_updating = true;
    updateChooserScope();
    m_siteChooser->setCurrentIndex(ChoiceListModel::AnyRow);
    m_updating = false;
    applyFilter();
    Q_EMIT choicesChanged(logicalNetworkChoice(), siteChoice());
}

void ResultPane::onSiteChosen()
{
    if (m_updating)
        return;
    const KeyChoice site = siteChoice();
    if (site.mode == KeyChoice::Mode::Object) {
        // A site implies its logical network: the chooser follows.
        const ObjectId network = m_models.directory().parentOf(ObjectKind::NetworkSite, site.id);
        if (logicalNetworkChoice() != KeyChoice::object(network)) {
            m_updating = true;
            m_networkChooser->setCurrentIndex(
                    qMax(0, m_networkChoices->rowOf(KeyChoice::object(network))));
            updateChooserScope();
            m_siteChooser->setCurrentIndex(qMax(0, m_siteChoices->rowOf(site)));
            m_updating = false;
        }
    }
    applyFilter();
    Q_EMIT choicesChanged(logicalNetworkChoice(), siteChoice());
}

void ResultPane::setCurrentView(View view)
{
    if (view == m_view && m_stack->currentIndex() == int(view))
        return;
    m_view = view;
    m_updating = true;
    m_viewChooser->setCurrentIndex(int(view));
    m_updating = false;
    m_stack->setCurrentIndex(isGrouped() ? viewCount : int(view));
    m_groupChooser->setEnabled(view == View::Subnets);
    updateChooserScope();
    if (m_stale[size_t(view)])
        applyFilterTo(view);
    Q_EMIT currentViewChanged(view);
    Q_EMIT countsChanged();
    Q_EMIT selectionChanged();
}

void ResultPane::setFamily(Family family)
{
    if (QAbstractButton *button = m_familyButtons->button(int(family)))
        button->setChecked(true);
    if (family == m_family)
        return;
    m_family = family;
    applyFilter();
    widenCountColumns();
    Q_EMIT familyChanged(family);
}

void ResultPane::widenCountColumns()
{
    // IPv6 counts are 20 to 39 digits: a count column widens to show the ones in view whole
    // (sizeHintForColumn reads the visible rows only), and never narrows what the admin set.
    QTableView *itemView = currentItemView();
    const QAbstractItemModel *model = itemView->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const auto alignment = model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole)
                                       .value<Qt::Alignment>();
        if (!(alignment & Qt::AlignRight) || itemView->isColumnHidden(column))
            continue;
        const int needed = static_cast<QAbstractItemView *>(itemView)->sizeHintForColumn(column);
        if (needed > itemView->columnWidth(column))
            itemView->setColumnWidth(column, needed);
    }
}

void ResultPane::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    applyFilter();
}

bool ResultPane::isGrouped() const
{
    return m_view == View::Subnets && m_grouped->groupColumn() >= 0;
}

int ResultPane::groupColumn() const
{
    return m_grouped->groupColumn();
}

void ResultPane::setGroupColumn(int column)
{
    const QList<ObjectId> selected = selectedIds();
    if (m_grouped->groupColumn() < 0)
        m_grouped->followColumnsOf(itemView(View::Subnets));
    m_grouped->setGroupColumn(column);
    m_updating = true;
    m_groupChooser->setCurrentIndex(qMax(0, m_groupChooser->findData(m_grouped->groupColumn())));
    m_updating = false;
    m_stack->setCurrentIndex(isGrouped() ? viewCount : int(m_view));
    if (!selected.isEmpty())
        selectIds(selected);
    Q_EMIT selectionChanged();
}

QList<ObjectId> ResultPane::selectedIds() const
{
    if (isGrouped())
        return m_grouped->selectedIds();
    QList<ObjectId> ids;
    const QTableView *itemView = currentItemView();
    QModelIndexList rows = itemView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(ItemRole::ObjectId).toLongLong());
    return ids;
}

ObjectId ResultPane::currentId() const
{
    if (isGrouped())
        return m_grouped->currentId();
    const QModelIndex current = currentItemView()->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ItemRole::ObjectId).toLongLong() : 0;
}

void ResultPane::selectIds(const QList<ObjectId> &ids)
{
    if (isGrouped()) {
        m_grouped->selectIds(ids);
        return;
    }
    // Runs of adjacent rows as one range each: QItemSelectionModel merges ranges pairwise, so
    // 10,000 one-row ranges (a drop's moved rows) would take seconds, one range microseconds.
    std::vector<int> rows;
    rows.reserve(size_t(ids.size()));
    for (ObjectId id : ids) {
        const QModelIndex index = indexOfId(m_view, id);
        if (index.isValid())
            rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QAbstractItemModel *shown = proxy(m_view);
    QItemSelection selection;
    for (size_t i = 0; i < rows.size();) {
        size_t end = i + 1;
        while (end < rows.size() && rows[end] == rows[end - 1] + 1)
            ++end;
        selection.append(
                QItemSelectionRange(shown->index(rows[i], 0), shown->index(rows[end - 1], 0)));
        i = end;
    }
    QItemSelectionModel *model = currentItemView()->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.constFirst().topLeft();
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        currentItemView()->scrollTo(first);
    }
}

int ResultPane::shownCount() const
{
    return proxy(m_view)->rowCount();
}

int ResultPane::totalCount() const
{
    return resultProxy(m_view)->resultSource()->rowCount();
}

QString ResultPane::toCsv(bool allRows) const
{
    const QTableView *itemView = currentItemView();
    const QAbstractItemModel *model = itemView->model();
    const QHeaderView *header = itemView->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QList<int> rows;
    if (allRows) {
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(row);
    } else {
        for (const QModelIndex &index : itemView->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        QList<QString> fields;
        for (int column : std::as_const(columns))
            fields.append(model->headerData(column, Qt::Horizontal).toString());
        writer.writeRecord(fields);
        for (int row : std::as_const(rows)) {
            fields.clear();
            for (int column : std::as_const(columns))
                fields.append(model->index(row, column).data().toString());
            writer.writeRecord(fields);
        }
        writer.flush();
    }
    return QString::fromUtf8(buffer.data());
}

void ResultPane::copySelectionAsCsv() const
{
    QApplication::clipboard()->setText(toCsv(false));
}

bool ResultPane::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toCsv(true).toUtf8());
    return true;
}

void ResultPane::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("ResultPane"));
    settings.setValue(QStringLiteral("view"), int(m_view));
    settings.setValue(QStringLiteral("family"), int(m_family));
    for (int v = 0; v < viewCount; ++v)
        settings.setValue(QStringLiteral("header/%1").arg(QLatin1String(viewKey(View(v)))),
                          m_views[size_t(v)]->horizontalHeader()->saveState());
    // Custom field columns by field name: their numbers change as fields come and go.
    for (int v = 0; v < viewCount; ++v) {
        QVariantMap shown;
        for (auto it = m_fieldShown[size_t(v)].constBegin();
             it != m_fieldShown[size_t(v)].constEnd(); ++it)
            shown.insert(it.key(), it.value());
        settings.setValue(QStringLiteral("fields/%1").arg(QLatin1String(viewKey(View(v)))), shown);
    }
    settings.endGroup();
}

void ResultPane::restoreState(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("ResultPane"));
    for (int v = 0; v < viewCount; ++v) {
        const QByteArray state
                = settings.value(QStringLiteral("header/%1").arg(QLatin1String(viewKey(View(v)))))
                          .toByteArray();
        if (!state.isEmpty())
            m_views[size_t(v)]->horizontalHeader()->restoreState(state);
        const QVariantMap shown
                = settings.value(QStringLiteral("fields/%1").arg(QLatin1String(viewKey(View(v)))))
                          .toMap();
        m_fieldShown[size_t(v)].clear();
        for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
            m_fieldShown[size_t(v)].insert(it.key(), it.value().toBool());
        const AddressObjectModel *source = resultProxy(View(v))->resultSource();
        for (int column = source->ownColumnCount(); column < source->columnCount(); ++column)
            setUpFieldColumn(View(v), column);
    }
    const int family = settings.value(QStringLiteral("family"), int(Family::V4)).toInt();
    setFamily(family == int(Family::V6) ? Family::V6 : Family::V4);
    const int view = settings.value(QStringLiteral("view"), 0).toInt();
    setCurrentView(view >= 0 && view < viewCount ? View(view) : View::Subnets);
    settings.endGroup();
}

} // namespace ipam
