#pragma once

// Switches the running test to one of the program's languages for the lifetime of the object:
//
//     pr::test::ScopedLanguage dutch("nl");
//     CHECK(Period{4, Period::Unit::Weeks}.describe() == u"4 weken"_s);
//
// Tests run without a translator, so they see the English source texts; a test that checks
// Dutch output creates one of these first. It installs the program's translation (the same
// :/i18n/privacyregister_<language>.qm that pr::core::Translations::install() loads) and Qt's
// own when the Debian package is there, sets the default QLocale to match, and on destruction
// removes both translators and restores the previous default locale, so that no later test
// sees the language. Not for nesting, and only on the thread that owns the application.

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <stdexcept>

namespace pr::test {

class ScopedLanguage {
public:
    // LANGUAGE is one of pr::core::Translations::available(): "nl" or "en". Throws when the
    // program's translation for it is missing, which fails the test that asked for it.
    explicit ScopedLanguage(const char* language)
        : ScopedLanguage(QString::fromLatin1(language))
    {}

    explicit ScopedLanguage(const QString& language)
        : m_previousLocale(QLocale())
    {
        const bool dutch = language == QLatin1String("nl");
        QLocale::setDefault(dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                  : QLocale(QLocale::English, QLocale::UnitedKingdom));
        if (language == QLatin1String("en")) {
            return; // the source texts are English
        }
        auto own = std::make_unique<QTranslator>();
        if (!own->load(QStringLiteral(":/i18n/privacyregister_%1.qm").arg(language))) {
            QLocale::setDefault(m_previousLocale);
            throw std::runtime_error("ScopedLanguage: no translation for " +
                                     language.toStdString());
        }
        QCoreApplication::installTranslator(own.get());
        m_own = std::move(own);
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }

    ~ScopedLanguage()
    {
        if (m_qt) {
            QCoreApplication::removeTranslator(m_qt.get());
        }
        if (m_own) {
            QCoreApplication::removeTranslator(m_own.get());
        }
        QLocale::setDefault(m_previousLocale);
    }

    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;
    ScopedLanguage(ScopedLanguage&&) = delete;
    ScopedLanguage& operator=(ScopedLanguage&&) = delete;

private:
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace pr::test
