#pragma once

#include "search/savedview.h"

#include <QMenu>

namespace ipam {

class ConsoleModels;
class MainWindow;

// View ▸ Saved Views: Save Current View... (name; only me, everyone, or this computer only),
// one entry per saved view the principal sees (shared, own, local: read again each time the
// menu opens, so another console's saves show), and Remove Saved View. Capturing and applying
// a view go through MainWindow's public parts: the tree node by path, the result pane's view,
// family, choosers (by names), search text, sort, visible columns and group-by.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    SavedViewsMenu(MainWindow &window, ConsoleModels &models, QWidget *parent = nullptr);

    // What the window shows now, as a view called `name`.
    SavedView capture(const QString &name, SavedView::Sharing sharing) const;
    // Shows a view; false (with the reason) when its node or choosers no longer exist.
    bool apply(const SavedView &view, QString *why = nullptr);
    // Saves through the store (or locally); the message of a refusal, empty when saved.
    QString save(const SavedView &view);
    QString remove(const SavedView &view);
    // Gives a view another name (the store's or this computer's); a refusal's message.
    QString rename(const SavedView &view, const QString &newName);
    QList<SavedView> views() const;

private:
    void rebuild();
    void askAndSave();

    MainWindow &m_window;
    ConsoleModels &m_models;
};

} // namespace ipam
