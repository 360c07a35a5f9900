// The privacy statement per audience and what it states beside the processing: only the
// audience's own activities, the FG as recorded, the website's cookies with the consent rules
// of art. 11.7a Telecommunicatiewet (and no cookie claims without a list), further legal bases,
// the national-law ground of health data and the facts about automated decisions and children.
// Checked on the text pdftotext extracts from the PDF of the demo register.

#include "report/DocumentTestSupport.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/OrganisationRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::StatementAudience;
using pr::report::DocumentKind;
using pr::test::compact;

namespace {

QString statementText(const pr::test::DemoRegister& demo,
                      StatementAudience audience = StatementAudience::Customers)
{
    pr::report::DocumentRequest request = pr::test::request(DocumentKind::PrivacyStatement);
    request.audience = audience;
    return pr::test::compactBodyText(demo.render(request), false);
}

bool has(const QString& text, const QString& phrase)
{
    return text.contains(compact(phrase));
}

void changeOrganisation(pr::test::DemoRegister& demo,
                        const std::function<void(pr::core::Organisation&)>& change)
{
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        pr::core::Organisation organisation = pr::storage::OrganisationRepository::find(db).value();
        change(organisation);
        pr::storage::OrganisationRepository::update(db, audit, organisation);
    });
}

} // namespace

TEST_CASE("The customers' statement leaves out the staff's processing, the staff's has it",
          "[document][statement]")
{
    const pr::test::DemoRegister demo;
    const QString customers = statementText(demo);
    CHECK(has(customers, u"Voor klanten en websitebezoekers"_s));
    CHECK(has(customers, u"Klantadministratie"_s));
    CHECK(has(customers, u"Nieuwsbrief"_s));
    CHECK_FALSE(has(customers, u"Personeelsadministratie"_s));
    CHECK_FALSE(has(customers, u"Ziek- en betermeldingen"_s));
    CHECK_FALSE(has(customers, u"Eigen medewerkers"_s));

    const QString staff = statementText(demo, StatementAudience::Staff);
    CHECK(has(staff, u"Voor medewerkers"_s));
    CHECK(has(staff, u"aan onze medewerkers"_s));
    CHECK(has(staff, u"Personeelsadministratie"_s));
    CHECK(has(staff, u"Eigen medewerkers"_s));
    CHECK_FALSE(has(staff, u"Klantadministratie"_s));
    CHECK_FALSE(has(staff, u"Nieuwsbrief"_s));
    // The website's cookies are told to its visitors, not to the staff.
    CHECK_FALSE(has(staff, u"Cookies."_s));

    // No activity of the demo is for applicants: the statement says so instead of inventing.
    const QString applicants = statementText(demo, StatementAudience::Applicants);
    CHECK(has(applicants, u"Voor sollicitanten"_s));
    CHECK(has(applicants, u"Ons register vermeldt voor deze groep nog geen verwerkingen."_s));
    CHECK_FALSE(has(applicants, u"Personeelsadministratie"_s));
}

TEST_CASE("Health data in sickness records names art. 9(2)(b) and art. 30 UAVG",
          "[document][statement]")
{
    const pr::test::DemoRegister demo;
    const QString staff = statementText(demo, StatementAudience::Staff);
    CHECK(has(staff, u"Gezondheid"_s));
    CHECK(has(staff, u"(artikel 9, tweede lid, onder b, AVG); grondslag in de Nederlandse wet: "
                     u"artikel 30, eerste lid, onder b, UAVG"_s));
    CHECK(has(staff, u"artikel 46 UAVG"_s));

    const QString register_ = pr::test::compactBodyText(
        demo.render(pr::test::request(DocumentKind::ProcessingRegister)), false);
    CHECK(has(register_, u"(artikel 9, tweede lid, onder b), grondslag in de Nederlandse wet: "
                         u"artikel 30, eerste lid, onder b, UAVG"_s));
}

TEST_CASE("An activity on two legal bases shows both, in the statement and the register",
          "[document][statement]")
{
    const pr::test::DemoRegister demo;
    const QString customers = statementText(demo);
    CHECK(has(customers, u"Uitvoering van een overeenkomst (artikel 6, eerste lid, onder b, AVG)"
                         u"Daarnaast: Wettelijke verplichting (artikel 6, eerste lid, onder c, "
                         u"AVG)"_s));
    const QString register_ = pr::test::compactBodyText(
        demo.render(pr::test::request(DocumentKind::ProcessingRegister)), false);
    CHECK(has(register_, u"daarnaast: Wettelijke verplichting (artikel 6, eerste lid, onder c, "
                         u"AVG)"_s));
}

