// What the letters to a data subject state as facts, and only as recorded facts: the processor's
// acknowledgement without a term of its own, the recipients by name, the refusal's ground, the
// decision date, the reasonable doubt of an identity request and what it does to the deadline,
// the back-up period of an erasure; and that the notes for the file never reach a letter. Read
// back from the PDF the person receives (pdftotext), as LetterDocumentTest does.

#include "core/domain/RefusalGround.h"
#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/ReportError.h"
#include "report/model/LetterEligibility.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/RequestRepository.h"

#include <QVariantList>
#include <QVariantMap>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::DataSubjectRequest;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::report::DocumentRequest;
using pr::test::compact;

namespace {

// Demo requests and activities (resources/demo/demo-register.json).
constexpr qint64 kAnsweredAccess = 1;   // A. Koster: access, answered on 24 July 2026
constexpr qint64 kRefusedErasure = 3;   // N. Dijkman: erasure, refused (art. 17(3)(b))
constexpr qint64 kObjection = 6;        // C. Hoekstra: objection, just received
constexpr qint64 kAwaitingIdentity = 8; // D. Kuiper: access, proof of identity asked
constexpr qint64 kClientErasure = 9;    // S. Yilmaz: erasure about client 1's data, forwarded
constexpr qint64 kExtendedAccess = 10;  // M. Verbeek: access, verified, extended
constexpr qint64 kCustomers = 11;       // Klantadministratie, served by Klantlijn Software B.V.

DocumentRequest letter(DocumentKind kind, qint64 requestId,
                       DocumentFormat format = DocumentFormat::Pdf)
{
    DocumentRequest request = pr::test::request(kind, format);
    request.requestId = requestId;
    if (kind == DocumentKind::AccessLetter) {
        request.activityIds = {kCustomers};
    }
    return request;
}

void changeRequest(pr::test::DemoRegister& demo, qint64 id,
                   const std::function<void(DataSubjectRequest&)>& change)
{
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto request = pr::storage::RequestRepository::find(db, id).value();
        change(request);
        pr::storage::RequestRepository::update(db, audit, request);
    });
}

void setBackupDays(pr::test::DemoRegister& demo, int days)
{
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto firm = pr::storage::OrganisationRepository::find(db).value();
        firm.backupOverwriteDays = days;
        pr::storage::OrganisationRepository::update(db, audit, firm);
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

QString reportError(const std::function<void()>& render)
{
    try {
        render();
    } catch (const pr::report::ReportError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

// Every text anywhere in a view model, for a search that no template can hide from.
void collectTexts(const QVariant& value, QStringList& texts)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            collectTexts(it.value(), texts);
        }
    } else if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant& item : value.toList()) {
            collectTexts(item, texts);
        }
    } else if (value.typeId() == QMetaType::QStringList) {
        texts += value.toStringList();
    } else if (value.canConvert<QString>()) {
        texts << value.toString();
    }
}

// The demo request ID as answered erasure, to print its confirmation.
void answerAsErasure(pr::test::DemoRegister& demo, qint64 id)
{
    changeRequest(demo, id, [](DataSubjectRequest& request) {
        request.status = pr::core::RequestStatus::Answered;
        request.refusalReason.clear();
        request.refusalGround.reset();
        request.answeredDate = QDate(2026, 9, 21);
        request.outcome = u"Uw contactgegevens zijn uit het CRM en de nieuwsbrieflijst gewist."_s;
        request.recipientsInformed = u"Klantlijn Software B.V."_s;
    });
}

} // namespace

