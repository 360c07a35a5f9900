<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../../src/gui/sections/ActivitySection.cpp" line="+24"/>
        <source>Decided by the client</source>
        <translation>Bepaalt de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+110"/>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 (exception: %2)</source>
        <translation>%1 (uitzondering: %2)</translation>
    </message>
    <message>
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
        <location line="+24"/>
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
        <location line="+28"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="-9"/>
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
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <location filename="../../src/gui/sections/AgreementSection.cpp" line="+23"/>
        <source>Not signed yet</source>
        <translation>Nog niet ondertekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed on %1 in %2</source>
        <translation>Ondertekend op %1 in %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No limit agreed</source>
        <translation>Geen limiet afgesproken</translation>
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
        <location line="+54"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Client signed on</source>
        <translation>Klant ondertekende op</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
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
        <source>Signs for us</source>
        <translation>Ondertekent namens ons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for the client</source>
        <translation>Ondertekent namens de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed document</source>
        <translation>Ondertekend document</translation>
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
    <name>AnonymiseRequestsCommand</name>
    <message>
        <location filename="../../src/cli/commands/AnonymiseRequestsCommand.cpp" line="+28"/>
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
        <location line="+14"/>
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
        <location line="+12"/>
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
        <location filename="../../src/storage/file/AtomicFile.cpp" line="+32"/>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2.</translation>
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
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../../src/cli/commands/AuditCommand.cpp" line="+22"/>
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
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../src/gui/sections/AuditSection.cpp" line="+54"/>
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
    <name>BreachSection</name>
    <message>
        <location filename="../../src/gui/sections/BreachSection.cpp" line="+22"/>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
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
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+46"/>
        <source>Reported to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+55"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Data breach %1</source>
        <translation>Datalek %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how many people</source>
        <translation>Ongeveer hoeveel personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how many records</source>
        <translation>Ongeveer hoeveel records</translation>
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
        <location line="+1"/>
        <source>People informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed on</source>
        <translation>Geïnformeerd op</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+101"/>
        <source>Missing.</source>
        <translation>Ontbreekt.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Unsupported format version; this program reads version %1.</source>
        <translation>Deze formaatversie wordt niet ondersteund; dit programma leest versie %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+122"/>
        <source>Expected a string.</source>
        <translation>Verwacht: een tekst.</translation>
    </message>
    <message>
        <location line="-117"/>
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
        <location line="+28"/>
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
        <location filename="../../src/cli/CliApplication.cpp" line="+27"/>
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
</context>
<context>
    <name>ClientSection</name>
    <message>
        <location filename="../../src/gui/sections/ClientSection.cpp" line="+29"/>
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
        <location line="+2"/>
        <source>Processing agreements</source>
        <translation>Verwerkersovereenkomsten</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../../src/cli/CommandContext.cpp" line="+49"/>
        <source>no register given: use --register PATH or set PRIVACYREGISTER_REGISTER</source>
        <translation>geen register opgegeven: gebruik --register PAD of stel PRIVACYREGISTER_REGISTER in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the password file %1: %2</source>
        <translation>kan het wachtwoordbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the password file %1 is empty</source>
        <translation>het wachtwoordbestand %1 is leeg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use either --password-file or --password-stdin, not both</source>
        <translation>gebruik --password-file of --password-stdin, niet allebei</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../src/storage/RegisterErrors.cpp" line="+21"/>
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
        <location line="+17"/>
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
        <location filename="../../src/gui/editing/DeleteRecordCommand.cpp" line="+12"/>
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
        <location line="+2"/>
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
        <location filename="../../src/core/domain/AuditAction.h" line="+20"/>
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
        <location filename="../../src/core/domain/EntityKind.h" line="+26"/>
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
        <location filename="../../src/core/workflow/RequestTransition.h" line="+48"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+2"/>
        <location filename="../../src/core/workflow/RequestTransition.h" line="+6"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+2"/>
        <location filename="../../src/core/workflow/RequestTransition.h" line="+2"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestStage.h" line="+2"/>
        <location filename="../../src/core/workflow/RequestTransition.h" line="+2"/>
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
        <location filename="../../src/report/model/DocumentLanguage.cpp" line="+122"/>
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
        <location filename="../../src/core/workflow/BreachClock.h" line="+55"/>
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
        <translation>Over tijd</translation>
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
        <location filename="../../src/core/workflow/RequestTransition.h" line="-14"/>
        <source>Identity check requested</source>
        <translation>Identificatie gevraagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/workflow/RequestTransition.h" line="+2"/>
        <source>Identity verified</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../src/core/workflow/RequestTransition.h" line="+4"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client informed</source>
        <translation>Klant geïnformeerd</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <location filename="../../src/cli/commands/DueCommand.cpp" line="+53"/>
        <source>&apos;%1&apos; is not a number of days from 0 to %2</source>
        <translation>&apos;%1&apos; is geen aantal dagen van 0 tot en met %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Nothing is open: no request or breach clock runs.</source>
        <translation>Er staat niets open: er loopt geen verzoek en geen meldtermijn van een datalek.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Overdue: %1. Due within %n day(s): %2. Later: %3. Breach clocks running: %4.</source>
        <translation>
            <numerusform>Over tijd: %1. Binnen %n dag: %2. Later: %3. Lopende meldtermijnen van datalekken: %4.</numerusform>
            <numerusform>Over tijd: %1. Binnen %n dagen: %2. Later: %3. Lopende meldtermijnen van datalekken: %4.</numerusform>
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
        <translation>Open verzoeken en meldtermijnen van datalekken opsommen met hun termijnen; afsluitcode 5 als er een over tijd is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One line per deadline, the most urgent first: state (overdue, due-soon, ok; running for a breach clock), kind (request, breach-ap, breach-client), id, reference, deadline, days or hours left, and details as key=value. These words are fixed, for scripts. Nothing about the people concerned is printed. The exit code is 5 when anything is overdue and 0 otherwise, so that cron can mail it.</source>
        <translation>Eén regel per termijn, de dringendste eerst: toestand (overdue, due-soon, ok; running bij een meldtermijn van een datalek), soort (request, breach-ap, breach-client), id, kenmerk, termijn, resterende dagen of uren, en details als sleutel=waarde. Deze woorden zijn vast en Engelstalig, zodat scripts ze kunnen lezen. Er wordt niets over de betrokken personen getoond. De afsluitcode is 5 als er iets over tijd is en anders 0, zodat cron er een e-mail over kan sturen.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>DueItemsLoader</name>
    <message>
        <location filename="../../src/cli/commands/DueItemsLoader.cpp" line="+18"/>
        <source>The firm&apos;s own answer term: 4w, 28d or 1m (default: the setting of the desktop program, else 4w).</source>
        <translation>De eigen antwoordtermijn van het bedrijf: 4w, 28d of 1m (standaard: de instelling van het bureaubladprogramma, anders 4w).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TERM</source>
        <translation>TERMIJN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a term; write it as 4w, 28d or 1m</source>
        <translation>&apos;%1&apos; is geen termijn; schrijf die als 4w, 28d of 1m</translation>
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
        <location filename="../../src/cli/commands/ImportCommand.cpp" line="+17"/>
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
        <location line="+10"/>
        <source>%n problem(s) found in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n probleem gevonden in %1; er is niets geïmporteerd.</numerusform>
            <numerusform>%n problemen gevonden in %1; er is niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../src/cli/commands/InitCommand.cpp" line="+38"/>
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
        <location line="+14"/>
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
        <source>Listed twice.</source>
        <translation>Staat er twee keer in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown code &quot;%1&quot;; expected one of: %2.</source>
        <translation>Onbekende code &quot;%1&quot;; verwacht een van: %2.</translation>
    </message>
    <message>
        <location filename="../../src/core/json/RegisterDocument.cpp" line="+39"/>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Geen geldige JSON op regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not a register file: the format must be &quot;%1&quot;.</source>
        <translation>Geen registerbestand: het formaat moet &quot;%1&quot; zijn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format version %1 is not supported; this program reads version %2.</source>
        <translation>Formaatversie %1 wordt niet ondersteund; dit programma leest versie %2.</translation>
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
        <location line="+7"/>
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
        <location line="+30"/>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Last reviewed</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location line="-2"/>
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
    <name>MissingRecordError</name>
    <message>
        <location filename="../../src/storage/repositories/MissingRecordError.cpp" line="+6"/>
        <source>The %1 with number %2 is not in the register (any more).</source>
        <translation>Er staat geen %1 met nummer %2 (meer) in het register.</translation>
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
        <location line="+2"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="-1"/>
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
        <location filename="../../src/storage/Register.cpp" line="+61"/>
        <source>%1 already exists. Choose another name; an existing register is never overwritten.</source>
        <translation>%1 bestaat al. Kies een andere naam; een bestaand register wordt nooit overschreven.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location line="+16"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 bestaat al. Kies een andere naam.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This register is open read-only; the password cannot be changed.</source>
        <translation>Dit register is geopend als alleen-lezen; het wachtwoord kan niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>RegisterInUseError</name>
    <message>
        <location filename="../../src/storage/RegisterErrors.cpp" line="+17"/>
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
        <location filename="../../src/storage/file/RegisterLock.cpp" line="+31"/>
        <source>The lock file %1 cannot be created. Check that the folder is writable, or open the register read-only.</source>
        <translation>Het vergrendelingsbestand %1 kan niet worden gemaakt. Controleer of er in de map geschreven mag worden, of open het register als alleen-lezen.</translation>
    </message>
