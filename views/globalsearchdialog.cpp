#include "globalsearchdialog.h"

#include "items/consolesearch.h"
#include "items/searchresultmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ipam {

GlobalSearchDialog::GlobalSearchDialog(ConsoleModels &models, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("globalSearchDialog"));
    setWindowTitle(tr("Search Everywhere"));
    m_results = new SearchResultModel(this);
    m_search = new ConsoleSearch(models, *m_results, this);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Find an address, prefix, name, MAC or owner in every address "
                                "space:"),
                             this);
    m_box = new QLineEdit(this);
    m_box->setObjectName(QStringLiteral("globalSearchBox"));
    m_box->setAccessibleName(tr("Search everywhere"));
    m_box->setClearButtonEnabled(true);
    m_box->setPlaceholderText(tr("10.1.2.3, contains 10.1.0.0/16, dc1-core, 00:15:5d:0a, owner"));
    label->setBuddy(m_box);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("globalSearchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_results);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SearchResultModel::ObjectColumn, 260);
    m_view->setColumnWidth(SearchResultModel::SpaceColumn, 160);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(label);
    layout->addWidget(m_box);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 460);

    // A pause in the typing runs the query: one query per word, not per keystroke.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(m_pause, &QTimer::timeout, this, &GlobalSearchDialog::searchNow);
    connect(m_box, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_search, &ConsoleSearch::finished, this, [this] {
        m_view->expandAll();
        showStatus();
    });
    connect(m_view, &QAbstractItemView::activated, this, &GlobalSearchDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_box->installEventFilter(this);
    m_view->installEventFilter(this);
}

void GlobalSearchDialog::searchNow()
{
    m_pause->stop();
    m_search->search(m_box->text());
}

void GlobalSearchDialog::showStatus()
{
    if (!m_search->error().isEmpty()) {
        m_status->setText(m_search->error());
        return;
    }
    if (m_box->text().trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    const int hits = m_results->hitCount();
    QString text = hits == 0
            ? tr("Nothing found")
            : (hits == 1 ? tr("1 object") : tr("%1 objects").arg(QLocale().toString(hits)));
    if (!m_search->results().truncated.isEmpty())
        text += tr(" (more match: type more to narrow)");
    if (m_search->results().tooShortForObjects)
        text += tr(" · type at least 3 characters to search blocks, subnets, ranges and addresses");
    text += tr(" · %1 ms").arg(m_search->lastMs(), 0, 'f', 1);
    m_status->setText(text);
}

void GlobalSearchDialog::choose(const QModelIndex &index)
{
    const SearchHit *hit = m_results->hit(index.siblingAtColumn(0));
    if (!hit)
        return;
    const AnyObject object = hit->object;
    accept();
    Q_EMIT objectChosen(object);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_box) {
        if (enter) {
            // Enter goes to the first hit of what is typed (searched at once if still pending).
            if (m_pause->isActive() || m_search->text() != m_box->text())
                searchNow();
            choose(m_view->currentIndex().isValid() ? m_view->currentIndex()
                                                    : m_results->firstHit());
            return true;
        }
        if (key->key() == Qt::Key_Down && m_results->hitCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_results->firstHit());
            return true;
        }
    } else if (watched == m_view && enter) {
        choose(m_view->currentIndex());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ipam
