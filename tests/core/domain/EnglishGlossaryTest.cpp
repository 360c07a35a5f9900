// The English of the register's texts: what the user recorded wins over the catalogue's, texts
// match ignoring case and surrounding space, and a record in English keeps its proper names.

#include "core/domain/EnglishGlossary.h"

#include "core/domain/RegisterTexts.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;

namespace {

ProcessingActivity backup()
{
    ProcessingActivity activity;
    activity.name = u"Back-up en herstel"_s;
    activity.role = ProcessingRole::Processor;
    activity.clientIds = {1};
    activity.purposes = {u"Kopieën maken"_s};
    activity.dataCategories = {u"NAW-gegevens"_s, u"Gegevens uit het patiëntendossier"_s};
    activity.staffRoles = {StaffRole{u"Systeembeheerder"_s, {u"back-up maken"_s, u"inzien"_s}}};
    activity.dataSubjectCategories = {u"Patiënten"_s};
    activity.retention.description = u"Na 90 dagen overschreven."_s;
    ClientScope scope;
    scope.clientId = 1;
    scope.dataSubjectCategories = QStringList{u"Cliënten"_s};
    activity.clientScopes = {scope};
    return activity;
}

} // namespace

TEST_CASE("The user's English wins over the catalogue's, matched ignoring case and spaces",
          "[english]")
{
    const EnglishGlossary glossary(
        {{u"Back-up en herstel"_s, u"Back-up and restore"_s}, {u"Inzien"_s, u"looking at"_s}},
        {{u"inzien"_s, u"viewing"_s}, {u"NAW-gegevens"_s, u"Name and address"_s}});

    CHECK(glossary.find(u"  back-up EN herstel "_s) == u"Back-up and restore"_s);
    CHECK(glossary.sourceOf(u"Back-up en herstel"_s) == EnglishSource::Recorded);
    CHECK(glossary.find(u"inzien"_s) == u"looking at"_s);
    CHECK(glossary.sourceOf(u"NAW-gegevens"_s) == EnglishSource::Catalogue);
    CHECK_FALSE(glossary.find(u"Patiënten"_s));
    CHECK(glossary.sourceOf(u"Patiënten"_s) == EnglishSource::None);
    CHECK_FALSE(glossary.find(QString()));
}

TEST_CASE("An activity in English has every text with an English version replaced", "[english]")
{
    const EnglishGlossary glossary({{u"Back-up en herstel"_s, u"Back-up and restore"_s},
                                    {u"Cliënten"_s, u"Clients"_s},
                                    {u"Patiënten"_s, u"Patients"_s}},
                                   {{u"NAW-gegevens"_s, u"Name and address"_s},
                                    {u"Systeembeheerder"_s, u"System administrator"_s},
                                    {u"back-up maken"_s, u"making back-ups"_s}});

    const ProcessingActivity english = glossary.inEnglish(backup());

    CHECK(english.name == u"Back-up and restore"_s);
    // Without an English version the Dutch stands.
    CHECK(english.purposes == QStringList{u"Kopieën maken"_s});
    CHECK(english.dataCategories ==
          QStringList{u"Name and address"_s, u"Gegevens uit het patiëntendossier"_s});
    CHECK(english.staffRoles.front().role == u"System administrator"_s);
    CHECK(english.staffRoles.front().operations == QStringList{u"making back-ups"_s, u"inzien"_s});
    CHECK(english.dataSubjectCategories == QStringList{u"Patients"_s});
    CHECK(english.clientScopes.front().dataSubjectCategories == QStringList{u"Clients"_s});
    // Nothing but texts changes.
    CHECK(english.clientIds == backup().clientIds);
    CHECK(english.role == ProcessingRole::Processor);
}

TEST_CASE("A sub-processor's company name and a measure's owner are never translated", "[english]")
{
    const EnglishGlossary glossary({{u"Opslag"_s, u"Storage"_s},
                                    {u"Nederland"_s, u"Netherlands"_s},
                                    {u"Beheer"_s, u"Management"_s}},
                                   {});
    SubProcessor sub;
    sub.name = u"Opslag"_s; // a company may well be called so
    sub.service = u"Opslag"_s;
    sub.country = u"Nederland"_s;
    const SubProcessor english = glossary.inEnglish(sub);
    CHECK(english.name == u"Opslag"_s);
    CHECK(english.service == u"Storage"_s);
    CHECK(english.country == u"Netherlands"_s);

    SecurityMeasure measure;
    measure.title = u"Beheer"_s;
    measure.owner = u"Beheer"_s;
    CHECK(glossary.inEnglish(measure).title == u"Management"_s);
    CHECK(glossary.inEnglish(measure).owner == u"Beheer"_s);
}

TEST_CASE("textsOf lists a record's non-empty texts as the documents take them", "[english]")
{
    const QStringList texts = textsOf(backup());
    CHECK(texts.first() == u"Back-up en herstel"_s);
    CHECK(texts.contains(u"back-up maken"_s));
    CHECK(texts.contains(u"Cliënten"_s)); // the per-client part too
    CHECK_FALSE(texts.contains(QString()));
}
