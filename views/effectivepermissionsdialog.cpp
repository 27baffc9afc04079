#include "effectivepermissionsdialog.h"

#include "access/accesscontrolstore.h"
#include "items/effectivepermissionsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ipam {

EffectivePermissionsDialog::EffectivePermissionsDialog(AccessControlStore &store,
                                                       const Principal &principal, ObjectId scopeId,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_acting(principal)
{
    setObjectName(QStringLiteral("effectivePermissionsDialog"));
    setWindowTitle(tr("Effective Permissions"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_principal = new QLineEdit(principal.name, this);
    m_principal->setObjectName(QStringLiteral("effectivePrincipal"));
    form->addRow(tr("&Principal:"), m_principal);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("effectiveKind"));
    m_kind->addItem(tr("User"), false);
    m_kind->addItem(tr("Group"), true);
    form->addRow(tr("&Type:"), m_kind);
    m_groups = new QLineEdit(principal.groups.join(QStringLiteral(", ")), this);
    m_groups->setObjectName(QStringLiteral("effectiveGroups"));
    m_groups->setPlaceholderText(tr("Groups the user belongs to, separated by commas"));
    form->addRow(tr("Member &of:"), m_groups);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("effectiveScope"));
    form->addRow(tr("Access &scope:"), m_scope);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("effectiveSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model = new EffectivePermissionsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("effectivePermissionsView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setMinimumSize(760, 420);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
    setScope(scopeId ? scopeId : AccessScope::globalId);
    connect(m_principal, &QLineEdit::textChanged, this, [this] {
        fillGroupsOfTypedUser();
        update();
    });
    connect(m_groups, &QLineEdit::textChanged, this, &EffectivePermissionsDialog::update);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_groups->setEnabled(!m_kind->currentData().toBool());
        update();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &EffectivePermissionsDialog::update);
    update();
    m_view->resizeColumnsToContents();
    m_principal->setFocus();
}

void EffectivePermissionsDialog::reload()
{
    AccessControlTables &tables = m_store.tables();
    m_tree = tables.scopeTree();
    m_policies = tables.policies();
    m_roles = tables.rolesById();
    const ObjectId current = m_scope->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        for (const AccessScope &scope : m_tree.scopes())
            m_scope->addItem(m_tree.path(scope.id), scope.id);
        m_scope->setCurrentIndex(qMax(0, m_scope->findData(current)));
    }
    update();
}

void EffectivePermissionsDialog::setScope(ObjectId scopeId)
{
    const int row = m_scope->findData(scopeId);
    if (row >= 0)
        m_scope->setCurrentIndex(row);
}

void EffectivePermissionsDialog::showPrincipal(const QString &userOrGroup, bool isGroup)
{
    {
        const QSignalBlocker blocker(m_principal);
        m_principal->setText(userOrGroup);
    }
    m_kind->setCurrentIndex(isGroup ? 1 : 0);
    fillGroupsOfTypedUser();
    update();
}

void EffectivePermissionsDialog::fillGroupsOfTypedUser()
{
    const QString name = m_principal->text().trimmed();
    const QStringList groups
            = name == m_acting.name ? m_acting.groups : Principal::osGroupsOf(name);
    const QSignalBlocker blocker(m_groups);
    m_groups->setText(groups.join(QStringLiteral(", ")));
}

Principal EffectivePermissionsDialog::chosenPrincipal() const
{
    const QString name = m_principal->text().trimmed();
    if (m_kind->currentData().toBool())
        return Principal{QString(), {name}}; // a group's own policies
    Principal principal{name, {}};
    for (const QString &group : m_groups->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!group.trimmed().isEmpty())
            principal.groups.append(group.trimmed());
    }
    return principal;
}

void EffectivePermissionsDialog::update()
{
    const Principal principal = chosenPrincipal();
    const ObjectId scopeId = m_scope->currentData().toLongLong();
    if (scopeId == 0)
        return;
    const AccessGrants grants(principal, m_tree, m_policies, m_roles);
    m_model->setGrants(grants, scopeId);
    const QString who = m_principal->text().trimmed();
    const QString path = m_tree.path(scopeId);
    if (who.isEmpty()) {
        m_summary->setText(tr("Enter a user or group."));
        return;
    }
    m_summary->setText(
            tr("%1 may perform %2 of %3 operations in %4, and %5 the objects there.")
                    .arg(who)
                    .arg(m_model->allowedCount())
                    .arg(operationCount)
                    .arg(path, grants.canView(scopeId) ? tr("can see") : tr("cannot see")));
}

} // namespace ipam