TEST_CASE("a processor's acknowledgement states no term of its own and when it was forwarded",
          "[document][letter][checklist]")
{
    pr::test::DemoRegister demo;
    const QString text =
        pdfText(demo.render(letter(DocumentKind::AcknowledgementLetter, kClientErasure)));
    CHECK(has(text, u"in opdracht van Tandartspraktijk Zonnehoek B.V."_s));
    CHECK(has(text, u"beslist over uw verzoek"_s));
    CHECK(has(text, u"wij beantwoorden uw verzoek niet zelf"_s));
    CHECK(has(text, u"zoals wij in onze verwerkersovereenkomst met Tandartspraktijk Zonnehoek "
                    u"B.V. hebben afgesproken"_s));
    CHECK(has(text, u"op 17 november 2026 aan Tandartspraktijk Zonnehoek B.V. doorgestuurd"_s));
    CHECK(has(text, u"Het antwoord op uw verzoek krijgt u van Tandartspraktijk Zonnehoek B.V. "
                    u"zelf."_s));
    CHECK_FALSE(has(text, u"B.V.."_s));
    // No deadline of the firm's own: no date by which "we" answer, no promise, no extension.
    CHECK_FALSE(has(text, u"U ontvangt ons antwoord"_s));
    CHECK_FALSE(has(text, u"kortere termijn"_s));
    CHECK_FALSE(has(text, u"uiterlijk op"_s));
    CHECK_FALSE(has(text, u"16 december 2026"_s)); // one month from 16 November
    // The notes for the file ("Doorgestuurd naar de praktijk; …") are not the letter's.
    CHECK_FALSE(has(text, u"zodra de praktijk opdracht geeft"_s));

    // Extending the term is the client's decision too: no extension letter in the firm's name.
    changeRequest(demo, kClientErasure, [](DataSubjectRequest& request) {
        request.extension = pr::core::RequestExtension{QDate(2026, 11, 18), u"Veel systemen"_s};
    });
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::ExtensionLetter, kClientErasure));
          }).contains(u"concerns a client's data"_s));

    // Not yet forwarded: the letter would have to guess the date, so it is not offered.
    changeRequest(demo, kClientErasure,
                  [](DataSubjectRequest& request) { request.clientInformedDate = QDate(); });
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::AcknowledgementLetter, kClientErasure));
          }).contains(u"client informed"_s));
}

TEST_CASE("the access answer names the recipients by name", "[document][letter][checklist]")
{
    const pr::test::DemoRegister demo;
    const QString text = pdfText(demo.render(letter(DocumentKind::AccessLetter, kAnsweredAccess)));
    // The CRM supplier that processes the customer data for the firm (CJEU C-154/21), with
    // where the data is, and the recipients as the register records them.
    CHECK(has(text, u"Klantlijn Software B.V., CRM-pakket voor de klantadministratie (gegevens "
                    u"in Amsterdam, Nederland)"_s));
    CHECK(has(text, u"Leverancier van het CRM-pakket"_s));
    // The answer's date is the day it was decided, and the copy is said as recorded.
    CHECK(has(text, u"Datum besluit 24 juli 2026"_s));
    CHECK(has(text, u"per beveiligde e-mail, als PDF-bestand"_s));
}

TEST_CASE("the access answer states the copy and automated decisions only when recorded",
          "[document][letter]")
{
    pr::test::DemoRegister demo;
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto firm = pr::storage::OrganisationRepository::find(db).value();
        firm.statement.noAutomatedDecisions = false;
        firm.statement.automatedDecisions.clear();
        pr::storage::OrganisationRepository::update(db, audit, firm);
    });
    changeRequest(demo, kAnsweredAccess,
                  [](DataSubjectRequest& request) { request.copyProvided.clear(); });
    const QString text = pdfText(demo.render(letter(DocumentKind::AccessLetter, kAnsweredAccess)));
    CHECK_FALSE(has(text, u"Geautomatiseerde besluiten"_s));
    CHECK_FALSE(has(text, u"Een kopie van uw gegevens"_s));
    CHECK_FALSE(has(text, u"Bijlage"_s));
    CHECK(has(text, u"Klantadministratie"_s));
}

TEST_CASE("the refusal cites the ground chosen and the date of the decision",
          "[document][letter][checklist]")
{
    pr::test::DemoRegister demo;
    const QString text = pdfText(demo.render(letter(DocumentKind::RefusalLetter, kRefusedErasure)));
    CHECK(has(text, u"Op welke grond."_s));
    CHECK(has(text, u"Wij wijzen uw verzoek af omdat de verwerking nodig is om te voldoen aan een "
                    u"wettelijke verplichting"_s));
    CHECK(has(text, u"(artikel 17, derde lid, onder b, AVG)"_s));
    CHECK(has(text, u"Uw facturen vallen onder de fiscale bewaarplicht van zeven jaar"_s));
    CHECK(has(text, u"Datum besluit 21 september 2026"_s));
    CHECK(has(text, u"op 21 september 2026 besloten"_s));
    CHECK(has(text, u"Utrecht, 21 november 2026"_s));

    // Another ground, another citation; each ground words its own article.
    changeRequest(demo, kRefusedErasure, [](DataSubjectRequest& request) {
        request.refusalGround = pr::core::RefusalGround::LegalClaims;
    });
    const QString claims =
        pdfText(demo.render(letter(DocumentKind::RefusalLetter, kRefusedErasure)));
    CHECK(has(claims, u"rechtsvordering (artikel 17, derde lid, onder e, AVG)"_s));
    CHECK_FALSE(has(claims, u"derde lid, onder b"_s));

    // A refusal recorded before grounds were kept cites only its reasoning.
    changeRequest(demo, kRefusedErasure,
                  [](DataSubjectRequest& request) { request.refusalGround.reset(); });
    const QString none = pdfText(demo.render(letter(DocumentKind::RefusalLetter, kRefusedErasure)));
    CHECK_FALSE(has(none, u"Op welke grond"_s));
    CHECK(has(none, u"Waarom niet."_s));
    CHECK(has(none, u"Uw facturen vallen onder de fiscale bewaarplicht"_s));
}

