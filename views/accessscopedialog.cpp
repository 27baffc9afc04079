#include "accessscopedialog.h"

#include "access/accesscontrolstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipam {

AccessScopeDialog::AccessScopeDialog(AccessControlStore &store, Mode mode, const QString &path,
                                     const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_mode(mode)
    , m_path(path)
{
    setObjectName(QStringLiteral("accessScopeDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add Access Scope") : tr("Edit Access Scope"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    QStringList parts = AccessScopeTree::splitPath(path);
    const QString name = mode == Mode::Edit && !parts.isEmpty() ? parts.takeLast() : QString();
    form->addRow(tr("Parent:"),
                 new QLabel(mode == Mode::Add ? path : parts.join(AccessScope::separator), this));
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("scopeName"));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit(description, this);
    m_description->setObjectName(QStringLiteral("scopeDescription"));
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("scopeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccessScopeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccessScopeDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AccessScopeDialog::validate);
    validate();
}

QString AccessScopeDialog::resultPath() const
{
    QStringList parts = AccessScopeTree::splitPath(m_path);
    if (m_mode == Mode::Edit && !parts.isEmpty())
        parts.removeLast();
    parts.append(m_name->text().trimmed());
    return parts.join(AccessScope::separator);
}

void AccessScopeDialog::validate()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("Enter a name for the access scope.");
    else if (name.contains(AccessScope::separator) || name.contains(QLatin1Char('\\')))
        problem = tr("An access scope name cannot contain / or \\ (\"%1\").").arg(name);
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void AccessScopeDialog::accept()
{
    const WriteResult result = m_mode == Mode::Add
            ? m_store.addScope(resultPath(), m_description->text())
            : m_store.editScope(m_path, m_name->text().trimmed(), m_description->text());
    if (!result.ok()) {
        m_message->setText(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace ipam
