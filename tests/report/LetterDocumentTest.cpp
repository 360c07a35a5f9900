// The letters about a data-subject request (issue 8, item 3), rendered from the demo register
// and read back the way the person reads them: the PDF's text through pdftotext. The
// deadlines are worked out here by hand from the rules of Regulation 1182/71 for a fixed
// receipt date, not taken from the calendar code the letters use.

#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/ReportError.h"
#include "report/model/LetterEligibility.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/RequestRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::report::DocumentRequest;
using pr::test::compact;

namespace {

// Demo requests (resources/demo/demo-register.json).
constexpr qint64 kRefusedErasure = 3;   // N. Dijkman: erasure, refused with a reason
constexpr qint64 kObjection = 6;        // C. Hoekstra: objection, just received
constexpr qint64 kAwaitingIdentity = 8; // D. Kuiper: access, proof of identity asked
constexpr qint64 kClientErasure = 9;    // S. Yilmaz: erasure about client 1's data
constexpr qint64 kExtendedAccess = 10;  // M. Verbeek: access, verified, extended
// Demo activities: the firm's own (controller) and one it does for clients.
constexpr qint64 kCustomers = 11;  // Klantadministratie
constexpr qint64 kStaff = 13;      // Personeelsadministratie
constexpr qint64 kNewsletter = 14; // Nieuwsbrief, with a transfer to the United States
constexpr qint64 kWebsite = 15;    // Website en cookies
constexpr qint64 kRemoteAdmin = 1; // Beheer op afstand, as processor

DocumentRequest letter(DocumentKind kind, qint64 requestId,
                       DocumentFormat format = DocumentFormat::Pdf)
{
    DocumentRequest request = pr::test::request(kind, format);
    request.requestId = requestId;
    return request;
}

void changeRequest(pr::test::DemoRegister& demo, qint64 id,
                   const std::function<void(pr::core::DataSubjectRequest&)>& change)
{
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto request = pr::storage::RequestRepository::find(db, id).value();
        change(request);
        pr::storage::RequestRepository::update(db, audit, request);
    });
}

QString pdfText(const QByteArray& pdf)
{
    return pr::test::compactBodyText(pdf, false);
}

bool has(const QString& compactText, const QString& phrase)
{
    return compactText.contains(compact(phrase));
}

