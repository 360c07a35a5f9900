#include "core/domain/validation/ProcessingActivityValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Art9Exception;
using pr::core::DataSource;
using pr::core::LegalBasis;
using pr::core::ProcessingActivity;
using pr::core::ProcessingRole;
using pr::core::RetentionKind;
using pr::core::RetentionTrigger;
using pr::core::RetentionUnit;
using pr::core::SpecialCategory;
using pr::core::TransferSafeguard;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<ProcessingActivity>;

namespace {

// Own processing: the firm's invoicing, with every optional part filled in validly.
ProcessingActivity validControllerActivity()
{
    ProcessingActivity value;
    value.name = u"Facturatie"_s;
    value.role = ProcessingRole::Controller;
    value.purposes = {u"Facturen versturen"_s, u"Betalingen bijhouden"_s};
    value.legalBasis = LegalBasis::Contract;
    value.dataCategories = {u"NAW-gegevens"_s, u"Factuur- en betaalgegevens"_s};
    value.specialCategories = SpecialCategory::Financial | SpecialCategory::Health;
    value.art9Exceptions.insert(SpecialCategory::Health, Art9Exception::ExplicitConsent);
    value.staffRoles = {{u"Financiële administratie"_s, {u"inzien"_s, u"wijzigen"_s}},
                        {u"Directie"_s, {u"inzien"_s}}};
    value.dataSubjectCategories = {u"Contactpersonen van klanten"_s};
    value.retention.kind = RetentionKind::Fixed;
    value.retention.amount = 7;
    value.retention.unit = RetentionUnit::Years;
    value.retention.trigger = RetentionTrigger::EndOfFinancialYear;
    value.retention.legalBasis = u"fiscale bewaarplicht"_s;
    value.recipients = {u"Accountant"_s};
    value.transfers = {
        {u"Boekhoudpakket"_s, u"Verenigde Staten"_s, TransferSafeguard::Adequacy, QString()}};
    value.source = DataSource::DataSubject;
    return value;
}

// Processing for clients: remote backup.
ProcessingActivity validProcessorActivity()
{
    ProcessingActivity value;
    value.name = u"Remote backup"_s;
    value.role = ProcessingRole::Processor;
    value.clientIds = {1, 2};
    value.purposes = {u"Herstel na verlies van gegevens"_s};
    value.dataCategories = {u"Inhoud van mailboxen en bestanden"_s};
    value.staffRoles = {{u"Systeembeheerder"_s, {u"back-up maken"_s, u"terugzetten"_s}}};
    value.dataSubjectCategories = {u"Medewerkers van klanten"_s};
    value.retention.kind = RetentionKind::DurationOfAgreement;
    value.source = DataSource::OtherSource;
    value.sourceDescription = u"De systemen van de klant"_s;
    return value;
}

} // namespace

TEST_CASE("Valid processing activities have no issues", "[domain][validation][activity]")
{
    CHECK(fieldsOf(validate(validControllerActivity())).isEmpty());
    // As processor the legal basis is the client's matter.
    CHECK(fieldsOf(validate(validProcessorActivity())).isEmpty());

    ProcessingActivity interest = validControllerActivity();
    interest.legalBasis = LegalBasis::LegitimateInterests;
    interest.legitimateInterest = u"Betalingsachterstanden kunnen innen"_s;
    CHECK(fieldsOf(validate(interest)).isEmpty());

    ProcessingActivity children = validControllerActivity();
    children.specialCategories |= SpecialCategory::Children;
    children.childrenSafeguards = u"Ouders geven toestemming voor kinderen onder 16"_s;
    CHECK(fieldsOf(validate(children)).isEmpty());

    ProcessingActivity derogation = validControllerActivity();
    derogation.transfers[0].safeguard = TransferSafeguard::Derogation;
    derogation.transfers[0].safeguardDetails = u"Uitdrukkelijke toestemming"_s;
    CHECK(fieldsOf(validate(derogation)).isEmpty());

    // Non-art. 9 flags need no exception.
    ProcessingActivity bsn = validControllerActivity();
    bsn.specialCategories |= SpecialCategory::Bsn | SpecialCategory::Criminal;
    CHECK(fieldsOf(validate(bsn)).isEmpty());
}

