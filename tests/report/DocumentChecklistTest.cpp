// The legal checklists of docs/templates.md (from domain.md, "What the law asks of the
// documents"), checked on the text a PDF reader extracts from each document of the demo
// register: every item must be there in words a reader can find. Each table row names the
// item and the phrases that show it is covered; a template edit that drops an item fails here.

#include "report/DocumentTestSupport.h"
#include "storage/repositories/ActivityRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::compact;

namespace {

struct ChecklistItem {
    const char* item;
    QStringList phrases;
};

void checkItems(const QString& compactText, const QList<ChecklistItem>& items)
{
    for (const ChecklistItem& entry : items) {
        for (const QString& phrase : entry.phrases) {
            INFO(entry.item << ": \"" << phrase.toStdString() << '"');
            CHECK(compactText.contains(compact(phrase)));
        }
    }
}

} // namespace

TEST_CASE("the privacy statement covers every item of art. 13 and 14", "[document][checklist]")
{
    const pr::test::DemoRegister demo;
    const QString text = pr::test::compactBodyText(
        demo.render(pr::test::request(DocumentKind::PrivacyStatement)), false);

    checkItems(
        text,
        {
            {"13(1)(a) identity and contact details",
             {u"Voorbeeld IT-beheer B.V."_s, u"Voorbeeldsingel 12"_s, u"3512 XA Utrecht"_s,
              u"info@voorbeeld-it.example"_s, u"030 700 12 34"_s, u"KvK-nummer: 99887766"_s}},
            {"13(1)(b) contact details of the DPO or privacy contact",
             {u"Contactpersoon voor privacyvragen"_s, u"S. Kramer"_s,
              u"privacy@voorbeeld-it.example"_s,
              u"Wij hebben geen functionaris voor gegevensbescherming (FG) aangesteld"_s}},
            {"13(1)(c) purposes and their legal basis",
             {u"Waarvoor wij uw gegevens gebruiken en op welke grondslag"_s,
              u"Facturen versturen en betalingen verwerken"_s,
              u"Daarnaast: Wettelijke verplichting (artikel 6, eerste lid, onder c, AVG)"_s,
              u"Uitvoering van een overeenkomst (artikel 6, eerste lid, onder b, AVG)"_s,
              u"Toestemming (artikel 6, eerste lid, onder a, AVG)"_s}},
            {"13(1)(d) the legitimate interests relied on",
             {u"Ons gerechtvaardigd belang"_s,
              u"Een veilige, werkende website en inzicht in welke pagina's worden gelezen"_s}},
            {"13(1)(e) recipients",
             {u"Met wie wij gegevens delen"_s, u"Belastingdienst"_s, u"Externe accountant"_s}},
            {"13(1)(f) transfers outside the EEA and their safeguards",
             {u"Gegevens buiten de Europese Economische Ruimte"_s, u"Verenigde Staten"_s,
              u"Adequaatheidsbesluit"_s}},
            {"13(2)(a) retention periods",
             {u"Hoe lang wij gegevens bewaren"_s, u"7 jaar na einde boekjaar"_s,
              u"fiscale bewaarplicht (art. 52 AWR)"_s}},
            {"13(2)(b) access, rectification, erasure, restriction, objection, portability",
             {u"Inzage"_s, u"Rectificatie"_s, u"Verwijdering"_s, u"Beperking"_s, u"Bezwaar"_s,
              u"Overdraagbaarheid"_s}},
            {"13(2)(c) withdrawal of consent", {u"Intrekken van toestemming"_s}},
            {"13(2)(d) complaint to the Autoriteit Persoonsgegevens",
             {u"klacht in te dienen bij de Autoriteit Persoonsgegevens"_s}},
            {"13(2)(e) whether providing the data is required, and the consequences",
             {u"Verplicht?"_s, u"De wet verplicht ons deze gegevens te verwerken"_s,
              u"nodig om een overeenkomst met u te sluiten of uit te voeren"_s,
              u"U bent niet verplicht deze gegevens te verstrekken"_s}},
            {"13(2)(f) automated decision-making, including profiling",
             {u"Geautomatiseerde besluitvorming"_s, u"profilering"_s}},
            {"14(1)(d) categories of personal data",
             {u"Welke persoonsgegevens wij verwerken"_s, u"NAW-gegevens"_s,
              u"Bankrekeningnummer"_s}},
            {"14(2)(f) the source of the data", {u"Herkomst"_s, u"Van uzelf."_s}},
            {"shape: security", {u"Beveiliging"_s, u"Tweefactorauthenticatie"_s}},
            {"shape: cookies, as the firm lists them (art. 11.7a Telecommunicatiewet)",
             {u"Cookies."_s, u"voorbeeld_sessie"_s, u"_pk_id"_s, u"13 maanden"_s,
              u"artikel 11.7a, derde lid, Telecommunicatiewet"_s}},
            {"shape: minors", {u"Kinderen."_s, u"jonger dan 16 jaar"_s}},
            {"shape: how to exercise the rights, the identity check and the deadline",
             {u"Een verzoek stuurt u naar privacy@voorbeeld-it.example"_s,
              u"uw identiteit aan te tonen"_s, u"binnen 4 weken na ontvangst"_s}},
            {"shape: date of the last update", {u"bijgewerkt op 21 november 2026"_s}},
        });
}

