// The rules of what the privacy statements print beside the register's core: an activity's
// statements, further legal bases and national-law grounds; the organisation's cookies and
// automated decisions.

#include "ValidationTestSupport.h"
#include "core/domain/validation/OrganisationValidation.h"
#include "core/domain/validation/ProcessingActivityValidation.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using pr::test::fieldsOf;

namespace {

ProcessingActivity personnel()
{
    ProcessingActivity value;
    value.name = u"Personeelsadministratie"_s;
    value.role = ProcessingRole::Controller;
    value.audiences = StatementAudience::Staff;
    value.purposes = {u"Ziekteverzuim bijhouden"_s};
    value.legalBasis = LegalBasis::LegalObligation;
    value.furtherLegalBases = {LegalBasis::Contract};
    value.dataCategories = {u"Ziek- en betermeldingen"_s};
    value.specialCategories = SpecialCategory::Health;
    value.art9Exceptions.insert(SpecialCategory::Health, Art9Exception::EmploymentLaw);
    value.nationalGrounds.insert(SpecialCategory::Health, u"artikel 30, eerste lid, UAVG"_s);
    value.dataSubjectCategories = {u"Eigen medewerkers"_s};
    value.retention.kind = RetentionKind::Fixed;
    value.retention.amount = 2;
    value.retention.unit = RetentionUnit::Years;
    value.retention.trigger = RetentionTrigger::EndOfEmployment;
    return value;
}

} // namespace

TEST_CASE("An activity's statements, further bases and national grounds are checked",
          "[domain][validation][statement]")
{
    CHECK(fieldsOf(validate(personnel())).isEmpty());

    ProcessingActivity processor = personnel();
    processor.role = ProcessingRole::Processor;
    processor.clientIds = {1};
    CHECK(fieldsOf(validate(processor)) == QStringList{u"audiences"_s});
    processor.audiences = {};
    CHECK(fieldsOf(validate(processor)).isEmpty());

    ProcessingActivity twice = personnel();
    twice.furtherLegalBases = {LegalBasis::Contract, LegalBasis::LegalObligation};
    CHECK(fieldsOf(validate(twice)) == QStringList{u"furtherLegalBases[1]"_s});

    ProcessingActivity withoutMain = personnel();
    withoutMain.legalBasis.reset();
    CHECK(fieldsOf(validate(withoutMain)).contains(u"furtherLegalBases"_s));

    ProcessingActivity interest = personnel();
    interest.furtherLegalBases = {LegalBasis::LegitimateInterests};
    CHECK(fieldsOf(validate(interest)) == QStringList{u"legitimateInterest"_s});
    interest.legitimateInterest = u"Verzuim beperken"_s;
    CHECK(fieldsOf(validate(interest)).isEmpty());

    ProcessingActivity stale = personnel();
    stale.nationalGrounds.insert(SpecialCategory::Bsn, u"artikel 46 UAVG"_s);
    stale.nationalGrounds.insert(SpecialCategory::Health, u"  "_s);
    CHECK(fieldsOf(validate(stale)) ==
          QStringList{u"nationalGrounds.health"_s, u"nationalGrounds.bsn"_s});
}

TEST_CASE("The organisation's cookies need a purpose and a duration",
          "[domain][validation][statement]")
{
    Organisation organisation;
    organisation.legalName = u"Bitwerk B.V."_s;
    organisation.address = u"Lindengracht 12"_s;
    organisation.postcode = u"3512 AB"_s;
    organisation.city = u"Utrecht"_s;
    organisation.representativeName = u"Jan de Vries"_s;
    organisation.representativeFunction = u"directeur"_s;
    organisation.email = u"info@bitwerk.example"_s;
    organisation.statement.cookies = {
        Cookie{u"_pk_id"_s, CookieParty::FirstParty, u"Bezoeken tellen"_s, u"13 maanden"_s,
               CookieKind::AnalyticWithoutImpact},
        Cookie{u"yt"_s, CookieParty::ThirdParty, QString(), QString(), CookieKind::ConsentBased}};
    CHECK(fieldsOf(validate(organisation)) ==
          QStringList{u"statement.cookies[1].purpose"_s, u"statement.cookies[1].duration"_s});

    organisation.statement.cookies.removeLast();
    organisation.statement.noAutomatedDecisions = true;
    organisation.statement.automatedDecisions = u"Een kredietcheck"_s;
    CHECK(fieldsOf(validate(organisation)) == QStringList{u"statement.automatedDecisions"_s});
}
