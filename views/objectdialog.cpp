#include "objectdialog.h"

#include "store/customfieldtables.h"

#include "items/consolemodels.h"
#include "items/edithistory.h"
#include "items/networkdirectory.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipam {

std::optional<QList<int>> parseVlanIds(const QString &text, QString *error)
{
    QList<int> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok) {
            if (error)
                *error = QObject::tr("VLAN ID \"%1\" is not a number").arg(part.trimmed());
            return std::nullopt;
        }
        ids.append(id);
    }
    return ids;
}

ObjectDialog::ObjectDialog(ConsoleModels &models, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setMinimumHeight(fontMetrics().height() * 2);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QLineEdit *ObjectDialog::addLine(const QString &label, const QString &objectName,
                                 const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    m_form->addRow(label, edit);
    watch(edit);
    return edit;
}

QComboBox *ObjectDialog::addCombo(const QString &label, const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    m_form->addRow(label, combo);
    watch(combo);
    return combo;
}

void ObjectDialog::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textChanged, this, &ObjectDialog::revalidate);
}

void ObjectDialog::watch(QComboBox *combo)
{
    connect(combo, &QComboBox::currentIndexChanged, this, &ObjectDialog::revalidate);
}

void ObjectDialog::finishLayout()
{
    m_ready = true;
    revalidate();
    focusFirstField();
}

void ObjectDialog::focusFirstField()
{
    // The buttons are made before the subclass adds its fields, so by creation order Tab would
    // start on them, and with OK disabled until the form is valid the dialog would open on
    // Cancel. Tab goes through the form top to bottom, then OK / Cancel; focus starts on the
    // first field the admin can type into.
    QList<QWidget *> fields;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        if (!item)
            item = m_form->itemAt(row, QFormLayout::SpanningRole);
        if (!item)
            continue;
        if (QWidget *widget = item->widget()) {
            if (widget->focusPolicy() & Qt::TabFocus) {
                fields.append(widget);
                continue;
            }
            for (QWidget *child : widget->findChildren<QWidget *>()) {
                if (child->focusPolicy() & Qt::TabFocus)
                    fields.append(child);
            }
        } else if (QLayout *layout = item->layout()) {
            for (int i = 0; i < layout->count(); ++i) {
                QWidget *widget = layout->itemAt(i)->widget();
                if (widget && (widget->focusPolicy() & Qt::TabFocus))
                    fields.append(widget);
            }
        }
    }
    if (fields.isEmpty())
        return;
    for (qsizetype i = 1; i < fields.size(); ++i)
        setTabOrder(fields.at(i - 1), fields.at(i));
    setTabOrder(fields.constLast(), m_buttons);
    for (QWidget *field : std::as_const(fields)) {
        if (field->isEnabled() && !field->isHidden()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ObjectDialog::fillSpaces(QComboBox *combo, int type, ObjectId current)
{
    const NetworkDirectory &directory = m_models.directory();
    const QSignalBlocker blocker(combo);
    combo->clear();
    QList<ObjectId> ids;
    if (type < 0)
        ids = directory.spaces(AddressSpaceType::Provider)
                + directory.spaces(AddressSpaceType::Customer);
    else
        ids = directory.spaces(AddressSpaceType(type));
    for (ObjectId id : std::as_const(ids))
        combo->addItem(directory.name(ObjectKind::AddressSpace, id), id);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void ObjectDialog::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (widget == m_buttons || m_buttons->isAncestorOf(widget))
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setReadOnly(true);
        else if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                 || qobject_cast<QAbstractButton *>(widget))
            widget->setEnabled(false);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
    m_message->setText(reason);
}

void ObjectDialog::revalidate()
{
    if (!m_ready || m_readOnly)
        return;
    Verdict verdict = validate();
    if (verdict)
        verdict = validateFields();
    m_message->setText(verdict.reason());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(verdict.isAllowed());
}

void ObjectDialog::showProblem(const QString &text)
{
    m_message->setText(text);
}

QString ObjectDialog::message() const
{
    return m_message->text();
}

bool ObjectDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ObjectDialog::accept()
{
    if (m_readOnly)
        return;
    revalidate();
    if (!isAcceptable())
        return;
    // Through the console's history, so that the edit is one undo step; the custom field
    // values ride with the object's own change (one transaction).
    ChangeSet set = changes();
    if (!m_fieldEditors.isEmpty() && !set.changes.isEmpty())
        set.changes.first().fields = fieldAssignments();
    m_result = m_models.history().run(set);
    if (m_result.status == WriteStatus::Conflict) {
        // The form holds a stale version: the opener reads the stored one and reopens.
        done(Conflicted);
        return;
    }
    if (!m_result.ok()) {
        m_message->setText(m_result.message);
        return;
    }
    QDialog::accept();
}

void ObjectDialog::addCustomFields(ObjectKind kind, ObjectId id)
{
    CustomFieldTables tables(m_models.store().database());
    const QList<CustomField> fields = tables.fields().valueOr({});
    const QHash<ObjectId, QString> stored
            = id != 0 ? tables.valuesOf(kind, id).valueOr({}) : QHash<ObjectId, QString>();
    for (const CustomField &field : fields) {
        if (!field.property.isEmpty() || !field.appliesToKind(kind))
            continue;
        const QString value
                = customfields::valueText(customfields::fromStoredText(stored.value(field.id)));
        const QString objectName = QStringLiteral("field:") + field.name;
        // A '&' in a field's name is text, not a mnemonic.
        const QString label = QString(field.name).replace(QLatin1Char('&'), QStringLiteral("&&"))
                + QLatin1Char(':');
        QWidget *editor = nullptr;
        if (field.type == CustomFieldType::OneOf) {
            QComboBox *combo = addCombo(label, objectName);
            combo->addItem(QString());
            combo->addItems(field.allowedValues);
            combo->setCurrentIndex(std::max(0, combo->findText(value)));
            editor = combo;
        } else {
            QLineEdit *line = addLine(label, objectName, value);
            if (field.type == CustomFieldType::ManyOf)
                line->setPlaceholderText(customfields::valueText(field.allowedValues));
            editor = line;
        }
        editor->setToolTip(field.description);
        m_fieldEditors.append({field, editor, value});
    }
}

Verdict ObjectDialog::validateFields() const
{
    for (const FieldEditor &f : m_fieldEditors) {
        const QString text = qobject_cast<QComboBox *>(f.editor)
                ? static_cast<QComboBox *>(f.editor)->currentText()
                : static_cast<QLineEdit *>(f.editor)->text();
        const Parsed<QStringList> parsed = customfields::parseValue(f.field, text);
        if (!parsed)
            return Verdict::refused(parsed.error());
    }
    return Verdict::allowed();
}

QList<FieldAssignment> ObjectDialog::fieldAssignments() const
{
    QList<FieldAssignment> assignments;
    for (const FieldEditor &f : m_fieldEditors) {
        const QString text = qobject_cast<QComboBox *>(f.editor)
                ? static_cast<QComboBox *>(f.editor)->currentText()
                : static_cast<QLineEdit *>(f.editor)->text();
        if (text.trimmed() != f.original)
            assignments.append({f.field.name, text});
    }
    return assignments;
}

} // namespace ipam