TEST_CASE("the privacy statement names the other source and its data (art. 14)",
          "[document][checklist]")
{
    pr::test::DemoRegister demo;
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto activity = pr::storage::ActivityRepository::find(db, 11).value();
        activity.source = pr::core::DataSource::OtherSource;
        activity.sourceDescription = u"Het KvK-handelsregister"_s;
        pr::storage::ActivityRepository::update(db, audit, activity);
    });
    const QString text = pr::test::compactBodyText(
        demo.render(pr::test::request(DocumentKind::PrivacyStatement)), false);
    checkItems(text, {{"14(2)(f) source",
                       {u"Gegevens die wij niet van u zelf krijgen"_s, u"Het KvK-handelsregister"_s,
                        u"artikel 14 AVG"_s}},
                      {"14(1)(d) categories of that data", {u"Klantadministratie:"_s}}});
    CHECK_FALSE(text.contains(compact(u"Alle persoonsgegevens in deze verklaring krijgen"_s)));
}

TEST_CASE("the DPA covers every item of art. 28(3)", "[document][checklist]")
{
    const pr::test::DemoRegister demo;
    const QString text = pr::test::compactBodyText(
        demo.render(
            pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kZonnehoek)),
        true);

    checkItems(
        text, {
                  {"parties: the controller",
                   {u"Tandartspraktijk Zonnehoek B.V."_s, u"Zonnehoekplein 3"_s,
                    u"3824 BK Amersfoort"_s, u"61234578"_s, u"dr. L. Vermeulen, praktijkhouder"_s,
                    u"hierna: Verwerkingsverantwoordelijke"_s}},
                  {"parties: the processor",
                   {u"Voorbeeld IT-beheer B.V."_s, u"Voorbeeldsingel 12"_s, u"99887766"_s,
                    u"M. de Boer, directeur"_s, u"hierna: Verwerker"_s}},
                  {"definitions", {u"Artikel 1 – Begrippen"_s}},
                  {"subject matter",
                   {u"Onderwerp, aard en doel van de verwerking"_s, u"Beheer op afstand"_s,
                    u"Reparatie van apparatuur"_s}},
                  {"duration, tied to the main agreement",
                   {u"Artikel 3 – Duur en einde"_s, u"1 maart 2025"_s,
                    u"Overeenkomst van opdracht ICT-beheer en back-up"_s,
                    u"zolang de Hoofdovereenkomst geldt"_s}},
                  {"nature and purpose",
                   {u"De aard van de verwerking"_s, u"Onderhoud en beheer van servers"_s}},
                  {"type of personal data", {u"soorten persoonsgegevens"_s, u"NAW-gegevens"_s}},
                  {"categories of data subjects",
                   {u"categorieën betrokkenen"_s, u"Medewerkers van klanten"_s}},
                  {"the controller's rights and obligations",
                   {u"Rechten en plichten van Verwerkingsverantwoordelijke"_s,
                    u"heeft het recht Verwerker instructies te geven"_s}},
                  {"(a) only on documented instructions, transfers included",
                   {u"uitsluitend op grond van schriftelijke instructies"_s,
                    u"Dat geldt ook voor het doorgeven van persoonsgegevens aan een land buiten de "
                    "Europese Economische Ruimte"_s}},
                  {"(a) transfers with their safeguard",
                   {u"Verenigde Staten"_s, u"Standaardcontractbepalingen (SCC)"_s}},
                  {"(b) confidentiality of the people processing",
                   {u"Geheimhouding"_s, u"schriftelijk tot geheimhouding is verplicht"_s}},
                  {"(c) the security measures of art. 32",
                   {u"artikel 32 AVG"_s, u"Bijlage 2: Beveiligingsmaatregelen"_s}},
                  {"(d) sub-processors: authorisation, notice, objection, same duties",
                   {u"algemene schriftelijke toestemming"_s, u"ten minste 30 dagen vooraf"_s,
                    u"bezwaar maken"_s, u"dezelfde verplichtingen"_s,
                    u"volledig aansprakelijk voor de nakoming"_s}},
                  {"(e) assistance with data-subject requests",
                   {u"Verzoeken van betrokkenen"_s, u"bij het beantwoorden van verzoeken"_s}},
                  {"(f) assistance with art. 32–36: security, breaches, DPIA, prior consultation",
                   {u"artikelen 32 tot en met 36 AVG"_s, u"gegevensbeschermingseffectbeoordeling"_s,
                    u"voorafgaande raadpleging"_s, u"binnen 24 uur nadat hij het heeft ontdekt"_s}},
                  {"(g) deletion or return at the end",
                   {u"teruggave en verwijdering"_s, u"binnen 30 dagen"_s, u"alle kopieën"_s}},
                  {"(h) information to demonstrate compliance, and audits",
                   {u"alle informatie beschikbaar"_s, u"audit of inspectie"_s,
                    u"ten hoogste eenmaal per 12 maanden"_s}},
                  {"an instruction that infringes the law is reported",
                   {u"in strijd met de AVG"_s, u"onmiddellijk in kennis"_s}},
                  {"liability", {u"Aansprakelijkheid"_s, u"€ 100.000 per gebeurtenis"_s}},
                  {"duration and termination",
                   {u"Einde van de verwerking"_s, u"ontbinden"_s, u"faillissement"_s}},
                  {"applicable law and disputes",
                   {u"Nederlands recht"_s, u"Toepasselijk recht en geschillen"_s}},
                  {"signature block for both parties",
                   {u"Ondertekening"_s, u"Naam: dr. L. Vermeulen"_s, u"Functie: praktijkhouder"_s,
                    u"Datum: 24 februari 2025"_s, u"Plaats: Amersfoort"_s, u"Naam: M. de Boer"_s,
                    u"Datum: 17 februari 2025"_s, u"Plaats: Utrecht"_s}},
                  // Its seven column headers: DpaDocumentTest, on the table as Qt lays it out.
                  {"Bijlage 1", {u"Bijlage 1: Overzicht van de verwerkingen"_s}},
                  {"Bijlage 2 grouped by category",
                   {u"Technische maatregelen"_s, u"Organisatorische maatregelen"_s,
                    u"Fysieke maatregelen"_s, u"Netwerk-, server- en applicatiebeveiliging"_s,
                    u"Geplande maatregelen"_s}},
                  {"sub-processors with country and safeguard",
                   {u"Bijlage 3: Subverwerkers"_s, u"Skywatch Monitoring Inc."_s,
                    u"Buiten de EER: Standaardcontractbepalingen (SCC)"_s,
                    u"doorgiftetoets van 3 maart 2025"_s, u"Datenhafen Sicherung GmbH"_s,
                    u"Duitsland"_s, u"Binnen de EER"_s}},
              });
}

