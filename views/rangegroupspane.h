#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace ipam {

class ConsoleModels;
class RangeGroupTreeModel;

// IP ADDRESS SPACE ▸ IP Address Range Groups: the groups as a live tree (RangeGroupTreeModel,
// fed every change the console applies), and the form to add a group (name, levels, criteria)
// or remove the selected one, through the write path (Edit custom fields). Activating a range
// asks the window to show it (rangeActivated).
class RangeGroupsPane : public QWidget
{
    Q_OBJECT
public:
    explicit RangeGroupsPane(ConsoleModels &models, QWidget *parent = nullptr);
    ~RangeGroupsPane() override;

    RangeGroupTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *levelsEdit() const { return m_levels; }
    QLineEdit *criteriaEdit() const { return m_criteria; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void rangeActivated(qint64 rangeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addGroup();
    void removeGroup();
    void updateButtons();

    ConsoleModels &m_models;
    RangeGroupTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_levels = nullptr;
    QLineEdit *m_criteria = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    bool m_loaded = false;
};

} // namespace ipam