TEST_CASE("every ground of refusal is worded in the refusal letter", "[document][letter]")
{
    pr::test::DemoRegister demo;
    for (const pr::core::RefusalGround ground : pr::core::enumValues<pr::core::RefusalGround>()) {
        INFO(pr::core::enumCode(ground).toStdString());
        // The demo refusal is about erasure; the grounds of other rights get a fitting right.
        changeRequest(demo, kRefusedErasure, [ground](DataSubjectRequest& request) {
            request.right = pr::core::DataSubjectRight::Erasure;
            if (!pr::core::refusalGroundFits(ground, request.right)) {
                request.right = ground == pr::core::RefusalGround::CompellingGrounds
                                    ? pr::core::DataSubjectRight::Objection
                                    : pr::core::DataSubjectRight::Access;
            }
            request.refusalGround = ground;
        });
        const QString html = QString::fromUtf8(demo.render(
            letter(DocumentKind::RefusalLetter, kRefusedErasure, DocumentFormat::Html)));
        // "omdat" followed by the ground's clause and its article, never an empty clause.
        CHECK(html.contains(u"Wij wijzen uw verzoek af omdat "_s));
        CHECK_FALSE(html.contains(u"omdat ."_s));
        CHECK(html.contains(u"AVG)."_s));
    }
}

TEST_CASE("the identification letter states the doubt and what it does to the deadline",
          "[document][letter][checklist]")
{
    pr::test::DemoRegister demo;
    const QString text =
        pdfText(demo.render(letter(DocumentKind::IdentificationLetter, kAwaitingIdentity)));
    CHECK(has(text, u"Waarom wij twijfelen."_s));
    CHECK(has(text, u"niet overeenkomt met het adres dat wij van u kennen"_s));
    CHECK(has(text, u"redelijke twijfel"_s));
    CHECK(has(text, u"artikel 12, zesde lid, AVG"_s));
    CHECK(has(text, u"Bevestig uw verzoek vanaf het e-mailadres dat bij ons bekend is"_s));
    // The program's rule: the deadline runs from receipt (30 October 2026) and is not
    // suspended while identity is awaited. One month: 30 November 2026, a Monday.
    CHECK(has(text, u"loopt vanaf de ontvangst van uw verzoek op 30 oktober 2026"_s));
    CHECK(has(text, u"schorten die termijn niet op"_s));
    CHECK(has(text, u"uiterlijk op 30 november 2026"_s));
    CHECK(has(text, u"artikel 11, tweede lid, en artikel 12, tweede lid, AVG"_s));
    CHECK(has(text, u"Datum besluit 2 november 2026"_s));

    // Without what is asked, the letter proposes to agree on it and asserts no way of its own.
    changeRequest(demo, kAwaitingIdentity,
                  [](DataSubjectRequest& request) { request.identityProofAsked.clear(); });
    const QString open =
        pdfText(demo.render(letter(DocumentKind::IdentificationLetter, kAwaitingIdentity)));
    CHECK(has(open, u"dan spreken wij met u af hoe u uw identiteit het eenvoudigst bevestigt"_s));
    CHECK_FALSE(has(open, u"op ons kantoor"_s));

    // Without the doubt, there is no letter: art. 12(6) asks for it.
    changeRequest(demo, kAwaitingIdentity,
                  [](DataSubjectRequest& request) { request.identityDoubt.clear(); });
    CHECK(reportError([&] {
              demo.render(letter(DocumentKind::IdentificationLetter, kAwaitingIdentity));
          }).contains(u"reasonable doubt"_s));
}