// The ReportError's message, or empty when RENDER throws none.
QString reportError(const std::function<void()>& render)
{
    try {
        render();
    } catch (const pr::report::ReportError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

TEST_CASE("the acknowledgement states the legal and the promised deadline", "[document][letter]")
{
    pr::test::DemoRegister demo;
    // Received on Saturday 31 January 2026. One month: 31 February does not exist, so the
    // last day of February, Saturday 28 February; moved to Monday 2 March. Two weeks:
    // Saturday 14 February, moved to Monday 16 February.
    changeRequest(demo, kObjection, [](pr::core::DataSubjectRequest& request) {
        request.receivedDate = QDate(2026, 1, 31);
    });
    pr::report::DocumentRenderer renderer(demo.db(), demo.clock(), pr::report::TemplateLibrary());
    renderer.setPromisedAnswerPeriod({2, pr::core::Period::Unit::Weeks});
    const QString text =
        pdfText(renderer.render(letter(DocumentKind::AcknowledgementLetter, kObjection)));

    CHECK(has(text, u"Uw verzoek van 31 januari 2026"_s));
    CHECK(has(text, u"Ons kenmerk VZ-2026-06"_s));
    CHECK(has(text, u"Utrecht, 21 november 2026"_s));
    CHECK(has(text, u"C. Hoekstra"_s));
    CHECK(
        has(text, u"bezwaar maakt tegen de verwerking van uw persoonsgegevens (artikel 21 AVG)"_s));
    CHECK(has(text, u"antwoord dus uiterlijk op 2 maart 2026"_s));
    CHECK(has(text, u"kortere termijn gesteld van 2 weken"_s));
    CHECK(has(text, u"uiterlijk op 16 februari 2026 te antwoorden"_s));
    CHECK(has(text, u"Voorbeeld IT-beheer B.V."_s));
    CHECK(has(text, u"Contactpersoon privacy"_s));

    // Four weeks end on the same Saturday as the month and move to the same Monday: the
    // promise is no earlier than the law, so the letter does not repeat it.
    renderer.setPromisedAnswerPeriod({4, pr::core::Period::Unit::Weeks});
    const QString fourWeeks =
        pdfText(renderer.render(letter(DocumentKind::AcknowledgementLetter, kObjection)));
    CHECK(has(fourWeeks, u"antwoord dus uiterlijk op 2 maart 2026"_s));
    CHECK_FALSE(has(fourWeeks, u"kortere termijn"_s));
}

TEST_CASE("the extension letter states the extended deadline and the reason", "[document][letter]")
{
    pr::test::DemoRegister demo;
    // Three months from 31 January: 30 April 2026 (April has no 31st), a Thursday.
    changeRequest(demo, kExtendedAccess, [](pr::core::DataSubjectRequest& request) {
        request.receivedDate = QDate(2026, 1, 31);
        request.identityRequestedDate = QDate(2026, 1, 31);
        request.identityVerifiedDate = QDate(2026, 2, 2);
        request.idCopyDestroyedDate = QDate(2026, 2, 2);
        request.extension = pr::core::RequestExtension{
            QDate(2026, 2, 10), u"Het verzoek betreft correspondentie in zeven systemen."_s};
    });
    const QString text =
        pdfText(demo.render(letter(DocumentKind::ExtensionLetter, kExtendedAccess)));
    CHECK(has(text, u"Onderwerp: verlenging van de termijn voor uw verzoek"_s));
    CHECK(has(text, u"uiterlijk op 2 maart 2026 antwoorden"_s));
    CHECK(has(text, u"uiterlijk op 30 april 2026"_s));
    CHECK(has(text, u"Het verzoek betreft correspondentie in zeven systemen."_s));
    // Told on 10 February, written today: the letter confirms what was said.
    CHECK(has(text, u"op 10 februari 2026 al laten weten"_s));
}

TEST_CASE("the access answer covers art. 15(1)(a)-(h) for the chosen activities only",
          "[document][letter][checklist]")
{
    pr::test::DemoRegister demo;
    // The newsletter's addresses come from elsewhere here, to show the source of art. 14(2)(f)
    // as art. 15(1)(g) asks.
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto activity = pr::storage::ActivityRepository::find(db, kNewsletter).value();
        activity.source = pr::core::DataSource::OtherSource;
        activity.sourceDescription = u"Aanmeldingen via de beursstand van een partner"_s;
        pr::storage::ActivityRepository::update(db, audit, activity);
    });
    changeRequest(demo, kExtendedAccess, [](pr::core::DataSubjectRequest& request) {
        request.copyProvided = u"als bijlage bij deze brief."_s;
    });
    DocumentRequest request = letter(DocumentKind::AccessLetter, kExtendedAccess);
    request.activityIds = {kCustomers, kNewsletter};
    const QString text = pdfText(demo.render(request));

    struct Item {
        const char* item;
        QStringList phrases;
    };
    const QList<Item> items{
        {"(a) purposes",
         {u"Waarvoor"_s, u"Afspraken met klanten vastleggen en uitvoeren"_s,
          u"Klanten en belangstellenden op de hoogte houden van beveiligingsnieuws en diensten"_s}},
        {"(b) categories of personal data",
         {u"Welke gegevens"_s, u"Functiegegevens"_s, u"Nieuwsbriefvoorkeuren"_s}},
        {"(c) recipients, third countries",
         {u"Ontvangers"_s, u"Leverancier van het CRM-pakket"_s,
          u"Leverancier van de nieuwsbriefdienst"_s, u"Buiten de EER"_s,
          u"Leverancier van de nieuwsbriefdienst in Verenigde Staten"_s}},
        {"15(2) safeguards of the transfer",
         {u"EU-VS-gegevensprivacykader"_s, u"artikel 15, tweede lid, AVG"_s}},
        {"(d) retention",
         {u"Bewaartermijn"_s,
          u"Contactgegevens van oud-klanten verwijderen wij twee jaar na het einde van de "
          u"laatste overeenkomst."_s}},
        {"(e) rectification, erasure, restriction, objection",
         {u"Rectificatie"_s, u"artikel 16 AVG"_s, u"Verwijdering"_s, u"artikel 17 AVG"_s,
          u"Beperking"_s, u"artikel 18 AVG"_s, u"Bezwaar"_s, u"artikel 21 AVG"_s}},
        {"(f) complaint to the Autoriteit Persoonsgegevens",
         {u"klacht in te dienen bij de Autoriteit Persoonsgegevens"_s}},
        {"(g) the source",
         {u"Herkomst"_s, u"Van uzelf."_s,
          u"Niet van uzelf, maar uit deze bron: Aanmeldingen via de beursstand van een partner"_s}},
        {"(h) automated decision-making",
         {u"geautomatiseerde verwerking"_s, u"profilering"_s, u"artikel 22 AVG"_s}},
        {"15(3) the copy",
         {u"kopie van de persoonsgegevens die wij van u verwerken (artikel 15, derde lid, AVG): "
          u"als bijlage bij deze brief."_s}},
    };
    for (const Item& item : items) {
        for (const QString& phrase : item.phrases) {
            INFO(item.item << ": \"" << phrase.toStdString() << '"');
            CHECK(has(text, phrase));
        }
    }
    CHECK(has(text, u"Klantadministratie"_s));
    CHECK(has(text, u"Nieuwsbrief"_s));
    // Only the chosen activities: not the other own ones, nor what is done for clients.
    for (const QString& other :
         {u"Facturatie en boekhouding"_s, u"Personeelsadministratie"_s, u"Website en cookies"_s,
          u"Beheer op afstand"_s, u"Belastingdienst"_s}) {
        INFO(other.toStdString());
        CHECK_FALSE(has(text, other));
    }
}

