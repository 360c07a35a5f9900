// The terms a controller's lawyer reads first: the main agreement the DPA belongs to, liability
// capped in amounts per event and per year (never "what the insurer pays"), insurance, planned
// measures apart with their dates, and the transfer impact assessment of a sub-processor outside
// the EEA. What the register does not hold is a line to fill in, never a guess.

#include "report/DocumentTestSupport.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::compact;

namespace {

QString dpaText(const pr::test::DemoRegister& demo, qint64 client, const QString& language = {})
{
    pr::report::DocumentRequest request =
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, client);
    if (!language.isEmpty()) {
        request.language = language;
    }
    return pr::test::compactBodyText(demo.render(request), true);
}

void changeAgreementOf(pr::test::DemoRegister& demo, qint64 client,
                       const std::function<void(pr::core::Agreement&)>& change)
{
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        for (pr::core::Agreement agreement :
             pr::storage::AgreementRepository::forClient(db, client)) {
            change(agreement);
            pr::storage::AgreementRepository::update(db, audit, agreement);
        }
    });
}

bool has(const QString& compactText, const QString& phrase)
{
    return compactText.contains(compact(phrase));
}

} // namespace

TEST_CASE("the DPA names its main agreement and lasts, ends and survives with it",
          "[document][dpa][clauses]")
{
    pr::test::DemoRegister demo;
    const QString text = dpaText(demo, pr::test::kLindeboom);
    CHECK(has(text, u"hoort bij de overeenkomst “Overeenkomst van opdracht systeembeheer” van 2 "
                    "november 2026 tussen Partijen (de Hoofdovereenkomst)"_s));
    CHECK(has(text, u"eindigt eerder als de Hoofdovereenkomst eerder eindigt"_s));
    CHECK(has(text, u"kan deze overeenkomst niet afzonderlijk worden opgezegd"_s));
    CHECK(has(text, u"geheel of gedeeltelijk ontbinden"_s));
    CHECK(
        has(text, u"in staat van faillissement wordt verklaard, surseance van betaling krijgt"_s));
    CHECK(has(text, u"blijft zij gelden zolang Verwerker nog persoonsgegevens"_s));
    // The sentence that once referred to nothing.
    CHECK_FALSE(has(text, u"Zolang Verwerker daarna"_s));

    SECTION("without a recorded main agreement, a line to fill in")
    {
        changeAgreementOf(demo, pr::test::kLindeboom, [](pr::core::Agreement& agreement) {
            agreement.mainAgreementName.clear();
            agreement.mainAgreementDate = QDate();
        });
        const QString blank = dpaText(demo, pr::test::kLindeboom);
        CHECK(has(blank, u"hoort bij de overeenkomst ________________________________________ van "
                         "____________________ tussen Partijen"_s));
    }
}

TEST_CASE("liability is capped in amounts per event and per year, not by an insurer's payout",
          "[document][dpa][clauses]")
{
    pr::test::DemoRegister demo;
    const QString text = dpaText(demo, pr::test::kZonnehoek);
    CHECK(has(text, u"beperkt tot € 100.000 per gebeurtenis, en tot € 250.000 voor alle "
                    "gebeurtenissen in een kalenderjaar samen"_s));
    CHECK(has(text, u"opzet of bewuste roekeloosheid van Verwerker of van zijn leidinggevenden"_s));
    CHECK(has(text, u"hangt niet af van wat een verzekeraar uitkeert"_s));
    CHECK(has(text,
              u"laat het recht van een betrokkene op schadevergoeding op grond van artikel 82 "
              "AVG onverlet"_s));
    CHECK(has(text, u"aansprakelijkheidsverzekering die schade als bedoeld in dit artikel dekt tot "
                    "ten minste € 1.000.000 per gebeurtenis"_s));
    // Art. 82 governs claims of data subjects, not the contract between the parties.
    CHECK_FALSE(has(text, u"aansprakelijk volgens artikel 82 AVG"_s));

    SECTION("no insurance duty: no insurance clause")
    {
        const QString buurtwerk = dpaText(demo, pr::test::kBuurtwerk);
        CHECK(has(buurtwerk, u"beperkt tot € 50.000 per gebeurtenis"_s));
        CHECK_FALSE(has(buurtwerk, u"aansprakelijkheidsverzekering"_s));
    }
    SECTION("a cap only in words from an older register is not printed; lines instead")
    {
        changeAgreementOf(demo, pr::test::kBuurtwerk, [](pr::core::Agreement& agreement) {
            agreement.liabilityCap.perEventCents.reset();
            agreement.liabilityCap.perYearCents.reset();
            agreement.liabilityCap.formerText = u"het bedrag dat de verzekering uitkeert"_s;
        });
        const QString undecided = dpaText(demo, pr::test::kBuurtwerk);
        CHECK(
            has(undecided, u"beperkt tot € ____________ per gebeurtenis, en tot € ____________"_s));
        CHECK_FALSE(has(undecided, u"het bedrag dat de verzekering uitkeert"_s));
        CHECK_FALSE(has(undecided, u"geen beperking van de aansprakelijkheid afgesproken"_s));
    }
    SECTION("no cap at all: the statutory rules")
    {
        const QString trapkracht = dpaText(demo, pr::test::kTrapkracht);
        CHECK(has(trapkracht, u"geen beperking van de aansprakelijkheid afgesproken"_s));
    }
}

