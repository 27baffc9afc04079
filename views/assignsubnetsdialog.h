#pragma once

#include "domain/entities.h"
#include "items/consoletreemodel.h"
#include "write/writepath.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ipam {

class ConsoleModels;

// "Assign to Logical Network / Site...": the keyboard twin of dragging subnets onto the
// console tree. Lists the provider spaces, logical networks and sites the selected subnets may
// go to (SubnetAssignment::canAssign, the rule a drop asks) as a tree, targets they may not go
// to left out, and assigns on OK as one undoable step. A refusal at OK (someone changed the
// store meanwhile) is shown and the dialog stays open.
class AssignSubnetsDialog : public QDialog
{
    Q_OBJECT
public:
    AssignSubnetsDialog(ConsoleModels &models, QList<ObjectId> subnetIds,
                        QWidget *parent = nullptr);

    QTreeWidget *targets() const { return m_targets; }
    // Makes the node of a target current; false when it is not an allowed target.
    bool selectTarget(ConsoleNodeKind kind, ObjectId id);
    const WriteResult &result() const { return m_result; }

    void accept() override;

private:
    QTreeWidgetItem *addTarget(QTreeWidgetItem *parent, ConsoleNodeKind kind, ObjectId id,
                               const QString &name, const QString &icon, bool allowed);
    void updateButtons();

    ConsoleModels &m_models;
    QList<ObjectId> m_subnetIds;
    QTreeWidget *m_targets = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    WriteResult m_result;
};

} // namespace ipam
