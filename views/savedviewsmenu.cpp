#include "savedviewsmenu.h"

#include "groupedsubnetview.h"
#include "mainwindow.h"

#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/networkdirectory.h"
#include "search/savedviewstore.h"
#include "write/writepath.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ipam {

namespace {

QSettings localSettings()
{
    return QSettings(QStringLiteral("ipam-console"), QStringLiteral("console"));
}

const char *const viewKeys[] = {"subnets", "ranges", "addresses", "blocks"};

QString choiceName(const KeyChoice &choice, ObjectKind kind, const NetworkDirectory &directory)
{
    switch (choice.mode) {
    case KeyChoice::Mode::Any:
        return {};
    case KeyChoice::Mode::Unassigned:
        return SavedView::unassigned;
    case KeyChoice::Mode::Object:
        return directory.name(kind, choice.id);
    }
    return {};
}

} // namespace

SavedViewsMenu::SavedViewsMenu(MainWindow &window, ConsoleModels &models, QWidget *parent)
    : QMenu(tr("Sa&ved Views"), parent)
    , m_window(window)
    , m_models(models)
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

QList<SavedView> SavedViewsMenu::views() const
{
    QSettings local = localSettings();
    return SavedViewStore(m_models.writePath()).list(&local);
}

void SavedViewsMenu::rebuild()
{
    clear();
    QAction *save = addAction(tr("&Save Current View..."), this, &SavedViewsMenu::askAndSave);
    save->setObjectName(QStringLiteral("saveCurrentView"));
    const QList<SavedView> all = views();
    QMenu *removeMenu = nullptr;
    QMenu *renameMenu = nullptr;
    SavedView::Sharing section = SavedView::Sharing::Local;
    bool first = true;
    for (const SavedView &view : all) {
        if (first || view.sharing != section) {
            section = view.sharing;
            first = false;
            addSection(section == SavedView::Sharing::Everyone       ? tr("Shared with everyone")
                               : section == SavedView::Sharing::Mine ? tr("Mine")
                                                                     : tr("This computer only"));
        }
        QAction *open = addAction(view.name, this, [this, view] {
            QString why;
            if (!apply(view, &why))
                QMessageBox::information(&m_window, tr("Saved View"), why);
        });
        open->setObjectName(QStringLiteral("savedView:") + view.name);
        if (!renameMenu)
            renameMenu = new QMenu(tr("Re&name Saved View"), this);
        renameMenu->addAction(view.name, this, [this, view] {
            bool ok = false;
            const QString name
                    = QInputDialog::getText(&m_window, tr("Rename Saved View"), tr("New &name:"),
                                            QLineEdit::Normal, view.name, &ok);
            if (!ok)
                return;
            const QString message = rename(view, name);
            if (!message.isEmpty())
                QMessageBox::warning(&m_window, tr("Rename Saved View"), message);
        });
        if (!removeMenu)
            removeMenu = new QMenu(tr("&Remove Saved View"), this);
        removeMenu->addAction(view.name, this, [this, view] {
            const QString message = remove(view);
            if (!message.isEmpty())
                QMessageBox::warning(&m_window, tr("Remove Saved View"), message);
        });
    }
    if (removeMenu) {
        addSeparator();
        addMenu(renameMenu);
        addMenu(removeMenu);
    }
}

SavedView SavedViewsMenu::capture(const QString &name, SavedView::Sharing sharing) const
{
    ResultPane *result = m_window.resultPane();
    const NetworkDirectory &directory = m_models.directory();
    SavedView view;
    view.name = name;
    view.sharing = sharing;
    view.nodePath = m_models.tree().pathOf(m_window.consoleTree()->currentIndex());
    view.view = QLatin1String(viewKeys[int(result->currentView())]);
    view.family = result->family() == Family::V6 ? 6 : 4;
    const KeyChoice lnet = result->logicalNetworkChoice();
    view.logicalNetwork = choiceName(lnet, ObjectKind::LogicalNetwork, directory);
    view.site = choiceName(result->siteChoice(), ObjectKind::NetworkSite, directory);
    if (lnet.mode == KeyChoice::Mode::Object)
        view.space = directory.name(ObjectKind::AddressSpace,
                                    directory.parentOf(ObjectKind::LogicalNetwork, lnet.id));
    else if (result->scope().kind == Scope::Kind::Space)
        view.space = directory.name(ObjectKind::AddressSpace, result->scope().id);
    view.search = result->searchBox()->text();
    const QHeaderView *header = result->currentItemView()->horizontalHeader();
    view.sortColumn = header->sortIndicatorSection();
    view.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            view.columns.append(logical);
    }
    view.groupBy = result->currentView() == ResultPane::View::Subnets ? result->groupColumn() : -1;
    return view;
}

