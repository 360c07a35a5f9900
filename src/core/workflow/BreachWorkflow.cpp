#include "core/workflow/BreachWorkflow.h"

#include "core/domain/validation/BreachValidation.h"
#include "core/domain/validation/IssueList.h"
#include "core/workflow/BreachDuty.h"

#include <QLocale>

namespace pr::core {

using validation::isBlank;
using validation::IssueList;

namespace {

using S = BreachStep;

// The firm's role is BreachDuty's to decide, as it is for the clocks.
bool asProcessor(const Breach& breach)
{
    return BreachDuty::roleOf(breach) == BreachRole::Processor;
}

QString moment(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

void checkRole(const Breach& breach, BreachStep step, IssueList& issues)
{
    const bool processor = asProcessor(breach);
    switch (step) {
    case S::ReportToAuthority:
        // A report the firm made anyway is followed up; a first one is the client's to make.
        if (processor && breach.apNotifications.isEmpty()) {
            issues.add(QStringLiteral("apNotified"),
                       BreachWorkflow::tr("The breach is about a client's data: the client, as "
                                          "controller, decides on the report to the Autoriteit "
                                          "Persoonsgegevens. Inform the client instead."));
        } else if (breach.apNotified == false) {
            issues.add(QStringLiteral("apNotified"),
                       BreachWorkflow::tr("It was recorded that the breach is not reported to "
                                          "the AP. Change that decision in the editor first."));
        }
        break;
    case S::DecideNotToReport:
        if (processor) {
            issues.add(QStringLiteral("apNotified"),
                       BreachWorkflow::tr("The breach is about a client's data: the client, as "
                                          "controller, decides on the report to the AP."));
        } else if (breach.apNotified.has_value()) {
            issues.add(QStringLiteral("apNotified"),
                       BreachWorkflow::tr("The report to the AP was already decided."));
        }
        break;
    case S::InformClient:
        if (!processor) {
            issues.add(QStringLiteral("clientNotifiedAt"),
                       BreachWorkflow::tr("The breach is about the firm's own data: there is no "
                                          "client to inform."));
        } else if (breach.clientNotifiedAt.isValid()) {
            issues.add(QStringLiteral("clientNotifiedAt"),
                       BreachWorkflow::tr("The client was already informed on %1.")
                           .arg(moment(breach.clientNotifiedAt)));
        }
        break;
    case S::InformSubjects:
    case S::DecideNotToInform:
        if (processor) {
            issues.add(QStringLiteral("subjectsInformed"),
                       BreachWorkflow::tr("The breach is about a client's data: the client, as "
                                          "controller, decides on telling the people."));
        } else if (breach.subjectsInformed.has_value()) {
            issues.add(QStringLiteral("subjectsInformed"),
                       BreachWorkflow::tr("Telling the people was already decided."));
        }
        break;
    }
}

void checkMoment(const Breach& breach, BreachStep step, const QDateTime& at, const QDateTime& now,
                 IssueList& issues)
{
    const QString field = BreachWorkflow::momentField(step);
    if (!at.isValid()) {
        issues.add(field, BreachWorkflow::tr("Enter when this happened."));
        return;
    }
    if (at > now) {
        issues.add(field,
                   BreachWorkflow::tr("Cannot lie in the future (now is %1).").arg(moment(now)));
    }
    if (breach.discoveredAt.isValid() && at < breach.discoveredAt) {
        issues.add(field, BreachWorkflow::tr("Cannot be before the breach was discovered (%1).")
                              .arg(moment(breach.discoveredAt)));
    } else if (step == S::ReportToAuthority && !breach.apNotifications.isEmpty() &&
               at < breach.apNotifications.last().at) {
        issues.add(field, BreachWorkflow::tr("Cannot be before the previous report (%1).")
                              .arg(moment(breach.apNotifications.last().at)));
    }
}

void checkDetails(BreachStep step, const BreachStepDetails& details, IssueList& issues)
{
    if (step == S::DecideNotToReport && isBlank(details.text)) {
        issues.add(QStringLiteral("apNotNotifiedReason"),
                   BreachWorkflow::tr("Give the reason: why is the breach unlikely to result in "
                                      "a risk to the people (AVG art. 33(1) and (5))?"));
    }
    if (step == S::DecideNotToInform && isBlank(details.text)) {
        issues.add(QStringLiteral("subjectsNotInformedReason"),
                   BreachWorkflow::tr("Give the reason why the people are not told (AVG art. "
                                      "34(3))."));
    }
}

Breach stepped(Breach breach, BreachStep step, const QDateTime& at,
               const BreachStepDetails& details)
{
    switch (step) {
    case S::ReportToAuthority:
        breach.apNotified = true;
        breach.apNotNotifiedReason.clear();
        breach.apNotifications << ApNotification{breach.apNotifications.isEmpty()
                                                     ? NotificationPhase::Initial
                                                     : NotificationPhase::FollowUp,
                                                 at, details.text.trimmed()};
        if (!isBlank(details.apReference)) {
            breach.apReference = details.apReference.trimmed();
        }
        break;
    case S::DecideNotToReport:
        breach.apNotified = false;
        breach.apNotNotifiedReason = details.text.trimmed();
        break;
    case S::InformClient:
        breach.clientNotifiedAt = at;
        break;
    case S::InformSubjects:
        breach.subjectsInformed = true;
        breach.subjectsInformedDate = at.toLocalTime().date();
        breach.subjectsNotInformedReason.clear();
        break;
    case S::DecideNotToInform:
        breach.subjectsInformed = false;
        breach.subjectsNotInformedReason = details.text.trimmed();
        break;
    }
    return breach;
}

} // namespace

QString BreachWorkflow::momentField(BreachStep step)
{
    switch (step) {
    case S::ReportToAuthority:
        return QStringLiteral("apNotifications");
    case S::DecideNotToReport:
        return QStringLiteral("apNotified");
    case S::InformClient:
        return QStringLiteral("clientNotifiedAt");
    case S::InformSubjects:
    case S::DecideNotToInform:
        return QStringLiteral("subjectsInformedDate");
    }
    return QStringLiteral("discoveredAt");
}

BreachWorkflow::BreachWorkflow(const Clock& clock)
    : m_clock(clock)
{}

QList<BreachStep> BreachWorkflow::possibleSteps(const Breach& breach)
{
    QList<BreachStep> possible;
    for (const BreachStep step : enumValues<BreachStep>()) {
        IssueList issues;
        checkRole(breach, step, issues);
        if (issues.issues().isEmpty()) {
            possible << step;
        }
    }
    return possible;
}

StepResult<Breach> BreachWorkflow::apply(const Breach& breach, BreachStep step, const QDateTime& at,
                                         const BreachStepDetails& details) const
{
    IssueList issues;
    checkRole(breach, step, issues);
    checkMoment(breach, step, at, m_clock.now(), issues);
    checkDetails(step, details, issues);
    if (!issues.issues().isEmpty()) {
        return {std::nullopt, issues.take()};
    }
    Breach updated = stepped(breach, step, at, details);
    // The record must still be one storage accepts; this also catches a breach that was
    // already inconsistent before the step.
    const QList<ValidationIssue> invalid = validate(updated);
    if (!invalid.isEmpty()) {
        return {std::nullopt, invalid};
    }
    return {std::move(updated), {}};
}

} // namespace pr::core
