// The pieces the view models are made of: labels, dates, amounts and periods in the
// document's language (not the program's), Markdown escaping, and reading a template's
// title and description for the PDF.

#include "report/model/DocumentLanguage.h"

#include "core/domain/LegalBasis.h"
#include "core/domain/SecurityCategory.h"
#include "report/model/TextUnion.h"
#include "report/template/HtmlHead.h"
#include "report/template/MarkdownEscape.h"
#include "support/ScopedLanguage.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentLanguage;

TEST_CASE("a Dutch document is Dutch whatever language the program runs in", "[document][language]")
{
    const DocumentLanguage& dutch = DocumentLanguage::dutch();
    const DocumentLanguage& english = DocumentLanguage::english();
    for (const char* programLanguage : {"en", "nl"}) {
        INFO(programLanguage);
        const pr::test::ScopedLanguage scoped(programLanguage);
        CHECK(dutch.label(pr::core::SecurityCategory::Technical) == u"Technische maatregelen"_s);
        CHECK(english.label(pr::core::SecurityCategory::Technical) == u"Technical measures"_s);
        CHECK(dutch.label(pr::core::LegalBasis::Contract) == u"Uitvoering van een overeenkomst"_s);
        CHECK(dutch.date(QDate(2025, 3, 1)) == u"1 maart 2025"_s);
        CHECK(english.date(QDate(2025, 3, 1)) == u"1 March 2025"_s);
        CHECK(dutch.pageFooterPattern() == u"Pagina %1 van %2"_s);
        CHECK(english.pageFooterPattern() == u"Page %1 of %2"_s);
    }
    CHECK(dutch.date(QDate()).isEmpty());
}

TEST_CASE("periods, retention and amounts in the document's language", "[document][language]")
{
    const DocumentLanguage& dutch = DocumentLanguage::dutch();
    const DocumentLanguage& english = DocumentLanguage::english();
    pr::core::RetentionPeriod period;
    CHECK(dutch.retention(period).isEmpty());
    period.kind = pr::core::RetentionKind::Fixed;
    period.amount = 7;
    period.unit = pr::core::RetentionUnit::Years;
    period.trigger = pr::core::RetentionTrigger::EndOfFinancialYear;
    CHECK(dutch.retention(period) == u"7 jaar na einde boekjaar"_s);
    CHECK(english.retention(period) == u"7 years after the end of the financial year"_s);
    period.amount = 1;
    period.unit = pr::core::RetentionUnit::Months;
    period.trigger = pr::core::RetentionTrigger::Other;
    CHECK(dutch.retention(period) == u"1 maand"_s);
    CHECK(english.retention(period) == u"1 month"_s);
    period.kind = pr::core::RetentionKind::DurationOfAgreement;
    CHECK(dutch.retention(period) == u"zolang de overeenkomst loopt"_s);

    CHECK(dutch.period({4, pr::core::Period::Unit::Weeks}) == u"4 weken"_s);
    CHECK(english.period({1, pr::core::Period::Unit::Months}) == u"1 month"_s);

    CHECK(dutch.money(std::nullopt, u"EUR"_s).isEmpty());
    CHECK(dutch.money(10'000'000, u"EUR"_s) == u"€\u00a0100.000"_s);
    CHECK(english.money(10'000'000, u"EUR"_s) == u"€\u00a0100,000"_s);
    CHECK(dutch.money(12'345, u"USD"_s) == u"USD\u00a0123,45"_s);
    CHECK(english.money(12'345, u"USD"_s) == u"USD\u00a0123.45"_s);
    CHECK_THROWS(DocumentLanguage::forCode(u"de"_s));
}

TEST_CASE("summaries list each text once, in the order first seen", "[document][language]")
{
    pr::report::TextUnion texts;
    texts.add({u"NAW-gegevens"_s, u"E-mailadres"_s});
    texts.add({u" naw-gegevens "_s, u""_s, u"Telefoonnummer"_s});
    CHECK(texts.values() == QStringList{u"NAW-gegevens"_s, u"E-mailadres"_s, u"Telefoonnummer"_s});
}

TEST_CASE("Markdown escaping keeps register text literal", "[document][markdown]")
{
    const auto escape = [](const QString& text) {
        return QString::fromStdString(pr::report::markdownEscapeUtf8(text.toStdString()));
    };
    CHECK(escape(u"Jansen & Zn."_s) == uR"(Jansen \& Zn.)"_s);
    CHECK(escape(u"*vet* _schuin_ [link](x) `code`"_s) ==
          uR"(\*vet\* \_schuin\_ \[link\](x) \`code\`)"_s);
    CHECK(escape(u"<script>{{x}}</script> | a"_s) == uR"(\<script\>\{\{x\}\}\</script\> \| a)"_s);
    // At the start of a value, what would begin a list or a heading underline.
    CHECK(escape(u"- geen lijst"_s) == uR"(\- geen lijst)"_s);
    CHECK(escape(u"  + ook niet"_s) == uR"(  \+ ook niet)"_s);
    CHECK(escape(u"2024. Een jaar"_s) == uR"(2024\. Een jaar)"_s);
    CHECK(escape(u"2024 was een jaar - met streepje"_s) == u"2024 was een jaar - met streepje"_s);
    CHECK(escape(u"regel 1\nregel 2\r\n"_s) == u"regel 1 regel 2 "_s);
    CHECK(escape(u"🥐 שלום é"_s) == u"🥐 שלום é"_s);
}

TEST_CASE("the PDF's title and subject come from the template's head", "[document]")
{
    const QString html = uR"(<html><head><title>Verwerkersovereenkomst  A &amp; B
&#8211; C&#39;s</title>
<meta name="description" content="Artikel 28 &lt;AVG&gt;"></head></html>)"_s;
    CHECK(pr::report::HtmlHead::title(html) == u"Verwerkersovereenkomst A & B – C's"_s);
    CHECK(pr::report::HtmlHead::description(html) == u"Artikel 28 <AVG>"_s);
    CHECK(pr::report::HtmlHead::title(u"<p>no head</p>"_s).isEmpty());
}
