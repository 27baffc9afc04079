#pragma once

#include "domain/customfield.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ipam {

class CustomFieldListModel;
class CustomFieldStore;

// Configure Custom Fields: the definitions (IPAM's built-in ones and the admin's), and a form to
// add a field, change one (name, values offered, description; built-ins only gain values) or
// remove one with its values. Every edit goes through CustomFieldStore (the write path: Edit
// custom fields in Global, audited); a refusal is shown in the dialog, which stays open. The
// list follows other consoles' edits when refresh() is called on a "definitions changed"
// event.
class CustomFieldsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomFieldsDialog(CustomFieldStore &store, QWidget *parent = nullptr);

    void refresh();

    QTableView *fieldView() const { return m_view; }
    CustomFieldListModel *fieldModel() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QCheckBox *appliesToBox(ObjectKind kind) const;
    QPlainTextEdit *valuesEdit() const { return m_values; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }

    // The form as a definition (what Add or Save would send).
    CustomField formField() const;

private:
    void showSelected();
    void addField();
    void saveField();
    void removeField();
    bool report(bool ok, const QString &message);

    CustomFieldStore &m_store;
    CustomFieldListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_kinds[4] = {};
    QPlainTextEdit *m_values = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ipam
