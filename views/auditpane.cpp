#include "auditpane.h"

#include "items/auditfilterproxy.h"
#include "items/auditlogmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ipam {

AuditPane::AuditPane(Store &store, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    auto *filters = new QHBoxLayout;
    m_principal = new QComboBox(this);
    m_principal->setObjectName(QStringLiteral("auditPrincipal"));
    m_principal->setToolTip(tr("Show the changes of one principal"));
    m_principal->addItem(tr("Any principal"), QString());
    filters->addWidget(m_principal);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("auditTimeWindow"));
    m_window->setToolTip(tr("Show the changes of a recent period"));
    // Seconds back from now; 0 = any time.
    m_window->addItem(tr("Any time"), 0);
    m_window->addItem(tr("Last hour"), 3600);
    m_window->addItem(tr("Last 24 hours"), 24 * 3600);
    m_window->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_window->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    filters->addWidget(m_window);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Object or operation (e.g. 10.1.0.0/24, Storage, Assign)"));
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);
    m_model = new AuditLogModel(store, this);
    m_filter = new AuditFilterProxy(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditFilterProxy::setText);
    connect(m_principal, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPrincipal(m_principal->currentData().toString()); });
    connect(m_window, &QComboBox::currentIndexChanged, this, &AuditPane::applyTimeWindow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPane::updatePrincipals);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPane::updatePrincipals);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPane::currentEntryChanged);
}

const AuditEntry *AuditPane::currentEntry() const
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    return current.isValid() ? &m_model->entry(current.row()) : nullptr;
}

void AuditPane::updatePrincipals()
{
    const QString current = m_principal->currentData().toString();
    const QStringList principals = m_filter->principals();
    QSignalBlocker blocker(m_principal);
    m_principal->clear();
    m_principal->addItem(tr("Any principal"), QString());
    for (const QString &name : principals)
        m_principal->addItem(name, name);
    m_principal->setCurrentIndex(qMax(0, m_principal->findData(current)));
}

void AuditPane::applyTimeWindow()
{
    const qint64 seconds = m_window->currentData().toLongLong();
    m_filter->setSince(seconds > 0 ? QDateTime::currentMSecsSinceEpoch() - seconds * 1000 : 0);
}

void AuditPane::refresh()
{
    if (!m_loaded) {
        m_model->reload();
        m_view->resizeColumnsToContents();
        m_loaded = true;
    } else {
        m_model->refresh();
    }
}

} // namespace ipam
