#pragma once

#include <QString>
#include <QStringList>

namespace pr::core {

// The program's languages. Source strings are English; Dutch is the default language and
// comes from resources/translations/privacyregister_nl.ts, compiled into the program.
class Translations {
public:
    static QString defaultLanguage() { return QStringLiteral("nl"); }
    static QStringList available() { return {QStringLiteral("nl"), QStringLiteral("en")}; }

    // The language to use: $PRIVACYREGISTER_LANGUAGE, else SETTING (from QSettings), else
    // the default. Unknown values fall back to the default.
    static QString choose(const QString& setting);

    // Installs the translators for LANGUAGE into the running application: the program's own
    // and Qt's (dialog buttons, --help). English, the source language, gets only its plural
    // forms ("1 week", "4 weeks"). Returns false when the translation for LANGUAGE is missing.
    static bool install(const QString& language);
};

} // namespace pr::core
