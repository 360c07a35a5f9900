#include "report/model/DocumentLanguage.h"

#include "report/ReportError.h"

#include <QTranslator>

#include <utility>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

constexpr qint64 kCentsPerUnit = 100;

// Currencies people write as a sign; others keep their ISO code ("USD 1,000").
QString currencySign(const QString& code)
{
    return code == u"EUR"_s ? u"€"_s : code;
}

} // namespace

DocumentLanguage::DocumentLanguage(QString code, QLocale locale)
    : m_code(std::move(code))
    , m_locale(std::move(locale))
    , m_translator(std::make_unique<QTranslator>())
{
    // The same compiled translation the program installs (pr_core's resources). For English
    // it holds only the plural forms ("1 year", "7 years"). Missing, the source text is used.
    if (!m_translator->load(u":/i18n/privacyregister_%1.qm"_s.arg(m_code))) {
        m_translator.reset();
    }
}

DocumentLanguage::~DocumentLanguage() = default;

const DocumentLanguage& DocumentLanguage::dutch()
{
    static const DocumentLanguage language(u"nl"_s, QLocale(QLocale::Dutch, QLocale::Netherlands));
    return language;
}

const DocumentLanguage& DocumentLanguage::english()
{
    static const DocumentLanguage language(u"en"_s,
                                           QLocale(QLocale::English, QLocale::UnitedKingdom));
    return language;
}

const DocumentLanguage& DocumentLanguage::forCode(const QString& code)
{
    if (code == u"nl"_s) {
        return dutch();
    }
    if (code == u"en"_s) {
        return english();
    }
    throw ReportError(tr("There are no documents in the language \"%1\".").arg(code).toStdString());
}

QString DocumentLanguage::pageFooterPattern() const
{
    return m_code == u"nl"_s ? u"Pagina %1 van %2"_s : u"Page %1 of %2"_s;
}

QString DocumentLanguage::initialsLine() const
{
    return m_code == u"nl"_s
               ? u"Paraaf verwerker: __________      Paraaf verwerkingsverantwoordelijke: __________"_s
               : u"Initials processor: __________      Initials controller: __________"_s;
}

QString DocumentLanguage::newVersionDraftMark() const
{
    return m_code == u"nl"_s ? u"CONCEPT van een nieuwe versie – niet ondertekend"_s
                             : u"DRAFT of a new version – not signed"_s;
}

QString DocumentLanguage::newVersionDraftNote() const
{
    return m_code == u"nl"_s
               ? u"Deze tekst is niet ondertekend. Hij geeft weer wat het register nu over deze "
                 u"overeenkomst zou zeggen, als concept van een nieuwe versie. De ondertekende "
                 u"overeenkomst is het document dat partijen hebben ondertekend."_s
               : u"This text has not been signed. It shows what the register would now say "
                 u"about this agreement, as the draft of a new version. The signed agreement is "
                 u"the document the parties signed."_s;
}

QString DocumentLanguage::translate(const char* context, const char* source, int count) const
{
    QString text;
    if (m_translator) {
        text = m_translator->translate(context, source, nullptr, count);
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    if (count >= 0) {
        // QTranslator leaves %n for QCoreApplication::translate to fill in.
        text.replace(u"%n"_s, QString::number(count));
    }
    return text;
}

QString DocumentLanguage::date(QDate date) const
{
    return date.isValid() ? m_locale.toString(date, u"d MMMM yyyy"_s) : QString();
}

QString DocumentLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString DocumentLanguage::money(const std::optional<qint64>& amountCents,
                                const QString& currency) const
{
    if (!amountCents) {
        return {};
    }
    const qint64 cents = *amountCents;
    const QString amount = cents % kCentsPerUnit == 0
                               ? m_locale.toString(cents / kCentsPerUnit)
                               : m_locale.toString(double(cents) / kCentsPerUnit, 'f', 2);
    return currencySign(currency) + u'\u00a0' + amount;
}

QString DocumentLanguage::retention(const core::RetentionPeriod& period) const
{
    using core::RetentionKind;
    using core::RetentionUnit;
    switch (period.kind) {
    case RetentionKind::Unspecified:
        return {};
    case RetentionKind::DurationOfAgreement:
        // The same source text as core::RetentionPeriod::describe().
        return translate("Domain", "as long as the agreement runs");
    case RetentionKind::Fixed:
        break;
    }
    const char* unit = nullptr;
    switch (period.unit) {
    case RetentionUnit::Days:
        unit = "%n day(s)";
        break;
    case RetentionUnit::Weeks:
        unit = "%n week(s)";
        break;
    case RetentionUnit::Months:
        unit = "%n month(s)";
        break;
    case RetentionUnit::Years:
        unit = "%n year(s)";
        break;
    }
    const QString amount = translate("Domain", unit, period.amount);
    if (period.trigger == core::RetentionTrigger::Other) {
        return amount; // the event is in the free text beside it
    }
    return amount + u' ' + label(period.trigger);
}

QString DocumentLanguage::period(const core::Period& period) const
{
    switch (period.unit) {
    case core::Period::Unit::Days:
        return translate("Period", "%n day(s)", period.amount);
    case core::Period::Unit::Weeks:
        return translate("Period", "%n week(s)", period.amount);
    case core::Period::Unit::Months:
        return translate("Period", "%n month(s)", period.amount);
    }
    return {};
}

} // namespace pr::report
