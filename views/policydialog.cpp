#include "policydialog.h"

#include "access/accesscontrolstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ipam {

PolicyDialog::PolicyDialog(AccessControlStore &store, const PrincipalPolicy *existing,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_editing(existing != nullptr)
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(existing ? tr("Edit Access Policy - %1").arg(existing->userOrGroup)
                            : tr("Add Access Policy"));
    for (const UserRole &role : store.tables().roles())
        m_roles.append(role.name);
    const AccessScopeTree tree = store.tables().scopeTree();
    for (const AccessScope &scope : tree.scopes())
        m_scopes.append(tree.path(scope.id));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_principal = new QLineEdit(existing ? existing->userOrGroup : QString(), this);
    m_principal->setObjectName(QStringLiteral("policyPrincipal"));
    m_principal->setPlaceholderText(tr("User or group name (a login or database role on "
                                       "PostgreSQL)"));
    m_principal->setReadOnly(m_editing);
    form->addRow(tr("&User or group:"), m_principal);
    auto *kind = new QHBoxLayout;
    m_user = new QRadioButton(tr("User"), this);
    m_user->setObjectName(QStringLiteral("policyUser"));
    m_group = new QRadioButton(tr("Group"), this);
    m_group->setObjectName(QStringLiteral("policyGroup"));
    (existing && existing->isGroup ? m_group : m_user)->setChecked(true);
    m_user->setEnabled(!m_editing);
    m_group->setEnabled(!m_editing);
    kind->addWidget(m_user);
    kind->addWidget(m_group);
    kind->addStretch();
    form->addRow(tr("Type:"), kind);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Access settings (role and access scope):"), this));
    m_pairs = new QTableWidget(0, 2, this);
    m_pairs->setObjectName(QStringLiteral("policyPairs"));
    m_pairs->setHorizontalHeaderLabels({tr("Role"), tr("Access Scope")});
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairs->verticalHeader()->hide();
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setMinimumSize(520, 200);
    layout->addWidget(m_pairs, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addPair"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removePair"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, [this] { addPair(); });
    connect(remove, &QPushButton::clicked, this, &PolicyDialog::removeCurrentPair);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PolicyDialog::reject);
    connect(m_principal, &QLineEdit::textChanged, this, &PolicyDialog::validate);

    if (existing) {
        for (const PrincipalPolicy::Pair &pair : existing->pairs)
            addPair(pair.role, pair.scopePath);
    }
    validate();
}

void PolicyDialog::addPair(const QString &role, const QString &scopePath)
{
    const int row = m_pairs->rowCount();
    m_pairs->insertRow(row);
    auto *roles = new QComboBox(m_pairs);
    roles->setObjectName(QStringLiteral("pairRole"));
    roles->addItems(m_roles);
    roles->setCurrentIndex(role.isEmpty() ? 0 : qMax(0, int(m_roles.indexOf(role))));
    auto *scopes = new QComboBox(m_pairs);
    scopes->setObjectName(QStringLiteral("pairScope"));
    scopes->addItems(m_scopes);
    scopes->setCurrentIndex(scopePath.isEmpty() ? 0 : qMax(0, int(m_scopes.indexOf(scopePath))));
    m_pairs->setCellWidget(row, 0, roles);
    m_pairs->setCellWidget(row, 1, scopes);
    m_pairs->setCurrentCell(row, 0);
    validate();
}

void PolicyDialog::removeCurrentPair()
{
    const int row = m_pairs->currentRow();
    if (row < 0)
        return;
    m_pairs->removeRow(row);
    validate();
}

QList<std::pair<QString, QString>> PolicyDialog::pairs() const
{
    QList<std::pair<QString, QString>> list;
    for (int row = 0; row < m_pairs->rowCount(); ++row) {
        const auto *role = qobject_cast<QComboBox *>(m_pairs->cellWidget(row, 0));
        const auto *scope = qobject_cast<QComboBox *>(m_pairs->cellWidget(row, 1));
        if (!role || !scope)
            continue;
        const std::pair<QString, QString> pair{role->currentText(), scope->currentText()};
        if (!list.contains(pair))
            list.append(pair);
    }
    return list;
}

QString PolicyDialog::principal() const
{
    return m_principal->text().trimmed();
}

bool PolicyDialog::isGroup() const
{
    return m_group->isChecked();
}

void PolicyDialog::validate()
{
    QString problem;
    if (principal().isEmpty())
        problem = tr("Enter the user or group the policy is for.");
    else if (!m_editing && m_pairs->rowCount() == 0)
        problem = tr("Add at least one role and access scope.");
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QList<std::pair<QString, QString>> PolicyDialog::storedPairs()
{
    AccessControlTables &tables = m_store.tables();
    const QList<PrincipalPolicy> all
            = AccessPolicyModel::group(tables.policies(), tables.rolesById(), tables.scopeTree());
    QList<std::pair<QString, QString>> stored;
    for (const PrincipalPolicy &policy : all) {
        if (policy.userOrGroup == principal() && policy.isGroup == isGroup()) {
            for (const PrincipalPolicy::Pair &pair : policy.pairs)
                stored.append({pair.role, pair.scopePath});
        }
    }
    return stored;
}

void PolicyDialog::accept()
{
    const QList<std::pair<QString, QString>> wanted = pairs();
    const QList<std::pair<QString, QString>> stored = storedPairs();
    QList<std::pair<QString, QString>> toAdd;
    QList<std::pair<QString, QString>> toRemove;
    for (const auto &pair : wanted) {
        if (!stored.contains(pair))
            toAdd.append(pair);
    }
    for (const auto &pair : stored) {
        if (!wanted.contains(pair))
            toRemove.append(pair);
    }
    // New pairs first: a principal being re-scoped keeps some rights throughout.
    const int total = int(toAdd.size() + toRemove.size());
    int done = 0;
    auto failed = [&](const WriteResult &result) {
        m_message->setText(done == 0 ? result.message
                                     : tr("%1 (%2 of %3 changes were applied before it)")
                                               .arg(result.message)
                                               .arg(done)
                                               .arg(total));
    };
    for (const auto &[role, scope] : toAdd) {
        const WriteResult result = m_store.addPolicy(principal(), isGroup(), role, scope);
        if (!result.ok())
            return failed(result);
        ++done;
    }
    for (const auto &[role, scope] : toRemove) {
        const WriteResult result = m_store.removePolicies(principal(), role, scope);
        if (!result.ok())
            return failed(result);
        ++done;
    }
    QDialog::accept();
}

} // namespace ipam