TEST_CASE("the access answer refuses activities that are not the firm's own or not there",
          "[document][letter]")
{
    const pr::test::DemoRegister demo;
    DocumentRequest request = letter(DocumentKind::AccessLetter, kExtendedAccess);
    request.activityIds = {kCustomers, kRemoteAdmin};
    const QString message = reportError([&] { demo.render(request); });
    CHECK(message.contains(u"Beheer op afstand"_s));
    CHECK(message.contains(u"processor"_s));

    request.activityIds = {kCustomers, 99};
    CHECK_THROWS_AS(demo.render(request), pr::storage::MissingRecordError);

    // The same activity twice appears once; the order is the user's.
    request.format = DocumentFormat::Html;
    request.activityIds = {kWebsite, kStaff, kWebsite};
    const QString html = QString::fromUtf8(demo.render(request));
    CHECK(html.count(u"<h3>Website en cookies</h3>"_s) == 1);
    CHECK(html.indexOf(u"Website en cookies"_s) < html.indexOf(u"Personeelsadministratie"_s));
    CHECK_FALSE(html.contains(u"Facturatie en boekhouding"_s));
}

TEST_CASE("the refusal gives the reason and the ways to complain and appeal", "[document][letter]")
{
    const pr::test::DemoRegister demo;
    const QString text = pdfText(demo.render(letter(DocumentKind::RefusalLetter, kRefusedErasure)));
    CHECK(has(text, u"N. Dijkman"_s));
    CHECK(has(text, u"om verwijdering van uw persoonsgegevens (artikel 17 AVG)"_s));
    CHECK(has(text, u"Uw facturen vallen onder de fiscale bewaarplicht van zeven jaar"_s));
    CHECK(has(text, u"artikel 12, vierde lid, AVG"_s));
    CHECK(has(text, u"klacht in bij de Autoriteit Persoonsgegevens"_s));
    CHECK(has(text, u"artikel 77 AVG"_s));
    CHECK(has(text, u"Vraag de rechter"_s));
    CHECK(has(text, u"artikel 79 AVG en artikel 35 van de Uitvoeringswet AVG"_s));
    CHECK(has(text, u"binnen zes weken"_s));
}

TEST_CASE("the erasure confirmation says what was erased and when", "[document][letter]")
{
    pr::test::DemoRegister demo;
    changeRequest(demo, kRefusedErasure, [](pr::core::DataSubjectRequest& request) {
        request.status = pr::core::RequestStatus::Answered;
        request.refusalReason.clear();
        request.answeredDate = QDate(2026, 9, 21);
        request.outcome = u"Uw contactgegevens zijn uit het CRM en de nieuwsbrieflijst gewist."_s;
    });
    const QString text = pdfText(demo.render(letter(DocumentKind::ErasureLetter, kRefusedErasure)));
    CHECK(has(text, u"Onderwerp: bevestiging van de verwijdering van uw gegevens"_s));
    CHECK(has(text, u"op 21 september 2026 hebben afgehandeld"_s));
    CHECK(has(text, u"Uw contactgegevens zijn uit het CRM en de nieuwsbrieflijst gewist."_s));
    CHECK(has(text, u"artikel 19 AVG"_s));
}

