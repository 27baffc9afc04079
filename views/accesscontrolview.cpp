#include "accesscontrolview.h"

#include "access/accesscontrolstore.h"

#include <QAction>
#include <QDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ipam {

AccessControlView::AccessControlView(AccessControlStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 4, 6, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_layout->addWidget(m_toolBar);
}

QString AccessControlView::requiresText(Operation operation)
{
    return tr("Requires the operation: %1").arg(displayName(operation));
}

void AccessControlView::refresh(const AccessGrants &grants)
{
    m_grants = grants;
    reload();
    updateActions();
}

QAction *AccessControlView::addEditAction(const QString &text, const char *icon,
                                          const QString &toolTip)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))),
                               text, this);
    // The tooltip an enabled action shows; gate() puts it back after a refusal text.
    action->setProperty("baseToolTip", toolTip);
    action->setToolTip(toolTip);
    m_toolBar->addAction(action);
    m_editActions.append(action);
    return action;
}

void AccessControlView::addViewAction(QAction *action)
{
    m_toolBar->addSeparator();
    m_toolBar->addAction(action);
    m_viewActions.append(action);
}

void AccessControlView::gate(QAction *action, const QString &why)
{
    action->setEnabled(why.isEmpty());
    action->setToolTip(why.isEmpty() ? action->property("baseToolTip").toString() : why);
}

void AccessControlView::useContextMenu(QWidget *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        menu.addActions(m_editActions);
        if (!m_viewActions.isEmpty()) {
            menu.addSeparator();
            menu.addActions(m_viewActions);
        }
        menu.exec(view->mapToGlobal(at));
    });
}

bool AccessControlView::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

bool AccessControlView::report(const WriteResult &result, const QString &title,
                               const QString &success)
{
    if (!result.ok()) {
        showFailure(title, result.message);
        return false;
    }
    Q_EMIT changed();
    Q_EMIT message(success);
    return true;
}

void AccessControlView::showFailure(const QString &title, const QString &text)
{
    m_lastFailure = text;
    // Window-modal and not blocking: the admin reads it, the console goes on (and tests can
    // find and close it).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("accessControlFailure"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT message(text);
}

void AccessControlView::openDialog(QDialog *dialog, std::function<QString()> success)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, success] {
        Q_EMIT changed();
        Q_EMIT message(success());
    });
    dialog->open();
}

QTableView *AccessControlView::addListView(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    contentLayout()->addWidget(view, 1);
    useContextMenu(view);
    return view;
}

} // namespace ipam
