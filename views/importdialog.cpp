#include "importdialog.h"

#include "io/csvreader.h"
#include "io/importcolumns.h"
#include "items/consolemodels.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ipam {

namespace {
constexpr int previewRows = 20;
}

ImportDialog::ImportDialog(ConsoleModels &models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("IP address subnets"), int(ObjectKind::Subnet));
    m_kind->addItem(tr("IP address ranges"), int(ObjectKind::Range));
    m_kind->addItem(tr("IP addresses"), int(ObjectKind::Address));
    form->addRow(tr("&Objects:"), m_kind);
    m_family = new QComboBox(this);
    m_family->addItem(tr("IPv4 and IPv6"), 0);
    m_family->addItem(QStringLiteral("IPv4"), 4);
    m_family->addItem(QStringLiteral("IPv6"), 6);
    form->addRow(tr("Address famil&y:"), m_family);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("The file's first rows"));
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_offending = new QPlainTextEdit(this);
    m_offending->setObjectName(QStringLiteral("importOffendingLine"));
    m_offending->setReadOnly(true);
    m_offending->setMaximumHeight(60);
    m_offending->setAccessibleName(tr("The refused line of the file"));
    m_offending->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First rows of the file:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Column mapping:"), this));
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_offending);
    layout->addWidget(buttons);
    resize(820, 620);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), m_path->text(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_cancelRequested = true; // the importer stops at its next chunk and rolls back
        else
            reject();
    });
    refresh();
}

ObjectKind ImportDialog::kind() const
{
    return ObjectKind(m_kind->currentData().toInt());
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    refresh();
}

void ImportDialog::setKind(ObjectKind kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
    refresh();
}

void ImportDialog::refresh()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mapping->setRowCount(0);
    m_offending->hide();
    m_import->setEnabled(false);
    QFile file(m_path->text());
    if (m_path->text().isEmpty()) {
        m_status->setText(tr("Choose an IPAM CSV file."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(m_path->text(), file.errorString()));
        return;
    }
    CsvReader reader(&file);
    if (!reader.readHeader()) {
        m_status->setText(reader.error());
        return;
    }
    const QStringList header = reader.header();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    CsvRecord record;
    for (int row = 0; row < previewRows && reader.next(record); ++row) {
        m_preview->insertRow(row);
        for (int c = 0; c < header.size() && c < record.fields.size(); ++c)
            m_preview->setItem(row, c, new QTableWidgetItem(record.fields.at(c)));
    }
    m_preview->resizeColumnsToContents();
    for (const QString &field : header) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(field));
        const QString property = ImportColumns::propertyFor(kind(), field);
        m_mapping->setItem(row, 1,
                           new QTableWidgetItem(property.isEmpty() ? tr("(ignored)") : property));
    }
    const QStringList missing = ImportColumns::missing(kind(), header);
    if (!missing.isEmpty()) {
        m_status->setText(tr("The file has no %1 column: it cannot be imported as %2.")
                                  .arg(missing.join(QStringLiteral(", ")), m_kind->currentText()));
        return;
    }
    m_status->setText(tr("Ready: %1 (%2 bytes)")
                              .arg(QFileInfo(file).fileName(), QLocale().toString(file.size())));
    m_import->setEnabled(true);
}

void ImportDialog::showRefusal(const QString &message, qint64 wanted)
{
    m_status->setText(message);
    // The line the refusal names (ImportResult::line, not read back from the message, which
    // is in the user's language): show it as it stands in the file.
    if (wanted <= 0)
        return;
    QFile file(m_path->text());
    if (!file.open(QIODevice::ReadOnly))
        return;
    qint64 line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine();
        if (++line == wanted) {
            m_offending->setPlainText(
                    tr("Line %1: %2").arg(wanted).arg(QString::fromUtf8(text).trimmed()));
            m_offending->show();
            return;
        }
    }
}

void ImportDialog::runImport()
{
    QFile file(m_path->text());
    if (m_running || !file.open(QIODevice::ReadOnly))
        return;
    m_running = true;
    m_cancelRequested = false;
    m_import->setEnabled(false);
    m_offending->hide();
    m_progress->setValue(0);
    const qint64 size = qMax<qint64>(1, file.size());
    CsvImporter importer(m_models.writePath());
    if (m_chunkSize > 0)
        importer.setChunkSize(m_chunkSize);
    const int family = m_family->currentData().toInt();
    if (family == 4)
        importer.setFamily(Family::V4);
    else if (family == 6)
        importer.setFamily(Family::V6);
    QElapsedTimer timer;
    timer.start();
    importer.setProgressHandler([&](qint64 rows, qint64 bytes) {
        m_progress->setValue(int(bytes * 1000 / size));
        const double seconds = qMax(0.001, double(timer.elapsed()) / 1000);
        m_status->setText(tr("%1 rows read, %2 rows/s")
                                  .arg(QLocale().toString(rows))
                                  .arg(QLocale().toString(qRound64(double(rows) / seconds))));
        Q_EMIT progressed(rows);
        // Between chunks the window repaints and Cancel can be pressed.
        QApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        return !m_cancelRequested;
    });
    m_result = importer.importFrom(kind(), &file, tr("import %1").arg(QFileInfo(file).fileName()));
    m_running = false;
    const double seconds = qMax(0.001, double(timer.elapsed()) / 1000);
    if (m_result.cancelled) {
        m_status->setText(tr("Cancelled: nothing was imported."));
        m_progress->setValue(0);
    } else if (!m_result.ok()) {
        showRefusal(m_result.message, m_result.line);
        m_progress->setValue(0);
    } else {
        m_progress->setValue(1000);
        m_status->setText(
                tr("Imported %1 rows in %2 s (%3 rows/s): %4 added, %5 updated, %6 "
                   "unchanged, %7 of the other family skipped.")
                        .arg(QLocale().toString(m_result.rows))
                        .arg(seconds, 0, 'f', 1)
                        .arg(QLocale().toString(qRound64(double(m_result.rows) / seconds)))
                        .arg(m_result.added)
                        .arg(m_result.updated)
                        .arg(m_result.unchanged)
                        .arg(m_result.skipped));
    }
    m_import->setEnabled(true);
    Q_EMIT finished(m_result);
}

} // namespace ipam