TEST_CASE("the erasure letter states the back-up period only when it is recorded",
          "[document][letter][checklist]")
{
    pr::test::DemoRegister demo;
    answerAsErasure(demo, kRefusedErasure);
    const QString recorded =
        pdfText(demo.render(letter(DocumentKind::ErasureLetter, kRefusedErasure)));
    CHECK(has(recorded, u"Onze back-ups worden na 30 dagen overschreven."_s));
    CHECK(has(recorded, u"Datum besluit 21 september 2026"_s));
    CHECK(has(recorded, u"op 21 september 2026 hebben afgehandeld"_s));
    CHECK(has(recorded, u"Wij hebben de verwijdering doorgegeven aan de ontvangers aan wie wij uw "
                        u"gegevens eerder hadden verstrekt (artikel 19 AVG). Dat zijn: Klantlijn "
                        u"Software B.V."_s));

    setBackupDays(demo, 0);
    changeRequest(demo, kRefusedErasure,
                  [](DataSubjectRequest& request) { request.recipientsInformed.clear(); });
    const QString unknown =
        pdfText(demo.render(letter(DocumentKind::ErasureLetter, kRefusedErasure)));
    CHECK_FALSE(has(unknown, u"back-up"_s));
    CHECK_FALSE(has(unknown, u"overschreven"_s));
    CHECK_FALSE(has(unknown, u"doorgegeven aan"_s));
    CHECK(has(unknown, u"artikel 19 AVG"_s));
    CHECK(has(unknown, u"U kunt ons vragen wie die ontvangers zijn."_s));
}

TEST_CASE("notes for the file are in no letter and in no letter's view model",
          "[document][letter][safety]")
{
    pr::test::DemoRegister demo;
    const QString marker = u"INTERNE-NOTITIE-7731"_s;
    const QList<DataSubjectRequest> requests = pr::storage::RequestRepository::all(demo.db());
    for (const DataSubjectRequest& stored : requests) {
        changeRequest(demo, stored.id, [&](DataSubjectRequest& request) {
            request.notes = marker + u" vertrouwelijk"_s;
        });
    }
    // An answered erasure and a refused objection too, so that all six letters are made.
    answerAsErasure(demo, kRefusedErasure);
    changeRequest(demo, kObjection, [](DataSubjectRequest& request) {
        request.status = pr::core::RequestStatus::Refused;
        request.answeredDate = QDate(2026, 11, 20);
        request.refusalReason = u"De beveiliging van het netwerk gaat voor."_s;
        request.refusalGround = pr::core::RefusalGround::CompellingGrounds;
    });
    QList<DocumentKind> made;
    for (const DataSubjectRequest& stored : pr::storage::RequestRepository::all(demo.db())) {
        for (const DocumentKind kind : pr::report::LetterEligibility::lettersFor(stored)) {
            INFO(pr::report::documentKindCode(kind).toStdString() << " for request " << stored.id);
            DocumentRequest request = letter(kind, stored.id, DocumentFormat::Html);
            QStringList texts;
            collectTexts(
                pr::report::DocumentRenderer(demo.db(), demo.clock(), pr::report::TemplateLibrary())
                    .viewModel(request),
                texts);
            CHECK_FALSE(texts.join(u'\n').contains(marker));
            CHECK_FALSE(QString::fromUtf8(demo.render(request)).contains(marker));
            request.format = DocumentFormat::Pdf;
            CHECK_FALSE(pdfText(demo.render(request)).contains(marker));
            if (!made.contains(kind)) {
                made.append(kind);
            }
        }
    }
    CHECK(made.size() == 6);
}

TEST_CASE("each letter carries the date of the decision it communicates", "[document][letter]")
{
    const pr::test::DemoRegister demo;
    const auto decision = [&](DocumentKind kind, qint64 id) {
        return pdfText(demo.render(letter(kind, id)));
    };
    // The extension was told on 16 October; the acknowledgement decides nothing.
    CHECK(has(decision(DocumentKind::ExtensionLetter, kExtendedAccess),
              u"Datum besluit 16 oktober 2026"_s));
    CHECK_FALSE(has(decision(DocumentKind::AcknowledgementLetter, kObjection), u"Datum besluit"_s));
    // An access answer not yet recorded is decided by the letter itself, today.
    CHECK(has(decision(DocumentKind::AccessLetter, kExtendedAccess),
              u"Datum besluit 21 november 2026"_s));
}