bool SavedViewsMenu::apply(const SavedView &view, QString *why)
{
    const NetworkDirectory &directory = m_models.directory();
    if (!view.nodePath.isEmpty() && !m_window.selectPath(view.nodePath)) {
        if (why)
            *why = tr("The console tree has no node %1 any more.").arg(view.nodePath);
        return false;
    }
    ResultPane *result = m_window.resultPane();
    int index = 0;
    for (int i = 0; i < 4; ++i) {
        if (view.view == QLatin1String(viewKeys[i]))
            index = i;
    }
    result->setCurrentView(ResultPane::View(index));
    result->setFamily(view.family == 6 ? Family::V6 : Family::V4);
    // Choosers by name, inside the view's space (or any provider space).
    KeyChoice lnet;
    KeyChoice site;
    if (view.logicalNetwork == SavedView::unassigned) {
        lnet = KeyChoice::unassigned();
    } else if (!view.logicalNetwork.isEmpty()) {
        for (ObjectId id : directory.allLogicalNetworks()) {
            const ObjectId space = directory.parentOf(ObjectKind::LogicalNetwork, id);
            if (directory.name(ObjectKind::LogicalNetwork, id) == view.logicalNetwork
                && (view.space.isEmpty()
                    || directory.name(ObjectKind::AddressSpace, space) == view.space))
                lnet = KeyChoice::object(id);
        }
        if (lnet.isAny()) {
            if (why)
                *why = tr("There is no logical network %1 any more.").arg(view.logicalNetwork);
            return false;
        }
    }
    if (view.site == SavedView::unassigned) {
        site = KeyChoice::unassigned();
    } else if (!view.site.isEmpty() && lnet.mode == KeyChoice::Mode::Object) {
        for (ObjectId id : directory.sitesOf(lnet.id)) {
            if (directory.name(ObjectKind::NetworkSite, id) == view.site)
                site = KeyChoice::object(id);
        }
    }
    result->setChoices(lnet, site);
    result->setSearchText(view.search);
    QTableView *table = result->currentItemView();
    QHeaderView *header = table->horizontalHeader();
    if (!view.columns.isEmpty()) {
        for (int logical = 0; logical < header->count(); ++logical)
            table->setColumnHidden(logical, !view.columns.contains(logical));
        for (int visual = 0; visual < view.columns.size(); ++visual) {
            const int logical = view.columns.at(visual);
            if (logical < header->count())
                header->moveSection(header->visualIndex(logical), visual);
        }
    }
    if (view.sortColumn >= 0 && view.sortColumn < header->count())
        header->setSortIndicator(view.sortColumn,
                                 view.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (result->currentView() == ResultPane::View::Subnets)
        result->setGroupColumn(view.groupBy);
    return true;
}

QString SavedViewsMenu::save(const SavedView &view)
{
    QSettings local = localSettings();
    const WriteResult written = SavedViewStore(m_models.writePath()).save(view, &local);
    return written.ok() ? QString() : written.message;
}

QString SavedViewsMenu::remove(const SavedView &view)
{
    QSettings local = localSettings();
    const WriteResult written = SavedViewStore(m_models.writePath()).remove(view, &local);
    return written.ok() ? QString() : written.message;
}

QString SavedViewsMenu::rename(const SavedView &view, const QString &newName)
{
    QSettings local = localSettings();
    const WriteResult written = SavedViewStore(m_models.writePath()).rename(view, newName, &local);
    return written.ok() ? QString() : written.message;
}

void SavedViewsMenu::askAndSave()
{
    QDialog dialog(&m_window);
    dialog.setObjectName(QStringLiteral("saveViewDialog"));
    dialog.setWindowTitle(tr("Save Current View"));
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("savedViewName"));
    form->addRow(tr("&Name:"), name);
    auto *mine = new QRadioButton(tr("For &me (in the store)"), &dialog);
    auto *everyone = new QRadioButton(tr("For &everyone (in the store)"), &dialog);
    auto *local = new QRadioButton(tr("On this &computer only"), &dialog);
    mine->setChecked(true);
    auto *sharing = new QVBoxLayout;
    sharing->addWidget(mine);
    sharing->addWidget(everyone);
    sharing->addWidget(local);
    form->addRow(tr("Shared:"), sharing);
    auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SavedView::Sharing choice = everyone->isChecked() ? SavedView::Sharing::Everyone
            : local->isChecked()                            ? SavedView::Sharing::Local
                                                            : SavedView::Sharing::Mine;
    const QString message = save(capture(name->text().trimmed(), choice));
    if (!message.isEmpty())
        QMessageBox::warning(&m_window, tr("Save Current View"), message);
}

} // namespace ipam
