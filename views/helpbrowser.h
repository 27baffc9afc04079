#pragma once

#include "items/consoletreemodel.h"

#include <QDialog>

class QTextBrowser;

// The header rather than an opaque "enum class ConsoleNodeKind : quint8;": that declaration
// misleads lupdate into filing this class's strings under "HelpBrowser", a context the
// program never asks for (so the title stayed English).
namespace ipam {

// The console's help (F1, Help menu): plain HTML pages built into the program (resources/help),
// one per part of the console, and the README's walk-throughs rendered from its Markdown. F1
// opens the page of what has the focus: the dialog it is in (global search, import, saved
// views), else the tree node's part (access control, audit), else the result pane or the
// console.
class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    // "search.html", "import.html", ... for a focused widget and the tree's current node.
    static QString topicFor(const QWidget *focus, ConsoleNodeKind node);
    void showTopic(const QString &page);
    void showWalkThroughs(); // the README
    QTextBrowser *browser() const { return m_browser; }
    QString currentTopic() const { return m_topic; }
    // "The result pane", ... in the user's language; empty for an unknown page.
    static QString topicTitle(const QString &page);
    // Where the pages in the user's language are: ":/help/de/" for a German locale (the
    // locale installTranslators() loads the translation for), ":/help/" (English) when no
    // pages are built in for it.
    static QString pageFolder();

private:
    void showTitle();

    QTextBrowser *m_browser = nullptr;
    QString m_topic;
};

} // namespace ipam