</context>
<context>
    <name>RegisterTransfer</name>
    <message>
        <location filename="../../src/storage/transfer/RegisterTransfer.cpp" line="+70"/>
        <source>A register can only be imported into an empty register. Create a new register and import into that one.</source>
        <translation>Een register kan alleen in een leeg register worden geïmporteerd. Maak een nieuw register en importeer daarin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The audit trail in the file is not intact (%1); nothing was imported.</source>
        <translation>Het logboek in het bestand is niet intact (%1); er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../../src/cli/commands/RenderCommand.cpp" line="+32"/>
        <source>write: render DOCUMENT, with DOCUMENT one of: privacy-statement, dpa, register</source>
        <translation>schrijf: render DOCUMENT, met voor DOCUMENT een van: privacy-statement, dpa, register</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &apos;%1&apos;; use pdf, html or md</source>
        <translation>onbekend formaat &apos;%1&apos;; gebruik pdf, html of md</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out PATH is required</source>
        <translation>--out PAD is verplicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a dpa needs --client ID (see: list clients)</source>
        <translation>een dpa verwacht --client ID (zie: list clients)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--client only applies to dpa</source>
        <translation>--client kan alleen bij dpa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the privacy statement, a client&apos;s DPA or the register as PDF, HTML or Markdown.</source>
        <translation>De privacyverklaring, de verwerkersovereenkomst van een klant of het register maken als PDF, HTML of Markdown.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOCUMENT is privacy-statement, dpa (needs --client) or register. Markdown is made of the privacy statement only; --language en gives the English DPA. The template is the one given with --template, else your own copy in the data folder, else the built-in one (docs/templates.md). The file is written atomically and readable by you only; it holds personal data from the register.</source>
        <translation>DOCUMENT is privacy-statement, dpa (verwacht --client) of register. Markdown kan alleen van de privacyverklaring worden gemaakt; --language en geeft de Engelstalige verwerkersovereenkomst. Het sjabloon is dat van --template, anders de eigen kopie in de gegevensmap, anders het ingebouwde sjabloon (docs/templates.md). Het bestand wordt in één keer weggeschreven en is alleen leesbaar voor de eigen gebruiker; het bevat persoonsgegevens uit het register.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>privacy-statement, dpa or register</source>
        <translation>privacy-statement, dpa of register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client of the DPA (see: list clients).</source>
        <translation>De klant van de verwerkersovereenkomst (zie: list clients).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
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
        <location line="+25"/>
        <source>The template cannot be used: %1</source>
        <translation>Het sjabloon kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1.</source>
        <translation>%1 is weggeschreven.</translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <location filename="../../src/gui/sections/RequestSection.cpp" line="+35"/>
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
        <location line="+10"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Answer by</source>
        <translation>Antwoord uiterlijk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (overdue)</source>
        <translation>%1 (over tijd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+29"/>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+23"/>
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
        <source>Reason for refusal</source>
        <translation>Reden van weigering</translation>
    </message>
</context>
<context>
    <name>RequestStepCommand</name>
    <message>
        <location filename="../../src/cli/commands/RequestStepCommand.cpp" line="+35"/>
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
        <location line="+5"/>
        <source>STEP is one of: %1. The date defaults to today and may not lie in the future, before the request came in or before the previous step. &apos;extended&apos; needs --reason and must lie within the first month; &apos;refused&apos; needs --reason, and --outcome holds the information about complaint and appeal the person was given (a standard sentence when left out). &apos;identity-verified&apos; takes --copy-destroyed: only the date the ID copy was destroyed is kept, never the copy. A request about a client&apos;s data is closed only after &apos;client-informed&apos;. Without --to: print the request&apos;s stage and next steps. A step that is not possible exits 2 with the reason.</source>
        <translation>STAP is een van: %1. De datum is standaard vandaag en mag niet in de toekomst liggen, niet vóór de ontvangst van het verzoek en niet vóór de vorige stap. &apos;extended&apos; verwacht --reason en moet binnen de eerste maand liggen; &apos;refused&apos; verwacht --reason, en --outcome bevat de informatie over bezwaar en beroep die de betrokkene heeft gekregen (een standaardzin als die ontbreekt). Bij &apos;identity-verified&apos; hoort --copy-destroyed: alleen de datum waarop de kopie van het identiteitsbewijs is vernietigd wordt bewaard, nooit de kopie zelf. Een verzoek over gegevens van een klant wordt pas afgesloten na &apos;client-informed&apos;. Zonder --to: de fase van het verzoek en de volgende stappen tonen. Een stap die niet mogelijk is, eindigt met afsluitcode 2 en de reden.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What was done (answered), or the complaint and appeal information given (refused).</source>
        <translation>Wat er is gedaan (answered), of de gegeven informatie over bezwaar en beroep (refused).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>identity-verified: the date the ID copy was destroyed.</source>
        <translation>identity-verified: de datum waarop de kopie van het identiteitsbewijs is vernietigd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is not possible:</source>
        <translation>%1: &apos;%2&apos; is niet mogelijk:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 on %3.</source>
        <translation>%1: %2 op %3.</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <location filename="../../src/core/workflow/RequestWorkflow.cpp" line="+82"/>
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
        <location line="+21"/>
        <source>Cannot lie in the future (today is %1).</source>
        <translation>Kan niet in de toekomst liggen (vandaag is het %1).</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot be before the request came in (%1).</source>
        <translation>Kan niet vóór de ontvangst van het verzoek liggen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot be before the previous step (%1).</source>
        <translation>Kan niet vóór de vorige stap liggen (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+118"/>
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
        <location filename="../../src/storage/RegisterErrors.cpp" line="+6"/>
        <source>The register could not be saved to %1: %2. The file on disk is unchanged and your changes are kept; free some space or save the register elsewhere.</source>
        <translation>Het register kon niet worden opgeslagen in %1: %2. Het bestand op schijf is niet veranderd en de wijzigingen in het programma blijven behouden; maak ruimte vrij of sla het register ergens anders op.</translation>
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
        <location line="+8"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
</context>
<context>
    <name>SetMeasureStatusCommand</name>
    <message>
        <location filename="../../src/gui/editing/SetMeasureStatusCommand.cpp" line="+19"/>
        <source>mark &apos;%1&apos; as planned</source>
        <translation>&apos;%1&apos; als gepland markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark &apos;%1&apos; as in place</source>
        <translation>&apos;%1&apos; als genomen markeren</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../../src/cli/commands/ShowCommand.cpp" line="+18"/>
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
    <name>Storage</name>
    <message>
        <location filename="../../src/gui/editing/RecordSnapshot.cpp" line="+86"/>
        <location filename="../../src/storage/repositories/References.cpp" line="+34"/>
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
    <name>SubProcessorSection</name>
    <message>
        <location filename="../../src/gui/sections/SubProcessorSection.cpp" line="+19"/>
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
        <location line="+31"/>
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
        <location filename="../../src/core/domain/validation/AgreementValidation.cpp" line="+22"/>
        <source>The signing state says this party signed: enter the date of signing.</source>
        <translation>Volgens de status heeft deze partij ondertekend: vul de datum van ondertekening in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a PDF document.</source>
        <translation>Dit is geen PDF-document.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
        <source>Not a currency code like EUR.</source>
        <translation>Geen geldige valutacode, zoals EUR.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the client.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/core/domain/validation/AuditEntryValidation.cpp" line="+23"/>
        <location filename="../../src/core/domain/validation/BreachValidation.cpp" line="+54"/>
        <location line="+17"/>
        <location filename="../../src/core/domain/validation/DataSubjectRequestValidation.cpp" line="+53"/>
        <location filename="../../src/core/domain/validation/IssueList.cpp" line="+33"/>
        <location line="+47"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot be before the start date.</source>
        <translation>Kan niet vóór de begindatum liggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A terminated agreement needs its end date.</source>
        <translation>Vul bij een beëindigde overeenkomst de einddatum in.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/AuditEntryValidation.cpp" line="+4"/>
        <location filename="../../src/core/domain/validation/BreachValidation.cpp" line="+36"/>
        <location filename="../../src/core/domain/validation/DataSubjectRequestValidation.cpp" line="+57"/>
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
        <location line="+11"/>
        <source>Not a SHA-256 hash (32 bytes).</source>
        <translation>Dit is geen SHA-256-hash (32 bytes).</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/BreachValidation.cpp" line="-90"/>
        <source>Cannot be before the breach was discovered.</source>
        <translation>Kan niet vóór de ontdekking van het datalek liggen.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+31"/>
        <source>Required: the notification clocks run from it.</source>
        <translation>Verplicht: de meldtermijnen lopen vanaf dit moment.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a breach of a client&apos;s data has a client to notify: choose the client.</source>
        <translation>Een klant informeren kan alleen bij een datalek met gegevens van een klant: kies de klant.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/DataSubjectRequestValidation.cpp" line="-92"/>
        <source>Cannot be before the request came in.</source>
        <translation>Kan niet vóór de ontvangst van het verzoek liggen.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+18"/>
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
        <location filename="../../src/core/domain/validation/ProcessingActivityValidation.cpp" line="+81"/>
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
        <source>Cannot be negative.</source>
        <translation>Mag niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/OrganisationValidation.cpp" line="+28"/>
        <source>Not a VAT number like NL123456789B01.</source>
        <translation>Geen geldig btw-nummer, zoals NL123456789B01.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a PNG image.</source>
        <translation>Dit is geen PNG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/ProcessingActivityValidation.cpp" line="-56"/>
        <source>Choose a legal basis.</source>
        <translation>Kies een grondslag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Describe the legitimate interest this relies on.</source>
        <translation>Beschrijf het gerechtvaardigd belang waarop deze verwerking steunt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the exception of Art. 9(2) relied on.</source>
        <translation>Kies de uitzondering van artikel 9 lid 2 waarop de verwerking steunt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An exception for a category that is not flagged as special: remove it.</source>
        <translation>Deze uitzondering hoort bij een categorie die niet als bijzonder is aangevinkt: verwijder de uitzondering.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Describe how children&apos;s data is protected, such as an age check or parental consent.</source>
        <translation>Beschrijf hoe de gegevens van kinderen worden beschermd, bijvoorbeeld met een leeftijdscontrole of toestemming van de ouders.</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+30"/>
        <source>Name the source the data comes from.</source>
        <translation>Noem de bron waar de gegevens vandaan komen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/validation/SubProcessorValidation.cpp" line="+19"/>
        <source>Data outside the EEA needs a safeguard such as an adequacy decision or standard contractual clauses.</source>
        <translation>Voor gegevens buiten de EER is een waarborg nodig, zoals een adequaatheidsbesluit of standaardcontractbepalingen.</translation>
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
        <location line="+8"/>
        <source>%1: the audit trail is broken: %2. The register was changed outside Privacyregister; compare it with a backup.</source>
        <translation>%1: het logboek is niet intact: %2. Het register is buiten Privacyregister om gewijzigd; vergelijk het met een back-up.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: intact (file checksums, authentication tag, database check and audit trail).</source>
        <translation>%1: intact (controlesommen van het bestand, authenticatietag, databasecontrole en logboek).</translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <location filename="../../src/core/dashboard/WarningText.cpp" line="+18"/>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>Nog %n uur</numerusform>
            <numerusform>Nog %n uur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Too late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Verloopt vandaag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Verloopt over %n dag</numerusform>
            <numerusform>Verloopt over %n dagen</numerusform>
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
        <location line="+2"/>
        <source>Review due</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report it to the Autoriteit Persoonsgegevens, or record why not, by %1.</source>
        <translation>Meld het datalek uiterlijk %1 bij de Autoriteit Persoonsgegevens, of leg vast waarom niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 72 hours to report it to the Autoriteit Persoonsgegevens ended on %1. Record the report, or why it was not made.</source>
        <translation>De 72 uur om het datalek bij de Autoriteit Persoonsgegevens te melden, zijn op %1 verstreken. Leg de melding vast, of waarom die niet is gedaan.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Tell %1 by %2: the agreement allows %n hour(s).</source>
        <translation>
            <numerusform>Informeer %1 uiterlijk %2: de overeenkomst geeft %n uur.</numerusform>
            <numerusform>Informeer %1 uiterlijk %2: de overeenkomst geeft %n uur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n hour(s) to tell %1 ended on %2.</source>
        <translation>
            <numerusform>Het %n uur om %1 te informeren is op %2 verstreken.</numerusform>
            <numerusform>De %n uur om %1 te informeren zijn op %2 verstreken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location line="+13"/>
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
        <location filename="../../src/storage/RegisterErrors.cpp" line="-51"/>
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
    <name>pr::gui::DesktopController</name>
    <message>
        <location filename="../../src/gui/DesktopController.cpp" line="+63"/>
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
        <location filename="../../src/gui/pages/DetailPane.cpp" line="+32"/>
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
        <location line="+37"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>pr::gui::EditActions</name>
    <message>
        <location filename="../../src/gui/editing/EditActions.cpp" line="+65"/>
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
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../../src/gui/MainWindow.cpp" line="+175"/>
        <source>%1 (read-only) — %2</source>
        <translation>%1 (alleen-lezen) — %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save register as</source>
        <translation>Register opslaan als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers (*.%1)</source>
        <translation>Registers (*.%1)</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+88"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo: %1</source>
        <translation>Opnieuw &amp;uitvoeren: %1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+33"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>pr::gui::NewRegisterWizard</name>
    <message>
        <location filename="../../src/gui/wizard/NewRegisterWizard.cpp" line="+24"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create register</source>
        <translation>Register &amp;maken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Register not created</source>
        <translation>Register niet gemaakt</translation>
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
        <location filename="../../src/gui/pages/OrganisationView.cpp" line="+16"/>
        <source>Organisation profile</source>
        <translation>Profiel van de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register file</source>
        <translation>Registerbestand</translation>
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
    <name>pr::gui::RecordListPage</name>
    <message>
        <location filename="../../src/gui/pages/RecordListPage.cpp" line="+140"/>
        <source>There is nothing here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to see it here.</source>
        <translation>Kies een item in de lijst om het hier te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
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
    <name>pr::gui::RegisterEditor</name>
    <message>
        <location filename="../../src/gui/editing/RegisterEditor.cpp" line="+41"/>
        <location line="+28"/>
        <source>An unexpected error occurred.</source>
        <translation>Er is een onverwachte fout opgetreden.</translation>
    </message>
</context>
<context>
    <name>pr::gui::SectionPages</name>
    <message>
        <location filename="../../src/gui/pages/SectionPages.cpp" line="+37"/>
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
    <name>pr::gui::WelcomeWindow</name>
    <message>
        <location filename="../../src/gui/WelcomeWindow.cpp" line="+43"/>
        <source>(not found)</source>
        <translation>(niet gevonden)</translation>
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
        <location filename="../../src/report/model/DocumentLanguage.cpp" line="-62"/>
        <source>There are no documents in the language &quot;%1&quot;.</source>
        <translation>Er zijn geen documenten in de taal &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>pr::report::DocumentRenderer</name>
    <message>
        <location filename="../../src/report/DocumentRenderer.cpp" line="+58"/>
        <source>Markdown is only made of the privacy statement; choose PDF or HTML.</source>
        <translation>Markdown kan alleen van de privacyverklaring worden gemaakt; kies PDF of HTML.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A data processing agreement needs a client.</source>
        <translation>Een verwerkersovereenkomst heeft een klant nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no built-in template for this document in the language &quot;%1&quot;; give one of your own.</source>
        <translation>Er is geen ingebouwd sjabloon voor dit document in de taal &quot;%1&quot;; geef een eigen sjabloon op.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the document has no field &quot;%1&quot; (docs/templates.md lists them)</source>
        <translation>het document heeft geen veld &quot;%1&quot; (docs/templates.md noemt alle velden)</translation>
    </message>
</context>
<context>
    <name>pr::report::DpaModel</name>
    <message>
        <location filename="../../src/report/model/DpaModel.cpp" line="+40"/>
        <source>Agreement %1 is not with client %2.</source>
        <translation>Overeenkomst %1 is niet met klant %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client %1 has no data processing agreement in the register yet; add one first.</source>
        <translation>Klant %1 heeft nog geen verwerkersovereenkomst in het register; voeg er eerst een toe.</translation>
    </message>
</context>
<context>
    <name>pr::report::PageDecorator</name>
    <message>
        <location filename="../../src/report/pdf/PageDecorator.cpp" line="+94"/>
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
        <location filename="../../src/report/template/TemplateLibrary.cpp" line="+64"/>
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
        <location filename="../../src/report/template/ViewModelConverter.cpp" line="+114"/>
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
