// What a processor activity touches per client (ClientScope): the activity as it applies to
// one client, the rules of a scope, and which activities an agreement's Bijlage 1 may hold.

#include "ValidationTestSupport.h"
#include "core/domain/ActivityForClient.h"
#include "core/domain/validation/AgreementActivitiesValidation.h"
#include "core/domain/validation/ProcessingActivityValidation.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::core::Art9Exception;
using pr::core::ClientScope;
using pr::core::DataSource;
using pr::core::ProcessingActivity;
using pr::core::ProcessingRole;
using pr::core::RetentionKind;
using pr::core::RetentionPeriod;
using pr::core::RetentionTrigger;
using pr::core::RetentionUnit;
using pr::core::SpecialCategory;
using pr::core::SpecialCategoryScope;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<ProcessingActivity>;

namespace {

constexpr qint64 kDentist = 1;
constexpr qint64 kAccountant = 2;
constexpr qint64 kWebshop = 3;

// Backups for three clients; the activity itself holds no sensitive data.
ProcessingActivity backups()
{
    ProcessingActivity value;
    value.id = 2;
    value.name = u"Back-up en herstel"_s;
    value.role = ProcessingRole::Processor;
    value.clientIds = {kDentist, kAccountant, kWebshop};
    value.purposes = {u"Gegevens terugzetten na verlies"_s};
    value.dataCategories = {u"NAW-gegevens"_s, u"Inhoud van bestanden"_s};
    value.staffRoles = {{u"Systeembeheerder"_s, {u"back-up maken"_s}}};
    value.dataSubjectCategories = {u"Medewerkers van klanten"_s};
    value.retention.kind = RetentionKind::Fixed;
    value.retention.amount = 90;
    value.retention.unit = RetentionUnit::Days;
    value.source = DataSource::OtherSource;
    value.sourceDescription = u"De klant"_s;
    return value;
}

// The dental practice's backups hold patient files with health data and BSNs.
ClientScope dentistScope()
{
    ClientScope scope;
    scope.clientId = kDentist;
    scope.dataCategories = QStringList{u"NAW-gegevens"_s, u"Patiëntendossiers"_s};
    SpecialCategoryScope special;
    special.categories = SpecialCategory::Health | SpecialCategory::Bsn;
    special.art9Exceptions.insert(SpecialCategory::Health, Art9Exception::HealthCare);
    scope.specialCategories = special;
    scope.dataSubjectCategories = QStringList{u"Patiënten"_s};
    return scope;
}

ProcessingActivity backupsWithScopes()
{
    ProcessingActivity value = backups();
    ClientScope webshop;
    webshop.clientId = kWebshop;
    RetentionPeriod month;
    month.kind = RetentionKind::Fixed;
    month.amount = 30;
    month.unit = RetentionUnit::Days;
    month.trigger = RetentionTrigger::Collection;
    webshop.retention = month;
    value.clientScopes = {dentistScope(), webshop};
    return value;
}

} // namespace

TEST_CASE("A client without a scope gets the activity as it is", "[domain][client-scope]")
{
    const ProcessingActivity activity = backupsWithScopes();
    const ProcessingActivity accountant = pr::core::activityForClient(activity, kAccountant);
    CHECK(accountant.dataCategories == activity.dataCategories);
    CHECK(accountant.specialCategories == pr::core::SpecialCategories());
    CHECK(accountant.dataSubjectCategories == activity.dataSubjectCategories);
    CHECK(accountant.retention == activity.retention);
    // No other client's scope can be read from what one client gets.
    CHECK(accountant.clientScopes.isEmpty());
    CHECK(pr::core::clientScopeOf(activity, kAccountant) == nullptr);
}

TEST_CASE("A client's scope replaces the parts it sets, and only those", "[domain][client-scope]")
{
    const ProcessingActivity activity = backupsWithScopes();

    const ProcessingActivity dentist = pr::core::activityForClient(activity, kDentist);
    CHECK(dentist.dataCategories == QStringList{u"NAW-gegevens"_s, u"Patiëntendossiers"_s});
    CHECK(dentist.specialCategories == (SpecialCategory::Health | SpecialCategory::Bsn));
    CHECK(dentist.art9Exceptions.value(SpecialCategory::Health) == Art9Exception::HealthCare);
    CHECK(dentist.dataSubjectCategories == QStringList{u"Patiënten"_s});
    CHECK(dentist.retention == activity.retention); // not set for the dentist
    CHECK(dentist.purposes == activity.purposes);
    CHECK(dentist.name == activity.name);

    const ProcessingActivity webshop = pr::core::activityForClient(activity, kWebshop);
    CHECK(webshop.retention.amount == 30);
    CHECK(webshop.dataCategories == activity.dataCategories);
    CHECK(webshop.specialCategories == pr::core::SpecialCategories());
}

