#include "setaccessscopedialog.h"

#include "access/accesscontrolstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ipam {

namespace {
constexpr int pathRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
} // namespace

SetAccessScopeDialog::SetAccessScopeDialog(WritePath &writePath, QList<ObjectRef> objects,
                                           const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_writePath(writePath)
    , m_objects(std::move(objects))
{
    setWindowTitle(tr("Set Access Scope"));
    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(tr("Access scope of %1:").arg(title), this);
    caption->setTextFormat(Qt::PlainText);
    caption->setWordWrap(true);
    layout->addWidget(caption);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // The tree as the store holds it now; parents come before children (scopes()).
    const AccessScopeTree tree = AccessControlTables(writePath.database()).scopeTree();
    for (const AccessScope &scope : tree.scopes()) {
        QTreeWidgetItem *parentItem = m_items.value(scope.parentId);
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, scope.name);
        item->setToolTip(0,
                         scope.description.isEmpty()
                                 ? tree.path(scope.id)
                                 : tree.path(scope.id) + QStringLiteral("\n") + scope.description);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/scope.svg")));
        item->setData(0, pathRole, tree.path(scope.id));
        item->setData(0, idRole, scope.id);
        m_items.insert(scope.id, item);
    }
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    m_inherit = new QCheckBox(tr("&Inherit access scope from parent"), this);
    m_inherit->setObjectName(QStringLiteral("inherit"));
    layout->addWidget(m_inherit);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetAccessScopeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_inherit, &QCheckBox::toggled, this, &SetAccessScopeDialog::updateState);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &SetAccessScopeDialog::updateState);
    if (QTreeWidgetItem *global = m_items.value(AccessScope::globalId))
        m_tree->setCurrentItem(global);
    setMinimumSize(380, 360);
    updateState();
}

void SetAccessScopeDialog::setCurrent(ObjectId scopeId, bool inherited)
{
    if (QTreeWidgetItem *item = m_items.value(scopeId)) {
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    }
    m_inherit->setChecked(inherited);
    updateState();
}

bool SetAccessScopeDialog::selectScope(const QString &path)
{
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        if (item->data(0, pathRole).toString().compare(path, Qt::CaseInsensitive) == 0) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString SetAccessScopeDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, pathRole).toString() : QString();
}

bool SetAccessScopeDialog::inherits() const
{
    return m_inherit->isChecked();
}

QString SetAccessScopeDialog::message() const
{
    return m_message->text();
}

void SetAccessScopeDialog::updateState()
{
    // Inheriting takes the parent's scope: the tree has nothing to say then.
    m_tree->setEnabled(!m_inherit->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_inherit->isChecked() || m_tree->currentItem() != nullptr);
    m_message->clear();
}

QString SetAccessScopeDialog::summary() const
{
    return inherits()
            ? tr("%n object(s) now inherit their access scope.", nullptr, int(m_objects.size()))
            : tr("%n object(s) now in access scope %1.", nullptr, int(m_objects.size()))
                      .arg(selectedPath());
}

void SetAccessScopeDialog::accept()
{
    if (!inherits() && selectedPath().isEmpty()) {
        m_message->setText(tr("Choose an access scope, or inherit the parent's."));
        return;
    }
    AccessControlStore store(m_writePath);
    m_result = store.setAccessScope(
            m_objects, inherits() ? std::nullopt : std::optional<QString>(selectedPath()));
    if (!m_result.ok()) {
        m_message->setText(m_result.message);
        return;
    }
    QDialog::accept();
}

} // namespace ipam
