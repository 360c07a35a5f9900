#include "core/workflow/RequestFacts.h"

#include "core/domain/validation/IssueList.h"

#include <QLocale>

namespace pr::core {

namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The dates of the steps already taken, the earliest first: receipt may not move past them.
QDate firstStepDate(const DataSubjectRequest& request)
{
    QDate first;
    for (const QDate date :
         {request.identityRequestedDate, request.identityVerifiedDate, request.clientInformedDate,
          request.extension ? request.extension->toldOn : QDate(), request.answeredDate}) {
        if (date.isValid() && (!first.isValid() || date < first)) {
            first = date;
        }
    }
    return first;
}

} // namespace

DataSubjectRequest RequestFacts::withHandlingOf(const DataSubjectRequest* before,
                                                DataSubjectRequest after)
{
    const DataSubjectRequest fresh;
    const DataSubjectRequest& handling = before != nullptr ? *before : fresh;
    after.status = handling.status;
    after.identityRequestedDate = handling.identityRequestedDate;
    after.identityVerifiedDate = handling.identityVerifiedDate;
    after.idCopyDestroyedDate = handling.idCopyDestroyedDate;
    after.clientInformedDate = handling.clientInformedDate;
    after.extension = handling.extension;
    after.answeredDate = handling.answeredDate;
    after.outcome = handling.outcome;
    after.refusalReason = handling.refusalReason;
    after.refusalGround = handling.refusalGround;
    return after;
}

QList<ValidationIssue> RequestFacts::check(const DataSubjectRequest* before,
                                           const DataSubjectRequest& after, QDate today)
{
    validation::IssueList issues;
    if (withHandlingOf(before, after) != after) {
        issues.add(QStringLiteral("status"),
                   before == nullptr
                       ? tr("A new request starts as received. Record its handling (identity "
                            "check, extension, answer) as steps once it is stored.")
                       : tr("The handling of a request (status, identity check, extension, "
                            "answer) changes only through its steps."));
    }
    if (after.receivedDate.isValid() && after.receivedDate > today) {
        issues.add(QStringLiteral("receivedDate"),
                   tr("Cannot lie in the future (today is %1).").arg(shortDate(today)));
    }
    const QDate firstStep = before != nullptr ? firstStepDate(*before) : QDate();
    if (after.receivedDate.isValid() && firstStep.isValid() && after.receivedDate > firstStep) {
        issues.add(
            QStringLiteral("receivedDate"),
            tr("Cannot be after the first step of its handling (%1).").arg(shortDate(firstStep)));
    }
    if (before != nullptr && before->clientInformedDate.isValid() &&
        before->clientId != after.clientId) {
        issues.add(QStringLiteral("clientId"),
                   tr("The client was already informed of this request on %1; it stays the "
                      "request of that client.")
                       .arg(shortDate(before->clientInformedDate)));
    }
    return issues.take();
}

} // namespace pr::core
