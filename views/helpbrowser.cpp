#include "helpbrowser.h"

#include "items/consoletreemodel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ipam {

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("IPAM Console Help"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("readme"))
            showWalkThroughs();
        else if (url.scheme().isEmpty() || url.scheme() == QLatin1String("qrc"))
            showTopic(url.fileName());
    });
}

QString HelpBrowser::topicFor(const QWidget *focus, ConsoleNodeKind node)
{
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (name == QLatin1String("globalSearchDialog"))
            return QStringLiteral("search.html");
        if (name == QLatin1String("importDialog"))
            return QStringLiteral("import.html");
        if (name == QLatin1String("saveViewDialog"))
            return QStringLiteral("result-pane.html");
        if (name.startsWith(QLatin1String("subnetsView")) || name.endsWith(QLatin1String("View"))
            || name == QLatin1String("search") || name == QLatin1String("groupBy"))
            return QStringLiteral("result-pane.html");
    }
    switch (node) {
    case ConsoleNodeKind::AccessControl:
    case ConsoleNodeKind::Roles:
    case ConsoleNodeKind::AccessScopes:
    case ConsoleNodeKind::AccessPolicies:
        return QStringLiteral("access-control.html");
    case ConsoleNodeKind::Audit:
        return QStringLiteral("audit.html");
    default:
        return QStringLiteral("console.html");
    }
}

// The pages' titles in the user's language for the window title. The pages themselves are
// translated as whole documents (resources/help/<language>/), not as .ts entries: a help
// page reads as prose, and its links and markup stay out of the translator's way.
QString HelpBrowser::topicTitle(const QString &page)
{
    static const struct
    {
        const char *page;
        const char *title;
    } titles[] = {
            {"index.html", QT_TR_NOOP("IPAM Console Help")},
            {"console.html", QT_TR_NOOP("The console")},
            {"result-pane.html", QT_TR_NOOP("The result pane")},
            {"search.html", QT_TR_NOOP("Global search")},
            {"import.html", QT_TR_NOOP("Importing IPAM CSV files")},
            {"access-control.html", QT_TR_NOOP("Access control")},
            {"audit.html", QT_TR_NOOP("The audit log")},
            {"README.md", QT_TR_NOOP("Walk-throughs")},
    };
    for (const auto &t : titles) {
        if (page == QLatin1String(t.page))
            return tr(t.title);
    }
    return {};
}

QString HelpBrowser::pageFolder()
{
    // uiLanguages() lists the user's languages in order of preference ("de-DE", "de", ...):
    // the first one with pages wins; English, the pages' source language, is the root.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (language == QLatin1String("en") || language == QLatin1String("c"))
            break;
        const QString folder = QStringLiteral(":/help/%1/").arg(language);
        if (QFile::exists(folder + QStringLiteral("index.html")))
            return folder;
    }
    return QStringLiteral(":/help/");
}

void HelpBrowser::showTopic(const QString &page)
{
    m_topic = page.isEmpty() ? QStringLiteral("index.html") : page;
    m_browser->setSource(QUrl(QStringLiteral("qrc") + pageFolder() + m_topic),
                         QTextDocument::HtmlResource);
    showTitle();
}

void HelpBrowser::showTitle()
{
    const QString title = topicTitle(m_topic);
    setWindowTitle(title.isEmpty() || m_topic == QLatin1String("index.html")
                           ? tr("IPAM Console Help")
                           : tr("%1 - IPAM Console Help").arg(title));
}

void HelpBrowser::showWalkThroughs()
{
    m_topic = QStringLiteral("README.md");
    showTitle();
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/README.md")),
                         QTextDocument::MarkdownResource);
}

} // namespace ipam
