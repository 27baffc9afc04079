#include "customfieldsdialog.h"

#include "fields/customfieldstore.h"
#include "items/customfieldlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ipam {

namespace {

constexpr ObjectKind fieldKinds[4]
        = {ObjectKind::Block, ObjectKind::Subnet, ObjectKind::Range, ObjectKind::Address};

} // namespace

CustomFieldsDialog::CustomFieldsDialog(CustomFieldStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new CustomFieldListModel(this))
{
    setWindowTitle(tr("Configure Custom Fields"));
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Custom fields"));

    m_name = new QLineEdit(this);
    m_type = new QComboBox(this);
    for (CustomFieldType type : {CustomFieldType::Text, CustomFieldType::Number,
                                 CustomFieldType::OneOf, CustomFieldType::ManyOf})
        m_type->addItem(CustomFieldListModel::typeName(type), int(type));
    auto *kinds = new QHBoxLayout;
    const QString kindLabels[4] = {tr("Blocks"), tr("Subnets"), tr("Ranges"), tr("Addresses")};
    for (int i = 0; i < 4; ++i) {
        m_kinds[i] = new QCheckBox(kindLabels[i], this);
        m_kinds[i]->setChecked(true);
        kinds->addWidget(m_kinds[i]);
    }
    m_values = new QPlainTextEdit(this);
    m_values->setPlaceholderText(tr("One value per line (lists only)"));
    m_values->setTabChangesFocus(true);
    m_description = new QLineEdit(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Applies to:"), kinds);
    form->addRow(tr("&Values:"), m_values);
    form->addRow(tr("&Description:"), m_description);

    m_add = new QPushButton(tr("&Add"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_save);
    actions->addWidget(m_remove);
    actions->addStretch();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(760, 560);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CustomFieldsDialog::addField);
    connect(m_save, &QPushButton::clicked, this, &CustomFieldsDialog::saveField);
    connect(m_remove, &QPushButton::clicked, this, &CustomFieldsDialog::removeField);
    refresh();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomFieldsDialog::showSelected);
    showSelected();
}

QCheckBox *CustomFieldsDialog::appliesToBox(ObjectKind kind) const
{
    for (int i = 0; i < 4; ++i) {
        if (fieldKinds[i] == kind)
            return m_kinds[i];
    }
    return nullptr;
}

void CustomFieldsDialog::refresh()
{
    const Parsed<QList<CustomField>> fields = m_store.fields();
    if (!fields) {
        m_message->setText(fields.error());
        return;
    }
    m_model->setFields(fields.value());
    m_view->resizeColumnsToContents();
}

CustomField CustomFieldsDialog::formField() const
{
    CustomField f;
    f.name = m_name->text().trimmed();
    f.type = CustomFieldType(m_type->currentData().toInt());
    f.appliesTo = 0;
    for (int i = 0; i < 4; ++i) {
        if (m_kinds[i]->isChecked())
            f.appliesTo |= fieldkinds::bit(fieldKinds[i]);
    }
    for (const QString &line : m_values->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            f.allowedValues.append(line.trimmed());
    }
    f.description = m_description->text();
    return f;
}

void CustomFieldsDialog::showSelected()
{
    const CustomField *f = m_model->fieldAt(m_view->currentIndex().row());
    m_save->setEnabled(f != nullptr);
    m_remove->setEnabled(f && !f->builtIn);
    const bool editable = !f || !f->builtIn;
    // A built-in keeps its name, type and kinds (it may offer more values).
    m_name->setReadOnly(!editable);
    m_type->setEnabled(editable);
    for (QCheckBox *box : m_kinds)
        box->setEnabled(editable);
    if (!f)
        return;
    m_name->setText(f->name);
    m_type->setCurrentIndex(m_type->findData(int(f->type)));
    for (int i = 0; i < 4; ++i)
        m_kinds[i]->setChecked(f->appliesToKind(fieldKinds[i]));
    m_values->setPlainText(f->allowedValues.join(u'\n'));
    m_description->setText(f->description);
}

bool CustomFieldsDialog::report(bool ok, const QString &message)
{
    m_message->setText(ok ? QString() : message);
    if (ok)
        refresh();
    return ok;
}

void CustomFieldsDialog::addField()
{
    const CustomField f = formField();
    if (const Verdict verdict = customfields::definitionIsValid(f); !verdict) {
        report(false, verdict.reason());
        return;
    }
    const WriteResult result = m_store.addField(f);
    if (report(result.ok(), result.message)) {
        for (const CustomField &stored : m_model->fields()) {
            if (stored.name == f.name)
                m_view->selectRow(m_model->rowOf(stored.id));
        }
    }
}

void CustomFieldsDialog::saveField()
{
    const CustomField *selected = m_model->fieldAt(m_view->currentIndex().row());
    if (!selected)
        return;
    const CustomField stored = *selected;
    const WriteResult result = m_store.updateField(stored.name, formField(), stored.version);
    report(result.ok(), result.message);
}

void CustomFieldsDialog::removeField()
{
    const CustomField *selected = m_model->fieldAt(m_view->currentIndex().row());
    if (!selected)
        return;
    const QString name = selected->name;
    if (QMessageBox::question(this, tr("Remove custom field"),
                              tr("Remove the custom field \"%1\" and its values from every "
                                 "object?")
                                      .arg(name))
        != QMessageBox::Yes)
        return;
    const WriteResult result = m_store.removeField(name);
    report(result.ok(), result.message);
}

} // namespace ipam