TEST_CASE("the identification letter asks for proof without keeping a copy", "[document][letter]")
{
    const pr::test::DemoRegister demo;
    const QString text =
        pdfText(demo.render(letter(DocumentKind::IdentificationLetter, kAwaitingIdentity)));
    CHECK(has(text, u"D. Kuiper"_s));
    CHECK(has(text, u"Per e-mail: d.kuiper@example.nl"_s));
    CHECK(has(text, u"artikel 12, zesde lid, AVG"_s));
    CHECK(has(text, u"burgerservicenummer (BSN) onleesbaar"_s));
    CHECK(has(text, u"vernietigen haar daarna"_s));
}

TEST_CASE("every letter renders as PDF and HTML with its title", "[document][letter]")
{
    const pr::test::DemoRegister demo;
    const QList<std::pair<DocumentKind, qint64>> letters{
        {DocumentKind::AcknowledgementLetter, kClientErasure},
        {DocumentKind::IdentificationLetter, kAwaitingIdentity},
        {DocumentKind::ExtensionLetter, kExtendedAccess},
        {DocumentKind::AccessLetter, kExtendedAccess},
        {DocumentKind::RefusalLetter, kRefusedErasure},
    };
    for (const auto& [kind, id] : letters) {
        INFO(pr::report::documentKindCode(kind).toStdString());
        DocumentRequest request = letter(kind, id, DocumentFormat::Html);
        if (kind == DocumentKind::AccessLetter) {
            request.activityIds = {kCustomers};
        }
        const QString html = QString::fromUtf8(demo.render(request));
        CHECK(html.startsWith(u"<!DOCTYPE html>"_s));
        CHECK(html.contains(u"Ons kenmerk"_s));
        CHECK(html.contains(u"Met vriendelijke groet"_s));
        request.format = DocumentFormat::Pdf;
        const pr::test::PdfFile pdf(demo.render(request));
        CHECK(pdf.info(u"Title"_s).contains(u"VZ-2026-"_s));
    }
    // A request about a client's data: the acknowledgement says who decides.
    const QString client =
        pdfText(demo.render(letter(DocumentKind::AcknowledgementLetter, kClientErasure)));
    CHECK(has(client, u"in opdracht van Tandartspraktijk Zonnehoek B.V."_s));
    CHECK(has(client, u"op 17 november 2026 aan Tandartspraktijk Zonnehoek B.V. doorgestuurd"_s));
}

TEST_CASE("a requester's name and address print as text, never as markup",
          "[document][letter][safety]")
{
    pr::test::DemoRegister demo;
    const QString hostile = u"<b>Jansen</b> </td> {{x}} R&D"_s;
    changeRequest(demo, kObjection, [&](pr::core::DataSubjectRequest& request) {
        request.requesterName = hostile;
        request.requesterContact = u"Dorpsstraat 1 <i>\n1234 AB {{requester.name}}"_s;
    });
    const QString html = QString::fromUtf8(
        demo.render(letter(DocumentKind::AcknowledgementLetter, kObjection, DocumentFormat::Html)));
    CHECK(html.contains(u"&lt;b&gt;Jansen&lt;/b&gt; &lt;/td&gt; {{x}} R&amp;D"_s));
    CHECK_FALSE(html.contains(u"<b>Jansen"_s));
    CHECK_FALSE(html.contains(u"R&D"_s));
    CHECK(html.contains(u"Dorpsstraat 1 &lt;i&gt;<br>"_s));
    CHECK(html.contains(u"1234 AB {{requester.name}}<br>"_s));

    const QString text =
        pdfText(demo.render(letter(DocumentKind::AcknowledgementLetter, kObjection)));
    CHECK(has(text, u"Geachte "_s + hostile + u','));
    CHECK(has(text, u"1234 AB {{requester.name}}"_s));
}

