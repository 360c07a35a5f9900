#include "core/domain/validation/DataSubjectRequestValidation.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"

#include <QCoreApplication>
#include <QLocale>

namespace pr::core {

using validation::isBlank;
using validation::IssueList;

namespace {

QString beforeReceipt()
{
    return QCoreApplication::translate("Validation", "Cannot be before the request came in.");
}

void checkIdentity(const DataSubjectRequest& value, IssueList& issues)
{
    const QString requested = QStringLiteral("identityRequestedDate");
    const QString verified = QStringLiteral("identityVerifiedDate");
    const QString destroyed = QStringLiteral("idCopyDestroyedDate");
    if (!value.identityRequestedDate.isValid() &&
        !(isBlank(value.identityDoubt) && isBlank(value.identityProofAsked))) {
        issues.add(QStringLiteral("identityDoubt"),
                   QCoreApplication::translate("Validation",
                                               "Proof of identity was not asked for: record the "
                                               "step \"identity check requested\" first."));
    }
    issues.checkNotBefore(requested, value.identityRequestedDate, value.receivedDate,
                          beforeReceipt());
    // One issue per field: the earliest bound it breaks says enough.
    if (!issues.checkNotBefore(verified, value.identityVerifiedDate, value.receivedDate,
                               beforeReceipt())) {
        issues.checkNotBefore(verified, value.identityVerifiedDate, value.identityRequestedDate,
                              QCoreApplication::translate(
                                  "Validation", "Cannot be before proof of identity was asked."));
    }
    if (!issues.checkNotBefore(destroyed, value.idCopyDestroyedDate, value.receivedDate,
                               beforeReceipt())) {
        issues.checkNotBefore(destroyed, value.idCopyDestroyedDate, value.identityRequestedDate,
                              QCoreApplication::translate(
                                  "Validation", "A copy cannot be destroyed before it was asked "
                                                "for."));
    }
}

void checkExtension(const DataSubjectRequest& value, IssueList& issues)
{
    if (!value.extension) {
        return;
    }
    const RequestExtension& extension = *value.extension;
    const QString told = QStringLiteral("extension.toldOn");
    issues.requireText(QStringLiteral("extension.reason"), extension.reason);
    if (!extension.toldOn.isValid()) {
        issues.add(told, QCoreApplication::translate("Validation", "Required."));
        return;
    }
    if (issues.checkNotBefore(told, extension.toldOn, value.receivedDate, beforeReceipt())) {
        return;
    }
    // Art. 12(3): the extension only holds when the person hears of it within the first month.
    const QDate noticeBy = requestDeadlines(value.receivedDate).extensionNoticeBy;
    if (noticeBy.isValid() && extension.toldOn > noticeBy) {
        issues.add(told, QCoreApplication::translate(
                             "Validation", "Too late: an extension must be told within the "
                                           "first month, by %1.")
                             .arg(QLocale().toString(noticeBy, QLocale::ShortFormat)));
    }
}

void checkOutcome(const DataSubjectRequest& value, IssueList& issues)
{
    issues.checkNotBefore(QStringLiteral("answeredDate"), value.answeredDate, value.receivedDate,
                          beforeReceipt());
    const bool answered =
        value.status == RequestStatus::Answered || value.status == RequestStatus::Refused;
    if (answered && !value.answeredDate.isValid()) {
        issues.add(QStringLiteral("answeredDate"),
                   QCoreApplication::translate("Validation", "Enter the date of the answer."));
    }
    if (!isClosed(value.status) && value.answeredDate.isValid()) {
        issues.add(QStringLiteral("status"),
                   QCoreApplication::translate(
                       "Validation", "The request has an answer date: close it as answered or "
                                     "refused."));
    }
    if (value.status == RequestStatus::Refused) {
        // Art. 12(4): the person is told why, and that they can complain to the AP.
        issues.requireText(QStringLiteral("refusalReason"), value.refusalReason);
    }
    if (value.refusalGround && value.status != RequestStatus::Refused) {
        issues.add(QStringLiteral("refusalGround"),
                   QCoreApplication::translate("Validation",
                                               "Only a refused request has a ground of refusal."));
    } else if (value.refusalGround && !refusalGroundFits(*value.refusalGround, value.right)) {
        issues.add(QStringLiteral("refusalGround"),
                   QCoreApplication::translate("Validation",
                                               "This ground does not apply to the right invoked."));
    }
}

} // namespace

QList<ValidationIssue> validate(const DataSubjectRequest& value)
{
    IssueList issues;
    // As little as needed, but someone must be answerable: a name or a way to reach them.
    if (isBlank(value.requesterName) && isBlank(value.requesterContact)) {
        issues.add(QStringLiteral("requesterName"),
                   QCoreApplication::translate("Validation",
                                               "Enter a name or a way to reach the person."));
    }
    if (!value.receivedDate.isValid()) {
        issues.add(QStringLiteral("receivedDate"),
                   QCoreApplication::translate("Validation", "Required: the deadline runs "
                                                             "from this date."));
    }
    checkIdentity(value, issues);
    if (value.clientId < 0) {
        issues.add(QStringLiteral("clientId"),
                   QCoreApplication::translate("Validation", "Not a stored record."));
    }
    if (value.clientInformedDate.isValid() && value.clientId == 0) {
        issues.add(QStringLiteral("clientInformedDate"),
                   QCoreApplication::translate(
                       "Validation", "Only a request about a client's data has a client to "
                                     "inform: choose the client."));
    }
    issues.checkNotBefore(QStringLiteral("clientInformedDate"), value.clientInformedDate,
                          value.receivedDate, beforeReceipt());
    checkExtension(value, issues);
    checkOutcome(value, issues);
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