TEST_CASE("planned measures are listed apart with the date they will be in force",
          "[document][dpa][clauses]")
{
    pr::test::DemoRegister demo;
    const QString text = dpaText(demo, pr::test::kZonnehoek);
    const qsizetype annex2 = text.indexOf(compact(u"Bijlage 2: Beveiligingsmaatregelen"_s));
    const qsizetype planned = text.indexOf(compact(u"Geplande maatregelen"_s));
    const qsizetype annex3 = text.indexOf(compact(u"Bijlage 3: Subverwerkers"_s));
    REQUIRE(annex2 >= 0);
    REQUIRE(planned > annex2);
    REQUIRE(annex3 > planned);
    const QString plannedPart = text.mid(planned, annex3 - planned);
    CHECK(plannedPart.contains(compact(u"Terugzettest van back-ups"_s)));
    CHECK(plannedPart.contains(compact(u"van kracht per 15 januari 2027"_s)));
    CHECK(plannedPart.contains(compact(u"Jaarlijkse risicoanalyse"_s)));
    // In the groups above, only what is in place.
    CHECK_FALSE(text.mid(annex2, planned - annex2).contains(compact(u"Terugzettest"_s)));
    CHECK(has(text, u"8.3 Maatregelen die Verwerker nog invoert"_s));
}

TEST_CASE("Bijlage 3 gives the transfer tool and the transfer impact assessment",
          "[document][dpa][clauses]")
{
    pr::test::DemoRegister demo;
    const QString text = dpaText(demo, pr::test::kZonnehoek);
    CHECK(has(text, u"doorgiftetoets van 3 maart 2025"_s));
    CHECK(has(text, u"De doorgiftetoetsen kwamen tot deze uitkomst: Skywatch Monitoring Inc. (3 "
                    "maart 2025): Alleen meetgegevens van systemen"_s));

    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        for (pr::core::SubProcessor sub : pr::storage::SubProcessorRepository::all(db)) {
            sub.transferAssessmentDate = QDate();
            sub.transferAssessmentSummary.clear();
            pr::storage::SubProcessorRepository::update(db, audit, sub);
        }
    });
    CHECK(has(dpaText(demo, pr::test::kZonnehoek), u"doorgiftetoets nog niet vastgelegd"_s));
}

TEST_CASE("the DPA's other terms a lawyer looks for", "[document][dpa][clauses]")
{
    const pr::test::DemoRegister demo;
    const QString text = dpaText(demo, pr::test::kZonnehoek);
    for (const QString& phrase : {
             u"Artikel 13 – Verzoeken van overheidsinstanties"_s,
             u"voor zover artikel 48 AVG dat toelaat"_s,
             u"12.4 Verwerkingsverantwoordelijke draagt de kosten van een audit"_s,
             u"herstelt hij dat op eigen kosten"_s,
             u"Artikel 15 – Kosten"_s,
             u"tegen de tarieven van de Hoofdovereenkomst"_s,
             u"is kosteloos"_s,
             u"Artikel 16 – Contactpersonen"_s,
             u"De bijlagen maken deel uit van deze overeenkomst"_s,
             u"Vraagt een wijziging van de wet"_s,
             u"nietig of wordt zij vernietigd"_s,
         }) {
        INFO(phrase.toStdString());
        CHECK(has(text, phrase));
    }
}

TEST_CASE("the English DPA has the same terms and says which language prevails",
          "[document][dpa][clauses]")
{
    const pr::test::DemoRegister demo;
    const QString text = dpaText(demo, pr::test::kZonnehoek, u"en"_s);
    for (const QString& phrase : {
             u"(the Main Agreement)"_s,
             u"€ 100,000 per event, and to € 250,000 for all events in a calendar year together"_s,
             u"intent or wilful recklessness of the Processor or its management"_s,
             u"It does not depend on what an insurer pays"_s,
             u"Article 13 – Requests from public authorities"_s,
             u"Article 15 – Costs"_s,
             u"Article 16 – Contact persons"_s,
             u"The annexes form part of this agreement"_s,
             u"the Dutch version prevails"_s,
             u"Planned measures"_s,
             u"in effect from 15 January 2027"_s,
             u"Transfer Impact Assessment of 3 March 2025"_s,
             u"The Transfer Impact Assessments came to this outcome"_s,
         }) {
        INFO(phrase.toStdString());
        CHECK(has(text, phrase));
    }
}