TEST_CASE("the register covers every field of art. 30(1) and 30(2)", "[document][checklist]")
{
    const pr::test::DemoRegister demo;
    const QString text = pr::test::compactBodyText(
        demo.render(pr::test::request(DocumentKind::ProcessingRegister)), false);

    checkItems(
        text,
        {
            {"30(1)(a) name and contact details of the controller and its privacy contact",
             {u"Gegevens van de organisatie"_s, u"Voorbeeld IT-beheer B.V."_s,
              u"info@voorbeeld-it.example"_s, u"Privacycontactpersoon"_s, u"S. Kramer"_s}},
            {"30(1) legal bases, more than one where the processing rests on more",
             {u"Grondslag"_s, u"daarnaast: Wettelijke verplichting (artikel 6, eerste lid, onder "
                              u"c, AVG)"_s}},
            {"30(1)(b) purposes",
             {u"Deel A – Verwerkingen als verwerkingsverantwoordelijke"_s, u"Doeleinden"_s,
              u"Facturen versturen en betalingen verwerken"_s}},
            {"30(1)(c) categories of data subjects and of personal data",
             {u"Categorieën betrokkenen"_s, u"Categorieën persoonsgegevens"_s,
              u"Nieuwsbriefabonnees"_s}},
            {"30(1)(d) categories of recipients",
             {u"Categorieën ontvangers"_s, u"Belastingdienst"_s}},
            {"30(1)(e) transfers and their safeguards",
             {u"Doorgifte buiten de EER"_s, u"Leverancier van de nieuwsbriefdienst, Verenigde "
                                            "Staten: Adequaatheidsbesluit"_s}},
            {"30(1)(f) time limits for erasure",
             {u"Bewaartermijn"_s, u"7 jaar na einde boekjaar"_s}},
            {"30(1)(g) and 30(2)(d) general description of the security measures",
             {u"Algemene beschrijving van de beveiligingsmaatregelen"_s,
              u"Technische maatregelen"_s}},
            {"30(2)(a) each controller the firm processes for, with contact details",
             {u"Deel B – Verwerkingen als verwerker"_s,
              u"Verwerkingsverantwoordelijke: Tandartspraktijk Zonnehoek B.V."_s,
              u"Verwerkingsverantwoordelijke: Lindeboom Accountants B.V."_s,
              u"Verwerkingsverantwoordelijke: Stichting Buurtwerk Oostwijk"_s,
              u"Verwerkingsverantwoordelijke: Trapkracht Webwinkel B.V."_s,
              u"praktijkmanager@zonnehoek.example.nl"_s, u"privacy@trapkracht.example.nl"_s}},
            {"30(2)(b) categories of processing for each controller",
             {u"Categorie van verwerking"_s, u"Webhosting"_s, u"Migraties"_s}},
            {"30(2)(b) each controller's own data: its sensitive data with its art. 9(2) ground",
             {u"Patiëntendossiers en röntgenfoto's"_s,
              u"Gezondheid (artikel 9, tweede lid, onder h)"_s, u"Cliënten van het kantoor"_s}},
            {"30(2)(c) transfers by the processor",
             {u"Leverancier van het bewakingsplatform, Verenigde Staten"_s}},
            {"sub-processors", {u"Subverwerkers"_s, u"Polderhost Datacenters B.V."_s}},
        });
}

