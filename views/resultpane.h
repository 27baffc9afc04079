#pragma once

#include "domain/entities.h"
#include "items/resultfilter.h"

#include <QHash>
#include <QWidget>

#include <array>

class QAbstractItemModel;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTableView;

namespace ipam {

class AddressObjectModel;
class ChoiceListModel;
class ConsoleModels;
class GroupedSubnetView;
class ResultProxy;

// The centre of the console: what the selected tree node holds, as one of IPAM's four
// current views (IP Address Subnets / Ranges / Addresses / Blocks), for IPv4 or IPv6,
// narrowed by the filter bar: a VMM Logical Network chooser, a Network Site chooser that
// follows it (both with "any" and "unassigned") and a search box (name, owner, description,
// prefix, or "contains 10.1.2.3").
//
// Each view is its own QTableView over its own proxy, so column order, widths and hidden
// columns are kept per view. A table view, not a QTreeView: QTreeView lays out an item per
// row on every reset (about 24 ms at a million rows even over a trivial model), which alone
// would break the 10 ms budget of a filter change; QTableView's rows cost nothing until shown. A
// filter change resets the proxy; the selection is restored by object id, so what the admin
// selected stays selected when it still matches.
class ResultPane : public QWidget
{
    Q_OBJECT
public:
    enum class View { Subnets, Ranges, Addresses, Blocks };
    static constexpr int viewCount = 4;

    explicit ResultPane(ConsoleModels &models, QWidget *parent = nullptr);
    ~ResultPane() override;

    // The tree node's scope, and the choosers' values (any when not given).
    void setScope(const Scope &scope, const KeyChoice &logicalNetwork = {},
                  const KeyChoice &site = {});
    const Scope &scope() const { return m_scope; }
    void setChoices(const KeyChoice &logicalNetwork, const KeyChoice &site);
    KeyChoice logicalNetworkChoice() const;
    KeyChoice siteChoice() const;
    void setCurrentView(View view);
    View currentView() const { return m_view; }
    void setFamily(Family family);
    Family family() const { return m_family; }
    void setSearchText(const QString &text);
    ResultFilter filter() const;
    static QString viewTitle(View view);
    static ObjectKind kindOf(View view);

    QTableView *itemView(View view) const { return m_views[size_t(view)]; }
    QTableView *currentItemView() const { return itemView(m_view); }
    QAbstractItemModel *proxy(View view) const;
    QComboBox *logicalNetworkChooser() const { return m_networkChooser; }
    QComboBox *siteChooser() const { return m_siteChooser; }
    QLineEdit *searchBox() const { return m_search; }
    // Group by (the subnets view): a SubnetModel column, or -1 for the flat table. Grouped,
    // the subnets show in GroupedSubnetView and the selection is that view's.
    void setGroupColumn(int column);
    int groupColumn() const;
    QComboBox *groupChooser() const { return m_groupChooser; }
    GroupedSubnetView *groupedView() const { return m_grouped; }
    bool isGrouped() const;

    // The selected objects of the current view (rows, in view order).
    QList<ObjectId> selectedIds() const;
    ObjectId currentId() const;
    void selectIds(const QList<ObjectId> &ids);
    int shownCount() const;
    int totalCount() const;

    // The selected rows (all rows when `allRows`), visible columns in their visual order, as
    // CSV with a header line: what Copy puts on the clipboard and Export writes.
    QString toCsv(bool allRows) const;
    void copySelectionAsCsv() const;
    bool exportCsv(const QString &path, QString *error) const;

    // Custom field columns of a view, by field name: shown or hidden (the header's context
    // menu), kept in QSettings by name with saveState().
    bool isFieldColumnShown(View view, const QString &field) const;
    void setFieldColumnShown(View view, const QString &field, bool shown);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

Q_SIGNALS:
    void selectionChanged();
    void activated(ipam::ObjectKind kind, ipam::ObjectId id);
    // The admin changed a chooser (not setScope/setChoices).
    void choicesChanged(const ipam::KeyChoice &logicalNetwork, const ipam::KeyChoice &site);
    void currentViewChanged(ipam::ResultPane::View view);
    void familyChanged(ipam::Family family);
    void countsChanged();
    void contextMenuRequested(const QPoint &globalPosition);

private:
    QTableView *makeView(View view, QAbstractItemModel *model);
    void widenCountColumns();
    ResultProxy *resultProxy(View view) const;
    void applyFilter();
    void applyFilterTo(View view);
    QList<ObjectId> chooserSpaces() const;
    void updateChooserScope();
    void onNetworkChosen();
    void onSiteChosen();
    void showHeaderMenu(View view, const QPoint &position);
    void resetColumns(View view);
    QString fieldKey(View view, int column) const;
    void setUpFieldColumn(View view, int column);
    QModelIndex indexOfId(View view, ObjectId id) const;

    ConsoleModels &m_models;
    Scope m_scope;
    View m_view = View::Subnets;
    Family m_family = Family::V4;
    std::array<QTableView *, viewCount> m_views{};
    std::array<QObject *, viewCount> m_proxies{};
    std::array<bool, viewCount> m_stale{};
    // The admin's choice per custom field column (field name -> shown); others take defaults.
    std::array<QHash<QString, bool>, viewCount> m_fieldShown{};
    QComboBox *m_viewChooser = nullptr;
    QComboBox *m_groupChooser = nullptr;
    GroupedSubnetView *m_grouped = nullptr;
    QButtonGroup *m_familyButtons = nullptr;
    QComboBox *m_networkChooser = nullptr;
    QComboBox *m_siteChooser = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTimer *m_searchTimer = nullptr;
    ChoiceListModel *m_networkChoices = nullptr;
    ChoiceListModel *m_siteChoices = nullptr;
    bool m_updating = false;
};

} // namespace ipam
