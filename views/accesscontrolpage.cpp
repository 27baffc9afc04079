#include "accesscontrolpage.h"

#include "access/accesscontrolstore.h"
#include "accesspoliciespage.h"
#include "accessscopespage.h"
#include "effectivepermissionsdialog.h"
#include "items/accesspolicymodel.h"
#include "rolespage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ipam {

AccessControlPage::AccessControlPage(WritePath &writePath, QWidget *parent)
    : QWidget(parent)
    , m_writePath(writePath)
    , m_store(std::make_unique<AccessControlStore>(writePath))
{
    setObjectName(QStringLiteral("accessControlPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_effective = new QAction(QIcon(QStringLiteral(":/icons/access.svg")),
                              tr("Effective Permissions..."), this);
    m_effective->setToolTip(tr("Which operations a user or group may perform in an access "
                               "scope, and which policy grants each"));
    connect(m_effective, &QAction::triggered, this, [this] { showEffectivePermissions(); });

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    m_overview = new QLabel(overview);
    m_overview->setObjectName(QStringLiteral("accessOverview"));
    m_overview->setWordWrap(true);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setTextFormat(Qt::RichText);
    overviewLayout->addWidget(m_overview);
    auto *effectiveButton = new QPushButton(m_effective->icon(), m_effective->text(), overview);
    connect(effectiveButton, &QPushButton::clicked, m_effective, &QAction::trigger);
    overviewLayout->addWidget(effectiveButton, 0, Qt::AlignLeft);
    overviewLayout->addStretch();
    m_stack->addWidget(overview);

    m_roles = new RolesPage(*m_store, this);
    m_scopes = new AccessScopesPage(*m_store, this);
    m_policies = new AccessPoliciesPage(*m_store, this);
    for (AccessControlView *view :
         {static_cast<AccessControlView *>(m_roles), static_cast<AccessControlView *>(m_scopes),
          static_cast<AccessControlView *>(m_policies)}) {
        view->addViewAction(m_effective);
        m_stack->addWidget(view);
        // Our own edits: re-read at once, so the next action sees them.
        connect(view, &AccessControlView::changed, this, &AccessControlPage::reread);
        connect(view, &AccessControlView::message, this, &AccessControlPage::message);
    }
    // Everything else that commits (other dialogs, imports, syncs) may change counts, names
    // and rights.
    connect(&m_writePath, &WritePath::committed, this, &AccessControlPage::onCommitted);
}

AccessControlPage::~AccessControlPage() = default;

void AccessControlPage::setConfirmation(AccessControlView::Confirmation confirmation)
{
    m_roles->setConfirmation(confirmation);
    m_scopes->setConfirmation(confirmation);
    m_policies->setConfirmation(confirmation);
}

void AccessControlPage::showNode(ConsoleNodeKind kind)
{
    m_node = kind;
    switch (kind) {
    case ConsoleNodeKind::Roles:
        m_stack->setCurrentWidget(m_roles);
        break;
    case ConsoleNodeKind::AccessScopes:
        m_stack->setCurrentWidget(m_scopes);
        break;
    case ConsoleNodeKind::AccessPolicies:
        m_stack->setCurrentWidget(m_policies);
        break;
    default:
        m_node = ConsoleNodeKind::AccessControl;
        m_stack->setCurrentIndex(0);
        break;
    }
    if (m_stale)
        reread();
}

void AccessControlPage::onCommitted(const ChangeEvent &event)
{
    // Objects created, removed or re-scoped change the counts; a role or a policy does not.
    if (!event.items.isEmpty() || event.label == QLatin1String("scope remove")
        || event.label.endsWith(QLatin1String("access scope")))
        m_scopes->setCountsStale();
    scheduleRefresh();
}

void AccessControlPage::scheduleRefresh()
{
    m_stale = true;
    // Several commits in one turn (a dialog that adds pairs one by one) read once.
    if (!isVisible() || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_stale && isVisible())
            reread();
    });
}

void AccessControlPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reread();
}

void AccessControlPage::refresh()
{
    m_scopes->setCountsStale();
    reread();
}

void AccessControlPage::reread()
{
    m_stale = false;
    const AccessGrants grants = m_store->grants();
    m_roles->refresh(grants);
    m_scopes->refresh(grants);
    m_policies->refresh(grants);
    updateOverview();
}

void AccessControlPage::updateOverview()
{
    AccessControlTables &tables = m_store->tables();
    const QList<UserRole> roles = tables.roles();
    const auto builtIn = std::count_if(roles.begin(), roles.end(),
                                       [](const UserRole &r) { return r.isBuiltIn; });
    const AccessGrants grants = m_store->grants();
    QStringList mine;
    for (const AccessGrants::Grant &grant : grants.grants())
        mine.append(tr("<li>%1 in %2 (%3 %4)</li>")
                            .arg(grant.roleName.toHtmlEscaped(), grant.scopePath.toHtmlEscaped(),
                                 grant.policy.isGroup ? tr("through group") : tr("as user"),
                                 grant.policy.userOrGroup.toHtmlEscaped()));
    m_overview->setText(
            tr("<h3>Access control</h3><p>Roles are sets of operations; access scopes form a "
               "tree under Global that every object lies in; an access policy grants a user or "
               "group roles in access scopes, which reach the scopes below them.</p>"
               "<p>%1 roles (%2 built-in), %3 access scopes, access policies for %4 users and "
               "groups.</p><p>You act as <b>%5</b>. Your policies:</p><ul>%6</ul>")
                    .arg(roles.size())
                    .arg(builtIn)
                    .arg(tables.scopeTree().size())
                    .arg(m_policies->model()->rowCount())
                    .arg(grants.principal().name.toHtmlEscaped(),
                         mine.isEmpty() ? tr("<li>none: nothing is visible to you</li>")
                                        : mine.join(QString())));
}

QList<QAction *> AccessControlPage::currentActions() const
{
    switch (m_node) {
    case ConsoleNodeKind::Roles:
        return m_roles->editActions() << m_effective;
    case ConsoleNodeKind::AccessScopes:
        return m_scopes->editActions() << m_effective;
    case ConsoleNodeKind::AccessPolicies:
        return m_policies->editActions() << m_effective;
    default:
        return {m_effective};
    }
}

QString AccessControlPage::note() const
{
    switch (m_node) {
    case ConsoleNodeKind::Roles:
        return tr("Built-in roles are read-only: copy one to make a variant. A role in use by "
                  "an access policy cannot be deleted.");
    case ConsoleNodeKind::AccessScopes:
        return tr("Drag an access scope onto another to move it there. Objects keep their "
                  "scope; the policies that reach them follow the tree.");
    case ConsoleNodeKind::AccessPolicies:
        return tr("Each user or group holds one or more roles in access scopes; a role granted "
                  "in a scope applies to every scope below it.");
    default:
        return tr("Roles, access scopes and access policies decide who may do what, and where.");
    }
}

EffectivePermissionsDialog *AccessControlPage::showEffectivePermissions(ObjectId scopeId)
{
    auto *dialog = new EffectivePermissionsDialog(*m_store, m_writePath.principal(), scopeId, this);
    // On the user or group selected in Access Policies, as the admin asked about them.
    const int row = m_stack->currentWidget() == m_policies ? m_policies->currentRow() : -1;
    if (row >= 0) {
        const PrincipalPolicy &selected = m_policies->model()->policy(row);
        dialog->showPrincipal(selected.userOrGroup, selected.isGroup);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace ipam
