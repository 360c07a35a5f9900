// The breach documents, read back from the PDF through pdftotext: the notification to the AP
// in the order of its form, the notification to the client (art. 33(3)), the letter to the
// people affected (art. 34(2)) and the register of breaches (art. 33(5)). Each states every
// fact the record holds and says "onbekend" or "nog in onderzoek" where it holds none. The demo
// register's breaches: DL-2026-01 (own data, reported in two phases), DL-2026-02 (own data,
// not reported: no risk) and DL-2026-03 (a client's data, Lindeboom, 24-hour window).

#include "report/DocumentTestSupport.h"
#include "report/ReportError.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::report::DocumentRequest;
using pr::test::compact;

namespace {

constexpr qint64 kPhishing = 1;
constexpr qint64 kWrongInvoice = 2;
constexpr qint64 kRansomware = 3;

DocumentRequest notification(DocumentKind kind, qint64 breachId,
                             DocumentFormat format = DocumentFormat::Pdf)
{
    DocumentRequest request = pr::test::request(kind, format);
    request.breachId = breachId;
    return request;
}

bool has(const QString& compactText, const QString& phrase)
{
    return compactText.contains(compact(phrase));
}

// Whether the HTML of a document has the table row LABEL: VALUE. A PDF reader extracts a
// table's cells in an order that need not pair a wrapped label with its value; the HTML the
// PDF is laid out from does.
bool hasRow(const QString& html, const QString& label, const QString& value)
{
    return html.contains(u"<tr><td class=\"label\">"_s + label + u"</td><td>"_s + value +
                         u"</td></tr>"_s);
}

// A breach just discovered, of the firm's own data, with nothing known yet but what happened.
qint64 addFreshBreach(pr::test::DemoRegister& demo, const QString& description)
{
    qint64 id = 0;
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        pr::core::Breach breach;
        breach.reference = u"DL-2026-04"_s;
        breach.discoveredAt =
            QDateTime(QDate(2026, 11, 20), QTime(17, 0), QTimeZone("Europe/Amsterdam"));
        breach.description = description;
        id = pr::storage::BreachRepository::insert(db, audit, breach);
    });
    return id;
}

} // namespace

TEST_CASE("The notification to the AP follows the AP's form in order, with every fact of the "
          "record",
          "[document][breach]")
{
    pr::test::DemoRegister demo;
    const QString text = pr::test::compactBodyText(
        demo.render(notification(DocumentKind::BreachNotificationAp, kPhishing)), false);
    const QStringList sections{u"1. Soort melding"_s,
                               u"2. Gegevens van de organisatie en contactpersoon"_s,
                               u"3. Tijdlijn"_s,
                               u"4. Wat is er gebeurd"_s,
                               u"5. Om welke persoonsgegevens en personen gaat het"_s,
                               u"6. Beveiliging van de gegevens vóór het datalek"_s,
                               u"7. Gevolgen"_s,
                               u"8. Vervolgacties"_s,
                               u"9. Internationale aspecten"_s};
    qsizetype previous = -1;
    for (const QString& section : sections) {
        const qsizetype at = text.indexOf(compact(section));
        INFO(section.toStdString());
        CHECK(at > previous);
        previous = at;
    }
    CHECK(has(text, u"Aanvulling op een eerdere melding (meldnummer AP: M-2026-0417)"_s));
    CHECK(has(text, u"Voorlopige melding"_s));
    CHECK(has(text, u"10 maart 2026, 16:05: eerste melding, voorlopig"_s));
    CHECK(has(text, u"Voorbeeld IT-beheer B.V."_s));
    CHECK(has(text, u"S. Kramer, contactpersoon privacy"_s));
    CHECK(has(text, u"R. Aydın, systeembeheerder"_s));
    CHECK(has(text, u"Ontdekt op 9 maart 2026, 08:40"_s));
    CHECK(has(text, u"Begonnen op 9 maart 2026, 06:15"_s));
    CHECK(has(text, u"Beëindigd op 9 maart 2026, 08:55"_s));
    CHECK(has(text, u"Hacking, malware (zoals ransomware) of phishing"_s));
    CHECK(has(text, u"vulde zijn wachtwoord in op een nagemaakte inlogpagina"_s));
    CHECK(has(text, u"tweefactorauthenticatie stond voor dit account nog niet aan"_s));
    CHECK(has(text, u"NAW-gegevens"_s));
    CHECK(has(text, u"Contactpersonen van klanten"_s));
    CHECK(has(text, u"minimaal 340, maximaal 400"_s));
    CHECK(has(text, u"minimaal 1.900, maximaal 2.100"_s));
    CHECK(has(text, u"alleen met een wachtwoord beveiligd"_s));
    CHECK(has(text, u"Vertrouwelijkheid aangetast Ja"_s));
    CHECK(has(text, u"Gerichte phishingberichten"_s));
    CHECK(has(text, u"Risico voor de betrokkenen. Contactgegevens en correspondentie"_s));
    CHECK(has(text, u"tweefactorauthenticatie afgedwongen"_s));
    CHECK(has(text, u"Phishingtraining voor alle medewerkers"_s));
    CHECK(has(text, u"Ja, op 11 maart 2026, Per e-mail aan alle betrokken contactpersonen"_s));
    CHECK(has(text, u"Betrokkenen in andere EU-landen Niet vastgesteld"_s));
    // Everything is known: nothing is said to be still under investigation.
    CHECK_FALSE(has(text, u"Nog in onderzoek"_s));
    CHECK_FALSE(has(text, u"onbekend, nog in onderzoek"_s));
    const QString html = QString::fromUtf8(demo.render(
        notification(DocumentKind::BreachNotificationAp, kPhishing, DocumentFormat::Html)));
    CHECK(hasRow(html, u"Versleuteld, gehasht of anderszins onbegrijpelijk"_s, u"Nee"_s));
    CHECK(hasRow(html, u"Intern gemeld door"_s, u"R. Aydın, systeembeheerder"_s));
}

