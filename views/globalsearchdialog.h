#pragma once

#include "domain/entities.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace ipam {

class ConsoleModels;
class ConsoleSearch;
class SearchResultModel;

// Global search (Ctrl+K, or the toolbar's Search): a box that finds, as the admin types, an
// address or prefix ("contains 10.1.2.3" or just "10.1.2.3"), a name, a MAC or an owner
// anywhere in the store, in every address space, and lists the hits grouped by kind. Enter
// (in the box: the first hit; in the list: the current one) or a double click goes to the
// object: objectChosen() is emitted and the dialog closes. The results follow changes while
// the dialog is open (ConsoleSearch).
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GlobalSearchDialog(ConsoleModels &models, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_box; }
    QTreeView *resultView() const { return m_view; }
    SearchResultModel *results() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }
    // Runs the query in the box now (instead of after the typing pause).
    void searchNow();

Q_SIGNALS:
    void objectChosen(const ipam::AnyObject &object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void showStatus();

    SearchResultModel *m_results = nullptr;
    ConsoleSearch *m_search = nullptr;
    QLineEdit *m_box = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_pause = nullptr;
};

} // namespace ipam
