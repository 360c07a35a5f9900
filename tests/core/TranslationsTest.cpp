#include "core/i18n/Translations.h"

#include "core/calendar/Period.h"
#include "core/domain/EnumTable.h"
#include "core/domain/LegalBasis.h"
#include "domain/ValidationTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using pr::core::Translations;

namespace {

const QString kWrongPassword =
    u"The password is not correct. Check the keyboard layout and Caps Lock, and try again."_s;

QString wrongPasswordMessage()
{
    return QCoreApplication::translate(
        "WrongPasswordError",
        "The password is not correct. Check the keyboard layout and Caps Lock, and try again.");
}

// Translations::install() gives its translators to the application for good; this takes back
// the ones installed during its lifetime, and the default locale, so later tests see English.
class InstalledTranslatorsGuard {
public:
    InstalledTranslatorsGuard()
        : m_before(before())
        , m_locale(QLocale())
    {}
    ~InstalledTranslatorsGuard()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>(
                 QString(), Qt::FindDirectChildrenOnly)) {
            if (!m_before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
        QLocale::setDefault(m_locale);
    }
    InstalledTranslatorsGuard(const InstalledTranslatorsGuard&) = delete;
    InstalledTranslatorsGuard& operator=(const InstalledTranslatorsGuard&) = delete;

private:
    static QSet<QTranslator*> before()
    {
        QSet<QTranslator*> translators;
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>(
                 QString(), Qt::FindDirectChildrenOnly)) {
            translators.insert(translator);
        }
        return translators;
    }

    QSet<QTranslator*> m_before;
    QLocale m_locale;
};

// Sets or clears an environment variable for one scope.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const std::optional<QString>& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value) {
            qputenv(m_name, value->toUtf8());
        } else {
            qunsetenv(m_name);
        }
    }
    ~ScopedEnvironment()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", ...
    QStringList translations; // one, or one per numerus form
    QStringList locations;    // "file:line"
};

// The messages of a .ts file; the file's language in LANGUAGE.
QList<TsMessage> readTs(const QString& path, QString& language, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    QString lastFile;
    std::optional<TsMessage> message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                language = xml.attributes().value("language"_L1).toString();
            } else if (name == u"name" && !message) {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{};
                message->context = context;
                message->numerus = xml.attributes().value("numerus"_L1) == u"yes";
            } else if (message && name == u"location") {
                if (xml.attributes().hasAttribute("filename"_L1)) {
                    lastFile = xml.attributes().value("filename"_L1).toString();
                }
                message->locations.append(lastFile + u':' +
                                          xml.attributes().value("line"_L1).toString());
            } else if (message && name == u"source") {
                message->source = xml.readElementText();
            } else if (message && name == u"translation") {
                message->type = xml.attributes().value("type"_L1).toString();
                if (!message->numerus) {
                    message->translations.append(xml.readElementText());
                }
            } else if (message && name == u"numerusform") {
                message->translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message" && message) {
            messages.append(*message);
            message.reset();
        }
    }
    if (xml.hasError()) {
        error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    }
    return messages;
}

