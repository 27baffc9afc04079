#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ipam {

void installTranslators(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    // Parented to the application: they must live as long as anything calls tr().
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("ipam-console"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace ipam
