#include "helpbrowser.h"

#include "items/consoletreemodel.h"

#include <QDialogButtonBox>
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

// The pages' titles in the user's language for the window title (the pages themselves are
// English: a translation of the help is a document of its own, not .ts entries).
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

void HelpBrowser::showTopic(const QString &page)
{
    m_topic = page.isEmpty() ? QStringLiteral("index.html") : page;
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/") + m_topic), QTextDocument::HtmlResource);
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
