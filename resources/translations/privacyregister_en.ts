<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgreementSection</name>
    <message numerus="yes">
        <location filename="../../src/gui/sections/AgreementSection.cpp" line="+184"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most once every %n month(s)</source>
        <translation>
            <numerusform>At most once every %n month</numerusform>
            <numerusform>At most once every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n day(s) in advance</source>
        <translation>
            <numerusform>%n day in advance</numerusform>
            <numerusform>%n days in advance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Within %n day(s) after the end</source>
        <translation>
            <numerusform>Within %n day after the end</numerusform>
            <numerusform>Within %n days after the end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnonymiseRequestsCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/commands/AnonymiseRequestsCommand.cpp" line="+82"/>
        <source>%n request(s) would be anonymised; nothing was changed.</source>
        <translation>
            <numerusform>%n request would be anonymised; nothing was changed.</numerusform>
            <numerusform>%n requests would be anonymised; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Anonymised %n request(s).</source>
        <translation>
            <numerusform>Anonymised %n request.</numerusform>
            <numerusform>Anonymised %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/commands/ChangePasswordCommand.cpp" line="+51"/>
        <source>Password changed; %n backup(s) re-encrypted.</source>
        <translation>
            <numerusform>Password changed; %n backup re-encrypted.</numerusform>
            <numerusform>Password changed; %n backups re-encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineIcs</name>
    <message numerus="yes">
        <location filename="../../src/core/workflow/DeadlineIcs.cpp" line="+80"/>
        <source>Breach %1: inform the client (within %n hours)</source>
        <translation>
            <numerusform>Breach %1: inform the client (within %n hour)</numerusform>
            <numerusform>Breach %1: inform the client (within %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Discovered %1 (UTC). This clock runs out %2 (UTC), %n hours later.</source>
        <translation>
            <numerusform>Discovered %1 (UTC). This clock runs out %2 (UTC), %n hour later.</numerusform>
            <numerusform>Discovered %1 (UTC). This clock runs out %2 (UTC), %n hours later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesIcsCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/commands/DeadlinesIcsCommand.cpp" line="+48"/>
        <source>Wrote %n deadline(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n deadline to %1.</numerusform>
            <numerusform>Wrote %n deadlines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message numerus="yes">
        <location filename="../../src/core/domain/RetentionPeriod.cpp" line="+18"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DpaReadiness</name>
    <message numerus="yes">
        <location filename="../../src/core/workflow/DpaReadiness.cpp" line="+54"/>
        <source>Bijlage 2 lists %n planned measure(s) apart from those in place: %1. The client signs for them as planned, with their dates.</source>
        <translation>
            <numerusform>Bijlage 2 lists %n planned measure apart from those in place: %1. The client signs for it as planned, with its date.</numerusform>
            <numerusform>Bijlage 2 lists %n planned measures apart from those in place: %1. The client signs for them as planned, with their dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/commands/DueCommand.cpp" line="+180"/>
        <source>Overdue: %1. Due within %n day(s): %2. Later: %3. Breach clocks running: %4.</source>
        <translation>
            <numerusform>Overdue: %1. Due within %n day: %2. Later: %3. Breach clocks running: %4.</numerusform>
            <numerusform>Overdue: %1. Due within %n days: %2. Later: %3. Breach clocks running: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n closed request(s) kept past the retention period: see anonymise-requests --dry-run.</source>
        <translation>
            <numerusform>%n closed request kept past the retention period: see anonymise-requests --dry-run.</numerusform>
            <numerusform>%n closed requests kept past the retention period: see anonymise-requests --dry-run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueSummary</name>
    <message numerus="yes">
        <location filename="../../src/core/dashboard/DueSummary.cpp" line="+19"/>
        <source>%n breach notification deadline(s) run(s) out %1.</source>
        <translation>
            <numerusform>%n breach notification deadline runs out %1.</numerusform>
            <numerusform>%n breach notification deadlines run out %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n breach notification deadline(s) run(s) out %1, the first %2.</source>
        <translation>
            <numerusform>%n breach notification deadline runs out %1, the first %2.</numerusform>
            <numerusform>%n breach notification deadlines run out %1, the first %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n request(s) must be answered %1.</source>
        <translation>
            <numerusform>%n request must be answered %1.</numerusform>
            <numerusform>%n requests must be answered %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n deadline(s) overdue.</source>
        <translation>
            <numerusform>%n deadline overdue.</numerusform>
            <numerusform>%n deadlines overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnglishTexts</name>
    <message numerus="yes">
        <location filename="../../src/usecases/english/EnglishTexts.cpp" line="+138"/>
        <source>The English DPA shows %n text(s) of the register in Dutch, for want of an English version (Edit &gt; English texts): %1.</source>
        <translation>
            <numerusform>The English DPA shows %n text of the register in Dutch, for want of an English version (Edit &gt; English texts): %1.</numerusform>
            <numerusform>The English DPA shows %n texts of the register in Dutch, for want of an English version (Edit &gt; English texts): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/commands/ImportCommand.cpp" line="+54"/>
        <source>%n problem(s) found in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problem found in %1; nothing was imported.</numerusform>
            <numerusform>%n problems found in %1; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDetails</name>
    <message numerus="yes">
        <location filename="../../src/gui/sections/OrganisationDetails.cpp" line="+65"/>
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message numerus="yes">
        <location filename="../../src/core/calendar/Period.cpp" line="+101"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <location filename="../../src/storage/repositories/Referrer.cpp" line="+17"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n processing activity(ies)</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n security measure(s)</source>
        <translation>
            <numerusform>%n security measure</numerusform>
            <numerusform>%n security measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sub-processor(s)</source>
        <translation>
            <numerusform>%n sub-processor</numerusform>
            <numerusform>%n sub-processors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n data processing agreement(s)</source>
        <translation>
            <numerusform>%n data processing agreement</numerusform>
            <numerusform>%n data processing agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n data subject request(s)</source>
        <translation>
            <numerusform>%n data subject request</numerusform>
            <numerusform>%n data subject requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n data breach(es)</source>
        <translation>
            <numerusform>%n data breach</numerusform>
            <numerusform>%n data breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sub-processor notice(s)</source>
        <translation>
            <numerusform>%n sub-processor notice</numerusform>
            <numerusform>%n sub-processor notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message numerus="yes">
        <location filename="../../src/core/dashboard/TimeLeft.cpp" line="+51"/>
        <source>%n hour(s) overdue</source>
        <translation>
            <numerusform>%n hour overdue</numerusform>
            <numerusform>%n hours overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>within %n hour</numerusform>
            <numerusform>within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message numerus="yes">
        <location filename="../../src/core/dashboard/WarningText.cpp" line="+36"/>
        <source>Waiting %n day(s)</source>
        <translation>
            <numerusform>Waiting %n day</numerusform>
            <numerusform>Waiting %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Tell %1 by %2: the agreement allows %n hour(s).</source>
        <translation>
            <numerusform>Tell %1 by %2: the agreement allows %n hour.</numerusform>
            <numerusform>Tell %1 by %2: the agreement allows %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>The %n hour(s) to tell %1 ended on %2.</source>
        <translation>
            <numerusform>The %n hour to tell %1 ended on %2.</numerusform>
            <numerusform>The %n hours to tell %1 ended on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tell %1 by %2: there is no agreement, so the usual %n hour(s) apply.</source>
        <translation>
            <numerusform>Tell %1 by %2: there is no agreement, so the usual %n hour applies.</numerusform>
            <numerusform>Tell %1 by %2: there is no agreement, so the usual %n hours apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n closed request(s) are past their retention period and can be anonymised.</source>
        <translation>
            <numerusform>%n closed request is past its retention period and can be anonymised.</numerusform>
            <numerusform>%n closed requests are past their retention period and can be anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n item(s) need your attention.</source>
        <translation>
            <numerusform>%n item needs your attention.</numerusform>
            <numerusform>%n items need your attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n of them urgent.</source>
        <translation>
            <numerusform>%1, %n of them urgent.</numerusform>
            <numerusform>%1, %n of them urgent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) need your attention</source>
        <translation>
            <numerusform>%n item needs your attention</numerusform>
            <numerusform>%n items need your attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::AnonymiseRequests</name>
    <message numerus="yes">
        <location filename="../../src/gui/editing/AnonymiseRequests.cpp" line="+91"/>
        <source>%n closed request(s) are past their retention period:</source>
        <translation>
            <numerusform>%n closed request is past its retention period:</numerusform>
            <numerusform>%n closed requests are past their retention period:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::BreachStepDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/editing/BreachStepDialog.cpp" line="+83"/>
        <source>Earlier reports: %n, the last on %1. This one adds what has become known since (AVG art. 33(4)).</source>
        <translation>
            <numerusform>Earlier reports: %n, the last on %1. This one adds what has become known since (AVG art. 33(4)).</numerusform>
            <numerusform>Earlier reports: %n, the last on %1. This one adds what has become known since (AVG art. 33(4)).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::CertificatePanel</name>
    <message numerus="yes">
        <location filename="../../src/gui/signing/CertificatePanel.cpp" line="+117"/>
        <source>This certificate expires on %1, in %n day(s). Ask your certificate provider for a new one in time.</source>
        <translation>
            <numerusform>This certificate expires on %1, in %n day. Ask your certificate provider for a new one in time.</numerusform>
            <numerusform>This certificate expires on %1, in %n days. Ask your certificate provider for a new one in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::CountTile</name>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/CountTile.cpp" line="+52"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::EditorDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/editors/EditorDialog.cpp" line="+107"/>
        <source>%n problem(s) to solve before you can save.</source>
        <translation>
            <numerusform>%n problem to solve before you can save.</numerusform>
            <numerusform>%n problems to solve before you can save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::EnglishTextsDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/editing/EnglishTextsDialog.cpp" line="+119"/>
        <source>%n text(s) will be shown in Dutch in the English DPA.</source>
        <translation>
            <numerusform>%n text will be shown in Dutch in the English DPA.</numerusform>
            <numerusform>%n texts will be shown in Dutch in the English DPA.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::PdfPrinting</name>
    <message numerus="yes">
        <location filename="../../src/gui/documents/PdfPrinting.cpp" line="+23"/>
        <source>The document has %n page(s); the pages asked for are not in it.</source>
        <translation>
            <numerusform>The document has %n page; the pages asked for are not in it.</numerusform>
            <numerusform>The document has %n pages; the pages asked for are not in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::RecordListPage</name>
    <message numerus="yes">
        <location filename="../../src/gui/pages/RecordListPage.cpp" line="+168"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::SignatureCheckDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/signing/SignatureCheckDialog.cpp" line="+193"/>
        <source>Valid: the %n signature(s) hold and the document has not been changed since it was last signed.</source>
        <translation>
            <numerusform>Valid: the signature holds and the document has not been changed since it was last signed.</numerusform>
            <numerusform>Valid: the %n signatures hold and the document has not been changed since it was last signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n signature(s) hold, but the document was extended after the last signature: what was added later is not covered by any signature.</source>
        <translation>
            <numerusform>The signature holds, but the document was extended after the last signature: what was added later is not covered by any signature.</numerusform>
            <numerusform>The %n signatures hold, but the document was extended after the last signature: what was added later is not covered by any signature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::SubProcessorNoticesDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/editing/SubProcessorNoticesDialog.cpp" line="+152"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::gui::VariableTree</name>
    <message numerus="yes">
        <location filename="../../src/gui/documents/VariableTree.cpp" line="+52"/>
        <source>(list of %n item(s))</source>
        <translation>
            <numerusform>(list of %n item)</numerusform>
            <numerusform>(list of %n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::report::DpaDrift</name>
    <message numerus="yes">
        <location filename="../../src/report/model/DpaDrift.cpp" line="+339"/>
        <source>Differs from the signed version (%n change(s)).</source>
        <translation>
            <numerusform>Differs from the signed version (%n change).</numerusform>
            <numerusform>Differs from the signed version (%n changes).</numerusform>
        </translation>
    </message>
</context>
</TS>