TEST_CASE("The FG part states what is recorded, both ways", "[document][statement]")
{
    pr::test::DemoRegister demo;
    const QString notAppointed = statementText(demo);
    CHECK(has(notAppointed, u"Wij hebben geen functionaris voor gegevensbescherming (FG) "
                            u"aangesteld. Vragen over privacy behandelt S. Kramer"_s));
    // No legal conclusion the register cannot know.
    CHECK_FALSE(has(notAppointed, u"niet verplicht een functionaris"_s));

    changeOrganisation(demo, [](pr::core::Organisation& organisation) {
        organisation.privacyContact.isDpo = true;
    });
    const QString appointed = statementText(demo);
    CHECK(has(appointed, u"Wij hebben een functionaris voor gegevensbescherming (FG) aangesteld: "
                         u"S. Kramer"_s));
    CHECK_FALSE(has(appointed, u"Wij hebben geen functionaris"_s));
}

TEST_CASE("The cookie list is printed with the consent and withdrawal rules",
          "[document][statement]")
{
    pr::test::DemoRegister demo;
    const QString functionalOnly = statementText(demo);
    CHECK(has(functionalOnly, u"voorbeeld_sessie"_s));
    CHECK(has(functionalOnly, u"_pk_id"_s));
    CHECK(has(functionalOnly, u"13 maanden"_s));
    CHECK(has(functionalOnly, u"artikel 11.7a, derde lid, Telecommunicatiewet"_s));
    CHECK(has(functionalOnly, u"Geen van de cookies in de lijst vraagt om uw toestemming."_s));

    changeOrganisation(demo, [](pr::core::Organisation& organisation) {
        organisation.statement.cookies.append({u"yt_embed"_s, pr::core::CookieParty::ThirdParty,
                                               u"Video's van YouTube tonen"_s, u"6 maanden"_s,
                                               pr::core::CookieKind::ConsentBased});
    });
    const QString withConsent = statementText(demo);
    CHECK(has(withConsent, u"yt_embed"_s));
    CHECK(has(withConsent, u"een andere partij"_s));
    CHECK(has(withConsent, u"alleen met uw toestemming"_s));
    CHECK(has(withConsent, u"artikel 11.7a, eerste lid, Telecommunicatiewet"_s));
    CHECK(has(withConsent, u"U kunt uw toestemming op elk moment intrekken, net zo gemakkelijk "
                           u"als u haar gaf"_s));
    CHECK_FALSE(has(withConsent, u"Geen van de cookies in de lijst"_s));
}

TEST_CASE("Without a cookie list the statement makes no cookie claims", "[document][statement]")
{
    pr::test::DemoRegister demo;
    changeOrganisation(
        demo, [](pr::core::Organisation& organisation) { organisation.statement.cookies.clear(); });
    const QString text = statementText(demo);
    CHECK(has(text, u"Wij hebben geen cookies of vergelijkbare technieken vastgelegd"_s));
    CHECK_FALSE(has(text, u"11.7a"_s));
    CHECK_FALSE(has(text, u"toestemming plaatsen"_s));
    CHECK_FALSE(has(text, u"plaatst of leest de volgende cookies"_s));
}

TEST_CASE("Automated decisions and children are stated only as recorded", "[document][statement]")
{
    pr::test::DemoRegister demo;
    const QString recorded = statementText(demo);
    CHECK(has(recorded, u"Wij nemen geen besluiten die uitsluitend op geautomatiseerde "
                        u"verwerking berusten"_s));
    CHECK(has(recorded, u"Onze diensten zijn niet bedoeld voor kinderen jonger dan 16 jaar"_s));

    changeOrganisation(demo, [](pr::core::Organisation& organisation) {
        organisation.statement.noAutomatedDecisions = false;
        organisation.statement.notMeantForChildren = false;
    });
    const QString unknown = statementText(demo);
    CHECK_FALSE(has(unknown, u"Wij nemen geen besluiten"_s));
    CHECK(has(unknown, u"Wilt u weten of wij over u besluiten nemen"_s));
    CHECK_FALSE(has(unknown, u"jonger dan 16 jaar"_s));

    changeOrganisation(demo, [](pr::core::Organisation& organisation) {
        organisation.statement.automatedDecisions =
            u"een automatische kredietcheck bij een bestelling op rekening"_s;
    });
    const QString described = statementText(demo);
    CHECK(has(described, u"een automatische kredietcheck bij een bestelling op rekening"_s));
    CHECK(has(described, u"artikel 22, derde lid, AVG"_s));
}

TEST_CASE("The Markdown statement follows the audience and the cookie list too",
          "[document][statement]")
{
    const pr::test::DemoRegister demo;
    pr::report::DocumentRequest request =
        pr::test::request(DocumentKind::PrivacyStatement, pr::report::DocumentFormat::Markdown);
    request.audience = StatementAudience::Staff;
    const QString staff = QString::fromUtf8(demo.render(request));
    CHECK(staff.contains(u"Personeelsadministratie"_s));
    CHECK_FALSE(staff.contains(u"Klantadministratie"_s));
    request.audience = StatementAudience::Customers;
    const QString customers = QString::fromUtf8(demo.render(request));
    CHECK_FALSE(customers.contains(u"Personeelsadministratie"_s));
    CHECK(customers.contains(u"| voorbeeld\\_sessie | wijzelf |"_s));
}