TEST_CASE("A client's special categories replace the activity's grounds and safeguards as well",
          "[domain][client-scope]")
{
    // The activity as a whole holds health data; the accountant's part holds none, and its
    // contract must not carry the activity's ground for it.
    ProcessingActivity activity = backups();
    activity.specialCategories = SpecialCategory::Health | SpecialCategory::Children;
    activity.art9Exceptions.insert(SpecialCategory::Health, Art9Exception::HealthCare);
    activity.childrenSafeguards = u"Toestemming van ouders"_s;
    ClientScope none;
    none.clientId = kAccountant;
    none.specialCategories = SpecialCategoryScope{};
    activity.clientScopes = {none};

    const ProcessingActivity accountant = pr::core::activityForClient(activity, kAccountant);
    CHECK(accountant.specialCategories == pr::core::SpecialCategories());
    CHECK(accountant.art9Exceptions.isEmpty());
    CHECK(accountant.childrenSafeguards.isEmpty());
    CHECK(pr::core::activityForClient(activity, kDentist).art9Exceptions.size() == 1);
}

TEST_CASE("Removing a client from an activity takes its scope along", "[domain][client-scope]")
{
    ProcessingActivity activity = backupsWithScopes();
    pr::core::removeClient(activity, kDentist);
    CHECK(activity.clientIds == QList<qint64>{kAccountant, kWebshop});
    REQUIRE(activity.clientScopes.size() == 1);
    CHECK(activity.clientScopes[0].clientId == kWebshop);
    CHECK(fieldsOf(validate(activity)).isEmpty());
}

TEST_CASE("Valid client scopes have no issues", "[domain][validation][client-scope]")
{
    CHECK(fieldsOf(validate(backupsWithScopes())).isEmpty());
    // A scope that sets nothing is harmless.
    ProcessingActivity empty = backups();
    empty.clientScopes = {ClientScope{kAccountant, {}, {}, {}, {}}};
    CHECK(fieldsOf(validate(empty)).isEmpty());
}

TEST_CASE("Each client scope rule names its field", "[domain][validation][client-scope]")
{
    using A = ProcessingActivity;
    checkRules(backupsWithScopes(),
               std::vector<Case>{
                   {"only for a client the activity serves",
                    [](A& a) { a.clientIds.removeAll(kDentist); },
                    {u"clientScopes[0].clientId"_s}},
                   {"once per client",
                    [](A& a) { a.clientScopes.append(dentistScope()); },
                    {u"clientScopes[2].clientId"_s}},
                   {"own processing has no client scopes",
                    [](A& a) {
                        a.role = ProcessingRole::Controller;
                        a.legalBasis = pr::core::LegalBasis::Contract;
                        a.clientIds.clear();
                    },
                    {u"clientScopes[0].clientId"_s, u"clientScopes[1].clientId"_s}},
                   {"a special category needs its art. 9(2) ground for that client",
                    [](A& a) { a.clientScopes[0].specialCategories->art9Exceptions.clear(); },
                    {u"clientScopes[0].specialCategories.art9Exceptions.health"_s}},
                   {"no ground for a category the client does not have",
                    [](A& a) {
                        a.clientScopes[0].specialCategories->art9Exceptions.insert(
                            SpecialCategory::Religion, Art9Exception::ExplicitConsent);
                    },
                    {u"clientScopes[0].specialCategories.art9Exceptions.religion"_s}},
                   {"children's data for a client needs its safeguards",
                    [](A& a) {
                        a.clientScopes[0].specialCategories->categories |=
                            SpecialCategory::Children;
                    },
                    {u"clientScopes[0].specialCategories.childrenSafeguards"_s}},
                   {"set data categories are not empty",
                    [](A& a) { a.clientScopes[0].dataCategories = QStringList(); },
                    {u"clientScopes[0].dataCategories"_s}},
                   {"set data subjects are not repeated",
                    [](A& a) { a.clientScopes[0].dataSubjectCategories->append(u" patiënten"_s); },
                    {u"clientScopes[0].dataSubjectCategories[1]"_s}},
                   {"a client's retention is a period",
                    [](A& a) { a.clientScopes[1].retention->amount = 0; },
                    {u"clientScopes[1].retention.amount"_s}},
                   {"a client's retention is chosen",
                    [](A& a) { a.clientScopes[1].retention = RetentionPeriod{}; },
                    {u"clientScopes[1].retention.kind"_s}},
               });
}

TEST_CASE("An agreement's Bijlage 1 holds only processor activities done for its client",
          "[domain][validation][agreement][client-scope]")
{
    ProcessingActivity staff = backups();
    staff.id = 13;
    staff.name = u"Personeelsadministratie"_s;
    staff.role = ProcessingRole::Controller;
    staff.clientIds.clear();
    ProcessingActivity webhosting = backups();
    webhosting.id = 7;
    webhosting.clientIds = {kWebshop};
    const QList<ProcessingActivity> activities{backups(), staff, webhosting};

    Agreement agreement;
    agreement.clientId = kAccountant;
    agreement.activityIds = {2};
    CHECK(validateActivities(agreement, activities).isEmpty());

    agreement.activityIds = {2, 13, 7, 99};
    const QList<pr::core::ValidationIssue> issues = validateActivities(agreement, activities);
    // The controller activity and the one done for another client; an unknown id is the
    // reference checks' matter.
    CHECK(fieldsOf(issues) == QStringList{u"activityIds[1]"_s, u"activityIds[2]"_s});
    CHECK_FALSE(pr::core::whyNotInAgreement(staff, kAccountant).isEmpty());
    CHECK_FALSE(pr::core::whyNotInAgreement(webhosting, kAccountant).isEmpty());
    CHECK(pr::core::whyNotInAgreement(webhosting, kWebshop).isEmpty());
}
