#pragma once

#include "domain/entities.h"
#include "write/writepath.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ipam {

// "Set Access Scope..." on address-space objects (one or a multi-selection), as IPAM's
// dialog of the same name: the access scope tree (read from the store's access_scope table)
// to pick the scope, or "Inherit access scope from parent" to make the objects follow their
// parent's scope again. OK applies it to every object in one change through
// AccessControlStore::setAccessScope (authorized: Set access scope in each object's current
// scope and in the new one; audited; all or nothing). A refusal is shown in the dialog, which
// stays open; the store is unchanged.
class SetAccessScopeDialog : public QDialog
{
    Q_OBJECT
public:
    SetAccessScopeDialog(WritePath &writePath, QList<ObjectRef> objects, const QString &title,
                         QWidget *parent = nullptr);

    // Marks the objects' present scope (the first object's) and whether it is inherited.
    void setCurrent(ObjectId scopeId, bool inherited);
    bool selectScope(const QString &path);
    QString selectedPath() const;
    bool inherits() const;

    QTreeWidget *scopeTree() const { return m_tree; }
    QCheckBox *inheritBox() const { return m_inherit; }
    QString message() const;
    const WriteResult &result() const { return m_result; }
    // One line for the status bar after OK.
    QString summary() const;

    void accept() override;

private:
    void updateState();

    WritePath &m_writePath;
    QList<ObjectRef> m_objects;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_inherit = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<ObjectId, QTreeWidgetItem *> m_items;
    WriteResult m_result;
};

} // namespace ipam
