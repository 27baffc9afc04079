#pragma once

#include "domain/enums.h"
#include "io/csvimporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ipam {

class ConsoleModels;

// File ▸ Import...: an IPAM CSV file of subnets, ranges or addresses, as Import-IpamSubnet /
// -Range / -Address do, through CsvImporter (all or nothing, the write path's checks). Before
// importing it shows the first rows of the file and the column mapping (each column of the file
// and the property it sets, or "ignored"; a missing required column disables Import). While
// importing, a progress bar (bytes of the file) and rows per second; Cancel stops it and the
// store is left as it was. A refusal is shown with its line number and the offending line of
// the file, as it stands there.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(ConsoleModels &models, QWidget *parent = nullptr);

    void setFile(const QString &path);
    void setKind(ObjectKind kind);
    // Rows per chunk of the import (CsvImporter::setChunkSize): tests cross chunks with
    // small files.
    void setChunkSize(int rows) { m_chunkSize = rows; }

    QTableWidget *preview() const { return m_preview; }
    QTableWidget *mapping() const { return m_mapping; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *offendingLine() const { return m_offending; }
    const ImportResult &result() const { return m_result; }

    // Runs the import now (what the Import button does).
    void runImport();

Q_SIGNALS:
    // After each chunk: rows read so far (for the progress shown, and for tests).
    void progressed(qint64 rows);
    void finished(const ipam::ImportResult &result);

private:
    void refresh();
    void showRefusal(const QString &message, qint64 line);
    ObjectKind kind() const;

    ConsoleModels &m_models;
    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_family = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_mapping = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_offending = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_chunkSize = 0;
    ImportResult m_result;
};

} // namespace ipam
