#pragma once

#include "domain/verdict.h"
#include "items/consolemodels.h"
#include "write/changeset.h"
#include "write/objectvalidator.h"
#include "write/writepath.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ipam {

class ConsoleModels;

// The frame of every add/edit dialog: a form, an inline message line and OK / Cancel.
//
// Validation happens as the admin types: every field change calls validate(), which asks the
// same places the write path asks (Prefix::parse, domain/rules.h, the store for overlaps and
// names), shows the first problem under the form and keeps OK disabled until there is none.
// OK submits changes() through the write path; if the write path still refuses (a rule the
// form could not check), its message is shown and the dialog stays open. A conflict (someone
// else changed the object since the dialog read it: optimistic concurrency) ends the dialog
// with the result code Conflicted and nothing written: its opener (ConsoleCommands) re-reads
// the object and opens the editor again on the stored version, saying so, so an edit never
// silently overwrites another admin's.
//
// Read-only: a principal who may view an object but not edit it gets the same form with
// every field locked, no OK, and the reason (the missing operation) in the message line.
class ObjectDialog : public QDialog
{
    Q_OBJECT
public:
    enum ResultCode { Conflicted = 2 };

    ObjectDialog(ConsoleModels &models, const QString &title, QWidget *parent = nullptr);

    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_readOnly; }
    // Shows why the editor was reopened, until the next edit.
    void showConflict(const QString &text) { showProblem(text); }

    // The problem shown now; empty when the input is valid.
    QString message() const;
    bool isAcceptable() const;
    const WriteResult &result() const { return m_result; }

    void accept() override;

protected:
    virtual Verdict validate() = 0;
    virtual ChangeSet changes() const = 0;

    // Re-runs validate(); connect every field's change signal to it.
    void revalidate();
    void watch(QLineEdit *edit);
    void watch(QComboBox *combo);
    QFormLayout *form() const { return m_form; }
    QLineEdit *addLine(const QString &label, const QString &objectName, const QString &text = {});
    QComboBox *addCombo(const QString &label, const QString &objectName);
    // Validates once and puts focus on the first field (Tab runs down the form, then OK/Cancel).
    void finishLayout();
    // Shows a problem that is not the input's (a search that found nothing) until the next edit.
    void showProblem(const QString &text);
    ConsoleModels &models() const { return m_models; }
    // The store's rules for `object` (its parent, its name or prefix free, overlaps), asked
    // read-only of the write path's own ObjectValidator: a dialog refuses what ipamctl
    // refuses, in the same words. `before` is the stored state of an edited object.
    template<typename T>
    Verdict storeRules(const T &object, const T *before = nullptr) const
    {
        ObjectValidator validator(models().store());
        const QString why = validator.refusal(object, before);
        return why.isEmpty() ? Verdict::allowed() : Verdict::refused(why);
    }
    // Spaces for a combo: (name, id), provider ones or customer ones or all.
    void fillSpaces(QComboBox *combo, int type, ObjectId current);
    // One row per custom field of `kind` (those stored as values; built-ins that are the
    // object's own properties have their own rows), filled with the values of object `id`
    // (0: a new object). Validated with the rest of the form (customfields::parseValue, the
    // write path's words); OK sends the changed ones with the dialog's first change.
    void addCustomFields(ObjectKind kind, ObjectId id);

private:
    void focusFirstField();
    Verdict validateFields() const;
    QList<FieldAssignment> fieldAssignments() const;

    struct FieldEditor
    {
        CustomField field;
        QWidget *editor = nullptr;
        QString original;
    };
    QList<FieldEditor> m_fieldEditors;

    ConsoleModels &m_models;
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    WriteResult m_result;
    bool m_ready = false; // fields are validated once the form is complete (finishLayout)
    bool m_readOnly = false;
};

// Parses "10, 20, 30" into VLAN ids; nullopt with a message for anything else.
std::optional<QList<int>> parseVlanIds(const QString &text, QString *error);

} // namespace ipam