TEST_CASE("Each processing activity rule names its field", "[domain][validation][activity]")
{
    using A = ProcessingActivity;
    checkRules(
        validControllerActivity(),
        std::vector<Case>{
            {"name required", [](A& a) { a.name = u" "_s; }, {u"name"_s}},
            {"a purpose required", [](A& a) { a.purposes.clear(); }, {u"purposes"_s}},
            {"no empty purpose", [](A& a) { a.purposes.append(u""_s); }, {u"purposes[2]"_s}},
            {"no repeated purpose",
             [](A& a) { a.purposes.append(u" facturen VERSTUREN"_s); },
             {u"purposes[2]"_s}},
            {"controller needs a legal basis",
             [](A& a) { a.legalBasis.reset(); },
             {u"legalBasis"_s}},
            {"basis f needs the interest",
             [](A& a) { a.legalBasis = LegalBasis::LegitimateInterests; },
             {u"legitimateInterest"_s}},
            {"a data category required",
             [](A& a) { a.dataCategories.clear(); },
             {u"dataCategories"_s}},
            {"no empty data category",
             [](A& a) { a.dataCategories[0] = u" "_s; },
             {u"dataCategories[0]"_s}},
            {"art. 9 category needs its exception",
             [](A& a) { a.specialCategories |= SpecialCategory::Biometric; },
             {u"art9Exceptions.biometric"_s}},
            {"every art. 9 category needs its own exception",
             [](A& a) {
                 a.specialCategories |= SpecialCategory::Religion | SpecialCategory::SexLife;
             },
             {u"art9Exceptions.religion"_s, u"art9Exceptions.sex-life"_s}},
            {"exception without its flag",
             [](A& a) {
                 a.art9Exceptions.insert(SpecialCategory::Genetic, Art9Exception::LegalClaims);
             },
             {u"art9Exceptions.genetic"_s}},
            {"exception for a category outside art. 9",
             [](A& a) {
                 a.art9Exceptions.insert(SpecialCategory::Financial,
                                         Art9Exception::ExplicitConsent);
             },
             {u"art9Exceptions.financial"_s}},
            {"children's data flagged needs safeguards",
             [](A& a) { a.specialCategories |= SpecialCategory::Children; },
             {u"childrenSafeguards"_s}},
            {"staff role needs a name",
             [](A& a) { a.staffRoles[1].role.clear(); },
             {u"staffRoles[1].role"_s}},
            {"staff role listed once",
             [](A& a) {
                 a.staffRoles[1].role = u"directie "_s;
                 a.staffRoles[0].role = u"Directie"_s;
             },
             {u"staffRoles[1].role"_s}},
            {"staff role needs operations",
             [](A& a) { a.staffRoles[0].operations.clear(); },
             {u"staffRoles[0].operations"_s}},
            {"no empty operation",
             [](A& a) { a.staffRoles[1].operations.append(QString()); },
             {u"staffRoles[1].operations[1]"_s}},
            {"no repeated operation",
             [](A& a) { a.staffRoles[0].operations.append(u"Inzien"_s); },
             {u"staffRoles[0].operations[2]"_s}},
            {"a data subject category required",
             [](A& a) { a.dataSubjectCategories.clear(); },
             {u"dataSubjectCategories"_s}},
            {"retention required", [](A& a) { a.retention = {}; }, {u"retention.kind"_s}},
            {"free text alone is no retention period",
             [](A& a) {
                 a.retention = {};
                 a.retention.description = u"zo kort mogelijk"_s;
             },
             {u"retention.kind"_s}},
            {"fixed retention needs an amount",
             [](A& a) { a.retention.amount = 0; },
             {u"retention.amount"_s}},
            {"fixed retention amount not negative",
             [](A& a) { a.retention.amount = -7; },
             {u"retention.amount"_s}},
            {"fixed retention at most a hundred years",
             [](A& a) { a.retention.amount = 101; },
             {u"retention.amount"_s}},
            {"other trigger needs its description",
             [](A& a) { a.retention.trigger = RetentionTrigger::Other; },
             {u"retention.description"_s}},
            {"no empty recipient", [](A& a) { a.recipients.append(u""_s); }, {u"recipients[1]"_s}},
            {"transfer needs a recipient",
             [](A& a) { a.transfers[0].recipient.clear(); },
             {u"transfers[0].recipient"_s}},
            {"transfer needs a country",
             [](A& a) { a.transfers[0].country.clear(); },
             {u"transfers[0].country"_s}},
            {"transfer outside the EEA needs a safeguard",
             [](A& a) { a.transfers[0].safeguard.reset(); },
             {u"transfers[0].safeguard"_s}},
            {"derogation needs its details",
             [](A& a) { a.transfers[0].safeguard = TransferSafeguard::Derogation; },
             {u"transfers[0].safeguardDetails"_s}},
            {"other source needs a description",
             [](A& a) { a.source = DataSource::OtherSource; },
             {u"sourceDescription"_s}},
            {"own processing names no clients", [](A& a) { a.clientIds = {4}; }, {u"clientIds"_s}},
        });

    checkRules(
        validProcessorActivity(),
        std::vector<Case>{
            {"processor needs a client", [](A& a) { a.clientIds.clear(); }, {u"clientIds"_s}},
            {"client ids positive",
             [](A& a) {
                 a.clientIds = {1, -2};
             },
             {u"clientIds[1]"_s}},
            {"client ids unique",
             [](A& a) {
                 a.clientIds = {2, 2};
             },
             {u"clientIds[1]"_s}},
            {"basis f needs the interest as processor too",
             [](A& a) { a.legalBasis = LegalBasis::LegitimateInterests; },
             {u"legitimateInterest"_s}},
        });
}

TEST_CASE("Processing activity validation reports every problem at once",
          "[domain][validation][activity]")
{
    ProcessingActivity value;
    value.role = ProcessingRole::Processor;
    value.specialCategories = SpecialCategory::Health | SpecialCategory::Children;
    value.transfers = {{}};
    value.source = DataSource::OtherSource;
    CHECK(fieldsOf(validate(value)) ==
          QStringList{u"name"_s, u"purposes"_s, u"dataCategories"_s, u"art9Exceptions.health"_s,
                      u"childrenSafeguards"_s, u"dataSubjectCategories"_s, u"retention.kind"_s,
                      u"transfers[0].recipient"_s, u"transfers[0].country"_s,
                      u"transfers[0].safeguard"_s, u"sourceDescription"_s, u"clientIds"_s});
}