// The placeholders (%1, %n, …) and the &-mnemonic of TEXT, which a translation must keep. A
// translation may localise a number placeholder (%L1): it counts as %1.
QStringList markers(const QString& text)
{
    static const QRegularExpression pattern(u"%L?(\\d+|n)|&(?=[^&\\s])"_s);
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text)) {
        found.append(match.hasCaptured(1) ? u'%' + match.captured(1) : match.captured());
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("Translations::install(\"nl\") switches the program to Dutch", "[i18n]")
{
    const InstalledTranslatorsGuard guard;
    REQUIRE(wrongPasswordMessage() == kWrongPassword);
    REQUIRE(Translations::install(u"nl"_s));
    CHECK(wrongPasswordMessage() ==
          u"Het wachtwoord is niet juist. Controleer de toetsenbordindeling en Caps Lock en "
          u"probeer het opnieuw."_s);
    CHECK(pr::core::enumLabel(pr::core::LegalBasis::LegitimateInterests) ==
          u"Gerechtvaardigd belang"_s);
    CHECK(QLocale().language() == QLocale::Dutch);
    CHECK(QLocale().territory() == QLocale::Netherlands);
}

TEST_CASE("Translations::install(\"en\") keeps the English source texts", "[i18n]")
{
    const InstalledTranslatorsGuard guard;
    REQUIRE(Translations::install(u"en"_s));
    CHECK(wrongPasswordMessage() == kWrongPassword);
    CHECK(pr::core::enumLabel(pr::core::LegalBasis::LegitimateInterests) ==
          u"Legitimate interests"_s);
    CHECK(QLocale().language() == QLocale::English);
    // English plurals come from the plural-only translation, not from the "(s)" source.
    CHECK(pr::core::Period{4, pr::core::Period::Unit::Weeks}.describe() == u"4 weeks"_s);
    CHECK(pr::core::Period{1, pr::core::Period::Unit::Months}.describe() == u"1 month"_s);
}

TEST_CASE("Translations::install fails for a language without a translation", "[i18n]")
{
    const InstalledTranslatorsGuard guard;
    CHECK_FALSE(Translations::install(u"fr"_s));
    CHECK(wrongPasswordMessage() == kWrongPassword);
}

TEST_CASE("Translations::choose: environment, then setting, then Dutch", "[i18n]")
{
    CHECK(Translations::defaultLanguage() == u"nl"_s);
    CHECK(Translations::available() == QStringList{u"nl"_s, u"en"_s});
    {
        const ScopedEnvironment unset("PRIVACYREGISTER_LANGUAGE", std::nullopt);
        CHECK(Translations::choose(u"en"_s) == u"en"_s);
        CHECK(Translations::choose(u"nl"_s) == u"nl"_s);
        CHECK(Translations::choose(QString()) == u"nl"_s);
        CHECK(Translations::choose(u"fr"_s) == u"nl"_s);
        CHECK(Translations::choose(u"EN"_s) == u"nl"_s);
    }
    {
        const ScopedEnvironment english("PRIVACYREGISTER_LANGUAGE", u"en"_s);
        CHECK(Translations::choose(u"nl"_s) == u"en"_s);
        CHECK(Translations::choose(QString()) == u"en"_s);
    }
    {
        const ScopedEnvironment dutch("PRIVACYREGISTER_LANGUAGE", u"nl"_s);
        CHECK(Translations::choose(u"en"_s) == u"nl"_s);
    }
    {
        const ScopedEnvironment unknown("PRIVACYREGISTER_LANGUAGE", u"de"_s);
        CHECK(Translations::choose(u"en"_s) == u"en"_s);
        CHECK(Translations::choose(QString()) == u"nl"_s);
    }
    {
        const ScopedEnvironment empty("PRIVACYREGISTER_LANGUAGE", QString());
        CHECK(Translations::choose(u"en"_s) == u"en"_s);
    }
}

namespace {

struct LupdateRun {
    QList<TsMessage> messages;
    QString language;
    QString warnings; // lupdate's standard error
};

// Runs lupdate over the sources into a copy of the Dutch .ts, as the target
// update_translations does, and reads the result. The locations come out absolute and relative
// to the source tree.
LupdateRun runLupdate()
{
    const QDir sourceDir(QStringLiteral(PR_SOURCE_DIR));
    const QString original = sourceDir.filePath(u"resources/translations/privacyregister_nl.ts"_s);
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString copy = temp.filePath(u"privacyregister_nl.ts"_s);
    REQUIRE(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir.path());
    lupdate.start(QStringLiteral(PR_LUPDATE),
                  {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"absolute"_s,
                   sourceDir.filePath(u"src"_s), sourceDir.filePath(u"ui"_s), u"-ts"_s, copy});
    REQUIRE(lupdate.waitForFinished(120'000));
    LupdateRun run;
    run.warnings = QString::fromLocal8Bit(lupdate.readAllStandardError());
    INFO(run.warnings.toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);

    QString error;
    run.messages = readTs(copy, run.language, error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    const QDir tsDir(temp.path());
    for (TsMessage& message : run.messages) {
        for (QString& location : message.locations) {
            location = sourceDir.relativeFilePath(tsDir.absoluteFilePath(location));
        }
    }
    return run;
}

} // namespace

// A tr() string added without a Dutch translation fails here, not in front of a user.
TEST_CASE("Every string of the program is translated into Dutch", "[i18n]")
{
    const LupdateRun run = runLupdate();
    CHECK(run.language == u"nl_NL"_s);
    REQUIRE_FALSE(run.messages.isEmpty());

    QStringList untranslated;
    QStringList brokenMarkers;
    for (const TsMessage& message : run.messages) {
        const QString where = u"  [%1] \"%2\" (%3)"_s.arg(message.context, message.source,
                                                          message.locations.join(u", "_s));
        const bool empty = message.translations.isEmpty() ||
                           std::any_of(message.translations.begin(), message.translations.end(),
                                       [](const QString& text) { return text.isEmpty(); });
        if (!message.type.isEmpty() || empty ||
            (message.numerus && message.translations.size() < 2)) {
            untranslated.append(where);
            continue;
        }
        const QStringList expected = markers(message.source);
        for (const QString& translation : message.translations) {
            if (markers(translation) != expected) {
                brokenMarkers.append(where + u" -> \"%1\""_s.arg(translation));
            }
        }
    }
    INFO("Messages without a finished Dutch translation (run the target update_translations, "
         "then translate them in resources/translations/privacyregister_nl.ts):\n"
         << untranslated.join(u'\n').toStdString());
    CHECK(untranslated.isEmpty());
    INFO("Translations that lost or added a placeholder or &-mnemonic:\n"
         << brokenMarkers.join(u'\n').toStdString());
    CHECK(brokenMarkers.isEmpty());
}

// lupdate files a tr() call under the class or namespace around it. A file-local helper such
// as `QString tr(const char* text) { return QCoreApplication::translate("Register", text); }`
// inside namespace pr::storage makes lupdate store the string under "pr::storage::Register"
// while the program looks it up under "Register": the translation exists and never shows.
// lupdate warns about exactly that ("lacks Q_OBJECT macro", "unknown namespace/class").
TEST_CASE("lupdate files every string under the context the program looks it up in", "[i18n]")
{
    const LupdateRun run = runLupdate();
    QStringList wrongContext;
    for (const QString& line : run.warnings.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(u"lacks Q_OBJECT macro"_s) ||
            line.contains(u"Qualifying with unknown namespace/class"_s)) {
            wrongContext.append(u"  "_s + line);
        }
    }
    // A tr() at namespace level lands in a context named after the namespace ("pr::storage",
    // "std"); classes here start with a capital, namespaces do not. ("main" is a context that
    // main.cpp names itself.)
    QMap<QString, QString> namespaceContexts; // context -> first location
    for (const TsMessage& message : run.messages) {
        const QString last = message.context.section(u"::"_s, -1);
        const bool qualified = message.context.contains(u"::"_s) || message.context == u"std"_s;
        if (qualified && !last.isEmpty() && last.front().isLower() &&
            !namespaceContexts.contains(message.context)) {
            namespaceContexts.insert(message.context, message.locations.value(0));
        }
    }
    for (auto it = namespaceContexts.cbegin(); it != namespaceContexts.cend(); ++it) {
        wrongContext.append(u"  context \"%1\" (%2, …)"_s.arg(it.key(), it.value()));
    }
    INFO("tr() calls whose translation the program will not find (use QCoreApplication::"
         "translate(\"Context\", \"text\") at the call, or Q_DECLARE_TR_FUNCTIONS in a class):\n"
         << wrongContext.join(u'\n').toStdString());
    CHECK(wrongContext.isEmpty());
}
