#include "actionspane.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipam {

ActionsPane::ActionsPane(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("actionsPane"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(this);
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    setWidget(m_content);
    setMinimumWidth(180);
}

QStringList ActionsPane::titles() const
{
    return m_titles;
}

void ActionsPane::setSections(const QList<Section> &sections)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_titles.clear();
    auto *title = new QLabel(tr("Actions"), m_content);
    title->setContentsMargins(8, 6, 8, 6);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_layout->addWidget(title);
    for (const Section &section : sections) {
        if (section.actions.isEmpty())
            continue;
        m_titles << section.title;
        auto *header = new QLabel(section.title, m_content);
        header->setFont(bold);
        header->setContentsMargins(8, 4, 8, 4);
        header->setAutoFillBackground(true);
        QPalette palette = header->palette();
        palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase).darker(108));
        header->setPalette(palette);
        header->setTextFormat(Qt::PlainText);
        m_layout->addWidget(header);
        for (QAction *action : section.actions) {
            auto *button = new QToolButton(m_content);
            button->setDefaultAction(action);
            button->setAutoRaise(true);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            button->setIconSize(QSize(16, 16));
            button->setStyleSheet(
                    QStringLiteral("QToolButton { text-align: left; padding: 2px 4px 2px 14px; }"));
            m_layout->addWidget(button);
        }
    }
    m_layout->addStretch(1);
}

} // namespace ipam
