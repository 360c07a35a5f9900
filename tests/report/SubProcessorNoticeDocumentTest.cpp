// The notice of a sub-processor change to a client (art. 28(2) GDPR, art. 9.2 of the DPA) and
// the client's privacy contact in the register, read back from the PDF through pdftotext.
// Today is 21 November 2026 (DemoRegister). Deadlines are worked out here by hand.

#include "core/domain/SubProcessorNotice.h"
#include "report/DocumentTestSupport.h"
#include "report/ReportError.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentKind;
using pr::report::DocumentRequest;
using pr::test::compact;

namespace {

// Skywatch Monitoring Inc. (United States, standard contractual clauses) serves "Bewaking van
// systemen", in the agreements of Zonnehoek (30 days' notice) and Trapkracht (14 days), not
// in Buurtwerk's.
constexpr qint64 kSkywatch = 4;

DocumentRequest notice(qint64 clientId, const QString& replaces = {})
{
    DocumentRequest request = pr::test::request(DocumentKind::SubProcessorNotice);
    request.subProcessorId = kSkywatch;
    request.clientId = clientId;
    request.replacesName = replaces;
    return request;
}

bool has(const QString& compactText, const QString& phrase)
{
    return compactText.contains(compact(phrase));
}

} // namespace

TEST_CASE("The notice names the sub-processor and the objection period of the client's own "
          "agreement",
          "[document][subprocessor-notice]")
{
    pr::test::DemoRegister demo;
    SECTION("Trapkracht: 14 days, until 5 December 2026")
    {
        const QString text =
            pr::test::compactBodyText(demo.render(notice(pr::test::kTrapkracht)), false);
        CHECK(has(text, u"Trapkracht Webwinkel B.V."_s));
        CHECK(has(text, u"voorgenomen inschakeling van subverwerker Skywatch Monitoring Inc."_s));
        CHECK(has(text, u"Platform voor bewaking van systemen"_s));
        CHECK(has(text, u"Verenigde Staten"_s));
        CHECK(has(text, u"Standaardcontractbepalingen"_s));
        CHECK(has(text, u"Bewaking van systemen"_s));
        CHECK(has(text, u"tot en met 5 december 2026 bezwaar maken"_s));
        CHECK(has(text, u"termijn van 14 dagen uit artikel 9.2"_s));
        CHECK(has(text, u"artikel 28, tweede lid, AVG"_s));
        CHECK(has(text, u"Vinden wij samen geen oplossing, dan mag u de dienst"_s));
        CHECK(has(text, u"privacy@voorbeeld-it.example"_s));
    }
    SECTION("Zonnehoek: 30 days, until 21 December 2026, and a replacement says what it replaces")
    {
        const QString text = pr::test::compactBodyText(
            demo.render(notice(pr::test::kZonnehoek, u"Oude Monitoring B.V."_s)), false);
        CHECK(has(text, u"tot en met 21 december 2026 bezwaar maken"_s));
        CHECK(has(text, u"termijn van 30 dagen"_s));
        CHECK(has(text, u"vervanging van subverwerker Oude Monitoring B.V. door Skywatch"_s));
    }
    SECTION("a client whose agreement the sub-processor does not touch gets none")
    {
        CHECK_THROWS_AS(demo.render(notice(pr::test::kBuurtwerk)), pr::report::ReportError);
    }
}

TEST_CASE("A notice recorded as sent is made with its own date and period",
          "[document][subprocessor-notice]")
{
    pr::test::DemoRegister demo;
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        pr::core::SubProcessorNotice sent;
        sent.subProcessorId = kSkywatch;
        sent.clientId = pr::test::kTrapkracht;
        sent.agreementId =
            pr::storage::AgreementRepository::forClient(db, pr::test::kTrapkracht).constFirst().id;
        sent.sentDate = QDate(2026, 11, 2);
        sent.objectionDays = 14;
        pr::storage::SubProcessorNoticeRepository::insert(db, audit, sent);
    });
    const QString text =
        pr::test::compactBodyText(demo.render(notice(pr::test::kTrapkracht)), false);
    CHECK(has(text, u"2 november 2026"_s));
    CHECK(has(text, u"tot en met 16 november 2026 bezwaar maken"_s));
}

TEST_CASE("The register names a client's FG and calls the firm's director no representative",
          "[document][register][subprocessor-notice]")
{
    pr::test::DemoRegister demo;
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto client = pr::storage::ClientRepository::find(db, pr::test::kZonnehoek);
        REQUIRE(client.has_value());
        client->privacyContact = {u"Mr. L. de Wit"_s, u"fg@zonnehoek.example"_s, {}, true};
        pr::storage::ClientRepository::update(db, audit, *client);
    });
    const QString text = pr::test::compactBodyText(
        demo.render(pr::test::request(DocumentKind::ProcessingRegister)), false);
    CHECK(has(text,
              u"Functionaris voor gegevensbescherming: Mr. L. de Wit · fg@zonnehoek.example"_s));
    CHECK(has(text, u"Eindverantwoordelijke"_s));
    CHECK(has(text, u"Vertegenwoordiger in de Unie (artikel 27 AVG)"_s));
    CHECK_FALSE(text.contains(compact(u"Vertegenwoordigd door"_s)));
    CHECK_FALSE(has(text, u"VertegenwoordigerM. de Boer"_s));
}
