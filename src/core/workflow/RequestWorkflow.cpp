#include "core/workflow/RequestWorkflow.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/domain/validation/DataSubjectRequestValidation.h"
#include "core/domain/validation/IssueList.h"

#include <QLocale>

namespace pr::core {

using validation::isBlank;
using validation::IssueList;

namespace {

using T = RequestStep;

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

bool closes(RequestStep transition)
{
    return transition == T::Answer || transition == T::Refuse || transition == T::Withdraw;
}

bool changesStage(RequestStep transition)
{
    return transition != T::Extend && transition != T::InformClient;
}

// The latest date of the steps a step must not come before. Extensions and informing the
// client run beside the stages, so they only need to follow receipt; closing follows them too.
QDate previousStepDate(const DataSubjectRequest& request, RequestStep transition)
{
    QDate latest;
    const auto consider = [&latest](QDate date) {
        if (date.isValid() && (!latest.isValid() || date > latest)) {
            latest = date;
        }
    };
    if (changesStage(transition)) {
        consider(request.identityRequestedDate);
        consider(request.identityVerifiedDate);
    }
    if (closes(transition)) {
        consider(request.extension ? request.extension->toldOn : QDate());
        consider(request.clientInformedDate);
    }
    return latest;
}

// The rules that hold whatever the date: what the request's own data rule out.
void checkRequestRules(const DataSubjectRequest& request, RequestStep transition, IssueList& issues)
{
    if (transition == T::Extend && request.extension) {
        issues.add(QStringLiteral("extension"),
                   RequestWorkflow::tr("The request was already extended on %1; it can be "
                                       "extended once.")
                       .arg(shortDate(request.extension->toldOn)));
    }
    if (transition == T::InformClient && request.clientId == 0) {
        issues.add(QStringLiteral("clientInformedDate"),
                   RequestWorkflow::tr("The request is about the firm's own data: there is no "
                                       "client to inform."));
    } else if (transition == T::InformClient && request.clientInformedDate.isValid()) {
        issues.add(QStringLiteral("clientInformedDate"),
                   RequestWorkflow::tr("The client was already informed on %1.")
                       .arg(shortDate(request.clientInformedDate)));
    }
    if (closes(transition) && request.clientId != 0 && !request.clientInformedDate.isValid()) {
        // Art. 28(3)(e): as processor the firm helps the client answer; the client must know.
        issues.add(QStringLiteral("clientInformedDate"),
                   RequestWorkflow::tr("The request is about a client's data: record first when "
                                       "the client was informed (AVG art. 28(3)(e))."));
    }
}

void checkDate(const DataSubjectRequest& request, RequestStep transition, QDate date, QDate today,
               IssueList& issues)
{
    const QString field = RequestWorkflow::dateField(transition);
    if (!date.isValid()) {
        issues.add(field, RequestWorkflow::tr("Enter the date of this step."));
        return;
    }
    if (date > today) {
        issues.add(
            field,
            RequestWorkflow::tr("Cannot lie in the future (today is %1).").arg(shortDate(today)));
    }
    if (request.receivedDate.isValid() && date < request.receivedDate) {
        issues.add(field, RequestWorkflow::tr("Cannot be before the request came in (%1).")
                              .arg(shortDate(request.receivedDate)));
        return;
    }
    const QDate previous = previousStepDate(request, transition);
    if (previous.isValid() && date < previous) {
        issues.add(field, RequestWorkflow::tr("Cannot be before the previous step (%1).")
                              .arg(shortDate(previous)));
    }
}

void checkDetails(const DataSubjectRequest& request, RequestStep transition, QDate date,
                  const RequestStepDetails& details, QDate today, IssueList& issues)
{
    switch (transition) {
    case T::RequestIdentity:
        if (isBlank(details.identityDoubt)) {
            issues.add(QStringLiteral("identityDoubt"),
                       RequestWorkflow::tr("Say why the identity is in doubt: proof may only be "
                                           "asked when there is reasonable doubt, and the person "
                                           "is told why (AVG art. 12(6))."));
        }
        break;
    case T::VerifyIdentity:
        if (details.idCopyDestroyed.isValid() && details.idCopyDestroyed > today) {
            issues.add(QStringLiteral("idCopyDestroyedDate"),
                       RequestWorkflow::tr("Cannot lie in the future (today is %1).")
                           .arg(shortDate(today)));
        } else if (details.idCopyDestroyed.isValid() && date.isValid() &&
                   details.idCopyDestroyed < date) {
            issues.add(QStringLiteral("idCopyDestroyedDate"),
                       RequestWorkflow::tr("The copy is destroyed after the identity was checked "
                                           "with it, not before (%1).")
                           .arg(shortDate(date)));
        }
        break;
    case T::Extend: {
        if (isBlank(details.reason)) {
            issues.add(QStringLiteral("extension.reason"),
                       RequestWorkflow::tr("Give the reason for the extension: the person must "
                                           "be told why (AVG art. 12(3))."));
        }
        // Art. 12(3): the extension only holds when told within the first month.
        const QDate noticeBy = requestDeadlines(request.receivedDate).extensionNoticeBy;
        if (noticeBy.isValid() && date.isValid() && date > noticeBy) {
            issues.add(QStringLiteral("extension.toldOn"),
                       RequestWorkflow::tr("Too late: an extension must be told within the first "
                                           "month, by %1.")
                           .arg(shortDate(noticeBy)));
        }
        break;
    }
    case T::Refuse:
        if (isBlank(details.reason)) {
            issues.add(QStringLiteral("refusalReason"),
                       RequestWorkflow::tr("Give the reason for the refusal: the person must be "
                                           "told why (AVG art. 12(4))."));
        }
        if (!details.refusalGround) {
            issues.add(QStringLiteral("refusalGround"),
                       RequestWorkflow::tr("Choose the legal ground of the refusal: the letter "
                                           "cites it."));
        } else if (!refusalGroundFits(*details.refusalGround, request.right)) {
            issues.add(QStringLiteral("refusalGround"),
                       RequestWorkflow::tr("'%1' does not apply to a request for '%2'.")
                           .arg(enumLabel(*details.refusalGround), enumLabel(request.right)));
        }
        break;
    default:
        break;
    }
}

// A step's text is added on a new line: an earlier note (e.g. "forwarded to the client")
// stays part of the outcome.
QString appended(const QString& existing, const QString& added)
{
    const QString text = added.trimmed();
    if (text.isEmpty()) {
        return existing;
    }
    return isBlank(existing) ? text : existing.trimmed() + QLatin1Char('\n') + text;
}

DataSubjectRequest stepped(DataSubjectRequest request, RequestStep transition, QDate date,
                           const RequestStepDetails& details)
{
    request.status = statusOf(RequestWorkflow::targetStage(stageOf(request), transition));
    switch (transition) {
    case T::RequestIdentity:
        request.identityRequestedDate = date;
        request.identityDoubt = details.identityDoubt.trimmed();
        request.identityProofAsked = details.identityProofAsked.trimmed();
        break;
    case T::VerifyIdentity:
        request.identityVerifiedDate = date;
        if (details.idCopyDestroyed.isValid()) {
            request.idCopyDestroyedDate = details.idCopyDestroyed;
        }
        break;
    case T::Start:
        break;
    case T::Extend:
        request.extension = RequestExtension{date, details.reason.trimmed()};
        break;
    case T::InformClient:
        request.clientInformedDate = date;
        break;
    case T::Answer:
    case T::Withdraw:
        request.answeredDate = date;
        request.outcome = appended(request.outcome, details.outcome);
        break;
    case T::Refuse:
        request.answeredDate = date;
        request.refusalReason = details.reason.trimmed();
        request.refusalGround = details.refusalGround;
        request.outcome = appended(request.outcome, isBlank(details.outcome)
                                                        ? RequestWorkflow::complaintInformation()
                                                        : details.outcome);
        break;
    }
    return request;
}

} // namespace

RequestWorkflow::RequestWorkflow(const Clock& clock)
    : m_clock(clock)
{}

QList<RequestStep> RequestWorkflow::stepsFrom(RequestStage stage)
{
    switch (stage) {
    case RequestStage::Received:
        return {T::RequestIdentity, T::Start, T::Extend, T::InformClient, T::Refuse, T::Withdraw};
    case RequestStage::IdentityRequested:
        return {T::VerifyIdentity, T::Extend, T::InformClient, T::Refuse, T::Withdraw};
    case RequestStage::IdentityVerified:
        return {T::Start, T::Extend, T::InformClient, T::Refuse, T::Withdraw};
    case RequestStage::InProgress:
        return {T::Extend, T::InformClient, T::Answer, T::Refuse, T::Withdraw};
    case RequestStage::Answered:
    case RequestStage::Refused:
    case RequestStage::Withdrawn:
        return {};
    }
    return {};
}

QList<RequestStep> RequestWorkflow::possibleSteps(const DataSubjectRequest& request)
{
    QList<RequestStep> possible = stepsFrom(stageOf(request));
    possible.removeIf([&request](RequestStep transition) {
        IssueList issues;
        checkRequestRules(request, transition, issues);
        return !issues.issues().isEmpty();
    });
    return possible;
}

RequestStage RequestWorkflow::targetStage(RequestStage from, RequestStep transition)
{
    switch (transition) {
    case T::RequestIdentity:
        return RequestStage::IdentityRequested;
    case T::VerifyIdentity:
        return RequestStage::IdentityVerified;
    case T::Start:
        return RequestStage::InProgress;
    case T::Extend:
    case T::InformClient:
        return from;
    case T::Answer:
        return RequestStage::Answered;
    case T::Refuse:
        return RequestStage::Refused;
    case T::Withdraw:
        return RequestStage::Withdrawn;
    }
    return from;
}

QString RequestWorkflow::dateField(RequestStep transition)
{
    switch (transition) {
    case T::RequestIdentity:
        return QStringLiteral("identityRequestedDate");
    case T::VerifyIdentity:
        return QStringLiteral("identityVerifiedDate");
    case T::Start:
        return QStringLiteral("status");
    case T::Extend:
        return QStringLiteral("extension.toldOn");
    case T::InformClient:
        return QStringLiteral("clientInformedDate");
    case T::Answer:
    case T::Refuse:
    case T::Withdraw:
        return QStringLiteral("answeredDate");
    }
    return QStringLiteral("status");
}

QString RequestWorkflow::complaintInformation()
{
    return tr("Told of the right to lodge a complaint with the Autoriteit Persoonsgegevens and "
              "to seek a judicial remedy (AVG art. 12(4)).");
}

StepResult<DataSubjectRequest> RequestWorkflow::apply(const DataSubjectRequest& request,
                                                      RequestStep transition, QDate date,
                                                      const RequestStepDetails& details) const
{
    IssueList issues;
    const RequestStage stage = stageOf(request);
    if (!stepsFrom(stage).contains(transition)) {
        QStringList possible;
        for (const RequestStep next : possibleSteps(request)) {
            possible << enumLabel(next);
        }
        issues.add(QStringLiteral("status"),
                   isClosed(stage)
                       ? tr("The request is closed (%1): no step can follow.").arg(enumLabel(stage))
                       : tr("A request that is '%1' cannot go to '%2'. Possible: %3.")
                             .arg(enumLabel(stage), enumLabel(transition),
                                  possible.join(QStringLiteral(", "))));
        return {std::nullopt, issues.take()};
    }
    const QDate today = m_clock.today();
    checkRequestRules(request, transition, issues);
    checkDate(request, transition, date, today, issues);
    checkDetails(request, transition, date, details, today, issues);
    if (!issues.issues().isEmpty()) {
        return {std::nullopt, issues.take()};
    }
    DataSubjectRequest updated = stepped(request, transition, date, details);
    // The record must still be one storage accepts; this also catches a request that was
    // already inconsistent before the step.
    const QList<ValidationIssue> invalid = validate(updated);
    if (!invalid.isEmpty()) {
        return {std::nullopt, invalid};
    }
    return {std::move(updated), {}};
}

} // namespace pr::core
