#include "core/domain/validation/SecurityMeasureValidation.h"

#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"

#include <QCoreApplication>

namespace pr::core {

using validation::IssueList;

QList<ValidationIssue> validate(const SecurityMeasure& value)
{
    IssueList issues;
    issues.requireText(QStringLiteral("title"), value.title);
    // Bijlage 2 prints the description: a title alone tells a client too little.
    issues.requireText(QStringLiteral("description"), value.description);
    if (value.plannedDate.isValid() && value.status != MeasureStatus::Planned) {
        issues.add(QStringLiteral("plannedDate"),
                   QCoreApplication::translate("Validation",
                                               "Only a planned measure has a date it will be in "
                                               "force."));
    }
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
