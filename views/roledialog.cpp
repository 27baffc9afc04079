#include "roledialog.h"

#include "access/accesscontrolstore.h"
#include "items/operationfilterproxy.h"
#include "items/operationtreemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ipam {

RoleDialog::RoleDialog(AccessControlStore &store, Mode mode, const UserRole &role, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_mode(mode)
    , m_original(role)
{
    setObjectName(QStringLiteral("roleDialog"));
    setWindowTitle(mode == Mode::Add            ? tr("Add User Role")
                           : mode == Mode::Edit ? tr("Edit User Role - %1").arg(role.name)
                                                : tr("User Role - %1 (read-only)").arg(role.name));
    const bool readOnly = mode == Mode::View;
    for (const UserRole &existing : store.tables().roles())
        m_takenNames.append(existing.name.toLower());
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(role.name, this);
    m_name->setObjectName(QStringLiteral("roleName"));
    m_name->setReadOnly(readOnly);
    form->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit(role.description, this);
    m_description->setObjectName(QStringLiteral("roleDescription"));
    m_description->setReadOnly(readOnly);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("operationFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter operations (e.g. subnet, AddRange)"));
    layout->addWidget(m_filter);

    m_model = new OperationTreeModel(this);
    m_model->setReadOnly(readOnly);
    m_model->setOperations(role.operations);
    m_proxy = new OperationFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("operationTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->expandAll();
    m_view->setMinimumSize(420, 360);
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("operationCount"));
    layout->addWidget(m_count);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("roleMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(readOnly ? QDialogButtonBox::Close
                                              : QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
    connect(m_model, &OperationTreeModel::operationsChanged, this, &RoleDialog::updateCount);
    connect(m_name, &QLineEdit::textChanged, this, &RoleDialog::validate);
    updateCount();
    validate();
}

QString RoleDialog::roleName() const
{
    return m_name->text().trimmed();
}

void RoleDialog::updateCount()
{
    m_count->setText(
            tr("%1 of %2 operations selected").arg(m_model->checkedCount()).arg(operationCount));
}

void RoleDialog::validate()
{
    if (m_mode == Mode::View)
        return;
    QString problem;
    const QString name = roleName();
    if (name.isEmpty()) {
        problem = tr("Enter a name for the role.");
    } else if (name.compare(m_original.name, Qt::CaseInsensitive) != 0 || m_mode == Mode::Add) {
        if (m_takenNames.contains(name.toLower()))
            problem = tr("A role named \"%1\" already exists.").arg(name);
    }
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void RoleDialog::accept()
{
    if (m_mode == Mode::View) {
        QDialog::accept();
        return;
    }
    WriteResult result;
    if (m_mode == Mode::Add) {
        result = m_store.addRole(roleName(), m_model->operations(), m_description->text());
    } else {
        UserRole values;
        values.name = roleName();
        values.description = m_description->text();
        values.operations = m_model->operations();
        result = m_store.setRole(m_original.name, values);
    }
    if (!result.ok()) {
        m_message->setText(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace ipam
