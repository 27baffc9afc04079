#pragma once

#include <QList>
#include <QScrollArea>

class QAction;
class QVBoxLayout;

namespace ipam {

// The actions pane at the right, as MMC shows it: a titled section for the console tree's
// node, one for the selected objects, one for the view; each lists its commands as flat
// buttons bound to the shared QActions, so they follow their enabled state and shortcuts.
class ActionsPane : public QScrollArea
{
    Q_OBJECT
public:
    struct Section
    {
        QString title;
        QList<QAction *> actions;
    };

    explicit ActionsPane(QWidget *parent = nullptr);
    void setSections(const QList<Section> &sections);
    QStringList titles() const;

private:
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QStringList m_titles;
};

} // namespace ipam
