<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/ActivityEditor.ui" line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role of the firm</source>
        <translation>Rol van het bedrijf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lients:</source>
        <translation>&amp;Klanten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clients it is done for</source>
        <translation>Klanten voor wie dit wordt gedaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Purposes:</source>
        <translation>&amp;Doelen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legitimate &amp;interest:</source>
        <translation>Gerechtvaardigd be&amp;lang:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Data categories:</source>
        <translation>&amp;Soorten persoonsgegevens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data categories</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sp&amp;ecial data:</source>
        <translation>B&amp;ijzondere gegevens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Special categories of data</source>
        <translation>Bijzondere categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hildren&apos;s safeguards:</source>
        <translation>Bes&amp;cherming van kinderen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How children&apos;s data is protected</source>
        <translation>Hoe de gegevens van kinderen worden beschermd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sta&amp;ff roles:</source>
        <translation>&amp;Functies van medewerkers:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff roles</source>
        <translation>Functies van medewerkers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Operations of the role:</source>
        <translation>Verwerkings&amp;handelingen van de functie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operations of the selected staff role</source>
        <translation>Verwerkingshandelingen van de gekozen functie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data s&amp;ubjects:</source>
        <translation>&amp;Betrokkenen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data subject categories</source>
        <translation>Soorten betrokkenen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;tention:</source>
        <translation>Bewaar&amp;termijn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of retention period</source>
        <translation>Soort bewaartermijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention amou&amp;nt:</source>
        <translation>D&amp;uur van de bewaartermijn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention amount</source>
        <translation>Duur van de bewaartermijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention unit:</source>
        <translation>Eenheid van de bewaartermijn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention unit</source>
        <translation>Eenheid van de bewaartermijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention start e&amp;vent:</source>
        <translation>Be&amp;waartermijn gaat in:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event the retention runs from</source>
        <translation>Gebeurtenis waarna de bewaartermijn ingaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention note:</source>
        <translation>Toelichting bij de bewaartermijn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention note</source>
        <translation>Toelichting bij de bewaartermijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention rule:</source>
        <translation>Regel voor de bewaartermijn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule that sets the retention period</source>
        <translation>Regel die de bewaartermijn bepaalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scope per client:</source>
        <translation>&amp;Per klant:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What differs per client</source>
        <translation>Wat per klant verschilt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;cipients:</source>
        <translation>Ont&amp;vangers:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers outside the EE&amp;A:</source>
        <translation>Doorgifte buiten de &amp;EER:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfers outside the EEA</source>
        <translation>Doorgifte buiten de EER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Where the data comes from:</source>
        <translation>Herko&amp;mst van de gegevens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the data comes from</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other source:</source>
        <translation>Andere bron:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other source of the data</source>
        <translation>Andere bron van de gegevens</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../../src/gui/sections/ActivitySection.cpp" line="+25"/>
        <source>Decided by the client</source>
        <translation>Bepaalt de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+168"/>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 (exception: %2)</source>
        <translation>%1 (uitzondering: %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Based on: %1</source>
        <translation>Op grond van: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>personal data</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sensitive data</source>
        <translation>gevoelige gegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data subjects</source>
        <translation>betrokkenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retention period</source>
        <translation>bewaartermijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (own %2)</source>
        <translation>%1 (eigen %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Processing activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>We act as</source>
        <translation>Onze rol</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+31"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>For the clients</source>
        <translation>Voor de klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Further legal bases</source>
        <translation>Verdere grondslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive data</source>
        <translation>Gevoelige gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grounds in national law</source>
        <translation>Gronden in de Nederlandse wet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children&apos;s data protected by</source>
        <translation>Gegevens van kinderen beschermd door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and what they do</source>
        <translation>Medewerkers en wat ze doen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the EEA</source>
        <translation>Buiten de EER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the data</source>
        <translation>Bron van de gegevens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the privacy statements for</source>
        <translation>In de privacyverklaring voor</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/AgreementEditor.ui" line="+9"/>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Main agreement:</source>
        <translation>&amp;Hoofdovereenkomst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main agreement</source>
        <translation>Hoofdovereenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Overeenkomst IT-beheer</source>
        <translation>bijv. Overeenkomst IT-beheer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main agreement &amp;dated:</source>
        <translation>Hoofdovereenkomst &amp;gedateerd:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of the main agreement</source>
        <translation>Datum van de hoofdovereenkomst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Begint op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Duration in months:</source>
        <translation>&amp;Looptijd in maanden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration in months</source>
        <translation>Looptijd in maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indefinite</source>
        <translation>onbepaalde tijd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Eindigt op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Breach notice within hours:</source>
        <translation>&amp;Datalek melden binnen (uren):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours to tell the client of a breach</source>
        <translation>Aantal uren om de klant over een datalek te informeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audit at most every months:</source>
        <translation>A&amp;udit hoogstens eens per (maanden):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Months between audits</source>
        <translation>Maanden tussen audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Liability cap per event:</source>
        <translation>&amp;Maximale aansprakelijkheid per gebeurtenis:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Former cap in &amp;words:</source>
        <translation>Oude grens in woo&amp;rden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Former liability cap in words, no longer printed</source>
        <translation>Oude aansprakelijkheidsgrens in woorden, wordt niet meer afgedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept from an older register. The agreement no longer prints it: enter the caps as amounts and clear this text.</source>
        <translation>Bewaard uit een ouder register. De overeenkomst drukt deze tekst niet meer af: vul de grenzen als bedragen in en maak dit veld leeg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insurance cover per event:</source>
        <translation>&amp;Verzekerd bedrag per gebeurtenis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insurance cover per event the processor must hold</source>
        <translation>Dekking per gebeurtenis van de verzekering die de verwerker moet hebben</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+11"/>
        <location line="+34"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Liability cap per event</source>
        <translation>Maximale aansprakelijkheid per gebeurtenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Liability cap per &amp;year:</source>
        <translation>Maximale aansprakelijkheid per &amp;jaar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Liability cap per calendar year</source>
        <translation>Maximale aansprakelijkheid per kalenderjaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;urrency:</source>
        <translation>Valu&amp;ta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency of the liability cap</source>
        <translation>Valuta van de maximale aansprakelijkheid</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notice of changes in da&amp;ys:</source>
        <translation>&amp;Wijzigingen vooraf melden (dagen):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days of notice before changes</source>
        <translation>Aantal dagen dat wijzigingen vooraf worden gemeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Processing l&amp;ocation:</source>
        <translation>Verwerking&amp;slocatie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the data may be processed</source>
        <translation>Waar de gegevens mogen worden verwerkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Return or delete within days:</source>
        <translation>&amp;Gegevens teruggeven of verwijderen binnen (dagen):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days to return or delete the data</source>
        <translation>Aantal dagen om de gegevens terug te geven of te verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Act&amp;ivities (Bijlage 1):</source>
        <translation>Verwerk&amp;ingen (Bijlage 1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Processing activities of Bijlage 1</source>
        <translation>Verwerkingen van Bijlage 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs for the &amp;firm:</source>
        <translation>Ondertekent &amp;namens het bedrijf:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signs for the firm</source>
        <translation>Ondertekent namens het bedrijf</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Function of the firm&apos;s signatory</source>
        <translation>Functie van de ondertekenaar namens het bedrijf</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Place of the firm&apos;s signature</source>
        <translation>Plaats van ondertekening door het bedrijf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs for the clie&amp;nt:</source>
        <translation>Ondertekent namens de kl&amp;ant:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signs for the client</source>
        <translation>Ondertekent namens de klant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Function of the client&apos;s signatory</source>
        <translation>Functie van de ondertekenaar namens de klant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Place of the client&apos;s signature</source>
        <translation>Plaats van ondertekening door de klant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing:</source>
        <translation>Ondertekening:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing state</source>
        <translation>Status van de ondertekening</translation>
    </message>
</context>
<context>
    <name>AgreementNewVersionCommand</name>
    <message>
        <location filename="../../src/cli/commands/AgreementNewVersionCommand.cpp" line="+17"/>
        <source>Make the next version of a signed agreement, as a draft.</source>
        <translation>De volgende versie van een ondertekende overeenkomst maken, als concept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed agreement stays as it was signed: its PDF is the record. The new version is a draft with the same client, terms and activities, the next version number and today as its start date; edit it, render it and have it signed. Terminate the old one once the new one is signed.</source>
        <translation>De ondertekende overeenkomst blijft zoals ze is ondertekend: haar PDF is de vastlegging. De nieuwe versie is een concept met dezelfde klant, voorwaarden en verwerkingen, het volgende versienummer en vandaag als ingangsdatum; bewerk haar, maak haar op en laat haar ondertekenen. Beëindig de oude zodra de nieuwe is ondertekend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed agreement (see: list agreements).</source>
        <translation>De ondertekende overeenkomst (zie: list agreements).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write: agreement-version --agreement ID</source>
        <translation>schrijf: agreement-version --agreement ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made agreement %1, version %2, as a draft; agreement %3 stays the signed record.</source>
        <translation>Overeenkomst %1, versie %2, is als concept gemaakt; overeenkomst %3 blijft de ondertekende vastlegging.</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <location filename="../../src/gui/sections/AgreementSection.cpp" line="+25"/>
        <source>Not signed yet</source>
        <translation>Nog niet ondertekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed on %1 in %2</source>
        <translation>Ondertekend op %1 in %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 per event</source>
        <translation>%1 per gebeurtenis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per year</source>
        <translation>%1 per jaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only in words (not printed): %1</source>
        <translation>Alleen in woorden (wordt niet afgedrukt): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit agreed</source>
        <translation>Geen limiet afgesproken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No signed PDF kept (signed on paper without a scan, or before the register kept signed PDFs)</source>
        <translation>Geen ondertekende PDF bewaard (op papier ondertekend zonder scan, of voordat het register ondertekende PDF’s bewaarde)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF signed by both parties, or the scan of the paper copy</source>
        <translation>PDF ondertekend door beide partijen, of de scan van het papieren exemplaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF signed by us</source>
        <translation>PDF ondertekend door ons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on %1</source>
        <translation>Ondertekend op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by %1</source>
        <translation>Ondertekend door %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed version</source>
        <translation>Ondertekende versie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Compared with the register</source>
        <translation>Vergeleken met het register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be compared now.</source>
        <translation>Kan nu niet worden vergeleken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+62"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Client signed on</source>
        <translation>Klant ondertekende op</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main agreement</source>
        <translation>Hoofdovereenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not named yet</source>
        <translation>Nog niet ingevuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Looptijd</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indefinite</source>
        <translation>Onbepaalde tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the client of a breach within</source>
        <translation>Datalek aan de klant melden binnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>At most once every %n month(s)</source>
        <translation>
            <numerusform>Hoogstens eens per %n maand</numerusform>
            <numerusform>Hoogstens eens per %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liability</source>
        <translation>Aansprakelijkheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insurance we must hold</source>
        <translation>Verzekering die wij moeten hebben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %1 per event</source>
        <translation>Ten minste %1 per gebeurtenis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice of changes</source>
        <translation>Wijzigingen vooraf melden</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s) in advance</source>
        <translation>
            <numerusform>%n dag van tevoren</numerusform>
            <numerusform>%n dagen van tevoren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processed</source>
        <translation>Verwerkte gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data returned or deleted</source>
        <translation>Gegevens teruggeven of verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Within %n day(s) after the end</source>
        <translation>
            <numerusform>Binnen %n dag na het einde</numerusform>
            <numerusform>Binnen %n dagen na het einde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities (Bijlage 1)</source>
        <translation>Verwerkingen (Bijlage 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the client</source>
        <translation>Naar de klant verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for us</source>
        <translation>Ondertekent namens ons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for the client</source>
        <translation>Ondertekent namens de klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed document</source>
        <translation>Ondertekend document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on paper; scan attached</source>
        <translation>Op papier getekend; scan toegevoegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed on paper</source>
        <translation>Op papier getekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attached</source>
        <translation>Niet toegevoegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached</source>
        <translation>Toegevoegd</translation>
    </message>
</context>
<context>
    <name>AgreementStepCommand</name>
    <message>
        <location filename="../../src/cli/commands/AgreementStepCommand.cpp" line="+43"/>
        <source>write: agreement-step --agreement ID [STEP] (STEP: %1)</source>
        <translation>schrijf: agreement-step --agreement ID [STAP] (STAP: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an id</source>
        <translation>&apos;%1&apos; is geen id</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen datum; schrijf die als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>one step at a time; use one of: %1</source>
        <translation>één stap tegelijk; gebruik een van: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown step &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende stap &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no file &apos;%1&apos;</source>
        <translation>er is geen bestand &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is larger than %2 MiB, the most the register keeps; scan it at a lower resolution or in black and white</source>
        <translation>&apos;%1&apos; is groter dan %2 MiB, het maximum dat het register bewaart; scan het met een lagere resolutie of in zwart-wit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan &apos;%1&apos; niet lezen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--name, --function and --place belong to sign and countersign</source>
        <translation>--name, --function en --place horen bij sign en countersign</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--pdf and --on-paper belong to countersign</source>
        <translation>--pdf en --on-paper horen bij countersign</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Agreement %1 (version %2)</source>
        <translation>Overeenkomst %1 (versie %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Record one dated step in the signing of an agreement (or show the possible steps).</source>
        <translation>Eén gedateerde stap in de ondertekening van een overeenkomst vastleggen (of de mogelijke stappen tonen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STEP is one of: %1. send: sent to the client; sign: signed for the firm (--name, --function, --place; empty ones keep what the agreement says); countersign: signed by the client, with --pdf FILE (the PDF they signed, or a scan; at most 20 MiB) or --on-paper, or both; terminate: ended on the date. The date defaults to today and may not lie in the future or before the previous step. A draft is deleted rather than terminated, and countersign follows sign. Without STEP: print the signing state and next steps. A step that is not possible exits 2 with the reason and the current state.</source>
        <translation>STAP is een van: %1. send: naar de klant verstuurd; sign: ondertekend namens het bedrijf (--name, --function, --place; wat leeg blijft, houdt de waarde uit de overeenkomst); countersign: ondertekend door de klant, met --pdf BESTAND (de PDF die de klant ondertekende, of een scan; hoogstens 20 MiB) of --on-paper, of allebei; terminate: beëindigd op de datum. De datum is standaard vandaag en mag niet in de toekomst liggen en niet vóór de vorige stap. Een concept wordt verwijderd in plaats van beëindigd, en countersign komt na sign. Zonder STAP: de status van de ondertekening en de volgende stappen tonen. Een stap die niet mogelijk is, eindigt met afsluitcode 2, de reden en de huidige status.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The step to record: %1.</source>
        <translation>De stap die moet worden vastgelegd: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[STEP]</source>
        <translation>[STAP]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreement&apos;s id (see list agreements).</source>
        <translation>De id van de overeenkomst (zie list agreements).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the step (default today).</source>
        <translation>De datum van de stap (standaard vandaag).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign, countersign: who signed.</source>
        <translation>sign, countersign: wie ondertekende.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign, countersign: in which function.</source>
        <translation>sign, countersign: in welke functie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FUNCTION</source>
        <translation>FUNCTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign, countersign: where.</source>
        <translation>sign, countersign: waar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLACE</source>
        <translation>PLAATS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>countersign: the PDF the client signed, kept in the register.</source>
        <translation>countersign: de PDF die de klant ondertekende; die wordt in het register bewaard.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>countersign: the client signed a printed copy.</source>
        <translation>countersign: de klant ondertekende een afgedrukt exemplaar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no agreement %1.</source>
        <translation>Er is geen overeenkomst %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is &apos;%2&apos;: &apos;%3&apos; is not possible:</source>
        <translation>%1 is &apos;%2&apos;: &apos;%3&apos; is niet mogelijk:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 on %3.</source>
        <translation>%1: %2 op %3.</translation>
    </message>
</context>
<context>
    <name>AgreementSteps</name>
    <message>
        <location filename="../../src/usecases/steps/AgreementSteps.cpp" line="+11"/>
        <source>There is no agreement %1.</source>
        <translation>Er is geen verwerkersovereenkomst %1.</translation>
    </message>
</context>
<context>
    <name>AgreementWorkflow</name>
    <message>
        <location filename="../../src/core/workflow/AgreementWorkflow.cpp" line="+58"/>
        <source>Enter the date of this step.</source>
        <translation>Vul de datum van deze stap in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot lie in the future (today is %1).</source>
        <translation>Kan niet in de toekomst liggen (vandaag is het %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot be before the previous step (%1).</source>
        <translation>Kan niet vóór de vorige stap liggen (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is not a PDF document (it does not start with %PDF-). Save or scan the signed agreement as PDF and attach that file.</source>
        <translation>Het bestand is geen PDF-document (het begint niet met %PDF-). Sla de ondertekende overeenkomst op of scan die als PDF, en voeg dat bestand toe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF is larger than %1 MiB, the most the register keeps. Scan it at a lower resolution or in black and white.</source>
        <translation>De PDF is groter dan %1 MiB, het maximum dat het register bewaart. Scan hem met een lagere resolutie of in zwart-wit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the name of who signed for the firm.</source>
        <translation>Vul de naam in van wie namens het bedrijf heeft ondertekend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of who signed for the client.</source>
        <translation>Vul de naam in van wie namens de klant heeft ondertekend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach the PDF the client signed, or record that the client signed on paper.</source>
        <translation>Voeg de PDF toe die de klant heeft ondertekend, of leg vast dat de klant op papier heeft getekend.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The agreement is terminated (since %1): no step can follow.</source>
        <translation>De overeenkomst is beëindigd (sinds %1): er kan geen stap meer volgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement is a draft: a draft is not terminated but deleted. Possible: %1.</source>
        <translation>De overeenkomst is een concept: een concept wordt niet beëindigd maar verwijderd. Mogelijk: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement is &apos;%1&apos; and was already sent on %2. Possible: %3.</source>
        <translation>De overeenkomst heeft de status &apos;%1&apos; en is al verstuurd op %2. Mogelijk: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An agreement that is &apos;%1&apos; cannot take the step &apos;%2&apos;. Possible: %3.</source>
        <translation>Bij een overeenkomst met status &apos;%1&apos; is de stap &apos;%2&apos; niet mogelijk. Mogelijk: %3.</translation>
    </message>
</context>
<context>
    <name>AnonymiseRequestsCommand</name>
    <message>
        <location filename="../../src/cli/commands/AnonymiseRequestsCommand.cpp" line="+26"/>
        <source>&apos;%1&apos; is not a period; write it as 24m, 104w or 730d</source>
        <translation>&apos;%1&apos; is geen termijn; schrijf die als 24m, 104w of 730d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anonymise closed requests kept past their retention period.</source>
        <translation>Afgesloten verzoeken anonimiseren die langer dan hun bewaartermijn zijn bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closed request (answered, refused, withdrawn) is kept for the retention period after closing (the setting, default 24m), then flagged. This command replaces the requester&apos;s name by ***, blanks the contact and replaces every free text (outcome, reasons) by ***; it keeps the reference, right, channel, dates, status, extension and client, so that the statistics stay complete. All flagged requests change in one save. The audit trail still holds the old values: see docs/cli.md.</source>
        <translation>Een afgesloten verzoek (beantwoord, geweigerd, ingetrokken) wordt na het afsluiten nog de bewaartermijn lang bewaard (de instelling, standaard 24m) en daarna gemarkeerd. Deze opdracht vervangt de naam van de indiener door ***, maakt de contactgegevens leeg en vervangt elke vrije tekst (uitkomst, redenen) door ***; het kenmerk, het recht, het kanaal, de datums, de status, de verlenging en de klant blijven staan, zodat de statistieken compleet blijven. Alle gemarkeerde verzoeken worden in één keer opgeslagen. Het logboek bevat nog wel de oude waarden: zie docs/cli.md.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only list the requests that would be anonymised.</source>
        <translation>Alleen de verzoeken opsommen die geanonimiseerd zouden worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The retention period after closing: 24m, 104w or 730d (default: the setting, else 24m).</source>
        <translation>De bewaartermijn na het afsluiten: 24m, 104w of 730d (standaard: de instelling, anders 24m).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PERIOD</source>
        <translation>TERMIJN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No closed request is past the retention period of %1.</source>
        <translation>Geen enkel afgesloten verzoek is ouder dan de bewaartermijn van %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n request(s) would be anonymised; nothing was changed.</source>
        <translation>
            <numerusform>%n verzoek zou worden geanonimiseerd; er is niets gewijzigd.</numerusform>
            <numerusform>%n verzoeken zouden worden geanonimiseerd; er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Anonymised %n request(s).</source>
        <translation>
            <numerusform>%n verzoek geanonimiseerd.</numerusform>
            <numerusform>%n verzoeken geanonimiseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../src/storage/file/AtomicFile.cpp" line="+59"/>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 is not an ordinary file (it is a folder, a pipe or a device) and is not read.</source>
        <translation>%1 is geen gewoon bestand (het is een map, een pipe of een apparaat) en wordt niet gelezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is too large to be read: %2 MB, at most %3 MB.</source>
        <translation>Het bestand %1 is te groot om te lezen: %2 MB, hoogstens %3 MB.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file %1 changed while it was read; try again.</source>
        <translation>Het bestand %1 veranderde terwijl het werd gelezen; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>AuditBreak</name>
    <message>
        <location filename="../../src/storage/audit/AuditBreak.cpp" line="+9"/>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Logboekregel %1 is achteraf gewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit entry %1 does not follow the entry before it: that entry was replaced or the entries were reordered.</source>
        <translation>Logboekregel %1 sluit niet aan op de regel ervoor: die regel is vervangen of de volgorde van de regels is veranderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit entries before entry %1 were removed.</source>
        <translation>Logboekregels vóór regel %1 zijn verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit entries from entry %1 on were removed.</source>
        <translation>Logboekregels vanaf regel %1 zijn verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit entry %1 was not written by this program.</source>
        <translation>Logboekregel %1 is niet door dit programma geschreven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values were removed from audit entry %1 without a record of their removal.</source>
        <translation>Uit logboekregel %1 zijn waarden verwijderd zonder dat die verwijdering is vastgelegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries from entry %1 on were removed: the save of %2 recorded a trail up to entry %3. Entries were cut off, or an older copy of the register was put back.</source>
        <translation>Logboekregels vanaf regel %1 zijn verwijderd: bij het opslaan op %2 liep het logboek tot en met regel %3. Er zijn regels afgeknipt, of er is een oudere kopie van het register teruggezet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit entry %1 is not the entry the save of %2 recorded: the trail was rewritten from there on, or another copy of the register was put back.</source>
        <translation>Logboekregel %1 is niet de regel die bij het opslaan op %2 is vastgelegd: het logboek is vanaf daar herschreven, of er is een andere kopie van het register teruggezet.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../../src/cli/commands/AuditCommand.cpp" line="+24"/>
        <source>Show the audit trail: who changed what, and when.</source>
        <translation>Het logboek tonen: wie wat heeft gewijzigd, en wanneer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the trail of records of ENTITY (%1).</source>
        <translation>Alleen het logboek van de items van ONDERDEEL (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENTITY</source>
        <translation>ONDERDEEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --entity: only the trail of record ID.</source>
        <translation>Met --entity: alleen het logboek van item ID.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of text.</source>
        <translation>Uitvoer als JSON in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--entity needs one of %1, and --id a record id</source>
        <translation>--entity verwacht een van %1, en --id de id van een item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--id goes with --entity</source>
        <translation>--id kan alleen samen met --entity</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit trail does not verify: %1 These entries cannot be trusted; compare the register with a backup.</source>
        <translation>Het logboek klopt niet: %1 Op deze regels kunt u niet vertrouwen; vergelijk het register met een back-up.</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../src/gui/sections/AuditSection.cpp" line="+52"/>
        <source>values removed from the earlier entries</source>
        <translation>waarden verwijderd uit de eerdere regels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(removed from the audit trail)</source>
        <translation>(verwijderd uit het logboek)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (removed)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+49"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/storage/file/Backups.cpp" line="+118"/>
        <source>the backup folder cannot be created</source>
        <translation>de map voor reservekopieën kan niet worden gemaakt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the file to back up cannot be found</source>
        <translation>het bestand waarvan een reservekopie moet worden gemaakt, is niet te vinden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the backup cannot be named</source>
        <translation>de reservekopie kan geen naam krijgen</translation>
    </message>
</context>
<context>
    <name>BreachEditor</name>
    <message>
        <location filename="../../ui/BreachEditor.ui" line="+9"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Kenmerk:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported internally &amp;by:</source>
        <translation>Intern gemeld &amp;door:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who reported it within the firm</source>
        <translation>Wie het binnen de organisatie meldde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact for the AP:</source>
        <translation>Contactpersoon voor de AP:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact person for the AP</source>
        <translation>Contactpersoon voor de AP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disco&amp;vered at:</source>
        <translation>Ont&amp;dekt op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discovered at</source>
        <translation>Ontdekt op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started at:</source>
        <translation>Begonnen op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Started at</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended at:</source>
        <translation>Beëindigd op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ended at</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Still going on</source>
        <translation>Nog gaande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind of breach:</source>
        <translation>&amp;Soort datalek:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of breach</source>
        <translation>Soort datalek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cause:</source>
        <translation>Oorzaak:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data &amp;categories:</source>
        <translation>&amp;Persoonsgegevens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data categories</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Special categories:</source>
        <translation>Bijzondere gegevens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Special categories of data</source>
        <translation>Bijzondere of gevoelige persoonsgegevens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data s&amp;ubjects:</source>
        <translation>Be&amp;trokkenen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data subject categories</source>
        <translation>Soorten betrokkenen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People, at least:</source>
        <translation>&amp;Personen, minimaal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People, at least</source>
        <translation>Personen, minimaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People, at most:</source>
        <translation>Personen, maximaal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People, at most</source>
        <translation>Personen, maximaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rec&amp;ords, at least:</source>
        <translation>Rec&amp;ords, minimaal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records, at least</source>
        <translation>Records, minimaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records, at most:</source>
        <translation>Records, maximaal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records, at most</source>
        <translation>Records, maximaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unintelligible to others:</source>
        <translation>Onbegrijpelijk voor anderen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypted, hashed or otherwise unintelligible</source>
        <translation>Versleuteld, gehasht of anderszins onbegrijpelijk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How protected:</source>
        <translation>Hoe beveiligd:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the data was protected</source>
        <translation>Hoe de gegevens waren beveiligd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lost:</source>
        <translation>Aangetast:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality lost</source>
        <translation>Vertrouwelijkheid aangetast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity lost</source>
        <translation>Integriteit aangetast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability lost</source>
        <translation>Beschikbaarheid aangetast</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+12"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Likely conse&amp;quences:</source>
        <translation>Waarschijnlijke &amp;gevolgen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likely consequences</source>
        <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Measures taken:</source>
        <translation>Genomen &amp;maatregelen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measures planned:</source>
        <translation>Geplande maatregelen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measures planned</source>
        <translation>Geplande maatregelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ris&amp;k:</source>
        <translation>Ris&amp;ico:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk for the people</source>
        <translation>Risico voor de betrokkenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assess the risk…</source>
        <translation>Risico beoordelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the risk step by step</source>
        <translation>Het risico stap voor stap beoordelen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why that risk:</source>
        <translation>Waarom dit risico:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasoning of the risk</source>
        <translation>Onderbouwing van het risico</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>People in other EU countries affected</source>
        <translation>Betrokkenen in andere EU-landen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which countries:</source>
        <translation>Welke landen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which EU countries</source>
        <translation>Welke EU-landen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other authorities told:</source>
        <translation>Andere instanties ingelicht:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other authorities told</source>
        <translation>Andere toezichthouders of instanties ingelicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported to the &amp;AP:</source>
        <translation>Gemeld bij de &amp;AP:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why not reported:</source>
        <translation>Waarom niet gemeld:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why not reported to the AP</source>
        <translation>Waarom niet gemeld bij de AP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AP reference:</source>
        <translation>Kenmerk van de AP:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference of the AP</source>
        <translation>Kenmerk van de AP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports to the AP:</source>
        <translation>Meldingen bij de AP:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports to the AP</source>
        <translation>Meldingen bij de AP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People &amp;informed:</source>
        <translation>Betrokkenen geïn&amp;formeerd:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Informed o&amp;n:</source>
        <translation>G&amp;eïnformeerd op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People informed on</source>
        <translation>Betrokkenen geïnformeerd op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Informed how:</source>
        <translation>Hoe ingelicht:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the people were informed</source>
        <translation>Hoe de betrokkenen zijn ingelicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ground for not informing:</source>
        <translation>Grond voor niet inlichten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal ground for not informing the people</source>
        <translation>Wettelijke grond om de betrokkenen niet in te lichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why not informed:</source>
        <translation>Waarom niet geïnformeerd:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the people were not informed</source>
        <translation>Waarom de betrokkenen niet zijn geïnformeerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clien&amp;t:</source>
        <translation>K&amp;lant:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client whose data it was</source>
        <translation>Klant van wie de gegevens zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client notified at:</source>
        <translation>Klant geïnformeerd op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client notified at</source>
        <translation>Klant geïnformeerd op</translation>
    </message>
</context>
<context>
    <name>BreachRiskAid</name>
    <message>
        <location filename="../../src/core/workflow/BreachRiskAid.cpp" line="+25"/>
        <source>As processor you tell the client without undue delay; the client, as controller, decides on the report to the AP and on telling the people.</source>
        <translation>Als verwerker licht u de klant zonder onredelijke vertraging in; de klant beslist als verwerkingsverantwoordelijke over de melding bij de AP en over het inlichten van de betrokkenen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At a high risk, report the breach to the AP within 72 hours and tell the people without undue delay (art. 33(1), 34(1)).</source>
        <translation>Meld het datalek bij een hoog risico binnen 72 uur bij de AP en licht de betrokkenen zonder onredelijke vertraging in (art. 33 lid 1, art. 34 lid 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report the breach to the AP within 72 hours (art. 33(1)).</source>
        <translation>Meld het datalek binnen 72 uur bij de AP (art. 33 lid 1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No personal data was involved, so it is no personal data breach: the AVG asks neither a report nor a letter.</source>
        <translation>Er waren geen persoonsgegevens bij betrokken, dus het is geen datalek in de zin van de AVG: melden en de betrokkenen inlichten zijn niet nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data was unintelligible to whoever may have it, and the key is safe: a risk to the people is unlikely.</source>
        <translation>De gegevens waren onbegrijpelijk voor wie ze mogelijk heeft, en de sleutel is veilig: een risico voor de betrokkenen is onwaarschijnlijk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The harm was undone (the data retrieved, deleted by a trusted recipient or restored) and nobody with ill intent had it: a risk to the people is unlikely. Record how you know.</source>
        <translation>De schade is hersteld (de gegevens zijn teruggehaald, door een betrouwbare ontvanger verwijderd of hersteld) en niemand met kwade bedoelingen had ze: een risico voor de betrokkenen is onwaarschijnlijk. Leg vast waaruit u dat weet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Special or sensitive data is involved (such as health, BSN, ID documents, financial data or data of children): the harm to the people can be serious.</source>
        <translation>Het gaat om bijzondere of gevoelige gegevens (zoals gezondheid, BSN, identiteitsbewijzen, financiële gegevens of gegevens van kinderen): de schade voor de betrokkenen kan ernstig zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is, or may be, in the hands of unknown people or people with ill intent: misuse such as fraud or phishing is likely.</source>
        <translation>De gegevens zijn of kunnen zijn in handen van onbekenden of van mensen met kwade bedoelingen: misbruik zoals fraude of phishing ligt voor de hand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The harm cannot be undone.</source>
        <translation>De schade is niet te herstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Many people are affected (%1 or more).</source>
        <translation>Er zijn veel betrokkenen (%1 of meer).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some answers are still unknown: until they are known, assume a risk.</source>
        <translation>Sommige antwoorden zijn nog onbekend: ga uit van een risico tot ze bekend zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data was exposed and the harm is not shown to be undone: a risk to the people cannot be ruled out.</source>
        <translation>Er zijn persoonsgegevens gelekt en het is niet aangetoond dat de schade is hersteld: een risico voor de betrokkenen is niet uit te sluiten.</translation>
    </message>
</context>
<context>
    <name>BreachSection</name>
    <message>
        <location filename="../../src/gui/sections/BreachSection.cpp" line="+30"/>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+228"/>
        <source>The client decides</source>
        <translation>De klant beslist</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+2"/>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reported</source>
        <translation>Niet gemeld</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+38"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most %1</source>
        <translation>maximaal %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1</source>
        <translation>minimaal %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preliminary</source>
        <translation>voorlopig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From %1, still going on</source>
        <translation>Vanaf %1, nog gaande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+80"/>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+106"/>
        <source>Reported to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+125"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Clock</source>
        <translation>Meldtermijn</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Data breach %1</source>
        <translation>Datalek %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported internally by</source>
        <translation>Intern gemeld door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact for the AP</source>
        <translation>Contactpersoon voor de AP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>before %1 (Dutch time): %2</source>
        <translation>vóór %1 (Nederlandse tijd): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of breach</source>
        <translation>Soort datalek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special categories</source>
        <translation>Bijzondere gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people</source>
        <translation>Aantal personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many records</source>
        <translation>Aantal records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unintelligible to others</source>
        <translation>Onbegrijpelijk voor anderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation>Nog onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How protected</source>
        <translation>Hoe beveiligd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Aangetast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely consequences</source>
        <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures planned</source>
        <translation>Geplande maatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why that risk</source>
        <translation>Waarom dit risico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other EU countries</source>
        <translation>Andere EU-landen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other authorities told</source>
        <translation>Andere instanties ingelicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not reported</source>
        <translation>Waarom niet gemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AP reference</source>
        <translation>Kenmerk van de AP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to the AP</source>
        <translation>Meldingen bij de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Informed on</source>
        <translation>Geïnformeerd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed how</source>
        <translation>Hoe ingelicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground for not informing</source>
        <translation>Grond voor niet inlichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why not informed</source>
        <translation>Waarom niet geïnformeerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client told on</source>
        <translation>Klant geïnformeerd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
</context>
<context>
    <name>BreachStepCommand</name>
    <message>
        <location filename="../../src/cli/commands/BreachStepCommand.cpp" line="+34"/>
        <source>write: breach-step ID --to STEP</source>
        <translation>schrijf: breach-step ID --to STAP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an id</source>
        <translation>&apos;%1&apos; is geen id</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown step &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende stap &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a moment; write it as YYYY-MM-DDTHH:MM</source>
        <translation>&apos;%1&apos; is geen tijdstip; schrijf het als JJJJ-MM-DDTUU:MM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breach %1</source>
        <translation>Datalek %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach %1 (%2)</source>
        <translation>Datalek %1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record one step in the handling of a data breach (or show the possible steps).</source>
        <translation>Leg één stap in de afhandeling van een datalek vast (of toon de mogelijke stappen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STEP is one of: %1. Which steps a breach has depends on the firm&apos;s role: for its own data (controller) it reports to the AP (report-ap, again for a follow-up) or records why not (no-ap-report, --text with the reason), and tells the people (subjects-informed) or records why not (subjects-not-informed, --text); for a client&apos;s data (processor) it informs the client (client-informed), who decides on the rest. --at is the moment (default now), not in the future and not before the discovery. Without --to: print the role and the next steps. A step that is not possible exits 2 with the reason.</source>
        <translation>STAP is een van: %1. Welke stappen een datalek heeft, hangt af van de rol van het bedrijf: bij eigen gegevens (verwerkingsverantwoordelijke) meldt het bij de AP (report-ap, nogmaals voor een vervolgmelding) of legt het vast waarom niet (no-ap-report, --text met de reden), en informeert het de betrokkenen (subjects-informed) of legt het vast waarom niet (subjects-not-informed, --text); bij gegevens van een klant (verwerker) informeert het de klant (client-informed), die over de rest beslist. --at is het tijdstip (standaard nu), niet in de toekomst en niet vóór de ontdekking. Zonder --to: toon de rol en de volgende stappen. Een stap die niet kan, eindigt met code 2 en de reden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The breach&apos;s id (see list breaches).</source>
        <translation>Het id van het datalek (zie list breaches).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step to record.</source>
        <translation>De stap die wordt vastgelegd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STEP</source>
        <translation>STAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened (default now).</source>
        <translation>Wanneer het gebeurde (standaard nu).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>JJJJ-MM-DDTUU:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report-ap: what the report said; no-ap-report and subjects-not-informed: the reason.</source>
        <translation>report-ap: wat de melding inhield; no-ap-report en subjects-not-informed: de reden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>report-ap: the AP&apos;s number for the report.</source>
        <translation>report-ap: het nummer dat de AP aan de melding gaf.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &apos;%2&apos; is not possible:</source>
        <translation>%1: &apos;%2&apos; is niet mogelijk:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 at %3.</source>
        <translation>%1: %2 op %3.</translation>
    </message>
</context>
<context>
    <name>BreachSteps</name>
    <message>
        <location filename="../../src/usecases/steps/BreachSteps.cpp" line="+7"/>
        <source>There is no data breach %1.</source>
        <translation>Er is geen datalek %1.</translation>
    </message>
</context>
<context>
    <name>BreachWorkflow</name>
    <message>
        <location filename="../../src/core/workflow/BreachWorkflow.cpp" line="+37"/>
        <source>The breach is about a client&apos;s data: the client, as controller, decides on the report to the Autoriteit Persoonsgegevens. Inform the client instead.</source>
        <translation>Het datalek betreft gegevens van een klant: de klant beslist als verwerkingsverantwoordelijke over de melding bij de Autoriteit Persoonsgegevens. Informeer in plaats daarvan de klant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was recorded that the breach is not reported to the AP. Change that decision in the editor first.</source>
        <translation>Er is vastgelegd dat het datalek niet bij de AP wordt gemeld. Wijzig dat besluit eerst in het bewerkvenster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The breach is about a client&apos;s data: the client, as controller, decides on the report to the AP.</source>
        <translation>Het datalek betreft gegevens van een klant: de klant beslist als verwerkingsverantwoordelijke over de melding bij de AP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report to the AP was already decided.</source>
        <translation>Over de melding bij de AP is al beslist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The breach is about the firm&apos;s own data: there is no client to inform.</source>
        <translation>Het datalek betreft eigen gegevens van het bedrijf: er is geen klant om te informeren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client was already informed on %1.</source>
        <translation>De klant is al geïnformeerd op %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The breach is about a client&apos;s data: the client, as controller, decides on telling the people.</source>
        <translation>Het datalek betreft gegevens van een klant: de klant beslist als verwerkingsverantwoordelijke over het informeren van de betrokkenen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telling the people was already decided.</source>
        <translation>Over het informeren van de betrokkenen is al beslist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter when this happened.</source>
        <translation>Vul in wanneer dit gebeurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot lie in the future (now is %1).</source>
        <translation>Mag niet in de toekomst liggen (het is nu %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be before the breach was discovered (%1).</source>
        <translation>Mag niet vóór de ontdekking van het datalek liggen (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot be before the previous report (%1).</source>
        <translation>Mag niet vóór de vorige melding liggen (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the reason: why is the breach unlikely to result in a risk to the people (AVG art. 33(1) and (5))?</source>
        <translation>Geef de reden: waarom leidt het datalek waarschijnlijk niet tot een risico voor de betrokkenen (AVG art. 33 lid 1 en 5)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason why the people are not told (AVG art. 34(3)).</source>
        <translation>Geef de reden waarom de betrokkenen niet worden geïnformeerd (AVG art. 34 lid 3).</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../src/core/catalogue/Catalogue.cpp" line="+58"/>
        <source>Cannot open: %1</source>
        <translation>Kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not open for reading.</source>
        <translation>Niet geopend om te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/core/catalogue/CatalogueParser.cpp" line="+60"/>
        <source>Expected an object with format, kind and entries.</source>
        <translation>Verwacht: een object met format, kind en entries.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Geen geldige JSON op regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown field.</source>
        <translation>Onbekend veld.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+104"/>
        <source>Missing.</source>
        <translation>Ontbreekt.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Unsupported format version; this program reads version %1.</source>
        <translation>Deze formaatversie wordt niet ondersteund; dit programma leest versie %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+125"/>
        <source>Expected a string.</source>
        <translation>Verwacht: een tekst.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Unknown catalogue kind &quot;%1&quot;.</source>
        <translation>Onbekende soort catalogus &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected an array.</source>
        <translation>Verwacht: een lijst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A catalogue needs at least one entry.</source>
        <translation>Een catalogus heeft minstens één item nodig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected an object.</source>
        <translation>Verwacht: een object.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate id.</source>
        <translation>Deze id komt al eerder voor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate title.</source>
        <translation>Deze titel komt al eerder voor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing the entry with id &quot;%1&quot;.</source>
        <translation>Het item met id &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown security category &quot;%1&quot;.</source>
        <translation>Onbekende beveiligingscategorie &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use lower-case letters and digits joined by hyphens.</source>
        <translation>Gebruik kleine letters en cijfers, verbonden door koppeltekens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not one of: %1.</source>
        <translation>Moet een van deze zijn: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Empty.</source>
        <translation>Leeg.</translation>
    </message>
    <message>
        <location filename="../../src/core/catalogue/CatalogueSet.cpp" line="+25"/>
        <source>This file must hold the kind &quot;%1&quot;.</source>
        <translation>Dit bestand moet de soort &quot;%1&quot; bevatten.</translation>
    </message>
</context>
<context>
    <name>CertificateCommand</name>
    <message>
        <location filename="../../src/cli/commands/CertificateCommand.cpp" line="+33"/>
        <source>Import, show or remove the certificate (PKCS#12) the firm signs DPAs with.</source>
        <translation>Het certificaat (PKCS#12) waarmee het bedrijf verwerkersovereenkomsten ondertekent, importeren, tonen of verwijderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACTION is import (needs --pkcs12 and --pkcs12-password-file), show or remove. The PKCS#12 file and its password are kept inside the encrypted register only; the JSON export leaves them out. A certificate that has expired or is not valid yet, a wrong password, a file without a private key and a key that does not belong to the certificate are refused. Importing replaces an earlier certificate.</source>
        <translation>ACTIE is import (verwacht --pkcs12 en --pkcs12-password-file), show of remove. Het PKCS#12-bestand en het wachtwoord ervan worden alleen in het versleutelde register bewaard; de JSON-export laat ze weg. Een certificaat dat verlopen of nog niet geldig is, een verkeerd wachtwoord, een bestand zonder privésleutel en een sleutel die niet bij het certificaat hoort, worden geweigerd. Importeren vervangt een eerder certificaat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import, show or remove</source>
        <translation>import, show of remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import: the PKCS#12 file (.p12 or .pfx).</source>
        <translation>import: het PKCS#12-bestand (.p12 of .pfx).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>import: read the PKCS#12 password from the first line of FILE.</source>
        <translation>import: het PKCS#12-wachtwoord van de eerste regel van BESTAND lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show: print JSON instead of text.</source>
        <translation>show: uitvoer als JSON in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--pkcs12 and --pkcs12-password-file only apply to import</source>
        <translation>--pkcs12 en --pkcs12-password-file horen alleen bij import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--json only applies to show</source>
        <translation>--json hoort alleen bij show</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The certificate cannot be used: %1</source>
        <translation>Het certificaat kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write: certificate ACTION, with ACTION one of: import, show, remove</source>
        <translation>schrijf: certificate ACTIE, met ACTIE een van: import, show, remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs --pkcs12 FILE and --pkcs12-password-file FILE</source>
        <translation>import verwacht --pkcs12 BESTAND en --pkcs12-password-file BESTAND</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported the certificate of %1 (valid until %2).</source>
        <translation>Het certificaat van %1 is geïmporteerd (geldig tot %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The register holds no signing certificate; add one with: certificate import --pkcs12 FILE --pkcs12-password-file FILE</source>
        <translation>Het register bevat geen ondertekencertificaat; voeg er een toe met: certificate import --pkcs12 BESTAND --pkcs12-password-file BESTAND</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Removed the signing certificate.</source>
        <translation>Het ondertekencertificaat is verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register holds no signing certificate.</source>
        <translation>Het register bevat geen ondertekencertificaat.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <location filename="../../ui/CertificatePanel.ui" line="+5"/>
        <source>Signing certificate</source>
        <translation>Ondertekencertificaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No certificate yet. With a certificate (a PKCS#12 file, .p12 or .pfx) the program signs processing agreements digitally; without one you can still print them and sign on paper.</source>
        <translation>Nog geen certificaat. Met een certificaat (een PKCS#12-bestand, .p12 of .pfx) ondertekent het programma verwerkersovereenkomsten digitaal; zonder certificaat kunt u ze nog steeds afdrukken en op papier ondertekenen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holder:</source>
        <translation>Houder:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issued by:</source>
        <translation>Uitgegeven door:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valid:</source>
        <translation>Geldig:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Choose certificate…</source>
        <translation>Certificaat &amp;kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose signing certificate</source>
        <translation>Ondertekencertificaat kiezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove certificate…</source>
        <translation>Certificaat &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove signing certificate</source>
        <translation>Ondertekencertificaat verwijderen</translation>
    </message>
</context>
<context>
    <name>CertificatePasswordDialog</name>
    <message>
        <location filename="../../ui/CertificatePasswordDialog.ui" line="+9"/>
        <source>Certificate password</source>
        <translation>Wachtwoord van het certificaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password of the file:</source>
        <translation>&amp;Wachtwoord van het bestand:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password of the certificate file</source>
        <translation>Wachtwoord van het certificaatbestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file and its password are kept inside the encrypted register, so that you can sign without choosing them again.</source>
        <translation>Het bestand en het wachtwoord worden in het versleutelde register bewaard, zodat u kunt ondertekenen zonder ze opnieuw te kiezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
</context>
<context>
    <name>ChangeFailure</name>
    <message>
        <location filename="../../src/cli/ChangeFailure.cpp" line="+7"/>
        <source>The command ends without saving, so this change is lost; run it again once the problem is solved.</source>
        <translation>De opdracht eindigt zonder op te slaan, dus deze wijziging gaat verloren; voer haar opnieuw uit zodra het probleem is opgelost.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordCommand</name>
    <message>
        <location filename="../../src/cli/commands/ChangePasswordCommand.cpp" line="+16"/>
        <source>Change the password of the register and its backups.</source>
        <translation>Het wachtwoord van het register en de back-ups wijzigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current password comes from --password-file or --password-stdin (or the terminal), the new one from --new-password-file (or the terminal, twice). The backups are re-encrypted too, so the old password opens none of them. The cost of the key derivation stays as it is unless a --kdf-* option changes it.</source>
        <translation>Het huidige wachtwoord komt uit --password-file of --password-stdin (of de terminal), het nieuwe uit --new-password-file (of twee keer van de terminal). Ook de back-ups worden opnieuw versleuteld, zodat het oude wachtwoord er geen van meer opent. De rekenkosten van de sleutelafleiding blijven gelijk, tenzij een --kdf-*-optie ze wijzigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read the new password from the first line of PATH.</source>
        <translation>Het nieuwe wachtwoord van de eerste regel van PAD lezen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--new-password-file is required when the current password does not come from the terminal</source>
        <translation>--new-password-file is verplicht als het huidige wachtwoord niet van de terminal komt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current password: </source>
        <translation>Huidig wachtwoord: </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Password changed; %n backup(s) re-encrypted.</source>
        <translation>
            <numerusform>Wachtwoord gewijzigd; %n back-up opnieuw versleuteld.</numerusform>
            <numerusform>Wachtwoord gewijzigd; %n back-ups opnieuw versleuteld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: backup %1 could not be re-encrypted (damaged, or under another password); delete it if the old password leaked.</source>
        <translation>waarschuwing: back-up %1 kon niet opnieuw worden versleuteld (beschadigd, of met een ander wachtwoord); verwijder deze als het oude wachtwoord is uitgelekt.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../../src/cli/CliApplication.cpp" line="+29"/>
        <source>Usage: %1 %2</source>
        <translation>Gebruik: %1 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usage: %1 [--register PATH] [--password-file PATH | --password-stdin] [--verbose] COMMAND [ARGUMENTS]

Keeps the privacy register (AVG/GDPR) of a small IT firm.

Commands:
</source>
        <translation>Gebruik: %1 [--register PAD] [--password-file PAD | --password-stdin] [--verbose] OPDRACHT [ARGUMENTEN]

Houdt het privacyregister (AVG) van een klein IT-bedrijf bij.

Opdrachten:
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Run &apos;%1 COMMAND --help&apos; for the options of a command. Exit codes: docs/cli.md.
</source>
        <translation>
Gebruik &apos;%1 OPDRACHT --help&apos; voor de opties van een opdracht. Afsluitcodes: docs/cli.md.
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keeps the privacy register (AVG/GDPR) of a small IT firm.</source>
        <translation>Houdt het privacyregister (AVG) van een klein IT-bedrijf bij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command to run.</source>
        <translation>De opdracht die moet worden uitgevoerd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is not enough memory to finish this command. What it had not saved yet is lost; the register file holds its last completed save.</source>
        <translation>Er is niet genoeg geheugen om deze opdracht af te maken. Wat nog niet was opgeslagen, gaat verloren; het registerbestand bevat de laatste voltooide opslag.</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/ClientEditor.ui" line="+9"/>
        <source>Legal &amp;name:</source>
        <translation>&amp;Statutaire naam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;City:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;KvK number:</source>
        <translation>&amp;KvK-nummer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed &amp;by:</source>
        <translation>Ondertekend &amp;door:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Representative who signs</source>
        <translation>Vertegenwoordiger die ondertekent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Function of the representative</source>
        <translation>Functie van de vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact for privacy matters</source>
        <translation>Contactpersoon voor privacyzaken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact e-mail</source>
        <translation>E-mailadres van de contactpersoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;hone:</source>
        <translation>Telefoo&amp;n:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact phone</source>
        <translation>Telefoonnummer van de contactpersoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rivacy contact:</source>
        <translation>P&amp;rivacycontact:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client&apos;s FG or privacy contact</source>
        <translation>FG of privacycontactpersoon van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s own data protection officer (FG), or the person who handles privacy there; the register names them (art. 30(2)(a) GDPR).</source>
        <translation>De eigen functionaris gegevensbescherming (FG) van de klant, of wie daar privacy behandelt; het register noemt hem of haar (art. 30 lid 2 onder a AVG).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy e-&amp;mail:</source>
        <translation>Privacy-e-&amp;mail:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail of the FG or privacy contact</source>
        <translation>E-mail van de FG of privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy &amp;telephone:</source>
        <translation>Privacy&amp;telefoon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone of the FG or privacy contact</source>
        <translation>Telefoon van de FG of privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appointed as FG (&amp;DPO) by the client</source>
        <translation>Door de klant aangesteld als FG (&amp;DPO)</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <location filename="../../src/gui/sections/ClientSection.cpp" line="+33"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1: %2</source>
        <translation>Versie %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs for the client</source>
        <translation>Ondertekent namens de klant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact for privacy</source>
        <translation>Contactpersoon voor privacy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FG (data protection officer)</source>
        <translation>FG (functionaris gegevensbescherming)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Privacy contact</source>
        <translation>Privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing agreements</source>
        <translation>Verwerkersovereenkomsten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-processor notices</source>
        <translation>Kennisgevingen over subverwerkers</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="+43"/>
        <source>the password is longer than %1 bytes; give a file or input whose first line is the password</source>
        <translation>het wachtwoord is langer dan %1 bytes; geef een bestand of invoer waarvan de eerste regel het wachtwoord is</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no register given: use --register PATH or set PRIVACYREGISTER_REGISTER</source>
        <translation>geen register opgegeven: gebruik --register PAD of stel PRIVACYREGISTER_REGISTER in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot use the password file: %1</source>
        <translation>het wachtwoordbestand is niet te gebruiken: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the password file %1: %2</source>
        <translation>kan het wachtwoordbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the password file %1 is empty</source>
        <translation>het wachtwoordbestand %1 is leeg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use either --password-file or --password-stdin, not both</source>
        <translation>gebruik --password-file of --password-stdin, niet allebei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no password given: use --password-file PATH or --password-stdin (stdin is not a terminal, so the password cannot be asked)</source>
        <translation>geen wachtwoord opgegeven: gebruik --password-file PAD of --password-stdin (stdin is geen terminal, dus het wachtwoord kan niet worden gevraagd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the password is empty</source>
        <translation>het wachtwoord is leeg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password: </source>
        <translation>Herhaal het nieuwe wachtwoord: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passwords differ</source>
        <translation>de twee wachtwoorden zijn niet gelijk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a new password needs at least %1 characters</source>
        <translation>een nieuw wachtwoord moet minstens %1 tekens hebben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
</context>
<context>
    <name>DamagedFileError</name>
    <message>
        <location filename="../../src/storage/RegisterErrors.cpp" line="+25"/>
        <source>%1 is not a register file of Privacyregister.</source>
        <translation>%1 is geen registerbestand van Privacyregister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is incomplete: the end of the file is missing. Open the newest backup instead (see the user guide, &apos;Backups&apos;).</source>
        <translation>%1 is onvolledig: het einde van het bestand ontbreekt. Open in plaats daarvan de nieuwste back-up (zie de handleiding, &apos;Back-ups&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: its content does not match its checksum. Open the newest backup instead (see the user guide, &apos;Backups&apos;).</source>
        <translation>%1 is beschadigd: de inhoud komt niet overeen met de controlesom. Open in plaats daarvan de nieuwste back-up (zie de handleiding, &apos;Back-ups&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of Privacyregister. Install the newest version to open it.</source>
        <translation>%1 is opgeslagen met een nieuwere versie van Privacyregister. Installeer de nieuwste versie om het te openen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses an encryption method this version does not know. Install the newest version to open it.</source>
        <translation>%1 gebruikt een versleutelingsmethode die deze versie niet kent. Installeer de nieuwste versie om het te openen.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/DashboardPage.ui" line="+16"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Needs your attention (click an item to open it):</source>
        <translation>&amp;Vraagt aandacht (klik op een item om het te openen):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items that need your attention</source>
        <translation>Items die aandacht vragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the register:</source>
        <translation>In het register:</translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <location filename="../../src/cli/commands/DeadlineCommand.cpp" line="+26"/>
        <source>Print the deadlines of a request received on a date (no register needed).</source>
        <translation>De termijnen tonen van een verzoek dat op een bepaalde datum is ontvangen (geen register nodig).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The legal deadline is one month after receipt (AVG art. 12(3)), the extended one three months; the promised one is the firm&apos;s own term (default 4 weeks). Each is moved past weekends and Dutch public holidays as Regulation 1182/71 prescribes. &apos;effective&apos; is the deadline to work to: the earlier of the promised and the legal deadline, or the extended legal deadline with --extended. The labels are fixed, for scripts.</source>
        <translation>De wettelijke termijn is één maand na ontvangst (AVG art. 12 lid 3), de verlengde termijn drie maanden; de beloofde termijn is de eigen termijn van het bedrijf (standaard 4 weken). Valt een termijn op een weekend of een Nederlandse feestdag, dan schuift hij op zoals Verordening 1182/71 voorschrijft. &apos;effective&apos; is de termijn om aan te houden: de vroegste van de beloofde en de wettelijke termijn, of met --extended de verlengde wettelijke termijn. De labels in de uitvoer zijn vast en Engelstalig, zodat scripts ze kunnen lezen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date the request was received.</source>
        <translation>De datum waarop het verzoek is ontvangen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The firm&apos;s own term: 4w, 28d or 1m (default 4w).</source>
        <translation>De eigen termijn van het bedrijf: 4w, 28d of 1m (standaard 4w).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TERM</source>
        <translation>TERMIJN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person was told of an extension in time.</source>
        <translation>De betrokkene is op tijd over een verlenging geïnformeerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of text.</source>
        <translation>Uitvoer als JSON in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--received is required</source>
        <translation>--received is verplicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen datum; schrijf die als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a term; write it as 4w, 28d or 1m</source>
        <translation>&apos;%1&apos; is geen termijn; schrijf die als 4w, 28d of 1m</translation>
    </message>
</context>
<context>
    <name>DeadlineIcs</name>
    <message>
        <location filename="../../src/core/workflow/DeadlineIcs.cpp" line="+55"/>
        <source>Request %1: extended legal deadline</source>
        <translation>Verzoek %1: verlengde wettelijke termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received %1. Extended legal deadline %2 (AVG art. 12(3)).</source>
        <translation>Ontvangen op %1. Verlengde wettelijke termijn: %2 (AVG art. 12 lid 3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received %1. Promised deadline %2. Legal deadline %3 (AVG art. 12(3)).</source>
        <translation>Ontvangen op %1. Beloofde termijn: %2. Wettelijke termijn: %3 (AVG art. 12 lid 3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1: promised deadline</source>
        <translation>Verzoek %1: beloofde termijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request %1: legal deadline</source>
        <translation>Verzoek %1: wettelijke termijn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breach %1: report to the Autoriteit Persoonsgegevens</source>
        <translation>Datalek %1: melden bij de Autoriteit Persoonsgegevens</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Breach %1: inform the client (within %n hours)</source>
        <translation>
            <numerusform>Datalek %1: klant informeren (binnen %n uur)</numerusform>
            <numerusform>Datalek %1: klant informeren (binnen %n uur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Discovered %1 (UTC). This clock runs out %2 (UTC), %n hours later.</source>
        <translation>
            <numerusform>Ontdekt op %1 (UTC). Deze termijn loopt af op %2 (UTC), %n uur later.</numerusform>
            <numerusform>Ontdekt op %1 (UTC). Deze termijn loopt af op %2 (UTC), %n uur later.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Privacy register deadlines</source>
        <translation>Termijnen uit het privacyregister</translation>
    </message>
</context>
<context>
    <name>DeadlinesIcsCommand</name>
    <message>
        <location filename="../../src/cli/commands/DeadlinesIcsCommand.cpp" line="+17"/>
        <source>Write the open deadlines as an iCalendar (.ics) file.</source>
        <translation>De openstaande termijnen wegschrijven als iCalendar-bestand (.ics).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One event per deadline, each with a reminder: the promised and the legal deadline of every open request (all-day; the extended legal deadline once extended) and every running breach clock (at the hour, in UTC). Events name a request or breach by its reference only. Their UIDs stay the same from one export to the next, so importing again updates the events instead of adding copies. Without --out the calendar goes to stdout.</source>
        <translation>Eén afspraak per termijn, elk met een herinnering: de beloofde en de wettelijke termijn van elk open verzoek (hele dag; na een verlenging de verlengde wettelijke termijn) en elke lopende meldtermijn van een datalek (op het uur, in UTC). Een afspraak noemt een verzoek of datalek alleen bij zijn kenmerk. De UID&apos;s blijven van export tot export gelijk, zodat opnieuw importeren de afspraken bijwerkt in plaats van kopieën toe te voegen. Zonder --out gaat de agenda naar stdout.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write to PATH instead of stdout.</source>
        <translation>Naar PAD schrijven in plaats van naar stdout.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrote %n deadline(s) to %1.</source>
        <translation>
            <numerusform>%n termijn weggeschreven naar %1.</numerusform>
            <numerusform>%n termijnen weggeschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteRecordCommand</name>
    <message>
        <location filename="../../src/gui/editing/DeleteRecordCommand.cpp" line="+13"/>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../../src/gui/sections/DisplayText.cpp" line="+18"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/DocumentsPage.ui" line="+16"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a document: the preview shows it as it will be printed, from what the register holds now. Save it, print it, or adjust its template.</source>
        <translation>Kies een document: het voorbeeld toont het zoals het wordt afgedrukt, met wat het register nu bevat. Sla het op, druk het af of pas het sjabloon aan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreeme&amp;nt:</source>
        <translation>Ove&amp;reenkomst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement with the client</source>
        <translation>Overeenkomst met de klant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quest:</source>
        <translation>&amp;Verzoek:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request of a data subject</source>
        <translation>Verzoek van een betrokkene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acti&amp;vities:</source>
        <translation>Ver&amp;werkingen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Processing activities the answer covers</source>
        <translation>Verwerkingen waarover het antwoord gaat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About the choice</source>
        <translation>Toelichting bij de keuze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document in the chosen format</source>
        <translation>Het document opslaan in het gekozen formaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the document (Ctrl+P)</source>
        <translation>Het document afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit &amp;template</source>
        <translation>&amp;Sjabloon bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the template of this document beside the preview, to change its text</source>
        <translation>Het sjabloon van dit document naast het voorbeeld tonen, om de tekst te wijzigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>State of the preview</source>
        <translation>Status van het voorbeeld</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../src/core/catalogue/CatalogueKind.h" line="+26"/>
        <source>Soorten persoonsgegevens</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soorten betrokkenen</source>
        <translation>Soorten betrokkenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Functies van medewerkers</source>
        <translation>Functies van medewerkers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwerkingshandelingen</source>
        <translation>Verwerkingshandelingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bijzondere en gevoelige gegevens</source>
        <translation>Bijzondere en gevoelige gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uitzonderingen van artikel 9 lid 2</source>
        <translation>Uitzonderingen van artikel 9 lid 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beveiligingsmaatregelen</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/RequestChannel.h" line="+24"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/BreachNature.h" line="+31"/>
        <source>Sent to the wrong recipient</source>
        <translation>Verstuurd naar de verkeerde ontvanger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail addresses visible to others (To/Cc instead of Bcc)</source>
        <translation>E-mailadressen zichtbaar voor anderen (Aan/Cc in plaats van Bcc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown or given to the wrong person</source>
        <translation>Getoond of gegeven aan de verkeerde persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device or data carrier lost or stolen</source>
        <translation>Apparaat of gegevensdrager verloren of gestolen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper lost, stolen or left in an unsafe place</source>
        <translation>Papieren verloren, gestolen of op een onveilige plek achtergelaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post lost or opened</source>
        <translation>Post kwijtgeraakt of geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hacking, malware (such as ransomware) or phishing</source>
        <translation>Hacking, malware (zoals ransomware) of phishing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published by mistake</source>
        <translation>Per ongeluk gepubliceerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed from a device that was disposed of</source>
        <translation>Niet gewist van een afgedankt apparaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seen or used without authority by someone within the organisation</source>
        <translation>Onbevoegd ingezien of gebruikt door iemand binnen de organisatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost, destroyed or no longer available</source>
        <translation>Verloren gegaan, vernietigd of niet meer beschikbaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/core/domain/RequestChannel.h" line="+2"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/Art9Exception.h" line="+28"/>
        <source>Explicit consent</source>
        <translation>Uitdrukkelijke toestemming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment and social security law</source>
        <translation>Arbeidsrecht en sociale zekerheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/domain/LegalBasis.h" line="+28"/>
        <source>Vital interests</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not-for-profit body</source>
        <translation>Instelling zonder winstoogmerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made public by the data subject</source>
        <translation>Door de betrokkene openbaar gemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal claims</source>
        <translation>Rechtsvordering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Substantial public interest</source>
        <translation>Zwaarwegend algemeen belang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health care and occupational medicine</source>
        <translation>Zorg en arbeidsgeneeskunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public health</source>
        <translation>Volksgezondheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archiving, research or statistics</source>
        <translation>Archief, onderzoek of statistiek</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/AuditAction.h" line="+23"/>
        <location filename="../../src/core/domain/SubProcessorChange.h" line="+20"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values removed</source>
        <translation>Waarden verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/DataSource.h" line="+21"/>
        <source>From the data subject</source>
        <translation>Van de betrokkene zelf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From another source</source>
        <translation>Uit een andere bron</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/DataSubjectRight.h" line="+26"/>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasure</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restriction of processing</source>
        <translation>Beperking van de verwerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal of consent</source>
        <translation>Intrekken van toestemming</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/EntityKind.h" line="+27"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-processor</source>
        <translation>Subverwerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data processing agreement</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data subject request</source>
        <translation>Verzoek van betrokkene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data breach</source>
        <translation>Datalek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-processor notice</source>
        <translation>Kennisgeving subverwerker</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/LegalBasis.h" line="-6"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performance of a contract</source>
        <translation>Uitvoering van een overeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public task</source>
        <translation>Taak van algemeen belang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legitimate interests</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/MeasureStatus.h" line="+20"/>
        <source>In place</source>
        <translation>Genomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/NotificationPhase.h" line="+20"/>
        <source>Initial report</source>
        <translation>Eerste melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up report</source>
        <translation>Aanvulling</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/ProcessingRole.h" line="+21"/>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/RequestStatus.h" line="+31"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+43"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting proof of identity</source>
        <translation>Wacht op identificatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+6"/>
        <location filename="../../src/core/workflow/RequestStep.h" line="+56"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+2"/>
        <location filename="../../src/core/workflow/RequestStep.h" line="+6"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+2"/>
        <location filename="../../src/core/workflow/RequestStep.h" line="+2"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+2"/>
        <location filename="../../src/core/workflow/RequestStep.h" line="+2"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/RetentionKind.h" line="+20"/>
        <source>Not specified</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed period</source>
        <translation>Vaste termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As long as the agreement runs</source>
        <translation>Zolang de overeenkomst loopt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/domain/RetentionPeriod.cpp" line="+18"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../src/report/model/DocumentLanguage.cpp" line="+140"/>
        <source>as long as the agreement runs</source>
        <translation>zolang de overeenkomst loopt</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/RetentionTrigger.h" line="+25"/>
        <source>after collection</source>
        <translation>na verkrijging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the last contact</source>
        <translation>na het laatste contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the agreement</source>
        <translation>na einde overeenkomst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after the end of the financial year</source>
        <translation>na einde boekjaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of employment</source>
        <translation>na einde dienstverband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after completion</source>
        <translation>na afhandeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after another event</source>
        <translation>na een andere gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/RetentionUnit.h" line="+21"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/SecurityCategory.h" line="+21"/>
        <source>Technical measures</source>
        <translation>Technische maatregelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisational measures</source>
        <translation>Organisatorische maatregelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physical measures</source>
        <translation>Fysieke maatregelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network, server and application security</source>
        <translation>Netwerk-, server- en applicatiebeveiliging</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/SigningState.h" line="+22"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by us</source>
        <translation>Door ons ondertekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by both parties</source>
        <translation>Door beide partijen ondertekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/SpecialCategory.h" line="+47"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Racial or ethnic origin</source>
        <translation>Ras of etnische afkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political opinions</source>
        <translation>Politieke opvattingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Religious or philosophical beliefs</source>
        <translation>Religie of levensovertuiging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trade union membership</source>
        <translation>Lidmaatschap van een vakbond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genetic data</source>
        <translation>Genetische gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biometric data</source>
        <translation>Biometrische gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex life or sexual orientation</source>
        <translation>Seksueel leven of seksuele gerichtheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criminal convictions and offences</source>
        <translation>Strafrechtelijke gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen service number (BSN)</source>
        <translation>Burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity document</source>
        <translation>Identiteitsbewijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial data</source>
        <translation>Financiële gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location data</source>
        <translation>Locatiegegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children&apos;s data</source>
        <translation>Gegevens van kinderen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TransferSafeguard.h" line="+21"/>
        <source>Adequacy decision</source>
        <translation>Adequaatheidsbesluit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard contractual clauses (SCC)</source>
        <translation>Standaardcontractbepalingen (SCC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binding corporate rules (BCR)</source>
        <translation>Bindende bedrijfsvoorschriften (BCR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explicit consent or another derogation</source>
        <translation>Uitdrukkelijke toestemming of andere uitzondering</translation>
    </message>
    <message>
        <location filename="../../src/core/workflow/BreachClock.h" line="+60"/>
        <source>Report to the AP</source>
        <translation>Melden bij de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inform the client</source>
        <translation>Klant informeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The law (72 hours)</source>
        <translation>De wet (72 uur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s agreement</source>
        <translation>De overeenkomst met de klant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement not in force at discovery</source>
        <translation>Een overeenkomst die bij de ontdekking niet gold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreement: the default window</source>
        <translation>Geen overeenkomst: de standaardtermijn</translation>
    </message>
    <message>
        <location filename="../../src/core/workflow/DueState.h" line="+22"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>Loopt bijna af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <location filename="../../src/core/workflow/RequestStage.h" line="-10"/>
        <location filename="../../src/core/workflow/RequestStep.h" line="-14"/>
        <source>Identity check requested</source>
        <translation>Identificatie gevraagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStep.h" line="+2"/>
        <source>Identity verified</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../src/core/workflow/RequestStep.h" line="+4"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../src/core/workflow/BreachStep.h" line="+37"/>
        <source>Reported to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reported to the AP</source>
        <translation>Niet gemeld bij de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStep.h" line="+2"/>
        <source>Client informed</source>
        <translation>Klant geïnformeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People not informed</source>
        <translation>Betrokkenen niet geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../src/core/workflow/AgreementStep.h" line="+38"/>
        <source>Mark as sent</source>
        <translation>Markeren als verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign for the firm</source>
        <translation>Ondertekenen namens het bedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the client&apos;s signature</source>
        <translation>Handtekening van de klant vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/CookieKind.h" line="+23"/>
        <source>Functional</source>
        <translation>Functioneel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytic, without privacy impact</source>
        <translation>Analytisch, zonder gevolgen voor de privacy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only with consent</source>
        <translation>Alleen met toestemming</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/CookieParty.h" line="+20"/>
        <source>Our own (first party)</source>
        <translation>Van onszelf (first party)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another party (third party)</source>
        <translation>Van een andere partij (third party)</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/ObjectionOutcome.h" line="+23"/>
        <source>Under discussion</source>
        <translation>In overleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution agreed</source>
        <translation>Oplossing afgesproken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-processor not used for this client</source>
        <translation>Subverwerker niet ingezet voor deze klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objection withdrawn</source>
        <translation>Bezwaar ingetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ended the service</source>
        <translation>Klant heeft de dienst beëindigd</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/RefusalGround.h" line="+34"/>
        <source>Manifestly unfounded or excessive (art. 12(5))</source>
        <translation>Kennelijk ongegrond of buitensporig (art. 12 lid 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity not established (art. 11(2), 12(2))</source>
        <translation>Identiteit niet vastgesteld (art. 11 lid 2, 12 lid 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conditions of the right are not met</source>
        <translation>Niet voldaan aan de voorwaarden van het recht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights and freedoms of others (art. 15(4), 20(4))</source>
        <translation>Rechten en vrijheden van anderen (art. 15 lid 4, 20 lid 4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freedom of expression and information (art. 17(3)(a))</source>
        <translation>Vrijheid van meningsuiting en informatie (art. 17 lid 3 onder a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal obligation or public task (art. 17(3)(b))</source>
        <translation>Wettelijke verplichting of taak van algemeen belang (art. 17 lid 3 onder b)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public health (art. 17(3)(c))</source>
        <translation>Volksgezondheid (art. 17 lid 3 onder c)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archiving, research or statistics (art. 17(3)(d))</source>
        <translation>Archivering, onderzoek of statistiek (art. 17 lid 3 onder d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal claims (art. 17(3)(e))</source>
        <translation>Rechtsvordering (art. 17 lid 3 onder e)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compelling legitimate grounds (art. 21(1))</source>
        <translation>Dwingende gerechtvaardigde gronden (art. 21 lid 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restriction by law (art. 23 AVG, art. 41 UAVG)</source>
        <translation>Wettelijke beperking (art. 23 AVG, art. 41 UAVG)</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/StatementAudience.h" line="+28"/>
        <source>Customers and website visitors</source>
        <translation>Klanten en websitebezoekers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job applicants</source>
        <translation>Sollicitanten</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/SubProcessorChange.h" line="+2"/>
        <source>Replaces another</source>
        <translation>Vervangt een andere</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/BreachRisk.h" line="+22"/>
        <source>Unlikely to result in a risk</source>
        <translation>Waarschijnlijk geen risico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A risk to the people</source>
        <translation>Risico voor de betrokkenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A high risk to the people</source>
        <translation>Hoog risico voor de betrokkenen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/NotInformedGround.h" line="+23"/>
        <source>No high risk (art. 34(1))</source>
        <translation>Geen hoog risico (art. 34 lid 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data was unintelligible, e.g. encrypted (art. 34(3)(a))</source>
        <translation>De gegevens waren onbegrijpelijk, bijvoorbeeld versleuteld (art. 34 lid 3 sub a)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later measures make the high risk no longer likely (art. 34(3)(b))</source>
        <translation>Latere maatregelen maken het hoge risico niet langer waarschijnlijk (art. 34 lid 3 sub b)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telling each person would take disproportionate effort: a public notice instead (art. 34(3)(c))</source>
        <translation>Ieder afzonderlijk informeren vergt een onevenredige inspanning: in plaats daarvan een openbare mededeling (art. 34 lid 3 sub c)</translation>
    </message>
</context>
<context>
    <name>DpaReadiness</name>
    <message>
        <location filename="../../src/core/workflow/DpaReadiness.cpp" line="+22"/>
        <source>%1 (no date yet)</source>
        <translation>%1 (nog geen datum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (planned for %2)</source>
        <translation>%1 (gepland per %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The main agreement is not named: the DPA leaves a line to fill in for it, and its duration depends on it. Enter it in the agreement.</source>
        <translation>De hoofdovereenkomst is niet ingevuld: de verwerkersovereenkomst laat er een lege regel voor, en haar looptijd hangt ervan af. Vul haar in bij de overeenkomst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the main agreement is not recorded: the DPA leaves a line to fill in for it. Enter it in the agreement.</source>
        <translation>De datum van de hoofdovereenkomst is niet ingevuld: de verwerkersovereenkomst laat er een lege regel voor. Vul hem in bij de overeenkomst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The liability cap is only recorded in words, which the DPA no longer prints: enter the cap per event and per year as amounts.</source>
        <translation>De aansprakelijkheidsgrens staat alleen in woorden, en die drukt de verwerkersovereenkomst niet meer af: vul de grens per gebeurtenis en per jaar als bedragen in.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Bijlage 2 lists %n planned measure(s) apart from those in place: %1. The client signs for them as planned, with their dates.</source>
        <translation>
            <numerusform>Bijlage 2 noemt %n geplande maatregel apart van de genomen maatregelen: %1. De klant tekent ervoor als gepland, met de datum.</numerusform>
            <numerusform>Bijlage 2 noemt %n geplande maatregelen apart van de genomen maatregelen: %1. De klant tekent ervoor als gepland, met hun datum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No transfer impact assessment is recorded for sub-processor %1 (%2): Bijlage 3 says so. Record it with the sub-processor.</source>
        <translation>Voor subverwerker %1 (%2) is geen doorgiftetoets vastgelegd: Bijlage 3 vermeldt dat. Leg hem vast bij de subverwerker.</translation>
    </message>
</context>
<context>
    <name>DpaWarnings</name>
    <message>
        <location filename="../../src/cli/DpaWarnings.h" line="+19"/>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <location filename="../../src/cli/commands/DueCommand.cpp" line="+56"/>
        <source>&apos;%1&apos; is not a number of days from 0 to %2</source>
        <translation>&apos;%1&apos; is geen aantal dagen van 0 tot en met %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Nothing is open: no request or breach clock runs.</source>
        <translation>Er staat niets open: er loopt geen verzoek en geen meldtermijn van een datalek.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Overdue: %1. Due within %n day(s): %2. Later: %3. Breach clocks running: %4.</source>
        <translation>
            <numerusform>Te laat: %1. Binnen %n dag: %2. Later: %3. Lopende meldtermijnen van datalekken: %4.</numerusform>
            <numerusform>Te laat: %1. Binnen %n dagen: %2. Later: %3. Lopende meldtermijnen van datalekken: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n closed request(s) kept past the retention period: see anonymise-requests --dry-run.</source>
        <translation>
            <numerusform>%n afgesloten verzoek is langer bewaard dan de bewaartermijn: zie anonymise-requests --dry-run.</numerusform>
            <numerusform>%n afgesloten verzoeken zijn langer bewaard dan de bewaartermijn: zie anonymise-requests --dry-run.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List open requests and breach clocks with their deadlines; exit 5 when any is overdue.</source>
        <translation>Open verzoeken en meldtermijnen van datalekken opsommen met hun termijnen; afsluitcode 5 als er een te laat is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One line per deadline, the most urgent first: state (overdue, due-soon, ok; running for a breach clock), kind (request, breach-ap, breach-client), id, reference, deadline, days or hours left, and details as key=value. These words are fixed, for scripts; a last field says the time left in words, as the overview does. Nothing about the people concerned is printed. The exit code is 5 when anything is overdue and 0 otherwise, so that cron can mail it.</source>
        <translation>Eén regel per termijn, de dringendste eerst: toestand (overdue, due-soon, ok; running bij een meldtermijn van een datalek), soort (request, breach-ap, breach-client), id, kenmerk, termijn, resterende dagen of uren, en details als sleutel=waarde. Deze woorden zijn vast en Engelstalig, zodat scripts ze kunnen lezen; een laatste veld zegt de resterende tijd in woorden, zoals het overzicht dat doet. Er wordt niets over de betrokken personen getoond. De afsluitcode is 5 als er iets te laat is en anders 0, zodat cron er een e-mail over kan sturen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The firm&apos;s own answer term: 4w, 28d or 1m (default: the setting of the desktop program, else 4w).</source>
        <translation>De eigen antwoordtermijn van het bedrijf: 4w, 28d of 1m (standaard: de instelling van het bureaubladprogramma, anders 4w).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TERM</source>
        <translation>TERMIJN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a term; write it as 4w, 28d or 1m</source>
        <translation>&apos;%1&apos; is geen termijn; schrijf die als 4w, 28d of 1m</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Call a request due soon when at most DAYS days are left (default 7).</source>
        <translation>Een verzoek geldt als bijna verlopen als er hoogstens DAGEN dagen over zijn (standaard 7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAYS</source>
        <translation>DAGEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of text.</source>
        <translation>Uitvoer als JSON in plaats van tekst.</translation>
    </message>
</context>
<context>
    <name>DueSummary</name>
    <message numerus="yes">
        <location filename="../../src/core/dashboard/DueSummary.cpp" line="+19"/>
        <source>%n breach notification deadline(s) run(s) out %1.</source>
        <translation>
            <numerusform>%n meldtermijn van een datalek loopt %1 af.</numerusform>
            <numerusform>%n meldtermijnen van datalekken lopen %1 af.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n breach notification deadline(s) run(s) out %1, the first %2.</source>
        <translation>
            <numerusform>%n meldtermijn van een datalek loopt %1 af, de eerste %2.</numerusform>
            <numerusform>%n meldtermijnen van datalekken lopen %1 af, de eerste %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n request(s) must be answered %1.</source>
        <translation>
            <numerusform>%n verzoek moet %1 beantwoord worden.</numerusform>
            <numerusform>%n verzoeken moeten %1 beantwoord worden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n deadline(s) overdue.</source>
        <translation>
            <numerusform>%n termijn te laat.</numerusform>
            <numerusform>%n termijnen te laat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutchHolidays</name>
    <message>
        <location filename="../../src/core/calendar/DutchHolidays.cpp" line="+39"/>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Monday</source>
        <translation>Tweede Paasdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queen&apos;s Day</source>
        <translation>Koninginnedag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whit Monday</source>
        <translation>Tweede Pinksterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Day</source>
        <translation>Eerste Kerstdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxing Day</source>
        <translation>Tweede Kerstdag</translation>
    </message>
</context>
<context>
    <name>EnglishTexts</name>
    <message numerus="yes">
        <location filename="../../src/usecases/english/EnglishTexts.cpp" line="+138"/>
        <source>The English DPA shows %n text(s) of the register in Dutch, for want of an English version (Edit &gt; English texts): %1.</source>
        <translation>
            <numerusform>De Engelse verwerkersovereenkomst toont %n tekst uit het register in het Nederlands, omdat er geen Engelse versie van is (Bewerken &gt; Engelse teksten): %1.</numerusform>
            <numerusform>De Engelse verwerkersovereenkomst toont %n teksten uit het register in het Nederlands, omdat er geen Engelse versie van is (Bewerken &gt; Engelse teksten): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnglishTextsCommand</name>
    <message>
        <location filename="../../src/cli/commands/EnglishTextsCommand.cpp" line="+45"/>
        <source>--%1 TEXT is required</source>
        <translation>--%1 TEKST is verplicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--agreement ID is required</source>
        <translation>--agreement ID is verplicht</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The English version of &quot;%1&quot; is removed.</source>
        <translation>De Engelse versie van &quot;%1&quot; is verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is &quot;%2&quot; in English documents.</source>
        <translation>&quot;%1&quot; is &quot;%2&quot; in Engelse documenten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The texts of the register that the English DPA shows, with their English versions.</source>
        <translation>De teksten uit het register die de Engelse verwerkersovereenkomst toont, met hun Engelse versie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACTION is one of:
  list [--missing]: every text an English DPA can take from the register (source, Dutch, English), source one of recorded, catalogue (an item picked unchanged from the catalogue), none (the document shows the Dutch text) or unused (recorded for a text the register no longer holds); --missing lists only those without English;
  list --agreement ID: the texts the English DPA of that agreement shows in Dutch;
  set --dutch TEXT --english TEXT: record the English version of a text;
  remove --dutch TEXT: remove the recorded English version.
Texts match ignoring case and surrounding spaces. A refused change exits 2 with the reasons.</source>
        <translation>ACTIE is een van:
  list [--missing]: elke tekst die een Engelse verwerkersovereenkomst uit het register kan halen (bron, Nederlands, Engels), bron een van recorded (zelf vastgelegd), catalogue (ongewijzigd uit de lijst van het programma gekozen), none (het document toont de Nederlandse tekst) of unused (vastgelegd voor een tekst die niet meer in het register staat); --missing toont alleen die zonder Engelse versie;
  list --agreement ID: de teksten die de Engelse versie van die overeenkomst in het Nederlands toont;
  set --dutch TEKST --english TEKST: de Engelse versie van een tekst vastleggen;
  remove --dutch TEKST: de vastgelegde Engelse versie verwijderen.
Teksten komen overeen zonder op hoofdletters en spaties eromheen te letten. Een geweigerde wijziging eindigt met code 2 en de redenen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>list, set or remove.</source>
        <translation>list, set of remove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: only the texts without an English version.</source>
        <translation>list: alleen de teksten zonder Engelse versie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: the texts this agreement&apos;s English DPA shows in Dutch.</source>
        <translation>list: de teksten die de Engelse versie van deze overeenkomst in het Nederlands toont.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text as the register holds it.</source>
        <translation>De tekst zoals het register hem bevat.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set: its English version.</source>
        <translation>set: de Engelse versie ervan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write: english-texts list|set|remove …</source>
        <translation>schrijf: english-texts list|set|remove …</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../src/cli/commands/ExportCommand.cpp" line="+18"/>
        <source>Write the whole register as JSON, its audit trail included.</source>
        <translation>Het hele register als JSON wegschrijven, inclusief het logboek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export is NOT encrypted: it holds every personal data item of the register. Keep it as carefully as the register itself and delete it when it has served its purpose. Without --out it goes to stdout.</source>
        <translation>De export is NIET versleuteld: alle persoonsgegevens uit het register staan erin. Bewaar hem even zorgvuldig als het register zelf en verwijder hem zodra hij niet meer nodig is. Zonder --out gaat hij naar stdout.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The format: json (the only one).</source>
        <translation>Het formaat: json (het enige).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to PATH (readable by you only) instead of stdout.</source>
        <translation>Naar PAD schrijven (alleen leesbaar voor de eigen gebruiker) in plaats van naar stdout.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &apos;%1&apos;; the only format is json</source>
        <translation>onbekend formaat &apos;%1&apos;; het enige formaat is json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>FieldIssues</name>
    <message>
        <location filename="../../src/gui/editors/FieldIssues.cpp" line="+34"/>
        <source>Problem with %1</source>
        <translation>Probleem met %1</translation>
    </message>
</context>
<context>
    <name>FileWriteError</name>
    <message>
        <location filename="../../src/storage/RegisterErrors.cpp" line="+42"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 is read-only: this program may not write there</source>
        <translation>de map %1 is alleen-lezen: dit programma mag daar niet schrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the lock file %1 was removed or taken by another program, so saving could overwrite changes made elsewhere</source>
        <translation>het vergrendelbestand %1 is verwijderd of door een ander programma overgenomen, dus opslaan zou wijzigingen van elders kunnen overschrijven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system gave no reason</source>
        <translation>het systeem gaf geen reden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written: %2. The file is unchanged.</source>
        <translation>%1 kon niet worden geschreven: %2. Het bestand is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../../src/cli/GlobalOptions.cpp" line="+18"/>
        <source>The register file to use (default: $PRIVACYREGISTER_REGISTER).</source>
        <translation>Het te gebruiken registerbestand (standaard: $PRIVACYREGISTER_REGISTER).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the password from the first line of PATH.</source>
        <translation>Het wachtwoord van de eerste regel van PAD lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password from the first line of stdin.</source>
        <translation>Het wachtwoord van de eerste regel van stdin lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write the log to stderr.</source>
        <translation>Het logboek ook naar stderr schrijven.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../src/cli/commands/ImportCommand.cpp" line="+18"/>
        <source>Fill an empty register from a JSON export (all or nothing).</source>
        <translation>Een leeg register vullen uit een JSON-export (alles of niets).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every problem in the file is listed with its place in the file ($.path); when there is any, nothing is imported. Import only into a new, empty register: create one with init first.</source>
        <translation>Elk probleem in het bestand wordt gemeld met de plaats in het bestand ($.path); zodra er één is, wordt er niets geïmporteerd. Importeer alleen in een nieuw, leeg register: maak dat eerst met init.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The JSON file to import.</source>
        <translation>Het te importeren JSON-bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format: json (the only one).</source>
        <translation>Het formaat: json (het enige).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &apos;%1&apos;; the only format is json</source>
        <translation>onbekend formaat &apos;%1&apos;; het enige formaat is json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the one file to import</source>
        <translation>geef één bestand op om te importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n problem(s) found in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n probleem gevonden in %1; er is niets geïmporteerd.</numerusform>
            <numerusform>%n problemen gevonden in %1; er is niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported %1.</source>
        <translation>%1 is geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <location filename="../../src/cli/commands/InfoCommand.cpp" line="+18"/>
        <source>Show the file format, key derivation and row counts (no personal data).</source>
        <translation>Het bestandsformaat, de sleutelafleiding en het aantal rijen tonen (geen persoonsgegevens).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of text.</source>
        <translation>Uitvoer als JSON in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>File:            %1 (%2 bytes)</source>
        <translation>Bestand:           %1 (%L2 bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format version:  %1</source>
        <translation>Formaatversie:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:  %1</source>
        <translation>Schemaversie:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key derivation:  Argon2id, %1 MiB, %2 iterations, %3 lanes</source>
        <translation>Sleutelafleiding:  Argon2id, %L1 MiB, %2 iteraties, %3 lanes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption:      AES-256-GCM</source>
        <translation>Versleuteling:     AES-256-GCM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups:         %1 in %2</source>
        <translation>Back-ups:          %1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows per table:</source>
        <translation>Rijen per tabel:</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../../src/cli/commands/InitCommand.cpp" line="+37"/>
        <source>Create a new, empty register.</source>
        <translation>Een nieuw, leeg register maken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password comes from --password-file or --password-stdin, or is asked twice on the terminal. An existing file is never overwritten. The --kdf-* options set the cost of Argon2id (docs/security.md); the defaults take about half a second on a two-core machine.</source>
        <translation>Het wachtwoord komt uit --password-file of --password-stdin, of wordt twee keer gevraagd op de terminal. Een bestaand bestand wordt nooit overschreven. De --kdf-*-opties bepalen de rekenkosten van Argon2id (docs/security.md); met de standaardwaarden duurt dat ongeveer een halve seconde op een computer met twee kernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The legal name of the organisation (required).</source>
        <translation>De statutaire naam van de organisatie (verplicht).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the register with the fictional demo firm instead.</source>
        <translation>Het register in plaats daarvan vullen met het fictieve demobedrijf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--org-name is required</source>
        <translation>--org-name is verplicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created %1.</source>
        <translation>%1 is gemaakt.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../../src/core/json/JsonMessages.cpp" line="+9"/>
        <source>Required field is missing.</source>
        <translation>Een verplicht veld ontbreekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown field.</source>
        <translation>Onbekend veld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>null is not a value here: leave the field out when it has no value.</source>
        <translation>null is hier geen geldige waarde: laat het veld weg als het geen waarde heeft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected text.</source>
        <translation>Verwacht: tekst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected a whole number.</source>
        <translation>Verwacht: een geheel getal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected true or false.</source>
        <translation>Verwacht: true of false.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected a list.</source>
        <translation>Verwacht: een lijst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected an object.</source>
        <translation>Verwacht: een object.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number is too large.</source>
        <translation>Het getal is te groot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a date like 2026-11-21.</source>
        <translation>Geen geldige datum, zoals 2026-11-21.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a date and time with its offset like 2026-11-21T14:30:00+01:00 (Z for UTC).</source>
        <translation>Geen geldige datum en tijd met tijdverschil, zoals 2026-11-21T14:30:00+01:00 (Z voor UTC).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not valid base64.</source>
        <translation>Geen geldige base64.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a hexadecimal value.</source>
        <translation>Geen hexadecimale waarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field appears more than once in the same object; keep one of them.</source>
        <translation>Dit veld komt meer dan eens voor in hetzelfde object; houd er één over.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listed twice.</source>
        <translation>Staat er twee keer in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown code &quot;%1&quot;; expected one of: %2.</source>
        <translation>Onbekende code &quot;%1&quot;; verwacht een van: %2.</translation>
    </message>
    <message>
        <location filename="../../src/core/json/RegisterDocument.cpp" line="+45"/>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Geen geldige JSON op regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not a register file: the format must be &quot;%1&quot;.</source>
        <translation>Geen registerbestand: het formaat moet &quot;%1&quot; zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format version %1 is not supported; this program reads versions %2 to %3.</source>
        <translation>Formaatversie %1 wordt niet ondersteund; dit programma leest de versies %2 tot en met %3.</translation>
    </message>
    <message>
        <location filename="../../src/core/json/RegisterReferences.cpp" line="+26"/>
        <source>An id must be a positive number.</source>
        <translation>Een id moet een positief getal zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate id %1: %2 has it too.</source>
        <translation>Dubbele id %1: %2 heeft die ook.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No record with id %1 in %2.</source>
        <translation>Geen item met id %1 in %2.</translation>
    </message>
</context>
<context>
    <name>KdfOptions</name>
    <message>
        <location filename="../../src/cli/KdfOptions.cpp" line="+22"/>
        <source>--%1 needs a positive whole number, not &apos;%2&apos;</source>
        <translation>--%1 verwacht een positief geheel getal, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Argon2id memory in KiB.</source>
        <translation>Geheugen voor Argon2id in KiB.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIB</source>
        <translation>KIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argon2id iterations.</source>
        <translation>Aantal iteraties van Argon2id.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Argon2id lanes.</source>
        <translation>Aantal lanes van Argon2id.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the Argon2id parameters are outside the supported range (docs/security.md)</source>
        <translation>de parameters van Argon2id vallen buiten het ondersteunde bereik (docs/security.md)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../../src/cli/commands/ListCommand.cpp" line="+19"/>
        <source>List the records of one part of the register.</source>
        <translation>De items van één onderdeel van het register opsommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print JSON (docs/json-format.md) instead of text.</source>
        <translation>Uitvoer als JSON (docs/json-format.md) in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name one of: %1</source>
        <translation>noem een van: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+15"/>
        <source>Sections of the register</source>
        <translation>Onderdelen van het register</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected section</source>
        <translation>Gekozen onderdeel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save again</source>
        <translation>&amp;Opnieuw opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved at once; this tries again after a save failed</source>
        <translation>Elke wijziging wordt meteen opgeslagen; dit probeert het opnieuw nadat opslaan is mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check si&amp;gnature…</source>
        <translation>&amp;Handtekening controleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the digital signatures of a PDF file</source>
        <translation>De digitale handtekeningen van een PDF-bestand controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close register</source>
        <translation>Register &amp;sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the list of the current section</source>
        <translation>In de lijst van het huidige onderdeel zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item (asks first; can be undone)</source>
        <translation>Het geselecteerde item verwijderen (vraagt eerst om bevestiging; kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Privacyregister</source>
        <translation>&amp;Over Privacyregister</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../../ui/MeasureEditor.ui" line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In force &amp;from:</source>
        <translation>Van &amp;kracht per:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned to be in force from</source>
        <translation>Gepland van kracht per</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Last reviewed:</source>
        <translation>&amp;Laatst gecontroleerd:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last reviewed</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
</context>
<context>
    <name>MeasureSection</name>
    <message>
        <location filename="../../src/gui/sections/MeasureSection.cpp" line="+20"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+35"/>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Last reviewed</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>In force from</source>
        <translation>Van kracht per</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we do</source>
        <translation>Wat we doen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
</context>
<context>
    <name>MeasureStatusChange</name>
    <message>
        <location filename="../../src/usecases/records/MeasureStatusChange.cpp" line="+17"/>
        <source>There is no security measure %1.</source>
        <translation>Er is geen beveiligingsmaatregel %1.</translation>
    </message>
</context>
<context>
    <name>MissingRecordError</name>
    <message>
        <location filename="../../src/storage/repositories/MissingRecordError.cpp" line="+6"/>
        <source>The %1 with number %2 is not in the register (any more).</source>
        <translation>Er staat geen %1 met nummer %2 (meer) in het register.</translation>
    </message>
</context>
<context>
    <name>NewAgreementVersion</name>
    <message>
        <location filename="../../src/usecases/signing/NewAgreementVersion.cpp" line="+58"/>
        <source>There is no agreement %1.</source>
        <translation>Er is geen overeenkomst %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement %1 is not signed, or is terminated: a draft is changed itself, and a terminated agreement has no next version.</source>
        <translation>Overeenkomst %1 is niet ondertekend of is beëindigd: een concept wijzigt u zelf, en een beëindigde overeenkomst heeft geen volgende versie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
</context>
<context>
    <name>NoticeText</name>
    <message>
        <location filename="../../src/gui/sections/NoticeText.cpp" line="+15"/>
        <source>%1: told on %2, may object until %3 (%4)</source>
        <translation>%1: geïnformeerd op %2, bezwaar mogelijk tot en met %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: told on %2, no objection by %3</source>
        <translation>%1: geïnformeerd op %2, geen bezwaar uiterlijk %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: told on %2, objected on %3: %4 (%5)</source>
        <translation>%1: geïnformeerd op %2, bezwaar op %3: %4 (%5)</translation>
    </message>
</context>
<context>
    <name>OrganisationDetails</name>
    <message>
        <location filename="../../src/gui/sections/OrganisationDetails.cpp" line="+19"/>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs for the firm</source>
        <translation>Ondertekent namens het bedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data protection officer (FG)</source>
        <translation>Functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Privacy contact</source>
        <translation>Contactpersoon voor privacy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cookies of the website</source>
        <translation>Cookies van de website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded</source>
        <translation>Geen vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The register file</source>
        <translation>Het registerbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Alleen-lezen: wijzigingen kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read and write</source>
        <translation>Lezen en schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-256-GCM, key from the password with Argon2id (%1 MiB, %2 iterations)</source>
        <translation>AES-256-GCM, sleutel uit het wachtwoord met Argon2id (%L1 MiB, %2 iteraties)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n back-up in %1</numerusform>
            <numerusform>%n back-ups in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/OrganisationForm.ui" line="+8"/>
        <source>Legal &amp;name:</source>
        <translation>&amp;Statutaire naam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with legal name</source>
        <translation>Probleem met de statutaire naam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trade name:</source>
        <translation>&amp;Handelsnaam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with trade name</source>
        <translation>Probleem met de handelsnaam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with street and number</source>
        <translation>Probleem met straat en huisnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with postcode</source>
        <translation>Probleem met de postcode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;City:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with city</source>
        <translation>Probleem met de plaats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;KvK number:</source>
        <translation>&amp;KvK-nummer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with KvK number</source>
        <translation>Probleem met het KvK-nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;Btw-nummer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with VAT number</source>
        <translation>Probleem met het btw-nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;hone:</source>
        <translation>Telefoo&amp;n:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with phone</source>
        <translation>Probleem met het telefoonnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with e-mail address</source>
        <translation>Probleem met het e-mailadres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with website</source>
        <translation>Probleem met de website</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Signs on behalf of the firm:</source>
        <translation>&amp;Ondertekent namens het bedrijf:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the representative</source>
        <translation>Naam van de vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with name of the representative</source>
        <translation>Probleem met de naam van de vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Function of the representative</source>
        <translation>Functie van de vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with function of the representative</source>
        <translation>Probleem met de functie van de vertegenwoordiger</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <location filename="../../src/core/security/PasswordStrength.cpp" line="+63"/>
        <source>Use at least %1 characters.</source>
        <translation>Gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Easy to guess. A few unrelated words in a row are strong and easy to remember.</source>
        <translation>Makkelijk te raden. Een paar losse woorden achter elkaar zijn sterk en goed te onthouden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasonable. A longer password is stronger still.</source>
        <translation>Redelijk. Een langer wachtwoord is nog sterker.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasonable</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message numerus="yes">
        <location filename="../../src/core/calendar/Period.cpp" line="+101"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PngImage</name>
    <message>
        <location filename="../../src/gui/editors/PngImage.cpp" line="+16"/>
        <source>The file %1 does not exist. Choose another file.</source>
        <translation>Het bestand %1 bestaat niet. Kies een ander bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is larger than 2 MiB. Choose a smaller image or make this one smaller first.</source>
        <translation>Het bestand %1 is groter dan 2 MiB. Kies een kleinere afbeelding of maak deze eerst kleiner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is not a PNG or JPEG image. Choose a PNG or JPEG file.</source>
        <translation>Het bestand %1 is geen PNG- of JPEG-afbeelding. Kies een PNG- of JPEG-bestand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image %1 could not be read (%2). Choose another file.</source>
        <translation>De afbeelding %1 kon niet worden gelezen (%2). Kies een ander bestand.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The image %1 could not be converted to PNG. Choose another file.</source>
        <translation>De afbeelding %1 kon niet naar PNG worden omgezet. Kies een ander bestand.</translation>
    </message>
</context>
<context>
    <name>RecordChanges</name>
    <message>
        <location filename="../../src/usecases/records/RecordChanges.cpp" line="+79"/>
        <source>A data breach stays on record once it is recorded: the AVG asks to document every breach, also one that was not reported (art. 33(5)).</source>
        <translation>Een vastgelegd datalek blijft bewaard: de AVG vraagt elk datalek te documenteren, ook een datalek dat niet is gemeld (art. 33 lid 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation profile belongs to the register and is never deleted.</source>
        <translation>Het organisatieprofiel hoort bij het register en wordt nooit verwijderd.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/RecordListPage.ui" line="+16"/>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a word from any column (Ctrl+F)</source>
        <translation>Typ een woord uit een willekeurige kolom (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of items shown</source>
        <translation>Aantal getoonde items</translation>
    </message>
</context>
<context>
    <name>ReferencedRowError</name>
    <message>
        <location filename="../../src/storage/repositories/ReferencedRowError.cpp" line="+10"/>
        <source>This %1 cannot be deleted: it is used by %2.</source>
        <translation>Dit item (%1) kan niet worden verwijderd: het wordt gebruikt door %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is used by %2: %3.</source>
        <translation>%1 wordt gebruikt door %2: %3.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../src/storage/Register.cpp" line="+62"/>
        <source>%1 already exists. Choose another name; an existing register is never overwritten.</source>
        <translation>%1 bestaat al. Kies een andere naam; een bestaand register wordt nooit overschreven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+17"/>
        <source>This register is open read-only; changes cannot be saved.</source>
        <translation>Dit register is geopend als alleen-lezen; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file was changed by another program since it was opened</source>
        <translation>het bestand is door een ander programma gewijzigd sinds het werd geopend</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 bestaat al. Kies een andere naam.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This register is open read-only; the password cannot be changed.</source>
        <translation>Dit register is geopend als alleen-lezen; het wachtwoord kan niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>RegisterInUseError</name>
    <message>
        <location filename="../../src/storage/RegisterErrors.cpp" line="-39"/>
        <source>%1 is already open in another program; its lock file does not (yet) say which. Close it there first, or open this register read-only.</source>
        <translation>%1 is al geopend in een ander programma; het vergrendelbestand zegt (nog) niet welk. Sluit het daar eerst, of open dit register alleen-lezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first, or open this register read-only.</source>
        <translation>%1 is al geopend in %2 (proces %3 op %4). Sluit het daar eerst, of open dit register als alleen-lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <location filename="../../src/storage/file/RegisterLock.cpp" line="+39"/>
        <source>The lock file %1 cannot be created: the disk is full. Free some space, or open the register read-only.</source>
        <translation>Het vergrendelbestand %1 kan niet worden gemaakt: de schijf is vol. Maak ruimte vrij, of open het register alleen-lezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock file %1 cannot be created: the folder is read-only for this program. Open the register read-only, or copy it to a folder you can write in.</source>
        <translation>Het vergrendelbestand %1 kan niet worden gemaakt: de map is alleen-lezen voor dit programma. Open het register alleen-lezen, of kopieer het naar een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The lock file %1 cannot be created. Check that the folder is writable, or open the register read-only.</source>
        <translation>Het vergrendelingsbestand %1 kan niet worden gemaakt. Controleer of er in de map geschreven mag worden, of open het register als alleen-lezen.</translation>
    </message>
</context>
<context>
    <name>RegisterTransfer</name>
    <message>
        <location filename="../../src/storage/transfer/RegisterTransfer.cpp" line="+94"/>
        <source>A register can only be imported into an empty register. Create a new register and import into that one.</source>
        <translation>Een register kan alleen in een leeg register worden geïmporteerd. Maak een nieuw register en importeer daarin.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The audit trail in the file is not intact (%1); nothing was imported.</source>
        <translation>Het logboek in het bestand is niet intact (%1); er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>RegisterWriter</name>
    <message>
        <location filename="../../src/usecases/RegisterWriter.cpp" line="+15"/>
        <source>There is not enough memory for this change. The register file on disk is the previous version; close other programs and try again.</source>
        <translation>Er is niet genoeg geheugen voor deze wijziging. Het registerbestand op schijf is de vorige versie; sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+26"/>
        <source>An unexpected error occurred.</source>
        <translation>Er is een onverwachte fout opgetreden.</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../../src/cli/commands/RenderCommand.cpp" line="+63"/>
        <source>unknown format &apos;%1&apos;; use pdf, html or md</source>
        <translation>onbekend formaat &apos;%1&apos;; gebruik pdf, html of md</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out PATH is required</source>
        <translation>--out PAD is verplicht</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a dpa needs --client ID (see: list clients)</source>
        <translation>een dpa verwacht --client ID (zie: list clients)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>--request, --letter and --activities only apply to letter</source>
        <translation>--request, --letter en --activities kunnen alleen bij letter</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>write: render DOCUMENT, with DOCUMENT one of: privacy-statement, dpa, register, letter, subprocessor-notice, breach-notification, breaches</source>
        <translation>schrijf: render DOCUMENT, met DOCUMENT een van: privacy-statement, dpa, register, letter, subprocessor-notice, breach-notification, breaches</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--client only applies to dpa, subprocessor-notice and breach-notification --to client</source>
        <translation>--client geldt alleen voor dpa, subprocessor-notice en breach-notification --to client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--breach and --to only apply to breach-notification</source>
        <translation>--breach en --to gelden alleen voor breach-notification</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a letter needs --letter with one of: acknowledgement, identification, extension, access, refusal, erasure</source>
        <translation>een brief (letter) verwacht --letter met een van: acknowledgement, identification, extension, access, refusal, erasure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a letter needs --request ID (see: list requests)</source>
        <translation>een brief (letter) verwacht --request ID (zie: list requests)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--activities only applies to --letter access</source>
        <translation>--activities kan alleen bij --letter access</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--activities takes activity ids separated by commas, e.g. 11,12 (see: list activities); &apos;%1&apos; is not one</source>
        <translation>--activities verwacht id&apos;s van verwerkingen, gescheiden door komma&apos;s, bijv. 11,12 (zie: list activities); &apos;%1&apos; is geen id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the access letter needs --activities with the ids of the activities that concern the person, e.g. 11,12 (see: list activities)</source>
        <translation>de inzagebrief verwacht --activities met de id&apos;s van de verwerkingen die over de persoon gaan, bijv. 11,12 (zie: list activities)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>--sub-processor and --replaces only apply to subprocessor-notice</source>
        <translation>--sub-processor en --replaces gelden alleen voor subprocessor-notice</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--agreement takes an agreement&apos;s id (see: list agreements)</source>
        <translation>--agreement verwacht het id van een overeenkomst (zie: list agreements)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--agreement only applies to dpa</source>
        <translation>--agreement hoort alleen bij dpa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--draft only applies to dpa</source>
        <translation>--draft geldt alleen voor dpa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--draft and --sign exclude each other: a draft is not signed</source>
        <translation>--draft en --sign sluiten elkaar uit: een concept wordt niet ondertekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--audience only applies to privacy-statement</source>
        <translation>--audience hoort alleen bij privacy-statement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown audience &apos;%1&apos;; use customers, staff or applicants</source>
        <translation>onbekende doelgroep &apos;%1&apos;; gebruik customers, staff of applicants</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a subprocessor-notice needs --sub-processor ID (see: list sub-processors)</source>
        <translation>een subprocessor-notice heeft --sub-processor ID nodig (zie: list sub-processors)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a subprocessor-notice needs --client ID (see: subprocessor-notice clients --sub-processor ID)</source>
        <translation>een subprocessor-notice heeft --client ID nodig (zie: subprocessor-notice clients --sub-processor ID)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a breach-notification needs --to with one of: ap, client, subjects</source>
        <translation>een breach-notification heeft --to nodig met een van: ap, client, subjects</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a breach-notification needs --breach ID (see: list breaches)</source>
        <translation>een breach-notification heeft --breach ID nodig (zie: list breaches)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--client takes a client&apos;s id (see: list clients)</source>
        <translation>--client verwacht het id van een klant (zie: list clients)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the privacy statement, a client&apos;s DPA, the register, a letter about a data-subject request, a sub-processor notice, a breach notification or the register of breaches as PDF, HTML or Markdown.</source>
        <translation>De privacyverklaring, de verwerkersovereenkomst van een klant, het register, een brief over een verzoek van een betrokkene, een kennisgeving over een subverwerker, een melding van een datalek of het register van datalekken maken als PDF, HTML of Markdown.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DOCUMENT is privacy-statement (for --audience customers, staff or applicants; customers by default), dpa (needs --client), register, letter (needs --request and --letter; the access letter also --activities) or subprocessor-notice (needs --sub-processor and --client; --replaces NAME when it takes over from another; a notice recorded as sent keeps its own date and period), breach-notification (needs --breach and --to ap, client or subjects: the notification to the AP in the order of its form and the letter to the people affected for a breach of the firm&apos;s own data, the notification to the client for a breach of a client&apos;s data) or breaches (every breach, reported or not, art. 33(5)). Markdown is made of the privacy statement only; --language en gives the English DPA. The template is the one given with --template, else your own copy in the data folder, else the built-in one (docs/templates.md). The file is written atomically and readable by you only; it holds personal data from the register. The DPA of a signed agreement is the signed PDF the register keeps, byte for byte; --draft gives today&apos;s register as the draft of a new version.</source>
        <translation>DOCUMENT is privacy-statement (voor --audience customers, staff of applicants; standaard customers), dpa (met --client), register, letter (met --request en --letter; de inzagebrief ook met --activities) of subprocessor-notice (met --sub-processor en --client; --replaces NAAM als de subverwerker een andere vervangt; een als verstuurd vastgelegde kennisgeving houdt haar eigen datum en termijn), breach-notification (met --breach en --to ap, client of subjects: bij een datalek in eigen gegevens de melding aan de AP in de volgorde van haar formulier en de brief aan de betrokkenen, bij een datalek in gegevens van een klant de melding aan die klant) of breaches (alle datalekken, gemeld of niet, art. 33 lid 5). Markdown wordt alleen van de privacyverklaring gemaakt; --language en geeft de Engelse verwerkersovereenkomst. Het sjabloon is dat van --template, anders uw eigen kopie in de gegevensmap, anders het ingebouwde (docs/templates.md). Het bestand wordt atomair geschreven en is alleen voor u leesbaar; het bevat persoonsgegevens uit het register. De verwerkersovereenkomst van een ondertekende overeenkomst is de ondertekende PDF die het register bewaart, byte voor byte; --draft geeft het register van nu als concept van een nieuwe versie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>privacy-statement, dpa, register, letter, subprocessor-notice, breach-notification or breaches</source>
        <translation>privacy-statement, dpa, register, letter, subprocessor-notice, breach-notification of breaches</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The client of the DPA or the notice (see: list clients).</source>
        <translation>De klant van de verwerkersovereenkomst of de kennisgeving (zie: list clients).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-processor notice: the sub-processor it announces (see: list sub-processors).</source>
        <translation>Kennisgeving subverwerker: de subverwerker die ze aankondigt (zie: list sub-processors).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-processor notice: the sub-processor it replaces, when not an addition.</source>
        <translation>Kennisgeving subverwerker: de subverwerker die wordt vervangen, als het geen toevoeging is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breach notification: the breach (see: list breaches).</source>
        <translation>Melding van een datalek: het datalek (zie: list breaches).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breach notification: ap (the Autoriteit Persoonsgegevens), client (the client whose data it was) or subjects (the people affected).</source>
        <translation>Melding van een datalek: ap (de Autoriteit Persoonsgegevens), client (de klant van wie de gegevens waren) of subjects (de betrokkenen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TO</source>
        <translation>AAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPA: one of the client&apos;s agreements (see: list agreements); default the current one, the latest that is not terminated.</source>
        <translation>Verwerkersovereenkomst: een van de overeenkomsten van de klant (zie: list agreements); standaard de huidige, de laatste die niet is beëindigd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter: the data-subject request (see: list requests).</source>
        <translation>Brief: het verzoek van de betrokkene (zie: list requests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: acknowledgement, identification, extension, access, refusal or erasure.</source>
        <translation>Brief: acknowledgement, identification, extension, access, refusal of erasure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LETTER</source>
        <translation>BRIEF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access letter: the ids of the activities that concern the person, separated by commas (see: list activities).</source>
        <translation>Inzagebrief: de id&apos;s van de verwerkingen die over de persoon gaan, gescheiden door komma&apos;s (zie: list activities).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IDS</source>
        <translation>ID&apos;S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy statement: for customers (default; also website visitors), staff or applicants. Each names the activities chosen for it.</source>
        <translation>Privacyverklaring: voor customers (standaard; klanten en websitebezoekers), staff (medewerkers) of applicants (sollicitanten). Elke verklaring noemt de verwerkingen die voor die groep zijn gekozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AUDIENCE</source>
        <translation>DOELGROEP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf (default), html or md.</source>
        <translation>pdf (standaard), html of md.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nl (default), or en for the English DPA.</source>
        <translation>nl (standaard), of en voor de Engelstalige verwerkersovereenkomst.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANGUAGE</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the template in PATH instead.</source>
        <translation>In plaats daarvan het sjabloon in PAD gebruiken.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the document to PATH (required).</source>
        <translation>Het document naar PAD schrijven (verplicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dpa as PDF: sign it with the register&apos;s certificate (PAdES).</source>
        <translation>dpa als PDF: ondertekenen met het certificaat van het register (PAdES).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dpa of a signed agreement: today&apos;s register as the draft of a new version, marked so on every page, instead of the signed PDF.</source>
        <translation>dpa van een ondertekende overeenkomst: het register van nu als concept van een nieuwe versie, op elke pagina zo gemarkeerd, in plaats van de ondertekende PDF.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--sign only applies to a dpa as PDF</source>
        <translation>--sign kan alleen bij een dpa als PDF</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The template cannot be used: %1</source>
        <translation>Het sjabloon kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agreement is signed: wrote its signed PDF as the register keeps it (signed on %1, SHA-256 %2).</source>
        <translation>De overeenkomst is ondertekend: de ondertekende PDF is weggeschreven zoals het register hem bewaart (ondertekend op %1, SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement is signed: wrote today&apos;s register as the draft of a new version, marked so on every page.</source>
        <translation>De overeenkomst is ondertekend: het register van nu is weggeschreven als concept van een nieuwe versie, op elke pagina zo gemarkeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed version is the PDF the register keeps (render without --draft; see show agreements ID).</source>
        <translation>De ondertekende versie is de PDF die het register bewaart (render zonder --draft; zie show agreements ID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register keeps no signed PDF of it: attach the signed copy or its scan to keep it.</source>
        <translation>Het register bewaart er geen ondertekende PDF van: voeg het ondertekende exemplaar of de scan ervan toe om het te bewaren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement is signed, but the register keeps no signed PDF and cannot show that it still says what was signed: wrote today&apos;s register as the draft of a new version, marked so on every page. Attach the signed copy or its scan to keep it.</source>
        <translation>De overeenkomst is ondertekend, maar het register bewaart geen ondertekende PDF en kan niet laten zien dat ze nog zegt wat is ondertekend: het register van nu is weggeschreven als concept van een nieuwe versie, op elke pagina zo gemarkeerd. Voeg het ondertekende exemplaar of de scan ervan toe om het te bewaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+49"/>
        <location line="+10"/>
        <source>Wrote %1.</source>
        <translation>%1 is weggeschreven.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Client %1 has no agreement to sign.</source>
        <translation>Klant %1 heeft geen verwerkersovereenkomst om te ondertekenen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed agreement %1 for the firm (%2, %3) and kept the signed PDF in the register.</source>
        <translation>Verwerkersovereenkomst %1 ondertekend namens het bedrijf (%2, %3); de ondertekende PDF is in het register bewaard.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/RequestEditor.ui" line="+9"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Kenmerk:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name of the requester:</source>
        <translation>&amp;Naam van de verzoeker:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the requester</source>
        <translation>Naam van de verzoeker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contactgegevens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact of the requester</source>
        <translation>Contactgegevens van de verzoeker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ri&amp;ght:</source>
        <translation>&amp;Recht:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right invoked</source>
        <translation>Ingeroepen recht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recei&amp;ved on:</source>
        <translation>Ont&amp;vangen op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hannel:</source>
        <translation>Kanaa&amp;l:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it came in</source>
        <translation>Hoe het verzoek binnenkwam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clien&amp;t:</source>
        <translation>Klan&amp;t:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client it concerns</source>
        <translation>Klant om wie het gaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the identity is in &amp;doubt:</source>
        <translation>Waarom u aan de identiteit &amp;twijfelt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the identity is in doubt</source>
        <translation>Waarom u aan de identiteit twijfelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proof as&amp;ked for:</source>
        <translation>&amp;Gevraagd ter bevestiging:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proof asked for</source>
        <translation>Gevraagd ter bevestiging</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cop&amp;y of the data provided:</source>
        <translation>&amp;Kopie van de gegevens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the copy of the data is provided</source>
        <translation>Hoe de betrokkene de kopie van de gegevens krijgt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients told of the &amp;erasure:</source>
        <translation>Verwijdering &amp;doorgegeven aan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipients told of the erasure</source>
        <translation>Ontvangers aan wie de verwijdering is doorgegeven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes for the file:</source>
        <translation>&amp;Notities voor het dossier:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes for the file</source>
        <translation>Notities voor het dossier</translation>
    </message>
</context>
<context>
    <name>RequestFacts</name>
    <message>
        <location filename="../../src/core/workflow/RequestFacts.cpp" line="+57"/>
        <source>A new request starts as received. Record its handling (identity check, extension, answer) as steps once it is stored.</source>
        <translation>Een nieuw verzoek begint als ontvangen. Leg de afhandeling (identiteitscontrole, verlenging, antwoord) vast als stappen zodra het is opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handling of a request (status, identity check, extension, answer) changes only through its steps.</source>
        <translation>De afhandeling van een verzoek (status, identiteitscontrole, verlenging, antwoord) verandert alleen via de stappen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot lie in the future (today is %1).</source>
        <translation>Mag niet in de toekomst liggen (vandaag is %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot be after the first step of its handling (%1).</source>
        <translation>Mag niet na de eerste stap van de afhandeling liggen (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client was already informed of this request on %1; it stays the request of that client.</source>
        <translation>De klant is op %1 al over dit verzoek geïnformeerd; het blijft een verzoek van die klant.</translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <location filename="../../src/gui/sections/RequestSection.cpp" line="+31"/>
        <source>Extended; legal deadline: %1</source>
        <translation>Verlengd; wettelijke termijn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our deadline: %1
Legal deadline: %2</source>
        <translation>Onze termijn: %1
Wettelijke termijn: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+79"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Answer by</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+46"/>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+40"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Request %1</source>
        <translation>Verzoek %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (article %2)</source>
        <translation>%1 (artikel %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (channel: %2)</source>
        <translation>%1 (kanaal: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On behalf of client</source>
        <translation>Namens de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client informed on</source>
        <translation>Klant geïnformeerd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of identity asked on</source>
        <translation>Om identificatie gevraagd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the identity is in doubt</source>
        <translation>Waarom u aan de identiteit twijfelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof asked for</source>
        <translation>Gevraagd ter bevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verified on</source>
        <translation>Identiteit gecontroleerd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy destroyed on</source>
        <translation>Kopie identiteitsbewijs vernietigd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extension</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told on %1</source>
        <translation>Meegedeeld op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground of refusal</source>
        <translation>Grond van de weigering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for refusal</source>
        <translation>Reden van weigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of the data provided</source>
        <translation>Kopie van de gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients told of the erasure</source>
        <translation>Verwijdering doorgegeven aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for the file</source>
        <translation>Notities voor het dossier</translation>
    </message>
</context>
<context>
    <name>RequestStepCommand</name>
    <message>
        <location filename="../../src/cli/commands/RequestStepCommand.cpp" line="+64"/>
        <source>write: request-step ID --to STEP</source>
        <translation>schrijf: request-step ID --to STAP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an id</source>
        <translation>&apos;%1&apos; is geen id</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen datum; schrijf die als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown step &apos;%1&apos;; use one of: %2 (a request is closed by answered, refused or withdrawn)</source>
        <translation>onbekende stap &apos;%1&apos;; gebruik een van: %2 (een verzoek wordt afgesloten met answered, refused of withdrawn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request %1</source>
        <translation>Verzoek %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 (%2)</source>
        <translation>Verzoek %1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record one dated step of a data-subject request (or show the possible steps).</source>
        <translation>Eén gedateerde stap van een verzoek van een betrokkene vastleggen (of de mogelijke stappen tonen).</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>unknown ground &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende grond &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>STEP is one of: %1. The date defaults to today and may not lie in the future, before the request came in or before the previous step. &apos;identity-requested&apos; needs --doubt (why the identity is in reasonable doubt, AVG art. 12(6)) and takes --proof-asked (what the person is asked to provide). &apos;extended&apos; needs --reason and must lie within the first month; &apos;refused&apos; needs --ground (one of: %2; it must fit the right invoked) and --reason, and --outcome holds the information about complaint and appeal the person was given (a standard sentence when left out). &apos;identity-verified&apos; takes --copy-destroyed: only the date the ID copy was destroyed is kept, never the copy. A request about a client&apos;s data is closed only after &apos;client-informed&apos;. Without --to: print the request&apos;s stage and next steps. A step that is not possible exits 2 with the reason.</source>
        <translation>STAP is een van: %1. De datum is standaard vandaag en mag niet in de toekomst liggen, niet vóór de ontvangst van het verzoek en niet vóór de vorige stap. &apos;identity-requested&apos; verwacht --doubt (waarom u redelijkerwijs aan de identiteit twijfelt, AVG art. 12 lid 6) en neemt --proof-asked (wat de betrokkene ter bevestiging moet geven). &apos;extended&apos; verwacht --reason en moet binnen de eerste maand liggen; &apos;refused&apos; verwacht --ground (een van: %2; die moet passen bij het ingeroepen recht) en --reason, en --outcome bevat de informatie over bezwaar en beroep die de betrokkene heeft gekregen (een standaardzin als die ontbreekt). Bij &apos;identity-verified&apos; hoort --copy-destroyed: alleen de datum waarop de kopie van het identiteitsbewijs is vernietigd wordt bewaard, nooit de kopie zelf. Een verzoek over gegevens van een klant wordt pas afgesloten na &apos;client-informed&apos;. Zonder --to: de fase van het verzoek en de volgende stappen tonen. Een stap die niet mogelijk is, eindigt met afsluitcode 2 en de reden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request&apos;s id (see list requests).</source>
        <translation>De id van het verzoek (zie list requests).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step to record.</source>
        <translation>De stap die moet worden vastgelegd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STEP</source>
        <translation>STAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the step (default today).</source>
        <translation>De datum van de stap (standaard vandaag).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Why: for extended and refused.</source>
        <translation>Waarom: bij extended en refused.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>What was done (answered), or the complaint and appeal information given (refused).</source>
        <translation>Wat er is gedaan (answered), of de gegeven informatie over bezwaar en beroep (refused).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>identity-verified: the date the ID copy was destroyed.</source>
        <translation>identity-verified: de datum waarop de kopie van het identiteitsbewijs is vernietigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: the legal ground of the refusal.</source>
        <translation>refused: de grond van de weigering.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GROUND</source>
        <translation>GROND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identity-requested: why the identity is in reasonable doubt.</source>
        <translation>identity-requested: waarom u redelijkerwijs aan de identiteit twijfelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identity-requested: what the person is asked to provide.</source>
        <translation>identity-requested: wat de betrokkene ter bevestiging moet geven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: &apos;%2&apos; is not possible:</source>
        <translation>%1: &apos;%2&apos; is niet mogelijk:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 on %3.</source>
        <translation>%1: %2 op %3.</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../../src/usecases/steps/RequestSteps.cpp" line="+7"/>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <location filename="../../src/core/workflow/RequestWorkflow.cpp" line="+59"/>
        <source>The request was already extended on %1; it can be extended once.</source>
        <translation>Het verzoek is al verlengd op %1; verlengen kan maar één keer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request is about the firm&apos;s own data: there is no client to inform.</source>
        <translation>Het verzoek gaat over eigen gegevens van het bedrijf: er is geen klant om te informeren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client was already informed on %1.</source>
        <translation>De klant is al geïnformeerd op %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request is about a client&apos;s data: record first when the client was informed (AVG art. 28(3)(e)).</source>
        <translation>Het verzoek gaat over gegevens van een klant: leg eerst vast wanneer de klant is geïnformeerd (AVG art. 28 lid 3 onder e).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the date of this step.</source>
        <translation>Vul de datum van deze stap in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Cannot lie in the future (today is %1).</source>
        <translation>Kan niet in de toekomst liggen (vandaag is het %1).</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot be before the request came in (%1).</source>
        <translation>Kan niet vóór de ontvangst van het verzoek liggen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot be before the previous step (%1).</source>
        <translation>Kan niet vóór de vorige stap liggen (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the identity is in doubt: proof may only be asked when there is reasonable doubt, and the person is told why (AVG art. 12(6)).</source>
        <translation>Zeg waarom u aan de identiteit twijfelt: u mag alleen bij redelijke twijfel om bevestiging vragen, en de betrokkene hoort waarom (AVG art. 12 lid 6).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The copy is destroyed after the identity was checked with it, not before (%1).</source>
        <translation>De kopie wordt vernietigd nadat de identiteit ermee is gecontroleerd, niet ervoor (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason for the extension: the person must be told why (AVG art. 12(3)).</source>
        <translation>Geef de reden van de verlenging: de betrokkene moet horen waarom (AVG art. 12 lid 3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too late: an extension must be told within the first month, by %1.</source>
        <translation>Te laat: een verlenging moet binnen de eerste maand worden meegedeeld, uiterlijk op %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the reason for the refusal: the person must be told why (AVG art. 12(4)).</source>
        <translation>Geef de reden van de weigering: de betrokkene moet horen waarom (AVG art. 12 lid 4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the legal ground of the refusal: the letter cites it.</source>
        <translation>Kies de grond van de weigering: de brief noemt die.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; does not apply to a request for &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; geldt niet voor een verzoek om &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Told of the right to lodge a complaint with the Autoriteit Persoonsgegevens and to seek a judicial remedy (AVG art. 12(4)).</source>
        <translation>Gewezen op het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens en om naar de rechter te stappen (AVG art. 12 lid 4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The request is closed (%1): no step can follow.</source>
        <translation>Het verzoek is afgesloten (%1): er kan geen stap meer volgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request that is &apos;%1&apos; cannot go to &apos;%2&apos;. Possible: %3.</source>
        <translation>Een verzoek met status &apos;%1&apos; kan niet naar &apos;%2&apos;. Mogelijk: %3.</translation>
    </message>
</context>
<context>
    <name>SaveError</name>
    <message>
        <location filename="../../src/storage/RegisterErrors.cpp" line="+46"/>
        <source>The register could not be saved to %1: %2. The file on disk is the previous version; this change is not in it.</source>
        <translation>Het register kon niet worden opgeslagen in %1: %2. Het bestand op schijf is de vorige versie; deze wijziging staat er niet in.</translation>
    </message>
</context>
<context>
    <name>SaveRecordCommand</name>
    <message>
        <location filename="../../src/gui/editing/SaveRecordCommand.cpp" line="+17"/>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
</context>
<context>
    <name>SectionNames</name>
    <message>
        <location filename="../../src/gui/SectionNames.cpp" line="+12"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-processors</source>
        <translation>Subverwerkers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing agreements</source>
        <translation>Verwerkersovereenkomsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of data subjects</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-processor notices</source>
        <translation>Kennisgevingen subverwerkers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients and agreements</source>
        <translation>Klanten en overeenkomsten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
</context>
<context>
    <name>SetSigningCertificateCommand</name>
    <message>
        <location filename="../../src/gui/signing/SetSigningCertificateCommand.cpp" line="+16"/>
        <source>choose the signing certificate</source>
        <translation>ondertekencertificaat kiezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>remove the signing certificate</source>
        <translation>ondertekencertificaat verwijderen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="+9"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes without use after which the register locks</source>
        <translation>Minuten zonder gebruik waarna het register vergrendelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without keyboard or mouse use; 0 never locks.</source>
        <translation>Minuten zonder gebruik van toetsenbord of muis; bij 0 wordt nooit vergrendeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups to keep:</source>
        <translation>Te &amp;bewaren back-ups:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups to keep per register</source>
        <translation>Te bewaren back-ups per register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;We answer requests within:</source>
        <translation>&amp;Wij beantwoorden verzoeken binnen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promised answer period, number</source>
        <translation>Beloofde antwoordtermijn, aantal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promised answer period, unit</source>
        <translation>Beloofde antwoordtermijn, eenheid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep closed &amp;requests for:</source>
        <translation>&amp;Gesloten verzoeken bewaren:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retention of closed requests, number</source>
        <translation>Bewaartermijn van gesloten verzoeken, aantal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention of closed requests, unit</source>
        <translation>Bewaartermijn van gesloten verzoeken, eenheid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your templates:</source>
        <translation>Uw sjablonen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of your own templates</source>
        <translation>Map met uw eigen sjablonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of your own templates</source>
        <translation>De map met uw eigen sjablonen openen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../../src/cli/commands/ShowCommand.cpp" line="+26"/>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 bytes, SHA-256 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>signed version:</source>
        <translation>ondertekende versie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  PDF: %1 (%2 bytes)</source>
        <translation>  PDF: %1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by both parties, or the scan of the paper copy</source>
        <translation>ondertekend door beide partijen, of de scan van het papieren exemplaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed by the firm</source>
        <translation>ondertekend door het bedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  signed on: %1</source>
        <translation>  ondertekend op: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  signed by: %1</source>
        <translation>  ondertekend door: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  PDF: none kept (signed on paper without a scan, or before the register kept signed PDFs)</source>
        <translation>  PDF: geen bewaard (op papier ondertekend zonder scan, of voordat het register ondertekende PDF’s bewaarde)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show one record with all its fields.</source>
        <translation>Eén item tonen met al zijn velden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record&apos;s id (see list).</source>
        <translation>De id van het item (zie list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON (docs/json-format.md) instead of text.</source>
        <translation>Uitvoer als JSON (docs/json-format.md) in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write: show ENTITY ID, with ENTITY one of: %1</source>
        <translation>schrijf: show ONDERDEEL ID, met voor ONDERDEEL een van: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an id</source>
        <translation>&apos;%1&apos; is geen id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no record %1 in %2.</source>
        <translation>Er is geen item %1 in %2.</translation>
    </message>
</context>
<context>
    <name>SignAgreement</name>
    <message>
        <location filename="../../src/usecases/signing/SignAgreement.cpp" line="+81"/>
        <source>The register holds no signing certificate. Add the firm&apos;s certificate (PKCS#12) first.</source>
        <translation>Het register bevat geen ondertekeningscertificaat. Voeg eerst het certificaat van het bedrijf toe (PKCS#12).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The register&apos;s certificate cannot be used: %1</source>
        <translation>Het certificaat in het register is niet bruikbaar: %1</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <location filename="../../src/cli/commands/SignCommand.cpp" line="+29"/>
        <source>Sign a PDF with the firm&apos;s certificate (PAdES) into a new file.</source>
        <translation>Een PDF ondertekenen met het certificaat van het bedrijf (PAdES), in een nieuw bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs --in into --out as an incremental update, so that earlier signatures stay valid. Uses the certificate in the register, or --pkcs12 with --pkcs12-password-file (then no register is needed). --out must differ from --in; it is written only when signing succeeded. The place and contact default to the organisation&apos;s city and e-mail address.</source>
        <translation>Ondertekent --in naar --out als incrementele update, zodat eerdere handtekeningen geldig blijven. Gebruikt het certificaat in het register, of --pkcs12 met --pkcs12-password-file (dan is geen register nodig). --out moet een ander bestand zijn dan --in; het wordt alleen geschreven als het ondertekenen is gelukt. De plaats en het contact zijn standaard de plaats en het e-mailadres van de organisatie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF to sign.</source>
        <translation>De te ondertekenen PDF.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the signed PDF to PATH (not the input).</source>
        <translation>De ondertekende PDF naar PAD schrijven (niet naar de invoer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign with this PKCS#12 file instead of the register&apos;s.</source>
        <translation>Met dit PKCS#12-bestand ondertekenen in plaats van met dat van het register.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the PKCS#12 password from the first line of FILE.</source>
        <translation>Het PKCS#12-wachtwoord van de eerste regel van BESTAND lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason in the signature (default: Ondertekening verwerkersovereenkomst).</source>
        <translation>De reden in de handtekening (standaard: Ondertekening verwerkersovereenkomst).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The place of signing.</source>
        <translation>De plaats van ondertekening.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach the signer.</source>
        <translation>Hoe de ondertekenaar te bereiken is.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The register holds no signing certificate; add one with: certificate import --pkcs12 FILE --pkcs12-password-file FILE</source>
        <translation>Het register bevat geen ondertekencertificaat; voeg er een toe met: certificate import --pkcs12 BESTAND --pkcs12-password-file BESTAND</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register&apos;s certificate cannot be used: %1</source>
        <translation>Het certificaat in het register kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sign needs --in PDF and --out PDF</source>
        <translation>sign verwacht --in PDF en --out PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out must be another file than --in: signing never overwrites its input</source>
        <translation>--out moet een ander bestand zijn dan --in: ondertekenen overschrijft nooit de invoer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--pkcs12 and --pkcs12-password-file go together</source>
        <translation>--pkcs12 en --pkcs12-password-file horen bij elkaar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The certificate cannot be used: %1</source>
        <translation>Het certificaat kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed %1 into %2.</source>
        <translation>%1 is ondertekend naar %2.</translation>
    </message>
</context>
<context>
    <name>SignatureCheckDialog</name>
    <message>
        <location filename="../../ui/SignatureCheckDialog.ui" line="+9"/>
        <source>Check signature</source>
        <translation>Handtekening controleren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signatures in the document</source>
        <translation>Handtekeningen in het document</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This check shows whether the document is unchanged since it was signed and whether each signature belongs to the certificate it names. Whether you trust the issuer of that certificate is for you to judge: your PDF reader can check it against the trusted list.</source>
        <translation>Deze controle laat zien of het document sinds het ondertekenen ongewijzigd is en of elke handtekening hoort bij het certificaat dat erin wordt genoemd. Of u de uitgever van dat certificaat vertrouwt, beoordeelt u zelf: uw PDF-lezer kan dat nagaan aan de hand van de lijst met vertrouwde uitgevers.</translation>
    </message>
</context>
<context>
    <name>SigningErrorText</name>
    <message>
        <location filename="../../src/gui/signing/SigningErrorText.cpp" line="+26"/>
        <source>This file is not a certificate file with a private key (PKCS#12, .p12 or .pfx). Choose the file your certificate provider gave you, or export the certificate with its private key from your certificate store.</source>
        <translation>Dit bestand is geen certificaatbestand met privésleutel (PKCS#12, .p12 of .pfx). Kies het bestand dat u van uw certificaatleverancier hebt gekregen, of exporteer het certificaat met de privésleutel uit uw certificaatopslag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password does not open this certificate file. Check the password and try again.</source>
        <translation>Met dit wachtwoord gaat dit certificaatbestand niet open. Controleer het wachtwoord en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds a certificate but no private key, so nothing can be signed with it. Export the certificate together with its private key.</source>
        <translation>Dit bestand bevat een certificaat maar geen privésleutel, dus er kan niets mee worden ondertekend. Exporteer het certificaat samen met de privésleutel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds a private key but no certificate for it. Export the certificate together with its private key.</source>
        <translation>Dit bestand bevat een privésleutel, maar geen certificaat dat erbij hoort. Exporteer het certificaat samen met de privésleutel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key in this file does not belong to its certificate. Export the certificate again together with its own private key.</source>
        <translation>De privésleutel in dit bestand hoort niet bij het certificaat. Exporteer het certificaat opnieuw, samen met de eigen privésleutel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This certificate is not valid yet: it is valid from %1 to %2. Choose it again from the day its validity starts, or choose another certificate.</source>
        <translation>Dit certificaat is nog niet geldig: het is geldig van %1 tot en met %2. Kies het opnieuw vanaf de dag waarop de geldigheid ingaat, of kies een ander certificaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This certificate is not valid yet. Choose it again from the day its validity starts, or choose another certificate.</source>
        <translation>Dit certificaat is nog niet geldig. Kies het opnieuw vanaf de dag waarop de geldigheid ingaat, of kies een ander certificaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This certificate has expired: it was valid from %1 to %2. Ask your certificate provider for a new one.</source>
        <translation>Dit certificaat is verlopen: het was geldig van %1 tot en met %2. Vraag uw certificaatleverancier om een nieuw certificaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This certificate has expired. Ask your certificate provider for a new one.</source>
        <translation>Dit certificaat is verlopen. Vraag uw certificaatleverancier om een nieuw certificaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 key of this certificate has %2 bits; signatures need at least %3 bits, or a shorter key could be broken and the signature forged. Ask your certificate provider for a certificate with a longer key.</source>
        <translation>De %1-sleutel van dit certificaat is %2 bits lang; voor handtekeningen is minstens %3 bits nodig, want een kortere sleutel kan worden gekraakt en de handtekening dan worden vervalst. Vraag uw certificaatleverancier om een certificaat met een langere sleutel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key of this certificate is neither RSA nor ECDSA; PDF readers cannot check signatures made with it. Choose another certificate.</source>
        <translation>De sleutel van dit certificaat is geen RSA- of ECDSA-sleutel; PDF-lezers kunnen handtekeningen die ermee zijn gemaakt niet controleren. Kies een ander certificaat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate cannot be used: %1</source>
        <translation>Het certificaat kan niet worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../src/gui/editors/AgreementEditor.cpp" line="+205"/>
        <location filename="../../src/storage/repositories/References.cpp" line="+34"/>
        <location filename="../../src/usecases/records/RecordSnapshot.cpp" line="+87"/>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storage/repositories/Referrer.cpp" line="+17"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n processing activity(ies)</source>
        <translation>
            <numerusform>%n verwerking</numerusform>
            <numerusform>%n verwerkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n security measure(s)</source>
        <translation>
            <numerusform>%n beveiligingsmaatregel</numerusform>
            <numerusform>%n beveiligingsmaatregelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sub-processor(s)</source>
        <translation>
            <numerusform>%n subverwerker</numerusform>
            <numerusform>%n subverwerkers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n data processing agreement(s)</source>
        <translation>
            <numerusform>%n verwerkersovereenkomst</numerusform>
            <numerusform>%n verwerkersovereenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n data subject request(s)</source>
        <translation>
            <numerusform>%n verzoek van een betrokkene</numerusform>
            <numerusform>%n verzoeken van betrokkenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n data breach(es)</source>
        <translation>
            <numerusform>%n datalek</numerusform>
            <numerusform>%n datalekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sub-processor notice(s)</source>
        <translation>
            <numerusform>%n kennisgeving over een subverwerker</numerusform>
            <numerusform>%n kennisgevingen over subverwerkers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../src/storage/repositories/RemovalPlan.cpp" line="+24"/>
        <source>Delete %1.</source>
        <translation>Verwijderen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also deleted: %1.</source>
        <translation>Wordt ook verwijderd: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer refer to it: %1.</source>
        <translation>Verwijzen er daarna niet meer naar: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not possible while these refer to it: %1.</source>
        <translation>Niet mogelijk zolang deze ernaar verwijzen: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The register changed since the deletion was confirmed. Nothing was deleted; please check what will be deleted and confirm again.</source>
        <translation>Het register is gewijzigd nadat het verwijderen was bevestigd. Er is niets verwijderd; controleer opnieuw wat er wordt verwijderd en bevestig nog een keer.</translation>
    </message>
</context>
<context>
    <name>SubProcessorEditor</name>
    <message>
        <location filename="../../ui/SubProcessorEditor.ui" line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country of establishment</source>
        <translation>Land van vestiging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data &amp;location:</source>
        <translation>Op&amp;slaglocatie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the data is stored</source>
        <translation>Waar de gegevens zijn opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data stays inside the EEA</source>
        <translation>Gegevens blijven binnen de EER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data stays &amp;inside the EEA</source>
        <translation>Gegevens blijven b&amp;innen de EER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;feguard:</source>
        <translation>&amp;Waarborg:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safeguard</source>
        <translation>Waarborg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer impact &amp;assessment on:</source>
        <translation>Doorgifte&amp;toets op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of the transfer impact assessment</source>
        <translation>Datum van de doorgiftetoets (transfer impact assessment)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment &amp;outcome:</source>
        <translation>&amp;Uitkomst van de toets:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome of the transfer impact assessment</source>
        <translation>Uitkomst van de doorgiftetoets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. no laws that undermine the clauses; data encrypted at rest</source>
        <translation>bijv. geen wetgeving die de bepalingen ondermijnt; gegevens versleuteld opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Agreement date:</source>
        <translation>Datum overeen&amp;komst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of the processing agreement</source>
        <translation>Datum van de verwerkersovereenkomst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ac&amp;tivities:</source>
        <translation>&amp;Verwerkingen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Processing activities it serves</source>
        <translation>Verwerkingen waarvoor de subverwerker wordt ingezet</translation>
    </message>
</context>
<context>
    <name>SubProcessorNoticeCommand</name>
    <message>
        <location filename="../../src/cli/commands/SubProcessorNoticeCommand.cpp" line="+29"/>
        <source>--%1 ID is required</source>
        <translation>--%1 ID is verplicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen datum; schrijf die als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no sub-processor %1.</source>
        <translation>Er is geen subverwerker %1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Notice %1: sent on %2; the client can object until %3.</source>
        <translation>Kennisgeving %1: verstuurd op %2; de klant kan tot en met %3 bezwaar maken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>write: subprocessor-notice objection NOTICE-ID --text TEXT</source>
        <translation>schrijf: subprocessor-notice objection KENNISGEVING-ID --text TEKST</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown outcome &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende uitkomst &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice %1: objection of %2 recorded (%3).</source>
        <translation>Kennisgeving %1: bezwaar van %2 vastgelegd (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clients a sub-processor change touches, and the notices sent to them with their objection periods and objections.</source>
        <translation>De klanten die een wijziging van subverwerkers raakt, en de kennisgevingen aan hen met hun bezwaartermijnen en bezwaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACTION is one of:
  clients --sub-processor ID: the clients to tell (client id, agreement id, objection days, name), those with an agreement in force or being prepared that holds an activity the sub-processor serves;
  list [--sub-processor ID | --client ID]: the notices (id, state, sent, last day to object, sub-processor id, client id, outcome), state one of running, ended, objected, settled;
  sent --sub-processor ID --client ID [--date DATE] [--replaces NAME]: record that the notice was sent (default today); the client may object for the period of its agreement;
  objection NOTICE-ID --text TEXT [--date DATE] [--outcome OUTCOME]: record the client&apos;s objection, again to record its outcome; OUTCOME is one of: %1 (default open).
Make the notice itself with: render subprocessor-notice --sub-processor ID --client ID. A refused change exits 2 with the reasons.</source>
        <translation>ACTIE is een van:
  clients --sub-processor ID: de klanten die u moet informeren (klant-id, overeenkomst-id, dagen bezwaartermijn, naam): die met een geldende of nog te sluiten overeenkomst met een verwerking die de subverwerker ondersteunt;
  list [--sub-processor ID | --client ID]: de kennisgevingen (id, stand, verstuurd, laatste dag voor bezwaar, subverwerker-id, klant-id, uitkomst), stand een van running, ended, objected, settled;
  sent --sub-processor ID --client ID [--date DATUM] [--replaces NAAM]: vastleggen dat de kennisgeving is verstuurd (standaard vandaag); de klant kan bezwaar maken binnen de termijn van zijn overeenkomst;
  objection KENNISGEVING-ID --text TEKST [--date DATUM] [--outcome UITKOMST]: het bezwaar van de klant vastleggen, opnieuw om de uitkomst vast te leggen; UITKOMST is een van: %1 (standaard open).
Maak de kennisgeving zelf met: render subprocessor-notice --sub-processor ID --client ID. Een geweigerde wijziging eindigt met code 2 en de redenen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>clients, list, sent or objection (with the notice&apos;s id).</source>
        <translation>clients, list, sent of objection (met het id van de kennisgeving).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sub-processor (see: list sub-processors).</source>
        <translation>De subverwerker (zie: list sub-processors).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The client (see: list clients).</source>
        <translation>De klant (zie: list clients).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened (default today).</source>
        <translation>Wanneer het gebeurde (standaard vandaag).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent: the sub-processor the new one replaces.</source>
        <translation>sent: de subverwerker die de nieuwe vervangt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objection: the client&apos;s grounds, and what was agreed.</source>
        <translation>objection: de gronden van de klant, en wat is afgesproken.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objection: how it ended so far.</source>
        <translation>objection: hoe het tot nu toe is afgelopen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>UITKOMST</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>write: subprocessor-notice clients|list|sent|objection …</source>
        <translation>schrijf: subprocessor-notice clients|list|sent|objection …</translation>
    </message>
</context>
<context>
    <name>SubProcessorNoticeModel</name>
    <message>
        <location filename="../../src/report/model/SubProcessorNoticeModel.cpp" line="+59"/>
        <source>%1 serves none of the processing activities in the current agreement with %2, so that agreement gives no reason for a notice.</source>
        <translation>%1 ondersteunt geen van de verwerkingen in de lopende overeenkomst met %2; die overeenkomst geeft dus geen reden voor een kennisgeving.</translation>
    </message>
</context>
<context>
    <name>SubProcessorNotices</name>
    <message>
        <location filename="../../src/usecases/subprocessors/SubProcessorNotices.cpp" line="+67"/>
        <source>The sub-processor or the client is no longer in the register.</source>
        <translation>De subverwerker of de klant staat niet meer in het register.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 serves none of the processing activities in a current agreement with %2: that client need not be told.</source>
        <translation>%1 ondersteunt geen van de verwerkingen in een lopende overeenkomst met %2: die klant hoeft u niet te informeren.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record the notice once it is sent: the date is after today.</source>
        <translation>Leg de kennisgeving vast zodra die is verstuurd: de datum ligt na vandaag.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no such notice in the register.</source>
        <translation>Deze kennisgeving staat niet in het register.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill in when the client objected.</source>
        <translation>Vul in wanneer de klant bezwaar maakte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the objection is after today.</source>
        <translation>De datum van het bezwaar ligt na vandaag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The objection period ended on %1: an objection after it is not one under the agreement.</source>
        <translation>De bezwaartermijn eindigde op %1: een later bezwaar is geen bezwaar volgens de overeenkomst.</translation>
    </message>
</context>
<context>
    <name>SubProcessorSection</name>
    <message>
        <location filename="../../src/gui/sections/SubProcessorSection.cpp" line="+23"/>
        <source>Inside the EEA</source>
        <translation>Binnen de EER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the EEA: %1</source>
        <translation>Buiten de EER: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the EEA, without a safeguard</source>
        <translation>Buiten de EER, zonder waarborg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sub-processor</source>
        <translation>Subverwerker</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Data stored in</source>
        <translation>Gegevens opgeslagen in</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>EEA</source>
        <translation>EER</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Agreement of</source>
        <translation>Overeenkomst van</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Transfer impact assessment</source>
        <translation>Doorgiftetoets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement with them of</source>
        <translation>Onze overeenkomst met hen van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves the activities</source>
        <translation>Voor de verwerkingen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients told of it</source>
        <translation>Klanten geïnformeerd</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/TemplateEditor.ui" line="+15"/>
        <source>Te&amp;mplate:</source>
        <translation>Sja&amp;bloon:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the template comes from</source>
        <translation>Herkomst van het sjabloon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template text</source>
        <translation>Tekst van het sjabloon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Var&amp;iables of this document (double-click or Enter inserts one at the cursor):</source>
        <translation>&amp;Gegevens van dit document (dubbelklik of Enter voegt er een in bij de cursor):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variables of this document</source>
        <translation>Gegevens van dit document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example from the register</source>
        <translation>Voorbeeld uit het register</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template check</source>
        <translation>Controle van het sjabloon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save templ&amp;ate</source>
        <translation>Sjabloon o&amp;pslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this template from now on for this document (your own copy in the data folder)</source>
        <translation>Dit sjabloon vanaf nu gebruiken voor dit document (een eigen kopie in de gegevensmap)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disca&amp;rd changes</source>
        <translation>W&amp;ijzigingen weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget what you typed since the template was last saved</source>
        <translation>Weggooien wat er is getypt sinds het sjabloon voor het laatst is opgeslagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore defa&amp;ult</source>
        <translation>&amp;Herstel standaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your own copy so that the program&apos;s template is used again</source>
        <translation>De eigen kopie verwijderen, zodat weer het sjabloon van het programma wordt gebruikt</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message numerus="yes">
        <location filename="../../src/core/dashboard/TimeLeft.cpp" line="+51"/>
        <source>%n hour(s) overdue</source>
        <translation>
            <numerusform>%n uur te laat</numerusform>
            <numerusform>%n uur te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due today</source>
        <translation>Verloopt vandaag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less than an hour left</source>
        <translation>Nog minder dan een uur</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>Nog %n uur</numerusform>
            <numerusform>Nog %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Nog %n dag</numerusform>
            <numerusform>Nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>in less than an hour</source>
        <translation>binnen een uur</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>over %n uur</numerusform>
            <numerusform>over %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>binnen %n uur</numerusform>
            <numerusform>binnen %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>binnen %n dag</numerusform>
            <numerusform>binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 h %2 min overdue</source>
        <translation>%1 u %2 min te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min left</source>
        <translation>%1 u %2 min over</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="+9"/>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register file</source>
        <translation>Registerbestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;read-only</source>
        <translation>Alleen-&amp;lezen openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the newest &amp;backup instead</source>
        <translation>De nieuwste &amp;back-up openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the newest backup</source>
        <translation>De nieuwste back-up openen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/core/domain/validation/AgreementValidation.cpp" line="+24"/>
        <source>The signing state says this party signed: enter the date of signing.</source>
        <translation>Volgens de status heeft deze partij ondertekend: vul de datum van ondertekening in.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not a PDF document.</source>
        <translation>Dit is geen PDF-document.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The PDF is %1 MiB; at most %2 MiB can be kept. Scan it again at a lower resolution, or in black and white.</source>
        <translation>De PDF is %1 MiB; er kan hoogstens %2 MiB worden bewaard. Scan hem opnieuw met een lagere resolutie, of in zwart-wit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF is %1 MiB; at most %2 MiB can be kept.</source>
        <translation>De PDF is %1 MiB; er kan hoogstens %2 MiB worden bewaard.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Holds the PDF the firm signed, but the signing state says the firm has not signed yet.</source>
        <translation>Bevat de PDF die het bedrijf heeft ondertekend, maar volgens de status heeft het bedrijf nog niet ondertekend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded as signed on paper, but the signing state says the client has not signed yet.</source>
        <translation>Vastgelegd als op papier getekend, maar volgens de status heeft de klant nog niet getekend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach the PDF the client signed, or record that the client signed on paper.</source>
        <translation>Voeg de PDF toe die de klant heeft ondertekend, of leg vast dat de klant op papier heeft getekend.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter an amount above zero, or leave it empty.</source>
        <translation>Vul een bedrag boven nul in, of laat het leeg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The cap per year cannot be lower than the cap per event.</source>
        <translation>De grens per jaar kan niet lager zijn dan de grens per gebeurtenis.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A cap in words is no longer printed: enter the cap per event and per year as amounts, then clear this text.</source>
        <translation>Een grens in woorden wordt niet meer afgedrukt: vul de grens per gebeurtenis en per jaar als bedragen in en maak dit veld daarna leeg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the main agreement this date belongs to.</source>
        <translation>Vul de hoofdovereenkomst in waar deze datum bij hoort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter at least 1 month, or make it indefinite.</source>
        <translation>Vul minstens 1 maand in, of kies voor onbepaalde tijd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More than 72 hours leaves the client no time to notify the Autoriteit Persoonsgegevens.</source>
        <translation>Met meer dan 72 uur heeft de klant geen tijd meer om het datalek bij de Autoriteit Persoonsgegevens te melden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter at least 1 month, or leave the audits unlimited.</source>
        <translation>Vul minstens 1 maand in, of laat het leeg: dan is het aantal audits onbeperkt.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not a currency code like EUR.</source>
        <translation>Geen geldige valutacode, zoals EUR.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../src/core/domain/validation/SubProcessorNoticeValidation.cpp" line="+30"/>
        <source>Choose the client.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/core/domain/validation/AuditEntryValidation.cpp" line="+24"/>
        <location filename="../../src/core/domain/validation/BreachValidation.cpp" line="+60"/>
        <location line="+17"/>
        <location filename="../../src/core/domain/validation/DataSubjectRequestValidation.cpp" line="+62"/>
        <location filename="../../src/core/domain/validation/IssueList.cpp" line="+33"/>
        <location line="+47"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot be before the start date.</source>
        <translation>Kan niet vóór de begindatum liggen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A terminated agreement needs its end date.</source>
        <translation>Vul bij een beëindigde overeenkomst de einddatum in.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/AuditEntryValidation.cpp" line="+4"/>
        <location filename="../../src/core/domain/validation/BreachValidation.cpp" line="+114"/>
        <location filename="../../src/core/domain/validation/DataSubjectRequestValidation.cpp" line="+66"/>
        <location filename="../../src/core/domain/validation/IssueList.cpp" line="-13"/>
        <source>Not a stored record.</source>
        <translation>Staat niet in het register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An update changes at least one field.</source>
        <translation>Een wijziging moet minstens één veld aanpassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a SHA-256 hash (32 bytes).</source>
        <translation>Dit is geen SHA-256-hash (32 bytes).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a salt (16 bytes).</source>
        <translation>Geen salt (16 bytes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A redacted change has no values or salt.</source>
        <translation>Een verwijderde wijziging heeft geen waarden of salt.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/BreachValidation.cpp" line="-171"/>
        <source>Cannot be before the breach was discovered.</source>
        <translation>Kan niet vóór de ontdekking van het datalek liggen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reports are listed, but the breach is marked as not reported.</source>
        <translation>Er zijn meldingen ingevuld, maar bij het datalek staat dat het niet is gemeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the report to the Autoriteit Persoonsgegevens.</source>
        <translation>Voeg de melding aan de Autoriteit Persoonsgegevens toe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first report must be the initial one.</source>
        <translation>De eerste melding in de lijst moet een &apos;Eerste melding&apos; zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first report is the initial one.</source>
        <translation>Alleen de eerste melding in de lijst is een &apos;Eerste melding&apos;; de andere zijn een &apos;Aanvulling&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot be before the report before it.</source>
        <translation>Kan niet vóór de vorige melding liggen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot be below the minimum.</source>
        <translation>Mag niet lager zijn dan het minimum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot be after the breach was discovered.</source>
        <translation>Mag niet na de ontdekking van het datalek liggen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be before the breach started.</source>
        <translation>Mag niet vóór het begin van het datalek liggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A breach that still goes on has no end yet.</source>
        <translation>Een datalek dat nog gaande is, heeft nog geen einde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the last report can be the final one.</source>
        <translation>Alleen de laatste melding kan de definitieve zijn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only for people not informed.</source>
        <translation>Alleen als de betrokkenen niet zijn geïnformeerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The risk is assessed as high: at a high risk the people must be told, unless art. 34(3) applies.</source>
        <translation>Het risico is als hoog beoordeeld: bij een hoog risico moeten de betrokkenen worden ingelicht, tenzij artikel 34 lid 3 van toepassing is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The breach records that the data was not unintelligible.</source>
        <translation>Volgens het datalek waren de gegevens niet onbegrijpelijk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Required: the notification clocks run from it.</source>
        <translation>Verplicht: de meldtermijnen lopen vanaf dit moment.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a breach of a client&apos;s data has a client to notify: choose the client.</source>
        <translation>Een klant informeren kan alleen bij een datalek met gegevens van een klant: kies de klant.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/DataSubjectRequestValidation.cpp" line="-108"/>
        <source>Cannot be before the request came in.</source>
        <translation>Kan niet vóór de ontvangst van het verzoek liggen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proof of identity was not asked for: record the step &quot;identity check requested&quot; first.</source>
        <translation>Er is niet om identificatie gevraagd: leg eerst de stap &quot;Identificatie gevraagd&quot; vast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot be before proof of identity was asked.</source>
        <translation>Kan niet liggen vóór de datum waarop om identificatie is gevraagd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A copy cannot be destroyed before it was asked for.</source>
        <translation>Een kopie kan niet zijn vernietigd voordat erom is gevraagd.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Too late: an extension must be told within the first month, by %1.</source>
        <translation>Te laat: een verlenging moet binnen de eerste maand worden meegedeeld, uiterlijk op %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the date of the answer.</source>
        <translation>Vul de datum van het antwoord in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request has an answer date: close it as answered or refused.</source>
        <translation>Het verzoek heeft een antwoorddatum: sluit het af als beantwoord of geweigerd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a refused request has a ground of refusal.</source>
        <translation>Alleen een geweigerd verzoek heeft een grond van weigering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ground does not apply to the right invoked.</source>
        <translation>Deze grond geldt niet voor het ingeroepen recht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a name or a way to reach the person.</source>
        <translation>Vul een naam in of een manier om de persoon te bereiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: the deadline runs from this date.</source>
        <translation>Verplicht: de termijn loopt vanaf deze datum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a request about a client&apos;s data has a client to inform: choose the client.</source>
        <translation>Een klant informeren kan alleen bij een verzoek over gegevens van een klant: kies de klant.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/IssueList.cpp" line="-27"/>
        <source>Add at least one.</source>
        <translation>Voeg er minstens één toe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty item: fill it in or remove it.</source>
        <translation>Leeg item: vul het in of verwijder het.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <location filename="../../src/core/domain/validation/OrganisationValidation.cpp" line="+32"/>
        <location filename="../../src/core/domain/validation/ProcessingActivityValidation.cpp" line="+91"/>
        <location line="+94"/>
        <location filename="../../src/core/domain/validation/StatementValidation.cpp" line="+40"/>
        <source>Listed twice.</source>
        <translation>Staat er twee keer in.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose at least one.</source>
        <translation>Kies er minstens één.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not an e-mail address like name@example.nl.</source>
        <translation>Geen geldig e-mailadres, zoals naam@example.nl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a Dutch postcode like 1234 AB.</source>
        <translation>Geen geldige Nederlandse postcode, zoals 1234 AB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A KvK number has 8 digits.</source>
        <translation>Een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/core/domain/validation/OrganisationValidation.cpp" line="+46"/>
        <source>Cannot be negative.</source>
        <translation>Mag niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/OrganisationValidation.cpp" line="-24"/>
        <source>Not a VAT number like NL123456789B01.</source>
        <translation>Geen geldig btw-nummer, zoals NL123456789B01.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a PNG image.</source>
        <translation>Dit is geen PNG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/ProcessingActivityValidation.cpp" line="-157"/>
        <source>Choose a legal basis.</source>
        <translation>Kies een grondslag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/core/domain/validation/StatementValidation.cpp" line="+9"/>
        <source>Describe the legitimate interest this relies on.</source>
        <translation>Beschrijf het gerechtvaardigd belang waarop deze verwerking steunt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the exception of Art. 9(2) relied on.</source>
        <translation>Kies de uitzondering van artikel 9 lid 2 waarop de verwerking steunt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An exception for a category that is not flagged as special: remove it.</source>
        <translation>Deze uitzondering hoort bij een categorie die niet als bijzonder is aangevinkt: verwijder de uitzondering.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Describe how children&apos;s data is protected, such as an age check or parental consent.</source>
        <translation>Beschrijf hoe de gegevens van kinderen worden beschermd, bijvoorbeeld met een leeftijdscontrole of toestemming van de ouders.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a retention period: a fixed term or as long as the agreement runs.</source>
        <translation>Kies een bewaartermijn: een vaste termijn of zolang de overeenkomst loopt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a period of at least 1 and at most 100 years.</source>
        <translation>Vul een termijn in van minstens 1 en hoogstens 100 jaar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the event the period runs from.</source>
        <translation>Beschrijf de gebeurtenis waarop de termijn ingaat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A transfer outside the EEA needs a safeguard.</source>
        <translation>Voor doorgifte buiten de EER is een waarborg nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the derogation of Art. 49 this relies on.</source>
        <translation>Noem de uitzondering van artikel 49 waarop de doorgifte steunt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Own processing is not done for clients: remove them or choose the processor role.</source>
        <translation>Een eigen verwerking gebeurt niet voor klanten: verwijder de klanten of kies de rol verwerker.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Own processing has no clients, so nothing differs per client: remove this.</source>
        <translation>Een eigen verwerking heeft geen klanten, dus verschilt er niets per klant: haal dit weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity is not done for this client: tick the client or remove this.</source>
        <translation>De verwerking wordt niet voor deze klant gedaan: vink de klant aan of haal dit weg.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Name the source the data comes from.</source>
        <translation>Noem de bron waar de gegevens vandaan komen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/SubProcessorValidation.cpp" line="+21"/>
        <source>Data outside the EEA needs a safeguard such as an adequacy decision or standard contractual clauses.</source>
        <translation>Voor gegevens buiten de EER is een waarborg nodig, zoals een adequaatheidsbesluit of standaardcontractbepalingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter when the assessment was made.</source>
        <translation>Vul in wanneer de toets is gedaan.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/AgreementActivitiesValidation.cpp" line="+13"/>
        <source>The firm&apos;s own processing (as controller) is not done for the client and has no place in its agreement: untick it.</source>
        <translation>Een eigen verwerking (als verwerkingsverantwoordelijke) doet u niet voor de klant; die hoort niet in de verwerkersovereenkomst: vink haar uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This activity is not done for this client: tick the client in the activity first, or untick it here.</source>
        <translation>Deze verwerking doet u niet voor deze klant: vink eerst de klant aan bij de verwerking, of vink haar hier uit.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/SecurityMeasureValidation.cpp" line="+21"/>
        <source>Only a planned measure has a date it will be in force.</source>
        <translation>Alleen een geplande maatregel heeft een datum waarop hij van kracht wordt.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/StatementValidation.cpp" line="-32"/>
        <source>Only own processing is named in the firm&apos;s privacy statements: clear them or choose the controller role.</source>
        <translation>Alleen eigen verwerkingen staan in de privacyverklaringen van het bedrijf: vink ze uit of kies de rol verwerkingsverantwoordelijke.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the main legal basis before further ones.</source>
        <translation>Kies eerst de belangrijkste grondslag, dan pas verdere.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A national-law ground for a category that is not flagged: remove it.</source>
        <translation>Een grond in de Nederlandse wet voor een soort gegevens die niet is aangevinkt: haal hem weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the provision, or leave the ground out.</source>
        <translation>Noem de bepaling, of laat de grond weg.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Either describe the automated decisions or state that there are none, not both.</source>
        <translation>Beschrijf de geautomatiseerde besluiten of geef aan dat er geen zijn, niet allebei.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/SubProcessorNoticeValidation.cpp" line="-2"/>
        <source>Choose the sub-processor.</source>
        <translation>Kies de subverwerker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the agreement whose objection period applies.</source>
        <translation>Kies de overeenkomst waarvan de bezwaartermijn geldt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in when the notice was sent.</source>
        <translation>Vul in wanneer de kennisgeving is verstuurd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client needs at least one day to object.</source>
        <translation>De klant heeft minstens één dag nodig om bezwaar te maken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An objection cannot come before the notice was sent.</source>
        <translation>Een bezwaar kan niet komen voordat de kennisgeving is verstuurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the objection before its outcome.</source>
        <translation>Leg eerst het bezwaar vast, dan de uitkomst.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/TextRules.cpp" line="+96"/>
        <source>Too long: %1 characters, at most %2 fit here.</source>
        <translation>Te lang: %1 tekens, hier passen er hoogstens %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contains an invisible control character (%1); remove it.</source>
        <translation>Bevat een onzichtbaar stuurteken (%1); verwijder het.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contains a character that reverses the reading direction (%1), so the text would show other than it reads; remove it.</source>
        <translation>Bevat een teken dat de leesrichting omkeert (%1), waardoor de tekst anders wordt getoond dan hij luidt; verwijder het.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contains a broken character (half of a UTF-16 pair, %1); retype the text.</source>
        <translation>Bevat een beschadigd teken (de helft van een UTF-16-paar, %1); typ de tekst opnieuw.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../../src/cli/commands/VerifyCommand.cpp" line="+11"/>
        <source>Check that the register is intact (checksums, encryption, database).</source>
        <translation>Controleren of het register intact is (controlesommen, versleuteling, database).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the database inside the file is damaged: %2</source>
        <translation>%1: de database in het bestand is beschadigd: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the audit trail is broken: %2. The register was changed outside Privacyregister; compare it with a backup.</source>
        <translation>%1: het logboek is niet intact: %2. Het register is buiten Privacyregister om gewijzigd; vergelijk het met een back-up.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: intact (file checksums, authentication tag, database check and audit trail).</source>
        <translation>%1: intact (controlesommen van het bestand, authenticatietag, databasecontrole en logboek).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last audit entry: %1, SHA-256 %2.</source>
        <translation>Laatste logboekregel: %1, SHA-256 %2.</translation>
    </message>
</context>
<context>
    <name>VerifyPdfCommand</name>
    <message>
        <location filename="../../src/cli/commands/VerifyPdfCommand.cpp" line="+53"/>
        <source>Check the digital signatures of a PDF (no register needed).</source>
        <translation>De digitale handtekeningen van een PDF controleren (geen register nodig).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the signer&apos;s %1 key has %2 bits, fewer than the %3 a signature needs: a key that short can be broken, so this signature may have been forged.</source>
        <translation>de %1-sleutel van de ondertekenaar is %2 bits lang, korter dan de %3 bits die een handtekening nodig heeft: zo&apos;n korte sleutel kan worden gekraakt, dus deze handtekening kan vervalst zijn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For each signature: whether the signed bytes are unchanged (digest), whether the signature matches the signer&apos;s certificate, whether it covers the whole file, the signer and the signing time. With --trust, also whether the signer&apos;s certificate leads to one of the certificates in that PEM file. A signature whose key is shorter than RSA 2048 or EC 256 bits gets a warning: it may have been forged. Exit 0 when the PDF is signed and every signature is valid, 1 when it is not signed or a signature is not valid, 4 when the file is not a readable PDF.</source>
        <translation>Per handtekening: of de ondertekende bytes ongewijzigd zijn (digest), of de handtekening past bij het certificaat van de ondertekenaar, of de handtekening het hele bestand dekt, wie heeft ondertekend en wanneer. Met --trust ook of het certificaat van de ondertekenaar leidt naar een van de certificaten in dat PEM-bestand. Bij een handtekening met een sleutel korter dan RSA 2048 of EC 256 bits staat een waarschuwing: die kan vervalst zijn. Afsluitcode 0 als de PDF is ondertekend en elke handtekening geldig is, 1 als de PDF niet is ondertekend of een handtekening niet geldig is, 4 als het bestand geen leesbare PDF is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The signed PDF.</source>
        <translation>De ondertekende PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of text.</source>
        <translation>Uitvoer als JSON in plaats van tekst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also check the chain against the CA certificates in PEM file FILE.</source>
        <translation>Ook de keten controleren tegen de CA-certificaten in het PEM-bestand BESTAND.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write: verify-pdf FILE</source>
        <translation>schrijf: verify-pdf BESTAND</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The PDF holds no signatures.</source>
        <translation>De PDF bevat geen handtekeningen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature %1 (%2): %3</source>
        <translation>Handtekening %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer: %1</source>
        <translation>Ondertekenaar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at: %1</source>
        <translation>Ondertekend op: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covers the whole file.</source>
        <translation>Dekt het hele bestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers an earlier version of the file; later changes were appended.</source>
        <translation>Dekt een eerdere versie van het bestand; latere wijzigingen zijn erachter toegevoegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate leads to a trusted CA.</source>
        <translation>Het certificaat leidt naar een vertrouwde CA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate does not lead to a trusted CA.</source>
        <translation>Het certificaat leidt niet naar een vertrouwde CA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All signatures are valid.</source>
        <translation>Alle handtekeningen zijn geldig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not all signatures are valid.</source>
        <translation>Niet alle handtekeningen zijn geldig.</translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <location filename="../../src/core/dashboard/WarningText.cpp" line="+20"/>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Waiting %n day(s)</source>
        <translation>
            <numerusform>Wacht %n dag</numerusform>
            <numerusform>Wacht %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To be signed</source>
        <translation>Nog te ondertekenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review due</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report it to the Autoriteit Persoonsgegevens, or record why not, by %1.</source>
        <translation>Meld het datalek uiterlijk %1 bij de Autoriteit Persoonsgegevens, of leg vast waarom niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 72 hours to report it to the Autoriteit Persoonsgegevens ended on %1. Record the report, or why it was not made.</source>
        <translation>De 72 uur om het datalek bij de Autoriteit Persoonsgegevens te melden, zijn op %1 verstreken. Leg de melding vast, of waarom die niet is gedaan.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Tell %1 by %2: the agreement allows %n hour(s).</source>
        <translation>
            <numerusform>Informeer %1 uiterlijk %2: de overeenkomst geeft %n uur.</numerusform>
            <numerusform>Informeer %1 uiterlijk %2: de overeenkomst geeft %n uur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>The %n hour(s) to tell %1 ended on %2.</source>
        <translation>
            <numerusform>Het %n uur om %1 te informeren is op %2 verstreken.</numerusform>
            <numerusform>De %n uur om %1 te informeren zijn op %2 verstreken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Tell %1 by %2: there is no agreement, so the usual %n hour(s) apply.</source>
        <translation>
            <numerusform>Informeer %1 uiterlijk %2: er is geen overeenkomst, dus geldt de gebruikelijke termijn van %n uur.</numerusform>
            <numerusform>Informeer %1 uiterlijk %2: er is geen overeenkomst, dus geldt de gebruikelijke termijn van %n uur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 decides whether to report it to the Autoriteit Persoonsgegevens.</source>
        <translation>%1 beslist of het datalek bij de Autoriteit Persoonsgegevens wordt gemeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer now. Legal deadline after the extension: %1.</source>
        <translation>Antwoord nu. Wettelijke termijn na de verlenging: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now. Our deadline: %1. Legal deadline: %2.</source>
        <translation>Antwoord nu. Onze termijn: %1. Wettelijke termijn: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer by %1 (the legal deadline after the extension).</source>
        <translation>Antwoord uiterlijk %1 (de wettelijke termijn na de verlenging).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer by %1 (our deadline). Legal deadline: %2.</source>
        <translation>Antwoord uiterlijk %1 (onze termijn). Wettelijke termijn: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask %1 for the countersignature: they have had the agreement since %2.</source>
        <translation>Vraag %1 om de overeenkomst te ondertekenen: de klant heeft die al sinds %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get the client&apos;s signature.</source>
        <translation>Laat de klant ondertekenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get the client&apos;s signature: the agreement has applied since %1.</source>
        <translation>Laat de klant ondertekenen: de overeenkomst geldt al sinds %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get the client&apos;s signature; the agreement starts on %1.</source>
        <translation>Laat de klant ondertekenen; de overeenkomst gaat in op %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 objected to this sub-processor. Agree on a solution and record the outcome; until then, do not let it process the client&apos;s data.</source>
        <translation>%1 heeft bezwaar gemaakt tegen deze subverwerker. Spreek een oplossing af en leg de uitkomst vast; laat de subverwerker tot dan geen gegevens van deze klant verwerken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can object to this sub-processor until %2. Record an objection if one comes; without one the change may go ahead for this client after that day.</source>
        <translation>%1 kan tot en met %2 bezwaar maken tegen deze subverwerker. Leg een bezwaar vast als het komt; zonder bezwaar mag de wijziging na die dag voor deze klant doorgaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the legal basis: on which ground of article 6 is this done?</source>
        <translation>Vul de grondslag in: op welke grond van artikel 6 gebeurt dit?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the retention period: how long is the data kept?</source>
        <translation>Vul de bewaartermijn in: hoe lang worden de gegevens bewaard?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that it still works: last reviewed on %1.</source>
        <translation>Controleer of de maatregel nog werkt: laatst gecontroleerd op %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it works: it was never reviewed.</source>
        <translation>Controleer of de maatregel werkt: die is nog nooit gecontroleerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n closed request(s) are past their retention period and can be anonymised.</source>
        <translation>
            <numerusform>%n afgesloten verzoek is over zijn bewaartermijn heen en kan worden geanonimiseerd.</numerusform>
            <numerusform>%n afgesloten verzoeken zijn over hun bewaartermijn heen en kunnen worden geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing needs your attention right now.</source>
        <translation>Op dit moment vraagt niets aandacht.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) need your attention.</source>
        <translation>
            <numerusform>%n item vraagt aandacht.</numerusform>
            <numerusform>%n items vragen aandacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n of them urgent.</source>
        <translation>
            <numerusform>%1, waarvan %n dringend.</numerusform>
            <numerusform>%1, waarvan %n dringend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) need your attention</source>
        <translation>
            <numerusform>%n item vraagt aandacht</numerusform>
            <numerusform>%n items vragen aandacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../ui/WelcomeWindow.ui" line="+11"/>
        <source>Privacyregister</source>
        <translation>Privacyregister</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the privacy register of your firm: processing activities, security measures, agreements with clients, requests of data subjects and data breaches. Everything stays in one encrypted file on this computer.</source>
        <translation>Houd het privacyregister van het bedrijf bij: verwerkingen, beveiligingsmaatregelen, verwerkersovereenkomsten met klanten, verzoeken van betrokkenen en datalekken. Alles staat in één versleuteld bestand op deze computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recently opened:</source>
        <translation>&amp;Recent geopend:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recently opened registers</source>
        <translation>Recent geopende registers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a register</source>
        <translation>Een register openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check si&amp;gnature…</source>
        <translation>&amp;Handtekening controleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the signatures of a PDF file</source>
        <translation>De handtekeningen van een PDF-bestand controleren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;selected</source>
        <translation>&amp;Geselecteerde openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected register</source>
        <translation>Het geselecteerde register openen</translation>
    </message>
</context>
<context>
    <name>WrongPasswordError</name>
    <message>
        <location filename="../../src/storage/RegisterErrors.cpp" line="-98"/>
        <source>The password is not correct. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Het wachtwoord is niet juist. Controleer de toetsenbordindeling en Caps Lock en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+24"/>
        <source>Keeps the privacy register (AVG) of a small IT firm.</source>
        <translation>Houdt het privacyregister (AVG) van een klein IT-bedrijf bij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register to open.</source>
        <translation>Het te openen register.</translation>
    </message>
</context>
<context>
    <name>pr::gui::ActivityEditor</name>
    <message>
        <location filename="../../src/gui/editors/ActivityEditor.cpp" line="+39"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff roles</source>
        <translation>Functies van medewerkers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations of the selected staff role</source>
        <translation>Verwerkingshandelingen van de gekozen functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject categories</source>
        <translation>Soorten betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clients</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purposes</source>
        <translation>doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal basis</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>further legal bases</source>
        <translation>verdere grondslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legitimate interest</source>
        <translation>gerechtvaardigd belang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data categories</source>
        <translation>soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special data</source>
        <translation>bijzondere gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>national-law grounds</source>
        <translation>gronden in de Nederlandse wet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>children&apos;s safeguards</source>
        <translation>bescherming van kinderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff roles</source>
        <translation>functies van medewerkers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data subjects</source>
        <translation>betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retention</source>
        <translation>bewaartermijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scope per client</source>
        <translation>per klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients</source>
        <translation>ontvangers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transfers</source>
        <translation>doorgifte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other source</source>
        <translation>andere bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy statements</source>
        <translation>privacyverklaringen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Privacy statements that name this processing</source>
        <translation>Privacyverklaringen die deze verwerking noemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own processing: the people whose privacy statement names it. The staff&apos;s records do not belong in the customers&apos; statement.</source>
        <translation>Eigen verwerking: de groepen in wier privacyverklaring zij staat. De personeelsadministratie hoort niet in de verklaring voor klanten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Further legal bases</source>
        <translation>Verdere grondslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bases besides the main one for a part of the processing, such as a legal obligation to keep invoices beside the contract.</source>
        <translation>Grondslagen naast de belangrijkste voor een deel van de verwerking, zoals de wettelijke plicht om facturen te bewaren naast de overeenkomst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Privacy &amp;statements:</source>
        <translation>Privacy&amp;verklaringen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;urther legal bases:</source>
        <translation>Verd&amp;ere grondslagen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New processing activity</source>
        <translation>Nieuwe verwerking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit processing activity</source>
        <translation>Verwerking bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::AgreementActions</name>
    <message>
        <location filename="../../src/gui/editing/AgreementActions.cpp" line="+43"/>
        <source>Mark as &amp;sent…</source>
        <translation>Markeren als &amp;verstuurd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by &amp;us…</source>
        <translation>Getekend door &amp;ons…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by the &amp;client…</source>
        <translation>&amp;Tegengetekend…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terminate…</source>
        <translation>&amp;Beëindigen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save signed &amp;PDF…</source>
        <translation>Getekende &amp;PDF opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with c&amp;ertificate…</source>
        <translation>Ondertekenen met &amp;certificaat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open si&amp;gned version</source>
        <translation>Ondertekende versie &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draft of a new version</source>
        <translation>&amp;Concept van een nieuwe versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New version…</source>
        <translation>&amp;Nieuwe versie…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show the signed PDF the register keeps, to read, print or save exactly that document</source>
        <translation>De ondertekende PDF tonen die het register bewaart, om precies dat document te lezen, af te drukken of op te slaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what today&apos;s register would make of this agreement, marked on every page as the draft of a new version</source>
        <translation>Tonen wat het register nu van deze overeenkomst zou maken, op elke pagina gemarkeerd als concept van een nieuwe versie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the next version of this agreement as a draft; the signed version stays as it was signed</source>
        <translation>De volgende versie van deze overeenkomst als concept toevoegen; de ondertekende versie blijft zoals ze is ondertekend</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1: agreement version %2</source>
        <translation>%1: overeenkomst versie %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the signed PDF</source>
        <translation>Getekende PDF opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF could not be saved: %1</source>
        <translation>De PDF kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign the agreement</source>
        <translation>De overeenkomst ondertekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the client signs, note:</source>
        <translation>Let op voordat de klant tekent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;anyway…</source>
        <translation>Toch &amp;ondertekenen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the signed agreement</source>
        <translation>Ondertekende overeenkomst opslaan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not signed</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement is signed for the firm by %1 on %2 and recorded as &quot;signed by us&quot;. The signed PDF is kept with the agreement.</source>
        <translation>De overeenkomst is op %2 namens het bedrijf ondertekend door %1 en vastgelegd als ‘door ons ondertekend’. De ondertekende PDF is bij de overeenkomst bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A copy was saved as %1.</source>
        <translation>Een kopie is opgeslagen als %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy could not be saved as %1: %2. Save it again with &quot;Save signed PDF…&quot;.</source>
        <translation>De kopie kon niet worden opgeslagen als %1: %2. Sla haar opnieuw op met ‘Ondertekende PDF opslaan…’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement signed</source>
        <translation>Overeenkomst ondertekend</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documenten has changes to a template that are not saved. Save or discard them, then open the agreement again.</source>
        <translation>Documenten heeft wijzigingen in een sjabloon die niet zijn opgeslagen. Sla ze op of verwerp ze en open de overeenkomst daarna opnieuw.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new version</source>
        <translation>Geen nieuwe versie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New version added</source>
        <translation>Nieuwe versie toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new version is a draft: edit it, check it in Documenten and have it signed. The signed version stays as it was signed; terminate it once the new one is signed.</source>
        <translation>De nieuwe versie is een concept: bewerk haar, controleer haar in Documenten en laat haar ondertekenen. De ondertekende versie blijft zoals ze is ondertekend; beëindig haar zodra de nieuwe is ondertekend.</translation>
    </message>
</context>
<context>
    <name>pr::gui::AgreementEditor</name>
    <message>
        <location filename="../../src/gui/editors/AgreementEditor.cpp" line="-149"/>
        <source>(choose the client)</source>
        <translation>(kies de klant)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(sent on %1)</source>
        <translation>(verstuurd op %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>client</source>
        <translation>klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main agreement</source>
        <translation>hoofdovereenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main agreement&apos;s date</source>
        <translation>datum van de hoofdovereenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>begindatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>looptijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breach notice</source>
        <translation>melding van een datalek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit interval</source>
        <translation>tijd tussen audits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cap per event</source>
        <translation>grens per gebeurtenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cap per year</source>
        <translation>grens per jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cap in words</source>
        <translation>grens in woorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insurance cover</source>
        <translation>verzekerd bedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice of changes</source>
        <translation>wijzigingen vooraf melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return or delete</source>
        <translation>gegevens teruggeven of verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>verwerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firm&apos;s signatory</source>
        <translation>ondertekenaar namens het bedrijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client&apos;s signatory</source>
        <translation>ondertekenaar namens de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing</source>
        <translation>ondertekening</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (not allowed here)</source>
        <translation>%1 (hier niet toegestaan)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New processing agreement</source>
        <translation>Nieuwe verwerkersovereenkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit processing agreement</source>
        <translation>Verwerkersovereenkomst bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::AgreementStepDialog</name>
    <message>
        <location filename="../../src/gui/editing/AgreementStepDialog.cpp" line="+27"/>
        <source>Mark as sent</source>
        <translation>Markeren als verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by us</source>
        <translation>Getekend door ons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by the client</source>
        <translation>Getekend door de klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate the agreement</source>
        <translation>Overeenkomst beëindigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent on:</source>
        <translation>Verstuurd op:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed on:</source>
        <translation>Ondertekend op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on:</source>
        <translation>Beëindigd op:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose PDF…</source>
        <translation>PDF kiezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>No PDF chosen</source>
        <translation>Geen PDF gekozen</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Signed PDF:</source>
        <translation>Getekende PDF:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on paper (the signed copy is kept on paper; a scan can be attached as PDF)</source>
        <translation>Op papier getekend (het getekende exemplaar wordt op papier bewaard; een scan kan als PDF worden toegevoegd)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is larger than %1 MiB, the most the register keeps. Scan it at a lower resolution or in black and white.</source>
        <translation>Het bestand is groter dan %1 MiB, het maximum dat het register bewaart. Scan het met een lagere resolutie of in zwart-wit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file cannot be read: %1</source>
        <translation>Het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before the client signs, note:</source>
        <translation>Let op voordat de klant tekent:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The PDF the client signed</source>
        <translation>De PDF die de klant heeft ondertekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pr::gui::AnonymiseRequests</name>
    <message>
        <location filename="../../src/gui/editing/AnonymiseRequests.cpp" line="+29"/>
        <source>&amp;Anonymise expired requests…</source>
        <translation>Verlopen verzoeken &amp;anonimiseren…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No closed request is past its retention period.</source>
        <translation>Geen enkel afgesloten verzoek is over zijn bewaartermijn heen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, closed on %2</source>
        <translation>%1, afgesloten op %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anonymise expired requests</source>
        <translation>Verlopen verzoeken anonimiseren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n closed request(s) are past their retention period:</source>
        <translation>
            <numerusform>%n afgesloten verzoek is over zijn bewaartermijn heen:</numerusform>
            <numerusform>%n afgesloten verzoeken zijn over hun bewaartermijn heen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requester&apos;s name, contact and every free text will be removed. The reference, right, dates and outcome are kept for the statistics. This cannot be undone, and Edit &gt; Undo will forget the changes made before.</source>
        <translation>De naam en contactgegevens van de verzoeker en alle vrije tekst worden verwijderd. Het kenmerk, het recht, de datums en de uitkomst blijven bewaard voor de statistiek. Dit kan niet ongedaan worden gemaakt, en Bewerken &gt; Ongedaan maken vergeet de wijzigingen die u eerder maakte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimiseren</translation>
    </message>
</context>
<context>
    <name>pr::gui::BreachActions</name>
    <message>
        <location filename="../../src/gui/editing/BreachActions.cpp" line="+33"/>
        <source>Follow-&amp;up report to the AP…</source>
        <translation>&amp;Vervolgmelding bij de AP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to the &amp;AP…</source>
        <translation>Gemeld bij de &amp;AP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not reported to the AP…</source>
        <translation>&amp;Niet gemeld bij de AP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client informed…</source>
        <translation>&amp;Klant geïnformeerd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;People informed…</source>
        <translation>&amp;Betrokkenen geïnformeerd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People n&amp;ot informed…</source>
        <translation>Betrokkenen n&amp;iet geïnformeerd…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next step:</source>
        <translation>Volgende stap:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: breach %2</source>
        <translation>%1: datalek %2</translation>
    </message>
</context>
<context>
    <name>pr::gui::BreachDocumentActions</name>
    <message>
        <location filename="../../src/gui/editing/BreachDocumentActions.cpp" line="+36"/>
        <source>Notification to the AP…</source>
        <translation>Melding aan de AP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification to the client…</source>
        <translation>Melding aan de klant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter to the people affected…</source>
        <translation>Brief aan de betrokkenen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>breach-%1-ap.pdf</source>
        <translation>datalek-%1-ap.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breach-%1-client.pdf</source>
        <translation>datalek-%1-klant.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breach-%1-people.pdf</source>
        <translation>datalek-%1-betrokkenen.pdf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Documents:</source>
        <translation>Documenten:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a data breach first.</source>
        <translation>Kies eerst een datalek.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document not saved</source>
        <translation>Document niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document was not saved: %1</source>
        <translation>Het document is niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::BreachEditor</name>
    <message>
        <location filename="../../src/gui/editors/BreachEditor.cpp" line="+30"/>
        <source>(not decided yet)</source>
        <translation>(nog niet besloten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(not known yet)</source>
        <translation>(nog onbekend)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not assessed yet)</source>
        <translation>(nog niet beoordeeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data categories</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject categories</source>
        <translation>Soorten betrokkenen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(own processing)</source>
        <translation>(eigen verwerking)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(client %1)</source>
        <translation>(klant %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>discovered at</source>
        <translation>tijdstip van ontdekking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started at</source>
        <translation>begonnen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended at</source>
        <translation>beëindigd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data categories</source>
        <translation>soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data subjects</source>
        <translation>betrokkenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of people</source>
        <translation>aantal personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people, at most</source>
        <translation>personen, maximaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of records</source>
        <translation>aantal records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records, at most</source>
        <translation>records, maximaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how protected</source>
        <translation>hoe beveiligd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why that risk</source>
        <translation>waarom dit risico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why not reported</source>
        <translation>waarom niet gemeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reports to the AP</source>
        <translation>meldingen bij de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people informed on</source>
        <translation>betrokkenen geïnformeerd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why not informed</source>
        <translation>waarom niet geïnformeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ground for not informing</source>
        <translation>grond voor niet inlichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client notified at</source>
        <translation>klant geïnformeerd op</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New data breach</source>
        <translation>Nieuw datalek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit data breach</source>
        <translation>Datalek bewerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data breach</source>
        <translation>datalek</translation>
    </message>
</context>
<context>
    <name>pr::gui::BreachRiskDialog</name>
    <message>
        <location filename="../../src/gui/editors/BreachRiskDialog.cpp" line="+22"/>
        <source>Not known yet</source>
        <translation>Nog onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assess the risk of the breach</source>
        <translation>Het risico van het datalek beoordelen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer what you know; leave the rest as not known yet. The program proposes a risk level; you decide.</source>
        <translation>Beantwoord wat u weet en laat de rest op nog onbekend staan. Het programma stelt een risico voor; u beslist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Were personal data involved?</source>
        <translation>Waren er persoonsgegevens bij betrokken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was the data encrypted, hashed or otherwise unreadable, with the key safe?</source>
        <translation>Waren de gegevens versleuteld, gehasht of anderszins onleesbaar, met de sleutel veilig?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is special or sensitive data involved (health, BSN, ID, financial, children …)?</source>
        <translation>Gaat het om bijzondere of gevoelige gegevens (gezondheid, BSN, identiteitsbewijs, financieel, kinderen …)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the data, or may it be, with unknown people or people with ill intent?</source>
        <translation>Zijn de gegevens, of kunnen ze zijn, bij onbekenden of bij mensen met kwade bedoelingen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was the harm undone (data retrieved, deleted by a trusted recipient, or restored)?</source>
        <translation>Is de schade hersteld (gegevens teruggehaald, door een betrouwbare ontvanger verwijderd, of hersteld)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many people, at most:</source>
        <translation>Aantal personen, maximaal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known yet</source>
        <translation>nog onbekend</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your assessment:</source>
        <translation>Uw beoordeling:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why you assess it otherwise</source>
        <translation>Waarom u het anders beoordeelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why otherwise:</source>
        <translation>Waarom anders:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Assessed as &quot;%1&quot; instead of the proposed &quot;%2&quot;: %3</source>
        <translation>Beoordeeld als ‘%1’ in plaats van het voorgestelde ‘%2’: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposed: %1</source>
        <translation>Voorstel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed: no personal data breach</source>
        <translation>Voorstel: geen datalek met persoonsgegevens</translation>
    </message>
</context>
<context>
    <name>pr::gui::BreachStepDialog</name>
    <message>
        <location filename="../../src/gui/editing/BreachStepDialog.cpp" line="+25"/>
        <source>Follow-up report to the AP</source>
        <translation>Vervolgmelding bij de AP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to the AP</source>
        <translation>Melden bij de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reported to the AP</source>
        <translation>Niet gemeld bij de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client informed</source>
        <translation>Klant geïnformeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People not informed</source>
        <translation>Betrokkenen niet geïnformeerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reported on:</source>
        <translation>Gemeld op:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided on:</source>
        <translation>Besloten op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client informed on:</source>
        <translation>Klant geïnformeerd op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People informed on:</source>
        <translation>Betrokkenen geïnformeerd op:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breach %1, discovered on %2.</source>
        <translation>Datalek %1, ontdekt op %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Earlier reports: %n, the last on %1. This one adds what has become known since (AVG art. 33(4)).</source>
        <translation>
            <numerusform>Eerdere meldingen: %n, de laatste op %1. Deze vult aan wat sindsdien bekend is geworden (AVG art. 33 lid 4).</numerusform>
            <numerusform>Eerdere meldingen: %n, de laatste op %1. Deze vult aan wat sindsdien bekend is geworden (AVG art. 33 lid 4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 72 hours after the discovery ended on %1: give the reasons for the delay in the report (AVG art. 33(1)).</source>
        <translation>De 72 uur na de ontdekking liepen af op %1: geef in de melding de redenen voor de vertraging (AVG art. 33 lid 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report within 72 hours of the discovery, by %1 (AVG art. 33(1)). What is not known yet can follow in a follow-up report.</source>
        <translation>Meld binnen 72 uur na de ontdekking, uiterlijk %1 (AVG art. 33 lid 1). Wat nog niet bekend is, kan volgen in een vervolgmelding.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this report added:</source>
        <translation>Wat deze melding aanvulde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report said:</source>
        <translation>Wat er gemeld is:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AP reference number:</source>
        <translation>Meldnummer van de AP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AP reference number</source>
        <translation>meldnummer van de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number in the AP&apos;s confirmation of the report. Leave it empty when you do not have it yet.</source>
        <translation>Het nummer in de ontvangstbevestiging van de AP. Laat het leeg als u het nog niet hebt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The AVG asks you to document why the breach is unlikely to result in a risk to the people (art. 33(1) and (5)), for example because the data was encrypted or the recipient deleted it unread. The AP can ask for it.</source>
        <translation>De AVG vraagt vast te leggen waarom het datalek waarschijnlijk geen risico oplevert voor de betrokkenen (art. 33 lid 1 en 5), bijvoorbeeld omdat de gegevens versleuteld waren of de ontvanger ze ongelezen heeft verwijderd. De AP kan erom vragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not telling them is allowed when the data cannot be read by others (e.g. encrypted), when measures taken afterwards take the high risk away, or when telling each of them would take a disproportionate effort; then make a public announcement instead (AVG art. 34(3)).</source>
        <translation>Niet informeren mag als de gegevens voor anderen onleesbaar zijn (bijv. versleuteld), als maatregelen achteraf het hoge risico wegnemen, of als ieder afzonderlijk informeren een onevenredige inspanning vraagt; doe dan een openbare mededeling (AVG art. 34 lid 3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client, as controller, decides on the report to the AP and on telling the people (AVG art. 33(2)).</source>
        <translation>De klant beslist als verwerkingsverantwoordelijke over de melding bij de AP en over het informeren van de betrokkenen (AVG art. 33 lid 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register keeps the day the people were told.</source>
        <translation>Het register bewaart de dag waarop de betrokkenen zijn geïnformeerd.</translation>
    </message>
</context>
<context>
    <name>pr::gui::CertificatePanel</name>
    <message>
        <location filename="../../src/gui/signing/CertificatePanel.cpp" line="+92"/>
        <source>The stored certificate cannot be read: %1</source>
        <translation>Het opgeslagen certificaat kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This certificate expired on %1. Nothing can be signed with it any more: choose a new certificate.</source>
        <translation>Dit certificaat is verlopen op %1. Er kan niets meer mee worden ondertekend: kies een nieuw certificaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This certificate is valid only from %1; until then nothing can be signed with it.</source>
        <translation>Dit certificaat is pas geldig vanaf %1; tot dan kan er niets mee worden ondertekend.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This certificate expires on %1, in %n day(s). Ask your certificate provider for a new one in time.</source>
        <translation>
            <numerusform>Dit certificaat verloopt op %1, over %n dag. Vraag op tijd een nieuw certificaat aan bij uw certificaatleverancier.</numerusform>
            <numerusform>Dit certificaat verloopt op %1, over %n dagen. Vraag op tijd een nieuw certificaat aan bij uw certificaatleverancier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose signing certificate</source>
        <translation>Ondertekencertificaat kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files with private key (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificaatbestanden met privésleutel (*.p12 *.pfx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Certificate not read</source>
        <translation>Certificaat niet gelezen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is too large to be a certificate file (.p12 or .pfx).</source>
        <translation>Het bestand %1 is te groot voor een certificaatbestand (.p12 of .pfx).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a certificate file</source>
        <translation>Geen certificaatbestand</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove signing certificate</source>
        <translation>Ondertekencertificaat verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the signing certificate from the register? Agreements can then no longer be signed digitally until you choose a certificate again.</source>
        <translation>Het ondertekencertificaat uit het register verwijderen? Overeenkomsten kunnen dan niet meer digitaal worden ondertekend totdat u opnieuw een certificaat kiest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Dit is terug te draaien met Bewerken &gt; Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>pr::gui::CertificatePasswordDialog</name>
    <message>
        <location filename="../../src/gui/signing/CertificatePasswordDialog.cpp" line="+19"/>
        <source>Certificate file: %1</source>
        <translation>Certificaatbestand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use certificate</source>
        <translation>Certificaat &amp;gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
</context>
<context>
    <name>pr::gui::ClientEditor</name>
    <message>
        <location filename="../../src/gui/editors/ClientEditor.cpp" line="+60"/>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit client</source>
        <translation>Klant bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::ClientScopeForm</name>
    <message>
        <location filename="../../src/gui/editors/ClientScopeForm.cpp" line="+18"/>
        <source>Own data categories for this client</source>
        <translation>Eigen soorten persoonsgegevens voor deze klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own special data for this client</source>
        <translation>Eigen bijzondere gegevens voor deze klant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own data subjects for this client</source>
        <translation>Eigen betrokkenen voor deze klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own retention for this client</source>
        <translation>Eigen bewaartermijn voor deze klant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data categories of this client</source>
        <translation>Soorten persoonsgegevens van deze klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subject categories of this client</source>
        <translation>Betrokkenen van deze klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special categories of data of this client</source>
        <translation>Bijzondere categorieën van persoonsgegevens van deze klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this client&apos;s children&apos;s data is protected</source>
        <translation>Hoe de gegevens van kinderen bij deze klant beschermd zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How children&apos;s data is protected</source>
        <translation>Hoe gegevens van kinderen beschermd zijn</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>For %1:</source>
        <translation>Voor %1:</translation>
    </message>
</context>
<context>
    <name>pr::gui::ClientScopesEdit</name>
    <message>
        <location filename="../../src/gui/editors/ClientScopesEdit.cpp" line="+15"/>
        <source>Clients of the activity</source>
        <translation>Klanten van de verwerking</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>own values</source>
        <translation>eigen waarden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as the activity</source>
        <translation>zoals de verwerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(check)</source>
        <translation>(controleren)</translation>
    </message>
</context>
<context>
    <name>pr::gui::CookiesEdit</name>
    <message>
        <location filename="../../src/gui/editors/CookiesEdit.cpp" line="+15"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Bewaarduur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies of the website</source>
        <translation>Cookies van de website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add cookie</source>
        <translation>Cookie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove cookie</source>
        <translation>Cookie verwijderen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whose cookie %1 is</source>
        <translation>Van wie cookie %1 is</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent for cookie %1</source>
        <translation>Toestemming voor cookie %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::CountTile</name>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/CountTile.cpp" line="+52"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n vraagt aandacht</numerusform>
            <numerusform>%n vragen aandacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
</context>
<context>
    <name>pr::gui::DateField</name>
    <message>
        <location filename="../../src/gui/editors/DateField.cpp" line="+19"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Delete empties the date.</source>
        <translation>Ctrl+Del maakt de datum leeg.</translation>
    </message>
</context>
<context>
    <name>pr::gui::DateTimeField</name>
    <message>
        <location filename="../../src/gui/editors/DateTimeField.cpp" line="+17"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Delete empties the date.</source>
        <translation>Ctrl+Del maakt de datum leeg.</translation>
    </message>
</context>
<context>
    <name>pr::gui::DesktopController</name>
    <message>
        <location filename="../../src/gui/DesktopController.cpp" line="+81"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language applies when you start the program again.</source>
        <translation>De nieuwe taal gaat in wanneer u het programma opnieuw start.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers (*.%1)</source>
        <translation>Registers (*.%1)</translation>
    </message>
</context>
<context>
    <name>pr::gui::DetailPane</name>
    <message>
        <location filename="../../src/gui/pages/DetailPane.cpp" line="+34"/>
        <source>Details of the selected item</source>
        <translation>Gegevens van het geselecteerde item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hint</source>
        <translation>Aanwijzing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>pr::gui::DocumentChoices</name>
    <message>
        <location filename="../../src/gui/documents/DocumentChoices.cpp" line="+44"/>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data processing agreement with a client</source>
        <translation>Verwerkersovereenkomst met een klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register of processing activities</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: receipt of a request confirmed</source>
        <translation>Brief: ontvangstbevestiging van een verzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: proof of identity asked for</source>
        <translation>Brief: vraag om identificatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: answer period extended</source>
        <translation>Brief: verlenging van de termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: answer to an access request</source>
        <translation>Brief: antwoord op een inzageverzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: request refused</source>
        <translation>Brief: weigering van een verzoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter: erasure confirmed</source>
        <translation>Brief: bevestiging van verwijdering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice to a client: new sub-processor</source>
        <translation>Kennisgeving aan een klant: nieuwe subverwerker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data breach: notification to the AP</source>
        <translation>Datalek: melding aan de AP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data breach: notification to the client</source>
        <translation>Datalek: melding aan de klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data breach: letter to the people affected</source>
        <translation>Datalek: brief aan de betrokkenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register of data breaches</source>
        <translation>Register van datalekken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF (to print and sign)</source>
        <translation>PDF (om af te drukken en te ondertekenen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML (a web page)</source>
        <translation>HTML (een webpagina)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (for a website)</source>
        <translation>Markdown (voor een website)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web pages (*.html)</source>
        <translation>Webpagina&apos;s (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-bestanden (*.md)</translation>
    </message>
</context>
<context>
    <name>pr::gui::DocumentPreview</name>
    <message>
        <location filename="../../src/gui/documents/DocumentPreview.cpp" line="+25"/>
        <location line="+7"/>
        <source>Preview of the document</source>
        <translation>Voorbeeld van het document</translation>
    </message>
</context>
<context>
    <name>pr::gui::DocumentsPage</name>
    <message>
        <location filename="../../src/gui/documents/DocumentsPage.cpp" line="+145"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>For &amp;whom:</source>
        <translation>Voor &amp;wie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audience of the privacy statement</source>
        <translation>Voor wie de privacyverklaring is</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only clients with a processing agreement are listed. The client&apos;s current agreement is chosen; an earlier one can be made again.</source>
        <translation>Alleen klanten met een verwerkersovereenkomst staan in de lijst. De huidige overeenkomst van de klant is gekozen; een eerdere kunt u opnieuw maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No client has a processing agreement yet. Add one under Clients and agreements; then the agreement can be made here.</source>
        <translation>Nog geen enkele klant heeft een verwerkersovereenkomst. Voeg er een toe bij Klanten en overeenkomsten; daarna kan de overeenkomst hier worden gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No request fits this letter yet: it states facts that must be on record first (an extension, a refusal, an erasure, …).</source>
        <translation>Er is nog geen verzoek waar deze brief bij past: de brief vermeldt feiten die eerst moeten zijn vastgelegd (een verlenging, een weigering, een verwijdering, …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the requests this letter fits are listed.</source>
        <translation>Alleen de verzoeken waar deze brief bij past, staan in de lijst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the processing activities that concern the person.</source>
        <translation>Vink de verwerkingen aan die over deze persoon gaan.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tick at least one processing activity that the answer covers.</source>
        <translation>Vink minstens één verwerking aan waar het antwoord over gaat.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The preview shows your changed template; it is not saved yet.</source>
        <translation>Het voorbeeld toont uw gewijzigde sjabloon; dat is nog niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The template cannot be used: %1 The preview shows the last version that worked.</source>
        <translation>Het sjabloon kan niet worden gebruikt: %1 Het voorbeeld toont de laatste versie die werkte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document cannot be made: %1</source>
        <translation>Het document kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save or discard the changes to the template first.</source>
        <translation>Sla de wijzigingen in het sjabloon eerst op of gooi ze weg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the document (Ctrl+P)</source>
        <translation>Het document afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing is done from the PDF: choose PDF as the format.</source>
        <translation>Afdrukken gaat vanuit de PDF: kies PDF als formaat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or discard the changes to the template before you close the editor.</source>
        <translation>Sla de wijzigingen in het sjabloon op of gooi ze weg voordat u de editor sluit.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Document not saved</source>
        <translation>Document niet opgeslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no document to print yet. Choose PDF as the format and wait until the preview shows it.</source>
        <translation>Er is nog geen document om af te drukken. Kies PDF als formaat en wacht tot het voorbeeld het toont.</translation>
    </message>
</context>
<context>
    <name>pr::gui::DpaChoice</name>
    <message>
        <location filename="../../src/gui/documents/DpaChoice.cpp" line="+25"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 (current)</source>
        <translation>%1 (huidige)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current agreement is chosen first; choose another to make that one again.</source>
        <translation>De huidige overeenkomst is eerst gekozen; kies een andere om die opnieuw te maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This client has one agreement.</source>
        <translation>Deze klant heeft één overeenkomst.</translation>
    </message>
</context>
<context>
    <name>pr::gui::DueNotice</name>
    <message>
        <location filename="../../src/gui/notify/DueNotice.cpp" line="+32"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show the overview</source>
        <translation>Overzicht tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines that need attention</source>
        <translation>Termijnen die aandacht vragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this notice</source>
        <translation>Deze melding verbergen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deadlines need attention</source>
        <translation>Termijnen vragen aandacht</translation>
    </message>
</context>
<context>
    <name>pr::gui::EditActions</name>
    <message>
        <location filename="../../src/gui/editing/EditActions.cpp" line="+67"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Dit is terug te draaien met Bewerken &gt; Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requester&apos;s name, contact and texts are also removed from the request&apos;s history in the audit trail. Edit &gt; Undo (Ctrl+Z) brings the request back, but not that history.</source>
        <translation>De naam, contactgegevens en teksten van de verzoeker worden ook uit de geschiedenis van het verzoek in het logboek verwijderd. Bewerken &gt; Ongedaan maken (Ctrl+Z) haalt het verzoek terug, maar niet die geschiedenis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>mark &apos;%1&apos; as planned</source>
        <translation>‘%1’ als gepland markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark &apos;%1&apos; as in place</source>
        <translation>‘%1’ als ingevoerd markeren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark as &amp;planned</source>
        <translation>Markeren als ge&amp;pland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as &amp;in place</source>
        <translation>Markeren als ge&amp;nomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as planned</source>
        <translation>Markeren als gepland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as in place</source>
        <translation>Markeren als genomen</translation>
    </message>
</context>
<context>
    <name>pr::gui::EditorDialog</name>
    <message>
        <location filename="../../src/gui/editors/EditorDialog.cpp" line="+76"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready to save.</source>
        <translation>Klaar om op te slaan.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) to solve before you can save.</source>
        <translation>
            <numerusform>Nog %n punt op te lossen voordat u kunt opslaan.</numerusform>
            <numerusform>Nog %n punten op te lossen voordat u kunt opslaan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to this record?</source>
        <translation>Uw wijzigingen aan dit item weggooien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>You typed &quot;%1&quot; in the %2 field but did not add it to the list.</source>
        <translation>U hebt ‘%1’ getypt in het veld %2, maar het niet aan de lijst toegevoegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it to the list, or discard it and close the form?</source>
        <translation>Toevoegen aan de lijst, of weggooien en het formulier sluiten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You typed text in these fields but did not add it to their lists:</source>
        <translation>U hebt in deze velden tekst getypt, maar niet aan de lijst toegevoegd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: ‘%2’</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add them to their lists, or discard them and close the form?</source>
        <translation>Toevoegen aan de lijsten, of weggooien en het formulier sluiten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discarding also throws away your other changes to this record.</source>
        <translation>Bij weggooien gaan ook uw andere wijzigingen aan dit item verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text not added</source>
        <translation>Tekst niet toegevoegd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
</context>
<context>
    <name>pr::gui::EnglishTextsDialog</name>
    <message>
        <location filename="../../src/gui/editing/EnglishTextsDialog.cpp" line="+29"/>
        <source>Only texts without an English version</source>
        <translation>Alleen teksten zonder Engelse versie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English texts</source>
        <translation>Engelse teksten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The English DPA shows these texts of the register. Where you fill in an English version, it shows that; otherwise the Dutch text. Items picked unchanged from the program&apos;s lists already have one. A text that changes in the register needs its English version again.</source>
        <translation>De Engelse verwerkersovereenkomst toont deze teksten uit het register. Waar u een Engelse versie invult, toont zij die; anders de Nederlandse tekst. Wat u ongewijzigd uit de lijsten van het programma koos, heeft er al een. Een tekst die in het register verandert, heeft opnieuw een Engelse versie nodig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The English version; leave empty to show the Dutch text.</source>
        <translation>De Engelse versie; laat leeg om de Nederlandse tekst te tonen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer in the register</source>
        <translation>Niet meer in het register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own</source>
        <translation>Eigen vertaling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the list</source>
        <translation>Uit de lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still in Dutch</source>
        <translation>Nog in het Nederlands</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every text has an English version.</source>
        <translation>Elke tekst heeft een Engelse versie.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n text(s) will be shown in Dutch in the English DPA.</source>
        <translation>
            <numerusform>%n tekst staat in de Engelse verwerkersovereenkomst in het Nederlands.</numerusform>
            <numerusform>%n teksten staan in de Engelse verwerkersovereenkomst in het Nederlands.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::EnglishTextsEditing</name>
    <message>
        <location filename="../../src/gui/editing/EnglishTextsEditing.cpp" line="+20"/>
        <source>E&amp;nglish texts…</source>
        <translation>E&amp;ngelse teksten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The English versions of the register&apos;s texts, for the English DPA.</source>
        <translation>De Engelse versies van de teksten in het register, voor de Engelse verwerkersovereenkomst.</translation>
    </message>
</context>
<context>
    <name>pr::gui::ImageField</name>
    <message>
        <location filename="../../src/gui/editors/ImageField.cpp" line="+33"/>
        <source>Preview of the %1</source>
        <translation>Voorbeeld van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1</source>
        <translation>Kies %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Verwijder %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the %1</source>
        <translation>Probleem met %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose the %1</source>
        <translation>Kies %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>pr::gui::LocationPage</name>
    <message>
        <location filename="../../src/gui/wizard/LocationPage.cpp" line="+22"/>
        <source>Where to keep the register</source>
        <translation>Waar het register wordt bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register is one encrypted file. Keep it in a folder that is backed up.</source>
        <translation>Het register is één versleuteld bestand. Bewaar het in een map waarvan een back-up wordt gemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File of the new register</source>
        <translation>Bestand van het nieuwe register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the file</source>
        <translation>Probleem met het bestand</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a file name.</source>
        <translation>Kies een bestandsnaam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>In de map %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists. Choose another name: an existing file is never overwritten.</source>
        <translation>%1 bestaat al. Kies een andere naam: een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers (*.%1)</source>
        <translation>Registers (*.%1)</translation>
    </message>
</context>
<context>
    <name>pr::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="+199"/>
        <source>%1 (read-only) — %2</source>
        <translation>%1 (alleen-lezen) — %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save register as</source>
        <translation>Register opslaan als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers (*.%1)</source>
        <translation>Registers (*.%1)</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+108"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change was made, but the register could not be saved: %1</source>
        <translation>De wijziging is doorgevoerd, maar het register kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change is kept while this window is open. Choose File &gt; Save again (Ctrl+S) to try again, or File &gt; Save as… to save the register somewhere else.</source>
        <translation>De wijziging blijft bewaard zolang dit venster open is. Kies Bestand &gt; Opnieuw opslaan (Ctrl+S) om het nog eens te proberen, of Bestand &gt; Opslaan als… om het register ergens anders op te slaan.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (not saved) — %2</source>
        <translation>%1 (niet opgeslagen) — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (saved) — %2</source>
        <translation>%1 (opgeslagen) — %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Keeps the privacy register (AVG) of a small IT firm.&lt;br&gt;Licensed under the EUPL-1.2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Houdt het privacyregister (AVG) van een klein IT-bedrijf bij.&lt;br&gt;Beschikbaar onder de EUPL-1.2-licentie.</translation>
    </message>
</context>
<context>
    <name>pr::gui::MeasureEditor</name>
    <message>
        <location filename="../../src/gui/editors/MeasureEditor.cpp" line="+69"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in force from</source>
        <translation>van kracht per</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New security measure</source>
        <translation>Nieuwe beveiligingsmaatregel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit security measure</source>
        <translation>Beveiligingsmaatregel bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::NewRegisterWizard</name>
    <message>
        <location filename="../../src/gui/wizard/NewRegisterWizard.cpp" line="+23"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create register</source>
        <translation>Register &amp;maken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register not created</source>
        <translation>Register niet gemaakt</translation>
    </message>
</context>
<context>
    <name>pr::gui::NotificationsEdit</name>
    <message>
        <location filename="../../src/gui/editors/NotificationsEdit.cpp" line="+18"/>
        <source>Add report</source>
        <translation>Melding toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove report</source>
        <translation>Melding verwijderen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent at</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to the AP</source>
        <translation>Meldingen bij de AP</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Phase of report %1</source>
        <translation>Fase van melding %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moment of report %1</source>
        <translation>Moment van melding %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report %1 is final</source>
        <translation>Melding %1 is definitief</translation>
    </message>
</context>
<context>
    <name>pr::gui::ObjectionDialog</name>
    <message>
        <location filename="../../src/gui/editing/ObjectionDialog.cpp" line="+24"/>
        <source>Objection of the client</source>
        <translation>Bezwaar van de klant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client may object until %1. The parties then look for a solution; without one, the client may end the service concerned (art. 9.2 of the agreement).</source>
        <translation>De klant kan tot en met %1 bezwaar maken. Partijen zoeken dan samen een oplossing; vinden zij die niet, dan mag de klant de betrokken dienst beëindigen (art. 9.2 van de overeenkomst).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of the objection</source>
        <translation>Datum van het bezwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objected on:</source>
        <translation>Bezwaar &amp;gemaakt op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grounds of the objection</source>
        <translation>Gronden van het bezwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s grounds, and what the parties agreed.</source>
        <translation>De gronden van de klant, en wat partijen hebben afgesproken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grounds:</source>
        <translation>G&amp;ronden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome of the objection</source>
        <translation>Uitkomst van het bezwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
</context>
<context>
    <name>pr::gui::OrganisationEditor</name>
    <message>
        <location filename="../../src/gui/editors/OrganisationEditor.cpp" line="+23"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo kiezen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>logo</source>
        <translation>het logo</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Choose &amp;signature…</source>
        <translation>&amp;Handtekening kiezen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;emove</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>signature of the representative</source>
        <translation>de handtekening van de vertegenwoordiger</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Back-ups overwritten after</source>
        <translation>Back-ups overschreven na</translation>
    </message>
    <message>
        <location line="-6"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The erasure letter says when back-ups are overwritten only when this is filled in.</source>
        <translation>De bevestiging van verwijdering noemt wanneer back-ups worden overschreven alleen als dit is ingevuld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back-ups overwritten after</source>
        <translation>back-ups overschreven na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy contact and privacy statement</source>
        <translation>Privacycontactpersoon en privacyverklaring</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>privacy contact&apos;s name</source>
        <translation>naam van de privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>privacy contact&apos;s e-mail</source>
        <translation>e-mailadres van de privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cookies</source>
        <translation>cookies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automated decisions</source>
        <translation>geautomatiseerde besluiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::OrganisationPage</name>
    <message>
        <location filename="../../src/gui/wizard/OrganisationPage.cpp" line="+13"/>
        <source>Your organisation</source>
        <translation>Gegevens van de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details appear in the privacy statement and in every processing agreement. You can change them later.</source>
        <translation>Deze gegevens komen in de privacyverklaring en in elke verwerkersovereenkomst. Ze zijn later nog te wijzigen.</translation>
    </message>
</context>
<context>
    <name>pr::gui::OrganisationView</name>
    <message>
        <location filename="../../src/gui/pages/OrganisationView.cpp" line="+17"/>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation profile</source>
        <translation>Profiel van de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register file</source>
        <translation>Registerbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::PasswordPage</name>
    <message>
        <location filename="../../src/gui/wizard/PasswordPage.cpp" line="+22"/>
        <location line="+11"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The password protects everything in the register.</source>
        <translation>Het wachtwoord beschermt alles in het register.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the password nobody can open the register, not even you: there is no way to recover a forgotten password. Write it down and keep it somewhere safe.</source>
        <translation>Zonder het wachtwoord kan niemand het register openen, ook de eigenaar niet: een vergeten wachtwoord is op geen enkele manier terug te halen. Schrijf het op en bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength of the password</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice about the password</source>
        <translation>Advies over het wachtwoord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>pr::gui::PdfPrinting</name>
    <message>
        <location filename="../../src/gui/documents/PdfPrinting.cpp" line="+15"/>
        <source>There is no document to print yet. Wait until the preview shows it.</source>
        <translation>Er is nog geen document om af te drukken. Wacht tot het voorbeeld het toont.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The document has %n page(s); the pages asked for are not in it.</source>
        <translation>
            <numerusform>Het document heeft %n pagina; de gevraagde pagina&apos;s staan er niet in.</numerusform>
            <numerusform>Het document heeft %n pagina&apos;s; de gevraagde pagina&apos;s staan er niet in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>De printer kon niet worden gestart. Controleer of de printer aan staat en is aangesloten, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer stopped after page %1.</source>
        <translation>De printer is gestopt na pagina %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 could not be prepared for printing.</source>
        <translation>Pagina %1 kon niet worden voorbereid om af te drukken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The document could not be sent to the printer.</source>
        <translation>Het document kon niet naar de printer worden gestuurd.</translation>
    </message>
</context>
<context>
    <name>pr::gui::RecordEditing</name>
    <message>
        <location filename="../../src/gui/editing/RecordEditing.cpp" line="+35"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ed&amp;it…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::RecordListPage</name>
    <message>
        <location filename="../../src/gui/pages/RecordListPage.cpp" line="+150"/>
        <source>There is nothing here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to see it here.</source>
        <translation>Kies een item in de lijst om het hier te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>pr::gui::RequestActions</name>
    <message>
        <location filename="../../src/gui/editing/RequestActions.cpp" line="+38"/>
        <source>Identity &amp;requested…</source>
        <translation>Identificatie &amp;gevraagd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity &amp;verified…</source>
        <translation>Identiteit ge&amp;controleerd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start handling…</source>
        <translation>In &amp;behandeling nemen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client informed…</source>
        <translation>&amp;Klant geïnformeerd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nswered…</source>
        <translation>Bean&amp;twoord…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Weigeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wit&amp;hdrawn…</source>
        <translation>&amp;Ingetrokken…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next step:</source>
        <translation>Volgende stap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;letter</source>
        <translation>Brie&amp;f maken</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1: request %2</source>
        <translation>%1: verzoek %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documenten has changes to a template that are not saved. Save or discard them, then choose the letter again.</source>
        <translation>Bij Documenten is een sjabloon gewijzigd en nog niet opgeslagen. Sla de wijzigingen op of gooi ze weg en kies daarna de brief opnieuw.</translation>
    </message>
</context>
<context>
    <name>pr::gui::RequestEditor</name>
    <message>
        <location filename="../../src/gui/editors/RequestEditor.cpp" line="+36"/>
        <source>(own processing)</source>
        <translation>(eigen verwerking)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(client %1)</source>
        <translation>(klant %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Access: e.g. enclosed with this letter</source>
        <translation>Inzage: bijvoorbeeld als bijlage bij deze brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasure: who was told of it (AVG art. 19)</source>
        <translation>Verwijdering: aan wie u die doorgaf (AVG art. 19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for the file only: no letter prints the notes.</source>
        <translation>Alleen voor het dossier: geen brief drukt de notities af.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new request starts as received. Once it is saved, record its handling (identity check, extension, answer) with the buttons in the request&apos;s details.</source>
        <translation>Een nieuw verzoek begint als ontvangen. Leg de afhandeling (identificatie, verlenging, antwoord) na het opslaan vast met de knoppen bij de gegevens van het verzoek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1. The handling (identity check, extension, answer) is recorded with the buttons in the request&apos;s details.</source>
        <translation>Status: %1. De afhandeling (identificatie, verlenging, antwoord) legt u vast met de knoppen bij de gegevens van het verzoek.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name or contact</source>
        <translation>naam of contactgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received on</source>
        <translation>ontvangen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why the identity is in doubt</source>
        <translation>waarom u aan de identiteit twijfelt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit request</source>
        <translation>Verzoek bewerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>request of %1</source>
        <translation>verzoek van %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::RequestStepDialog</name>
    <message>
        <location filename="../../src/gui/editing/RequestStepDialog.cpp" line="+21"/>
        <source>Asked on:</source>
        <translation>Gevraagd op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified on:</source>
        <translation>Gecontroleerd op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started on:</source>
        <translation>In behandeling genomen op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester told on:</source>
        <translation>Verzoeker geïnformeerd op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client informed on:</source>
        <translation>Klant geïnformeerd op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered on:</source>
        <translation>Beantwoord op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused on:</source>
        <translation>Geweigerd op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on:</source>
        <translation>Ingetrokken op:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request %1</source>
        <translation>Verzoek %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 of %2</source>
        <translation>Verzoek %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, received on %2.</source>
        <translation>%1, ontvangen op %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID copy destroyed on:</source>
        <translation>Kopie identiteitsbewijs vernietigd op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy destroyed on</source>
        <translation>kopie identiteitsbewijs vernietigd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this date is kept, never the copy. Leave it empty when you received no copy.</source>
        <translation>Alleen deze datum wordt bewaard, nooit de kopie. Laat het veld leeg als u geen kopie kreeg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the requester within the first month, by %1, and why (AVG art. 12(3)).</source>
        <translation>Laat de verzoeker binnen de eerste maand weten dat u meer tijd nodig hebt en waarom, uiterlijk op %1 (AVG art. 12 lid 3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was done:</source>
        <translation>Wat er is gedaan:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(choose the ground)</source>
        <translation>(kies de grond)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ground:</source>
        <translation>Grond:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground of the refusal</source>
        <translation>grond van de weigering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for refusal:</source>
        <translation>Reden van weigering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for refusal</source>
        <translation>reden van weigering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Told about complaint and appeal:</source>
        <translation>Gewezen op klacht en beroep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requester must hear why, and that they can complain to the Autoriteit Persoonsgegevens or go to court (AVG art. 12(4)).</source>
        <translation>De verzoeker moet horen waarom, en dat hij een klacht kan indienen bij de Autoriteit Persoonsgegevens of naar de rechter kan stappen (AVG art. 12 lid 4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why in doubt:</source>
        <translation>Waarom u twijfelt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why the identity is in doubt</source>
        <translation>waarom u aan de identiteit twijfelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you ask for:</source>
        <translation>Wat u vraagt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof may only be asked when there is reasonable doubt, and no more than needed (AVG art. 12(6)). The letter states both; the deadline keeps running from receipt.</source>
        <translation>U mag alleen bij redelijke twijfel om bevestiging vragen, en niet meer dan nodig (AVG art. 12 lid 6). De brief noemt beide; de termijn loopt door vanaf de ontvangst.</translation>
    </message>
</context>
<context>
    <name>pr::gui::RetentionEdit</name>
    <message>
        <location filename="../../src/gui/editors/RetentionEdit.cpp" line="+25"/>
        <source>Kind of retention period</source>
        <translation>Soort bewaartermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention amount</source>
        <translation>Duur van de bewaartermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention unit</source>
        <translation>Eenheid van de bewaartermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event the retention runs from</source>
        <translation>Gebeurtenis waarna de bewaartermijn ingaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention note</source>
        <translation>Toelichting bij de bewaartermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule that sets the retention period</source>
        <translation>Regel die de bewaartermijn bepaalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule that sets the period</source>
        <translation>Regel die de termijn bepaalt</translation>
    </message>
</context>
<context>
    <name>pr::gui::SectionPages</name>
    <message>
        <location filename="../../src/gui/pages/SectionPages.cpp" line="+41"/>
        <source>Clients and agreements</source>
        <translation>Klanten en overeenkomsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clients</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing &amp;agreements</source>
        <translation>&amp;Verwerkersovereenkomsten</translation>
    </message>
</context>
<context>
    <name>pr::gui::SettingsDialog</name>
    <message>
        <location filename="../../src/gui/settings/SettingsDialog.cpp" line="+30"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The promised answer period must not be longer than the legal month: the overview always warns by the earlier of the two. A change of language applies when the program is started again.</source>
        <translation>De beloofde antwoordtermijn mag niet langer zijn dan de wettelijke maand: het overzicht waarschuwt altijd bij de eerste van de twee. Een andere taal gaat in wanneer u het programma opnieuw start.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The promised answer period is not valid: choose at least 1 and at most three years.</source>
        <translation>De beloofde antwoordtermijn is niet geldig: kies minstens 1 en hoogstens drie jaar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The promised answer period cannot be longer than the legal month. Choose at most 31 days, 4 weeks or 1 month.</source>
        <translation>De beloofde antwoordtermijn kan niet langer zijn dan de wettelijke maand. Kies hoogstens 31 dagen, 4 weken of 1 maand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The retention period of closed requests is not valid: choose at least 1 and at most three years.</source>
        <translation>De bewaartermijn van gesloten verzoeken is niet geldig: kies minstens 1 en hoogstens drie jaar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program was found to open the folder %1. Open it in your file manager.</source>
        <translation>Er is geen programma gevonden om de map %1 te openen. Open de map in uw bestandsbeheerder.</translation>
    </message>
</context>
<context>
    <name>pr::gui::SignatureCheckDialog</name>
    <message>
        <location filename="../../src/gui/signing/SignatureCheckDialog.cpp" line="+31"/>
        <source>Signature not checked</source>
        <translation>Handtekening niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check signature</source>
        <translation>Handtekening controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 cannot be checked: %2</source>
        <translation>Het bestand %1 kan niet worden gecontroleerd: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 cannot be checked: it is not a PDF file this program can read.</source>
        <translation>Het bestand %1 kan niet worden gecontroleerd: het is geen PDF-bestand dat dit programma kan lezen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed after signing</source>
        <translation>Gewijzigd na ondertekening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature invalid</source>
        <translation>Handtekening ongeldig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the whole document</source>
        <translation>Dekt het hele document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This PDF holds no digital signature. A signature on paper or an image of a signature cannot be checked here.</source>
        <translation>Deze PDF bevat geen digitale handtekening. Een handtekening op papier of een afbeelding van een handtekening kan hier niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid: at least one signature does not hold. The document was changed after signing, or a signature is invalid or damaged. Do not rely on this copy; ask the signer for the original.</source>
        <translation>Niet geldig: ten minste één handtekening klopt niet. Het document is na het ondertekenen gewijzigd, of een handtekening is ongeldig of beschadigd. Vertrouw niet op dit exemplaar; vraag de ondertekenaar om het origineel.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Valid: the %n signature(s) hold and the document has not been changed since it was last signed.</source>
        <translation>
            <numerusform>Geldig: %n handtekening klopt en het document is niet gewijzigd sinds het is ondertekend.</numerusform>
            <numerusform>Geldig: de %n handtekeningen kloppen en het document is niet gewijzigd sinds het voor het laatst is ondertekend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n signature(s) hold, but the document was extended after the last signature: what was added later is not covered by any signature.</source>
        <translation>
            <numerusform>%n handtekening klopt, maar het document is na de laatste handtekening uitgebreid: wat later is toegevoegd, valt onder geen enkele handtekening.</numerusform>
            <numerusform>De %n handtekeningen kloppen, maar het document is na de laatste handtekening uitgebreid: wat later is toegevoegd, valt onder geen enkele handtekening.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signature %1 of %2: %3</source>
        <translation>Handtekening %1 van %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate: %1</source>
        <translation>Certificaat: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued by: %1</source>
        <translation>Uitgegeven door: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the signer&apos;s %1 key has %2 bits, fewer than the %3 a signature needs. A key that short can be broken, so this signature may have been forged.</source>
        <translation>Let op: de %1-sleutel van de ondertekenaar is %2 bits lang, korter dan de %3 bits die een handtekening nodig heeft. Zo&apos;n korte sleutel kan worden gekraakt, dus deze handtekening kan vervalst zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place: %1</source>
        <translation>Plaats: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This signature does not cover the end of the file: the document was extended after it, for example by a later signature.</source>
        <translation>Deze handtekening dekt het einde van het bestand niet: het document is daarna uitgebreid, bijvoorbeeld met een latere handtekening.</translation>
    </message>
</context>
<context>
    <name>pr::gui::SignedAgreementBar</name>
    <message>
        <location filename="../../src/gui/documents/SignedAgreementBar.cpp" line="+31"/>
        <source>Draft of a new version</source>
        <translation>Concept van een nieuwe versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New version…</source>
        <translation>&amp;Nieuwe versie…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show today&apos;s register as the draft of a new version, marked on every page, instead of the signed PDF</source>
        <translation>Het register van nu tonen als concept van een nieuwe versie, op elke pagina gemarkeerd, in plaats van de ondertekende PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the next version of this agreement as a draft; the signed version stays as it was signed</source>
        <translation>De volgende versie van deze overeenkomst als concept toevoegen; de ondertekende versie blijft zoals ze is ondertekend</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The preview is today&apos;s register as the draft of a new version, marked so on every page. It is not the signed agreement.</source>
        <translation>De voorbeeldweergave is het register van nu als concept van een nieuwe versie, op elke pagina zo gemarkeerd. Het is niet de ondertekende overeenkomst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview is the signed version the register keeps: printing and saving give exactly this PDF.</source>
        <translation>De voorbeeldweergave is de ondertekende versie die het register bewaart: afdrukken en opslaan geven precies deze PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed version is the PDF the register keeps; choose PDF to see it.</source>
        <translation>De ondertekende versie is de PDF die het register bewaart; kies PDF om hem te zien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This agreement is signed, but the register keeps no signed PDF. Attach the signed copy or its scan to keep it.</source>
        <translation>Deze overeenkomst is ondertekend, maar het register bewaart geen ondertekende PDF. Voeg het ondertekende exemplaar of de scan ervan toe om het te bewaren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed on %1%2; SHA-256 %3</source>
        <translation>Ondertekend op %1%2; SHA-256 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> by %1</source>
        <translation> door %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::SpecialCategoriesEdit</name>
    <message>
        <location filename="../../src/gui/editors/SpecialCategoriesEdit.cpp" line="+23"/>
        <source>Kind of data</source>
        <translation>Soort gegevens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 9(2) exception</source>
        <translation>Uitzondering art. 9 lid 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ground in national law</source>
        <translation>Grond in de Nederlandse wet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Special categories of data</source>
        <translation>Bijzondere categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(choose the exception)</source>
        <translation>(kies de uitzondering)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 9(2) exception for %1</source>
        <translation>Uitzondering art. 9 lid 2 voor %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where one applies, e.g. art. 30 UAVG</source>
        <translation>als die er is, bijv. art. 30 UAVG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground in national law for %1</source>
        <translation>Grond in de Nederlandse wet voor %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::StatementFactsEdit</name>
    <message>
        <location filename="../../src/gui/editors/StatementFactsEdit.cpp" line="+18"/>
        <source>Appointed as data protection officer (&amp;FG)</source>
        <translation>Aangesteld als functionaris voor gegevensbescherming (&amp;FG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We take no solely automated decisions (art. 22 GDPR)</source>
        <translation>Wij nemen geen uitsluitend geautomatiseerde besluiten (art. 22 AVG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our services are not meant for children under 16</source>
        <translation>Onze diensten zijn niet bedoeld voor kinderen jonger dan 16 jaar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy contact&apos;s name</source>
        <translation>Naam van de privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s e-mail</source>
        <translation>E-mailadres van de privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact&apos;s phone</source>
        <translation>Telefoonnummer van de privacycontactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decisions we take</source>
        <translation>Geautomatiseerde besluiten die wij nemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if you take such decisions: which, the logic involved, and what they mean for the person.</source>
        <translation>Alleen als u zulke besluiten neemt: welke, hoe ze tot stand komen en wat ze voor de betrokkene betekenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decisions based solely on automated processing, profiling included, with legal or similarly significant effects. The privacy statement says so only when this is ticked.</source>
        <translation>Geen besluiten die uitsluitend op geautomatiseerde verwerking berusten, ook niet door profilering, met rechtsgevolgen of vergelijkbare gevolgen. De privacyverklaring zegt dit alleen als dit is aangevinkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customers&apos; statement says so only when this is ticked and no activity flags children&apos;s data.</source>
        <translation>De verklaring voor klanten zegt dit alleen als dit is aangevinkt en geen verwerking gegevens van kinderen bevat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy contact:</source>
        <translation>Privacycontactpersoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail:</source>
        <translation>E-mailadres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cookies:</source>
        <translation>Cookies:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated decisions:</source>
        <translation>Geautomatiseerde besluiten:</translation>
    </message>
</context>
<context>
    <name>pr::gui::StepDialog</name>
    <message>
        <location filename="../../src/gui/editing/StepDialog.cpp" line="+60"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+2"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
</context>
<context>
    <name>pr::gui::SubProcessorEditor</name>
    <message>
        <location filename="../../src/gui/editors/SubProcessorEditor.cpp" line="+19"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguard</source>
        <translation>waarborg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer impact assessment</source>
        <translation>doorgiftetoets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>verwerkingen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New sub-processor</source>
        <translation>Nieuwe subverwerker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit sub-processor</source>
        <translation>Subverwerker bewerken</translation>
    </message>
</context>
<context>
    <name>pr::gui::SubProcessorNoticeActions</name>
    <message>
        <location filename="../../src/gui/editing/SubProcessorNoticeActions.cpp" line="+26"/>
        <source>&amp;Tell the clients…</source>
        <translation>&amp;Klanten informeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clients whose agreements this sub-processor touches: make their notices and record them as sent.</source>
        <translation>De klanten wier overeenkomsten deze subverwerker raakt: maak hun kennisgevingen en leg vast dat ze zijn verstuurd.</translation>
    </message>
</context>
<context>
    <name>pr::gui::SubProcessorNoticesDialog</name>
    <message>
        <location filename="../../src/gui/editing/SubProcessorNoticesDialog.cpp" line="+65"/>
        <source>&amp;Save notice as PDF…</source>
        <translation>Kennisgeving als PDF &amp;opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record as sent</source>
        <translation>Als &amp;verstuurd vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bjection…</source>
        <translation>&amp;Bezwaar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell the clients: %1</source>
        <translation>Klanten informeren: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These clients have an agreement whose processing %1 serves. Tell each of them before it processes their data (art. 28(2) GDPR): each may object within the period of its own agreement (art. 9.2).</source>
        <translation>Deze klanten hebben een verwerkersovereenkomst met verwerkingen die %1 ondersteunt. Informeer elk van hen voordat %1 hun gegevens verwerkt (art. 28 lid 2 AVG): elke klant kan bezwaar maken binnen de termijn van zijn eigen overeenkomst (art. 9.2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objection period</source>
        <translation>Bezwaartermijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty when it is an addition</source>
        <translation>Leeg bij een toevoeging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sub-processor it replaces</source>
        <translation>De subverwerker die wordt vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;places:</source>
        <translation>Ver&amp;vangt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date the notice was sent</source>
        <translation>Datum waarop de kennisgeving is verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;on:</source>
        <translation>Verstuurd o&amp;p:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Version %1: %2</source>
        <translation>Versie %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>notice-subprocessor-%1.pdf</source>
        <translation>kennisgeving-subverwerker-%1.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save notice</source>
        <translation>Kennisgeving opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice was not saved: %1</source>
        <translation>De kennisgeving is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recorded as sent.</source>
        <translation>Vastgelegd als verstuurd.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The objection was not recorded: %1</source>
        <translation>Het bezwaar is niet vastgelegd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection recorded.</source>
        <translation>Bezwaar vastgelegd.</translation>
    </message>
</context>
<context>
    <name>pr::gui::TemplateEditing</name>
    <message>
        <location filename="../../src/gui/documents/TemplateEditing.cpp" line="+77"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the default template</source>
        <translation>Standaardsjabloon herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your own copy of %1 and use the program&apos;s template again? Your changes to it are lost.</source>
        <translation>Uw eigen kopie van %1 verwijderen en weer het sjabloon van het programma gebruiken? Uw wijzigingen daarin gaan verloren.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not restored</source>
        <translation>Niet hersteld</translation>
    </message>
</context>
<context>
    <name>pr::gui::TemplateEditor</name>
    <message>
        <location filename="../../src/gui/documents/TemplateEditor.cpp" line="+48"/>
        <source>%1 — your own copy, used instead of the program&apos;s template</source>
        <translation>%1 — uw eigen versie, gebruikt in plaats van het sjabloon van het programma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — the program&apos;s template; saving makes it your own copy</source>
        <translation>%1 — het sjabloon van het programma; opslaan maakt er uw eigen versie van</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The template is correct. The preview shows it; save it to keep it.</source>
        <translation>Het sjabloon klopt. Het voorbeeld toont het; sla het op om het te bewaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template is correct.</source>
        <translation>Het sjabloon klopt.</translation>
    </message>
</context>
<context>
    <name>pr::gui::TextListEdit</name>
    <message>
        <location filename="../../src/gui/editors/TextListEdit.cpp" line="+17"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick or type, then Enter</source>
        <translation>Kies of typ, druk dan op Enter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1</source>
        <translation>Verwijderen uit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up in %1</source>
        <translation>Omhoog in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down in %1</source>
        <translation>Omlaag in %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::TransfersEdit</name>
    <message>
        <location filename="../../src/gui/editors/TransfersEdit.cpp" line="+17"/>
        <source>Add transfer</source>
        <translation>Doorgifte toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove transfer</source>
        <translation>Doorgifte verwijderen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safeguard</source>
        <translation>Waarborg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EEA</source>
        <translation>Doorgiften buiten de EER</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguard of transfer %1</source>
        <translation>Waarborg van doorgifte %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::UndoActions</name>
    <message>
        <location filename="../../src/gui/editing/UndoActions.cpp" line="+13"/>
        <location line="+36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+41"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot undo: %1</source>
        <translation>Niet ongedaan te maken: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo: %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
</context>
<context>
    <name>pr::gui::UnlockDialog</name>
    <message>
        <location filename="../../src/gui/UnlockDialog.cpp" line="+20"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Register: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Register: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the password of the register.</source>
        <translation>Vul het wachtwoord van het register in.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The newest backup is selected. It opens read-only; use File &gt; Save as to continue with it.</source>
        <translation>De nieuwste back-up is geselecteerd. Die wordt geopend als alleen-lezen; kies Bestand &gt; Opslaan als om ermee verder te werken.</translation>
    </message>
</context>
<context>
    <name>pr::gui::VariableTree</name>
    <message>
        <location filename="../../src/gui/documents/VariableTree.cpp" line="+19"/>
        <source>(formatted by the program)</source>
        <translation>(opgemaakt door het programma)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(group)</source>
        <translation>(groep)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(list of %n item(s))</source>
        <translation>
            <numerusform>(lijst met %n item)</numerusform>
            <numerusform>(lijst met %n items)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to insert %1</source>
        <translation>Dubbelklik om %1 in te voegen</translation>
    </message>
</context>
<context>
    <name>pr::gui::WelcomeWindow</name>
    <message>
        <location filename="../../src/gui/WelcomeWindow.cpp" line="+52"/>
        <source>(not found)</source>
        <translation>(niet gevonden)</translation>
    </message>
</context>
<context>
    <name>pr::report::AccessAnswerModel</name>
    <message>
        <location filename="../../src/report/model/AccessAnswerModel.cpp" line="+38"/>
        <source>&quot;%1&quot; is done for clients as processor: the client answers access requests about it. Choose only the firm&apos;s own processing activities.</source>
        <translation>&quot;%1&quot; voert het bedrijf als verwerker uit voor klanten: inzageverzoeken daarover beantwoordt de klant. Kies alleen de eigen verwerkingen van het bedrijf.</translation>
    </message>
</context>
<context>
    <name>pr::report::BreachNotificationModel</name>
    <message>
        <location filename="../../src/report/model/BreachNotificationModel.cpp" line="+36"/>
        <source>Breach %1 is about a client&apos;s data: the client, as controller, decides on reporting it to the AP, not the firm. Make the notification to the client.</source>
        <translation>Datalek %1 betreft gegevens van een klant: de klant beslist als verwerkingsverantwoordelijke over de melding bij de AP, niet de organisatie. Maak de melding aan de klant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breach %1 is about a client&apos;s data: the client, as controller, decides on telling the people. Make the notification to the client.</source>
        <translation>Datalek %1 betreft gegevens van een klant: de klant beslist als verwerkingsverantwoordelijke over het inlichten van de betrokkenen. Maak de melding aan de klant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breach %1 is about the firm&apos;s own data: there is no client to notify.</source>
        <translation>Datalek %1 betreft eigen gegevens van de organisatie: er is geen klant om in te lichten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breach %1 is about the data of another client.</source>
        <translation>Datalek %1 betreft gegevens van een andere klant.</translation>
    </message>
</context>
<context>
    <name>pr::report::DocumentFonts</name>
    <message>
        <location filename="../../src/report/pdf/DocumentFonts.cpp" line="+28"/>
        <source>Documents can only be made in a program with a QGuiApplication.</source>
        <translation>Documenten kunnen alleen worden gemaakt in een programma met een QGuiApplication.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document font could not be loaded.</source>
        <translation>Het lettertype voor documenten kon niet worden geladen.</translation>
    </message>
</context>
<context>
    <name>pr::report::DocumentLanguage</name>
    <message>
        <location filename="../../src/report/model/DocumentLanguage.cpp" line="-80"/>
        <source>There are no documents in the language &quot;%1&quot;.</source>
        <translation>Er zijn geen documenten in de taal &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>pr::report::DocumentRenderer</name>
    <message>
        <location filename="../../src/report/DocumentRenderer.cpp" line="+101"/>
        <source>Markdown is only made of the privacy statement; choose PDF or HTML.</source>
        <translation>Markdown kan alleen van de privacyverklaring worden gemaakt; kies PDF of HTML.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A data processing agreement needs a client.</source>
        <translation>Een verwerkersovereenkomst heeft een klant nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sub-processor notice needs the sub-processor and the client it is for.</source>
        <translation>Een kennisgeving over een subverwerker heeft de subverwerker en de klant nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A breach notification needs the breach.</source>
        <translation>Een melding van een datalek heeft het datalek nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter needs the data-subject request it answers.</source>
        <translation>Een brief heeft het verzoek van een betrokkene nodig waarop hij antwoordt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to an access request needs at least one processing activity: choose those that concern the person.</source>
        <translation>Het antwoord op een inzageverzoek heeft minstens één verwerking nodig: kies de verwerkingen die over deze persoon gaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the answer to an access request lists processing activities.</source>
        <translation>Alleen het antwoord op een inzageverzoek noemt verwerkingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no built-in template for this document in the language &quot;%1&quot;; give one of your own.</source>
        <translation>Er is geen ingebouwd sjabloon voor dit document in de taal &quot;%1&quot;; geef een eigen sjabloon op.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the document has no field &quot;%1&quot; (docs/templates.md lists them)</source>
        <translation>het document heeft geen veld &quot;%1&quot; (docs/templates.md noemt alle velden)</translation>
    </message>
</context>
<context>
    <name>pr::report::DpaDrift</name>
    <message>
        <location filename="../../src/report/model/DpaDrift.cpp" line="+27"/>
        <source>Processing activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measures</source>
        <translation>maatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processors</source>
        <translation>Subverwerkers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement terms</source>
        <translation>Voorwaarden van de overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our details</source>
        <translation>Onze gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s details</source>
        <translation>Gegevens van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EEA</source>
        <translation>Doorgifte buiten de EER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names of the processing activities</source>
        <translation>Namen van de verwerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories of personal data</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories of data subjects</source>
        <translation>Categorieën betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special categories</source>
        <translation>bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>ingangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration in months</source>
        <translation>looptijd in maanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours to report a breach</source>
        <translation>uren om een datalek te melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months between audits</source>
        <translation>maanden tussen audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liability</source>
        <translation>aansprakelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days of notice for changes</source>
        <translation>dagen vooraankondiging van wijzigingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the data is processed</source>
        <translation>waar de gegevens worden verwerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days to return or delete the data</source>
        <translation>dagen om de gegevens terug te geven of te verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location of the data</source>
        <translation>locatie van de gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguard</source>
        <translation>waarborg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retention</source>
        <translation>bewaartermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal basis</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>representative</source>
        <translation>ondertekenaar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: changed (%2)</source>
        <translation>%1: gewijzigd (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 added</source>
        <translation>%1: %2 toegevoegd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 removed</source>
        <translation>%1: %2 verwijderd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: added %2</source>
        <translation>%1: toegevoegd %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: removed %2</source>
        <translation>%1: verwijderd %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: order changed</source>
        <translation>%1: volgorde gewijzigd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Differs from the signed version: the register has changed since this agreement was signed, and a new render would say something else. Changed:</source>
        <translation>Wijkt af van de ondertekende versie: het register is gewijzigd sinds deze overeenkomst werd ondertekend, en een nieuwe opmaak zou iets anders zeggen. Gewijzigd:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not signed: there is no signed version to compare with.</source>
        <translation>Niet ondertekend: er is geen ondertekende versie om mee te vergelijken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register still makes the agreement that was signed.</source>
        <translation>Het register maakt nog steeds de overeenkomst die is ondertekend.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Differs from the signed version (%n change(s)).</source>
        <translation>
            <numerusform>Wijkt af van de ondertekende versie (%n wijziging).</numerusform>
            <numerusform>Wijkt af van de ondertekende versie (%n wijzigingen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be compared with the signed version: the register did not yet keep what the agreement said when it was signed.</source>
        <translation>Kan niet worden vergeleken met de ondertekende versie: het register bewaarde nog niet wat de overeenkomst zei toen ze werd ondertekend.</translation>
    </message>
</context>
<context>
    <name>pr::report::DpaModel</name>
    <message>
        <location filename="../../src/report/model/DpaModel.cpp" line="+61"/>
        <source>Agreement %1 is not with client %2.</source>
        <translation>Overeenkomst %1 is niet met klant %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client %1 has no data processing agreement in the register yet; add one first.</source>
        <translation>Klant %1 heeft nog geen verwerkersovereenkomst in het register; voeg er eerst een toe.</translation>
    </message>
</context>
<context>
    <name>pr::report::LetterEligibility</name>
    <message>
        <location filename="../../src/report/model/LetterEligibility.cpp" line="+27"/>
        <source>Request %1 concerns a client&apos;s data: the client, as controller, answers it in its own name. Send the client what it needs instead.</source>
        <translation>Verzoek %1 gaat over gegevens van een klant: de klant beantwoordt het als verwerkingsverantwoordelijke in eigen naam. Stuur de klant in plaats daarvan wat hij daarvoor nodig heeft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request %1 concerns a client&apos;s data: the acknowledgement says when the request was forwarded to the client. Record the step &quot;client informed&quot; first.</source>
        <translation>Verzoek %1 gaat over gegevens van een klant: de ontvangstbevestiging zegt wanneer het verzoek aan de klant is doorgestuurd. Leg eerst de stap &quot;Klant geïnformeerd&quot; vast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request %1 has no identity check on record: record the step &quot;identity check requested&quot; first.</source>
        <translation>Bij verzoek %1 is niet vastgelegd dat om identificatie is gevraagd: leg eerst de stap &quot;Identificatie gevraagd&quot; vast.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1 does not say why the identity is in doubt: the letter must state the reasonable doubt (AVG art. 12(6)).</source>
        <translation>Bij verzoek %1 staat niet waarom u aan de identiteit twijfelt: de brief moet de redelijke twijfel noemen (AVG art. 12 lid 6).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request %1 has not been extended: record the extension with its reason first.</source>
        <translation>Verzoek %1 is niet verlengd: leg eerst de verlenging met de reden vast.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request %1 is not an access request; the answer to an access request does not fit it.</source>
        <translation>Verzoek %1 is geen inzageverzoek; het antwoord op een inzageverzoek past er niet bij.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1 waits for proof of identity: record the step &quot;identity verified&quot; before giving access.</source>
        <translation>Verzoek %1 wacht op identificatie: leg de stap &quot;Identiteit gecontroleerd&quot; vast voordat u inzage geeft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1 was refused or withdrawn; there is no access to give.</source>
        <translation>Verzoek %1 is geweigerd of ingetrokken; er is geen inzage te geven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1 has not been refused: record the refusal with its reason first.</source>
        <translation>Verzoek %1 is niet geweigerd: leg eerst de weigering met de reden vast.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request %1 is not a request for erasure; a confirmation of erasure does not fit it.</source>
        <translation>Verzoek %1 is geen verzoek om verwijdering; een bevestiging van verwijdering past er niet bij.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1 has not been answered yet: record the step &quot;answered&quot; with what was erased first.</source>
        <translation>Verzoek %1 is nog niet beantwoord: leg eerst de stap &quot;Beantwoord&quot; vast, met wat er is verwijderd.</translation>
    </message>
</context>
<context>
    <name>pr::report::PageDecorator</name>
    <message>
        <location filename="../../src/report/pdf/PageDecorator.cpp" line="+104"/>
        <source>The logo is not a readable image.</source>
        <translation>Het logo is geen leesbare afbeelding.</translation>
    </message>
</context>
<context>
    <name>pr::report::PdfDocumentWriter</name>
    <message>
        <location filename="../../src/report/pdf/PdfDocumentWriter.cpp" line="+48"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The PDF could not be started.</source>
        <translation>De PDF kon niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>pr::report::PdfFileSigner</name>
    <message>
        <location filename="../../src/report/signing/PdfFileSigner.cpp" line="+41"/>
        <source>The signed PDF must go to another file than the input: signing never overwrites its input.</source>
        <translation>De ondertekende PDF moet naar een ander bestand dan de invoer: ondertekenen overschrijft nooit de invoer.</translation>
    </message>
</context>
<context>
    <name>pr::report::PdfInfoRewriter</name>
    <message>
        <location filename="../../src/report/pdf/PdfInfoRewriter.cpp" line="+141"/>
        <source>The PDF written by Qt has an unexpected structure; its metadata cannot be set.</source>
        <translation>De PDF die Qt heeft geschreven heeft een onverwachte opbouw; de metadata kunnen niet worden ingesteld.</translation>
    </message>
</context>
<context>
    <name>pr::report::TemplateError</name>
    <message>
        <location filename="../../src/report/template/TemplateError.cpp" line="+20"/>
        <source>template</source>
        <translation>sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, regel %2, kolom %3: %4</translation>
    </message>
</context>
<context>
    <name>pr::report::TemplateLibrary</name>
    <message>
        <location filename="../../src/report/template/TemplateLibrary.cpp" line="+65"/>
        <location line="+55"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Er is geen sjabloon &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder cannot be created.</source>
        <translation>De map kan niet worden gemaakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be deleted.</source>
        <translation>Het bestand kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>pr::report::TemplateRenderer</name>
    <message>
        <location filename="../../src/report/template/TemplateRenderer.cpp" line="+113"/>
        <source>partial &quot;%1&quot; includes itself</source>
        <translation>deelsjabloon &quot;%1&quot; voegt zichzelf in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no partial &quot;%1&quot;</source>
        <translation>er is geen deelsjabloon &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The template could not be rendered: %1</source>
        <translation>Het sjabloon kon niet worden verwerkt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal error: HTML marked as trusted reached the output unprocessed.</source>
        <translation>Interne fout: HTML die als vertrouwd was gemarkeerd, is onbewerkt in de uitvoer terechtgekomen.</translation>
    </message>
</context>
<context>
    <name>pr::report::TemplateScanner</name>
    <message>
        <location filename="../../src/report/template/TemplateScanner.cpp" line="+37"/>
        <source>{{{…}}} inserts a value without escaping, which templates may not do; use {{…}}</source>
        <translation>{{{…}}} voegt een waarde in zonder escaping, en dat mag niet in sjablonen; gebruik {{…}}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this tag is not closed with }}</source>
        <translation>deze tag wordt niet afgesloten met }}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{{/%1}} closes a section that was never opened</source>
        <translation>{{/%1}} sluit een sectie die nooit is geopend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{/%1}} does not match the open section &quot;%2&quot; (line %3, column %4)</source>
        <translation>{{/%1}} hoort niet bij de open sectie &quot;%2&quot; (regel %3, kolom %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>section &quot;%1&quot; is never closed</source>
        <translation>sectie &quot;%1&quot; wordt nooit gesloten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty tag {{}}</source>
        <translation>lege tag {{}}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{{&amp;…}} inserts a value without escaping, which templates may not do; use {{…}}</source>
        <translation>{{&amp;…}} voegt een waarde in zonder escaping, en dat mag niet in sjablonen; gebruik {{…}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changing the delimiters with {{=…=}} is not supported</source>
        <translation>andere scheidingstekens instellen met {{=…=}} wordt niet ondersteund</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a valid name</source>
        <translation>&quot;%1&quot; is geen geldige naam</translation>
    </message>
</context>
<context>
    <name>pr::report::ViewModelConverter</name>
    <message>
        <location filename="../../src/report/template/ViewModelConverter.cpp" line="+133"/>
        <source>The view model value at &quot;%1&quot; has the unsupported type %2; convert it to text first.</source>
        <translation>De waarde in het viewmodel op &quot;%1&quot; heeft het niet-ondersteunde type %2; zet die eerst om naar tekst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(root)</source>
        <translation>(hoofdniveau)</translation>
    </message>
</context>
</TS>