TEST_CASE("What the record does not hold yet, the AP notification calls unknown or still "
          "being investigated",
          "[document][breach]")
{
    pr::test::DemoRegister demo;
    const qint64 fresh = addFreshBreach(demo, u"USB-stick met een ledenlijst verloren"_s);
    const QString text = pr::test::compactBodyText(
        demo.render(notification(DocumentKind::BreachNotificationAp, fresh)), false);
    // Discovered on Friday 20 November 17:00: 72 hours later is Monday 23 November 17:00.
    CHECK(has(text, u"Uiterste meldmoment: 23 november 2026, 17:00"_s));
    CHECK(has(text, u"Nieuwe melding"_s));
    CHECK(has(text, u"Voorlopige melding"_s));
    CHECK(has(text, u"Begonnen op onbekend, nog in onderzoek"_s));
    CHECK(has(text, u"Beëindigd op onbekend, nog in onderzoek"_s));
    CHECK(has(text, u"Soort datalek Nog in onderzoek."_s));
    CHECK(has(text, u"Oorzaak Nog in onderzoek."_s));
    CHECK(has(text, u"onbekend"_s));
    // Each unknown beside its question, as the HTML the PDF is made from pairs them.
    const QString html = QString::fromUtf8(
        demo.render(notification(DocumentKind::BreachNotificationAp, fresh, DocumentFormat::Html)));
    CHECK(hasRow(html, u"Intern gemeld door"_s, u"onbekend"_s));
    CHECK(hasRow(html, u"Soorten persoonsgegevens"_s, u"nog in onderzoek"_s));
    CHECK(hasRow(html, u"Groepen betrokkenen"_s, u"nog in onderzoek"_s));
    CHECK(hasRow(html, u"Aantal betrokkenen (bij benadering)"_s, u"onbekend, nog in onderzoek"_s));
    CHECK(hasRow(html, u"Aantal records (bij benadering)"_s, u"onbekend, nog in onderzoek"_s));
    CHECK(hasRow(html, u"Versleuteld, gehasht of anderszins onbegrijpelijk"_s,
                 u"Onbekend, nog in onderzoek"_s));
    CHECK(hasRow(html, u"Mogelijke gevolgen voor de betrokkenen"_s, u"Nog in onderzoek."_s));
    CHECK(hasRow(html, u"Risicobeoordeling"_s, u"Nog in onderzoek"_s));
    CHECK(hasRow(html, u"Maatregelen genomen"_s, u"Nog in onderzoek."_s));
    CHECK(hasRow(html, u"Maatregelen gepland"_s, u"Nog in onderzoek."_s));
    CHECK(hasRow(html, u"Betrokkenen geïnformeerd"_s, u"Nog niet besloten."_s));
}

