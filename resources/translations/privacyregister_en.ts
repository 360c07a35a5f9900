<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangePasswordCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/commands/ChangePasswordCommand.cpp" line="+50"/>
        <source>Password changed; %n backup(s) re-encrypted.</source>
        <translation>
            <numerusform>Password changed; %n backup re-encrypted.</numerusform>
            <numerusform>Password changed; %n backups re-encrypted.</numerusform>
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
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/commands/ImportCommand.cpp" line="+50"/>
        <source>%n problem(s) found in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problem found in %1; nothing was imported.</numerusform>
            <numerusform>%n problems found in %1; nothing was imported.</numerusform>
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
</context>
<context>
    <name>pr::gui::RegisterOverview</name>
    <message numerus="yes">
        <location filename="../../src/gui/RegisterOverview.cpp" line="+73"/>
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
