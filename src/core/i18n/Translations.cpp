#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pr::core {

QString Translations::choose(const QString& setting)
{
    const QString fromEnvironment = qEnvironmentVariable("PRIVACYREGISTER_LANGUAGE");
    for (const QString& candidate : {fromEnvironment, setting}) {
        if (available().contains(candidate)) {
            return candidate;
        }
    }
    return defaultLanguage();
}

bool Translations::install(const QString& language)
{
    QLocale::setDefault(
        QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/privacyregister_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (language == QLatin1String("en")) {
        return true; // the source text is English; the file only holds plural forms
    }
    // Qt's own strings: best effort, they come from a Debian package.
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace pr::core