TEST_CASE("the breach notifications cover art. 33(3), 34(2) and 33(5)", "[document][checklist]")
{
    const pr::test::DemoRegister demo;
    const auto breachText = [&demo](DocumentKind kind, qint64 breachId) {
        pr::report::DocumentRequest request = pr::test::request(kind);
        request.breachId = breachId;
        return pr::test::compactBodyText(demo.render(request), false);
    };
    // DL-2026-03: ransomware at Lindeboom, where the firm is processor.
    checkItems(
        breachText(DocumentKind::BreachNotificationClient, 3),
        {
            {"33(2) to the controller without undue delay",
             {u"zonder onredelijke vertraging"_s, u"artikel 33, tweede lid, AVG"_s}},
            {"33(3)(a) nature, categories and approximate numbers",
             {u"Wat er is gebeurd"_s, u"Soorten persoonsgegevens"_s, u"Groepen betrokkenen"_s,
              u"Aantal betrokkenen (bij benadering)"_s, u"Aantal records (bij benadering)"_s}},
            {"33(3)(b) contact point", {u"Uw aanspreekpunt bij ons"_s}},
            {"33(3)(c) likely consequences", {u"Waarschijnlijke gevolgen"_s}},
            {"33(3)(d) measures taken or proposed",
             {u"Maatregelen"_s, u"Genomen"_s, u"Voorgesteld of gepland"_s}},
            {"33(4) information in phases", {u"artikel 33, vierde lid, AVG"_s}},
        });
    // DL-2026-01: phishing, the firm's own data.
    checkItems(
        breachText(DocumentKind::BreachNotificationSubjects, 1),
        {
            {"34(2) the nature in clear language", {u"Wat is er gebeurd?"_s}},
            {"34(2), 33(3)(b) contact point", {u"U kunt terecht bij"_s}},
            {"34(2), 33(3)(c) likely consequences", {u"Wat kan dit voor u betekenen?"_s}},
            {"34(2), 33(3)(d) measures", {u"Wat hebben wij gedaan?"_s}},
            {"complaint to the AP", {u"klacht indienen bij de Autoriteit Persoonsgegevens"_s}},
        });
    checkItems(pr::test::compactBodyText(
                   demo.render(pr::test::request(DocumentKind::BreachRegister)), false),
               {
                   {"33(5) every breach, its facts, effects and remedial action",
                    {u"artikel 33, vijfde lid, AVG"_s, u"Wat er is gebeurd"_s, u"Gevolgen"_s,
                     u"Maatregelen"_s}},
                   {"33(5) unreported breaches with the reason", {u"Niet gemeld. Reden:"_s}},
               });
}
