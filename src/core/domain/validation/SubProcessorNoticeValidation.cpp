#include "core/domain/validation/SubProcessorNoticeValidation.h"

#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"

#include <QCoreApplication>

namespace pr::core {

using validation::IssueList;

namespace {

void requireReference(IssueList& issues, const QString& field, qint64 id, const QString& message)
{
    if (id <= 0) {
        issues.add(field, message);
    }
}

} // namespace

QList<ValidationIssue> validate(const SubProcessorNotice& value)
{
    IssueList issues;
    requireReference(issues, QStringLiteral("subProcessorId"), value.subProcessorId,
                     QCoreApplication::translate("Validation", "Choose the sub-processor."));
    requireReference(issues, QStringLiteral("clientId"), value.clientId,
                     QCoreApplication::translate("Validation", "Choose the client."));
    requireReference(issues, QStringLiteral("agreementId"), value.agreementId,
                     QCoreApplication::translate(
                         "Validation", "Choose the agreement whose objection period applies."));
    if (!value.sentDate.isValid()) {
        issues.add(QStringLiteral("sentDate"),
                   QCoreApplication::translate("Validation", "Fill in when the notice was sent."));
    }
    if (value.objectionDays < 1) {
        issues.add(QStringLiteral("objectionDays"),
                   QCoreApplication::translate("Validation",
                                               "The client needs at least one day to object."));
    }
    if (value.change == SubProcessorChange::Replaced) {
        issues.requireText(QStringLiteral("replacedName"), value.replacedName);
    }
    if (value.hasObjection()) {
        issues.checkNotBefore(
            QStringLiteral("objectionDate"), value.objectionDate, value.sentDate,
            QCoreApplication::translate("Validation",
                                        "An objection cannot come before the notice was sent."));
        issues.requireText(QStringLiteral("objectionText"), value.objectionText);
    } else if (value.outcome != ObjectionOutcome::Open) {
        issues.add(
            QStringLiteral("outcome"),
            QCoreApplication::translate("Validation", "Record the objection before its outcome."));
    }
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
