// The handling of a data breach as steps: the firm's role decides which steps there are (as
// processor the client decides on the AP and the people), each step's moment lies between the
// discovery and now, and a decision against a report or a notice keeps its reason.

#include "core/workflow/BreachWorkflow.h"

#include "../domain/ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Breach;
using pr::core::BreachStepDetails;
using pr::core::BreachWorkflow;
using pr::core::FixedClock;
using pr::core::NotificationPhase;
using pr::test::fieldsOf;
using S = pr::core::BreachStep;

namespace {

const QDateTime kNow(QDate(2031, 3, 20), QTime(12, 0));

Breach breach(qint64 clientId = 0)
{
    Breach value;
    value.id = 5;
    value.reference = u"DL-2031-01"_s;
    value.discoveredAt = kNow.addSecs(-6 * 3600);
    value.description = u"Een back-upschijf is zoek."_s;
    value.dataCategories = {u"NAW-gegevens"_s};
    value.dataSubjectCategories = {u"Klanten"_s};
    value.clientId = clientId;
    return value;
}

} // namespace

TEST_CASE("As controller the firm reports to the AP or records why not; as processor it informs "
          "the client",
          "[core][workflow][breach]")
{
    CHECK(BreachWorkflow::possibleSteps(breach()) ==
          QList<S>{S::ReportToAuthority, S::DecideNotToReport, S::InformSubjects,
                   S::DecideNotToInform});
    CHECK(BreachWorkflow::possibleSteps(breach(7)) == QList<S>{S::InformClient});

    const FixedClock clock(kNow);
    const BreachWorkflow workflow(clock);
    const auto refused = workflow.apply(breach(7), S::ReportToAuthority, kNow);
    CHECK_FALSE(refused.ok());
    CHECK(fieldsOf(refused.issues) == QStringList{u"apNotified"_s});
    CHECK_FALSE(workflow.apply(breach(), S::InformClient, kNow).ok());
}

TEST_CASE("Reports to the AP come in phases, each after the one before", "[core][workflow][breach]")
{
    const FixedClock clock(kNow);
    const BreachWorkflow workflow(clock);
    const auto first = workflow.apply(breach(), S::ReportToAuthority, kNow.addSecs(-3600),
                                      BreachStepDetails{u"Eerste melding"_s, u"AP-123"_s});
    REQUIRE(first.ok());
    CHECK(first.record->apNotified == true);
    REQUIRE(first.record->apNotifications.size() == 1);
    CHECK(first.record->apNotifications[0].phase == NotificationPhase::Initial);
    CHECK(first.record->apReference == u"AP-123"_s);
    CHECK(BreachWorkflow::possibleSteps(*first.record).contains(S::ReportToAuthority));
    CHECK_FALSE(BreachWorkflow::possibleSteps(*first.record).contains(S::DecideNotToReport));

    const auto early = workflow.apply(*first.record, S::ReportToAuthority, kNow.addSecs(-7200));
    CHECK(fieldsOf(early.issues) == QStringList{u"apNotifications"_s});
    const auto followUp = workflow.apply(*first.record, S::ReportToAuthority, kNow,
                                         BreachStepDetails{u"Aanvulling"_s, {}});
    REQUIRE(followUp.ok());
    CHECK(followUp.record->apNotifications[1].phase == NotificationPhase::FollowUp);
    CHECK(followUp.record->apReference == u"AP-123"_s);
}

TEST_CASE("A step's moment lies between the discovery and now; a decision against keeps its "
          "reason",
          "[core][workflow][breach]")
{
    const FixedClock clock(kNow);
    const BreachWorkflow workflow(clock);
    CHECK(fieldsOf(workflow.apply(breach(), S::ReportToAuthority, kNow.addSecs(60)).issues) ==
          QStringList{u"apNotifications"_s});
    CHECK(fieldsOf(workflow.apply(breach(), S::ReportToAuthority, kNow.addDays(-1)).issues) ==
          QStringList{u"apNotifications"_s});
    CHECK(fieldsOf(workflow.apply(breach(), S::DecideNotToReport, kNow).issues) ==
          QStringList{u"apNotNotifiedReason"_s});
    const auto decided = workflow.apply(breach(), S::DecideNotToReport, kNow,
                                        BreachStepDetails{u"Versleutelde schijf"_s, {}});
    REQUIRE(decided.ok());
    CHECK(decided.record->apNotified == false);
    CHECK(decided.record->apNotNotifiedReason == u"Versleutelde schijf"_s);
    CHECK_FALSE(workflow.apply(*decided.record, S::ReportToAuthority, kNow).ok());

    const auto informed = workflow.apply(breach(7), S::InformClient, kNow.addSecs(-600));
    REQUIRE(informed.ok());
    CHECK(informed.record->clientNotifiedAt == kNow.addSecs(-600));
    CHECK(BreachWorkflow::possibleSteps(*informed.record).isEmpty());
}
