#include "core/domain/validation/SubProcessorValidation.h"

#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"

#include <QCoreApplication>

namespace pr::core {

using validation::IssueList;

QList<ValidationIssue> validate(const SubProcessor& value)
{
    IssueList issues;
    issues.requireText(QStringLiteral("name"), value.name);
    issues.requireText(QStringLiteral("service"), value.service);
    issues.requireText(QStringLiteral("country"), value.country);
    if (!value.insideEea && !value.safeguard) {
        issues.add(QStringLiteral("safeguard"),
                   QCoreApplication::translate(
                       "Validation", "Data outside the EEA needs a safeguard such as an adequacy "
                                     "decision or standard contractual clauses."));
    }
    if (!value.transferAssessmentSummary.trimmed().isEmpty() &&
        !value.transferAssessmentDate.isValid()) {
        issues.add(
            QStringLiteral("transferAssessmentDate"),
            QCoreApplication::translate("Validation", "Enter when the assessment was made."));
    }
    issues.checkIdList(QStringLiteral("activityIds"), value.activityIds, false);
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