TEST_CASE("A breach of a client's data gives a notification to the client, never one to the AP",
          "[document][breach]")
{
    pr::test::DemoRegister demo;
    CHECK_THROWS_AS(demo.render(notification(DocumentKind::BreachNotificationAp, kRansomware)),
                    pr::report::ReportError);
    CHECK_THROWS_AS(
        demo.render(notification(DocumentKind::BreachNotificationSubjects, kRansomware)),
        pr::report::ReportError);
    CHECK_THROWS_AS(demo.render(notification(DocumentKind::BreachNotificationClient, kPhishing)),
                    pr::report::ReportError);
    DocumentRequest otherClient = notification(DocumentKind::BreachNotificationClient, kRansomware);
    otherClient.clientId = pr::test::kZonnehoek;
    CHECK_THROWS_AS(demo.render(otherClient), pr::report::ReportError);

    const QString text = pr::test::compactBodyText(
        demo.render(notification(DocumentKind::BreachNotificationClient, kRansomware)), false);
    CHECK(has(text, u"Lindeboom Accountants B.V."_s));
    CHECK(has(text, u"artikel 33, tweede lid, AVG"_s));
    // Lindeboom's agreement starts on 1 December 2026: at the discovery none was in force, so
    // the letter names no window of an agreement.
    CHECK_FALSE(has(text, u"volgens de overeenkomst"_s));
    // Art. 33(3)(a): the nature, the categories and approximate numbers of people and records.
    CHECK(has(text, u"Hacking, malware (zoals ransomware) of phishing"_s));
    CHECK(has(text, u"Persoonsgegevens verloren gegaan, vernietigd of niet meer beschikbaar"_s));
    CHECK(has(text, u"Inhoud van mailboxen en bestanden"_s));
    CHECK((has(text, u"Burgerservicenummer"_s) || has(text, u"BSN"_s)));
    CHECK(has(text, u"Klanten van klanten"_s));
    CHECK(has(text, u"minimaal 1.200, maximaal 1.500"_s));
    CHECK(has(text, u"onbekend, nog in onderzoek"_s));
    CHECK(hasRow(QString::fromUtf8(demo.render(notification(DocumentKind::BreachNotificationClient,
                                                            kRansomware, DocumentFormat::Html))),
                 u"Aantal records (bij benadering)"_s, u"onbekend, nog in onderzoek"_s));
    // (b) the contact point, (c) the likely consequences, (d) the measures.
    CHECK(has(text, u"Uw aanspreekpunt bij ons voor dit datalek is"_s));
    CHECK(has(text, u"privacy@voorbeeld-it.example"_s));
    CHECK(has(text, u"Tijdelijk geen toegang tot dossiers"_s));
    CHECK(has(text, u"bestanden teruggezet uit de back-up"_s));
    CHECK(has(text, u"Bijlagen met macro's blokkeren"_s));
    // What the client decides, and that the firm does not report to the AP itself.
    CHECK(has(text, u"U beslist of dit datalek bij de Autoriteit Persoonsgegevens wordt gemeld"_s));
    CHECK(has(text, u"Wij melden het datalek niet zelf bij de Autoriteit Persoonsgegevens"_s));
    CHECK_FALSE(has(text, u"Uiterste meldmoment"_s));

    // With the agreement in force since January: its window of 24 hours from the discovery on
    // 14 September, 07:55.
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto agreement = pr::storage::AgreementRepository::find(db, 2).value();
        agreement.startDate = QDate(2026, 1, 1);
        pr::storage::AgreementRepository::update(db, audit, agreement);
    });
    const QString inForce = pr::test::compactBodyText(
        demo.render(notification(DocumentKind::BreachNotificationClient, kRansomware)), false);
    CHECK(has(inForce, u"volgens de overeenkomst uiterlijk 24 uur na de ontdekking, dus vóór "
                       u"15 september 2026, 07:55"_s));
}