TEST_CASE("a letter that does not fit the request is refused with the reason", "[document][letter]")
{
    const pr::test::DemoRegister demo;
    // Not extended.
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::ExtensionLetter, kObjection));
          }).contains(u"has not been extended"_s));
    // Not an erasure request; an erasure request that is not answered.
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::ErasureLetter, kExtendedAccess));
          }).contains(u"is not a request for erasure"_s));
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::ErasureLetter, kRefusedErasure));
          }).contains(u"has not been answered yet"_s));
    // Not refused.
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::RefusalLetter, kExtendedAccess));
          }).contains(u"has not been refused"_s));
    // No identity check asked.
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::IdentificationLetter, kObjection));
          }).contains(u"no identity check"_s));
    // Access: not an access request; identity not yet proven; a client's request.
    DocumentRequest access = letter(DocumentKind::AccessLetter, kObjection);
    access.activityIds = {kCustomers};
    CHECK(reportError([&] { demo.render(access); }).contains(u"is not an access request"_s));
    access.requestId = kAwaitingIdentity;
    CHECK(reportError([&] { demo.render(access); }).contains(u"proof of identity"_s));
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::ErasureLetter, kClientErasure));
          }).contains(u"concerns a client's data"_s));
    // A request that is not in the register.
    CHECK_THROWS_AS(demo.render(letter(DocumentKind::AcknowledgementLetter, 99)),
                    pr::storage::MissingRecordError);
    // The message names the request by the firm's reference, so the user finds it.
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::ExtensionLetter, kObjection));
          }).contains(u"VZ-2026-06"_s));
}

TEST_CASE("validate refuses letters without a request, activities or in Markdown",
          "[document][letter]")
{
    using pr::report::DocumentRenderer;
    DocumentRequest noRequest = pr::test::request(DocumentKind::AcknowledgementLetter);
    CHECK_THROWS_AS(DocumentRenderer::validate(noRequest), pr::report::ReportError);

    DocumentRequest access = letter(DocumentKind::AccessLetter, kExtendedAccess);
    CHECK_THROWS_AS(DocumentRenderer::validate(access), pr::report::ReportError);
    access.activityIds = {kCustomers};
    CHECK_NOTHROW(DocumentRenderer::validate(access));
    access.format = DocumentFormat::Markdown;
    CHECK_THROWS_AS(DocumentRenderer::validate(access), pr::report::ReportError);

    DocumentRequest refusal = letter(DocumentKind::RefusalLetter, kRefusedErasure);
    refusal.activityIds = {kCustomers};
    CHECK_THROWS_AS(DocumentRenderer::validate(refusal), pr::report::ReportError);

    DocumentRequest english = letter(DocumentKind::RefusalLetter, kRefusedErasure);
    english.language = u"en"_s;
    CHECK_THROWS_AS(DocumentRenderer::validate(english), pr::report::ReportError);

    CHECK(DocumentRenderer::templateName(access) == u"brief-inzage.md"_s);
    access.format = DocumentFormat::Pdf;
    CHECK(DocumentRenderer::templateName(access) == u"brief-inzage.html"_s);
}

TEST_CASE("the letters offered for a request are those that fit it", "[document][letter]")
{
    const pr::test::DemoRegister demo;
    using pr::report::LetterEligibility;
    const auto lettersFor = [&](qint64 id) {
        return LetterEligibility::lettersFor(
            pr::storage::RequestRepository::find(demo.db(), id).value());
    };
    CHECK(lettersFor(kExtendedAccess) == QList<DocumentKind>{DocumentKind::AcknowledgementLetter,
                                                             DocumentKind::IdentificationLetter,
                                                             DocumentKind::ExtensionLetter,
                                                             DocumentKind::AccessLetter});
    CHECK(lettersFor(kRefusedErasure) == QList<DocumentKind>{DocumentKind::AcknowledgementLetter,
                                                             DocumentKind::IdentificationLetter,
                                                             DocumentKind::RefusalLetter});
    CHECK(lettersFor(kObjection) == QList<DocumentKind>{DocumentKind::AcknowledgementLetter});
    CHECK(lettersFor(kClientErasure) == QList<DocumentKind>{DocumentKind::AcknowledgementLetter});
}