TEST_CASE("The letter to the people affected states what art. 34(2) asks, in plain words",
          "[document][breach]")
{
    pr::test::DemoRegister demo;
    const QString text = pr::test::compactBodyText(
        demo.render(notification(DocumentKind::BreachNotificationSubjects, kPhishing)), false);
    CHECK(has(text, u"Wat is er gebeurd?"_s));
    CHECK(has(text, u"vulde zijn wachtwoord in op een nagemaakte inlogpagina"_s));
    CHECK(has(text, u"Om welke gegevens gaat het?"_s));
    CHECK(has(text, u"Correspondentie"_s));
    CHECK(has(text, u"Wat kan dit voor u betekenen?"_s));
    CHECK(has(text, u"Gerichte phishingberichten"_s));
    CHECK(has(text, u"Wat hebben wij gedaan?"_s));
    CHECK(has(text, u"tweefactorauthenticatie afgedwongen"_s));
    CHECK(has(text, u"gemeld bij de Autoriteit Persoonsgegevens"_s));
    CHECK(has(text, u"Wees de komende tijd extra alert"_s));
    CHECK(has(text, u"S. Kramer, contactpersoon privacy, privacy@voorbeeld-it.example"_s));
    CHECK(has(text, u"ons kenmerk DL-2026-01"_s));

    // Nothing known yet but what happened: the letter says so instead of inventing it.
    const qint64 fresh = addFreshBreach(demo, u"USB-stick met een ledenlijst verloren"_s);
    const QString early = pr::test::compactBodyText(
        demo.render(notification(DocumentKind::BreachNotificationSubjects, fresh)), false);
    CHECK(has(early, u"Welke gegevens het precies zijn, zoeken wij nog uit."_s));
    CHECK(has(early, u"Wat de gevolgen voor u kunnen zijn, zoeken wij nog uit."_s));
    CHECK(has(early, u"Wij onderzoeken nog welke maatregelen nodig zijn."_s));
    CHECK_FALSE(has(early, u"gemeld bij de Autoriteit Persoonsgegevens, de toezichthouder"_s));
}

TEST_CASE("The register of breaches lists every breach, reported or not", "[document][breach]")
{
    pr::test::DemoRegister demo;
    const QString text = pr::test::compactBodyText(
        demo.render(pr::test::request(DocumentKind::BreachRegister)), false);
    CHECK(has(text, u"artikel 33, vijfde lid, AVG"_s));
    CHECK(has(text, u"Aantal datalekken: 3, waarvan 1 gemeld"_s));
    CHECK(has(text, u"Datalek DL-2026-01"_s));
    CHECK(has(text, u"Gemeld (meldnummer M-2026-0417)"_s));
    CHECK(has(text, u"Datalek DL-2026-02"_s));
    CHECK(has(text, u"Niet gemeld. Reden: Geen risico voor de betrokkene"_s));
    CHECK(has(text, u"Nee: geen hoog risico (artikel 34, eerste lid, AVG)"_s));
    CHECK(has(text, u"Datalek DL-2026-03"_s));
    CHECK(has(text, u"Verwerker voor Lindeboom Accountants B.V."_s));
    CHECK(has(text, u"Niet door ons: de klant beslist"_s));
    CHECK(has(text, u"Klant geïnformeerd 14 september 2026, 09:20"_s));
    // Oldest first.
    CHECK(text.indexOf(compact(u"Datalek DL-2026-01"_s)) <
          text.indexOf(compact(u"Datalek DL-2026-03"_s)));
}

TEST_CASE("User text in the breach documents is escaped", "[document][breach]")
{
    pr::test::DemoRegister demo;
    const qint64 id = addFreshBreach(demo, u"<b>vet</b> & \"<script>alert(1)</script>\""_s);
    for (const DocumentKind kind :
         {DocumentKind::BreachNotificationAp, DocumentKind::BreachNotificationSubjects}) {
        const QString html =
            QString::fromUtf8(demo.render(notification(kind, id, DocumentFormat::Html)));
        CHECK(html.contains(u"&lt;b&gt;vet&lt;/b&gt; &amp;"_s));
        CHECK_FALSE(html.contains(u"<b>vet</b>"_s));
        CHECK_FALSE(html.contains(u"<script>"_s));
    }
    const QString html = QString::fromUtf8(
        demo.render(pr::test::request(DocumentKind::BreachRegister, DocumentFormat::Html)));
    CHECK(html.contains(u"&lt;b&gt;vet&lt;/b&gt;"_s));
    CHECK_FALSE(html.contains(u"<script>"_s));
}
